import ShellAST

extension RemediationPolicy {
    /// Checks every field; the error names the first bad one (fields in
    /// declaration order).
    ///
    /// - Throws: ``PolicyError`` with the field's path under `path`.
    public func validate() throws(PolicyError) {
        try validate(FieldPath())
    }

    func validate(_ path: FieldPath) throws(PolicyError) {
        func fail(_ code: PolicyError.Code, _ key: String, _ message: String) -> PolicyError {
            PolicyError(code, field: path.key(key).text, message)
        }
        guard Self.isValidName(name) else {
            throw fail(.invalidValue, "name", "'\(name)' must be 1…128 characters without control characters")
        }
        guard Self.isIdentifier(category) else {
            throw fail(.invalidValue, "category", "'\(category)' must be 1…64 of [a-z0-9._-], starting with a letter or digit")
        }
        try Self.range(minConfidence, 0...1, path.key("min_confidence"))
        try Self.range(minReliability, 0...100, path.key("min_reliability"))
        guard minSimilarTickets >= 0 else { throw fail(.outOfRange, "min_similar_tickets", "\(minSimilarTickets) is below 0") }
        try Self.range(minPositiveFeedbackRate, 0...1, path.key("min_positive_feedback_rate"))
        guard !allowedActionTypes.isEmpty else {
            throw fail(.invalidValue, "allowed_action_types", "empty: nothing could ever run; use enabled: false instead")
        }
        guard Set(allowedActionTypes).count == allowedActionTypes.count else {
            throw fail(.duplicate, "allowed_action_types", "an action type is listed twice")
        }
        if let systems = allowedSystems {
            guard !systems.isEmpty else {
                throw fail(
                    .invalidValue, "allowed_systems", "empty: no system could be touched; omit the key to allow any system")
            }
            for (i, s) in systems.enumerated() where PolicyText.trimmed(s).isEmpty {
                throw PolicyError(.invalidValue, field: path.key("allowed_systems").index(i).text, "empty pattern")
            }
        }
        for (i, f) in forbiddenCommands.enumerated() where CommandWords.split(f).isEmpty {
            throw PolicyError(.invalidValue, field: path.key("forbidden_commands").index(i).text, "empty command")
        }
        try validateWindow(path)
        try validateApproval(path)
        guard maxActionsPerHour >= 1 else {
            throw fail(
                .outOfRange, "max_actions_per_hour", "\(maxActionsPerHour) is below 1; use enabled: false to stop all runs")
        }
        var limits: Set<String> = []
        for (i, r) in rateLimits.enumerated() {
            let p = path.key("rate_limits").index(i)
            try r.validate(p)
            guard limits.insert("\(r.scope) \(r.counts) \(r.windowSeconds)").inserted else {
                throw PolicyError(.duplicate, field: p.text, "another rate limit has the same scope, unit and window")
            }
        }
        if let s = suppressionSeconds, !(1...RateLimitRule.maxWindowSeconds).contains(s) {
            throw fail(.outOfRange, "suppression_seconds", "\(s) is outside 1…\(RateLimitRule.maxWindowSeconds)")
        }
        for (i, w) in freezeWindows.enumerated() { try w.validate(path.key("freeze_windows").index(i)) }
        for hint in hints.keys.sorted() {
            let p = path.key("hints").key(hint)
            guard Self.isIdentifier(hint) else {
                throw PolicyError(.invalidValue, field: p.text, "hint '\(hint)' must be 1…64 of [a-z0-9._-]")
            }
            try hints[hint]!.validate(p)
        }
    }

    private func validateWindow(_ path: FieldPath) throws(PolicyError) {
        switch (allowedHoursStart, allowedHoursEnd) {
        case (nil, nil): break
        case (.some, nil):
            throw PolicyError(
                .inconsistent, field: path.key("allowed_hours_end").text, "missing: give both start and end, or neither")
        case (nil, .some):
            throw PolicyError(
                .inconsistent, field: path.key("allowed_hours_start").text, "missing: give both start and end, or neither")
        case (let s?, let e?):
            guard (0...23).contains(s) else {
                throw PolicyError(.outOfRange, field: path.key("allowed_hours_start").text, "\(s) is outside 0…23")
            }
            guard (0...23).contains(e) else {
                throw PolicyError(.outOfRange, field: path.key("allowed_hours_end").text, "\(e) is outside 0…23")
            }
            guard s != e else {
                throw PolicyError(
                    .inconsistent, field: path.key("allowed_hours_end").text,
                    "start == end (\(s)) is ambiguous; omit both keys to allow every hour")
            }
        }
        if let days = allowedDays {
            guard !days.isEmpty else {
                throw PolicyError(
                    .invalidValue, field: path.key("allowed_days").text, "empty: no day allowed; omit the key for every day")
            }
            guard Set(days).count == days.count else {
                throw PolicyError(.duplicate, field: path.key("allowed_days").text, "a day is listed twice")
            }
        }
    }

    private func validateApproval(_ path: FieldPath) throws(PolicyError) {
        if case .atLeast(let t) = autoApproveThreshold {
            try Self.range(t, 0...100, path.key("auto_approve_threshold"))
            guard t >= minReliability else {
                throw PolicyError(
                    .inconsistent, field: path.key("auto_approve_threshold").text,
                    "\(PolicyText.number(t)) is below min_reliability \(PolicyText.number(minReliability)); it must be ≥ it")
            }
        }
        var seen: Set<String> = []
        for (i, a) in approvers.enumerated() {
            let p = path.key("approvers").index(i)
            guard Self.isValidName(a) else {
                throw PolicyError(.invalidValue, field: p.text, "'\(a)' is not a valid approver name")
            }
            guard seen.insert(a).inserted else { throw PolicyError(.duplicate, field: p.text, "'\(a)' is listed twice") }
        }
        if approvers.isEmpty {
            let why: String? =
                requiresApproval
                ? "requires_approval is true"
                : autoApproveThreshold == .never
                    ? "auto_approve_threshold is never"
                    : allowedActionTypes.contains(.criticalWrite) ? "critical_write actions always need approval" : nil
            if let why {
                throw PolicyError(.inconsistent, field: path.key("approvers").text, "empty, but \(why); name who may approve")
            }
        }
        guard approvalQuorum >= 1, approvalQuorum <= max(1, approvers.count) else {
            throw PolicyError(
                .inconsistent, field: path.key("approval_quorum").text,
                "\(approvalQuorum) must be between 1 and the number of approvers (\(approvers.count))")
        }
        guard (1...604_800).contains(approvalTTLSeconds) else {
            throw PolicyError(
                .outOfRange, field: path.key("approval_ttl_seconds").text, "\(approvalTTLSeconds) is outside 1…604800 (7 days)")
        }
    }

    static func range(_ x: Double, _ r: ClosedRange<Double>, _ path: FieldPath) throws(PolicyError) {
        guard x.isFinite, r.contains(x) else {
            throw PolicyError(
                .outOfRange, field: path.text,
                "\(PolicyText.number(x)) is outside \(PolicyText.number(r.lowerBound))…\(PolicyText.number(r.upperBound))")
        }
    }

    /// 1…64 bytes of `[a-z0-9._-]`, starting with a letter or digit (the pattern
    /// signature's category rule).
    static func isIdentifier(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard (1...64).contains(b.count) else { return false }
        for (i, c) in b.enumerated() {
            let alnum = (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39)
            if !(alnum || (i > 0 && (c == 0x2E || c == 0x5F || c == 0x2D))) { return false }
        }
        return true
    }

    static func isValidName(_ s: String) -> Bool {
        let b = s.utf8
        return (1...128).contains(b.count) && !b.contains { $0 < 0x20 || $0 == 0x7F } && !PolicyText.trimmed(s).isEmpty
    }
}
