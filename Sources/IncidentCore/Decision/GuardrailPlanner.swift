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
        let r = context.request
        let p = context.policy
        let actions = steps.count
        let target = r.target ?? unknownTarget
        var out: [(GuardrailClaim, SafetyCheckName)] = [
            (
                GuardrailClaim(
                    key: "actions|global", limit: context.settings.maxActionsPerHour, windowSeconds: 3_600, cost: actions,
                    rule: GlobalSettings.maxActionsPerHourVariable), .rateLimit
            ),
            (
                GuardrailClaim(
                    key: GuardrailClaim.key("actions", "policy", p.name), limit: p.maxActionsPerHour, windowSeconds: 3_600,
                    cost: actions, rule: "policy.max_actions_per_hour"), .rateLimit
            ),
        ]
        func rate(_ rule: RateLimitRule, _ name: String) -> (GuardrailClaim, SafetyCheckName) {
            let value: String
            switch rule.scope {
            case .target: value = target
            case .hint: value = r.hint ?? "category:\(r.category)"
            case .policy: value = p.name
            case .global: value = "*"
            }
            return (
                GuardrailClaim(
                    key: GuardrailClaim.key(rule.counts.rawValue, rule.scope.rawValue, value), limit: rule.limit,
                    windowSeconds: rule.windowSeconds, cost: rule.counts == .runs ? 1 : actions, rule: name), .rateLimit
            )
        }
        for (i, rule) in context.policySet.rateLimits.enumerated() { out.append(rate(rule, "rate_limits[\(i)]")) }
        for (i, rule) in p.rateLimits.enumerated() { out.append(rate(rule, "policy.rate_limits[\(i)]")) }
        if let (name, h) = context.hint {
            if let c = h.cooldownSeconds {
                out.append(
                    (
                        GuardrailClaim(
                            key: GuardrailClaim.key("cooldown", p.name, name, target), limit: 1, windowSeconds: c, cost: 1,
                            rule: "hints.\(name).cooldown_seconds"), .cooldown
                    ))
            }
            if let m = h.maxAttempts {
                out.append(
                    (
                        GuardrailClaim(
                            key: GuardrailClaim.key("attempts", p.name, r.caseID), limit: m, windowSeconds: nil, cost: 1,
                            rule: "hints.\(name).max_attempts"), .attempts
                    ))
            }
            if let b = h.restartBudget {
                let restarts = steps.reduce(0) { $0 + ($1.isRestart ? 1 : 0) }
                out.append(
                    (
                        GuardrailClaim(
                            key: GuardrailClaim.key("restarts", p.name, name, target), limit: b.limit,
                            windowSeconds: b.windowSeconds, cost: restarts, rule: "hints.\(name).restart_budget"), .restartBudget
                    ))
            }
        }
        if let s = p.suppressionSeconds {
            let alert = r.fingerprint ?? "\(r.hint ?? "category:\(r.category)")@\(target)"
            out.append(
                (
                    GuardrailClaim(
                        key: GuardrailClaim.key("fixed", p.name, alert), limit: 1, windowSeconds: s, cost: 1,
                        counting: .successes,
                        rule: "policy.suppression_seconds"), .suppression
                ))
        }
        return out
    }
}
