import PatternLearning

/// The canonical JSON that policy hashes are computed over: objects with keys
/// sorted by their UTF-8 bytes, no whitespace, integral numbers without a
/// fraction (`90`, not `90.0`), other numbers in Swift's shortest round-trip
/// form (`0.85`), strings with `"` `\` and control characters escaped
/// (`\n`, `\t`, `\r`, `\uXXXX`) and everything else as raw UTF-8.
/// Documented in `Docs/PolicyGuide.md`.
indirect enum CanonicalJSON: Sendable {
    case object([(String, CanonicalJSON)])
    case array([CanonicalJSON])
    case string(String)
    case number(Double)
    case bool(Bool)

    static func int(_ n: Int) -> CanonicalJSON { .number(Double(n)) }
    static func strings(_ items: [String]) -> CanonicalJSON { .array(items.map(CanonicalJSON.string)) }

    var text: String {
        var out = ""
        write(into: &out)
        return out
    }

    func write(into out: inout String) {
        switch self {
        case .object(let fields):
            out += "{"
            let sorted = fields.sorted { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }
            for (i, (k, v)) in sorted.enumerated() {
                if i > 0 { out += "," }
                CanonicalJSON.string(k).write(into: &out)
                out += ":"
                v.write(into: &out)
            }
            out += "}"
        case .array(let items):
            out += "["
            for (i, v) in items.enumerated() {
                if i > 0 { out += "," }
                v.write(into: &out)
            }
            out += "]"
        case .string(let s):
            out += "\""
            for c in s.unicodeScalars {
                switch c {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\t": out += "\\t"
                case "\r": out += "\\r"
                case _ where c.value < 0x20 || c.value == 0x7F:
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(c)
                }
            }
            out += "\""
        case .number(let x): out += PolicyText.number(x)
        case .bool(let b): out += b ? "true" : "false"
        }
    }

    /// SHA-256 (lower-case hex) of `prefix` followed by the canonical text.
    func sha256(prefix: String) -> String {
        SHA256.hash(Array((prefix + text).utf8)).hex
    }
}
