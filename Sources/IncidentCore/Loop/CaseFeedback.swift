import PatternLearning
import Reliability

/// A person's feedback on how a case was handled: what the loop learns from.
/// Submitting it updates the reliability history of the case's category and
/// the statistics of its pattern, so the next similar case is decided with it.
public struct CaseFeedback: Sendable, Hashable, Codable {
    /// Positive, negative or neutral.
    public var kind: FeedbackKind
    /// Who gave it.
    public var author: String
    /// A rating 1…5, if given.
    public var rating: Int?
    /// Whether the fix worked.
    public var actionsWorked: Bool?
    /// Free text.
    public var comment: String?

    /// Creates feedback.
    public init(kind: FeedbackKind, author: String, rating: Int? = nil, actionsWorked: Bool? = nil, comment: String? = nil) {
        self.kind = kind
        self.author = author
        self.rating = rating
        self.actionsWorked = actionsWorked
        self.comment = comment
    }

    /// The pattern statistics' view of the same feedback.
    var patternFeedback: PatternFeedback {
        switch kind {
        case .positive: .positive
        case .negative: .negative
        case .neutral: .neutral
        }
    }
}
