/// How much autonomy a pattern has earned.
public enum EligibilityTier: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Some threshold is not met: a human decides.
    case notEligible = "not_eligible"
    /// Every threshold is met: the fix may run automatically.
    case eligible
    /// Eligible, and with the very-high tier's occurrences and success rate.
    case veryHigh = "very_high"

    var rank: Int {
        switch self {
        case .notEligible: 0
        case .eligible: 1
        case .veryHigh: 2
        }
    }

    /// Orders tiers from not eligible to very high.
    public static func < (a: EligibilityTier, b: EligibilityTier) -> Bool { a.rank < b.rank }
}

/// A figure that eligibility depends on.
public enum EligibilityCriterion: String, Sendable, Hashable, Codable, CaseIterable {
    /// Occurrences ≥ `minOccurrences`.
    case occurrences
    /// Positive feedback rate ≥ `minPositiveFeedbackRate`.
    case positiveFeedbackRate = "positive_feedback_rate"
    /// Mean reliability ≥ `minMeanReliability`.
    case meanReliability = "mean_reliability"
    /// Auto-remediation success rate (after recurrences) ≥ `minAutoRemediationSuccessRate`.
    case autoRemediationSuccessRate = "auto_remediation_success_rate"
    /// Very-high tier: occurrences ≥ `veryHighMinOccurrences`.
    case veryHighOccurrences = "very_high_occurrences"
    /// Very-high tier: success rate (after recurrences) ≥ `veryHighMinSuccessRate`.
    case veryHighSuccessRate = "very_high_success_rate"

    /// Whether the criterion gates basic eligibility (the other two gate the very-high tier).
    public var isBasic: Bool {
        switch self {
        case .occurrences, .positiveFeedbackRate, .meanReliability, .autoRemediationSuccessRate: true
        case .veryHighOccurrences, .veryHighSuccessRate: false
        }
    }
}

/// One criterion judged: the pattern's figure, the threshold, and whether it is met.
public struct EligibilityCheck: Sendable, Hashable, CustomStringConvertible {
    /// What was checked.
    public let criterion: EligibilityCriterion
    /// The pattern's figure, or `nil` when there is no data for it (which fails).
    public let actual: Double?
    /// The threshold.
    public let required: Double
    /// `actual ≥ required` (false without data).
    public let met: Bool

    init(_ criterion: EligibilityCriterion, actual: Double?, required: Double) {
        self.criterion = criterion
        self.actual = actual
        self.required = required
        self.met = actual.map { $0 >= required } ?? false
    }

    /// A reason in words, e.g. `positive_feedback_rate 0.8 below 0.85`.
    public var description: String {
        guard let actual else { return "\(criterion.rawValue): no data (needs ≥ \(required))" }
        return met
            ? "\(criterion.rawValue) \(actual) meets \(required)"
            : "\(criterion.rawValue) \(actual) below \(required)"
    }
}

/// The verdict on a pattern's autonomy, with every check behind it.
public struct Eligibility: Sendable, Hashable {
    /// The tier earned.
    public let tier: EligibilityTier
    /// Every criterion, met or not, in `EligibilityCriterion.allCases` order.
    public let checks: [EligibilityCheck]

    init(checks: [EligibilityCheck]) {
        self.checks = checks
        let basic = checks.filter(\.criterion.isBasic).allSatisfy(\.met)
        let veryHigh = basic && checks.allSatisfy(\.met)
        self.tier = veryHigh ? .veryHigh : basic ? .eligible : .notEligible
    }

    /// Whether the fix may run automatically (tier eligible or very high).
    public var isEligible: Bool { tier >= .eligible }

    /// The checks that keep the pattern below the next tier, in words.
    public var reasons: [String] {
        switch tier {
        case .notEligible: checks.filter { $0.criterion.isBasic && !$0.met }.map(\.description)
        case .eligible: checks.filter { !$0.met }.map(\.description)
        case .veryHigh: []
        }
    }
}

extension EligibilityCheck: Codable {
    enum CodingKeys: String, CodingKey {
        case criterion, actual, required, met
    }

    /// Decodes a check and rejects a `met` that contradicts `actual` and `required`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            try c.decode(EligibilityCriterion.self, forKey: .criterion),
            actual: try c.decodeIfPresent(Double.self, forKey: .actual),
            required: try c.decode(Double.self, forKey: .required))
        let stored = try c.decode(Bool.self, forKey: .met)
        guard stored == met else {
            throw PatternLearningError(
                .invalidSnapshot, field: "checks.\(criterion.rawValue).met", value: "\(stored)",
                expectation: "\(met) for actual \(String(describing: actual)) and required \(required)")
        }
    }

    /// Encodes criterion, actual (omitted without data), required and met.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(criterion, forKey: .criterion)
        try c.encodeIfPresent(actual, forKey: .actual)
        try c.encode(required, forKey: .required)
        try c.encode(met, forKey: .met)
    }
}

extension Eligibility: Codable {
    enum CodingKeys: String, CodingKey {
        case tier, checks, reasons
    }

    /// Decodes the checks and rejects a `tier` that they do not produce.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(checks: try c.decode([EligibilityCheck].self, forKey: .checks))
        let stored = try c.decode(EligibilityTier.self, forKey: .tier)
        guard stored == tier else {
            throw PatternLearningError(
                .invalidSnapshot, field: "tier", value: stored.rawValue,
                expectation: "the tier the checks give, \(tier.rawValue)")
        }
    }

    /// Encodes the tier, the checks and the reasons in words.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(tier, forKey: .tier)
        try c.encode(checks, forKey: .checks)
        try c.encode(reasons, forKey: .reasons)
    }
}
