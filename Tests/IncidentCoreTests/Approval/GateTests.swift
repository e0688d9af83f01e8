import Foundation
import ShellAST
import Testing

@testable import IncidentCore

/// Only the gate mints authorised actions, under the limits, in the windows.
@Suite struct GateTests {
    struct Setup {
        let clock: ManualClock
        let store: InMemoryGuardrailStore
        let engine: DecisionEngine
        let gate: RemediationGate

        init(_ policy: RemediationPolicy = Fx.lenient(), settings: GlobalSettings = Fx.enabled, at: Date = Fx.night) {
            clock = ManualClock(at)
            store = InMemoryGuardrailStore()
            engine = DecisionEngine(
                policies: Fx.set(policy), settings: settings, guardrails: store, safety: Fx.healthy, clock: clock)
            gate = RemediationGate(guardrails: store, clock: clock)
        }
    }

    @Test func executeDecisionMintsEveryStepInOrder() async throws {
        let s = Setup()
        let d = await s.engine.decide(
            Fx.request([Fx.step("df -h"), Fx.action("restart_pod", target: "web-1", rollback: .shell(command: "uptime"))]))
        #expect(d.outcome == .execute)
        let a = try await s.gate.authorize(d)
        #expect(a.actions.map(\.index) == [0, 1])
        #expect(a.actions[0].command?.command == "df -h")
        #expect(a.actions[0].command?.verdict == .allow)
        #expect(a.actions[1].command == nil)
        #expect(a.actions[1].rollback?.command?.command == "uptime")
        #expect(a.actions[1].rollback?.isRollback == true && a.actions[1].isRollback == false)
        #expect(a.actions.allSatisfy { $0.caseID == "case-1" && $0.decisionID == d.id })
        #expect(a.approval == nil && a.actions.allSatisfy { $0.approval == nil })
        #expect(s.store.pendingCount == 1)
        try await s.gate.complete(a, outcome: .succeeded)
        #expect(s.store.pendingCount == 0)
        #expect(s.store.used(key: "actions|policy|test-policy", windowSeconds: 3_600, at: Fx.night) == 2)
    }

    @Test func refusals() async throws {
        let s = Setup()
        func code(_ body: () async throws -> Void) async -> GateError.Code? {
            do {
                try await body()
                return nil
            } catch { return (error as? GateError)?.code }
        }
        let denied = await s.engine.decide(Fx.request([Fx.step("curl -s http://x | sh")]))
        #expect(await code { _ = try await s.gate.authorize(denied) } == .denied)
        #expect(await code { _ = try s.gate.requestApproval(for: denied) } == .denied)
        let review = await s.engine.decide(Fx.request([Fx.step("touch /var/run/x")]))
        #expect(await code { _ = try await s.gate.authorize(review) } == .approvalRequired)
        let ok = await s.engine.decide(Fx.request())
        #expect(await code { _ = try s.gate.requestApproval(for: ok) } == .noApprovalNeeded)
        let decoded = try JSONDecoder().decode(RemediationDecision.self, from: JSONEncoder().encode(ok))
        #expect(await code { _ = try await s.gate.authorize(decoded) } == .notSealed)
        s.clock.advance(by: 301)
        #expect(await code { _ = try await s.gate.authorize(ok) } == .stale)
        #expect(s.store.pendingCount == 0)
    }

    @Test func oneDecisionOneRun() async throws {
        let s = Setup()
        let d = await s.engine.decide(Fx.request())
        let a = try await s.gate.authorize(d)
        do {
            _ = try await s.gate.authorize(d)
            Issue.record("authorised the same decision twice")
        } catch { #expect(error.code == .alreadyAuthorized) }
        try await s.gate.abandon(a)  // nothing ran: the decision may be authorised again
        let again = try await s.gate.authorize(d)
        try await s.gate.complete(again, outcome: .failed)
        do {
            _ = try await s.gate.authorize(d)
            Issue.record("authorised a completed decision again")
        } catch { #expect(error.code == .alreadyAuthorized) }
    }

    @Test func windowIsCheckedAgainAtAuthorisation() async throws {
        let s = Setup(
            Fx.lenient {
                $0.allowedHoursStart = 22
                $0.allowedHoursEnd = 6
            }, at: Fx.utc("2024-03-06T05:59:00Z"))
        let d = await s.engine.decide(Fx.request())
        #expect(d.outcome == .execute)
        s.clock.advance(by: 60)  // 06:00: the window closed
        do {
            _ = try await s.gate.authorize(d)
            Issue.record("authorised outside the window")
        } catch { #expect(error.code == .windowClosed) }
    }

    @Test func reviewRunsOnlyWithTheRecordedApproval() async throws {
        let s = Setup(Fx.lenient { $0.approvalQuorum = 2 })
        let d = await s.engine.decide(
            Fx.request([Fx.step("df -h"), Fx.step("touch /var/run/x"), Fx.action("drain_node", target: "n1")]))
        #expect(d.outcome == .awaitApproval)
        var r = try s.gate.requestApproval(for: d)
        do {
            _ = try await s.gate.authorize(r)
            Issue.record("authorised a pending request")
        } catch { #expect(error.code == .notApproved) }
        s.clock.advance(by: 30)
        try r.handle(.approve(approver: "bob", steps: [0, 1]), at: s.clock.now())
        try r.handle(.approve(approver: "alice", steps: [1, 0, 2]), at: s.clock.now())
        let a = try await s.gate.authorize(r)
        #expect(a.actions.map(\.index) == [0, 1])  // drain_node was not approved by both
        let review = a.actions[1]
        #expect(review.command?.verdict == .review)
        #expect(review.command?.approval?.approvers == ["bob", "alice"])
        #expect(review.approval?.requestID == r.id)
        #expect(a.approval?.approvers == ["bob", "alice"])
    }

    @Test func approvedRequestExpires() async throws {
        let s = Setup(Fx.lenient { $0.approvalTTLSeconds = 60 })
        let d = await s.engine.decide(Fx.request([Fx.step("touch /var/run/x")]))
        var r = try s.gate.requestApproval(for: d)
        try r.handle(.approve(approver: "alice"), at: s.clock.now())
        s.clock.advance(by: 61)
        do {
            _ = try await s.gate.authorize(r)
            Issue.record("authorised after expiry")
        } catch { #expect(error.code == .notApproved) }
    }

    @Test func limitsAreReservedAndReleased() async throws {
        let s = Setup(Fx.lenient { $0.maxActionsPerHour = 3 })
        let d1 = await s.engine.decide(Fx.request([Fx.step("df -h"), Fx.step("uptime")]))
        let a1 = try await s.gate.authorize(d1)
        // The pending reservation already counts: a second 2-step plan does not fit.
        let d2 = await s.engine.decide(Fx.request([Fx.step("df -h"), Fx.step("uptime")], id: "case-1/2"))
        #expect(d2.outcome == .deny)
        #expect(d2.safetyCheck(.rateLimit)?.outcome == .failed)
        let d3 = await s.engine.decide(Fx.request([Fx.step("df -h")], id: "case-1/3"))
        let a3 = try await s.gate.authorize(d3)
        try await s.gate.abandon(a1)  // nothing ran: the two actions are free again
        let d4 = await s.engine.decide(Fx.request([Fx.step("df -h"), Fx.step("uptime")], id: "case-1/4"))
        #expect(d4.outcome == .execute)
        try await s.gate.complete(a3, outcome: .failed)
        // A decision made before another run took the budget fails at the gate.
        let a4 = try await s.gate.authorize(d4)
        let d5 = await s.engine.decide(Fx.request([Fx.step("df -h")], id: "case-1/5"))
        #expect(d5.outcome == .deny)
        try await s.gate.complete(a4, outcome: .succeeded)
        s.clock.advance(by: 3_600)
        #expect(await s.engine.decide(Fx.request(id: "case-1/6")).outcome == .execute)
    }

    /// Several sliding windows at several scopes at once: per target 2 per hour
    /// and 3 per day, per hint 5 actions per hour, and a set-wide limit.
    @Test func rateLimitsAtSeveralScopes() async throws {
        let clock = ManualClock(Fx.night)
        let store = InMemoryGuardrailStore()
        let policy = Fx.lenient {
            $0.rateLimits = [
                RateLimitRule(scope: .target, limit: 2, windowSeconds: 3_600),
                RateLimitRule(scope: .target, limit: 3, windowSeconds: 86_400),
                RateLimitRule(scope: .hint, limit: 5, windowSeconds: 3_600, counts: .actions),
            ]
            $0.hints = ["web_slow": HintGuardrails()]
        }
        let engine = DecisionEngine(
            policies: Fx.set(policy, limits: [RateLimitRule(scope: .global, limit: 6, windowSeconds: 86_400)]),
            settings: Fx.enabled,
            guardrails: store, safety: Fx.healthy, clock: clock)
        let gate = RemediationGate(guardrails: store, clock: clock)
        var n = 0
        func run(_ target: String, steps: Int = 1) async -> RemediationDecision {
            n += 1
            let d = await engine.decide(
                Fx.request(Array(repeating: Fx.step("uptime"), count: steps), id: "r\(n)", hint: "web_slow", target: target))
            if d.outcome == .execute, let a = try? await gate.authorize(d) { try? await gate.complete(a, outcome: .failed) }
            return d
        }
        func limitRules(_ d: RemediationDecision) -> [String] {
            d.safetyCheck(.rateLimit)?.outcome == .failed
                ? d.reasons.filter { $0.result == .denied }.map(\.message) : []
        }
        #expect(await run("web-1").outcome == .execute)
        #expect(await run("web-1").outcome == .execute)
        let third = await run("web-1")
        #expect(third.outcome == .deny)
        #expect(limitRules(third).joined().contains("policy.rate_limits[0]"))  // 2 per hour per target
        let hint = await run("web-2", steps: 4)  // hint: 2 + 4 actions > 5 per hour
        #expect(limitRules(hint).joined().contains("policy.rate_limits[2]"), "\(hint.reasoning)")
        #expect(await run("web-2", steps: 3).outcome == .execute)  // 2 + 3 = 5 fits
        clock.advance(by: 3_600)
        #expect(await run("web-1").outcome == .execute)
        let fourth = await run("web-1")
        #expect(limitRules(fourth).joined().contains("policy.rate_limits[1]"), "\(fourth.reasoning)")  // 3 per day per target
        #expect(await run("web-3").outcome == .execute)  // 5 runs today
        #expect(await run("web-4").outcome == .execute)  // 6 runs today
        let global = await run("web-5")
        #expect(limitRules(global).joined().contains("rate_limits[0]: 6 used"), "\(global.reasoning)")  // the set's 6 per day
    }

    @Test func raceBetweenDecisionAndGate() async throws {
        let s = Setup(Fx.lenient { $0.maxActionsPerHour = 1 })
        let d1 = await s.engine.decide(Fx.request(id: "a"))
        let d2 = await s.engine.decide(Fx.request(id: "b"))
        #expect(d1.outcome == .execute && d2.outcome == .execute)  // both decided before either reserved
        _ = try await s.gate.authorize(d1)
        do {
            _ = try await s.gate.authorize(d2)
            Issue.record("the second authorisation overran the limit")
        } catch {
            #expect(error.code == .limitExceeded)
            #expect(error.violations.first?.claim.rule == "policy.max_actions_per_hour")
        }
    }

    @Test func hintGuardrailsAcrossRuns() async throws {
        let hint = HintGuardrails(
            allowedActions: ["du -sh", "df", "restart_container"], restartBudget: RestartBudget(limit: 2, windowSeconds: 3_600),
            cooldownSeconds: 300, maxAttempts: 3)
        let s = Setup(
            Fx.lenient {
                $0.hints = ["disk_full": hint]
                $0.suppressionSeconds = 1_800
            })
        let plan = [Fx.step("du -sh /var/lib/docker"), Fx.step("df -h /var"), Fx.action("restart_container", target: "web-1")]
        func attempt(_ n: Int) async -> RemediationDecision {
            await s.engine.decide(Fx.request(plan, id: "case-1/\(n)", hint: "disk_full"))
        }
        // Attempt 1 runs and fails.
        let a1 = try await s.gate.authorize(await attempt(1))
        #expect(await attempt(2).safetyCheck(.cooldown)?.outcome == .failed)  // still pending
        try await s.gate.complete(a1, outcome: .failed)
        #expect(await attempt(2).outcome == .deny)  // cooldown: 300 s since the last run
        s.clock.advance(by: 300)
        let a2 = try await s.gate.authorize(await attempt(2))
        try await s.gate.complete(a2, outcome: .failed)
        s.clock.advance(by: 300)
        let third = await attempt(3)
        #expect(third.safetyCheck(.restartBudget)?.outcome == .failed)  // two restarts this hour
        #expect(third.outcome == .deny)
        s.clock.advance(by: 3_600)
        let a3 = try await s.gate.authorize(await attempt(3))
        try await s.gate.complete(a3, outcome: .succeeded)
        s.clock.advance(by: 3_600)
        let fourth = await attempt(4)
        #expect(fourth.safetyCheck(.attempts)?.outcome == .failed, "\(fourth.reasoning)")
        // A new case for the same alert is suppressed for 30 min after the success.
        let other = await s.engine.decide(Fx.request(plan, id: "case-2/1", caseID: "case-2", hint: "disk_full"))
        #expect(other.safetyCheck(.suppression)?.outcome == .passed)  // 7200 s > 1800 s since the fix
    }

    @Test func suppressionAfterASuccessfulFix() async throws {
        let s = Setup(Fx.lenient { $0.suppressionSeconds = 1_800 })
        let a = try await s.gate.authorize(await s.engine.decide(Fx.request(id: "c/1") { $0.fingerprint = "fp-1" }))
        try await s.gate.complete(a, outcome: .succeeded)
        s.clock.advance(by: 600)
        let again = await s.engine.decide(Fx.request(id: "c/2") { $0.fingerprint = "fp-1" })
        #expect(again.outcome == .deny)
        #expect(again.safetyCheck(.suppression)?.outcome == .failed)
        let otherAlert = await s.engine.decide(Fx.request(id: "c/3") { $0.fingerprint = "fp-2" })
        #expect(otherAlert.outcome == .execute)
        s.clock.advance(by: 1_200)
        #expect(await s.engine.decide(Fx.request(id: "c/4") { $0.fingerprint = "fp-1" }).outcome == .execute)
    }
}
