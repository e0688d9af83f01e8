import PatternLearning
import ShellAST

/// Steps 6 and 7: pattern eligibility and the approval requirement.
extension DecisionEngine {
    /// Step 6. An unknown or ineligible pattern needs a human.
    func checkPattern(_ d: inout DecisionDraft) {
        guard let e = d.request.eligibility else {
            d.needApproval(6, "pattern.eligibility", "unknown pattern: never remediated before, so a human approves")
            return
        }
        if e.isEligible {
            d.pass(6, "pattern.eligibility", "pattern is \(e.tier.rawValue) for automatic remediation")
        } else {
            d.needApproval(6, "pattern.eligibility", "pattern not eligible: \(e.reasons.joined(separator: "; "))")
        }
    }

    /// Step 7. Critical actions and review verdicts always need approval (their
    /// step-3 lines say so), as do unknown patterns (step 6), the global switch
    /// and a reliability below the global floor; otherwise a reliability at or
    /// above the auto-approve threshold approves, and below it the policy's
    /// `requires_approval` decides.
    func decideApproval(_ d: inout DecisionDraft, _ c: CompiledPolicy) {
        for s in d.steps {
            if s.step.actionType == .criticalWrite { criticalNeedsApproval(&d, s.step, step: s.index, rollback: false) }
            if let r = s.rollback, r.actionType == .criticalWrite { criticalNeedsApproval(&d, r, step: s.index, rollback: true) }
        }
        let reliability = d.reliabilityText ?? PolicyText.number(d.request.reliability)
        if settings.requireApproval {
            d.needApproval(7, GlobalSettings.requireApprovalVariable, "every run needs a human approval")
        }
        if d.request.reliability < settings.minReliability {
            d.needApproval(
                7, GlobalSettings.minReliabilityVariable,
                "reliability \(reliability) is below the global floor "
                    + "\(PolicyText.number(settings.minReliability)) for runs without a human")
        }
        let threshold = c.policy.autoApproveThreshold
        if d.forcedApproval {
            d.requiresApproval = true
        } else if threshold.isMet(by: d.request.reliability) {
            d.pass(7, "policy.auto_approve_threshold", LineBuilder.join("reliability ", reliability, c.autoApprovedSuffix))
        } else if c.policy.requiresApproval {
            d.needApproval(
                7, "policy.requires_approval", LineBuilder.join("reliability ", reliability, c.approvalRequiredSuffix))
            d.requiresApproval = true
        } else {
            d.pass(7, "policy.requires_approval", "the policy does not require approval")
        }
        if d.requiresApproval, c.policy.approvers.isEmpty {
            d.deny(7, "policy.approvers", "approval is required but the policy names no approvers")
        }
    }

    private func criticalNeedsApproval(_ d: inout DecisionDraft, _ j: ActionJudgement, step: Int, rollback: Bool) {
        d.needApproval(
            7, "approval.critical_write",
            "step \(step + 1)\(rollback ? " rollback" : "") \(describe(j.action)) is critical_write: always needs approval")
    }
}
