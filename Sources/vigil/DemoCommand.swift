#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VigilSimulation

/// `vigil demo [--state DIR] [--json]`: the three scenarios (S1 disk full,
/// S2 missing container, S3 frontend alert storm) end to end on a simulated
/// host with a manual clock. Writes the case files and the audit log to DIR
/// (default: a new temporary directory, whose path is printed). Exit 0 when
/// the run completes, 1 when it fails, 2 on usage errors.
enum DemoCommand {
    static let usage = "usage: vigil demo [--state DIR] [--json]\n"

    static func run(_ args: [String]) async -> Int32 {
        var rest = args
        var directory: String?
        var json = false
        while !rest.isEmpty {
            let a = rest.removeFirst()
            switch a {
            case "--json":
                json = true
            case "--state":
                guard let d = rest.first, !d.isEmpty else {
                    StandardStreams.writeError("vigil demo: --state needs a directory\n" + usage)
                    return 2
                }
                directory = d
                rest.removeFirst()
            default:
                StandardStreams.writeError("vigil demo: unexpected argument '\(a)'\n" + usage)
                return 2
            }
        }
        let state: String
        if let directory {
            if let problem = prepare(directory) {
                StandardStreams.writeError("vigil demo: \(problem)\n")
                return 2
            }
            state = directory
        } else {
            guard let made = temporaryDirectory() else {
                StandardStreams.writeError("vigil demo: cannot create a temporary directory\n")
                return 1
            }
            state = made
        }
        do {
            let run = try await DemoRunner.run(storage: .directory(state))
            if json {
                StandardStreams.write(run.report.json() + "\n")
            } else {
                StandardStreams.write(
                    "Vigil demo: three incidents on a simulated host, alert to resolution or escalation, on a manual clock.\n"
                        + "state directory: \(state)\n\n")
                StandardStreams.write(DemoText.render(run))
            }
        } catch {
            StandardStreams.writeError("vigil demo: \(error)\n")
            return 1
        }
        return StandardStreams.flush() ? 0 : 2
    }

    /// Creates `directory` if needed; refuses one that already holds a run, so
    /// two runs never share an audit chain or case files.
    static func prepare(_ directory: String) -> String? {
        if mkdir(directory, 0o755) != 0 && errno != EEXIST {
            return "cannot create '\(directory)': \(String(cString: strerror(errno)))"
        }
        guard let dir = opendir(directory) else {
            return "cannot open '\(directory)': \(String(cString: strerror(errno)))"
        }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "audit.jsonl" || (name.hasPrefix("case-") && name.hasSuffix(".json")) {
                return "'\(directory)' already holds a run (\(name)); give an empty or new directory"
            }
        }
        return nil
    }

    static func temporaryDirectory() -> String? {
        let base = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array((base + "/vigil-demo-XXXXXX").utf8CString)
        return template.withUnsafeMutableBufferPointer { buf in
            mkdtemp(buf.baseAddress!).map { String(cString: $0) }
        }
    }
}
