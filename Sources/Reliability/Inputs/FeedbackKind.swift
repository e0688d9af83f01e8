/// A human's verdict on a past fix.
public enum FeedbackKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The fix helped.
    case positive
    /// The fix did not help or made things worse.
    case negative
    /// Neither; counts as "not positive" in the positive rate.
    case neutral
}
