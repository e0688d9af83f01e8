import Foundation
import IncidentCore
import ShellAST
import Testing

/// The seed's fields of a decision, as its JSON sample has them.
struct SeedShape: Codable, Equatable {
    var allowed: Bool
    var requires_approval: Bool
    var action_type: String?
    var risk_level: String
    var safety_checks: [String: Bool]
    var reasoning: [String]
}

/// The seed's decision example: a safe_write plan with reliability 92 under a
/// policy whose auto-approve threshold is 90 → auto-approved, every safety check
/// passed, risk medium.
@Suite struct SeedExampleTests {
    static let settings = try! GlobalSettings(environment: [
        "AUTO_REMEDIATION_ENABLED": "true", "AUTO_REMEDIATION_REQUIRE_APPROVAL": "false",
    ])

    static let expected = """
        {
          "action_type" : "safe_write",
          "allowed" : true,
          "reasoning" : [
            "AUTO_REMEDIATION_ENABLED: auto-remediation is enabled globally",
            "ticket.auto_remediation_enabled: auto-remediation is enabled for this ticket",
            "policy.category: policy 'network-auto-fix' governs category 'network'",
            "plan.actions: 2 step(s) and 0 rollback(s) classified: action type safe_write (policy allows read_only, safe_write); verdicts 2 allow, 0 review, 0 block",
            "policy.min_confidence: confidence 0.92 ≥ 0.8",
            "policy.min_reliability: reliability 92 ≥ 85",
            "policy.min_similar_tickets: 12 similar tickets ≥ 5",
            "policy.min_positive_feedback_rate: positive feedback 0.9 ≥ 0.85",
            "policy.allowed_hours: 23:30 UTC tuesday is inside allowed hours 22–6 UTC, every day",
            "rate_limit: within limits: AUTO_REMEDIATION_MAX_ACTIONS_PER_HOUR (+2 of 10 per 1 h); policy.max_actions_per_hour (+2 of 10 per 1 h)",
            "policy.requires_backup: backup available",
            "safety.system_healthy: system healthy",
            "pattern.eligibility: pattern is eligible for automatic remediation",
            "policy.auto_approve_threshold: reliability 92 ≥ auto-approve threshold 90: auto-approved",
            "outcome: execute: runs now without a human"
          ],
          "requires_approval" : false,
          "risk_level" : "medium",
          "safety_checks" : {
            "backup_available" : true,
            "rate_limit" : true,
            "system_healthy" : true,
            "time_window" : true
          }
        }
        """

    @Test func seedDecisionExample() async throws {
        let d = await Fx.engine(settings: Self.settings).decide(Fx.seedRequest())
        #expect(d.allowed && !d.requiresApproval && d.outcome == .execute)
        #expect(d.actionType == .safeWrite)
        #expect(d.riskLevel == .medium)
        #expect(d.reliability == 92)
        #expect(d.safetyChecks.allSatisfy { $0.outcome == .passed || $0.outcome == .notRequired })
        #expect(d.policyName == "network-auto-fix")
        #expect(d.policyHash == PolicySet.seedCategoryTable.policy(forCategory: "network")!.sha256)
        let seed = try JSONDecoder().decode(SeedShape.self, from: JSONEncoder().encode(d))
        #expect(Fx.json(seed) == Self.expected)
        // Every reasoning line names its rule.
        #expect(d.reasons.allSatisfy { !$0.rule.isEmpty && $0.description.hasPrefix($0.rule + ": ") })
        #expect(d.reasons.map(\.step) == d.reasons.map(\.step).sorted())
    }

    @Test func seedExampleAtTheThreshold() async {
        var r = Fx.seedRequest()
        r.reliability = 90
        #expect(await Fx.engine(settings: Self.settings).decide(r).outcome == .execute)
        r.reliability = 89.9
        let d = await Fx.engine(settings: Self.settings).decide(r)
        #expect(d.outcome == .awaitApproval)
        #expect(d.reasons.contains { $0.rule == "policy.requires_approval" && $0.result == .approvalRequired })
    }

    @Test func decisionRoundTripsAndDecodedDecisionIsNotSealed() async throws {
        let d = await Fx.engine(settings: Self.settings).decide(Fx.seedRequest())
        #expect(d.isSealed)
        let back = try JSONDecoder().decode(RemediationDecision.self, from: JSONEncoder().encode(d))
        #expect(back == d)
        #expect(!back.isSealed)
    }

    @Test func decodingRejectsSummaryThatContradictsDetail() async throws {
        let d = await Fx.engine(settings: Self.settings).decide(Fx.seedRequest())
        var object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(d)) as! [String: Any]
        object["allowed"] = false
        #expect(throws: PolicyError.self) {
            try JSONDecoder().decode(RemediationDecision.self, from: JSONSerialization.data(withJSONObject: object))
        }
        object["allowed"] = true
        object["safety_checks"] = ["time_window": false]
        #expect(throws: PolicyError.self) {
            try JSONDecoder().decode(RemediationDecision.self, from: JSONSerialization.data(withJSONObject: object))
        }
    }
}
