/// Turns one raw token (lower-cased bytes) into a key term, or nothing.
///
/// Volatile material is masked:
/// - whole tokens that are numbers, IPv4 addresses (with port or prefix),
///   dates, times, ISO 8601 timestamps, dotted versions or IPv6 addresses are dropped;
/// - inside a compound token (parts joined by `- _ . : /`), parts that are
///   numbers, numbers with a short unit (`500ms`, `3rd`), `0x…` or other hex ids
///   (6+ hex digits with a digit), UUIDs, long digit-bearing blobs, and a
///   Kubernetes pod-hash suffix (`-7d9f8b6c5-x2x7q`) are masked: at either end
///   they are removed, in the middle a run of them becomes one `#`.
///
/// So `payments-api-7d9f8b6c5-x2x7q` → `payments-api`, `web-0` → `web`,
/// `/var/lib/pg/16384/base` → `var/lib/pg/#/base`, `10.0.3.7:5432` → nothing.
enum VolatileTokens {
    static let maxTokenBytes = 64

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    static func isHex(_ b: UInt8) -> Bool { isDigit(b) || (b >= 0x61 && b <= 0x66) }
    static func isConnector(_ b: UInt8) -> Bool {
        b == 0x2D || b == 0x5F || b == 0x2E || b == 0x3A || b == 0x2F  // - _ . : /
    }

    /// Kubernetes' random-suffix alphabet (no vowels, no 0 1 3).
    static func isPodHashByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "b"), UInt8(ascii: "c"), UInt8(ascii: "d"), UInt8(ascii: "f"), UInt8(ascii: "g"),
            UInt8(ascii: "h"), UInt8(ascii: "j"), UInt8(ascii: "k"), UInt8(ascii: "l"), UInt8(ascii: "m"),
            UInt8(ascii: "n"), UInt8(ascii: "p"), UInt8(ascii: "q"), UInt8(ascii: "r"), UInt8(ascii: "s"),
            UInt8(ascii: "t"), UInt8(ascii: "v"), UInt8(ascii: "w"), UInt8(ascii: "x"), UInt8(ascii: "z"),
            UInt8(ascii: "2"), UInt8(ascii: "4"), UInt8(ascii: "5"), UInt8(ascii: "6"), UInt8(ascii: "7"),
            UInt8(ascii: "8"), UInt8(ascii: "9"):
            true
        default: false
        }
    }

    /// Reusable buffers for `mask`, so a token costs no allocation.
    struct Scratch {
        var parts: [Range<Int>] = []
        var volatile: [Bool] = []
    }

    /// Masks `token` (already lower-cased, connectors trimmed) into `out`.
    /// Returns false when nothing of the token survives.
    static func mask(_ token: ArraySlice<UInt8>, into out: inout [UInt8], scratch: inout Scratch) -> Bool {
        out.removeAll(keepingCapacity: true)
        if token.isEmpty || token.count > maxTokenBytes || isWholeVolatile(token) { return false }

        // Split into parts at connectors. Doubled connectors ("a--b") leave no
        // empty part; the later connector joins.
        var parts = scratch.parts
        var volatile = scratch.volatile
        scratch = Scratch()
        defer { scratch = Scratch(parts: parts, volatile: volatile) }
        parts.removeAll(keepingCapacity: true)
        volatile.removeAll(keepingCapacity: true)
        var start = token.startIndex
        for i in token.indices where isConnector(token[i]) {
            if i > start { parts.append(start..<i) }
            start = i + 1
        }
        if start < token.endIndex { parts.append(start..<token.endIndex) }

        for r in parts { volatile.append(isVolatilePart(token[r])) }
        markUUIDs(token, parts, &volatile)
        markPodHash(token, parts, &volatile)

        guard let first = volatile.firstIndex(of: false), let last = volatile.lastIndex(of: false) else {
            return false
        }
        var i = first
        while i <= last {
            if volatile[i] {
                var j = i
                while j <= last && volatile[j] { j += 1 }
                // A run of masked parts in the middle: keep the connector before it, one '#'.
                out.append(token[parts[i].lowerBound - 1])
                out.append(UInt8(ascii: "#"))
                i = j
                continue
            }
            if i > first { out.append(token[parts[i].lowerBound - 1]) }
            out.append(contentsOf: token[parts[i]])
            i += 1
        }
        return true
    }

    /// Numbers, IPv4 (with port or CIDR), dates, times, ISO 8601 timestamps,
    /// dotted versions (`1.2.3`, `v1.2.3`) and IPv6 addresses.
    static func isWholeVolatile(_ t: ArraySlice<UInt8>) -> Bool {
        guard let f = t.first else { return true }
        if isDigit(f) {
            // Digits and the punctuation of numbers, addresses and timestamps;
            // `t` and `z` appear in ISO 8601 (`2024-05-01t12:00:00.5z`).
            if t.allSatisfy({ isDigit($0) || "-:./+tz".utf8.contains($0) }) { return true }
        }
        if f == UInt8(ascii: "v"), t.count > 1, isDigit(t[t.startIndex + 1]),
            t.contains(UInt8(ascii: ".")), t.dropFirst().allSatisfy({ isDigit($0) || $0 == UInt8(ascii: ".") })
        {
            return true
        }
        // IPv6: at least two colons, at least one digit, only hex digits, ':', '.', '/'.
        var colons = 0
        var digits = 0
        for b in t {
            if b == UInt8(ascii: ":") {
                colons += 1
            } else if isDigit(b) {
                digits += 1
            } else if !(isHex(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "/")) {
                return false
            }
        }
        return colons >= 2 && digits >= 1
    }

    /// A part that is an identifier rather than a word.
    static func isVolatilePart(_ p: ArraySlice<UInt8>) -> Bool {
        let n = p.count
        guard let f = p.first else { return true }
        if isDigit(f) {
            // 42, 500ms, 3rd, 10gib: digits, then at most three letters.
            var i = p.startIndex
            while i < p.endIndex && isDigit(p[i]) { i += 1 }
            let rest = p[i...]
            if rest.count <= 3 && rest.allSatisfy(isLower) { return true }
            // 0x7ffd12
            if n > 2, p[p.startIndex + 1] == UInt8(ascii: "x"), f == UInt8(ascii: "0"),
                p.dropFirst(2).allSatisfy(isHex)
            {
                return true
            }
        }
        var hasDigit = false
        var allHex = true
        for b in p {
            if isDigit(b) { hasDigit = true } else if !isHex(b) { allHex = false }
        }
        if allHex && hasDigit && n >= 6 { return true }  // 3f4e5d6c, a1b2c3
        if hasDigit && n > 32 { return true }  // tokens, base64 blobs
        return false
    }

    /// Five hex parts of lengths 8-4-4-4-12 joined by '-': a UUID.
    static func markUUIDs(_ t: ArraySlice<UInt8>, _ parts: [Range<Int>], _ volatile: inout [Bool]) {
        let lengths = [8, 4, 4, 4, 12]
        guard parts.count >= 5 else { return }
        for s in 0...(parts.count - 5) {
            var ok = true
            for k in 0..<5 {
                let r = parts[s + k]
                if r.count != lengths[k] || !t[r].allSatisfy(isHex) { ok = false; break }
                if k > 0 && t[r.lowerBound - 1] != UInt8(ascii: "-") { ok = false; break }
            }
            if ok { for k in 0..<5 { volatile[s + k] = true } }
        }
    }

    /// A Kubernetes pod name: `<name>-<5-char suffix>`, optionally with the
    /// ReplicaSet's pod-template hash (6–10 chars) before the suffix, both from
    /// Kubernetes' vowel-free alphabet.
    static func markPodHash(_ t: ArraySlice<UInt8>, _ parts: [Range<Int>], _ volatile: inout [Bool]) {
        func dashBefore(_ i: Int) -> Bool { t[parts[i].lowerBound - 1] == UInt8(ascii: "-") }
        func hashLike(_ i: Int, _ lengths: ClosedRange<Int>) -> Bool {
            lengths.contains(parts[i].count) && t[parts[i]].allSatisfy(isPodHashByte)
        }
        var j = parts.count - 1
        guard j >= 1, dashBefore(j), hashLike(j, 5...5) else { return }
        volatile[j] = true
        j -= 1
        if j >= 1, dashBefore(j), hashLike(j, 6...10) { volatile[j] = true }
    }
}
