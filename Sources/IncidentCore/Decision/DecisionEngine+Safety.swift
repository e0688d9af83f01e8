import ShellAST

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Step 5: safety checks.
extension DecisionEngine {
    /// Time and freeze windows, guardrail limits (read from the store, never
    /// reserved here), the rollback plan, backup and health. Skipped — every
    /// check `not_evaluated` — when an earlier step already denied the plan, so
    /// no probe is asked about a plan that cannot run.
    func checkSafety(_ d: inout DecisionDraft, _ context: DecisionContext) async {
        guard !d.denied else {
            d.info(5, "safety", "not evaluated: the plan is already denied")
            return
        }
        let c = context.compiled
        // Indexed by `SafetyCheckName.ordinal`: ten slots, no hashing.
        var results = [SafetyCheck?](repeating: nil, count: SafetyCheckName.ordered.count)
        var entries: [Entry] = []
        entries.reserveCapacity(SafetyCheckName.ordered.count)
        func record(_ name: SafetyCheckName, _ outcome: SafetyCheck.Outcome, _ detail: String, rule: String) {
            entries.append(Entry(check: SafetyCheck(name: name, outcome: outcome, detail: detail), rule: rule))
        }

        let window = c.policy.timeWindow(at: d.now)
        record(.timeWindow, window.passed ? .passed : .failed, window.detail, rule: "policy.allowed_hours")
        // Set-wide, policy and hint windows, in that order (no array of the three lists).
        let hintFreeze = context.hint?.guardrails.freezeWindows ?? []
        if let f = FreezeWindow.active(in: context.policySet.freezeWindows, at: d.now)
            ?? FreezeWindow.active(in: c.policy.freezeWindows, at: d.now) ?? FreezeWindow.active(in: hintFreeze, at: d.now)
        {
            record(.freezeWindow, .failed, "frozen until \(UTCTime(f.end).iso8601): \(f.reason)", rule: "freeze_windows")
        } else if context.policySet.freezeWindows.isEmpty, c.policy.freezeWindows.isEmpty, hintFreeze.isEmpty {
            results[SafetyCheckName.freezeWindow.ordinal] = SafetyCheck(
                name: .freezeWindow, outcome: .notRequired, detail: "no freeze windows")
        } else {
            record(.freezeWindow, .passed, "no freeze window is active", rule: "freeze_windows")
        }

        entries += await checkGuardrails(context, steps: d.steps, now: d.now)

        if c.policy.requiresRollbackPlan {
            var missing: [String] = []
            for s in d.steps where s.step.actionType > .readOnly && s.rollback == nil { missing.append(String(s.index + 1)) }
            record(
                .rollbackPlan, missing.isEmpty ? .passed : .failed,
                missing.isEmpty
                    ? "every write step has a rollback" : "write step(s) \(missing.joined(separator: ", ")) have no rollback",
                rule: "policy.requires_rollback_plan")
        } else {
            results[SafetyCheckName.rollbackPlan.ordinal] = SafetyCheck(
                name: .rollbackPlan, outcome: .notRequired, detail: "not required by the policy")
        }

        let probe = SafetyProbeContext(
            caseID: d.request.caseID, category: d.request.category, hint: d.request.hint, target: d.request.target,
            policy: c.policy.name)
        if c.policy.requiresBackup {
            let o = await safety.backupAvailable(probe)
            record(.backupAvailable, o.passed ? .passed : .failed, o.detail, rule: "policy.requires_backup")
        } else {
            results[SafetyCheckName.backupAvailable.ordinal] = SafetyCheck(
                name: .backupAvailable, outcome: .notRequired, detail: "not required by the policy")
        }
        let health = await safety.systemHealthy(probe)
        record(.systemHealthy, health.passed ? .passed : .failed, health.detail, rule: "safety.system_healthy")

        for e in entries {
            results[e.check.name.ordinal] = e.check
            if e.check.outcome == .failed { d.deny(5, e.rule, e.check.detail) } else { d.pass(5, e.rule, e.check.detail) }
        }

        d.checks = SafetyCheckName.ordered.map {
            results[$0.ordinal] ?? SafetyCheck(name: $0, outcome: .notRequired, detail: "not configured")
        }
    }

    struct Entry {
        let check: SafetyCheck
        let rule: String
    }

    private func checkGuardrails(_ context: DecisionContext, steps: [StepAssessment], now: Date) async -> [Entry] {
        var out: [Entry] = []
        func record(_ name: SafetyCheckName, _ outcome: SafetyCheck.Outcome, _ detail: String, _ rule: String) {
            out.append(Entry(check: SafetyCheck(name: name, outcome: outcome, detail: detail), rule: rule))
        }
        let planned = GuardrailPlanner.claims(context, steps: steps)
        let violations: [GuardrailViolation]
        do {
            violations = try await guardrails.violations(of: planned.map { $0.0 }, at: now)
        } catch {
            var seen: Set<SafetyCheckName> = []
            for (_, name) in planned where seen.insert(name).inserted {
                record(name, .failed, "guardrail store unavailable: \(error.message)", "guardrails")
            }
            return out
        }
        // Planned claims come grouped by check, in check order.
        var i = 0
        while i < planned.count {
            let name = planned[i].1
            var j = i
            var failed: [String] = []
            while j < planned.count, planned[j].1 == name {
                if !violations.isEmpty, let v = violations.first(where: { $0.claim == planned[j].0 }) {
                    failed.append(v.description)
                }
                j += 1
            }
            let rule = j - i == 1 ? planned[i].0.rule : name.rawValue
            if failed.isEmpty {
                var summary = LineBuilder(capacity: 16 + 80 * (j - i))
                summary.append("within limits: ")
                for k in i..<j {
                    if k > i { summary.append("; ") }
                    summary.append(planned[k].0.rule)
                    Self.appendUsage(planned[k].0, to: &summary)
                }
                record(name, .passed, summary.string, rule)
            } else {
                record(name, .failed, "limit reached: \(failed.joined(separator: "; "))", rule)
            }
            i = j
        }
        return out
    }

    /// Appends ` (+2 of 10 per 1 h)` (no intermediate strings: a decision writes one per claim).
    static func appendUsage(_ c: GuardrailClaim, to s: inout LineBuilder) {
        s.append(" (+")
        s.append(c.cost)
        s.append(" of ")
        s.append(c.limit)
        s.append(" per ")
        switch c.windowSeconds {
        case let w? where w % 3_600 == 0:
            s.append(w / 3_600)
            s.append(" h)")
        case let w?:
            s.append(w)
            s.append(" s)")
        case nil:
            s.append("case)")
        }
    }
}
