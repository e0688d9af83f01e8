import ShellAST

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension RemediationDecision: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        // The seed's decision shape.
        case allowed
        case requiresApproval = "requires_approval"
        case actionType = "action_type"
        case riskLevel = "risk_level"
        case safetyChecks = "safety_checks"
        case reasoning
        // Vigil's detail.
        case id
        case caseID = "case_id"
        case decidedAt = "decided_at"
        case outcome, policy
        case policyHash = "policy_hash"
        case configurationHash = "configuration_hash"
        case reliability, approvers
        case approvalQuorum = "approval_quorum"
        case reasons
        case safetyCheckDetails = "safety_check_details"
        case steps
    }

    /// The seed's `safety_checks` object: each evaluated check's name → passed.
    /// Checks the policy does not require, and checks not evaluated, are left out.
    public var safetyCheckFlags: [String: Bool] {
        var flags: [String: Bool] = [:]
        for c in safetyChecks {
            switch c.outcome {
            case .passed: flags[c.name.rawValue] = true
            case .failed: flags[c.name.rawValue] = false
            case .notRequired, .notEvaluated: break
            }
        }
        return flags
    }

    /// Encodes the seed's fields (`allowed`, `requires_approval`, `action_type`,
    /// `risk_level`, `safety_checks`, `reasoning`) and the detail. `decided_at`
    /// is ISO 8601 UTC to the second.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(allowed, forKey: .allowed)
        try c.encode(requiresApproval, forKey: .requiresApproval)
        try c.encodeIfPresent(actionType, forKey: .actionType)
        try c.encode(riskLevel, forKey: .riskLevel)
        try c.encode(safetyCheckFlags, forKey: .safetyChecks)
        try c.encode(reasoning, forKey: .reasoning)
        try c.encode(id, forKey: .id)
        try c.encode(caseID, forKey: .caseID)
        try c.encode(UTCTime(decidedAt).iso8601, forKey: .decidedAt)
        try c.encode(outcome, forKey: .outcome)
        try c.encodeIfPresent(policyName, forKey: .policy)
        try c.encodeIfPresent(policyHash, forKey: .policyHash)
        try c.encode(configurationHash, forKey: .configurationHash)
        try c.encode(reliability, forKey: .reliability)
        try c.encode(approvers, forKey: .approvers)
        try c.encode(approvalQuorum, forKey: .approvalQuorum)
        try c.encode(reasons, forKey: .reasons)
        try c.encode(safetyChecks, forKey: .safetyCheckDetails)
        try c.encode(steps, forKey: .steps)
    }

    /// Decodes a decision record and checks that the seed's summary fields agree
    /// with the detail. A decoded decision is not sealed: a gate will not
    /// authorise it (decide again instead).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let path = FieldPath(codingPath: decoder.codingPath)
        let when = try c.decode(String.self, forKey: .decidedAt)
        guard let decidedAt = UTCTime.parseInstant(when) else {
            throw PolicyError(.invalidValue, field: path.key("decided_at").text, "'\(when)' is not a UTC instant")
        }
        self.init(
            id: try c.decode(String.self, forKey: .id), caseID: try c.decode(String.self, forKey: .caseID),
            decidedAt: decidedAt.date, outcome: try c.decode(DecisionOutcome.self, forKey: .outcome),
            requiresApproval: try c.decode(Bool.self, forKey: .requiresApproval),
            actionType: try c.decodeIfPresent(RiskClass.self, forKey: .actionType),
            riskLevel: try c.decode(PlanRiskLevel.self, forKey: .riskLevel),
            safetyChecks: try c.decode([SafetyCheck].self, forKey: .safetyCheckDetails),
            reasons: try c.decode([DecisionReason].self, forKey: .reasons),
            steps: try c.decode([StepAssessment].self, forKey: .steps),
            reliability: try c.decode(Double.self, forKey: .reliability),
            policyName: try c.decodeIfPresent(String.self, forKey: .policy),
            policyHash: try c.decodeIfPresent(String.self, forKey: .policyHash),
            configurationHash: try c.decode(String.self, forKey: .configurationHash),
            approvers: try c.decode([String].self, forKey: .approvers),
            approvalQuorum: try c.decode(Int.self, forKey: .approvalQuorum), seal: DecisionSeal(context: nil))
        guard try c.decode(Bool.self, forKey: .allowed) == allowed else {
            throw PolicyError(.inconsistent, field: path.key("allowed").text, "contradicts outcome '\(outcome.rawValue)'")
        }
        guard try c.decode([String].self, forKey: .reasoning) == reasoning else {
            throw PolicyError(.inconsistent, field: path.key("reasoning").text, "does not match reasons")
        }
        guard try c.decode([String: Bool].self, forKey: .safetyChecks) == safetyCheckFlags else {
            throw PolicyError(.inconsistent, field: path.key("safety_checks").text, "does not match safety_check_details")
        }
    }
}
