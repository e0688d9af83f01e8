import ShellAST

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The decision under construction: reasons, checks and flags gathered step by step.
struct DecisionDraft {
    let request: DecisionRequest
    let now: Date
    var reasons: [DecisionReason] = []
    var checks: [SafetyCheck] = []
    var steps: [StepAssessment] = []
    var policy: CompiledPolicy?
    var actionType: RiskClass?
    var denied = false
    var firstDenial: DecisionReason?
    /// Approval forced by a rule (review verdict, critical action, unknown pattern…).
    var forcedApproval = false
    var requiresApproval = false
    /// The request's reliability as step 4 printed it, for step 7's lines.
    var reliabilityText: String?

    init(request: DecisionRequest, now: Date) {
        self.request = request
        self.now = now
        reasons.reserveCapacity(16)
    }

    mutating func pass(_ step: Int, _ rule: String, _ message: String) {
        reasons.append(DecisionReason(step: step, rule: rule, result: .passed, message: message))
    }

    mutating func info(_ step: Int, _ rule: String, _ message: String) {
        reasons.append(DecisionReason(step: step, rule: rule, result: .info, message: message))
    }

    mutating func deny(_ step: Int, _ rule: String, _ message: String) {
        let r = DecisionReason(step: step, rule: rule, result: .denied, message: message)
        reasons.append(r)
        if firstDenial == nil { firstDenial = r }
        denied = true
    }

    mutating func needApproval(_ step: Int, _ rule: String, _ message: String) {
        reasons.append(DecisionReason(step: step, rule: rule, result: .approvalRequired, message: message))
        forcedApproval = true
    }

    static func rank(_ r: PlanRiskLevel) -> Int {
        switch r {
        case .low: 0
        case .medium: 1
        case .high: 2
        case .critical: 3
        }
    }

    /// `await_approval: 2 of a, b must approve`.
    static func awaitApprovalLine(quorum: Int, approvers: [String]) -> String {
        "await_approval: \(quorum) of \(approvers.joined(separator: ", ")) must approve"
    }

    /// Step 8, and the value.
    mutating func finish(engine: DecisionEngine, context: DecisionContext?) -> RemediationDecision {
        let outcome: DecisionOutcome = denied ? .deny : requiresApproval ? .awaitApproval : .execute
        let approvers = policy?.policy.approvers ?? []
        let quorum = policy?.policy.approvalQuorum ?? 1
        switch outcome {
        case .deny:
            var line = "deny: "
            if let f = firstDenial {
                line.reserveCapacity(16 + f.rule.utf8.count + f.message.utf8.count)
                line += f.rule
                line += " — "
                line += f.message
            } else {
                line += "denied"
            }
            info(8, "outcome", line)
        case .awaitApproval:
            info(8, "outcome", policy?.awaitApprovalLine ?? Self.awaitApprovalLine(quorum: quorum, approvers: approvers))
        case .execute:
            info(8, "outcome", "execute: runs now without a human")
        }
        if checks.isEmpty {
            checks = SafetyCheckName.ordered.map { SafetyCheck(name: $0, outcome: .notEvaluated, detail: "not evaluated") }
        }
        var risk = request.plan.riskLevel
        if let t = actionType {
            let fromType: PlanRiskLevel = t == .readOnly ? .low : t == .safeWrite ? .medium : .high
            if Self.rank(fromType) > Self.rank(risk) { risk = fromType }
        }
        return RemediationDecision(
            id: request.id, caseID: request.caseID, decidedAt: now, outcome: outcome, requiresApproval: requiresApproval,
            actionType: actionType, riskLevel: risk, safetyChecks: checks, reasons: reasons, steps: steps,
            reliability: request.reliability, policyName: policy?.policy.name, policyHash: policy?.sha256,
            configurationHash: engine.configurationHash, approvers: approvers, approvalQuorum: quorum,
            seal: DecisionSeal(context: context))
    }
}
