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
            if isSeparator(b) {
                if !current.isEmpty {
                    words.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            } else {
                if lowercased, b >= 0x41, b <= 0x5A { b += 0x20 }
                current.append(b)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// Whether `word` (lower-case ASCII) appears in `s` as a whole word, in any
    /// case: bounded by the start, the end or a byte that is not a letter,
    /// digit, `_` or `-`.
    static func containsWord(_ s: String, _ word: StaticString) -> Bool {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        var s = s
        return s.withUTF8 { b in
            guard b.count >= w.count else { return false }
            func isWordByte(_ c: UInt8) -> Bool {
                (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c == 0x2D
            }
            var i = 0
            while i + w.count <= b.count {
                var j = 0
                while j < w.count, (b[i + j] | 0x20) == w[j] { j += 1 }
                if j == w.count, i == 0 || !isWordByte(b[i - 1]), i + j == b.count || !isWordByte(b[i + j]) { return true }
                i += 1
            }
            return false
        }
    }
}

/// A command line's words as byte ranges, made once per action and matched
/// against precompiled entries without building strings.
struct CommandTokens {
    let bytes: [UInt8]
    let ranges: [Range<Int>]

    init(_ s: String) {
        let b = Array(s.utf8)
        var ranges: [Range<Int>] = []
        var start = -1
        for (i, c) in b.enumerated() {
            if CommandWords.isSeparator(c) {
                if start >= 0 { ranges.append(start..<i) }
                start = -1
            } else if start < 0 {
                start = i
            }
        }
        if start >= 0 { ranges.append(start..<b.count) }
        bytes = b
        self.ranges = ranges
    }

    /// Whether word `i` equals `word`; with `foldCase`, `word` must be lower case
    /// and ASCII letters of the command compare in any case.
    func word(_ i: Int, equals word: [UInt8], foldCase: Bool) -> Bool {
        let r = ranges[i]
        guard r.count == word.count else { return false }
        var k = 0
        for j in r {
            var c = bytes[j]
            if foldCase, c >= 0x41, c <= 0x5A { c += 0x20 }
            if c != word[k] { return false }
            k += 1
        }
        return true
    }

    /// Whether the command's words begin with `prefix` (case-sensitive).
    func starts(with prefix: [[UInt8]]) -> Bool {
        prefix.count <= ranges.count && prefix.indices.allSatisfy { word($0, equals: prefix[$0], foldCase: false) }
    }

    /// Whether `sequence` (lower case) appears contiguously, in any case.
    func contains(sequence: [[UInt8]]) -> Bool {
        guard !sequence.isEmpty, sequence.count <= ranges.count else { return false }
        for i in 0...(ranges.count - sequence.count) where word(i, equals: sequence[0], foldCase: true) {
            if (1..<sequence.count).allSatisfy({ word(i + $0, equals: sequence[$0], foldCase: true) }) { return true }
        }
        return false
    }
}

extension CommandWords {
    static func isSeparator(_ b: UInt8) -> Bool {
        switch b {
        case 0x20, 0x09, 0x0A, 0x0D, 0x3B, 0x7C, 0x26, 0x28, 0x29, 0x3C, 0x3E, 0x60: true
        default: false
        }
    }

    /// `s` in lower case (ASCII letters only) as bytes.
    static func lowerBytes(_ s: String) -> [UInt8] {
        s.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    }
}
