import ShellAST

/// What may be remediated automatically for one ticket category, under which
/// thresholds, when, how often and with whose approval.
///
/// Every field of the seed system's auto-remediation policy, plus the PoC's
/// per-hint guardrails, sliding-window rate limits at several scopes, a
/// suppression window after a successful fix, and freeze windows. Codable as
/// JSON with snake_case keys; unknown keys are rejected and every field is
/// validated (see ``PolicyError``). Reference: `Docs/PolicyGuide.md`.
public struct RemediationPolicy: Sendable, Hashable, Codable {
    /// A unique name, e.g. `network-auto-fix`.
    public var name: String
    /// The ticket category it governs (`cache`, `network`…): 1…64 of `[a-z0-9._-]`.
    public var category: String
    /// Whether the policy may authorise anything (default true).
    public var enabled: Bool
    /// The proposer's confidence a plan needs, 0…1.
    public var minConfidence: Double
    /// The reliability score a plan needs, 0…100.
    public var minReliability: Double
    /// How many similar past tickets there must be.
    public var minSimilarTickets: Int
    /// The positive feedback rate the pattern needs, 0…1.
    public var minPositiveFeedbackRate: Double
    /// The action classes plans may contain (`read_only`, `safe_write`, `critical_write`).
    public var allowedActionTypes: [RiskClass]
    /// Glob patterns (`*`, `?`) of the systems plans may act on; absent means any.
    public var allowedSystems: [String]?
    /// Commands (word sequences, case-insensitive) and action names that must never appear.
    public var forbiddenCommands: [String]
    /// First UTC hour (0…23) of the daily window; with ``allowedHoursEnd``. Absent: any hour.
    public var allowedHoursStart: Int?
    /// First UTC hour after the window (0…23); `22 → 6` wraps midnight.
    public var allowedHoursEnd: Int?
    /// The UTC days runs may start on; absent means every day.
    public var allowedDays: [Weekday]?
    /// Whether runs need a human when the reliability is below the auto-approve threshold (default true).
    public var requiresApproval: Bool
    /// The reliability at which runs are approved without a human, or `never`.
    public var autoApproveThreshold: AutoApproveThreshold
    /// Who may approve runs.
    public var approvers: [String]
    /// How many distinct approvers must approve (M of N; default 1).
    public var approvalQuorum: Int
    /// How long an approval request stays open, in seconds (default 3600).
    public var approvalTTLSeconds: Int
    /// The most plan steps this policy may run per hour (a sliding window).
    public var maxActionsPerHour: Int
    /// Whether every write step needs a rollback.
    public var requiresRollbackPlan: Bool
    /// Whether a backup must be available (asked of the ``SafetyProbe``).
    public var requiresBackup: Bool
    /// Further sliding-window limits, checked together.
    public var rateLimits: [RateLimitRule]
    /// After a successful fix, the same alert cannot trigger another run for this many seconds.
    public var suppressionSeconds: Int?
    /// Intervals when nothing in this category may run.
    public var freezeWindows: [FreezeWindow]
    /// Per-hint guardrails. When non-empty, a request must carry one of these hints.
    public var hints: [String: HintGuardrails]

    /// Creates a policy. The thresholds, action types, auto-approve threshold and
    /// hourly limit have no defaults; everything else defaults to the safe choice.
    public init(
        name: String, category: String, enabled: Bool = true, minConfidence: Double, minReliability: Double,
        minSimilarTickets: Int, minPositiveFeedbackRate: Double, allowedActionTypes: [RiskClass],
        allowedSystems: [String]? = nil, forbiddenCommands: [String] = [], allowedHoursStart: Int? = nil,
        allowedHoursEnd: Int? = nil, allowedDays: [Weekday]? = nil, requiresApproval: Bool = true,
        autoApproveThreshold: AutoApproveThreshold, approvers: [String] = [], approvalQuorum: Int = 1,
        approvalTTLSeconds: Int = 3600, maxActionsPerHour: Int, requiresRollbackPlan: Bool = false,
        requiresBackup: Bool = false, rateLimits: [RateLimitRule] = [], suppressionSeconds: Int? = nil,
        freezeWindows: [FreezeWindow] = [], hints: [String: HintGuardrails] = [:]
    ) {
        self.name = name
        self.category = category
        self.enabled = enabled
        self.minConfidence = minConfidence
        self.minReliability = minReliability
        self.minSimilarTickets = minSimilarTickets
        self.minPositiveFeedbackRate = minPositiveFeedbackRate
        self.allowedActionTypes = allowedActionTypes
        self.allowedSystems = allowedSystems
        self.forbiddenCommands = forbiddenCommands
        self.allowedHoursStart = allowedHoursStart
        self.allowedHoursEnd = allowedHoursEnd
        self.allowedDays = allowedDays
        self.requiresApproval = requiresApproval
        self.autoApproveThreshold = autoApproveThreshold
        self.approvers = approvers
        self.approvalQuorum = approvalQuorum
        self.approvalTTLSeconds = approvalTTLSeconds
        self.maxActionsPerHour = maxActionsPerHour
        self.requiresRollbackPlan = requiresRollbackPlan
        self.requiresBackup = requiresBackup
        self.rateLimits = rateLimits
        self.suppressionSeconds = suppressionSeconds
        self.freezeWindows = freezeWindows
        self.hints = hints
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, category, enabled
        case minConfidence = "min_confidence"
        case minReliability = "min_reliability"
        case minSimilarTickets = "min_similar_tickets"
        case minPositiveFeedbackRate = "min_positive_feedback_rate"
        case allowedActionTypes = "allowed_action_types"
        case allowedSystems = "allowed_systems"
        case forbiddenCommands = "forbidden_commands"
        case allowedHoursStart = "allowed_hours_start"
        case allowedHoursEnd = "allowed_hours_end"
        case allowedDays = "allowed_days"
        case requiresApproval = "requires_approval"
        case autoApproveThreshold = "auto_approve_threshold"
        case approvers
        case approvalQuorum = "approval_quorum"
        case approvalTTLSeconds = "approval_ttl_seconds"
        case maxActionsPerHour = "max_actions_per_hour"
        case requiresRollbackPlan = "requires_rollback_plan"
        case requiresBackup = "requires_backup"
        case rateLimits = "rate_limits"
        case suppressionSeconds = "suppression_seconds"
        case freezeWindows = "freeze_windows"
        case hints
    }

    /// Decodes and validates a policy, rejecting unknown keys; errors name the field.
    public init(from decoder: any Decoder) throws {
        try StrictDecoding.rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try c.decode(String.self, forKey: .name),
            category: try c.decode(String.self, forKey: .category),
            enabled: try c.decodeIfPresent(Bool.self, forKey: .enabled) ?? true,
            minConfidence: try c.decode(Double.self, forKey: .minConfidence),
            minReliability: try c.decode(Double.self, forKey: .minReliability),
            minSimilarTickets: try c.policyWholeNumber(.minSimilarTickets) ?? c.decode(Int.self, forKey: .minSimilarTickets),
            minPositiveFeedbackRate: try c.decode(Double.self, forKey: .minPositiveFeedbackRate),
            allowedActionTypes: try c.decode([RiskClass].self, forKey: .allowedActionTypes),
            allowedSystems: try c.decodeIfPresent([String].self, forKey: .allowedSystems),
            forbiddenCommands: try c.decodeIfPresent([String].self, forKey: .forbiddenCommands) ?? [],
            allowedHoursStart: try c.policyWholeNumber(.allowedHoursStart),
            allowedHoursEnd: try c.policyWholeNumber(.allowedHoursEnd),
            allowedDays: try c.decodeIfPresent([Weekday].self, forKey: .allowedDays),
            requiresApproval: try c.decodeIfPresent(Bool.self, forKey: .requiresApproval) ?? true,
            autoApproveThreshold: try c.decode(AutoApproveThreshold.self, forKey: .autoApproveThreshold),
            approvers: try c.decodeIfPresent([String].self, forKey: .approvers) ?? [],
            approvalQuorum: try c.policyWholeNumber(.approvalQuorum) ?? 1,
            approvalTTLSeconds: try c.policyWholeNumber(.approvalTTLSeconds) ?? 3600,
            maxActionsPerHour: try c.policyWholeNumber(.maxActionsPerHour) ?? c.decode(Int.self, forKey: .maxActionsPerHour),
            requiresRollbackPlan: try c.decodeIfPresent(Bool.self, forKey: .requiresRollbackPlan) ?? false,
            requiresBackup: try c.decodeIfPresent(Bool.self, forKey: .requiresBackup) ?? false,
            rateLimits: try c.decodeIfPresent([RateLimitRule].self, forKey: .rateLimits) ?? [],
            suppressionSeconds: try c.policyWholeNumber(.suppressionSeconds),
            freezeWindows: try c.decodeIfPresent([FreezeWindow].self, forKey: .freezeWindows) ?? [],
            hints: try c.decodeIfPresent([String: HintGuardrails].self, forKey: .hints) ?? [:])
        try validate(FieldPath(codingPath: decoder.codingPath))
    }

    /// Encodes every field with snake_case keys (absent optionals are omitted).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(category, forKey: .category)
        try c.encode(enabled, forKey: .enabled)
        try c.encode(minConfidence, forKey: .minConfidence)
        try c.encode(minReliability, forKey: .minReliability)
        try c.encode(minSimilarTickets, forKey: .minSimilarTickets)
        try c.encode(minPositiveFeedbackRate, forKey: .minPositiveFeedbackRate)
        try c.encode(allowedActionTypes, forKey: .allowedActionTypes)
        try c.encodeIfPresent(allowedSystems, forKey: .allowedSystems)
        try c.encode(forbiddenCommands, forKey: .forbiddenCommands)
        try c.encodeIfPresent(allowedHoursStart, forKey: .allowedHoursStart)
        try c.encodeIfPresent(allowedHoursEnd, forKey: .allowedHoursEnd)
        try c.encodeIfPresent(allowedDays, forKey: .allowedDays)
        try c.encode(requiresApproval, forKey: .requiresApproval)
        try c.encode(autoApproveThreshold, forKey: .autoApproveThreshold)
        try c.encode(approvers, forKey: .approvers)
        try c.encode(approvalQuorum, forKey: .approvalQuorum)
        try c.encode(approvalTTLSeconds, forKey: .approvalTTLSeconds)
        try c.encode(maxActionsPerHour, forKey: .maxActionsPerHour)
        try c.encode(requiresRollbackPlan, forKey: .requiresRollbackPlan)
        try c.encode(requiresBackup, forKey: .requiresBackup)
        try c.encode(rateLimits, forKey: .rateLimits)
        try c.encodeIfPresent(suppressionSeconds, forKey: .suppressionSeconds)
        try c.encode(freezeWindows, forKey: .freezeWindows)
        try c.encode(hints, forKey: .hints)
    }
}
