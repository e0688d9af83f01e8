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

    /// Whether `word` (lower-case ASCII letters) appears in `s` as a whole word,
    /// in any case: bounded by the start, the end or a byte that is not a
    /// letter, digit, `_` or `-`.
    static func containsWord(_ s: String, _ word: StaticString) -> Bool { containsWord(s, word, or: word) }

    /// Whether `a` or `b` (lower-case ASCII letters) appears in `s` as a whole
    /// word, in one pass: such a match is exactly a maximal run of word bytes.
    static func containsWord(_ s: String, _ a: StaticString, or b: StaticString) -> Bool {
        let a = UnsafeBufferPointer(start: a.utf8Start, count: a.utf8CodeUnitCount)
        let b = UnsafeBufferPointer(start: b.utf8Start, count: b.utf8CodeUnitCount)
        var s = s
        return s.withUTF8 { bytes in
            func isWordByte(_ c: UInt8) -> Bool {
                (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c == 0x2D
            }
            func run(_ start: Int, _ end: Int, equals w: UnsafeBufferPointer<UInt8>) -> Bool {
                guard end - start == w.count else { return false }
                for k in 0..<w.count where bytes[start + k] | 0x20 != w[k] { return false }
                return true
            }
            var i = 0
            while i < bytes.count {
                guard isWordByte(bytes[i]) else {
                    i += 1
                    continue
                }
                var j = i + 1
                while j < bytes.count, isWordByte(bytes[j]) { j += 1 }
                if run(i, j, equals: a) || run(i, j, equals: b) { return true }
                i = j
            }
            return false
        }
    }
}

/// A command line's words as byte ranges of its UTF-8, made once per action and
/// matched against precompiled entries without building strings or copying
/// the command.
struct CommandTokens {
    let text: String
    let ranges: [Range<Int>]

    init(_ s: String) {
        text = s
        ranges = Self.withBytes(of: s) { b in
            var words = 0
            var inWord = false
            for c in b {
                let separator = CommandWords.isSeparator(c)
                if !separator, !inWord { words += 1 }
                inWord = !separator
            }
            var ranges: [Range<Int>] = []
            ranges.reserveCapacity(words)
            var start = -1
            for i in 0..<b.count {
                if CommandWords.isSeparator(b[i]) {
                    if start >= 0 { ranges.append(start..<i) }
                    start = -1
                } else if start < 0 {
                    start = i
                }
            }
            if start >= 0 { ranges.append(start..<b.count) }
            return ranges
        }
    }

    /// Calls `body` with the UTF-8 of `s` in place (a copy only for a string
    /// without contiguous storage).
    static func withBytes<R>(of s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        s.utf8.withContiguousStorageIfAvailable(body) ?? Array(s.utf8).withUnsafeBufferPointer(body)
    }

    /// Whether word `i` equals `word`; with `foldCase`, `word` must be lower case
    /// and ASCII letters of the command compare in any case.
    private func word(_ i: Int, equals word: [UInt8], foldCase: Bool, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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
        guard prefix.count <= ranges.count else { return false }
        return Self.withBytes(of: text) { b in
            prefix.indices.allSatisfy { word($0, equals: prefix[$0], foldCase: false, in: b) }
        }
    }

    /// Whether the command's words begin with any of `prefixes` (case-sensitive;
    /// with `oneWordOnly`, only one-word prefixes count), reading the bytes once.
    func startsWithAny(of prefixes: [[[UInt8]]], oneWordOnly: Bool = false) -> Bool {
        Self.withBytes(of: text) { b in
            prefixes.contains { p in
                (!oneWordOnly || p.count == 1) && p.count <= ranges.count
                    && p.indices.allSatisfy { word($0, equals: p[$0], foldCase: false, in: b) }
            }
        }
    }

    /// Whether `sequence` (lower case) appears contiguously, in any case.
    func contains(sequence: [[UInt8]]) -> Bool {
        guard !sequence.isEmpty, sequence.count <= ranges.count else { return false }
        return Self.withBytes(of: text) { b in
            for i in 0...(ranges.count - sequence.count) where word(i, equals: sequence[0], foldCase: true, in: b) {
                if (1..<sequence.count).allSatisfy({ word(i + $0, equals: sequence[$0], foldCase: true, in: b) }) {
                    return true
                }
            }
            return false
        }
    }
}

extension CommandWords {
    static func isSeparator(_ b: UInt8) -> Bool {
        switch b {
        case 0x20, 0x09, 0x0A, 0x0D, 0x3B, 0x7C, 0x26, 0x28, 0x29, 0x3C, 0x3E, 0x60: true
        default: false
        }
    }

    /// Whether `s` in lower case (ASCII letters only) is `lower`, without
    /// building the lower-cased copy.
    static func lowercased(_ s: String, equals lower: [UInt8]) -> Bool {
        guard s.utf8.count == lower.count else { return false }
        var k = 0
        for c in s.utf8 {
            if (c >= 0x41 && c <= 0x5A ? c + 0x20 : c) != lower[k] { return false }
            k += 1
        }
        return true
    }
}
