/// The band an overall score falls in: very high ≥ 90, high ≥ 75, medium ≥ 60, low below.
///
/// Levels are ordered: `.low < .medium < .high < .veryHigh`.
public enum ConfidenceLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Below 60.
    case low
    /// 60 up to (not including) 75.
    case medium
    /// 75 up to (not including) 90.
    case high
    /// 90 and above.
    case veryHigh = "very_high"

    /// The level of an overall score in 0…100.
    public init(score: Double) {
        if score >= 90 {
            self = .veryHigh
        } else if score >= 75 {
            self = .high
        } else if score >= 60 {
            self = .medium
        } else {
            self = .low
        }
    }

    /// The lowest score that reaches this level.
    public var threshold: Double {
        switch self {
        case .low: 0
        case .medium: 60
        case .high: 75
        case .veryHigh: 90
        }
    }

    /// Orders levels from low to very high.
    public static func < (a: ConfidenceLevel, b: ConfidenceLevel) -> Bool {
        a.threshold < b.threshold
    }
}
