import PatternLearning
import Testing
import VigilTestKit

@Suite struct PatternMatchFactorTests {
    static func stats(successes: Int, failures: Int, positive: Int = 0, negative: Int = 0, neutral: Int = 0)
        throws -> PatternStatistics
    {
        var s = PatternStatistics()
        var t = 1_000.0
        // Occurrences far apart so no fix counts as recurring.
        for ok in Array(repeating: true, count: successes) + Array(repeating: false, count: failures) {
            t += 1e6
            try s.apply(.occurrence(aiConfidence: nil, reliability: nil), at: t, recurrenceWindow: 60)
            try s.apply(.outcome(resolved: ok, autoRemediated: false), at: t + 1, recurrenceWindow: 60)
        }
        for f in Array(repeating: PatternFeedback.positive, count: positive)
            + Array(repeating: .negative, count: negative) + Array(repeating: .neutral, count: neutral)
        {
            try s.apply(.feedback(f), at: t, recurrenceWindow: 60)
        }
        return s
    }

    static func similar(_ similarity: Double, _ s: PatternStatistics, _ term: String = "x") throws -> SimilarPattern {
        try SimilarPattern(
            signature: try PatternSignature(category: "network", terms: [term]), similarity: similarity, statistics: s)
    }

    @Test func needsThreeResolvedTickets() throws {
        let two = [try Self.similar(0.9, Self.stats(successes: 2, failures: 0))]
        #expect(PatternMatchFactor(similar: two).value == nil)
        #expect(PatternMatchFactor(similar: two).resolvedTickets == 2)
        let three = [try Self.similar(0.9, Self.stats(successes: 2, failures: 0)),
                     try Self.similar(0.8, Self.stats(successes: 1, failures: 0), "y")]
        #expect(PatternMatchFactor(similar: three).value != nil)
        // Below the minimum similarity a pattern does not count at all.
        let far = [try Self.similar(0.49, Self.stats(successes: 10, failures: 0))]
        #expect(PatternMatchFactor(similar: far).value == nil && PatternMatchFactor(similar: far).patterns == 0)
        #expect(PatternMatchFactor(similar: []).value == nil)
    }

    /// By hand: A (similarity 0.9, 4 resolved of 5) and B (0.6, 2 of 2);
    /// base = (0.9·4 + 0.6·2) / 7 = 4.8 / 7; feedback 6 positive, 2 negative
    /// of 10 → net 0.4; value = base + 0.25 · 0.4 · (1 − base).
    @Test func formulaByHand() throws {
        let f = PatternMatchFactor(similar: [
            try Self.similar(0.9, Self.stats(successes: 4, failures: 1, positive: 5, negative: 1, neutral: 1)),
            try Self.similar(0.6, Self.stats(successes: 2, failures: 0, positive: 1, negative: 1, neutral: 1), "y"),
        ])
        let base = 4.8 / 7
        #expect(abs(f.base - base) < 1e-12)
        #expect(abs(f.netPositiveFeedback - 0.4) < 1e-12)
        #expect(abs(f.value! - (base + 0.25 * 0.4 * (1 - base))) < 1e-12)
        #expect(f.resolvedTickets == 6 && f.patterns == 2)
    }

    @Test(arguments: seeds)
    func boundedAndBoostedByPositiveFeedback(seed: UInt64) throws {
        var r = SplitMix64(seed: seed)
        for _ in 0..<300 {
            let count = r.int(1...5)
            let make = { (r: inout SplitMix64, extraPositive: Int) throws -> [SimilarPattern] in
                try (0..<count).map { i in
                    try Self.similar(
                        r.double(0.5...1),
                        Self.stats(
                            successes: r.int(0...6), failures: r.int(0...3), positive: r.int(0...4) + (i == 0 ? extraPositive : 0),
                            negative: r.int(0...4), neutral: r.int(0...2)),
                        "t\(i)")
                }
            }
            var a = r
            var b = r
            let plain = PatternMatchFactor(similar: try make(&a, 0))
            let boosted = PatternMatchFactor(similar: try make(&b, r.int(1...10)))
            if let v = plain.value {
                #expect((0...1).contains(v) && (0...1).contains(plain.base), "seed \(seed)")
                #expect(v >= plain.base, "seed \(seed): boost lowered the base")
                #expect(boosted.value! >= v - 1e-12, "seed \(seed): positive feedback lowered \(v) → \(boosted.value!)")
            } else {
                #expect(plain.resolvedTickets < 3, "seed \(seed)")
            }
        }
    }
}
