import Foundation
import Reliability
import Testing
import VigilTestKit

/// Seeded properties of the human-feedback factor.
///
/// "Positive feedback" here is a positive record whose rating agrees with it
/// (none, or 5); "negative feedback" a negative record rated 1 or not at all.
/// A positive record rated 2 carries a low rating, and the rating half moves
/// with it by design (see Docs/Reliability.md).
@Suite struct FeedbackPropertyTests {
    let scorer = ReliabilityScorer()
    let now = Gen.now

    func feedbackValue(_ input: ReliabilityInput) -> Double {
        try! scorer.score(input, now: now)[.humanFeedback].value
    }

    @Test(arguments: seeds)
    func addingPositiveNeverLowers(seed: UInt64) {
        var r = SplitMix64(seed: seed)
        for _ in 0..<casesPerSeed {
            let input = Gen.input(&r)
            let before = feedbackValue(input)
            let after = feedbackValue(Gen.with(input, feedback: input.feedback + [Gen.agreeingPositive(&r)]))
            #expect(after >= before - 1e-9, "seed \(seed): positive feedback lowered \(before)→\(after)")
        }
    }

    @Test(arguments: seeds)
    func addingNegativeNeverRaises(seed: UInt64) {
        var r = SplitMix64(seed: seed)
        for _ in 0..<casesPerSeed {
            let input = Gen.input(&r)
            let before = feedbackValue(input)
            let after = feedbackValue(Gen.with(input, feedback: input.feedback + [Gen.agreeingNegative(&r)]))
            #expect(after <= before + 1e-9, "seed \(seed): negative feedback raised \(before)→\(after)")
        }
    }

    @Test(arguments: seeds)
    func newerFeedbackMovesItMore(seed: UInt64) {
        var r = SplitMix64(seed: seed)
        for _ in 0..<casesPerSeed {
            let input = Gen.input(&r)
            let before = feedbackValue(input)
            let newAge = r.double(0...(200 * Gen.day))
            let oldAge = newAge + r.double(1...(200 * Gen.day))
            let positive = r.chance(0.5)
            var copy = r  // replays the same record, only older
            let newer = positive ? Gen.agreeingPositive(&r, age: newAge) : Gen.agreeingNegative(&r, age: newAge)
            let older = positive ? Gen.agreeingPositive(&copy, age: oldAge) : Gen.agreeingNegative(&copy, age: oldAge)
            #expect(newer.kind == older.kind && newer.rating == older.rating, "seed \(seed): generator drifted")
            let moveNew = abs(feedbackValue(Gen.with(input, feedback: input.feedback + [newer])) - before)
            let moveOld = abs(feedbackValue(Gen.with(input, feedback: input.feedback + [older])) - before)
            #expect(moveNew >= moveOld - 1e-9, "seed \(seed): newer moved \(moveNew), older \(moveOld)")
        }
    }

    /// The formula by hand: one positive record now (weight 1) and one negative
    /// record one half-life old (weight ½), both unrated: positive rate 1/1.5,
    /// rating half at its floor 20 → (66.67 + 20) / 2 = 43.33.
    @Test(arguments: seeds)
    func halfLifeHalvesTheWeight(seed: UInt64) throws {
        var r = SplitMix64(seed: seed)
        for _ in 0..<50 {
            let halfLife = r.double(1...(365 * Gen.day))
            let scorer = ReliabilityScorer(configuration: try ReliabilityConfiguration(feedbackHalfLife: halfLife))
            let records = [
                try FeedbackRecord(kind: .positive, timestamp: now),
                try FeedbackRecord(kind: .negative, timestamp: now - halfLife),
            ]
            let input = try ReliabilityInput(category: "network", aiConfidence: 0.5, feedback: records)
            let c = try scorer.score(input, now: now)[.humanFeedback]
            #expect(abs(c.value - (100.0 / 1.5 + 20) / 2) < 1e-9, "seed \(seed): half-life \(halfLife) → \(c.value)")
            #expect(c.flags == [.ratingsMissing], "seed \(seed)")
            // With ratings: 5 now and 2 one half-life ago → average (5 + 1)/1.5 = 4.
            let rated = [
                try FeedbackRecord(kind: .positive, rating: 5, timestamp: now),
                try FeedbackRecord(kind: .negative, rating: 2, timestamp: now - halfLife),
            ]
            let v = try scorer.score(
                try ReliabilityInput(category: "network", aiConfidence: 0.5, feedback: rated), now: now)[.humanFeedback]
            #expect(abs(v.value - (100.0 / 1.5 + 80) / 2) < 1e-9, "seed \(seed): \(v.value)")
        }
    }

    @Test(arguments: seeds)
    func uniformFeedbackGivesTheFormula(seed: UInt64) throws {
        var r = SplitMix64(seed: seed)
        for _ in 0..<casesPerSeed {
            // All records at the same age weigh the same, so the formula is plain counting.
            let age = r.double(0...(100 * Gen.day))
            let count = r.int(1...20)
            let records = (0..<count).map { _ in
                Gen.feedback(&r, rating: .some(r.int(1...5)), age: age)
            }
            let positives = Double(records.filter { $0.kind == .positive }.count)
            let ratings = records.compactMap(\.rating)
            let average = Double(ratings.reduce(0, +)) / Double(ratings.count)
            let expected = (positives / Double(count) * 100 + average / 5 * 100) / 2
            let input = try ReliabilityInput(category: "network", aiConfidence: 0.5, feedback: records)
            let got = try scorer.score(input, now: now)[.humanFeedback].value
            #expect(abs(got - expected) < 1e-9, "seed \(seed): \(got) vs \(expected)")
        }
    }

    /// The general form: a positive record whose rating is absent or at least the
    /// current average rating never lowers the component; a negative record whose
    /// rating is absent or at most that average never raises it. The average is
    /// computed here independently (Foundation's `pow`), 1 when nothing is rated.
    @Test(arguments: seeds)
    func ratingsAtOrAboveTheAverageNeverLower(seed: UInt64) {
        var r = SplitMix64(seed: seed)
        let halfLife = ReliabilityConfiguration.standard.feedbackHalfLife
        for _ in 0..<casesPerSeed {
            let input = Gen.input(&r)
            var weighted = 0.0
            var total = 0.0
            for f in input.feedback {
                guard let rating = f.rating else { continue }
                let w = pow(0.5, (now - f.timestamp) / halfLife)
                weighted += w * Double(rating)
                total += w
            }
            let average = total > 0 ? weighted / total : 1
            let before = feedbackValue(input)
            let up = (1...5).filter { Double($0) >= average - 1e-12 }
            let down = (1...5).filter { Double($0) <= average + 1e-12 }
            let positive = Gen.feedback(&r, kind: .positive, rating: .some(r.chance(0.3) ? nil : r.pick(up)))
            let after = feedbackValue(Gen.with(input, feedback: input.feedback + [positive]))
            #expect(after >= before - 1e-9, "seed \(seed): positive rated \(String(describing: positive.rating)) vs average \(average) lowered \(before)→\(after)")
            if !down.isEmpty {
                let negative = Gen.feedback(&r, kind: r.chance(0.5) ? .negative : .neutral, rating: .some(r.chance(0.3) ? nil : r.pick(down)))
                let lowered = feedbackValue(Gen.with(input, feedback: input.feedback + [negative]))
                #expect(lowered <= before + 1e-9, "seed \(seed): \(negative.kind) rated \(String(describing: negative.rating)) vs average \(average) raised \(before)→\(lowered)")
            }
        }
    }
}
