/// The scorer's tunable settings, validated on creation.
///
/// Durations are in seconds.
public struct ReliabilityConfiguration: Sendable, Hashable {
    /// One day, in seconds.
    public static let day: Double = 86_400

    /// The factor weights (default 25 / 30 / 25 / 20).
    public let weights: ReliabilityWeights
    /// Age at which a feedback record weighs half as much as one given now
    /// (default 30 days).
    public let feedbackHalfLife: Double
    /// How far back outcomes count toward success history (default 180 days).
    public let historyWindow: Double
    /// Fewest feedback records for the feedback factor to count as measured
    /// (default 1; below it the factor takes its insufficient-data value).
    public let minimumFeedback: Int
    /// Fewest outcomes in the window for success history to count as measured (default 1).
    public let minimumOutcomes: Int
    /// What a factor contributes when it lacks evidence.
    public let insufficientData: InsufficientDataValues

    /// Default weights, 30-day feedback half-life, 180-day history window,
    /// minimum one record each, and `InsufficientDataValues.standard`.
    public static let standard = ReliabilityConfiguration(
        unchecked: .standard, feedbackHalfLife: 30 * day, historyWindow: 180 * day,
        minimumFeedback: 1, minimumOutcomes: 1, insufficientData: .standard)

    /// Creates a configuration, rejecting a half-life or window that is not a
    /// finite positive number of seconds and a minimum below 1.
    public init(
        weights: ReliabilityWeights = .standard,
        feedbackHalfLife: Double = 30 * day,
        historyWindow: Double = 180 * day,
        minimumFeedback: Int = 1,
        minimumOutcomes: Int = 1,
        insufficientData: InsufficientDataValues = .standard
    ) throws(ReliabilityError) {
        try Check.positive(feedbackHalfLife, field: "feedbackHalfLife")
        try Check.positive(historyWindow, field: "historyWindow")
        for (field, value) in [("minimumFeedback", minimumFeedback), ("minimumOutcomes", minimumOutcomes)]
        where value < 1 {
            throw ReliabilityError(.outOfRange, field: field, value: "\(value)", expectation: "an integer ≥ 1")
        }
        self.init(
            unchecked: weights, feedbackHalfLife: feedbackHalfLife, historyWindow: historyWindow,
            minimumFeedback: minimumFeedback, minimumOutcomes: minimumOutcomes, insufficientData: insufficientData)
    }

    init(
        unchecked weights: ReliabilityWeights, feedbackHalfLife: Double, historyWindow: Double,
        minimumFeedback: Int, minimumOutcomes: Int, insufficientData: InsufficientDataValues
    ) {
        self.weights = weights
        self.feedbackHalfLife = feedbackHalfLife
        self.historyWindow = historyWindow
        self.minimumFeedback = minimumFeedback
        self.minimumOutcomes = minimumOutcomes
        self.insufficientData = insufficientData
    }
}

extension ReliabilityConfiguration: Codable {
    enum CodingKeys: String, CodingKey {
        case weights
        case feedbackHalfLife = "feedback_half_life_seconds"
        case historyWindow = "history_window_seconds"
        case minimumFeedback = "minimum_feedback"
        case minimumOutcomes = "minimum_outcomes"
        case insufficientData = "insufficient_data"
    }

    /// Decodes and validates a configuration; absent keys take their defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = ReliabilityConfiguration.standard
        try self.init(
            weights: c.decodeIfPresent(ReliabilityWeights.self, forKey: .weights) ?? d.weights,
            feedbackHalfLife: c.decodeIfPresent(Double.self, forKey: .feedbackHalfLife) ?? d.feedbackHalfLife,
            historyWindow: c.decodeIfPresent(Double.self, forKey: .historyWindow) ?? d.historyWindow,
            minimumFeedback: c.decodeIfPresent(Int.self, forKey: .minimumFeedback) ?? d.minimumFeedback,
            minimumOutcomes: c.decodeIfPresent(Int.self, forKey: .minimumOutcomes) ?? d.minimumOutcomes,
            insufficientData: c.decodeIfPresent(InsufficientDataValues.self, forKey: .insufficientData)
                ?? d.insufficientData)
    }

    /// Encodes every setting with snake_case keys.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(weights, forKey: .weights)
        try c.encode(feedbackHalfLife, forKey: .feedbackHalfLife)
        try c.encode(historyWindow, forKey: .historyWindow)
        try c.encode(minimumFeedback, forKey: .minimumFeedback)
        try c.encode(minimumOutcomes, forKey: .minimumOutcomes)
        try c.encode(insufficientData, forKey: .insufficientData)
    }
}
