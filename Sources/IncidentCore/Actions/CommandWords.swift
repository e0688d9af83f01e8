/// The words of a command line for allowlist and forbidden-command matching:
/// split on whitespace and on the shell's operator characters (`; | & ( ) < >`
/// and backquote), so `df;rm -rf x` yields `df`, `rm`, `-rf`, `x`. This is a
/// textual check on top of the verdict engine, which judges the real structure.
enum CommandWords {
    static func split(_ s: String, lowercased: Bool = false) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(32)
        for var b in s.utf8 {
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D, 0x3B, 0x7C, 0x26, 0x28, 0x29, 0x3C, 0x3E, 0x60:
                if !current.isEmpty {
                    words.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            default:
                if lowercased, b >= 0x41, b <= 0x5A { b += 0x20 }
                current.append(b)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// Whether `words` begins with `prefix`.
    static func starts(_ words: [String], with prefix: [String]) -> Bool {
        prefix.count <= words.count && zip(words, prefix).allSatisfy { $0 == $1 }
    }

    /// Whether `sequence` appears contiguously in `words`.
    static func contains(_ words: [String], sequence: [String]) -> Bool {
        guard !sequence.isEmpty, sequence.count <= words.count else { return false }
        for i in 0...(words.count - sequence.count) where words[i] == sequence[0] {
            var ok = true
            for j in 1..<sequence.count where words[i + j] != sequence[j] {
                ok = false
                break
            }
            if ok { return true }
        }
        return false
    }
}
