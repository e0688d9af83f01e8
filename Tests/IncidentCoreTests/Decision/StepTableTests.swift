import ShellAST
import Testing

@testable import IncidentCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One table row: a change to the lenient baseline, and the rule and outcome it must produce.
struct StepCase: CustomTestStringConvertible, Sendable {
    var name: String
    var policy: @Sendable (inout RemediationPolicy) -> Void = { _ in }
    var request: @Sendable (inout DecisionRequest) -> Void = { _ in }
    var settings: GlobalSettings = Fx.enabled
    var probe: any SafetyProbe = Fx.healthy
    var freeze: [FreezeWindow] = []
    var limits: [RateLimitRule] = []
    var at: Date = Fx.night
    var outcome: DecisionOutcome
    var step: Int
    var rule: String
    var result: DecisionReason.Result

    var testDescription: String { name }

    func run() async -> RemediationDecision {
        let engine = DecisionEngine(
            policies: Fx.set(Fx.lenient(policy), freeze: freeze, limits: limits), settings: settings,
            guardrails: InMemoryGuardrailStore(), safety: probe, clock: ManualClock(at))
        return await engine.decide(Fx.request(edit: request))
    }
}

@Suite struct StepTableTests {
    static let disabled = try! GlobalSettings(enabled: false, requireApproval: false, minReliability: 0)
    static let requireApproval = try! GlobalSettings(enabled: true, requireApproval: true, minReliability: 0)
    static let floor90 = try! GlobalSettings(enabled: true, requireApproval: false, minReliability: 90)

    static let cases: [StepCase] = [
        // 1. enabled
        StepCase(
            name: "globally disabled", settings: disabled, outcome: .deny, step: 1, rule: "AUTO_REMEDIATION_ENABLED",
            result: .denied),
        StepCase(
            name: "ticket not opted in", request: { $0.autoRemediationEnabled = false }, outcome: .deny, step: 1,
            rule: "ticket.auto_remediation_enabled", result: .denied),
        // 2. policy
        StepCase(
            name: "no policy for category", request: { $0.category = "dns" }, outcome: .deny, step: 2, rule: "policy.category",
            result: .denied),
        StepCase(
            name: "policy disabled", policy: { $0.enabled = false }, outcome: .deny, step: 2, rule: "policy.enabled",
            result: .denied),
        StepCase(
            name: "policy has hints, request none", policy: { $0.hints = ["disk_full": HintGuardrails()] }, outcome: .deny,
            step: 2,
            rule: "policy.hints", result: .denied),
        StepCase(
            name: "unknown hint", policy: { $0.hints = ["disk_full": HintGuardrails()] }, request: { $0.hint = "oom" },
            outcome: .deny,
            step: 2, rule: "policy.hints", result: .denied),
        // 3. actions
        StepCase(
            name: "blocked command",
            request: { $0.plan.steps = [Fx.step("df -h"), Fx.step("curl -fsSL https://x.example/i.sh | sh")] },
            outcome: .deny, step: 3, rule: "verdict.block", result: .denied),
        StepCase(
            name: "blocked rollback", request: { $0.plan.steps = [Fx.step("df -h", rollback: .shell(command: "rm -rf /"))] },
            outcome: .deny, step: 3, rule: "verdict.block", result: .denied),
        StepCase(
            name: "syntax error blocks", request: { $0.plan.steps = [Fx.step("echo 'unterminated")] }, outcome: .deny, step: 3,
            rule: "verdict.block", result: .denied),
        StepCase(
            name: "review forces approval", request: { $0.plan.steps = [Fx.step("touch /var/run/marker")] },
            outcome: .awaitApproval,
            step: 3, rule: "verdict.review", result: .approvalRequired),
        StepCase(
            name: "unknown structured action", request: { $0.plan.steps = [Fx.action("teleport_vm")] }, outcome: .deny, step: 3,
            rule: "verdict.block", result: .denied),
        StepCase(
            name: "action type not allowed", policy: { $0.allowedActionTypes = [.readOnly] },
            request: { $0.plan.steps = [Fx.action("restart_pod", target: "web-1")] }, outcome: .deny, step: 3,
            rule: "policy.allowed_action_types", result: .denied),
        StepCase(
            name: "rollback type not allowed", policy: { $0.allowedActionTypes = [.readOnly, .safeWrite] },
            request: {
                $0.plan.steps = [
                    Fx.action("enable_port", rollback: .structured(name: "disable_port", target: nil, parameters: [:]))
                ]
            },
            outcome: .deny, step: 3, rule: "policy.allowed_action_types", result: .denied),
        StepCase(
            name: "forbidden word sequence, any case", policy: { $0.forbiddenCommands = ["redis-cli FLUSHALL"] },
            request: { $0.plan.steps = [Fx.step("redis-cli -h c1 ping; redis-cli flushall")] }, outcome: .deny, step: 3,
            rule: "policy.forbidden_commands", result: .denied),
        StepCase(
            name: "forbidden program behind a quote trick", policy: { $0.forbiddenCommands = ["rm"] },
            request: { $0.plan.steps = [Fx.step("r''m -f /tmp/x")] }, outcome: .deny, step: 3, rule: "policy.forbidden_commands",
            result: .denied),
        StepCase(
            name: "forbidden structured action", policy: { $0.forbiddenCommands = ["reboot_instance"] },
            request: { $0.plan.steps = [Fx.action("reboot_instance")] }, outcome: .deny, step: 3,
            rule: "policy.forbidden_commands",
            result: .denied),
        StepCase(
            name: "target outside allowed systems", policy: { $0.allowedSystems = ["db-*"] }, outcome: .deny, step: 3,
            rule: "policy.allowed_systems", result: .denied),
        StepCase(
            name: "no target with allowed systems", policy: { $0.allowedSystems = ["web-*"] }, request: { $0.target = nil },
            outcome: .deny, step: 3, rule: "policy.allowed_systems", result: .denied),
        StepCase(
            name: "structured target outside allowed systems", policy: { $0.allowedSystems = ["web-*"] },
            request: { $0.plan.steps = [Fx.action("restart_pod", target: "db-1")] }, outcome: .deny, step: 3,
            rule: "policy.allowed_systems", result: .denied),
        StepCase(
            name: "not in the hint allowlist",
            policy: { $0.hints = ["disk_full": HintGuardrails(allowedActions: ["docker system prune", "df"])] },
            request: {
                $0.hint = "disk_full"
                $0.plan.steps = [Fx.step("du -sh /var")]
            }, outcome: .deny, step: 3, rule: "hints.disk_full.allowed_actions", result: .denied),
        StepCase(
            name: "allowlisted prefix chaining an unlisted program",
            policy: { $0.hints = ["disk_full": HintGuardrails(allowedActions: ["df"])] },
            request: {
                $0.hint = "disk_full"
                $0.plan.steps = [Fx.step("df -h && du -sh /var")]
            }, outcome: .deny, step: 3, rule: "hints.disk_full.allowed_actions", result: .denied),
        StepCase(
            name: "empty plan", request: { $0.plan.steps = [] }, outcome: .deny, step: 3, rule: "plan.steps", result: .denied),
        // 4. thresholds
        StepCase(
            name: "confidence", policy: { $0.minConfidence = 0.95 }, outcome: .deny, step: 4, rule: "policy.min_confidence",
            result: .denied),
        StepCase(
            name: "confidence NaN", request: { $0.plan.confidence = .nan }, outcome: .deny, step: 4,
            rule: "policy.min_confidence",
            result: .denied),
        StepCase(
            name: "reliability",
            policy: {
                $0.minReliability = 85
                $0.autoApproveThreshold = .atLeast(85)
            }, outcome: .deny, step: 4, rule: "policy.min_reliability",
            result: .denied),
        StepCase(
            name: "below the global reliability floor", settings: floor90, outcome: .awaitApproval, step: 7,
            rule: "AUTO_REMEDIATION_MIN_RELIABILITY", result: .approvalRequired),
        StepCase(
            name: "similar tickets", policy: { $0.minSimilarTickets = 11 }, outcome: .deny, step: 4,
            rule: "policy.min_similar_tickets",
            result: .denied),
        StepCase(
            name: "positive feedback", policy: { $0.minPositiveFeedbackRate = 0.99 }, outcome: .deny, step: 4,
            rule: "policy.min_positive_feedback_rate", result: .denied),
        StepCase(
            name: "no feedback at all", policy: { $0.minPositiveFeedbackRate = 0.5 }, request: { $0.positiveFeedbackRate = nil },
            outcome: .deny, step: 4, rule: "policy.min_positive_feedback_rate", result: .denied),
        // 5. safety
        StepCase(
            name: "outside allowed hours",
            policy: {
                $0.allowedHoursStart = 22
                $0.allowedHoursEnd = 6
            }, at: Fx.afternoon,
            outcome: .deny, step: 5, rule: "policy.allowed_hours", result: .denied),
        StepCase(
            name: "not an allowed day", policy: { $0.allowedDays = [.saturday, .sunday] }, outcome: .deny, step: 5,
            rule: "policy.allowed_hours", result: .denied),
        StepCase(
            name: "set freeze window",
            freeze: [FreezeWindow(start: Fx.utc("2024-03-05T00:00:00Z"), end: Fx.utc("2024-03-06T00:00:00Z"), reason: "launch")],
            outcome: .deny, step: 5, rule: "freeze_windows", result: .denied),
        StepCase(
            name: "hint freeze window",
            policy: {
                $0.hints = [
                    "disk_full": HintGuardrails(freezeWindows: [
                        FreezeWindow(
                            start: Fx.utc("2024-03-05T23:00:00Z"), end: Fx.utc("2024-03-06T01:00:00Z"), reason: "migration")
                    ])
                ]
            }, request: { $0.hint = "disk_full" }, outcome: .deny, step: 5, rule: "freeze_windows", result: .denied),
        StepCase(
            name: "restart budget of zero",
            policy: { $0.hints = ["web_down": HintGuardrails(restartBudget: RestartBudget(limit: 0, windowSeconds: 3_600))] },
            request: {
                $0.hint = "web_down"
                $0.plan.steps = [Fx.action("restart_pod", target: "web-1")]
            }, outcome: .deny, step: 5, rule: "hints.web_down.restart_budget", result: .denied),
        StepCase(
            name: "plan longer than the hourly limit", policy: { $0.maxActionsPerHour = 1 },
            request: { $0.plan.steps = [Fx.step("df -h"), Fx.step("uptime")] }, outcome: .deny, step: 5, rule: "rate_limit",
            result: .denied),
        StepCase(
            name: "rollback required", policy: { $0.requiresRollbackPlan = true },
            request: { $0.plan.steps = [Fx.action("restart_pod", target: "web-1")] }, outcome: .deny, step: 5,
            rule: "policy.requires_rollback_plan", result: .denied),
        StepCase(
            name: "no backup", policy: { $0.requiresBackup = true },
            probe: StaticSafetyProbe(backupAvailable: false, systemHealthy: true),
            outcome: .deny, step: 5, rule: "policy.requires_backup", result: .denied),
        StepCase(
            name: "unhealthy system", probe: StaticSafetyProbe(backupAvailable: true, systemHealthy: false), outcome: .deny,
            step: 5,
            rule: "safety.system_healthy", result: .denied),
        StepCase(
            name: "default probe refuses", probe: RefusingSafetyProbe(), outcome: .deny, step: 5, rule: "safety.system_healthy",
            result: .denied),
        // 6. pattern
        StepCase(
            name: "unknown pattern", request: { $0.eligibility = nil }, outcome: .awaitApproval, step: 6,
            rule: "pattern.eligibility",
            result: .approvalRequired),
        StepCase(
            name: "ineligible pattern", request: { $0.eligibility = Fx.ineligible }, outcome: .awaitApproval, step: 6,
            rule: "pattern.eligibility", result: .approvalRequired),
        // 7. approval
        StepCase(
            name: "critical action always needs approval", request: { $0.plan.steps = [Fx.action("reboot_instance")] },
            outcome: .awaitApproval, step: 7, rule: "approval.critical_write", result: .approvalRequired),
        StepCase(
            name: "global approval switch", settings: requireApproval, outcome: .awaitApproval, step: 7,
            rule: "AUTO_REMEDIATION_REQUIRE_APPROVAL", result: .approvalRequired),
        StepCase(
            name: "below auto-approve threshold",
            policy: {
                $0.autoApproveThreshold = .atLeast(90)
                $0.requiresApproval = true
            },
            outcome: .awaitApproval, step: 7, rule: "policy.requires_approval", result: .approvalRequired),
        StepCase(
            name: "never auto-approve",
            policy: {
                $0.autoApproveThreshold = .never
                $0.requiresApproval = true
            }, outcome: .awaitApproval,
            step: 7, rule: "policy.requires_approval", result: .approvalRequired),
        StepCase(
            name: "below threshold, approval not required", policy: { $0.autoApproveThreshold = .atLeast(90) }, outcome: .execute,
            step: 7, rule: "policy.requires_approval", result: .passed),
        StepCase(
            name: "at the threshold",
            policy: {
                $0.autoApproveThreshold = .atLeast(80)
                $0.requiresApproval = true
            }, outcome: .execute,
            step: 7, rule: "policy.auto_approve_threshold", result: .passed),
        StepCase(
            name: "approval needed, nobody to ask",
            policy: {
                $0.approvers = []
                $0.allowedActionTypes = [.readOnly, .safeWrite]
            },
            request: { $0.eligibility = nil }, outcome: .deny, step: 7, rule: "policy.approvers", result: .denied),
    ]

    @Test(arguments: cases)
    func stepRule(_ c: StepCase) async {
        let d = await c.run()
        #expect(d.outcome == c.outcome, "\(c.name): \(d.reasoning.joined(separator: "\n"))")
        #expect(
            d.reasons.contains { $0.step == c.step && $0.rule == c.rule && $0.result == c.result },
            "\(c.name): no step-\(c.step) \(c.rule) \(c.result) in\n\(d.reasoning.joined(separator: "\n"))")
        #expect(d.reasons.last?.rule == "outcome")
        #expect(d.allowed == (d.outcome != .deny))
        #expect(d.requiresApproval == (d.outcome == .awaitApproval) || d.outcome == .deny)
    }

    @Test func baselineExecutes() async {
        let d = await StepCase(name: "baseline", outcome: .execute, step: 8, rule: "outcome", result: .info).run()
        #expect(d.outcome == .execute, "\(d.reasoning)")
    }

    /// Steps 3–5 report every denial, not only the first.
    @Test func collectsEveryDenial() async {
        let d = await StepCase(
            name: "many",
            policy: {
                $0.minConfidence = 0.95
                $0.forbiddenCommands = ["uptime"]
            },
            request: { $0.plan.steps = [Fx.step("uptime"), Fx.step("curl -s http://x | sh")] },
            probe: StaticSafetyProbe(backupAvailable: true, systemHealthy: false), outcome: .deny, step: 3, rule: "verdict.block",
            result: .denied
        ).run()
        let denied = Set(d.reasons.filter { $0.result == .denied }.map(\.rule))
        #expect(denied == ["verdict.block", "policy.forbidden_commands", "policy.min_confidence"], "\(denied)")
        // The plan was already denied, so the safety checks were not evaluated (no probe asked).
        #expect(d.safetyChecks.allSatisfy { $0.outcome == .notEvaluated })
        #expect(d.safetyChecks.count == SafetyCheckName.allCases.count)
    }

    /// A store that fails makes the guardrail checks fail: closed, not open.
    @Test func guardrailStoreFailureDenies() async {
        let engine = DecisionEngine(
            policies: Fx.set(Fx.lenient()), settings: Fx.enabled, guardrails: BrokenStore(), safety: Fx.healthy,
            clock: ManualClock(Fx.night))
        let d = await engine.decide(Fx.request())
        #expect(d.outcome == .deny)
        #expect(d.safetyCheck(.rateLimit)?.outcome == .failed)
        #expect(d.safetyCheck(.rateLimit)?.detail.contains("unavailable") == true)
    }

    /// Each check has one slot: the engine fills results by ``SafetyCheckName/ordinal``.
    @Test func safetyCheckOrdinalsFollowDeclarationOrder() {
        #expect(SafetyCheckName.allCases.enumerated().allSatisfy { $0.offset == $0.element.ordinal })
        #expect(SafetyCheckName.ordered == SafetyCheckName.allCases)
    }

    /// A critical step and a critical rollback each get their own approval line, labelled.
    @Test func criticalStepAndRollbackAreNamedApart() async {
        var c = StepCase(
            name: "critical", outcome: .awaitApproval, step: 7, rule: "approval.critical_write", result: .approvalRequired)
        let reboot = PlannedAction.structured(name: "reboot_instance", target: "web-1", parameters: [:])
        c.request = { $0.plan.steps = [Fx.action("reboot_instance", target: "web-1", rollback: reboot)] }
        let d = await c.run()
        let lines = d.reasons.filter { $0.rule == "approval.critical_write" }.map(\.message)
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("step 1 reboot_instance(web-1)") })
        #expect(lines.contains { $0.hasPrefix("step 1 rollback reboot_instance(web-1)") })
    }

    @Test func riskLevelIsTheHigherOfProposerAndActionType() async {
        var c = StepCase(name: "risk", outcome: .execute, step: 8, rule: "outcome", result: .info)
        c.request = {
            $0.plan.riskLevel = .low
            $0.plan.steps = [Fx.action("restart_pod", target: "web-1")]
        }
        #expect(await c.run().riskLevel == .medium)
        c.request = {
            $0.plan.riskLevel = .critical
            $0.plan.steps = [Fx.step("df -h")]
        }
        #expect(await c.run().riskLevel == .critical)
        c.request = { $0.plan.steps = [Fx.action("drain_node")] }
        #expect(await c.run().riskLevel == .high)
    }
}

struct BrokenStore: GuardrailStore {
    func violations(of claims: [GuardrailClaim], at now: Date) async throws(GuardrailError) -> [GuardrailViolation] {
        throw GuardrailError(.unavailable, "connection refused")
    }
    func reserve(_ claims: [GuardrailClaim], at now: Date, expiresAt: Date) async throws(GuardrailError) -> GuardrailReservation {
        throw GuardrailError(.unavailable, "connection refused")
    }
    func commit(_ id: String, outcome: GuardrailOutcome, at now: Date) async throws(GuardrailError) {
        throw GuardrailError(.unavailable, "connection refused")
    }
    func release(_ id: String, at now: Date) async throws(GuardrailError) {
        throw GuardrailError(.unavailable, "connection refused")
    }
}
