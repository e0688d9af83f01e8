/// A change of a pattern's eligibility tier, kept with the reasons.
public struct EligibilityTransition: Sendable, Hashable, Codable {
    /// When it happened, in seconds since 1970-01-01T00:00:00Z (UTC).
    public let time: Double
    /// The tier before.
    public let from: EligibilityTier
    /// The tier after.
    public let to: EligibilityTier
    /// For a demotion, the checks that now fail; for a promotion, the checks
    /// that the new tier required, all met.
    public let reasons: [String]
    /// The event that caused it.
    public let cause: PatternEvent

    /// Whether the pattern lost autonomy.
    public var isDemotion: Bool { to < from }
}

/// Everything stored about one pattern.
public struct PatternRecord: Sendable, Hashable, Codable {
    /// The pattern's identity.
    public let signature: PatternSignature
    /// Its counts and means.
    public private(set) var statistics: PatternStatistics
    /// Its current eligibility under the store's thresholds.
    public private(set) var eligibility: Eligibility
    /// Tier changes, oldest first, at most `maxTransitions` (older ones are dropped).
    public private(set) var transitions: [EligibilityTransition]

    /// How many tier changes a record keeps.
    public static let maxTransitions = 64

    /// A record with no events yet, judged against `thresholds`.
    public init(signature: PatternSignature, thresholds: EligibilityThresholds) {
        self.signature = signature
        self.statistics = PatternStatistics()
        self.eligibility = thresholds.evaluate(statistics)
        self.transitions = []
    }

    /// The most recent demotion, if any: when and why the pattern lost autonomy.
    public var lastDemotion: EligibilityTransition? { transitions.last(where: \.isDemotion) }

    /// Counts `event` at `time`, re-judges eligibility, and records a transition
    /// when the tier changes. A pattern is demoted by the very event that takes a
    /// figure below its threshold. On error nothing changes.
    public mutating func apply(
        _ event: PatternEvent, at time: Double, recurrenceWindow: Double, thresholds: EligibilityThresholds
    ) throws(PatternLearningError) {
        try statistics.apply(event, at: time, recurrenceWindow: recurrenceWindow)
        let before = eligibility.tier
        eligibility = thresholds.evaluate(statistics)
        let after = eligibility.tier
        guard after != before else { return }
        let reasons: [String]
        if after < before {
            reasons = eligibility.reasons  // never empty below the top tier
        } else {
            reasons = eligibility.checks.filter { $0.met && ($0.criterion.isBasic || after == .veryHigh) }
                .map(\.description)
        }
        transitions.append(EligibilityTransition(time: time, from: before, to: after, reasons: reasons, cause: event))
        if transitions.count > Self.maxTransitions {
            transitions.removeFirst(transitions.count - Self.maxTransitions)
        }
    }

    /// Re-judges eligibility under other thresholds (used when restoring a snapshot).
    mutating func rejudge(_ thresholds: EligibilityThresholds) {
        eligibility = thresholds.evaluate(statistics)
    }
}
