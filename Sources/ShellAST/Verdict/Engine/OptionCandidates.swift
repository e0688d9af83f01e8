/// Which names of an ``OptionNames`` list an argument can match, as a mask of name
/// indices (bit `k` for name `k`), found with a few table lookups instead of a test
/// per name: `find`'s primaries that take a value are some 50 names.
///
/// A name takes part in an option test only when the argument's text is the name
/// (the same hash), is `NAME=…` (the hash of the text before the first `=`, or any
/// name that holds `=` itself), or, for a two-byte name `-x`, starts with it (the
/// same second byte). The mask holds every such name and may hold others (hash
/// collisions share a slot); callers test each name of the mask in full, in index
/// order, so the answers are those of trying every name.
struct OptionCandidates: Sendable {
    private let keys: [UInt64]
    private let masks: [UInt64]
    private let slotMask: Int
    /// The names that contain `=` (always candidates).
    private let equalsMask: UInt64

    /// The table for `keys` (of at most 64 names); `nil` for longer lists.
    init?(_ names: [OptionNames.Key]) {
        guard names.count <= 64 else { return nil }
        var size = 8
        while size < names.count * 4 { size <<= 1 }
        var keys = [UInt64](repeating: 0, count: size)
        var masks = [UInt64](repeating: 0, count: size)
        let slotMask = size - 1
        func insert(_ key: UInt64, _ bit: UInt64) {
            var i = OptionCandidates.slot(key, slotMask)
            while masks[i] != 0 && keys[i] != key { i = (i + 1) & slotMask }
            keys[i] = key
            masks[i] |= bit
        }
        var equalsMask: UInt64 = 0
        for (k, name) in names.enumerated() {
            let bit = UInt64(1) << UInt64(k)
            insert(name.hash, bit)
            if name.hasEquals { equalsMask |= bit }
            if name.count == 2 && name.startsWithDash { insert(OptionCandidates.shortKey(name.second), bit) }
        }
        self.keys = keys
        self.masks = masks
        self.slotMask = slotMask
        self.equalsMask = equalsMask
    }

    /// The names an argument with these facts can match (and perhaps others).
    @inline(__always)
    func candidates(_ f: TextFacts) -> UInt64 {
        var out = equalsMask | lookup(f.hash)
        if f.equalsAt >= 0 { out |= lookup(f.keyHash) }
        if f.first == UInt8(ascii: "-") && f.count > 2 { out |= lookup(OptionCandidates.shortKey(f.second)) }
        return out
    }

    @inline(__always)
    private func lookup(_ key: UInt64) -> UInt64 {
        var i = OptionCandidates.slot(key, slotMask)
        while masks[i] != 0 {
            if keys[i] == key { return masks[i] }
            i = (i + 1) & slotMask
        }
        return 0
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: key ^ (key >> 29)) & mask }

    /// The key of the two-byte names `-x` whose second byte is `second` (a value no
    /// text hash is meant to take; a collision only adds candidates).
    @inline(__always)
    private static func shortKey(_ second: UInt8) -> UInt64 { 0x5EC0_4D00_0000_0000 | UInt64(second) }
}
