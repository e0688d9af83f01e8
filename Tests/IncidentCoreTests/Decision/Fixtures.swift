import IncidentCore
import PatternLearning
import ShellAST
import VigilTestKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Shared builders for decision tests.
enum Fx {
    /// 2024-03-05 (a Tuesday) 23:30:00 UTC: inside the network policy's 22→6 window.
    static let night = utc("2024-03-05T23:30:00Z")
    /// 2024-03-05 (Tuesday) 14:00:00 UTC: outside it.
    static let afternoon = utc("2024-03-05T14:00:00Z")

    static func utc(_ s: String) -> Date {
        // Test-only parser: YYYY-MM-DDTHH:MM:SSZ.
        let p = s.split(whereSeparator: { "-T:Z".contains($0) }).map { Int($0)! }
        func yearDays(_ y: Int) -> Int { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 366 : 365 }
        var days = 0
        if p[0] >= 1970 {
            for y in 1970..<p[0] { days += yearDays(y) }
        } else {
            for y in p[0]..<1970 { days -= yearDays(y) }
        }
        let leap = (p[0] % 4 == 0 && p[0] % 100 != 0) || p[0] % 400 == 0
        let months = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        days += months.prefix(p[1] - 1).reduce(0, +) + p[2] - 1
        return Date(timeIntervalSince1970: Double(days * 86_400 + p[3] * 3_600 + p[4] * 60 + p[5]))
    }

    static let enabled = try! GlobalSettings(enabled: true, maxActionsPerHour: 100, requireApproval: false, minReliability: 0)

    /// An eligible pattern: six auto-remediated successes with positive feedback.
    static let eligible: Eligibility = {
        var s = PatternStatistics()
        for i in 0..<6 {
            let t = Double(i) * 100_000
            try! s.apply(.occurrence(aiConfidence: 0.9, reliability: 92), at: t, recurrenceWindow: 1)
            try! s.apply(.outcome(resolved: true, autoRemediated: true), at: t + 1, recurrenceWindow: 1)
            try! s.apply(.feedback(.positive), at: t + 2, recurrenceWindow: 1)
        }
        return EligibilityThresholds.standard.evaluate(s)
    }()

    /// A pattern seen once: not eligible.
    static let ineligible: Eligibility = EligibilityThresholds.standard.evaluate(PatternStatistics())

    /// The seed's example: a network ticket, safe_write, reliability 92.
    static func seedRequest() -> DecisionRequest {
        DecisionRequest(
            id: "INC-001/1", caseID: "INC-001", category: "network", target: "switch-core-01",
            autoRemediationEnabled: true,
            plan: RemediationPlan(
                rootCause: "error counters on Gi1/0/24 keep the port flapping", riskLevel: .medium, confidence: 0.92,
                steps: [
                    PlanStep(action: .shell(command: "ping -c 3 10.20.0.1"), explanation: "check the uplink answers"),
                    PlanStep(
                        action: .structured(
                            name: "clear_interface_errors", target: "switch-core-01", parameters: ["interface": "Gi1/0/24"]),
                        explanation: "reset the error counters"),
                ], source: .rules),
            reliability: 92, similarTickets: 12, positiveFeedbackRate: 0.9, eligibility: eligible)
    }

    static func engine(
        policies: PolicySet = .seedCategoryTable, settings: GlobalSettings = enabled,
        store: any GuardrailStore = InMemoryGuardrailStore(),
        probe: any SafetyProbe = StaticSafetyProbe(backupAvailable: true, systemHealthy: true),
        clock: any WallClock = ManualClock(night)
    ) -> DecisionEngine {
        DecisionEngine(policies: policies, settings: settings, guardrails: store, safety: probe, clock: clock)
    }

    static func json(_ value: some Encodable) -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try! e.encode(value), as: UTF8.self)
    }
}

extension Fx {
    /// A permissive policy for the "test" category; cases tighten one field.
    static func lenient(_ edit: (inout RemediationPolicy) -> Void = { _ in }) -> RemediationPolicy {
        var p = RemediationPolicy(
            name: "test-policy", category: "test", minConfidence: 0, minReliability: 0, minSimilarTickets: 0,
            minPositiveFeedbackRate: 0, allowedActionTypes: [.readOnly, .safeWrite, .criticalWrite], requiresApproval: false,
            autoApproveThreshold: .atLeast(0), approvers: ["alice", "bob", "carol"], maxActionsPerHour: 1_000)
        edit(&p)
        return p
    }

    static func set(_ policies: RemediationPolicy..., freeze: [FreezeWindow] = [], limits: [RateLimitRule] = []) -> PolicySet {
        try! PolicySet(policies: policies, freezeWindows: freeze, rateLimits: limits)
    }

    static func step(_ command: String, rollback: PlannedAction? = nil) -> PlanStep {
        PlanStep(action: .shell(command: command), explanation: "test", rollback: rollback)
    }

    static func action(_ name: String, target: String? = nil, rollback: PlannedAction? = nil) -> PlanStep {
        PlanStep(action: .structured(name: name, target: target, parameters: [:]), explanation: "test", rollback: rollback)
    }

    /// A request for the "test" category that passes the lenient policy.
    static func request(
        _ steps: [PlanStep] = [step("df -h")], id: String = "case-1/1", caseID: String = "case-1", hint: String? = nil,
        target: String? = "web-1", edit: (inout DecisionRequest) -> Void = { _ in }
    ) -> DecisionRequest {
        var r = DecisionRequest(
            id: id, caseID: caseID, category: "test", hint: hint, target: target, autoRemediationEnabled: true,
            plan: RemediationPlan(rootCause: "test", riskLevel: .low, confidence: 0.9, steps: steps, source: .rules),
            reliability: 80, similarTickets: 10, positiveFeedbackRate: 0.95, eligibility: eligible)
        edit(&r)
        return r
    }

    static let healthy = StaticSafetyProbe(backupAvailable: true, systemHealthy: true)
}
