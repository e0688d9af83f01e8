import Reliability
import VigilTestKit

/// Random, valid inputs for the property tests. Every generator draws only from
/// the `SplitMix64` passed in, so a seed replays the same inputs.
enum Gen {
    static let now = 1_750_000_000.0  // 2025-06-15, a fixed "now"
    static let day = 86_400.0
    static let categories = ["network", "database", "kubernetes", "storage"]

    static func kind(_ r: inout SplitMix64) -> FeedbackKind {
        r.pick(FeedbackKind.allCases)
    }

    static func rating(_ r: inout SplitMix64) -> Int? {
        r.chance(0.3) ? nil : r.int(1...5)
    }

    /// A feedback record up to a year old.
    static func feedback(_ r: inout SplitMix64, kind: FeedbackKind? = nil, rating: Int?? = nil, age: Double? = nil)
        -> FeedbackRecord
    {
        let age = age ?? r.double(0...(365 * day))
        // Valid by construction: rating 1…5 or nil, finite time, timestamp ≤ now.
        return try! FeedbackRecord(
            kind: kind ?? Self.kind(&r), rating: rating ?? Self.rating(&r),
            wasHelpful: r.chance(0.5) ? nil : r.chance(0.5),
            timeToResolve: r.chance(0.5) ? nil : r.double(0...(7 * day)),
            timestamp: now - age)
    }

    static func feedbackList(_ r: inout SplitMix64, maxCount: Int = 12) -> [FeedbackRecord] {
        (0..<r.int(0...maxCount)).map { _ in feedback(&r) }
    }

    static func outcome(_ r: inout SplitMix64, category: String? = nil, resolved: Bool? = nil, age: Double? = nil)
        -> OutcomeRecord
    {
        try! OutcomeRecord(
            category: category ?? r.pick(categories), resolved: resolved ?? r.chance(0.7),
            autoRemediated: r.chance(0.5), timestamp: now - (age ?? r.double(0...(400 * day))))
    }

    static func outcomes(_ r: inout SplitMix64, maxCount: Int = 20) -> [OutcomeRecord] {
        (0..<r.int(0...maxCount)).map { _ in outcome(&r) }
    }

    /// A confidence or pattern match in 0…1, with the ends drawn often.
    static func unit(_ r: inout SplitMix64) -> Double {
        switch r.int(0..<10) {
        case 0: 0
        case 1: 1
        default: r.double(0...1)
        }
    }

    static func input(_ r: inout SplitMix64) -> ReliabilityInput {
        try! ReliabilityInput(
            category: r.pick(categories), aiConfidence: unit(&r), feedback: feedbackList(&r),
            outcomes: outcomes(&r), patternMatch: r.chance(0.3) ? nil : unit(&r))
    }

    /// Positive feedback whose rating agrees with its kind (none, or 5).
    static func agreeingPositive(_ r: inout SplitMix64, age: Double? = nil) -> FeedbackRecord {
        feedback(&r, kind: .positive, rating: .some(r.chance(0.5) ? nil : 5), age: age)
    }

    /// Negative feedback whose rating agrees with its kind (none, or 1).
    static func agreeingNegative(_ r: inout SplitMix64, age: Double? = nil) -> FeedbackRecord {
        feedback(&r, kind: .negative, rating: .some(r.chance(0.5) ? nil : 1), age: age)
    }

    static func with(
        _ input: ReliabilityInput, aiConfidence: Double? = nil, feedback: [FeedbackRecord]? = nil,
        outcomes: [OutcomeRecord]? = nil, patternMatch: Double?? = nil
    ) -> ReliabilityInput {
        try! ReliabilityInput(
            category: input.category, aiConfidence: aiConfidence ?? input.aiConfidence,
            feedback: feedback ?? input.feedback, outcomes: outcomes ?? input.outcomes,
            patternMatch: patternMatch ?? input.patternMatch)
    }
}

/// Cases per seed in each property test (× `PropertySeeds.make()` seeds).
let casesPerSeed = 500
let seeds = PropertySeeds.make()
