#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PatternLearning
import Reliability
import Testing
@testable import IncidentCore

/// 7. Fail closed: when the audit log or the case store fails, the loop stops
/// with `LoopError(.storage)`, the state does not change without its audit
/// entry, and nothing more reaches the executor.
@Suite struct LoopFailClosedTests {
    static let s2 = "increase_memory(web-1) mb=512"

    /// A run that goes through everything: step 2 fails on attempt 1 (step 1
    /// rolled back), attempt 2 works and is verified.
    static func rig() async throws -> (LoopRig, String) {
        let rig = try LoopRig([LoopRetryTests.scaleUp, LoopRetryTests.memory, LoopRetryTests.restart], executorSeconds: 1)
        try await rig.seedEligiblePattern()
        rig.executor.script(Self.s2, .failed)
        let alerts = rig.alerts
        rig.executor.after { action, _ in
            if case .structured("restart_service", _, _) = action.action { alerts.clearNow(LoopAlerts.alert().fingerprint) }
        }
        return (rig, try await rig.open())
    }

    /// Every case's in-memory timeline matches its `case.transition` entries.
    static func transitionsMatch(_ rig: LoopRig, _ id: String) async throws -> Bool {
        try await rig.record(id).timeline.count == rig.entries(id, kind: "case.transition").count
    }

    @Test func theSweptRunSucceedsWhenNothingFails() async throws {
        let (rig, id) = try await Self.rig()
        let record = try await rig.loop.run(id)
        #expect(record.state == .resolved)
        #expect(record.attempts == 2)
        #expect(rig.executor.keys == [
            LoopRetryTests.s1, Self.s2, LoopRetryTests.rb1, LoopRetryTests.s1, Self.s2, LoopRetryTests.s3,
        ])
        let kinds = await rig.entries(id).map(\.kind)
        #expect(kinds.filter { $0 == "case.action" }.count == 6)
        #expect(kinds.filter { $0 == "case.decision" }.count == 2)
        #expect(kinds.filter { $0 == "case.transition" }.count == 6)
        #expect(kinds.filter { $0 == "case.note" }.count == 1)
        #expect(rig.audit.appended == kinds.count)
    }

    @Test func anAuditFailureAtAnyAppendStopsTheRun() async throws {
        let (baseline, baseID) = try await Self.rig()
        _ = try await baseline.loop.run(baseID)
        let total = baseline.audit.appended
        for n in 1..<total {
            let (rig, id) = try await Self.rig()
            rig.audit.failAfter(n)
            let error = await LoopError.caught { try await rig.loop.run(id) }
            let failed = rig.trail.all.first { $0.hasPrefix("audit-fail") } ?? "none"
            let context = "failing append \(n + 1) of \(total) (\(failed))"
            #expect(error?.code == .storage, "\(context)")
            #expect(error?.caseID == id, "\(context)")
            #expect(error?.message.contains("injected audit failure") == true, "\(context): \(String(describing: error))")
            #expect(!rig.trail.executesAfterFirst("audit-fail"), "\(context): \(rig.trail.all)")
            #expect(try await Self.transitionsMatch(rig, id), "\(context)")
            #expect(try await rig.cases.load(id) == rig.record(id), "\(context)")
            #expect(rig.chainVerifies, "\(context)")
            let ran = rig.executor.calls.count
            let logged = await rig.entries(id, kind: "case.action").count
            #expect(ran - logged == (failed == "audit-fail case.action" ? 1 : 0), "\(context)")

            // Still failing: another run changes nothing and runs nothing.
            let state = try await rig.record(id)
            #expect(await LoopError.caught { try await rig.loop.run(id) }?.code == .storage, "\(context)")
            #expect(try await rig.record(id) == state, "\(context)")
            #expect(rig.executor.calls.count == ran, "\(context)")

            // Healed: the case ends somewhere final, every change on record,
            // closed and learned from once.
            rig.audit.failAfter(nil)
            let end = try await rig.loop.run(id)
            #expect(end.state.isTerminal, "\(context): \(end.state)")
            #expect(try await Self.transitionsMatch(rig, id), "\(context)")
            #expect(try await rig.cases.load(id) == end, "\(context)")
            #expect(await rig.entries(id, kind: "case.closed").count == 1, "\(context)")
            #expect(try await rig.history.history(for: LoopRig.category).outcomes.count == 1, "\(context)")
            #expect(rig.chainVerifies, "\(context)")
            if state.state == .executing || state.state == .verifying {
                #expect(end.state == .escalated, "\(context): found mid-run")
                #expect(rig.executor.calls.count == ran, "\(context): nothing reruns after a mid-run stop")
            }
        }
    }

    @Test func aCaseStoreFailureAtAnySaveStopsTheRun() async throws {
        let (baseline, baseID) = try await Self.rig()
        _ = try await baseline.loop.run(baseID)
        let total = baseline.cases.saved
        for n in 1..<total {
            let (rig, id) = try await Self.rig()
            rig.cases.failAfter(n)
            let error = await LoopError.caught { try await rig.loop.run(id) }
            let context = "failing save \(n + 1) of \(total)"
            #expect(error?.code == .storage, "\(context)")
            #expect(error?.message.contains("case store") == true, "\(context): \(String(describing: error))")
            #expect(!rig.trail.executesAfterFirst("save-fail"), "\(context): \(rig.trail.all)")
            // The log is ahead of (or level with) the store, never behind it.
            let stored = try #require(try await rig.cases.load(id))
            #expect(try await rig.entries(id, kind: "case.transition").count >= stored.timeline.count, "\(context)")
            #expect(try await Self.transitionsMatch(rig, id), "\(context)")
            let ran = rig.executor.calls.count
            #expect(await LoopError.caught { try await rig.loop.run(id) }?.code == .storage, "\(context)")
            #expect(rig.executor.calls.count == ran, "\(context)")

            rig.cases.failAfter(nil)
            let end = try await rig.loop.run(id)
            #expect(end.state.isTerminal, "\(context)")
            #expect(try await rig.cases.load(id) == end, "\(context): the store caught up")
            #expect(await rig.entries(id, kind: "case.closed").count == 1, "\(context)")
            #expect(try await rig.history.history(for: LoopRig.category).outcomes.count == 1, "\(context)")
            #expect(try await Self.transitionsMatch(rig, id), "\(context)")
            #expect(rig.chainVerifies, "\(context)")
        }
    }

    @Test func aFailingHistoryStopsBeforeTheDecision() async throws {
        let clock = ManualClock(LoopRig.start)
        let audit = InMemoryAuditLog(clock: clock)
        let guardrails = InMemoryGuardrailStore()
        let executor = ScriptedExecutor(clock: clock)
        let services = LoopServices(
            decisions: DecisionEngine(policies: try PolicyKnobs().policySet(), settings: LoopRig.settings, guardrails: guardrails, clock: clock),
            gate: RemediationGate(guardrails: guardrails, clock: clock),
            triager: ScriptedTriager(plan: Plans.plan([LoopRetryTests.restart])), executor: executor,
            alerts: ScriptedAlertState(clock: clock), cases: InMemoryCaseStore(), audit: audit, patterns: InMemoryPatternStore(),
            history: FailingHistory(), clock: clock, sleeper: clock)
        let loop = IncidentOrchestrator(services: services, configuration: LoopRig.configuration(), intake: LoopRig.intake)
        let id = try #require(try await loop.receive(LoopAlerts.firing()).opened.first)
        let error = await LoopError.caught { try await loop.run(id) }
        #expect(error?.code == .storage)
        #expect(error?.message.hasPrefix("reliability history:") == true)
        #expect(await loop.record(id)?.state == .planned)
        #expect(await loop.record(id)?.decisions.isEmpty == true)
        #expect(executor.calls.isEmpty)
    }

    /// The log refuses `case.opened`: no case exists, and the correlator must
    /// not keep the incident either, or Alertmanager's resend of the same
    /// notification would be a "duplicate" of a case that was never opened.
    @Test(arguments: ["audit", "store"])
    func aFailedOpeningIsRetriedByTheResend(_ failing: String) async throws {
        let rig = try LoopRig([LoopRetryTests.restart])
        if failing == "audit" { rig.audit.failAfter(0) } else { rig.cases.failAfter(0) }
        let error = await LoopError.caught { try await rig.loop.receive(LoopAlerts.firing()) }
        #expect(error?.code == .storage)
        #expect(await rig.loop.cases.isEmpty)
        rig.audit.failAfter(nil)
        rig.cases.failAfter(nil)
        let resend = try await rig.loop.receive(LoopAlerts.firing())
        let id = try #require(resend.opened.first, "the resend opened nothing: \(resend.actions)")
        #expect(try await rig.record(id).state == .received)
        #expect(try await rig.cases.load(id) != nil)
        #expect(await rig.loop.cases.count == 1)
    }

    /// The log refuses the first decision's entry, twice; the healed run
    /// decides again. The case is still one occurrence of its pattern — not
    /// three, which would also drag the pattern's mean reliability down and
    /// change the decision.
    @Test(arguments: ["audit", "store"])
    func aRetriedDecisionCountsThePatternOnce(_ failing: String) async throws {
        let (rig, id) = try await Self.rig()
        let seeded = try #require(try await rig.pattern()).statistics.occurrences
        for _ in 0..<2 {
            if failing == "audit" {
                rig.audit.failOn(["case.decision"])
            } else {
                rig.cases.fail { $0.state == .planned && !$0.decisions.isEmpty }
            }
            #expect(await LoopError.caught { try await rig.loop.run(id) }?.code == .storage)
            #expect(try await rig.record(id).state == .planned)
            rig.audit.failOn([])
            rig.cases.fail(when: nil)
        }
        let record = try await rig.loop.run(id)
        #expect(try #require(try await rig.pattern()).statistics.occurrences == seeded + 1)
        #expect(record.decisions.first?.outcome == .execute)
        #expect(record.state == .resolved)
    }

    /// The store refuses the save of the terminal state. The loop must not
    /// leave the case terminal in memory but never saved or closed (its
    /// incident still open in intake, so the alert could never open a new
    /// case; its outcome never learned; no runbook): the next run finishes it.
    @Test(arguments: [CaseState.resolved, .escalated, .rejected])
    func aFailedFinalSaveIsFinishedByTheNextRun(_ end: CaseState) async throws {
        var policy = PolicyKnobs()
        if end == .rejected {
            policy.requiresApproval = true
            policy.autoApprove = "99"
        }
        let steps = end == .escalated ? [Plans.shell("rm -rf /")] : [LoopRetryTests.restart]
        let rig = try LoopRig(steps, policy: policy)
        try await rig.seedEligiblePattern()
        rig.clearOnSuccess()
        let id = try await rig.open()
        rig.cases.fail { $0.state == end }
        if end == .rejected {
            _ = try await rig.loop.run(id)
            #expect(await LoopError.caught { try await rig.loop.vote(.deny(approver: "bob", comment: "no"), on: id) }?.code == .storage)
        } else {
            #expect(await LoopError.caught { try await rig.loop.run(id) }?.code == .storage)
        }
        #expect(try await rig.record(id).state == end)
        // Still failing: the next run says so rather than pretend all is done.
        #expect(await LoopError.caught { try await rig.loop.run(id) }?.code == .storage)

        rig.cases.fail(when: nil)
        let record = try await rig.loop.run(id)
        #expect(record.state == end)
        #expect(try await rig.cases.load(id) == record)
        #expect(await rig.entries(id, kind: "case.closed").count == 1)
        #expect(try await rig.history.history(for: LoopRig.category).outcomes.count == 1)
        #expect((record.runbook != nil) == (end == .escalated))
        #expect(try await Self.transitionsMatch(rig, id))
        #expect(try await rig.open() == "INC-2", "the incident is closed: the alert opens a new case")
        // Closed for good: another run changes nothing.
        let entries = await rig.entries().count
        #expect(try await rig.loop.run(id) == record)
        #expect(await rig.entries().count == entries)
    }

    /// The log refuses the storm member's entry; the resend must still make
    /// the member part of the case (it is what verification checks).
    @Test func aFailedAttachIsRepairedByTheResend() async throws {
        let rig = try LoopRig([LoopRetryTests.restart])
        let id = try await rig.open()
        rig.audit.failOn(["case.alert.attached"])
        let storm = LoopAlerts.webhook([LoopAlerts.alert("web-1"), LoopAlerts.alert("web-2")])
        #expect(await LoopError.caught { try await rig.loop.receive(storm) }?.code == .storage)
        rig.audit.failOn([])
        _ = try await rig.loop.receive(storm)
        #expect(try await rig.record(id).alerts.map { $0.labels["instance"] } == ["web-1", "web-2"])
    }
}

/// A reliability history that is down.
struct FailingHistory: ReliabilityHistory {
    struct Down: Error {}
    func record(feedback: FeedbackRecord, category: String) async throws { throw Down() }
    func record(outcome: OutcomeRecord) async throws { throw Down() }
    func history(for category: String) async throws -> (feedback: [FeedbackRecord], outcomes: [OutcomeRecord]) { throw Down() }
}
