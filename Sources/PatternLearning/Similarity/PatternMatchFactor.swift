/// Settings for the pattern-match factor.
public struct PatternMatchConfiguration: Sendable, Hashable {
    /// Fewest resolved tickets (after recurrences) across similar patterns before
    /// the factor counts at all (default 3).
    public let minimumResolvedTickets: Int
    /// Patterns less similar than this are ignored, 0…1 (default 0.5).
    public let minimumSimilarity: Double
    /// How far net positive feedback may lift the factor toward 1, 0…1 (default 0.25).
    public let feedbackBoost: Double
    /// How many similar patterns to consider (default 10).
    public let candidates: Int

    /// 3 resolved tickets, similarity ≥ 0.5, boost 0.25, 10 candidates.
    public static let standard = PatternMatchConfiguration(
        unchecked: 3, minimumSimilarity: 0.5, feedbackBoost: 0.25, candidates: 10)

    /// Creates a configuration; counts ≥ 1, fractions finite in 0…1.
    public init(
        minimumResolvedTickets: Int = 3, minimumSimilarity: Double = 0.5, feedbackBoost: Double = 0.25,
        candidates: Int = 10
    ) throws(PatternLearningError) {
        try Check.count(minimumResolvedTickets, atLeast: 1, field: "minimumResolvedTickets")
        try Check.number(minimumSimilarity, in: 0...1, field: "minimumSimilarity")
        try Check.number(feedbackBoost, in: 0...1, field: "feedbackBoost")
        guard (1...SimilarityIndex.maxLimit).contains(candidates) else {
            throw PatternLearningError(
                .outOfRange, field: "candidates", value: "\(candidates)",
                expectation: "an integer in 1…\(SimilarityIndex.maxLimit)")
        }
        self.init(
            unchecked: minimumResolvedTickets, minimumSimilarity: minimumSimilarity, feedbackBoost: feedbackBoost,
            candidates: candidates)
    }

    init(unchecked minimumResolvedTickets: Int, minimumSimilarity: Double, feedbackBoost: Double, candidates: Int) {
        self.minimumResolvedTickets = minimumResolvedTickets
        self.minimumSimilarity = minimumSimilarity
        self.feedbackBoost = feedbackBoost
        self.candidates = candidates
    }
}

/// The pattern-match factor for Reliability: how well fixes for similar
/// patterns have gone, 0…1, or `nil` without enough evidence.
///
/// Over the similar patterns with similarity ≥ `minimumSimilarity` (less 1e-9
/// for rounding):
///
///     resolved = Σ effectiveSuccesses            (must be ≥ minimumResolvedTickets)
///     base     = Σ similarity · effectiveSuccesses / Σ outcomes
///     net      = max(0, (Σ positive − Σ negative) / Σ feedback)   (0 without feedback)
///     value    = base + feedbackBoost · net · (1 − base)
///
/// `base` is a success rate in which each resolved ticket counts as much as its
/// pattern resembles this one; positive feedback lifts it part of the way to 1,
/// negative feedback cancels that lift. Pass `value` to
/// `ReliabilityInput(patternMatch:)`: `nil` there means "insufficient data".
public struct PatternMatchFactor: Sendable, Hashable {
    /// The factor, 0…1, or `nil` when fewer than `minimumResolvedTickets` similar
    /// resolved tickets exist.
    public let value: Double?
    /// Resolved tickets (after recurrences) across the similar patterns counted.
    public let resolvedTickets: Int
    /// Similar patterns counted (similarity ≥ the minimum).
    public let patterns: Int
    /// The similarity-weighted success rate before the feedback boost, 0…1.
    public let base: Double
    /// The net positive feedback share used for the boost, 0…1.
    public let netPositiveFeedback: Double

    /// Computes the factor from similar patterns (as returned by `PatternStore.similar`).
    public init(similar: [SimilarPattern], configuration: PatternMatchConfiguration = .standard) {
        var resolved = 0
        var outcomes = 0
        var weighted = 0.0
        var positive = 0
        var negative = 0
        var feedback = 0
        var counted = 0
        // 1e-9 of slack: a similarity of exactly ½ may compute as 0.49999999999999994.
        for p in similar where p.similarity + 1e-9 >= configuration.minimumSimilarity {
            let s = p.statistics
            counted += 1
            resolved += s.effectiveSuccesses
            outcomes += s.outcomes
            weighted += p.similarity * Double(s.effectiveSuccesses)
            positive += s.positiveFeedback
            negative += s.negativeFeedback
            feedback += s.feedbackCount
        }
        let base = outcomes == 0 ? 0 : min(1, max(0, weighted / Double(outcomes)))
        let net = feedback == 0 ? 0 : max(0, Double(positive - negative) / Double(feedback))
        self.resolvedTickets = resolved
        self.patterns = counted
        self.base = base
        self.netPositiveFeedback = net
        self.value = resolved >= configuration.minimumResolvedTickets
            ? min(1, base + configuration.feedbackBoost * net * (1 - base)) : nil
    }
}

extension PatternMatchConfiguration: Codable {
    enum CodingKeys: String, CodingKey {
        case minimumResolvedTickets = "minimum_resolved_tickets"
        case minimumSimilarity = "minimum_similarity"
        case feedbackBoost = "feedback_boost"
        case candidates
    }

    /// Decodes and validates a configuration; absent keys take their defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = PatternMatchConfiguration.standard
        try self.init(
            minimumResolvedTickets: c.decodeIfPresent(Int.self, forKey: .minimumResolvedTickets)
                ?? d.minimumResolvedTickets,
            minimumSimilarity: c.decodeIfPresent(Double.self, forKey: .minimumSimilarity) ?? d.minimumSimilarity,
            feedbackBoost: c.decodeIfPresent(Double.self, forKey: .feedbackBoost) ?? d.feedbackBoost,
            candidates: c.decodeIfPresent(Int.self, forKey: .candidates) ?? d.candidates)
    }

    /// Encodes every setting with snake_case keys.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(minimumResolvedTickets, forKey: .minimumResolvedTickets)
        try c.encode(minimumSimilarity, forKey: .minimumSimilarity)
        try c.encode(feedbackBoost, forKey: .feedbackBoost)
        try c.encode(candidates, forKey: .candidates)
    }
}

extension PatternMatchFactor: Codable {
    enum CodingKeys: String, CodingKey {
        case value
        case resolvedTickets = "resolved_tickets"
        case patterns, base
        case netPositiveFeedback = "net_positive_feedback"
    }

    /// Decodes a factor, checking that every fraction is in 0…1 and counts are ≥ 0.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        value = try c.decodeIfPresent(Double.self, forKey: .value)
        resolvedTickets = try c.decode(Int.self, forKey: .resolvedTickets)
        patterns = try c.decode(Int.self, forKey: .patterns)
        base = try c.decode(Double.self, forKey: .base)
        netPositiveFeedback = try c.decode(Double.self, forKey: .netPositiveFeedback)
        if let value { try Check.number(value, in: 0...1, field: "value") }
        try Check.number(base, in: 0...1, field: "base")
        try Check.number(netPositiveFeedback, in: 0...1, field: "net_positive_feedback")
        try Check.count(resolvedTickets, atLeast: 0, field: "resolved_tickets")
        try Check.count(patterns, atLeast: 0, field: "patterns")
    }

    /// Encodes the factor (`value` omitted when there is too little evidence).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(value, forKey: .value)
        try c.encode(resolvedTickets, forKey: .resolvedTickets)
        try c.encode(patterns, forKey: .patterns)
        try c.encode(base, forKey: .base)
        try c.encode(netPositiveFeedback, forKey: .netPositiveFeedback)
    }
}
