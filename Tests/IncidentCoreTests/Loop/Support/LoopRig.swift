#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PatternLearning
import Reliability
import ShellAST
import Testing
@testable import IncidentCore

/// The knobs of the one remediation policy the loop tests use (category
/// `loop`), rendered as the JSON a user would write and decoded with
/// `PolicySet(json:)`.
struct PolicyKnobs: Sendable {
    var name = "loop-policy"
    var minConfidence = 0.0
    var minReliability = 0.0
    var minSimilarTickets = 0
    var minPositiveFeedbackRate = 0.0
    var types = ["read_only", "safe_write", "critical_write"]
    var requiresApproval = false
    /// A number as text, or `"never"`.
    var autoApprove = "0"
    var approvers = ["alice", "bob"]
    var quorum = 1
    var approvalTTL = 600
    var maxActionsPerHour = 100
    var suppression: Int?
    /// The `hints` object's JSON, e.g. `{"loop_fault": {"max_attempts": 2}}`.
    var hints: String?

    var json: String {
        let threshold = autoApprove == "never" ? "\"never\"" : autoApprove
        var fields = [
            "\"name\": \"\(name)\"", "\"category\": \"\(LoopRig.category)\"", "\"min_confidence\": \(minConfidence)",
            "\"min_reliability\": \(minReliability)", "\"min_similar_tickets\": \(minSimilarTickets)",
            "\"min_positive_feedback_rate\": \(minPositiveFeedbackRate)",
            "\"allowed_action_types\": [\(types.map { "\"\($0)\"" }.joined(separator: ", "))]",
            "\"requires_approval\": \(requiresApproval)", "\"auto_approve_threshold\": \(threshold)",
            "\"approvers\": [\(approvers.map { "\"\($0)\"" }.joined(separator: ", "))]",
            "\"approval_quorum\": \(quorum)", "\"approval_ttl_seconds\": \(approvalTTL)",
            "\"max_actions_per_hour\": \(maxActionsPerHour)",
        ]
        if let suppression { fields.append("\"suppression_seconds\": \(suppression)") }
        if let hints { fields.append("\"hints\": \(hints)") }
        return "{\"version\": 1, \"policies\": [{\n  " + fields.joined(separator: ",\n  ") + "\n}]}"
    }

    func policySet() throws -> PolicySet { try PolicySet(json: Data(json.utf8)) }
}

/// Alerts of the `LoopFault` kind, which the rig's hint table maps to hint
/// `loop_fault`, category `loop`.
enum LoopAlerts {
    static func alert(
        _ instance: String = "web-1", status: AlertStatus = .firing, name: String = "LoopFault", startsAt: Date = LoopRig.start
    ) -> AlertmanagerAlert {
        AlertmanagerAlert(
            status: status, labels: ["alertname": name, "instance": instance, "severity": "critical"],
            annotations: [
                "summary": "Checkout latency high on \(instance)",
                "description": "The checkout service answers slowly; the connection pool is exhausted.",
            ], startsAt: startsAt)
    }

    static func webhook(_ alerts: [AlertmanagerAlert], group: String = "{}:{alertname=\"LoopFault\"}") -> AlertmanagerWebhook {
        AlertmanagerWebhook(
            groupKey: group, status: alerts.contains { $0.status == .firing } ? .firing : .resolved, receiver: "vigil",
            alerts: alerts)
    }

    static func firing(_ instance: String = "web-1", group: String = "{}:{alertname=\"LoopFault\"}") -> AlertmanagerWebhook {
        webhook([alert(instance)], group: group)
    }

    static func resolved(_ instance: String = "web-1", group: String = "{}:{alertname=\"LoopFault\"}") -> AlertmanagerWebhook {
        webhook([alert(instance, status: .resolved)], group: group)
    }
}

/// Plans and steps.
enum Plans {
    static func plan(_ steps: [PlanStep], confidence: Double = 0.9) -> RemediationPlan {
        RemediationPlan(rootCause: "scripted", riskLevel: .low, confidence: confidence, steps: steps, source: .languageModel)
    }

    static func shell(_ command: String, rollback: PlannedAction? = nil) -> PlanStep {
        PlanStep(action: .shell(command: command), explanation: "run \(command)", rollback: rollback)
    }

    static func action(_ name: String, _ target: String = "web-1", _ parameters: [String: String] = [:], rollback: PlannedAction? = nil)
        -> PlanStep
    {
        PlanStep(
            action: .structured(name: name, target: target, parameters: parameters), explanation: "do \(name)", rollback: rollback)
    }

    static func structured(_ name: String, _ target: String = "web-1", _ parameters: [String: String] = [:]) -> PlannedAction {
        .structured(name: name, target: target, parameters: parameters)
    }
}

/// Everything a loop test needs, wired as `DemoRunner` wires it: one manual
/// clock (also the sleeper), one guardrail store shared by the decision engine
/// and the gate, in-memory pattern store and history, and the scripted fakes.
struct LoopRig: Sendable {
    /// Tuesday 2026-03-03 09:00 UTC.
    static let start = Date(timeIntervalSince1970: 1_772_528_400)
    static let category = "loop"
    static let hint = "loop_fault"
    static let verdicts = VerdictEngine()
    static let settings = try! GlobalSettings(enabled: true, maxActionsPerHour: 1_000, requireApproval: false, minReliability: 0)
    static let intake = IntakeConfiguration(
        hints: try! AlertHintTable(rules: [AlertHintRule(match: ["alertname": "LoopFault"], hint: hint, category: category)]),
        stabilityWindow: 300)

    /// Up to 3 attempts 30 s apart (then 60 s); clear for 60 s within 120 s, polled every 10 s.
    static func configuration(maxAttempts: Int = 3, backoff: Double = 30) -> LoopConfiguration {
        LoopConfiguration(
            maxAttempts: maxAttempts, backoffSeconds: backoff, maxBackoffSeconds: 600, verificationWindowSeconds: 60,
            verificationTimeoutSeconds: 120, verificationPollSeconds: 10, autoRemediationEnabled: true)
    }

    let clock: ManualClock
    let trail: Trail
    let executor: ScriptedExecutor
    let alerts: ScriptedAlertState
    let audit: FlakyAuditLog
    let cases: FlakyCaseStore
    let patterns: InMemoryPatternStore
    let history: InMemoryReliabilityHistory
    let guardrails: InMemoryGuardrailStore
    let policies: PolicySet
    let loop: IncidentOrchestrator

    init(
        policy: PolicyKnobs = PolicyKnobs(), triager: any Triager, configuration: LoopConfiguration = LoopRig.configuration(),
        settings: GlobalSettings = LoopRig.settings, executorSeconds: Double = 0, alertFallback: ScriptedAlertState.Plan = .firing,
        clock: ManualClock = ManualClock(LoopRig.start)
    ) throws {
        self.clock = clock
        trail = Trail()
        executor = ScriptedExecutor(clock: clock, trail: trail, seconds: executorSeconds)
        alerts = ScriptedAlertState(clock: clock, fallback: alertFallback)
        audit = FlakyAuditLog(clock: clock, trail: trail)
        cases = FlakyCaseStore(trail: trail)
        patterns = InMemoryPatternStore()
        history = InMemoryReliabilityHistory()
        guardrails = InMemoryGuardrailStore()
        policies = try policy.policySet()
        let decisions = DecisionEngine(
            policies: policies, settings: settings, guardrails: guardrails,
            safety: StaticSafetyProbe(backupAvailable: true, systemHealthy: true), clock: clock, verdicts: Self.verdicts)
        let services = LoopServices(
            decisions: decisions, gate: RemediationGate(guardrails: guardrails, clock: clock), triager: triager,
            executor: executor, alerts: alerts, cases: cases, audit: audit, patterns: patterns, history: history, clock: clock,
            sleeper: clock)
        loop = IncidentOrchestrator(services: services, configuration: configuration, intake: Self.intake)
    }

    /// A rig whose triager always proposes `steps`.
    init(
        _ steps: [PlanStep], policy: PolicyKnobs = PolicyKnobs(), configuration: LoopConfiguration = LoopRig.configuration(),
        settings: GlobalSettings = LoopRig.settings, executorSeconds: Double = 0, alertFallback: ScriptedAlertState.Plan = .firing
    ) throws {
        try self.init(
            policy: policy, triager: ScriptedTriager(plan: Plans.plan(steps)), configuration: configuration, settings: settings,
            executorSeconds: executorSeconds, alertFallback: alertFallback)
    }

    /// Sends a firing `LoopFault` for `instance` and returns the case it opened.
    func open(_ instance: String = "web-1", group: String = "{}:{alertname=\"LoopFault\"}") async throws -> String {
        let report = try await loop.receive(LoopAlerts.firing(instance, group: group))
        guard let id = report.opened.first else { throw RigError("no case opened: \(report.actions)") }
        return id
    }

    /// Makes the alert of `instance` clear as soon as any action runs successfully.
    func clearOnSuccess(_ instance: String = "web-1") {
        let alerts = alerts
        let fp = LoopAlerts.alert(instance).fingerprint
        executor.after { _, _ in alerts.clearNow(fp) }
    }

    /// Seeds the `LoopFault` pattern as DemoHistory seeds the demo's: 8 past
    /// tickets ten days apart, all resolved automatically, 7 with positive
    /// feedback and one neutral (positive rate 0.875): eligible.
    func seedEligiblePattern(_ instance: String = "web-1", tickets: Int = 8) async throws {
        guard let signature = AlertPattern.signature(of: LoopAlerts.alert(instance), category: Self.category) else {
            throw RigError("the alert has no key terms")
        }
        let now = clock.now().timeIntervalSince1970
        for i in 0..<tickets {
            let t = now - Double(tickets - i) * 10 * 86_400
            _ = try await patterns.record(.occurrence(aiConfidence: 0.9, reliability: 90), for: signature, at: t)
            _ = try await patterns.record(.outcome(resolved: true, autoRemediated: true), for: signature, at: t + 600)
            _ = try await patterns.record(.feedback(i == 3 ? .neutral : .positive), for: signature, at: t + 3_600)
        }
        guard try await patterns.pattern(signature.hash)?.eligibility.isEligible == true else {
            throw RigError("the seeded pattern is not eligible")
        }
    }

    /// The pattern record of the `LoopFault` alert.
    func pattern(_ instance: String = "web-1") async throws -> PatternRecord? {
        guard let signature = AlertPattern.signature(of: LoopAlerts.alert(instance), category: Self.category) else { return nil }
        return try await patterns.pattern(signature.hash)
    }

    func record(_ id: String) async throws -> CaseRecord {
        guard let r = await loop.record(id) else { throw RigError("no case \(id)") }
        return r
    }

    func entries(_ id: String? = nil, kind: String? = nil) async -> [AuditEntry] {
        let all = (try? await audit.inner.entries()) ?? []
        return all.filter { (id == nil || $0.caseID == id) && (kind == nil || $0.kind == kind) }
    }

    /// Whether the audit log's bytes verify as a hash chain.
    var chainVerifies: Bool {
        if case .valid = AuditChain.verify(audit.bytes) { return true }
        return false
    }
}

struct RigError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

extension CaseRecord {
    /// The states the timeline went through, starting with `received`.
    var path: [CaseState] { [.received] + timeline.map(\.to) }
}

extension LoopError {
    /// Runs `body` and returns the loop error it threw, or `nil` (another
    /// error is a test failure, reported as `nil`).
    static func caught<T>(_ body: () async throws -> T) async -> LoopError? {
        do {
            _ = try await body()
            return nil
        } catch let error as LoopError {
            return error
        } catch {
            Issue.record("expected a LoopError, got \(error)")
            return nil
        }
    }
}

extension JSONValue {
    /// The member `key` of an object, or `nil`.
    subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }
}
