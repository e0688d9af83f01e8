/// Something the reader of a breakdown must know about how a component was computed.
public enum ComponentFlag: String, Sendable, Hashable, Codable, CaseIterable {
    /// The component had no (or too little) evidence and took its documented
    /// conservative value (`InsufficientDataValues`).
    case insufficientData = "insufficient_data"
    /// Feedback existed but none of it carried a rating, so the rating half of the
    /// feedback formula stayed at its floor (rating 1 → 20%).
    case ratingsMissing = "ratings_missing"
}

/// One factor's part of a reliability score.
public struct ReliabilityComponent: Sendable, Hashable {
    /// Which factor this is.
    public let factor: ReliabilityFactor
    /// The factor's value, 0…100.
    public let value: Double
    /// The factor's weight, 0…1.
    public let weight: Double
    /// How many records the value was computed from (1 for AI confidence; 0 or 1
    /// for the pattern match, which arrives as one number).
    public let samples: Int
    /// Notes on how the value was computed, sorted, no duplicates.
    public let flags: [ComponentFlag]

    /// `value · weight`: what this factor adds to the overall score.
    public var contribution: Double { value * weight }

    /// Whether the factor lacked evidence and took its conservative value.
    public var insufficientData: Bool { flags.contains(.insufficientData) }

    init(factor: ReliabilityFactor, value: Double, weight: Double, samples: Int, flags: [ComponentFlag]) {
        self.factor = factor
        self.value = value
        self.weight = weight
        self.samples = samples
        self.flags = flags
    }
}
