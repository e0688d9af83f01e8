import ShellAST

extension RemediationPolicy {
    /// The prefix of a policy's canonical encoding.
    static let encodingPrefix = "vigil-remediation-policy-v1\n"

    /// The bytes ``sha256`` is computed over: `vigil-remediation-policy-v1` LF,
    /// then the canonical JSON of every field (defaults written out, absent
    /// optionals omitted, set-like lists sorted). See `Docs/PolicyGuide.md`.
    public var canonicalEncoding: String { Self.encodingPrefix + canonicalJSON.text }

    /// SHA-256 (lower-case hex) of ``canonicalEncoding``; identifies the policy in decisions.
    public var sha256: String { canonicalJSON.sha256(prefix: Self.encodingPrefix) }

    var canonicalJSON: CanonicalJSON {
        var f: [(String, CanonicalJSON)] = [
            ("name", .string(name)), ("category", .string(category)), ("enabled", .bool(enabled)),
            ("min_confidence", .number(minConfidence)), ("min_reliability", .number(minReliability)),
            ("min_similar_tickets", .int(minSimilarTickets)),
            ("min_positive_feedback_rate", .number(minPositiveFeedbackRate)),
            ("allowed_action_types", .strings(allowedActionTypes.sorted().map(\.name))),
            ("forbidden_commands", .strings(PolicyText.byteSorted(forbiddenCommands))),
            ("requires_approval", .bool(requiresApproval)),
            ("auto_approve_threshold", autoApproveThreshold.canonical),
            ("approvers", .strings(PolicyText.byteSorted(approvers))), ("approval_quorum", .int(approvalQuorum)),
            ("approval_ttl_seconds", .int(approvalTTLSeconds)), ("max_actions_per_hour", .int(maxActionsPerHour)),
            ("requires_rollback_plan", .bool(requiresRollbackPlan)), ("requires_backup", .bool(requiresBackup)),
            ("rate_limits", .array(rateLimits.map(\.canonical).sorted { $0.text < $1.text })),
            ("freeze_windows", FreezeWindow.canonical(freezeWindows)),
            ("hints", .object(hints.map { ($0.key, $0.value.canonical) })),
        ]
        if let s = allowedSystems { f.append(("allowed_systems", .strings(PolicyText.byteSorted(s)))) }
        if let s = allowedHoursStart { f.append(("allowed_hours_start", .int(s))) }
        if let e = allowedHoursEnd { f.append(("allowed_hours_end", .int(e))) }
        if let d = allowedDays { f.append(("allowed_days", .strings(d.sorted().map(\.rawValue)))) }
        if let s = suppressionSeconds { f.append(("suppression_seconds", .int(s))) }
        return .object(f)
    }
}

extension PolicySet {
    static let encodingPrefix = "vigil-remediation-policy-set-v1\n"

    /// `vigil-remediation-policy-set-v1` LF, then the canonical JSON of the set
    /// (policies sorted by category, freeze windows by time, rate limits by text).
    public var canonicalEncoding: String { Self.encodingPrefix + canonicalJSON.text }

    /// SHA-256 (lower-case hex) of ``canonicalEncoding``.
    public var sha256: String { canonicalJSON.sha256(prefix: Self.encodingPrefix) }

    var canonicalJSON: CanonicalJSON {
        .object([
            ("version", .int(version)),
            ("policies", .array(policies.sorted { $0.category < $1.category }.map(\.canonicalJSON))),
            ("freeze_windows", FreezeWindow.canonical(freezeWindows)),
            ("rate_limits", .array(rateLimits.map(\.canonical).sorted { $0.text < $1.text })),
        ])
    }
}

extension GlobalSettings {
    var canonicalJSON: CanonicalJSON {
        .object([
            ("enabled", .bool(enabled)), ("max_actions_per_hour", .int(maxActionsPerHour)),
            ("require_approval", .bool(requireApproval)), ("min_reliability", .number(minReliability)),
        ])
    }
}

extension AutoApproveThreshold {
    var canonical: CanonicalJSON {
        switch self {
        case .atLeast(let t): .number(t)
        case .never: .string("never")
        }
    }
}

extension RateLimitRule {
    var canonical: CanonicalJSON {
        .object([
            ("scope", .string(scope.rawValue)), ("limit", .int(limit)), ("window_seconds", .int(windowSeconds)),
            ("counts", .string(counts.rawValue)),
        ])
    }
}

extension FreezeWindow {
    static func canonical(_ windows: [FreezeWindow]) -> CanonicalJSON {
        .array(
            windows.sorted {
                ($0.start, $0.end) != ($1.start, $1.end)
                    ? ($0.start, $0.end) < ($1.start, $1.end) : $0.reason.utf8.lexicographicallyPrecedes($1.reason.utf8)
            }.map {
                .object([
                    ("start", .string(UTCTime($0.start).iso8601)), ("end", .string(UTCTime($0.end).iso8601)),
                    ("reason", .string($0.reason)),
                ])
            })
    }
}

extension HintGuardrails {
    var canonical: CanonicalJSON {
        var f: [(String, CanonicalJSON)] = [("freeze_windows", FreezeWindow.canonical(freezeWindows))]
        if let a = allowedActions { f.append(("allowed_actions", .strings(a))) }
        if let r = restartBudget {
            f.append(("restart_budget", .object([("limit", .int(r.limit)), ("window_seconds", .int(r.windowSeconds))])))
        }
        if let c = cooldownSeconds { f.append(("cooldown_seconds", .int(c))) }
        if let m = maxAttempts { f.append(("max_attempts", .int(m))) }
        return .object(f)
    }
}
