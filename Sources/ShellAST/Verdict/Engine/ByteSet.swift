/// A fixed set of ASCII strings looked up by their bytes, without hashing a
/// `String` (the engine's hot membership tests: option names, path tables,
/// variable names).
///
/// Lookups of ASCII text compare bytes; text with any non-ASCII byte is compared
/// with `String`'s `==`, so canonical-equivalence semantics are kept exactly
/// (U+212A KELVIN SIGN equals `K` for `String`).
struct ByteSet: Sendable {
    /// The members in insertion order, without duplicates.
    let members: [String]
    /// Concatenated member bytes.
    private let bytes: [UInt8]
    /// Member `i` occupies `offsets[i]..<offsets[i + 1]` in `bytes`.
    private let offsets: [Int]
    /// Open-addressing table of member indices plus one (0 = empty).
    private let slots: [Int32]
    private let mask: Int
    /// Whether every member is ASCII (otherwise every query compares `String`s).
    private let allASCII: Bool
    /// Bit `n` set when some member has `n` bytes (n < 64): a cheap first filter.
    private let lengths: UInt64

    /// The set with no members.
    static let empty = ByteSet([String]())

    init(_ strings: some Sequence<String>) {
        let all = Array(strings)
        let ascii = all.allSatisfy { withUTF8Bytes($0) { isASCII($0) } }
        var members: [String] = []
        if !ascii {
            var seen: Set<String> = []
            for s in all where seen.insert(s).inserted { members.append(s) }
        }
        var size = 8
        while size < all.count * 3 { size <<= 1 }
        var slots = [Int32](repeating: 0, count: size)
        var bytes: [UInt8] = []
        var offsets = [0]
        var lengths: UInt64 = 0
        if ascii {
            // Members deduplicated by their bytes (the same as `String` equality for ASCII).
            for m in all {
                withUTF8Bytes(m) { b in
                    var h = ByteSet.hash(b) & (size - 1)
                    while slots[h] != 0 {
                        let k = Int(slots[h]) - 1
                        if offsets[k + 1] - offsets[k] == b.count, bytes[offsets[k]..<offsets[k + 1]].elementsEqual(b) { return }
                        h = (h + 1) & (size - 1)
                    }
                    slots[h] = Int32(members.count + 1)
                    members.append(m)
                    bytes.append(contentsOf: b)
                    offsets.append(bytes.count)
                    lengths |= b.count < 64 ? 1 << UInt64(b.count) : 1 << 63
                }
            }
        }
        self.members = members
        self.bytes = bytes
        self.offsets = offsets
        self.slots = slots
        self.mask = size - 1
        self.allASCII = ascii
        self.lengths = lengths
    }

    @inline(__always)
    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> Int { slot(ofHash: ByteHash.of(b)) }

    @inline(__always)
    static func slot(ofHash h: UInt64) -> Int { Int(truncatingIfNeeded: h ^ (h >> 29)) }

    /// The index in ``members`` of the member equal to `b`, for ASCII `b` and
    /// ASCII members (otherwise the caller compares `String`s).
    @inline(__always)
    private func asciiIndex(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        asciiIndex(b, hash: ByteHash.of(b))
    }

    /// ``asciiIndex(_:)`` with the bytes' ``ByteHash`` already known.
    @inline(__always)
    private func asciiIndex(_ b: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let n = b.count
        if n < 63, lengths & (1 << UInt64(n)) == 0 { return nil }
        var h = ByteSet.slot(ofHash: hash) & mask
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

    /// Whether the argument's text is a member (`String` equality), using the
    /// hash the argument already has.
    @inline(__always)
    func contains(_ a: Argument) -> Bool {
        guard a.isSimple, allASCII else { return contains(a.text) }
        return withUTF8Bytes(a.text) { asciiIndex($0, hash: a.hash) != nil }
    }

    /// Whether `s` is a member (`String` equality).
    @inline(__always)
    func contains(_ s: String) -> Bool {
        withUTF8Bytes(s) { b in
            guard allASCII, isASCII(b) else { return members.contains(s) }
            return asciiIndex(b) != nil
        }
    }

    /// The index in ``members`` of the member equal to `s` (`String` equality).
    func index(of s: String) -> Int? {
        withUTF8Bytes(s) { b in
            guard allASCII, isASCII(b) else { return members.firstIndex(of: s) }
            return asciiIndex(b)
        }
    }

    /// Whether the ASCII bytes `b` spell a member. Only for bytes known to be ASCII.
    @inline(__always)
    func containsASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        allASCII ? asciiIndex(b) != nil : members.contains(String(decoding: b, as: UTF8.self))
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

/// FNV-1a over bytes: the hash ``ByteSet`` and ``Argument`` share, so a lookup
/// of an argument does not hash its text again.
enum ByteHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func step(_ h: UInt64, _ x: UInt8) -> UInt64 { (h ^ UInt64(x)) &* 0x100_0000_01b3 }

    @inline(__always)
    static func of(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = seed
        for x in b { h = step(h, x) }
        return h
    }

    @inline(__always)
    static func of(_ s: String) -> UInt64 { withUTF8Bytes(s) { of($0) } }
}
