#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
@testable import IncidentCore

/// 4. A failing step rolls back the completed ones, newest first; the case
/// retries after the backoff; when the attempts run out it fails (nothing left
/// applied) or is partially remediated (something stayed applied), then
/// escalates with the outputs in the runbook. Verification that times out is
/// a failed attempt too.
@Suite struct LoopRetryTests {
    static let scaleUp = Plans.action(
        "scale_deployment", "web-1", ["replicas": "4"], rollback: Plans.structured("scale_deployment", "web-1", ["replicas": "2"]))
    static let memory = Plans.action(
        "increase_memory", "web-1", ["mb": "512"], rollback: Plans.structured("increase_memory", "web-1", ["mb": "256"]))
    static let restart = Plans.action("restart_service", "web-1")

    static let s1 = "scale_deployment(web-1) replicas=4"
    static let rb1 = "rollback scale_deployment(web-1) replicas=2"
    static let s2 = "increase_memory(web-1) mb=512"
    static let rb2 = "rollback increase_memory(web-1) mb=256"
    static let s3 = "restart_service(web-1)"

    static func rig(_ steps: [PlanStep], maxAttempts: Int = 3, backoff: Double = 30, hints: String? = nil) async throws -> LoopRig {
        var policy = PolicyKnobs()
        policy.hints = hints
        let rig = try LoopRig(
            steps, policy: policy, configuration: LoopRig.configuration(maxAttempts: maxAttempts, backoff: backoff),
            executorSeconds: 2)
        try await rig.seedEligiblePattern()
        return rig
    }

    @Test func step2Of3FailsEveryAttempt() async throws {
        let rig = try await Self.rig([Self.scaleUp, Self.memory, Self.restart])
        rig.executor.script(Self.s2, .failed, .failed, .failed)
        let id = try await rig.open()
        let record = try await rig.loop.run(id)

        // Each attempt: step 1, step 2 fails, step 1 rolled back; step 3 never runs.
        #expect(rig.executor.keys == Array(repeating: [Self.s1, Self.s2, Self.rb1], count: 3).flatMap { $0 })
        #expect(record.attempts == 3)
        #expect(record.path == [.received, .triaging, .planned, .executing, .executing, .executing, .failed, .escalated])
        #expect(record.actions.map(\.attempt) == [1, 1, 1, 2, 2, 2, 3, 3, 3])
        #expect(record.actions.filter(\.isRollback).map(\.step) == [0, 0, 0])
        #expect(record.decisions.count == 3, "every attempt is decided again")

        // The backoff: 30 s after attempt 1's last action, then 60 s.
        let retries = record.timeline.filter { $0.event == .retry }
        try #require(retries.count == 2)
        let end1 = try #require(record.actions.last { $0.attempt == 1 }?.result.finishedAt)
        let end2 = try #require(record.actions.last { $0.attempt == 2 }?.result.finishedAt)
        #expect(retries[0].at.timeIntervalSince(end1) == 30)
        #expect(retries[1].at.timeIntervalSince(end2) == 60)

        let runbook = try #require(record.runbook)
        #expect(runbook.contains("State: **escalated** after 3 attempts"))
        #expect(runbook.contains("attempt 3, step 2: \(ProcessExecutor.describe(Self.memory.action)) → **failed**, exit 1"))
        #expect(runbook.contains("attempt 1, step 1 (rollback)"))
        #expect(runbook.contains("err of \(Self.s2) #2"))
        #expect(runbook.contains("out of \(Self.rb1) #9"))
        #expect(runbook.contains("Steps that never completed: 2, 3."))
        #expect(!runbook.contains("could not be rolled back"))
        #expect(rig.guardrails.pendingCount == 0)
        #expect(rig.guardrails.used(key: GuardrailClaim.key("authorized", "INC-1/3"), windowSeconds: 691_200, at: rig.clock.now()) == 1)
    }

    @Test func rollbacksRunNewestFirst() async throws {
        let rig = try await Self.rig([Self.scaleUp, Self.memory, Self.restart], maxAttempts: 1)
        rig.executor.script(Self.s3, .timedOut)
        let record = try await rig.loop.run(try await rig.open())
        #expect(rig.executor.keys == [Self.s1, Self.s2, Self.s3, Self.rb2, Self.rb1])
        #expect(record.path.suffix(3) == [.executing, .failed, .escalated])
        #expect(record.timeline.first { $0.to == .failed }?.reason?.hasPrefix("step 3 restart_service(web-1) timed_out") == true)
    }

    @Test func aCompletedStepWithoutRollbackIsPartialRemediation() async throws {
        let rig = try await Self.rig([Self.scaleUp, Self.restart, Self.memory], maxAttempts: 1)
        rig.executor.script(Self.s2, .failed)
        let record = try await rig.loop.run(try await rig.open())
        #expect(rig.executor.keys == [Self.s1, Self.s3, Self.s2, Self.rb1])
        #expect(record.path.suffix(3) == [.executing, .partiallyRemediated, .escalated])
        // The loop renders the runbook once the case is escalated; it must
        // still say that a change stayed applied.
        #expect(record.runbook?.contains("Some changes could not be rolled back") == true)
    }

    @Test func aFailedRollbackIsPartialRemediation() async throws {
        let rig = try await Self.rig([Self.scaleUp, Self.memory], maxAttempts: 1)
        rig.executor.script(Self.s2, .failed)
        rig.executor.script(Self.rb1, .failed)
        let record = try await rig.loop.run(try await rig.open())
        #expect(record.path.suffix(3) == [.executing, .partiallyRemediated, .escalated])
        #expect(record.runbook?.contains("Some changes could not be rolled back") == true)
    }

    /// How the attempt after a partial one ends.
    enum Later: String, CaseIterable, Sendable {
        /// Its step fails and the rollback works.
        case stepFails
        /// The re-decision denies it (the hint allows one attempt).
        case denied
        /// Its steps work but the alert stays firing.
        case verificationFails
    }

    /// Attempt 1 leaves a change behind (its rollback fails); the next one
    /// ends however it ends. What attempt 1 left is still applied, so the
    /// case must not end as `failed` ("nothing remains applied").
    @Test(arguments: Later.allCases)
    func aChangeLeftByAnEarlierAttemptStaysPartial(_ later: Later) async throws {
        let rig = try await Self.rig(
            [Self.scaleUp, Self.memory], maxAttempts: 2,
            hints: later == .denied ? #"{"loop_fault": {"max_attempts": 1}}"# : nil)
        rig.executor.script(Self.s2, .failed, later == .stepFails ? .failed : .succeeded)
        rig.executor.script(Self.rb1, .failed, .succeeded)
        let record = try await rig.loop.run(try await rig.open())
        #expect(Array(rig.executor.keys.prefix(3)) == [Self.s1, Self.s2, Self.rb1])
        #expect(record.attempts == (later == .denied ? 1 : 2))
        #expect(record.path.suffix(2) == [.partiallyRemediated, .escalated], "\(record.path)")
        #expect(record.runbook?.contains("Some changes could not be rolled back") == true)
    }

    @Test func verificationTimesOutThenSucceedsOnAttempt2() async throws {
        var policy = PolicyKnobs()
        policy.suppression = 900
        let rig = try LoopRig([Self.restart], policy: policy, configuration: LoopRig.configuration(maxAttempts: 3))
        try await rig.seedEligiblePattern()
        let t0 = LoopRig.start
        // Firing through attempt 1's verification (t0 … t0+120), clear from t0+140.
        rig.alerts.set(LoopAlerts.alert().fingerprint, .clear(at: t0.addingTimeInterval(140)))
        let id = try await rig.open()
        let record = try await rig.loop.run(id)

        #expect(record.state == .resolved)
        #expect(record.attempts == 2)
        #expect(record.path == [.received, .triaging, .planned, .executing, .verifying, .executing, .verifying, .resolved])
        #expect(rig.executor.keys == [Self.s3, Self.s3])
        let retry = try #require(record.timeline.first { $0.event == .retry })
        #expect(retry.at == t0.addingTimeInterval(150), "120 s of verification, then the 30 s backoff")
        #expect(record.timeline.last?.at == t0.addingTimeInterval(200), "clear since t0+140, held for 60 s")
        #expect(record.notes.contains { $0.text.hasPrefix("attempt 1 did not fix it: after 120 s: alert") })
        let now = rig.clock.now()
        let fp = LoopAlerts.alert().fingerprint.description
        #expect(rig.guardrails.used(key: GuardrailClaim.key("fixed", "loop-policy", fp), windowSeconds: 900, counting: .successes, at: now) == 1)
        #expect(rig.guardrails.used(key: GuardrailClaim.key("fixed", "loop-policy", fp), windowSeconds: 900, at: now) == 2)
    }

    @Test(arguments: [
        ScriptedAlertState.Plan.firing, .unknown, .clear(at: LoopRig.start.addingTimeInterval(100_000)),
    ])
    func verificationThatNeverPassesFailsAfterMaxAttempts(_ plan: ScriptedAlertState.Plan) async throws {
        let rig = try LoopRig([Self.restart], configuration: LoopRig.configuration(maxAttempts: 2), alertFallback: plan)
        try await rig.seedEligiblePattern()
        let record = try await rig.loop.run(try await rig.open())
        #expect(record.attempts == 2)
        #expect(
            record.path == [.received, .triaging, .planned, .executing, .verifying, .executing, .verifying, .failed, .escalated])
        #expect(rig.executor.calls.count == 2)
        #expect(record.timeline.first { $0.to == .failed }?.reason?.hasPrefix("after 120 s: alert") == true)
    }

    @Test(arguments: [(30.0, 600.0, [30.0, 60.0, 120.0]), (50, 70, [50, 70, 70]), (0, 600, [0, 0, 0])])
    func backoffDoublesUpToTheCap(_ backoff: Double, _ cap: Double, _ waits: [Double]) async throws {
        let configuration = LoopConfiguration(
            maxAttempts: 4, backoffSeconds: backoff, maxBackoffSeconds: cap, verificationWindowSeconds: 60,
            verificationTimeoutSeconds: 120, verificationPollSeconds: 10, autoRemediationEnabled: true)
        let rig = try LoopRig([Self.restart], configuration: configuration)
        try await rig.seedEligiblePattern()
        rig.executor.script(Self.s3, .failed, .failed, .failed, .failed)
        let record = try await rig.loop.run(try await rig.open())
        let starts = record.timeline.filter { $0.to == .executing }.map(\.at)
        #expect(zip(starts, starts.dropFirst()).map { $1.timeIntervalSince($0) } == waits)
        #expect(record.attempts == 4)
    }

    @Test func theHintsMaxAttemptsStopsRetriesEarly() async throws {
        let rig = try await Self.rig([Self.restart], maxAttempts: 3, hints: #"{"loop_fault": {"max_attempts": 2}}"#)
        rig.executor.script(Self.s3, .failed, .failed, .failed)
        let record = try await rig.loop.run(try await rig.open())
        #expect(record.attempts == 2)
        #expect(rig.executor.calls.count == 2)
        #expect(record.decisions.last?.denialReasons == ["hints.loop_fault.max_attempts"])
        #expect(record.timeline.first { $0.to == .failed }?.reason?.hasPrefix("the next attempt was denied: hints.loop_fault.max_attempts") == true)
        #expect(record.state == .escalated)
    }

    @Test func anApprovedRunThatFailsIsNotRetriedWithoutANewApproval() async throws {
        var policy = PolicyKnobs()
        policy.requiresApproval = true
        policy.autoApprove = "99"
        let rig = try LoopRig([Self.restart], policy: policy)
        try await rig.seedEligiblePattern()
        rig.executor.script(Self.s3, .failed)
        let id = try await rig.open()
        _ = try await rig.loop.run(id)
        let record = try await rig.loop.vote(.approve(approver: "alice"), on: id)
        #expect(record.attempts == 1)
        #expect(rig.executor.calls.count == 1)
        #expect(record.state == .escalated)
        #expect(record.timeline.first { $0.to == .failed }?.reason == "the next attempt needs a human approval")
    }
}
