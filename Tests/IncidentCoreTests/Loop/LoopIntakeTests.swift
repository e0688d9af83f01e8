#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization
import Testing
@testable import IncidentCore

/// 6. Intake: duplicates and storm members join the open case (also while it
/// is being run); an alert that resolved and stayed resolved before anything
/// ran resolves the case; after a case closed, the alert opens a new one.
@Suite struct LoopIntakeTests {
    static let steps = [Plans.action("restart_service", "web-1")]

    static var approvalPolicy: PolicyKnobs {
        var p = PolicyKnobs()
        p.requiresApproval = true
        p.autoApprove = "99"
        return p
    }

    @Test func duplicatesAndStormMembersAttachToTheOpenCase() async throws {
        let rig = try LoopRig(Self.steps)
        let id = try await rig.open()
        for _ in 0..<2 {
            let report = try await rig.loop.receive(LoopAlerts.firing())
            #expect(report.opened.isEmpty && report.updated == [id])
        }
        let storm = try await rig.loop.receive(LoopAlerts.webhook(["web-1", "web-2", "web-3"].map { LoopAlerts.alert($0) }))
        #expect(storm.opened.isEmpty)
        #expect(storm.updated == [id, id, id])
        let record = try await rig.record(id)
        #expect(record.alerts.map { $0.labels["instance"] } == ["web-1", "web-2", "web-3"])
        #expect(record.suppressedDuplicates == 5, "3 repeats of web-1 and 2 storm members")
        #expect(await rig.entries(id, kind: "case.alert.duplicate").count == 3)
        #expect(await rig.entries(id, kind: "case.alert.attached").count == 2)
        #expect(await rig.loop.cases.count == 1)
        #expect(try await rig.cases.load(id) == record)
    }

    /// While the executor runs (the loop is suspended in `run`), Alertmanager
    /// resends the alert and a storm member arrives.
    @Test(arguments: [true, false])
    func intakeDuringARunAttachesToTheCase(_ memberClears: Bool) async throws {
        let rig = try LoopRig(Self.steps, configuration: LoopRig.configuration(maxAttempts: 1))
        try await rig.seedEligiblePattern()
        let loop = rig.loop
        let alerts = rig.alerts
        let errors = Mutex<[String]>([])
        rig.executor.before { _, call in
            guard call == 0 else { return }
            do {
                _ = try await loop.receive(LoopAlerts.firing())
                _ = try await loop.receive(LoopAlerts.webhook([LoopAlerts.alert("web-1"), LoopAlerts.alert("web-2")]))
            } catch {
                errors.withLock { $0.append("\(error)") }
            }
        }
        rig.executor.after { _, _ in
            alerts.clearNow(LoopAlerts.alert("web-1").fingerprint)
            if memberClears { alerts.clearNow(LoopAlerts.alert("web-2").fingerprint) }
        }
        let id = try await rig.open()
        let record = try await rig.loop.run(id)

        #expect(errors.withLock { $0 }.isEmpty)
        #expect(record.alerts.map { $0.labels["instance"] } == ["web-1", "web-2"])
        #expect(record.suppressedDuplicates == 3)
        #expect(try await rig.cases.load(id) == record)
        #expect(await rig.loop.cases.count == 1)
        // The member that joined mid-run is verified too.
        #expect(record.state == (memberClears ? .resolved : .escalated))
        if !memberClears {
            let fp = LoopAlerts.alert("web-2").fingerprint
            #expect(record.timeline.first { $0.to == .failed }?.reason == "after 120 s: alert \(fp) is firing")
        }
    }

    enum Resting: String, CaseIterable, Sendable {
        case received, planned, awaitingApproval
    }

    /// Brings a case to rest in `state` without running anything.
    static func rest(in state: Resting) async throws -> (LoopRig, String) {
        let rig = try LoopRig(Self.steps, policy: state == .awaitingApproval ? Self.approvalPolicy : PolicyKnobs())
        try await rig.seedEligiblePattern()
        let id = try await rig.open()
        switch state {
        case .received:
            break
        case .planned:
            // The log refuses the decision: the run stops with the case planned.
            rig.audit.failOn(["case.decision"])
            #expect(await LoopError.caught { try await rig.loop.run(id) }?.code == .storage)
            rig.audit.failOn([])
        case .awaitingApproval:
            _ = try await rig.loop.run(id)
        }
        try #require(try await rig.record(id).state.rawValue == (state == .awaitingApproval ? "awaiting_approval" : state.rawValue))
        return (rig, id)
    }

    @Test(arguments: Resting.allCases)
    func aResolvedAndStableAlertResolvesTheCase(_ state: Resting) async throws {
        let (rig, id) = try await Self.rest(in: state)
        rig.clock.advance(by: 10)
        _ = try await rig.loop.receive(LoopAlerts.resolved())
        rig.clock.advance(by: 299)
        #expect(try await rig.loop.tick().updated.isEmpty, "not yet stable")
        rig.clock.advance(by: 1)
        let report = try await rig.loop.tick()
        #expect(report.updated == [id])
        let record = try await rig.record(id)
        #expect(record.state == .resolved)
        #expect(record.timeline.last?.event == .alertCleared)
        #expect(record.actions.isEmpty && rig.executor.calls.isEmpty)
        #expect(await rig.loop.pendingApproval(for: id) == nil)
        #expect(await rig.entries(id, kind: "case.closed").first?.data["auto_remediated"] == .bool(false))
        #expect(try await rig.cases.load(id) == record)
        #expect(await LoopError.caught { try await rig.loop.vote(.approve(approver: "alice"), on: id) }?.code == .invalidState)
        // The incident is over: the same alert firing again is a new case.
        #expect(try await rig.open() == "INC-2")
    }

    @Test func aFlapKeepsTheCaseOpen() async throws {
        let rig = try LoopRig(Self.steps)
        let id = try await rig.open()
        _ = try await rig.loop.receive(LoopAlerts.resolved())
        rig.clock.advance(by: 200)
        let flap = try await rig.loop.receive(LoopAlerts.firing())
        #expect(flap.updated == [id])
        #expect(await rig.entries(id, kind: "case.alert.flap").count == 1)
        rig.clock.advance(by: 600)
        #expect(try await rig.loop.tick().updated.isEmpty)
        #expect(try await rig.record(id).state == .received)
    }

    @Test func aNewAlertAfterTheCaseClosedOpensANewCase() async throws {
        let rig = try LoopRig(Self.steps)
        try await rig.seedEligiblePattern()
        rig.clearOnSuccess()
        let first = try await rig.open()
        #expect(try await rig.loop.run(first).state == .resolved)
        rig.clock.advance(by: 60)
        let second = try await rig.open()
        #expect(second == "INC-2")
        // While INC-2 is open, the same alert is a duplicate of INC-2.
        let again = try await rig.loop.receive(LoopAlerts.firing())
        #expect(again.opened.isEmpty && again.updated == [second])
        #expect(try await rig.record(first).suppressedDuplicates == 0)
    }

    /// The alert resolves and stays resolved while the case is being triaged
    /// (the loop is busy with it). Nothing has run yet, so the case must end
    /// resolved by the alert — not run its plan, nor wait for an approval
    /// that no longer matters.
    @Test(arguments: [false, true])
    func aResolutionWhileTheCaseIsBusyIsNotLost(_ needsApproval: Bool) async throws {
        let clock = ManualClock(LoopRig.start)
        let box = Mutex<(IncidentOrchestrator, ScriptedAlertState)?>(nil)
        let triager = ScriptedTriager(plan: Plans.plan(Self.steps)) {
            guard let (loop, alerts) = box.withLock({ $0 }) else { return }
            alerts.clearNow(LoopAlerts.alert().fingerprint)
            _ = try? await loop.receive(LoopAlerts.resolved())
            clock.advance(by: 300)
            _ = try? await loop.tick()
        }
        let rig = try LoopRig(policy: needsApproval ? Self.approvalPolicy : PolicyKnobs(), triager: triager, clock: clock)
        box.withLock { $0 = (rig.loop, rig.alerts) }
        try await rig.seedEligiblePattern()
        let id = try await rig.open()
        _ = try await rig.loop.run(id)
        _ = try await rig.loop.tick()

        let record = try await rig.record(id)
        #expect(rig.executor.calls.isEmpty, "ran \(rig.executor.keys) for an alert that had resolved")
        #expect(record.state == .resolved)
        #expect(record.timeline.last?.event == .alertCleared)
        #expect(await rig.loop.pendingApproval(for: id) == nil)
        // And the incident is over: the alert firing again opens a new case,
        // while no second case exists for the old incident.
        #expect(try await rig.open() == "INC-2")
    }

    /// The resolution lands while a vote is being recorded, and the vote
    /// leaves the case waiting (a quorum of two): the next tick resolves it.
    @Test func aResolutionDuringAVoteIsHandledByTheNextTick() async throws {
        var policy = Self.approvalPolicy
        policy.quorum = 2
        let rig = try LoopRig(Self.steps, policy: policy)
        try await rig.seedEligiblePattern()
        let id = try await rig.open()
        _ = try await rig.loop.run(id)
        let (loop, clock) = (rig.loop, rig.clock)
        rig.audit.once(before: "case.approval.vote") {
            _ = try? await loop.receive(LoopAlerts.resolved())
            clock.advance(by: 300)
            _ = try? await loop.tick()
        }
        #expect(try await rig.loop.vote(.approve(approver: "alice"), on: id).state == .awaitingApproval)
        let report = try await rig.loop.tick()
        #expect(report.updated == [id])
        #expect(try await rig.record(id).state == .resolved)
        #expect(await rig.loop.pendingApproval(for: id) == nil)
        #expect(rig.executor.calls.isEmpty)
    }
}
