import IncidentCore

/// `vigil audit verify DIR [--key-file FILE]`: verifies the hash chain of
/// `DIR/audit.jsonl`. Exit 0 printing the entry count when it verifies; exit 1
/// naming the first bad entry (or why the log cannot be read); exit 2 on usage errors.
enum AuditCommand {
    static let usage = "usage: vigil audit verify DIR [--key-file FILE]\n"

    static func run(_ args: [String]) -> Int32 {
        guard args.first == "verify" else {
            StandardStreams.writeError(usage)
            return 2
        }
        var rest = Array(args.dropFirst())
        var directory: String?
        var keyPath: String?
        while !rest.isEmpty {
            let a = rest.removeFirst()
            if a == "--key-file" {
                guard !rest.isEmpty else {
                    StandardStreams.writeError("vigil audit verify: --key-file needs a file\n" + usage)
                    return 2
                }
                keyPath = rest.removeFirst()
            } else if directory == nil, !a.hasPrefix("--") {
                directory = a
            } else {
                StandardStreams.writeError("vigil audit verify: unexpected argument '\(a)'\n" + usage)
                return 2
            }
        }
        guard let directory else {
            StandardStreams.writeError(usage)
            return 2
        }
        var key: AuditKey?
        if let keyPath {
            guard var bytes = FileBytes.read(keyPath) else {
                StandardStreams.writeError("vigil audit verify: cannot read key file '\(keyPath)'\n")
                return 2
            }
            if bytes.last == 0x0A { bytes.removeLast() }
            guard let k = AuditKey(bytes: bytes) else {
                StandardStreams.writeError("vigil audit verify: key file '\(keyPath)' is empty\n")
                return 2
            }
            key = k
        }
        do {
            switch try FileAuditLog.verify(directory: directory, key: key) {
            case .valid(let entries, let head, let authenticated):
                StandardStreams.write(
                    "verified \(entries) entries\(authenticated ? " (MACs checked)" : ""); head \(head)\n")
                return StandardStreams.flush() ? 0 : 2
            case .broken(let b):
                StandardStreams.write("chain broken at entry \(b.entry): \(b.reason)\n")
                StandardStreams.flush()
                return 1
            }
        } catch {
            StandardStreams.writeError("vigil audit verify: \(error)\n")
            return 1
        }
    }
}
