/// The guardrails of one alert hint (`disk_full`, `frontend_down`): which
/// actions may run for it, how often it may restart things, how long to wait
/// between runs, how many attempts a case gets, and when it is frozen.
///
/// JSON:
/// ```json
/// {"allowed_actions": ["docker system prune", "df", "systemctl restart"],
///  "restart_budget": {"limit": 3, "window_seconds": 3600},
///  "cooldown_seconds": 300, "max_attempts": 3, "freeze_windows": []}
/// ```
public struct HintGuardrails: Sendable, Hashable, Codable {
    /// The actions this hint may run (steps and their rollbacks), in the order a
    /// plan should use them; absent means any action the policy allows. A structured action matches by name
    /// (`restart_pod`); a shell step matches an entry whose words begin the
    /// command (`docker system prune` matches `docker system prune -af`), and every
    /// program the command runs must be the first word of some entry.
    public var allowedActions: [String]?
    /// At most this many restarts (restart_* actions, reboots, shell steps with a
    /// `restart` or `reboot` word) per window and target.
    public var restartBudget: RestartBudget?
    /// The least time between two runs for this hint and target, in seconds.
    public var cooldownSeconds: Int?
    /// The most authorised runs one case may have (its attempts).
    public var maxAttempts: Int?
    /// Intervals when nothing may run for this hint.
    public var freezeWindows: [FreezeWindow]

    /// Creates hint guardrails; every limit is optional.
    public init(
        allowedActions: [String]? = nil, restartBudget: RestartBudget? = nil, cooldownSeconds: Int? = nil,
        maxAttempts: Int? = nil, freezeWindows: [FreezeWindow] = []
    ) {
        self.allowedActions = allowedActions
        self.restartBudget = restartBudget
        self.cooldownSeconds = cooldownSeconds
        self.maxAttempts = maxAttempts
        self.freezeWindows = freezeWindows
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case allowedActions = "allowed_actions"
        case restartBudget = "restart_budget"
        case cooldownSeconds = "cooldown_seconds"
        case maxAttempts = "max_attempts"
        case freezeWindows = "freeze_windows"
    }

    /// Decodes, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        try StrictDecoding.rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        allowedActions = try c.decodeIfPresent([String].self, forKey: .allowedActions)
        restartBudget = try c.decodeIfPresent(RestartBudget.self, forKey: .restartBudget)
        cooldownSeconds = try c.policyWholeNumber(.cooldownSeconds)
        maxAttempts = try c.policyWholeNumber(.maxAttempts)
        freezeWindows = try c.decodeIfPresent([FreezeWindow].self, forKey: .freezeWindows) ?? []
    }

    func validate(_ path: FieldPath) throws(PolicyError) {
        if let actions = allowedActions {
            guard !actions.isEmpty else {
                throw PolicyError(
                    .invalidValue, field: path.key("allowed_actions").text,
                    "an empty allowlist allows nothing; omit the key to allow every action the policy allows")
            }
            var seen: Set<String> = []
            for (i, a) in actions.enumerated() {
                let words = CommandWords.split(a)
                guard !words.isEmpty else {
                    throw PolicyError(.invalidValue, field: path.key("allowed_actions").index(i).text, "empty action")
                }
                guard seen.insert(words.joined(separator: " ")).inserted else {
                    throw PolicyError(.duplicate, field: path.key("allowed_actions").index(i).text, "'\(a)' is listed twice")
                }
            }
        }
        try restartBudget?.validate(path.key("restart_budget"))
        if let c = cooldownSeconds, !(1...RateLimitRule.maxWindowSeconds).contains(c) {
            throw PolicyError(
                .outOfRange, field: path.key("cooldown_seconds").text, "\(c) is outside 1…\(RateLimitRule.maxWindowSeconds)")
        }
        if let m = maxAttempts, m < 1 {
            throw PolicyError(.outOfRange, field: path.key("max_attempts").text, "\(m) is below 1")
        }
        for (i, w) in freezeWindows.enumerated() { try w.validate(path.key("freeze_windows").index(i)) }
    }
}

/// At most `limit` restarts per `windowSeconds` (0 forbids restarts).
///
/// JSON: `{"limit": 3, "window_seconds": 3600}`.
public struct RestartBudget: Sendable, Hashable, Codable {
    /// The most restarts in any window; 0 forbids them.
    public var limit: Int
    /// The window length in seconds.
    public var windowSeconds: Int

    /// Creates a budget.
    public init(limit: Int, windowSeconds: Int) {
        self.limit = limit
        self.windowSeconds = windowSeconds
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case limit
        case windowSeconds = "window_seconds"
    }

    /// Decodes, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        try StrictDecoding.rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        limit = try c.policyWholeNumber(.limit) ?? c.decode(Int.self, forKey: .limit)
        windowSeconds = try c.policyWholeNumber(.windowSeconds) ?? c.decode(Int.self, forKey: .windowSeconds)
    }

    func validate(_ path: FieldPath) throws(PolicyError) {
        guard limit >= 0 else { throw PolicyError(.outOfRange, field: path.key("limit").text, "\(limit) is below 0") }
        guard (1...RateLimitRule.maxWindowSeconds).contains(windowSeconds) else {
            throw PolicyError(
                .outOfRange, field: path.key("window_seconds").text,
                "\(windowSeconds) is outside 1…\(RateLimitRule.maxWindowSeconds)")
        }
    }
}
