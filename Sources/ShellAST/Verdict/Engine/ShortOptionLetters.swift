/// A set of ASCII letters and digits (the single-letter options of a program that take a value).
struct ShortOptionLetters: Sendable, Equatable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init() {}

    /// The letters of the two-character options among `options` (`-o`, `-X`).
    init(options: Set<String>) {
        for o in options {
            let u = Array(o.utf8)
            if u.count == 2, u[0] == UInt8(ascii: "-"), u[1] != UInt8(ascii: "-") { insert(u[1]) }
        }
    }

    mutating func insert(_ c: UInt8) {
        if c < 64 { low |= 1 << UInt64(c) } else if c < 128 { high |= 1 << UInt64(c - 64) }
    }

    func contains(_ c: UInt8) -> Bool {
        if c < 64 { return low & (1 << UInt64(c)) != 0 }
        if c < 128 { return high & (1 << UInt64(c - 64)) != 0 }
        return false
    }
}
