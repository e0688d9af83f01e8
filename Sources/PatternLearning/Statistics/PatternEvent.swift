/// A human's verdict on a fix, as PatternLearning counts it.
public enum PatternFeedback: String, Sendable, Hashable, Codable, CaseIterable {
    /// The fix helped.
    case positive
    /// The fix did not help.
    case negative
    /// Neither; counts as "not positive" in the positive rate.
    case neutral
}

/// Something that happened to a pattern; `PatternStatistics.apply` counts it.
public enum PatternEvent: Sendable, Hashable, Codable {
    /// A new ticket with this signature. `aiConfidence` (0…1) is the proposer's
    /// confidence for it; `reliability` (0…100) its reliability score, when known.
    case occurrence(aiConfidence: Double?, reliability: Double?)
    /// How the ticket ended: resolved or not, and whether the system executed the
    /// fix (with or without a human's approval) — an auto-remediation attempt.
    case outcome(resolved: Bool, autoRemediated: Bool)
    /// A human's feedback on the fix.
    case feedback(PatternFeedback)

    func validate() throws(PatternLearningError) {
        if case .occurrence(let confidence, let reliability) = self {
            if let confidence { try Check.number(confidence, in: 0...1, field: "aiConfidence") }
            if let reliability { try Check.number(reliability, in: 0...100, field: "reliability") }
        }
    }
}
