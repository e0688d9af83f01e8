import VigilTestKit

/// The ways bash lets one spell the same static word. Every style yields the
/// same value after quote removal, so re-spelling a word must never change a
/// verdict.
enum ShellQuotingStyle: CaseIterable, Sendable {
    /// As is; only for values made of characters that need no quoting.
    case plain
    /// `'...'`, with `'` written `'\''`.
    case single
    /// `"..."`, with `\`, `"`, `$` and `` ` `` backslash-escaped.
    case double
    /// `$'\x72\x6d'`: every byte as a hex escape.
    case ansiHex
    /// `$'\162\155'`: every byte as an octal escape.
    case ansiOctal
    /// `\r\m`: every character backslash-escaped.
    case backslash
    /// The value cut into two to four pieces, each in a random other style: `r''m`, `"r"$'\x6d'`.
    case concatenated

    /// Characters that never need quoting in any position of a word.
    static func isPlainSafe(_ value: String) -> Bool {
        !value.isEmpty && value.unicodeScalars.allSatisfy { s in
            s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || "_./,:+%@-".unicodeScalars.contains(s))
        }
    }

    /// The shortest safe spelling: plain when possible, else single quotes.
    static func canonical(_ value: String) -> String {
        isPlainSafe(value) ? value : quote(value, .single)
    }

    /// `value` spelled in `style` (plain falls back to single quotes when unsafe).
    /// `value` must not be empty or contain a newline for `backslash`, nor a NUL.
    static func quote(_ value: String, _ style: ShellQuotingStyle) -> String {
        switch style {
        case .plain:
            return isPlainSafe(value) ? value : quote(value, .single)
        case .single:
            var out = "'"
            for c in value { out += c == "'" ? "'\\''" : String(c) }
            return out + "'"
        case .double:
            var out = "\""
            for c in value {
                if c == "\\" || c == "\"" || c == "$" || c == "`" { out.append("\\") }
                out.append(c)
            }
            return out + "\""
        case .ansiHex:
            return "$'" + value.utf8.map { "\\x" + hex($0) }.joined() + "'"
        case .ansiOctal:
            return "$'" + value.utf8.map { "\\" + octal($0) }.joined() + "'"
        case .backslash:
            return value.map { "\\" + String($0) }.joined()
        case .concatenated:
            // Deterministic fallback when no generator is at hand.
            return quote(value, .single)
        }
    }

    /// `value` spelled in `style`, using `rng` for the pieces of `concatenated`.
    static func quote(_ value: String, _ style: ShellQuotingStyle, using rng: inout SplitMix64) -> String {
        guard style == .concatenated else { return quote(value, style) }
        let chars = Array(value)
        guard chars.count >= 2 else { return quote(value, .single) }
        let pieces = min(chars.count, rng.int(2...4))
        var cuts = Set<Int>()
        while cuts.count < pieces - 1 { cuts.insert(rng.int(1..<chars.count)) }
        var out = ""
        var start = 0
        for end in cuts.sorted() + [chars.count] {
            let piece = String(chars[start..<end])
            let inner: ShellQuotingStyle = rng.pick([.plain, .single, .double, .ansiHex, .ansiOctal, .backslash])
            out += quote(piece, inner)
            start = end
        }
        return out
    }

    private static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(b >> 4)], digits[Int(b & 0xF)]])
    }

    private static func octal(_ b: UInt8) -> String {
        String([Character(String(b >> 6)), Character(String((b >> 3) & 7)), Character(String(b & 7))])
    }
}
