#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ShellAST

/// `vigil classify [--policy FILE] 'CMD'` and `vigil classify [--policy FILE] --jsonl`.
enum ClassifyCommand {
    static let usage = "usage: vigil classify [--policy FILE] 'CMD' | vigil classify [--policy FILE] --jsonl\n"

    static func run(_ args: [String]) -> Int32 {
        var rest = args
        var policyPath: String?
        var jsonl = false
        var command: String?
        while !rest.isEmpty {
            let a = rest.removeFirst()
            switch a {
            case "--policy":
                guard !rest.isEmpty else {
                    StandardStreams.writeError("vigil classify: --policy needs a file\n" + usage)
                    return 2
                }
                policyPath = rest.removeFirst()
            case "--jsonl":
                jsonl = true
            default:
                if command != nil || a.hasPrefix("--") {
                    StandardStreams.writeError("vigil classify: unexpected argument '\(a)'\n" + usage)
                    return 2
                }
                command = a
            }
        }
        guard jsonl != (command != nil) else {
            StandardStreams.writeError(usage)
            return 2
        }
        let engine: VerdictEngine
        switch loadEngine(policyPath) {
        case .success(let e): engine = e
        case .failure(let message):
            StandardStreams.writeError("vigil classify: \(message.text)\n")
            return 2
        }
        if jsonl {
            let ok = StandardStreams.forEachInputLine { line in
                switch JSONLine.command(from: line) {
                case .failure(let e):
                    StandardStreams.write("{\"error\": \(JSONLine.quote(e.message))}\n")
                case .success(let cmd):
                    StandardStreams.write(VerdictJSON.line(engine.classify(cmd)) + "\n")
                }
            }
            guard ok, StandardStreams.flush() else {
                StandardStreams.writeError("vigil classify: I/O error\n")
                return 2
            }
            return 0
        }
        StandardStreams.write(VerdictReport.text(engine.classify(command!), command: command!))
        return StandardStreams.flush() ? 0 : 2
    }

    struct Message: Error {
        let text: String
    }

    static func loadEngine(_ path: String?) -> Result<VerdictEngine, Message> {
        guard let path else { return .success(VerdictEngine()) }
        guard let data = FileBytes.read(path) else { return .failure(Message(text: "cannot read policy file '\(path)'")) }
        let policy: VerdictPolicy
        do {
            policy = try JSONDecoder().decode(VerdictPolicy.self, from: Data(data))
        } catch let error as DecodingError {
            return .failure(Message(text: "invalid policy \(path): \(VerdictPolicyError(error))"))
        } catch {
            return .failure(Message(text: "invalid policy \(path): not valid JSON"))
        }
        do {
            return .success(try VerdictEngine(policy: policy))
        } catch {
            return .failure(Message(text: "invalid policy \(path): \(error)"))
        }
    }
}

/// Reads a whole file as bytes.
enum FileBytes {
    static func read(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = fread(&chunk, 1, chunk.count, f)
            if n <= 0 { break }
            out.append(contentsOf: chunk[0..<n])
        }
        return ferror(f) == 0 ? out : nil
    }
}
