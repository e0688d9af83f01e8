import IncidentCore
import PatternLearning
import ShellAST
import VigilTestKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `vigil-bench decide [--iterations N] [--plan-commands N]`: full decisions (all eight steps,
/// every shell command classified, guardrail store read, safety probe asked)
/// on the seed category table plus a platform policy with hint guardrails,
/// rate limits and freeze windows, for plans of 1–10 commands. One line per
/// plan size, then the classification-only baseline for 5 commands measured in
/// the same run.
enum DecideBenchmark {
    static let commands = [
        "df -h /var", "uptime", "free -m", "ps aux --sort=-%mem", "tail -n 200 /var/log/syslog",
        "journalctl -u nginx --since '-10 min'",
        "du -sh /var/lib/docker", "ls -la /var/log", "ping -c 3 10.20.0.1", "cat /proc/meminfo", "systemctl restart nginx",
        "kubectl rollout restart deployment/web -n prod", "touch /var/run/remediated",
        "kubectl get pods -n prod | grep -v Running",
    ]

    static func run(_ args: BenchArguments) async throws -> String {
        let iterations = try args.int("iterations", default: 3_000)
        let only = try args.int("plan-commands", default: 0)
        let clock = ManualClock(Date(timeIntervalSince1970: 1_709_681_400))  // 2024-03-05T23:30:00Z, inside every window
        let store = InMemoryGuardrailStore()
        let settings = try GlobalSettings(environment: [
            "AUTO_REMEDIATION_ENABLED": "true", "AUTO_REMEDIATION_REQUIRE_APPROVAL": "false",
            "AUTO_REMEDIATION_MAX_ACTIONS_PER_HOUR": "100000000",
        ])
        let engine = DecisionEngine(
            policies: try policies(), settings: settings, guardrails: store,
            safety: StaticSafetyProbe(backupAvailable: true, systemHealthy: true), clock: clock)
        try await history(store, clock: clock)
        var lines: [String] = []
        var rng = SplitMix64(seed: 0x5EED_DEC1)
        for size in 1...10 where only == 0 || only == size {
            let requests = (0..<256).map { request(&rng, size: size, n: $0) }
            for r in requests.prefix(64) { blackHole &+= await engine.decide(r).steps.count }  // warm-up
            // Wall time, and the thread's CPU time: on a shared machine a decision
            // that is preempted shows in the first but not in the second. The
            // decision never suspends (in-memory store, static probe), so it runs
            // on one thread.
            var times: [Double] = []
            var cpu: [Double] = []
            times.reserveCapacity(iterations)
            cpu.reserveCapacity(iterations)
            let start = monotonicSeconds()
            for i in 0..<iterations {
                let c0 = threadCPUSeconds()
                let t0 = monotonicSeconds()
                let d = await engine.decide(requests[i & 255])
                times.append(monotonicSeconds() - t0)
                cpu.append(threadCPUSeconds() - c0)
                blackHole &+= d.reasons.count
            }
            let total = monotonicSeconds() - start
            if args.values["per-request"] != nil {
                // Each request's fastest of 50 runs (wall clock): its inherent cost, without preemption noise.
                var best: [(Double, Int)] = []
                for (k, r) in requests.enumerated() {
                    var m = Double.infinity
                    for _ in 0..<50 {
                        let t0 = monotonicSeconds()
                        blackHole &+= await engine.decide(r).reasons.count
                        m = min(m, monotonicSeconds() - t0)
                    }
                    best.append((m, k))
                }
                best.sort { $0.0 < $1.0 }
                for (m, k) in best.suffix(5) {
                    let r = requests[k]
                    print(
                        "slow: \(fixed(m * 1e6, 1)) us \(r.category) \(r.hint ?? "-") \(r.plan.steps.map(\.action.previewText))")
                }
                print("per-request min: p50 \(us(best.map(\.0), 50)) p99 \(us(best.map(\.0), 99)) max \(us(best.map(\.0), 100))")
            }
            times.sort()
            cpu.sort()
            lines.append(
                "bench=decide plan_commands=\(size) decisions_per_s=\(fixed(Double(iterations) / total, 0)) "
                    + "p50_us=\(us(times, 50)) p99_us=\(us(times, 99)) cpu_p50_us=\(us(cpu, 50)) cpu_p99_us=\(us(cpu, 99))")
        }
        // Baseline: classifying the same 5-command plans alone.
        let verdicts = VerdictEngine()
        let plans = (0..<256).map { _ in (0..<5).map { _ in rng.pick(commands) } }
        var times: [Double] = []
        for i in 0..<iterations {
            let t0 = monotonicSeconds()
            for c in plans[i & 255] { blackHole &+= verdicts.classify(c).verdict.rawValue }
            times.append(monotonicSeconds() - t0)
        }
        times.sort()
        lines.append("bench=decide-classify-only plan_commands=5 p50_us=\(us(times, 50)) p99_us=\(us(times, 99))")
        return lines.joined(separator: "\n")
    }

    /// The `p`th percentile of sorted seconds, in microseconds.
    static func us(_ sorted: [Double], _ p: Int) -> String {
        fixed(sorted[min(sorted.count - 1, sorted.count * p / 100)] * 1e6, 1)
    }

    static func request(_ rng: inout SplitMix64, size: Int, n: Int) -> DecisionRequest {
        let platform = rng.chance(0.5)
        let steps = (0..<size).map { _ in PlanStep(action: .shell(command: rng.pick(commands)), explanation: "bench") }
        return DecisionRequest(
            id: "bench-\(n)/1", caseID: "bench-\(n)",
            category: platform ? "platform" : rng.pick(["cache", "network", "storage", "security"]),
            hint: platform ? rng.pick(["disk_full", "frontend_down", "container_missing"]) : nil,
            target: "web-\(rng.int(1...20))",
            fingerprint: "fp-\(rng.int(0...50))", autoRemediationEnabled: true,
            plan: RemediationPlan(rootCause: "bench", riskLevel: .medium, confidence: 0.93, steps: steps, source: .rules),
            reliability: rng.double(80...99), similarTickets: 12, positiveFeedbackRate: 0.95, eligibility: nil)
    }

    /// The seed table plus a platform policy in the PoC's style.
    static func policies() throws -> PolicySet {
        let freeze = FreezeWindow(
            start: Date(timeIntervalSince1970: 1_735_084_800), end: Date(timeIntervalSince1970: 1_735_171_200),
            reason: "holiday freeze")
        let hint = HintGuardrails(
            allowedActions: commands, restartBudget: RestartBudget(limit: 1_000_000, windowSeconds: 3_600), cooldownSeconds: 1,
            maxAttempts: 1_000_000, freezeWindows: [freeze])
        let platform = RemediationPolicy(
            name: "platform-auto-fix", category: "platform", minConfidence: 0.7, minReliability: 80, minSimilarTickets: 3,
            minPositiveFeedbackRate: 0.8, allowedActionTypes: [.readOnly, .safeWrite, .criticalWrite],
            forbiddenCommands: ["mkfs", "reboot"],
            autoApproveThreshold: .atLeast(90), approvers: ["sre-oncall", "sre-lead"], maxActionsPerHour: 100_000_000,
            rateLimits: [
                RateLimitRule(scope: .target, limit: 100_000_000, windowSeconds: 3_600),
                RateLimitRule(scope: .hint, limit: 100_000_000, windowSeconds: 86_400, counts: .actions),
            ], suppressionSeconds: 900, freezeWindows: [freeze],
            hints: ["disk_full": hint, "frontend_down": hint, "container_missing": hint])
        let seed = PolicySet.seedCategoryTable.policies.map { p -> RemediationPolicy in
            var q = p
            q.maxActionsPerHour = 100_000_000
            return q
        }
        return try PolicySet(
            policies: seed + [platform], freezeWindows: [freeze],
            rateLimits: [RateLimitRule(scope: .global, limit: 100_000_000, windowSeconds: 3_600)])
    }

    /// Some committed history, so that limit checks scan real events.
    static func history(_ store: InMemoryGuardrailStore, clock: ManualClock) async throws {
        for i in 0..<500 {
            let claims = [
                GuardrailClaim(
                    key: GuardrailClaim.key("runs", "target", "web-\(i % 20 + 1)"), limit: 100_000_000, windowSeconds: 3_600,
                    cost: 1, rule: "h"),
                GuardrailClaim(key: "actions|global", limit: 100_000_000, windowSeconds: 3_600, cost: 3, rule: "h"),
            ]
            let now = clock.now().addingTimeInterval(Double(i - 500))
            let r = try store.reserveSynchronously(claims, at: now, expiresAt: now.addingTimeInterval(60))
            try await store.commit(r.id, outcome: .failed, at: now)
        }
    }
}
