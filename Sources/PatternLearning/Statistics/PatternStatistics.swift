/// Counts and means for one pattern, updated by `apply(_:at:recurrenceWindow:)`.
///
/// **Recurrence.** When a ticket of the pattern comes back within the recurrence
/// window after a resolved outcome, that "successful" fix did not hold: the
/// recurrence is counted, and the rates below treat that success as a failure
/// (`effectiveSuccesses = successes − recurrences`). Each fix is counted against
/// at most once. If the fix was an auto-remediation, the auto-remediation success
/// rate is charged too.
///
/// Times are seconds since 1970-01-01T00:00:00Z (UTC).
public struct PatternStatistics: Sendable, Hashable {
    /// Tickets seen with this signature.
    public internal(set) var occurrences = 0
    /// Outcomes that were resolved (before recurrences are charged).
    public internal(set) var successes = 0
    /// Outcomes that were not resolved.
    public internal(set) var failures = 0
    /// Resolved fixes after which the problem came back within the window.
    public internal(set) var recurrences = 0
    /// Positive feedback received.
    public internal(set) var positiveFeedback = 0
    /// Negative feedback received.
    public internal(set) var negativeFeedback = 0
    /// Neutral feedback received.
    public internal(set) var neutralFeedback = 0
    /// Outcomes where the system executed the fix.
    public internal(set) var autoRemediationAttempts = 0
    /// Auto-remediation attempts that resolved the ticket (before recurrences).
    public internal(set) var autoRemediationSuccesses = 0
    /// Recurrences that followed an auto-remediated fix.
    public internal(set) var autoRemediationRecurrences = 0
    /// When the pattern was first seen (`nil` before any event).
    public internal(set) var firstSeen: Double?
    /// When the pattern was last seen (`nil` before any event).
    public internal(set) var lastSeen: Double?

    var confidenceSum = 0.0
    var confidenceCount = 0
    var reliabilitySum = 0.0
    var reliabilityCount = 0
    /// The last resolved outcome not yet charged or outlived, and whether it was automatic.
    var pendingFix: Double?
    var pendingFixWasAutomatic = false

    /// Empty statistics.
    public init() {}

    /// Mean AI confidence (0…1) over occurrences that reported one.
    public var meanConfidence: Double? { confidenceCount == 0 ? nil : confidenceSum / Double(confidenceCount) }
    /// Mean reliability score (0…100) over occurrences that reported one.
    public var meanReliability: Double? { reliabilityCount == 0 ? nil : reliabilitySum / Double(reliabilityCount) }
    /// Successes minus the ones that recurred.
    public var effectiveSuccesses: Int { successes - recurrences }
    /// Failures plus recurrences.
    public var effectiveFailures: Int { failures + recurrences }
    /// All outcomes recorded.
    public var outcomes: Int { successes + failures }
    /// `effectiveSuccesses / outcomes`, or `nil` without outcomes.
    public var successRate: Double? { outcomes == 0 ? nil : Double(effectiveSuccesses) / Double(outcomes) }
    /// All feedback recorded.
    public var feedbackCount: Int { positiveFeedback + negativeFeedback + neutralFeedback }
    /// Positive share of all feedback (neutral counts as not positive), or `nil` without feedback.
    public var positiveFeedbackRate: Double? {
        feedbackCount == 0 ? nil : Double(positiveFeedback) / Double(feedbackCount)
    }
    /// `(autoRemediationSuccesses − autoRemediationRecurrences) / autoRemediationAttempts`,
    /// or `nil` without attempts.
    public var autoRemediationSuccessRate: Double? {
        autoRemediationAttempts == 0
            ? nil : Double(autoRemediationSuccesses - autoRemediationRecurrences) / Double(autoRemediationAttempts)
    }

    /// Counts `event`, which happened at `time`.
    ///
    /// - Parameter recurrenceWindow: seconds after a resolved outcome within which
    ///   a new occurrence counts as a recurrence (must be positive).
    /// - Throws: `PatternLearningError` for a non-finite or negative time, a
    ///   non-positive window, or an occurrence whose confidence is outside 0…1 or
    ///   reliability outside 0…100. On error nothing changes.
    public mutating func apply(_ event: PatternEvent, at time: Double, recurrenceWindow: Double) throws(PatternLearningError) {
        try Check.timestamp(time, field: "time")
        try Check.positive(recurrenceWindow, field: "recurrenceWindow")
        try event.validate()
        firstSeen = min(firstSeen ?? time, time)
        lastSeen = max(lastSeen ?? time, time)
        switch event {
        case .occurrence(let confidence, let reliability):
            occurrences += 1
            if let confidence {
                confidenceSum += confidence
                confidenceCount += 1
            }
            if let reliability {
                reliabilitySum += reliability
                reliabilityCount += 1
            }
            if let fix = pendingFix, time >= fix {
                if time - fix <= recurrenceWindow {
                    recurrences += 1
                    if pendingFixWasAutomatic { autoRemediationRecurrences += 1 }
                }
                pendingFix = nil  // charged, or it held for the whole window
            }
        case .outcome(let resolved, let automatic):
            if resolved {
                successes += 1
                pendingFix = time
                pendingFixWasAutomatic = automatic
            } else {
                failures += 1
            }
            if automatic {
                autoRemediationAttempts += 1
                if resolved { autoRemediationSuccesses += 1 }
            }
        case .feedback(let verdict):
            switch verdict {
            case .positive: positiveFeedback += 1
            case .negative: negativeFeedback += 1
            case .neutral: neutralFeedback += 1
            }
        }
    }
}
