/// Everything the scorer needs about one proposed fix, validated on creation.
public struct ReliabilityInput: Sendable, Hashable {
    /// The incident category; only outcomes of this category count as history.
    public let category: String
    /// The proposer's own confidence, 0…1.
    public let aiConfidence: Double
    /// Human feedback on past fixes for this kind of incident.
    public let feedback: [FeedbackRecord]
    /// Past outcomes (any category; the scorer keeps this category's, inside the window).
    public let outcomes: [OutcomeRecord]
    /// The pattern-match factor, 0…1, or `nil` when there is not enough pattern
    /// evidence (PatternLearning's `PatternMatchFactor.value`).
    public let patternMatch: Double?

    /// Creates an input, rejecting a confidence or pattern match that is NaN,
    /// infinite or outside 0…1.
    public init(
        category: String,
        aiConfidence: Double,
        feedback: [FeedbackRecord] = [],
        outcomes: [OutcomeRecord] = [],
        patternMatch: Double? = nil
    ) throws(ReliabilityError) {
        try Check.number(aiConfidence, in: 0...1, field: "aiConfidence")
        if let patternMatch {
            try Check.number(patternMatch, in: 0...1, field: "patternMatch")
        }
        self.category = category
        self.aiConfidence = aiConfidence
        self.feedback = feedback
        self.outcomes = outcomes
        self.patternMatch = patternMatch
    }
}

extension ReliabilityInput: Codable {
    enum CodingKeys: String, CodingKey {
        case category
        case aiConfidence = "ai_confidence"
        case feedback, outcomes
        case patternMatch = "pattern_match"
    }

    /// Decodes and validates an input.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            category: c.decode(String.self, forKey: .category),
            aiConfidence: c.decode(Double.self, forKey: .aiConfidence),
            feedback: c.decodeIfPresent([FeedbackRecord].self, forKey: .feedback) ?? [],
            outcomes: c.decodeIfPresent([OutcomeRecord].self, forKey: .outcomes) ?? [],
            patternMatch: c.decodeIfPresent(Double.self, forKey: .patternMatch))
    }

    /// Encodes with snake_case keys.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(category, forKey: .category)
        try c.encode(aiConfidence, forKey: .aiConfidence)
        try c.encode(feedback, forKey: .feedback)
        try c.encode(outcomes, forKey: .outcomes)
        try c.encodeIfPresent(patternMatch, forKey: .patternMatch)
    }
}
