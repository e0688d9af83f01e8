/// One of the four factors of the reliability score.
///
/// The raw values are the keys of the JSON `breakdown` object.
public enum ReliabilityFactor: String, Sendable, Hashable, Codable, CaseIterable {
    /// The proposer's own confidence.
    case aiConfidence = "ai_confidence"
    /// Recency-weighted human feedback on past fixes.
    case humanFeedback = "human_validation"
    /// Resolved / total in the same category over the history window.
    case successHistory = "success_history"
    /// Closeness to resolved patterns already seen (from PatternLearning).
    case patternMatch = "pattern_recognition"
}
