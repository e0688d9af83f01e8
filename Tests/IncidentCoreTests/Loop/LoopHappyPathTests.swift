#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
@testable import IncidentCore

/// 1. A webhook opens a case; `run` takes it from received to resolved with
/// every action and transition recorded, and the gate's limits committed.
@Suite struct LoopHappyPathTests {
    static let steps = [
        Plans.shell("df -h /"),
        Plans.action("scale_deployment", "web-1", ["replicas": "4"]),
        Plans.action("restart_service", "web-1"),
    ]

    static var policy: PolicyKnobs {
        var p = PolicyKnobs()
        p.suppression = 900
        p.hints = #"{"loop_fault": {"max_attempts": 3}}"#
        return p
    }

    @Test func webhookOpensAReceivedCase() async throws {
        let rig = try LoopRig(Self.steps)
        let report = try await rig.loop.receive(LoopAlerts.firing())
        #expect(report.opened == ["INC-1"])
        let record = try await rig.record("INC-1")
        #expect(record.state == .received)
        #expect(record.hint == LoopRig.hint)
        #expect(record.category == LoopRig.category)
        #expect(record.alerts.map(\.fingerprint) == [LoopAlerts.alert().fingerprint])
        #expect(await rig.entries("INC-1").map(\.kind) == ["case.opened"])
        #expect(try await rig.cases.load("INC-1") == record)
        #expect(rig.executor.calls.isEmpty)
    }

    @Test func runResolvesThroughEveryState() async throws {
        #expect(LoopRig.verdicts.classify("df -h /").verdict == .allow)
        let rig = try LoopRig(Self.steps, policy: Self.policy, executorSeconds: 2)
        try await rig.seedEligiblePattern()
        rig.clearOnSuccess()
        let id = try await rig.open()
        let record = try await rig.loop.run(id)

        #expect(record.path == [.received, .triaging, .planned, .executing, .verifying, .resolved])
        #expect(record.attempts == 1)
        #expect(record.decisions.map(\.outcome) == [.execute])
        #expect(record.approvals.isEmpty && !record.hadHumanAction)
        #expect(record.runbook == nil)
        #expect(await rig.loop.pendingApproval(for: id) == nil)

        // Every action ran once, in plan order, and is in the record and the log.
        let keys = ["df -h /", "scale_deployment(web-1) replicas=4", "restart_service(web-1)"]
        #expect(rig.executor.keys == keys)
        #expect(record.actions.map { actionKey($0.action) } == keys)
        #expect(record.actions.allSatisfy { $0.attempt == 1 && !$0.isRollback && $0.result.outcome == .succeeded })
        #expect(record.actions.map(\.step) == [0, 1, 2])
        let logged = await rig.entries(id, kind: "case.action")
        #expect(logged.map { $0.data["step"] } == [.number(0), .number(1), .number(2)])
        #expect(logged.allSatisfy { $0.data["outcome"] == .string("succeeded") && $0.data["decision"] == .string("INC-1/1") })
        #expect(rig.executor.calls.allSatisfy { $0.action.verdict == .allow && $0.action.approval == nil })

        // The log holds each transition, in order, and the chain verifies.
        let transitions = await rig.entries(id, kind: "case.transition")
        #expect(transitions.map { $0.data["to"] } == record.timeline.map { .string($0.to.rawValue) })
        #expect(transitions.count == 5)
        #expect(rig.chainVerifies)
        let kinds = await rig.entries(id).map(\.kind)
        #expect(kinds.first == "case.opened" && kinds.last == "case.closed")
        #expect(kinds.contains("case.plan") && kinds.contains("case.decision"))
        #expect(try await rig.cases.load(id) == record)

        // Verified only after the alert stayed clear for the whole window.
        let verifying = try #require(record.timeline.first { $0.to == .verifying })
        let resolved = try #require(record.timeline.last)
        #expect(resolved.at.timeIntervalSince(verifying.at) == 60)
    }

    @Test func completedRunLeavesLimitsConsistent() async throws {
        let rig = try LoopRig(Self.steps, policy: Self.policy)
        try await rig.seedEligiblePattern()
        rig.clearOnSuccess()
        let id = try await rig.open()
        let record = try await rig.loop.run(id)
        #expect(record.state == .resolved)

        let g = rig.guardrails
        let now = rig.clock.now()
        let fp = LoopAlerts.alert().fingerprint.description
        #expect(g.pendingCount == 0, "the reservation was committed, not left pending")
        #expect(g.used(key: "actions|global", windowSeconds: 3_600, at: now) == 3)
        #expect(g.used(key: GuardrailClaim.key("actions", "policy", "loop-policy"), windowSeconds: 3_600, at: now) == 3)
        #expect(g.used(key: GuardrailClaim.key("attempts", "loop-policy", id), windowSeconds: nil, at: now) == 1)
        #expect(g.used(key: GuardrailClaim.key("authorized", "INC-1/1"), windowSeconds: 691_200, at: now) == 1)
        #expect(
            g.used(key: GuardrailClaim.key("fixed", "loop-policy", fp), windowSeconds: 900, counting: .successes, at: now) == 1,
            "a verified run commits as a success and starts the suppression window")

        // The suppression window holds: the same alert firing again opens a
        // new case, which the gate refuses to run.
        let second = try await rig.open()
        #expect(second == "INC-2")
        let again = try await rig.loop.run(second)
        #expect(again.state == .escalated)
        #expect(again.decisions.last?.denialReasons == ["policy.suppression_seconds"])
        #expect(rig.executor.calls.count == 3)
        #expect(g.pendingCount == 0)
    }

    @Test func closingFeedsHistoryAndPattern() async throws {
        let rig = try LoopRig(Self.steps, policy: Self.policy)
        try await rig.seedEligiblePattern()
        let before = try #require(try await rig.pattern()).statistics
        rig.clearOnSuccess()
        let id = try await rig.open()
        _ = try await rig.loop.run(id)
        let after = try #require(try await rig.pattern()).statistics
        #expect(after.occurrences == before.occurrences + 1)
        #expect(after.autoRemediationAttempts == before.autoRemediationAttempts + 1)
        #expect(after.autoRemediationSuccesses == before.autoRemediationSuccesses + 1)
        let outcomes = try await rig.history.history(for: LoopRig.category).outcomes
        #expect(outcomes.count == 1)
        #expect(outcomes.first?.resolved == true && outcomes.first?.autoRemediated == true)
        let closed = try #require(await rig.entries(id, kind: "case.closed").first)
        #expect(closed.data["state"] == .string("resolved"))
        #expect(closed.data["auto_remediated"] == .bool(true))
    }

    @Test func runOnATerminalCaseChangesNothing() async throws {
        let rig = try LoopRig(Self.steps)
        try await rig.seedEligiblePattern()
        rig.clearOnSuccess()
        let id = try await rig.open()
        let first = try await rig.loop.run(id)
        let entries = await rig.entries().count
        let again = try await rig.loop.run(id)
        #expect(again == first)
        #expect(await rig.entries().count == entries)
        #expect(rig.executor.calls.count == 3)
        #expect(await LoopError.caught { try await rig.loop.run("INC-99") }?.code == .unknownCase)
    }
}
