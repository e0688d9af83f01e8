/// Turns a policy's limits into guardrail claims for a run. The decision engine
/// checks them; the gate reserves them (for the approved steps only).
///
/// Keys (parts escaped by ``GuardrailClaim/key(_:)``):
/// `actions|global`, `actions|policy|<policy>`, `<runs|actions>|<scope>|<value>`,
/// `restarts|<policy>|<hint>|<target>`, `cooldown|<policy>|<hint>|<target>`,
/// `attempts|<policy>|<case>`, `fixed|<policy>|<alert>`.
enum GuardrailPlanner {
    static let unknownTarget = "(unknown target)"

    /// The claims come grouped by check, in ``SafetyCheckName`` order (rate
    /// limits, cooldown, attempts, restart budget, suppression).

    static func claims(_ context: DecisionContext, steps: [StepAssessment]) -> [(GuardrailClaim, SafetyCheckName)] {
        let c = context.compiled
        let texts = c.claimTexts
        let actions = steps.count
        let target = context.request.target ?? unknownTarget
        // At most: two hourly limits, the rate limits, three hint claims and suppression.
        var out: [(GuardrailClaim, SafetyCheckName)] = []
        out.reserveCapacity(6 + context.policySet.rateLimits.count + c.policy.rateLimits.count)
        out.append(
            (
                GuardrailClaim(
                    key: "actions|global", limit: context.settings.maxActionsPerHour, windowSeconds: 3_600, cost: actions,
                    rule: GlobalSettings.maxActionsPerHourVariable), .rateLimit
            ))
        out.append(
            (
                GuardrailClaim(
                    key: texts.actionsKey, limit: c.policy.maxActionsPerHour, windowSeconds: 3_600, cost: actions,
                    rule: "policy.max_actions_per_hour"), .rateLimit
            ))
        func rate(_ rule: RateLimitRule, _ name: String, keyPrefix: String? = nil) -> (GuardrailClaim, SafetyCheckName) {
            let value: String
            switch rule.scope {
            case .target: value = target
            case .hint: value = context.request.hint ?? "category:\(context.request.category)"
            case .policy: value = c.policy.name
            case .global: value = "*"
            }
            return (
                GuardrailClaim(
                    key: keyPrefix.map { GuardrailClaim.key(prefix: $0, value) }
                        ?? GuardrailClaim.key(rule.counts.rawValue, rule.scope.rawValue, value), limit: rule.limit,
                    windowSeconds: rule.windowSeconds, cost: rule.counts == .runs ? 1 : actions, rule: name), .rateLimit
            )
        }
        for (i, rule) in context.policySet.rateLimits.enumerated() { out.append(rate(rule, "rate_limits[\(i)]")) }
        for (i, rule) in c.policy.rateLimits.enumerated() {
            out.append(rate(rule, texts.rateRules[i], keyPrefix: texts.rateKeyPrefixes[i]))
        }
        if let (name, h) = context.hint {
            let ht = texts.hints[name] ?? PolicyTexts.Hint(policy: c.policy.name, hint: name)
            if let c = h.cooldownSeconds {
                out.append(
                    (
                        GuardrailClaim(
                            key: GuardrailClaim.key(prefix: ht.cooldownPrefix, target), limit: 1, windowSeconds: c,
                            cost: 1, rule: ht.cooldownRule), .cooldown
                    ))
            }
            if let m = h.maxAttempts {
                out.append(
                    (
                        GuardrailClaim(
                            key: GuardrailClaim.key(prefix: texts.attemptsPrefix, context.request.caseID), limit: m,
                            windowSeconds: nil,
                            cost: 1, rule: ht.attemptsRule), .attempts
                    ))
            }
            if let b = h.restartBudget {
                let restarts = steps.reduce(0) { $0 + ($1.isRestart ? 1 : 0) }
                out.append(
                    (
                        GuardrailClaim(
                            key: GuardrailClaim.key(prefix: ht.restartsPrefix, target), limit: b.limit,
                            windowSeconds: b.windowSeconds, cost: restarts, rule: ht.restartRule), .restartBudget
                    ))
            }
        }
        if let s = c.policy.suppressionSeconds {
            let alert =
                context.request.fingerprint ?? "\(context.request.hint ?? "category:\(context.request.category)")@\(target)"
            out.append(
                (
                    GuardrailClaim(
                        key: GuardrailClaim.key(prefix: texts.fixedPrefix, alert), limit: 1, windowSeconds: s, cost: 1,
                        counting: .successes,
                        rule: "policy.suppression_seconds"), .suppression
                ))
        }
        return out
    }

    /// The keys and rule names a policy fixes, prepared once per policy (a
    /// `…Prefix` is the key of its leading parts and a `|`, completed with
    /// ``GuardrailClaim/key(prefix:_:)``).
    struct PolicyTexts: Sendable {
        /// `actions|policy|<policy>`.
        let actionsKey: String
        /// `attempts|<policy>|`, completed with the case.
        let attemptsPrefix: String
        /// `fixed|<policy>|`, completed with the alert.
        let fixedPrefix: String
        /// Per policy rate limit: `policy.rate_limits[i]`, and `<counts>|<scope>|`.
        let rateRules: [String]
        let rateKeyPrefixes: [String]
        /// Per hint of the policy.
        let hints: [String: Hint]

        /// A hint's keys and rule names.
        struct Hint: Sendable {
            /// `cooldown|<policy>|<hint>|` and `restarts|<policy>|<hint>|`, completed with the target.
            let cooldownPrefix: String
            let restartsPrefix: String
            /// `hints.<hint>.cooldown_seconds`, `.max_attempts` and `.restart_budget`.
            let cooldownRule: String
            let attemptsRule: String
            let restartRule: String

            init(policy: String, hint: String) {
                cooldownPrefix = GuardrailClaim.key("cooldown", policy, hint) + "|"
                restartsPrefix = GuardrailClaim.key("restarts", policy, hint) + "|"
                cooldownRule = "hints.\(hint).cooldown_seconds"
                attemptsRule = "hints.\(hint).max_attempts"
                restartRule = "hints.\(hint).restart_budget"
            }
        }

        init(_ p: RemediationPolicy) {
            actionsKey = GuardrailClaim.key("actions", "policy", p.name)
            attemptsPrefix = GuardrailClaim.key("attempts", p.name) + "|"
            fixedPrefix = GuardrailClaim.key("fixed", p.name) + "|"
            rateRules = p.rateLimits.indices.map { "policy.rate_limits[\($0)]" }
            rateKeyPrefixes = p.rateLimits.map { GuardrailClaim.key($0.counts.rawValue, $0.scope.rawValue) + "|" }
            var hints: [String: Hint] = [:]
            for name in p.hints.keys { hints[name] = Hint(policy: p.name, hint: name) }
            self.hints = hints
        }
    }
}
