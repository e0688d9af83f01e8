/// One piece of human feedback on a past fix, validated on creation.
///
/// Only `kind`, `rating` and `timestamp` enter the score; the other fields are
/// carried so that a feedback record keeps everything the operator said.
/// JSON uses snake_case keys (`feedback_type`, `was_helpful`, `time_to_resolve_seconds`, …).
public struct FeedbackRecord: Sendable, Hashable {
    /// Positive, negative or neutral.
    public let kind: FeedbackKind
    /// Optional star rating, 1…5.
    public let rating: Int?
    /// Whether the proposed fix was helpful.
    public let wasHelpful: Bool?
    /// Whether the diagnosis / resolution was accurate.
    public let resolutionAccurate: Bool?
    /// Whether the proposed actions worked when run.
    public let actionsWorked: Bool?
    /// Free-text comment.
    public let comment: String?
    /// What worked, in the operator's words.
    public let whatWorked: String?
    /// What did not work, in the operator's words.
    public let whatDidNotWork: String?
    /// Suggestions for next time.
    public let suggestions: String?
    /// The resolution that was actually applied.
    public let actualResolution: String?
    /// The actions that were actually taken.
    public let actionsTaken: [String]
    /// Time to resolve, in seconds (finite, not negative).
    public let timeToResolve: Double?
    /// When the feedback was given, in seconds since 1970-01-01T00:00:00Z (UTC).
    public let timestamp: Double

    /// Creates a record, rejecting a rating outside 1…5, a negative or non-finite
    /// time to resolve, and a non-finite or negative timestamp.
    ///
    /// A timestamp in the future can only be detected against a clock, so the
    /// scorer checks that (`ReliabilityScorer.score(_:now:)`).
    public init(
        kind: FeedbackKind,
        rating: Int? = nil,
        wasHelpful: Bool? = nil,
        resolutionAccurate: Bool? = nil,
        actionsWorked: Bool? = nil,
        comment: String? = nil,
        whatWorked: String? = nil,
        whatDidNotWork: String? = nil,
        suggestions: String? = nil,
        actualResolution: String? = nil,
        actionsTaken: [String] = [],
        timeToResolve: Double? = nil,
        timestamp: Double
    ) throws(ReliabilityError) {
        if let rating, !(1...5).contains(rating) {
            throw ReliabilityError(
                .outOfRange, field: "rating", value: "\(rating)", expectation: "an integer in 1…5")
        }
        if let timeToResolve {
            try Check.number(timeToResolve, in: 0...Double.greatestFiniteMagnitude, field: "timeToResolve")
        }
        try Check.timestamp(timestamp, field: "timestamp")
        self.kind = kind
        self.rating = rating
        self.wasHelpful = wasHelpful
        self.resolutionAccurate = resolutionAccurate
        self.actionsWorked = actionsWorked
        self.comment = comment
        self.whatWorked = whatWorked
        self.whatDidNotWork = whatDidNotWork
        self.suggestions = suggestions
        self.actualResolution = actualResolution
        self.actionsTaken = actionsTaken
        self.timeToResolve = timeToResolve
        self.timestamp = timestamp
    }
}

extension FeedbackRecord: Codable {
    enum CodingKeys: String, CodingKey {
        case kind = "feedback_type"
        case rating
        case wasHelpful = "was_helpful"
        case resolutionAccurate = "resolution_accurate"
        case actionsWorked = "actions_worked"
        case comment
        case whatWorked = "what_worked"
        case whatDidNotWork = "what_did_not_work"
        case suggestions
        case actualResolution = "actual_resolution"
        case actionsTaken = "actions_taken"
        case timeToResolve = "time_to_resolve_seconds"
        case timestamp
    }

    /// Decodes and validates a record; invalid values throw `ReliabilityError`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            kind: c.decode(FeedbackKind.self, forKey: .kind),
            rating: c.decodeIfPresent(Int.self, forKey: .rating),
            wasHelpful: c.decodeIfPresent(Bool.self, forKey: .wasHelpful),
            resolutionAccurate: c.decodeIfPresent(Bool.self, forKey: .resolutionAccurate),
            actionsWorked: c.decodeIfPresent(Bool.self, forKey: .actionsWorked),
            comment: c.decodeIfPresent(String.self, forKey: .comment),
            whatWorked: c.decodeIfPresent(String.self, forKey: .whatWorked),
            whatDidNotWork: c.decodeIfPresent(String.self, forKey: .whatDidNotWork),
            suggestions: c.decodeIfPresent(String.self, forKey: .suggestions),
            actualResolution: c.decodeIfPresent(String.self, forKey: .actualResolution),
            actionsTaken: c.decodeIfPresent([String].self, forKey: .actionsTaken) ?? [],
            timeToResolve: c.decodeIfPresent(Double.self, forKey: .timeToResolve),
            timestamp: c.decode(Double.self, forKey: .timestamp))
    }

    /// Encodes with snake_case keys; absent optionals are omitted.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(rating, forKey: .rating)
        try c.encodeIfPresent(wasHelpful, forKey: .wasHelpful)
        try c.encodeIfPresent(resolutionAccurate, forKey: .resolutionAccurate)
        try c.encodeIfPresent(actionsWorked, forKey: .actionsWorked)
        try c.encodeIfPresent(comment, forKey: .comment)
        try c.encodeIfPresent(whatWorked, forKey: .whatWorked)
        try c.encodeIfPresent(whatDidNotWork, forKey: .whatDidNotWork)
        try c.encodeIfPresent(suggestions, forKey: .suggestions)
        try c.encodeIfPresent(actualResolution, forKey: .actualResolution)
        try c.encode(actionsTaken, forKey: .actionsTaken)
        try c.encodeIfPresent(timeToResolve, forKey: .timeToResolve)
        try c.encode(timestamp, forKey: .timestamp)
    }
}
