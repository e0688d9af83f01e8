/// A small, fast, seedable pseudo-random generator (SplitMix64) for property tests.
///
/// Same seed, same sequence, on every platform: a failing seed printed by a
/// property test replays the exact input.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator from a seed.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniformly random integer in `range`.
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    /// A uniformly random integer in `range`.
    public mutating func int(_ range: Range<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    /// `true` with probability `p`.
    public mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    /// A uniformly random double in `range`.
    public mutating func double(_ range: ClosedRange<Double>) -> Double {
        Double.random(in: range, using: &self)
    }

    /// A random element of a non-empty collection.
    public mutating func pick<C: Collection>(_ c: C) -> C.Element {
        c[c.index(c.startIndex, offsetBy: int(0..<c.count))]
    }
}

/// Seeds for property tests: a fixed, documented list so every run checks the
/// same inputs and a failure names the seed that replays it.
public enum PropertySeeds {
    /// `count` seeds derived from a base (default 8 seeds × many cases each).
    public static func make(_ count: Int = 8, base: UInt64 = 0x5EED_0000) -> [UInt64] {
        (0..<UInt64(count)).map { base &+ $0 &* 0x1_0001 }
    }
}
