import VigilTestKit

/// The random decisions a generator makes, drawn from a seeded ``SplitMix64``
/// and recorded, so a failing case can be replayed and shrunk.
///
/// Every draw is reduced to the range asked for, and recorded so. Replaying a
/// recorded log reproduces the same case; a log that runs out yields zeros.
/// Generators are written so that a zero draw is always the simplest choice
/// (the first option, the smallest count, "no"), which makes shrinking the
/// log — deleting draws, lowering them — shrink the generated value.
struct Choices {
    private var rng: SplitMix64
    private let replay: [UInt64]?
    private var cursor = 0
    /// Every draw made so far, in order.
    private(set) var log: [UInt64] = []

    /// Fresh choices from `seed`.
    init(seed: UInt64) {
        rng = SplitMix64(seed: seed)
        replay = nil
    }

    /// The choices of an earlier log (zeros past its end).
    init(replaying values: [UInt64]) {
        rng = SplitMix64(seed: 0)
        replay = values
    }

    /// A value in `0..<n`; zero is the simplest. The log records the value
    /// itself, so lowering a logged draw lowers the choice.
    mutating func below(_ n: Int) -> Int {
        guard n > 1 else { return 0 }
        let raw: UInt64
        if let replay {
            raw = cursor < replay.count ? replay[cursor] : 0
            cursor += 1
        } else {
            raw = rng.next()
        }
        let v = raw % UInt64(n)
        log.append(v)
        return Int(v)
    }

    /// `true` with roughly `percent`% probability; a zero draw is `false`.
    mutating func chance(_ percent: Int) -> Bool {
        below(100) >= 100 - percent
    }

    /// An element of `xs`; a zero draw is the first.
    mutating func pick<T>(_ xs: [T]) -> T {
        xs[below(xs.count)]
    }

    /// An index into `weights`, chosen with those weights; a zero draw is 0.
    mutating func weighted(_ weights: [Int]) -> Int {
        // Index loops: debug builds are slow at generic iteration.
        var total = 0
        var i = 0
        while i < weights.count {
            total += weights[i]
            i += 1
        }
        var r = below(total)
        i = 0
        while i < weights.count {
            if r < weights[i] { return i }
            r -= weights[i]
            i += 1
        }
        return weights.count - 1
    }
}

/// Shrinks a failing choice log: deletes runs of draws and lowers single draws
/// for as long as the case still fails.
enum ChoiceShrinker {
    /// The smallest log found (by length, then values) for which `fails` holds.
    /// `fails(log)` must hold on entry.
    static func shrink(_ log: [UInt64], maxAttempts: Int = 2_000, fails: ([UInt64]) -> Bool) -> [UInt64] {
        var best = log
        var attempts = 0
        func attempt(_ candidate: [UInt64]) -> Bool {
            guard attempts < maxAttempts else { return false }
            attempts += 1
            if fails(candidate) {
                best = candidate
                return true
            }
            return false
        }
        var improved = true
        while improved, attempts < maxAttempts {
            improved = false
            for chunk in [64, 32, 16, 8, 4, 3, 2, 1] {
                var i = best.count - chunk
                while i >= 0, attempts < maxAttempts {
                    var candidate = best
                    candidate.removeSubrange(i..<min(i + chunk, candidate.count))
                    if attempt(candidate) { improved = true }
                    i -= chunk
                }
            }
            for block in [16, 8, 4, 2] {
                var i = 0
                while i + block <= best.count, attempts < maxAttempts {
                    if best[i..<(i + block)].contains(where: { $0 != 0 }) {
                        var candidate = best
                        for j in i..<(i + block) { candidate[j] = 0 }
                        if attempt(candidate) { improved = true }
                    }
                    i += block
                }
            }
            var i = 0
            while i < best.count, attempts < maxAttempts {
                let v = best[i]
                if v != 0 {
                    for lower in Set([0, 1, 2, v / 2, v &- 1]).sorted() where lower < v {
                        var candidate = best
                        candidate[i] = lower
                        if attempt(candidate) {
                            improved = true
                            break
                        }
                    }
                }
                i += 1
            }
        }
        return best
    }
}
