/// What a factor contributes (0…100) when there is no evidence for it.
///
/// Missing data is never rounded up: each default is the lowest value that real
/// evidence could produce, so having no evidence never beats having bad evidence.
public struct InsufficientDataValues: Sendable, Hashable {
    /// Human feedback with no feedback records (default 10: what all-negative,
    /// rating-1 feedback scores, `(0 + 1/5·100) / 2`).
    public let humanFeedback: Double
    /// Success history with no outcomes in the window (default 0: all failed).
    public let successHistory: Double
    /// Pattern match when PatternLearning reports too little evidence (default 0).
    public let patternMatch: Double

    /// 10 / 0 / 0: the floor of each factor's range.
    public static let standard = InsufficientDataValues(unchecked: 10, successHistory: 0, patternMatch: 0)

    /// Creates a set of placeholder values, each a finite number in 0…100.
    public init(humanFeedback: Double, successHistory: Double, patternMatch: Double) throws(ReliabilityError) {
        try Check.number(humanFeedback, in: 0...100, field: "insufficientData.humanFeedback")
        try Check.number(successHistory, in: 0...100, field: "insufficientData.successHistory")
        try Check.number(patternMatch, in: 0...100, field: "insufficientData.patternMatch")
        self.init(unchecked: humanFeedback, successHistory: successHistory, patternMatch: patternMatch)
    }

    init(unchecked humanFeedback: Double, successHistory: Double, patternMatch: Double) {
        self.humanFeedback = humanFeedback
        self.successHistory = successHistory
        self.patternMatch = patternMatch
    }
}

extension InsufficientDataValues: Codable {
    enum CodingKeys: String, CodingKey {
        case humanFeedback = "human_validation"
        case successHistory = "success_history"
        case patternMatch = "pattern_recognition"
    }

    /// Decodes and validates the values.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            humanFeedback: c.decode(Double.self, forKey: .humanFeedback),
            successHistory: c.decode(Double.self, forKey: .successHistory),
            patternMatch: c.decode(Double.self, forKey: .patternMatch))
    }

    /// Encodes with the breakdown's factor names as keys.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(humanFeedback, forKey: .humanFeedback)
        try c.encode(successHistory, forKey: .successHistory)
        try c.encode(patternMatch, forKey: .patternMatch)
    }
}
