/// Bash brace expansion (`{a,b}`, `{1..5}`, `{a..e..2}`, nested) over text with
/// a per-byte "quoted" mask; quoted braces and commas do not count.
enum BraceExpander {
    /// The expansions, or `nil` when more than `limit` words would result.
    static func expand(_ bytes: [UInt8], _ quoted: [Bool], limit: Int) -> [([UInt8], [Bool])]? {
        var out: [([UInt8], [Bool])] = []
        guard expand(bytes, quoted, into: &out, limit: limit, depth: 0) else { return nil }
        return out
    }

    private static func expand(_ b: [UInt8], _ q: [Bool], into out: inout [([UInt8], [Bool])], limit: Int, depth: Int) -> Bool {
        if depth > 64 { return false }
        // Find the first brace group that expands.
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "{"), !q[i], let (close, commas) = matching(b, q, from: i) {
                let prefix = (Array(b[..<i]), Array(q[..<i]))
                let suffix = (Array(b[(close + 1)...]), Array(q[(close + 1)...]))
                var alternatives: [([UInt8], [Bool])] = []
                if !commas.isEmpty {
                    var start = i + 1
                    for c in commas + [close] {
                        alternatives.append((Array(b[start..<c]), Array(q[start..<c])))
                        start = c + 1
                    }
                } else if let seq = sequence(Array(b[(i + 1)..<close])) {
                    if seq.count > limit { return false }
                    alternatives = seq.map { (Array($0.utf8), Array(repeating: true, count: $0.utf8.count)) }
                } else {
                    i += 1
                    continue
                }
                for alt in alternatives {
                    let word = (prefix.0 + alt.0 + suffix.0, prefix.1 + alt.1 + suffix.1)
                    guard expand(word.0, word.1, into: &out, limit: limit, depth: depth + 1) else { return false }
                    if out.count > limit { return false }
                }
                return true
            }
            i += 1
        }
        out.append((b, q))
        return out.count <= limit
    }

    /// The matching `}` for the `{` at `open` and the top-level commas inside.
    private static func matching(_ b: [UInt8], _ q: [Bool], from open: Int) -> (Int, [Int])? {
        var depth = 0
        var commas: [Int] = []
        var i = open + 1
        while i < b.count {
            if !q[i] {
                switch b[i] {
                case UInt8(ascii: "{"): depth += 1
                case UInt8(ascii: "}"):
                    if depth == 0 { return (i, commas) }
                    depth -= 1
                case UInt8(ascii: ","):
                    if depth == 0 { commas.append(i) }
                default: break
                }
            }
            i += 1
        }
        return nil
    }

    /// `x..y` or `x..y..step` over integers or single letters.
    private static func sequence(_ body: [UInt8]) -> [String]? {
        let text = String(decoding: body, as: UTF8.self)
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
        // "a..b" splits into ["a", "", "b"]; with a step, ["a", "", "b", "", "s"].
        guard pieces.count == 3 || pieces.count == 5, pieces[1].isEmpty, pieces.count == 3 || pieces[3].isEmpty else { return nil }
        let from = String(pieces[0])
        let to = String(pieces[2])
        var step = 1
        // Bounds and steps near Int.min/Int.max must not trap (`{-9223372036854775808..1}`,
        // `{a..z..9223372036854775807}` crashed the engine): arithmetic that would overflow
        // means "too many words", which the caller treats as a dynamic word (fail closed).
        // (Made only when returned: building it on every call cost more than most expansions.)
        func tooMany() -> [String] { Array(repeating: "", count: 4097) }
        if pieces.count == 5 {
            guard let s = Int(pieces[4]), s != 0 else { return nil }
            guard s != Int.min else { return tooMany() }
            step = abs(s)
        }
        if let a = Int(from), let b = Int(to) {
            let (distance, overflow) = b.subtractingReportingOverflow(a)
            guard !overflow, distance != Int.min else { return tooMany() }
            let count = abs(distance) / step + 1
            guard count <= 4096 else { return tooMany() }
            let width = (from.hasPrefix("0") && from.count > 1) || (to.hasPrefix("0") && to.count > 1) ? max(from.count, to.count) : 0
            var out: [String] = []
            var v = a
            for _ in 0..<count {
                var s = String(v)
                if width > 0, s.count < width { s = String(repeating: "0", count: width - s.count) + s }
                out.append(s)
                v &+= a <= b ? step : -step  // wraps only after the last value, which is never used
            }
            return out
        }
        if from.unicodeScalars.count == 1, to.unicodeScalars.count == 1,
            let a = from.unicodeScalars.first, let b = to.unicodeScalars.first, a.isASCII, b.isASCII
        {
            var out: [String] = []
            var v = Int(a.value)
            let end = Int(b.value)
            while true {
                out.append(String(Character(Unicode.Scalar(UInt8(v)))))
                if v == end { break }
                let (next, overflow) = v.addingReportingOverflow(v < end ? step : -step)
                if overflow { break }
                v = next
                if (v > end) == (Int(a.value) < end) && v != end { break }
            }
            return out
        }
        return nil
    }
}
