/// The share of each factor in the overall score.
///
/// A valid weight set has four finite, non-negative entries that sum to 1
/// within 1e-9. The default is 25 / 30 / 25 / 20 (`standard`).
public struct ReliabilityWeights: Sendable, Hashable {
    /// Weight of the proposer's own confidence (default 0.25).
    public let aiConfidence: Double
    /// Weight of human feedback on past fixes (default 0.30).
    public let humanFeedback: Double
    /// Weight of the success history in the category (default 0.25).
    public let successHistory: Double
    /// Weight of the pattern-match factor (default 0.20).
    public let patternMatch: Double

    /// How far the sum may stray from 1.
    public static let sumTolerance = 1e-9

    /// 25% AI confidence, 30% human feedback, 25% success history, 20% pattern match.
    public static let standard = ReliabilityWeights(
        unchecked: 0.25, humanFeedback: 0.30, successHistory: 0.25, patternMatch: 0.20)

    /// Creates a weight set, rejecting NaN, infinite or negative entries and a sum
    /// that is not 1 within `sumTolerance`.
    public init(
        aiConfidence: Double, humanFeedback: Double, successHistory: Double, patternMatch: Double
    ) throws(ReliabilityError) {
        let entries = [
            ("weights.aiConfidence", aiConfidence), ("weights.humanFeedback", humanFeedback),
            ("weights.successHistory", successHistory), ("weights.patternMatch", patternMatch),
        ]
        for (field, value) in entries {
            try Check.number(value, in: 0...1, field: field)
        }
        let sum = aiConfidence + humanFeedback + successHistory + patternMatch
        guard abs(sum - 1) <= Self.sumTolerance else {
            throw ReliabilityError(
                .invalidWeights, field: "weights", value: "sum \(sum)",
                expectation: "weights that sum to 1 (within \(Self.sumTolerance))")
        }
        self.init(
            unchecked: aiConfidence, humanFeedback: humanFeedback,
            successHistory: successHistory, patternMatch: patternMatch)
    }

    init(unchecked aiConfidence: Double, humanFeedback: Double, successHistory: Double, patternMatch: Double) {
        self.aiConfidence = aiConfidence
        self.humanFeedback = humanFeedback
        self.successHistory = successHistory
        self.patternMatch = patternMatch
    }

    /// The weight of one factor.
    public subscript(factor: ReliabilityFactor) -> Double {
        switch factor {
        case .aiConfidence: aiConfidence
        case .humanFeedback: humanFeedback
        case .successHistory: successHistory
        case .patternMatch: patternMatch
        }
    }
}

extension ReliabilityWeights: Codable {
    enum CodingKeys: String, CodingKey {
        case aiConfidence = "ai_confidence"
        case humanFeedback = "human_validation"
        case successHistory = "success_history"
        case patternMatch = "pattern_recognition"
    }

    /// Decodes and validates a weight set.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            aiConfidence: c.decode(Double.self, forKey: .aiConfidence),
            humanFeedback: c.decode(Double.self, forKey: .humanFeedback),
            successHistory: c.decode(Double.self, forKey: .successHistory),
            patternMatch: c.decode(Double.self, forKey: .patternMatch))
    }

    /// Encodes with the breakdown's factor names as keys.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(aiConfidence, forKey: .aiConfidence)
        try c.encode(humanFeedback, forKey: .humanFeedback)
        try c.encode(successHistory, forKey: .successHistory)
        try c.encode(patternMatch, forKey: .patternMatch)
    }
}
