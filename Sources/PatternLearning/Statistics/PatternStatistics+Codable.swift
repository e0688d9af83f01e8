extension PatternStatistics: Codable {
    enum CodingKeys: String, CodingKey {
        case occurrences, successes, failures, recurrences
        case positiveFeedback = "positive_feedback"
        case negativeFeedback = "negative_feedback"
        case neutralFeedback = "neutral_feedback"
        case autoRemediationAttempts = "auto_remediation_attempts"
        case autoRemediationSuccesses = "auto_remediation_successes"
        case autoRemediationRecurrences = "auto_remediation_recurrences"
        case firstSeen = "first_seen"
        case lastSeen = "last_seen"
        case confidenceSum = "confidence_sum"
        case confidenceCount = "confidence_count"
        case reliabilitySum = "reliability_sum"
        case reliabilityCount = "reliability_count"
        case pendingFix = "pending_fix"
        case pendingFixWasAutomatic = "pending_fix_was_automatic"
    }

    /// Decodes statistics and rejects impossible ones: negative counts, more
    /// recurrences than successes, more auto-remediation successes than attempts,
    /// means outside their ranges, non-finite or reversed times.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        occurrences = try c.decode(Int.self, forKey: .occurrences)
        successes = try c.decode(Int.self, forKey: .successes)
        failures = try c.decode(Int.self, forKey: .failures)
        recurrences = try c.decode(Int.self, forKey: .recurrences)
        positiveFeedback = try c.decode(Int.self, forKey: .positiveFeedback)
        negativeFeedback = try c.decode(Int.self, forKey: .negativeFeedback)
        neutralFeedback = try c.decode(Int.self, forKey: .neutralFeedback)
        autoRemediationAttempts = try c.decode(Int.self, forKey: .autoRemediationAttempts)
        autoRemediationSuccesses = try c.decode(Int.self, forKey: .autoRemediationSuccesses)
        autoRemediationRecurrences = try c.decode(Int.self, forKey: .autoRemediationRecurrences)
        firstSeen = try c.decodeIfPresent(Double.self, forKey: .firstSeen)
        lastSeen = try c.decodeIfPresent(Double.self, forKey: .lastSeen)
        confidenceSum = try c.decode(Double.self, forKey: .confidenceSum)
        confidenceCount = try c.decode(Int.self, forKey: .confidenceCount)
        reliabilitySum = try c.decode(Double.self, forKey: .reliabilitySum)
        reliabilityCount = try c.decode(Int.self, forKey: .reliabilityCount)
        pendingFix = try c.decodeIfPresent(Double.self, forKey: .pendingFix)
        pendingFixWasAutomatic = try c.decodeIfPresent(Bool.self, forKey: .pendingFixWasAutomatic) ?? false
        try validate()
    }

    /// Encodes every counter and the running sums behind the means.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(occurrences, forKey: .occurrences)
        try c.encode(successes, forKey: .successes)
        try c.encode(failures, forKey: .failures)
        try c.encode(recurrences, forKey: .recurrences)
        try c.encode(positiveFeedback, forKey: .positiveFeedback)
        try c.encode(negativeFeedback, forKey: .negativeFeedback)
        try c.encode(neutralFeedback, forKey: .neutralFeedback)
        try c.encode(autoRemediationAttempts, forKey: .autoRemediationAttempts)
        try c.encode(autoRemediationSuccesses, forKey: .autoRemediationSuccesses)
        try c.encode(autoRemediationRecurrences, forKey: .autoRemediationRecurrences)
        try c.encodeIfPresent(firstSeen, forKey: .firstSeen)
        try c.encodeIfPresent(lastSeen, forKey: .lastSeen)
        try c.encode(confidenceSum, forKey: .confidenceSum)
        try c.encode(confidenceCount, forKey: .confidenceCount)
        try c.encode(reliabilitySum, forKey: .reliabilitySum)
        try c.encode(reliabilityCount, forKey: .reliabilityCount)
        try c.encodeIfPresent(pendingFix, forKey: .pendingFix)
        try c.encode(pendingFixWasAutomatic, forKey: .pendingFixWasAutomatic)
    }

    func validate() throws(PatternLearningError) {
        let counts: [(String, Int)] = [
            ("occurrences", occurrences), ("successes", successes), ("failures", failures),
            ("recurrences", recurrences), ("positive_feedback", positiveFeedback),
            ("negative_feedback", negativeFeedback), ("neutral_feedback", neutralFeedback),
            ("auto_remediation_attempts", autoRemediationAttempts),
            ("auto_remediation_successes", autoRemediationSuccesses),
            ("auto_remediation_recurrences", autoRemediationRecurrences),
            ("confidence_count", confidenceCount), ("reliability_count", reliabilityCount),
        ]
        for (field, value) in counts where value < 0 {
            throw PatternLearningError(.invalidSnapshot, field: field, value: "\(value)", expectation: "a count ≥ 0")
        }
        func require(_ ok: Bool, _ field: String, _ value: Int, _ expectation: String) throws(PatternLearningError) {
            if !ok { throw PatternLearningError(.invalidSnapshot, field: field, value: "\(value)", expectation: expectation) }
        }
        try require(recurrences <= successes, "recurrences", recurrences, "at most successes (\(successes))")
        try require(
            autoRemediationSuccesses <= autoRemediationAttempts, "auto_remediation_successes",
            autoRemediationSuccesses, "at most auto_remediation_attempts (\(autoRemediationAttempts))")
        try require(
            autoRemediationSuccesses <= successes, "auto_remediation_successes", autoRemediationSuccesses,
            "at most successes (\(successes))")
        try require(
            autoRemediationRecurrences <= min(recurrences, autoRemediationSuccesses), "auto_remediation_recurrences",
            autoRemediationRecurrences, "at most recurrences and auto_remediation_successes")
        try require(
            confidenceCount <= occurrences, "confidence_count", confidenceCount, "at most occurrences (\(occurrences))")
        try require(
            reliabilityCount <= occurrences, "reliability_count", reliabilityCount, "at most occurrences (\(occurrences))")
        // Sums of values ≤ 1 (≤ 100) cannot exceed count (100 · count) beyond rounding.
        try Check.number(confidenceSum, in: 0...(Double(confidenceCount) * (1 + 1e-9)), field: "confidence_sum")
        try Check.number(reliabilitySum, in: 0...(100 * Double(reliabilityCount) * (1 + 1e-9)), field: "reliability_sum")
        for (field, t) in [("first_seen", firstSeen), ("last_seen", lastSeen), ("pending_fix", pendingFix)] {
            if let t { try Check.timestamp(t, field: field) }
        }
        if let f = firstSeen, let l = lastSeen, f > l {
            throw PatternLearningError(
                .invalidSnapshot, field: "first_seen", value: "\(f)", expectation: "at or before last_seen (\(l))")
        }
        if (firstSeen == nil) != (lastSeen == nil) {
            throw PatternLearningError(
                .invalidSnapshot, field: "last_seen", value: "\(String(describing: lastSeen))",
                expectation: "present exactly when first_seen is")
        }
    }
}
