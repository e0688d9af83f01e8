/// The figures a pattern must reach before its fix may run without a human.
///
/// Defaults (`standard`): at least 5 occurrences, positive feedback ≥ 85%, mean
/// reliability ≥ 85, auto-remediation success ≥ 85%; the "very high" tier
/// additionally needs ≥ 20 occurrences and an overall success rate ≥ 90%.
/// Rates are fractions in 0…1; reliability is on the scorer's 0…100 scale.
public struct EligibilityThresholds: Sendable, Hashable {
    /// Fewest occurrences (default 5).
    public let minOccurrences: Int
    /// Lowest positive share of feedback, 0…1 (default 0.85).
    public let minPositiveFeedbackRate: Double
    /// Lowest mean reliability score, 0…100 (default 85).
    public let minMeanReliability: Double
    /// Lowest auto-remediation success rate after recurrences, 0…1 (default 0.85).
    public let minAutoRemediationSuccessRate: Double
    /// Fewest occurrences for the very-high tier (default 20).
    public let veryHighMinOccurrences: Int
    /// Lowest success rate after recurrences for the very-high tier, 0…1 (default 0.90).
    public let veryHighMinSuccessRate: Double

    /// 5 occurrences, 85% positive, reliability 85, 85% auto-remediation success;
    /// very high at 20 occurrences and 90% success.
    public static let standard = EligibilityThresholds(
        unchecked: 5, minPositiveFeedbackRate: 0.85, minMeanReliability: 85, minAutoRemediationSuccessRate: 0.85,
        veryHighMinOccurrences: 20, veryHighMinSuccessRate: 0.90)

    /// Creates thresholds; counts must be ≥ 1, rates finite in 0…1, reliability finite in 0…100.
    public init(
        minOccurrences: Int = 5,
        minPositiveFeedbackRate: Double = 0.85,
        minMeanReliability: Double = 85,
        minAutoRemediationSuccessRate: Double = 0.85,
        veryHighMinOccurrences: Int = 20,
        veryHighMinSuccessRate: Double = 0.90
    ) throws(PatternLearningError) {
        try Check.count(minOccurrences, atLeast: 1, field: "minOccurrences")
        try Check.number(minPositiveFeedbackRate, in: 0...1, field: "minPositiveFeedbackRate")
        try Check.number(minMeanReliability, in: 0...100, field: "minMeanReliability")
        try Check.number(minAutoRemediationSuccessRate, in: 0...1, field: "minAutoRemediationSuccessRate")
        try Check.count(veryHighMinOccurrences, atLeast: 1, field: "veryHighMinOccurrences")
        try Check.number(veryHighMinSuccessRate, in: 0...1, field: "veryHighMinSuccessRate")
        self.init(
            unchecked: minOccurrences, minPositiveFeedbackRate: minPositiveFeedbackRate,
            minMeanReliability: minMeanReliability, minAutoRemediationSuccessRate: minAutoRemediationSuccessRate,
            veryHighMinOccurrences: veryHighMinOccurrences, veryHighMinSuccessRate: veryHighMinSuccessRate)
    }

    init(
        unchecked minOccurrences: Int, minPositiveFeedbackRate: Double, minMeanReliability: Double,
        minAutoRemediationSuccessRate: Double, veryHighMinOccurrences: Int, veryHighMinSuccessRate: Double
    ) {
        self.minOccurrences = minOccurrences
        self.minPositiveFeedbackRate = minPositiveFeedbackRate
        self.minMeanReliability = minMeanReliability
        self.minAutoRemediationSuccessRate = minAutoRemediationSuccessRate
        self.veryHighMinOccurrences = veryHighMinOccurrences
        self.veryHighMinSuccessRate = veryHighMinSuccessRate
    }

    /// Judges `statistics` against every threshold.
    ///
    /// Missing figures (no feedback, no reliability, no auto-remediation attempts)
    /// fail their check: autonomy is earned by evidence, never assumed.
    public func evaluate(_ statistics: PatternStatistics) -> Eligibility {
        let s = statistics
        let checks = [
            EligibilityCheck(
                .occurrences, actual: Double(s.occurrences), required: Double(minOccurrences)),
            EligibilityCheck(.positiveFeedbackRate, actual: s.positiveFeedbackRate, required: minPositiveFeedbackRate),
            EligibilityCheck(.meanReliability, actual: s.meanReliability, required: minMeanReliability),
            EligibilityCheck(
                .autoRemediationSuccessRate, actual: s.autoRemediationSuccessRate,
                required: minAutoRemediationSuccessRate),
            EligibilityCheck(
                .veryHighOccurrences, actual: Double(s.occurrences), required: Double(veryHighMinOccurrences)),
            EligibilityCheck(.veryHighSuccessRate, actual: s.successRate, required: veryHighMinSuccessRate),
        ]
        return Eligibility(checks: checks)
    }
}

extension EligibilityThresholds: Codable {
    enum CodingKeys: String, CodingKey {
        case minOccurrences = "min_occurrences"
        case minPositiveFeedbackRate = "min_positive_feedback_rate"
        case minMeanReliability = "min_mean_reliability"
        case minAutoRemediationSuccessRate = "min_auto_remediation_success_rate"
        case veryHighMinOccurrences = "very_high_min_occurrences"
        case veryHighMinSuccessRate = "very_high_min_success_rate"
    }

    /// Decodes and validates thresholds; absent keys take their defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = EligibilityThresholds.standard
        try self.init(
            minOccurrences: c.decodeIfPresent(Int.self, forKey: .minOccurrences) ?? d.minOccurrences,
            minPositiveFeedbackRate: c.decodeIfPresent(Double.self, forKey: .minPositiveFeedbackRate)
                ?? d.minPositiveFeedbackRate,
            minMeanReliability: c.decodeIfPresent(Double.self, forKey: .minMeanReliability) ?? d.minMeanReliability,
            minAutoRemediationSuccessRate: c.decodeIfPresent(Double.self, forKey: .minAutoRemediationSuccessRate)
                ?? d.minAutoRemediationSuccessRate,
            veryHighMinOccurrences: c.decodeIfPresent(Int.self, forKey: .veryHighMinOccurrences)
                ?? d.veryHighMinOccurrences,
            veryHighMinSuccessRate: c.decodeIfPresent(Double.self, forKey: .veryHighMinSuccessRate)
                ?? d.veryHighMinSuccessRate)
    }

    /// Encodes every threshold with snake_case keys.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(minOccurrences, forKey: .minOccurrences)
        try c.encode(minPositiveFeedbackRate, forKey: .minPositiveFeedbackRate)
        try c.encode(minMeanReliability, forKey: .minMeanReliability)
        try c.encode(minAutoRemediationSuccessRate, forKey: .minAutoRemediationSuccessRate)
        try c.encode(veryHighMinOccurrences, forKey: .veryHighMinOccurrences)
        try c.encode(veryHighMinSuccessRate, forKey: .veryHighMinSuccessRate)
    }
}
