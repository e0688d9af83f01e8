/// Scores how far a proposed fix can be trusted, from four factors:
///
///     overall = aiConfidence·25% + humanFeedback·30% + successHistory·25% + patternMatch·20%
///
/// Each factor is 0…100; the weights come from the configuration. A factor
/// without evidence takes its conservative value and is flagged
/// `insufficientData`. The scorer never reads a clock: "now" is a parameter.
///
/// ```swift
/// let scorer = ReliabilityScorer()
/// let input = try ReliabilityInput(category: "network", aiConfidence: 0.92,
///                                  feedback: records, outcomes: history, patternMatch: 0.82)
/// let score = try scorer.score(input, now: clock.now)
/// score.level          // .high
/// ```
public struct ReliabilityScorer: Sendable {
    /// The weights, half-life, window and conservative values in use.
    public let configuration: ReliabilityConfiguration

    /// Creates a scorer with the given configuration (default `.standard`).
    public init(configuration: ReliabilityConfiguration = .standard) {
        self.configuration = configuration
    }

    /// Scores `input` as of `now` (seconds since 1970-01-01T00:00:00Z, UTC).
    ///
    /// - Throws: `ReliabilityError` when `now` is not finite or negative, or when a
    ///   feedback or outcome timestamp lies after `now` (the field is named, e.g.
    ///   `feedback[3].timestamp`).
    /// - Complexity: O(feedback + outcomes).
    public func score(_ input: ReliabilityInput, now: Double) throws(ReliabilityError) -> ReliabilityScore {
        try Check.timestamp(now, field: "now")
        let weights = configuration.weights
        let feedback = try HumanFeedbackComponent(feedback: input.feedback, now: now, configuration: configuration)
        let history = try SuccessHistoryComponent(
            outcomes: input.outcomes, category: input.category, now: now, configuration: configuration)
        let pattern: ReliabilityComponent
        if let match = input.patternMatch {
            pattern = ReliabilityComponent(
                factor: .patternMatch, value: match * 100, weight: weights.patternMatch, samples: 1, flags: [])
        } else {
            pattern = ReliabilityComponent(
                factor: .patternMatch, value: configuration.insufficientData.patternMatch,
                weight: weights.patternMatch, samples: 0, flags: [.insufficientData])
        }
        return ReliabilityScore(components: [
            ReliabilityComponent(
                factor: .aiConfidence, value: input.aiConfidence * 100, weight: weights.aiConfidence,
                samples: 1, flags: []),
            ReliabilityComponent(
                factor: .humanFeedback, value: feedback.value, weight: weights.humanFeedback,
                samples: feedback.samples, flags: feedback.flags),
            ReliabilityComponent(
                factor: .successHistory, value: history.value, weight: weights.successHistory,
                samples: history.samples, flags: history.flags),
            pattern,
        ])
    }
}
