import Foundation

@testable import ShellAST

extension PolicyGuideDocument {
    /// The worked session: each `vigil classify --policy example.json 'CMD'` output
    /// (verdict, risk, policy prefix, every reason line in order) and each JSON line
    /// of the `--jsonl` run is what the engine says.
    func sessionProblems(minimumCommands: Int) -> [String] {
        guard let engine = try? VerdictEngine(policy: examplePolicy()) else { return ["the example policy does not load"] }
        guard let lines = blocks(after: "<!-- verdict-session -->").first else { return ["no <!-- verdict-session --> block"] }
        var problems: [String] = []
        var runs: [(command: String, output: [String])] = []
        for line in lines {
            if line.hasPrefix("$ ") {
                runs.append((String(line.dropFirst(2)), []))
            } else if !line.isEmpty, !runs.isEmpty {
                runs[runs.count - 1].output.append(line)
            }
        }
        let prefix = "vigil classify --policy example.json '"
        var inputs: [String] = []
        var checked = 0
        for run in runs {
            if run.command.hasPrefix(prefix), run.command.hasSuffix("'") {
                let command = String(run.command.dropFirst(prefix.count).dropLast())
                problems += Self.textProblems(command, run.output, engine.classify(command))
                checked += 1
            } else if run.command == "cat commands.jsonl" {
                inputs = run.output.compactMap { line in
                    (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["command"] as? String
                }
            } else if run.command == "vigil classify --policy example.json --jsonl < commands.jsonl" {
                if run.output.count != inputs.count || inputs.isEmpty {
                    problems.append("the --jsonl run does not answer each input line")
                }
                for (command, json) in zip(inputs, run.output) {
                    problems += Self.jsonProblems(command, json, engine.classify(command))
                    checked += 1
                }
            } else {
                problems.append("unknown session command: \(run.command)")
            }
        }
        if checked < minimumCommands { problems.append("only \(checked) session commands checked") }
        return problems
    }

    static func textProblems(_ command: String, _ output: [String], _ c: Classification) -> [String] {
        var problems: [String] = []
        let expectedHead = ["verdict: \(c.verdict.name)", "risk:    \(c.risk.name)", "policy:  \(c.policyHash.prefix(16))…"]
        if Array(output.prefix(3)) != expectedHead {
            problems.append("`\(command)`: documented \(output.prefix(3)), engine says \(expectedHead)")
        }
        let documented = output.filter { $0.hasPrefix("[") }
        let expected = c.reasons.map { "[\($0.verdict.name)] \($0.rule): \($0.message)" }
        if documented != expected { problems.append("`\(command)`: documented reasons \(documented), engine says \(expected)") }
        return problems
    }

    static func jsonProblems(_ command: String, _ line: String, _ c: Classification) -> [String] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            return ["`\(command)`: the documented output is not a JSON object"]
        }
        var problems: [String] = []
        if object["verdict"] as? String != c.verdict.name { problems.append("`\(command)`: JSON verdict") }
        if object["risk"] as? String != c.risk.name { problems.append("`\(command)`: JSON risk") }
        if object["policy"] as? String != c.policyHash { problems.append("`\(command)`: JSON policy hash") }
        let reasons = (object["reasons"] as? [[String: Any]] ?? []).map { r in
            let span = "\(r["start"] as? Int ?? -1)-\(r["end"] as? Int ?? -1)"
            return "\(r["verdict"] as? String ?? "?") \(r["rule"] as? String ?? "?") \(r["message"] as? String ?? "?") \(span)"
        }
        let expected = c.reasons.map { "\($0.verdict.name) \($0.rule) \($0.message) \($0.span.start)-\($0.span.end)" }
        if reasons != expected { problems.append("`\(command)`: documented JSON reasons \(reasons), engine says \(expected)") }
        let commands = (object["commands"] as? [[String: Any]] ?? []).map {
            "\($0["name"] as? String ?? "-") \($0["verdict"] as? String ?? "?")"
        }
        if commands != c.commands.map({ "\($0.name ?? "-") \($0.verdict.name)" }) {
            problems.append("`\(command)`: JSON commands")
        }
        return problems
    }
}
