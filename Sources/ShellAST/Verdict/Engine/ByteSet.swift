/// A fixed set of ASCII strings looked up by their bytes, without hashing a
/// `String` (the engine's hot membership tests: option names, path tables,
/// variable names).
///
/// Lookups of ASCII text compare bytes; text with any non-ASCII byte falls back
/// to `Set<String>` so `String`'s canonical-equivalence semantics are kept
/// exactly (U+212A KELVIN SIGN equals `K` for `String`).
struct ByteSet: Sendable {
    /// The members in insertion order.
    let members: [String]
    /// The same members as a `Set`, for non-ASCII queries.
    let set: Set<String>
    /// Concatenated member bytes.
    private let bytes: [UInt8]
    /// Member `i` occupies `offsets[i]..<offsets[i + 1]` in `bytes`.
    private let offsets: [Int]
    /// Open-addressing table of member indices plus one (0 = empty).
    private let slots: [Int32]
    private let mask: Int
    /// Whether every member is ASCII (otherwise every query uses `set`).
    private let allASCII: Bool
    /// Bit `n` set when some member has `n` bytes (n < 64): a cheap first filter.
    private let lengths: UInt64

    init(_ strings: some Sequence<String>) {
        var members: [String] = []
        var seen: Set<String> = []
        for s in strings where seen.insert(s).inserted { members.append(s) }
        self.members = members
        self.set = seen
        var bytes: [UInt8] = []
        var offsets = [0]
        var ascii = true
        var lengths: UInt64 = 0
        for m in members {
            for b in m.utf8 {
                if b >= 0x80 { ascii = false }
                bytes.append(b)
            }
            offsets.append(bytes.count)
            let n = m.utf8.count
            lengths |= n < 64 ? 1 << UInt64(n) : 1 << 63
        }
        var size = 8
        while size < members.count * 3 { size <<= 1 }
        var slots = [Int32](repeating: 0, count: size)
        for (i, m) in members.enumerated() {
            var h = withUTF8Bytes(m) { ByteSet.hash($0) } & (size - 1)
            while slots[h] != 0 { h = (h + 1) & (size - 1) }
            slots[h] = Int32(i + 1)
        }
        self.bytes = bytes
        self.offsets = offsets
        self.slots = slots
        self.mask = size - 1
        self.allASCII = ascii
        self.lengths = lengths
    }

    @inline(__always)
    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for x in b {
            h = (h ^ UInt64(x)) &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The index in ``members`` of the member equal to `b`, for ASCII `b`
    /// (`nil` when `b` is not ASCII: the caller must use ``set``).
    @inline(__always)
    private func asciiIndex(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = b.count
        if n < 63, lengths & (1 << UInt64(n)) == 0 { return nil }
        var h = ByteSet.hash(b) & mask
        while true {
            let slot = Int(slots[h])
            if slot == 0 { return nil }
            let start = offsets[slot - 1]
            if offsets[slot] - start == n {
                var i = 0
                while i < n, bytes[start + i] == b[i] { i += 1 }
                if i == n { return slot - 1 }
            }
            h = (h + 1) & mask
        }
    }

    /// Whether `s` is a member (`String` equality).
    @inline(__always)
    func contains(_ s: String) -> Bool {
        withUTF8Bytes(s) { b in
            guard allASCII, isASCII(b) else { return set.contains(s) }
            return asciiIndex(b) != nil
        }
    }

    /// The index in ``members`` of the member equal to `s` (`String` equality).
    func index(of s: String) -> Int? {
        withUTF8Bytes(s) { b in
            guard allASCII, isASCII(b) else {
                return set.contains(s) ? members.firstIndex(of: s) : nil
            }
            return asciiIndex(b)
        }
    }

    /// Whether the ASCII bytes `b` spell a member. Only for bytes known to be ASCII.
    @inline(__always)
    func containsASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        allASCII ? asciiIndex(b) != nil : set.contains(String(decoding: b, as: UTF8.self))
    }

    var isEmpty: Bool { members.isEmpty }
}

/// Whether every byte is below 0x80.
@inline(__always)
func isASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    var acc: UInt8 = 0
    for x in b { acc |= x }
    return acc < 0x80
}
