extension EligibilityThresholds {
    /// The environment variable that sets `minOccurrences` (an integer ≥ 1).
    public static let minOccurrencesVariable = "PATTERN_MIN_OCCURRENCES"
    /// The environment variable that sets `minPositiveFeedbackRate` (a decimal
    /// fraction in 0…1, e.g. `0.85`).
    public static let minPositiveRateVariable = "PATTERN_MIN_POSITIVE_RATE"

    /// Thresholds from `base`, overridden by `PATTERN_MIN_OCCURRENCES` and
    /// `PATTERN_MIN_POSITIVE_RATE` when present in `environment`.
    ///
    /// Pass the process environment (e.g. `ProcessInfo.processInfo.environment`);
    /// taking a dictionary keeps this testable and free of Foundation.
    ///
    /// - Throws: `.invalidEnvironment` naming the variable for a value that is
    ///   empty, not a plain number (`12`, `0.9`; no signs, exponents, `nan`, `%`),
    ///   or out of range (occurrences < 1, rate outside 0…1 — write 85% as `0.85`).
    public init(environment: [String: String], base: EligibilityThresholds = .standard) throws(PatternLearningError) {
        var minOccurrences = base.minOccurrences
        var minPositive = base.minPositiveFeedbackRate
        if let text = environment[Self.minOccurrencesVariable] {
            guard Self.isPlainNumber(text, allowFraction: false), let n = Int(text), n >= 1 else {
                throw PatternLearningError(
                    .invalidEnvironment, field: Self.minOccurrencesVariable, value: "\"\(text)\"",
                    expectation: "a whole number ≥ 1, e.g. 5")
            }
            minOccurrences = n
        }
        if let text = environment[Self.minPositiveRateVariable] {
            guard Self.isPlainNumber(text, allowFraction: true), let r = Double(text), r.isFinite, (0...1).contains(r)
            else {
                throw PatternLearningError(
                    .invalidEnvironment, field: Self.minPositiveRateVariable, value: "\"\(text)\"",
                    expectation: "a fraction in 0…1, e.g. 0.85")
            }
            minPositive = r
        }
        try self.init(
            minOccurrences: minOccurrences, minPositiveFeedbackRate: minPositive,
            minMeanReliability: base.minMeanReliability,
            minAutoRemediationSuccessRate: base.minAutoRemediationSuccessRate,
            veryHighMinOccurrences: base.veryHighMinOccurrences, veryHighMinSuccessRate: base.veryHighMinSuccessRate)
    }

    /// Digits, optionally one '.' followed by digits; at most 18 digits.
    static func isPlainNumber(_ text: String, allowFraction: Bool) -> Bool {
        var digits = 0
        var dots = 0
        var lastWasDot = false
        for b in text.utf8 {
            if b >= 0x30 && b <= 0x39 {
                digits += 1
                lastWasDot = false
            } else if b == UInt8(ascii: "."), allowFraction, digits > 0, dots == 0 {
                dots += 1
                lastWasDot = true
            } else {
                return false
            }
        }
        return digits > 0 && digits <= 18 && !lastWasDot
    }
}
