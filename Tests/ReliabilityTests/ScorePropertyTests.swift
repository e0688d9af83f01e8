import Reliability
import Testing
import VigilTestKit

/// Seeded properties of the overall score. Each test checks
/// `seeds.count × casesPerSeed` random inputs; a failure names the seed.
@Suite struct ScorePropertyTests {
    let scorer = ReliabilityScorer()
    let now = Gen.now

    func score(_ input: ReliabilityInput) -> ReliabilityScore {
        try! scorer.score(input, now: now)  // generators only make valid inputs
    }

    @Test(arguments: seeds)
    func overallInRangeAndLevelMatchesThresholds(seed: UInt64) {
        var r = SplitMix64(seed: seed)
        for _ in 0..<casesPerSeed {
            let s = score(Gen.input(&r))
            #expect((0...100).contains(s.overall), "seed \(seed): overall \(s.overall)")
            let expected: ConfidenceLevel =
                s.overall >= 90 ? .veryHigh : s.overall >= 75 ? .high : s.overall >= 60 ? .medium : .low
            #expect(s.level == expected, "seed \(seed): \(s.overall) → \(s.level)")
            for c in s.components {
                #expect((0...100).contains(c.value), "seed \(seed): \(c.factor) = \(c.value)")
            }
            let sum = s.components.reduce(0) { $0 + $1.value * $1.weight }
            #expect(abs(sum - s.overall) < 1e-5, "seed \(seed): Σ contributions \(sum) vs \(s.overall)")
        }
    }

    @Test(arguments: seeds)
    func deterministicAndOrderIndependent(seed: UInt64) {
        var r = SplitMix64(seed: seed)
        for _ in 0..<casesPerSeed {
            let input = Gen.input(&r)
            let a = score(input)
            #expect(a == score(input), "seed \(seed): two runs differ")
            var shuffledRNG = SplitMix64(seed: seed ^ 0xABCD)
            let shuffled = Gen.with(
                input, feedback: input.feedback.shuffled(using: &shuffledRNG),
                outcomes: input.outcomes.shuffled(using: &shuffledRNG))
            #expect(abs(score(shuffled).overall - a.overall) <= 1e-6, "seed \(seed): order changed the score")
        }
    }

    @Test(arguments: seeds)
    func monotoneInAIConfidence(seed: UInt64) {
        var r = SplitMix64(seed: seed)
        for _ in 0..<casesPerSeed {
            let input = Gen.input(&r)
            let higher = r.double(input.aiConfidence...1)
            let a = score(input).overall
            let b = score(Gen.with(input, aiConfidence: higher)).overall
            #expect(b >= a, "seed \(seed): confidence \(input.aiConfidence)→\(higher) lowered \(a)→\(b)")
        }
    }

    @Test(arguments: seeds)
    func monotoneInPatternMatch(seed: UInt64) {
        var r = SplitMix64(seed: seed)
        for _ in 0..<casesPerSeed {
            let input = Gen.input(&r)
            // nil (no evidence) ranks below every measured value.
            let higher = r.double((input.patternMatch ?? 0)...1)
            let a = score(input).overall
            let b = score(Gen.with(input, patternMatch: .some(higher))).overall
            #expect(b >= a, "seed \(seed): pattern \(String(describing: input.patternMatch))→\(higher) lowered \(a)→\(b)")
        }
    }

    @Test(arguments: seeds)
    func monotoneInSuccessHistory(seed: UInt64) {
        var r = SplitMix64(seed: seed)
        for _ in 0..<casesPerSeed {
            let input = Gen.input(&r)
            let a = score(input)
            // A resolved outcome in the category and the window can only help …
            let resolved = Gen.outcome(&r, category: input.category, resolved: true, age: r.double(0...(179 * Gen.day)))
            let b = score(Gen.with(input, outcomes: input.outcomes + [resolved]))
            #expect(b[.successHistory].value >= a[.successHistory].value, "seed \(seed)")
            #expect(b.overall >= a.overall, "seed \(seed): resolved outcome lowered \(a.overall)→\(b.overall)")
            // … an unresolved one can only hurt …
            let failed = Gen.outcome(&r, category: input.category, resolved: false, age: r.double(0...(179 * Gen.day)))
            let c = score(Gen.with(input, outcomes: input.outcomes + [failed]))
            if !a[.successHistory].insufficientData {
                #expect(c.overall <= a.overall, "seed \(seed): failed outcome raised \(a.overall)→\(c.overall)")
            }
            // … and turning a failure into a success never lowers the score.
            if let i = input.outcomes.firstIndex(where: { !$0.resolved }) {
                var flipped = input.outcomes
                let o = flipped[i]
                flipped[i] = try! OutcomeRecord(
                    category: o.category, resolved: true, autoRemediated: o.autoRemediated, timestamp: o.timestamp)
                #expect(score(Gen.with(input, outcomes: flipped)).overall >= a.overall, "seed \(seed)")
            }
        }
    }

    @Test(arguments: seeds)
    func outcomesOutsideCategoryOrWindowAreIgnored(seed: UInt64) {
        var r = SplitMix64(seed: seed)
        for _ in 0..<casesPerSeed {
            let input = Gen.input(&r)
            let other = Gen.categories.first { $0 != input.category }!
            let noise = (0..<r.int(1...5)).map { _ in
                r.chance(0.5)
                    ? Gen.outcome(&r, category: other)
                    : Gen.outcome(&r, category: input.category, age: r.double((180.001 * Gen.day)...(900 * Gen.day)))
            }
            #expect(score(Gen.with(input, outcomes: input.outcomes + noise)) == score(input), "seed \(seed)")
        }
    }

    @Test(arguments: seeds)
    func missingDataNeverRaisesTheScore(seed: UInt64) {
        var r = SplitMix64(seed: seed)
        for _ in 0..<casesPerSeed {
            let input = Gen.input(&r)
            let full = score(input)
            let noFeedback = score(Gen.with(input, feedback: []))
            let noHistory = score(Gen.with(input, outcomes: []))
            let noPattern = score(Gen.with(input, patternMatch: .some(nil)))
            #expect(noFeedback.overall <= full.overall, "seed \(seed): dropping feedback raised the score")
            #expect(noHistory.overall <= full.overall, "seed \(seed): dropping history raised the score")
            #expect(noPattern.overall <= full.overall, "seed \(seed): dropping the pattern match raised the score")
            #expect(noFeedback[.humanFeedback].insufficientData, "seed \(seed)")
            #expect(noHistory[.successHistory].insufficientData, "seed \(seed)")
            #expect(noPattern[.patternMatch].insufficientData, "seed \(seed)")
            #expect(noFeedback[.humanFeedback].value == InsufficientDataValues.standard.humanFeedback)
            #expect(noHistory[.successHistory].value == InsufficientDataValues.standard.successHistory)
            #expect(noPattern[.patternMatch].value == InsufficientDataValues.standard.patternMatch)
        }
    }

    @Test(arguments: seeds)
    func customWeightsAreHonoured(seed: UInt64) throws {
        var r = SplitMix64(seed: seed)
        for _ in 0..<casesPerSeed {
            let raw = (0..<4).map { _ in r.double(0...1) + 1e-6 }
            let total = raw.reduce(0, +)
            let w = raw.map { $0 / total }
            let weights = try ReliabilityWeights(
                aiConfidence: w[0], humanFeedback: w[1], successHistory: w[2], patternMatch: 1 - w[0] - w[1] - w[2])
            let custom = ReliabilityScorer(configuration: try ReliabilityConfiguration(weights: weights))
            let s = try custom.score(Gen.input(&r), now: now)
            let expected = s.components.reduce(0) { $0 + $1.value * weights[$1.factor] }
            #expect(abs(s.overall - expected) < 1e-5, "seed \(seed): \(s.overall) vs \(expected)")
            // A sum off by more than the tolerance is rejected.
            let off = r.chance(0.5) ? 1e-8 : -1e-8
            #expect(throws: ReliabilityError.self, "seed \(seed)") {
                try ReliabilityWeights(
                    aiConfidence: w[0], humanFeedback: w[1], successHistory: w[2],
                    patternMatch: 1 - w[0] - w[1] - w[2] + off)
            }
        }
    }
}
