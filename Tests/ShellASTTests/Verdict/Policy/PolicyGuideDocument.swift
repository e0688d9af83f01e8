import Foundation

@testable import ShellAST

/// The command verdict policy part of Docs/PolicyGuide.md, read through its
/// `<!-- verdict-… -->` markers, and checked against the real API. Each check
/// returns the problems it finds (empty: the guide says what is true), so a
/// test can also show that a tampered guide is caught.
struct PolicyGuideDocument {
    let text: String

    static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Docs/PolicyGuide.md")

    static func load() -> PolicyGuideDocument? {
        (try? String(contentsOf: path, encoding: .utf8)).map(PolicyGuideDocument.init)
    }

    // MARK: Reading

    /// The lines of the fenced block that follows each occurrence of `marker`.
    func blocks(after marker: String) -> [[String]] {
        var out: [[String]] = []
        for part in text.components(separatedBy: marker).dropFirst() {
            let lines = part.components(separatedBy: "\n").dropFirst()
            guard let open = lines.firstIndex(where: { $0.hasPrefix("```") }) else { continue }
            let body = lines[(open + 1)...].prefix { $0 != "```" }
            out.append(Array(body))
        }
        return out
    }

    /// The cells of the table rows that follow each occurrence of `marker` (header and rule skipped).
    func tableRows(after marker: String) -> [[String]] {
        var rows: [[String]] = []
        for part in text.components(separatedBy: marker).dropFirst() {
            let lines = part.components(separatedBy: "\n").drop { !$0.hasPrefix("|") }
            for line in lines.prefix(while: { $0.hasPrefix("|") }).dropFirst(2) { rows.append(Self.cells(line)) }
        }
        return rows
    }

    /// A table row's cells, split on `|` but not on `\|`, trimmed.
    static func cells(_ line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for c in line.dropFirst() {
            if escaped {
                current.append(c == "|" ? "|" : "\\\(c)")
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == "|" {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(c)
            }
        }
        return cells
    }

    /// The text of a cell that is one code span (`` `x` `` or ``` `` x `` ```), else nil.
    static func code(_ cell: String) -> String? {
        if cell.hasPrefix("`` "), cell.hasSuffix(" ``"), cell.count > 6 { return String(cell.dropFirst(3).dropLast(3)) }
        if cell.hasPrefix("`"), cell.hasSuffix("`"), cell.count > 2 { return String(cell.dropFirst().dropLast()) }
        return nil
    }

    // MARK: The example policy

    func examplePolicy() throws -> VerdictPolicy {
        guard let json = blocks(after: "<!-- verdict-policy -->").first?.joined(separator: "\n") else {
            throw VerdictPolicyError(field: "guide", message: "no <!-- verdict-policy --> block")
        }
        return try JSONDecoder().decode(VerdictPolicy.self, from: Data(json.utf8))
    }

    /// The example loads, its canonical line is the encoder's, and the documented hashes are the engine's.
    func policyProblems() -> [String] {
        var problems: [String] = []
        let policy: VerdictPolicy
        let engine: VerdictEngine
        do {
            policy = try examplePolicy()
            engine = try VerdictEngine(policy: policy)
        } catch {
            return ["the example policy does not load: \(error)"]
        }
        let canonical = blocks(after: "<!-- verdict-policy-canonical -->").first ?? []
        if canonical.count != 1 { problems.append("the canonical encoding is not one line") }
        if let line = canonical.first {
            if line != PolicyCanonicalText.encode(policy) { problems.append("the canonical line is not the encoder's") }
            if SHA256.hex(line.utf8) != engine.policyHash {
                problems.append("the canonical line does not hash to the engine's hash")
            }
        }
        let shown = blocks(after: "<!-- verdict-policy-sha256 -->").first ?? []
        if shown.count != 2 || shown[1] != "\(engine.policyHash)  -" {
            problems.append("the sha256sum output is not \(engine.policyHash): \(shown)")
        }
        if !text.contains("\"policy\":\n  \"\(engine.policyHash)\"") && !text.contains("\"policy\": \"\(engine.policyHash)\"") {
            problems.append("the JSON output's policy hash is not shown")
        }
        if !text.contains("hashes to `\(VerdictEngine().policyHash)`") {
            problems.append("the default policy's hash is not \(VerdictEngine().policyHash)")
        }
        return problems
    }

    // MARK: Verdicts

    /// Each `| `CMD` | verdict | `rule` |` row holds under the example policy.
    func verdictTableProblems(minimumRows: Int) -> [String] {
        guard let engine = try? VerdictEngine(policy: examplePolicy()) else { return ["the example policy does not load"] }
        let rows = tableRows(after: "<!-- verdict-examples -->")
        var problems = rows.count < minimumRows ? ["only \(rows.count) verdict rows"] : []
        for row in rows {
            guard row.count >= 3, let command = Self.code(row[0]), let verdict = Verdict(name: row[1]),
                let rule = Self.code(row[2])
            else {
                problems.append("unreadable row \(row)")
                continue
            }
            let result = engine.classify(command)
            if result.verdict != verdict {
                problems.append("`\(command)`: documented \(verdict.name), engine says \(result.verdict.name)")
            }
            if !result.reasons.contains(where: { $0.rule == rule }) { problems.append("`\(command)`: no reason \(rule)") }
        }
        return problems
    }

    // MARK: Errors

    /// The error a policy document gets, as `field: message`, or nil when it loads.
    static func loadError(_ json: String) -> String? {
        let policy: VerdictPolicy
        do {
            policy = try JSONDecoder().decode(VerdictPolicy.self, from: Data(json.utf8))
        } catch let error as DecodingError {
            return VerdictPolicyError(error).description
        } catch {
            return "\(error)"
        }
        do {
            _ = try VerdictEngine(policy: policy)
            return nil
        } catch {
            return error.description
        }
    }

    /// The documented errors, each checked against its policy.
    func errorTable() -> [(json: String, error: String)] {
        tableRows(after: "<!-- verdict-policy-errors -->").compactMap { row in
            guard row.count >= 2, let json = Self.code(row[0]), let error = Self.code(row[1]) else { return nil }
            return (json, error)
        }
    }

    func errorProblems(minimumRows: Int) -> [String] {
        let table = errorTable()
        var problems = table.count < minimumRows ? ["only \(table.count) error rows"] : []
        let rows = tableRows(after: "<!-- verdict-policy-errors -->").count
        if rows != table.count { problems.append("\(rows - table.count) error rows are not two code spans") }
        for (json, expected) in table {
            let got = Self.loadError(json) ?? "(accepted)"
            if got != expected { problems.append("\(json): documented `\(expected)`, got `\(got)`") }
        }
        return problems
    }

    /// Every error example in the field tables is one of the checked errors (a
    /// trailing `…` abbreviates).
    func fieldProblems(minimumExamples: Int) -> [String] {
        let errors = errorTable().map(\.error)
        var problems: [String] = []
        var examples = 0
        for row in tableRows(after: "<!-- verdict-fields -->") {
            guard let last = row.last, let example = Self.code(last) else { continue }
            examples += 1
            let known =
                example.hasSuffix("…")
                ? errors.contains { $0.hasPrefix(String(example.dropLast()).trimmingCharacters(in: .whitespaces)) }
                : errors.contains(example)
            if !known { problems.append("field table error not in the checked list: \(example)") }
        }
        if examples < minimumExamples { problems.append("only \(examples) error examples in the field tables") }
        return problems
    }
}
