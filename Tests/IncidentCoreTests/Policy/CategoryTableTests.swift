import IncidentCore
import ShellAST
import Testing

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The seed's category table: cache 75/85, network 85/90, storage 90/95,
/// security 95/never — checked as data and as decisions around each threshold.
@Suite struct CategoryTableTests {
    static let table = PolicySet.seedCategoryTable
    static let settings = try! GlobalSettings(enabled: true, maxActionsPerHour: 100, requireApproval: false, minReliability: 0)

    @Test func tableValues() {
        let expect: [(String, Double, AutoApproveThreshold)] = [
            ("cache", 75, .atLeast(85)), ("network", 85, .atLeast(90)), ("storage", 90, .atLeast(95)), ("security", 95, .never),
        ]
        #expect(Self.table.policies.count == 4)
        for (category, minimum, auto) in expect {
            let p = Self.table.policy(forCategory: category)!
            #expect(p.minReliability == minimum, "\(category)")
            #expect(p.autoApproveThreshold == auto, "\(category)")
            #expect(p.enabled)
            #expect(!p.approvers.isEmpty)
        }
        #expect(Self.table.policy(forCategory: "security")!.approvalQuorum == 2)
        #expect(Self.table.policy(forCategory: "security")!.allowedActionTypes.contains(.criticalWrite))
    }

    /// A request that clears every threshold of `category` except the reliability under test.
    func request(_ category: String, reliability: Double, steps: [PlanStep]) -> DecisionRequest {
        DecisionRequest(
            id: "\(category)-1/1", caseID: "\(category)-1", category: category, target: "host-1", autoRemediationEnabled: true,
            plan: RemediationPlan(rootCause: "x", riskLevel: .low, confidence: 0.97, steps: steps, source: .rules),
            reliability: reliability, similarTickets: 50, positiveFeedbackRate: 0.99, eligibility: Fx.eligible)
    }

    static let rows: [(category: String, steps: [PlanStep], below: Double, approval: Double, auto: Double?)] = [
        ("cache", [Fx.action("evict_cache_keys", target: "redis-1")], 74.9, 75, 85),
        ("network", [Fx.step("ping -c 3 10.0.0.1"), Fx.action("clear_interface_errors", target: "sw-1")], 84.9, 85, 90),
        (
            "storage",
            [
                Fx.action(
                    "expand_volume", target: "vol-1", rollback: .structured(name: "snapshot_vm", target: "vm-1", parameters: [:]))
            ],
            89.9, 90, 95
        ),
        (
            "security",
            [
                Fx.action(
                    "isolate_host", target: "h-1", rollback: .structured(name: "check_status", target: "h-1", parameters: [:]))
            ],
            94.9, 95, nil
        ),
    ]

    @Test(arguments: 0..<4)
    func thresholdsDecide(row: Int) async {
        let r = Self.rows[row]
        func decide(_ reliability: Double) async -> RemediationDecision {
            let engine = Fx.engine(policies: Self.table, settings: Self.settings, clock: ManualClock(Fx.night))
            return await engine.decide(request(r.category, reliability: reliability, steps: r.steps))
        }
        let below = await decide(r.below)
        #expect(below.outcome == .deny, "\(r.category) \(r.below): \(below.reasoning)")
        #expect(below.reasons.contains { $0.rule == "policy.min_reliability" && $0.result == .denied })
        let between = await decide(r.approval)
        #expect(between.outcome == .awaitApproval, "\(r.category) \(r.approval): \(between.reasoning)")
        if let auto = r.auto {
            let at = await decide(auto)
            #expect(at.outcome == .execute, "\(r.category) \(auto): \(at.reasoning)")
            #expect(at.reasons.contains { $0.rule == "policy.auto_approve_threshold" && $0.result == .passed })
        } else {
            let top = await decide(100)
            #expect(top.outcome == .awaitApproval, "security never auto-approves: \(top.reasoning)")
            #expect(top.approvalQuorum == 2)
        }
    }

    /// With the default global floor (85), a cache plan at 80 clears the cache
    /// policy's 75 but needs a human; at 85 it runs.
    @Test func globalFloorBelowTheAutoApproveThreshold() async throws {
        let env = try GlobalSettings(environment: [
            "AUTO_REMEDIATION_ENABLED": "true", "AUTO_REMEDIATION_REQUIRE_APPROVAL": "false",
        ])
        let steps = Self.rows[0].steps
        let at80 = await Fx.engine(policies: Self.table, settings: env).decide(request("cache", reliability: 80, steps: steps))
        #expect(at80.outcome == .awaitApproval)
        #expect(at80.reasons.contains { $0.rule == "AUTO_REMEDIATION_MIN_RELIABILITY" && $0.result == .approvalRequired })
        let at85 = await Fx.engine(policies: Self.table, settings: env).decide(request("cache", reliability: 85, steps: steps))
        #expect(at85.outcome == .execute)
    }

    @Test func networkOnlyRunsAtNight() async {
        let r = request("network", reliability: 95, steps: Self.rows[1].steps)
        let day = await Fx.engine(policies: Self.table, settings: Self.settings, clock: ManualClock(Fx.afternoon)).decide(r)
        #expect(day.outcome == .deny)
        #expect(day.safetyCheck(.timeWindow)?.outcome == .failed)
        let night = await Fx.engine(policies: Self.table, settings: Self.settings, clock: ManualClock(Fx.night)).decide(r)
        #expect(night.outcome == .execute)
    }

    @Test func storageRequiresARollbackAndABackup() async {
        let noRollback = request("storage", reliability: 99, steps: [Fx.action("expand_volume", target: "vol-1")])
        let d = await Fx.engine(policies: Self.table, settings: Self.settings).decide(noRollback)
        #expect(d.outcome == .deny)
        #expect(d.safetyCheck(.rollbackPlan)?.outcome == .failed)
        let noBackup = await Fx.engine(
            policies: Self.table, settings: Self.settings, probe: StaticSafetyProbe(backupAvailable: false, systemHealthy: true)
        ).decide(request("storage", reliability: 99, steps: Self.rows[2].steps))
        #expect(noBackup.safetyCheck(.backupAvailable)?.outcome == .failed)
        #expect(noBackup.outcome == .deny)
    }

    @Test func forbiddenCommandsOfTheTable() async {
        let flush = request("cache", reliability: 99, steps: [Fx.step("redis-cli -h cache-1 FLUSHALL")])
        let d = await Fx.engine(policies: Self.table, settings: Self.settings).decide(flush)
        #expect(d.reasons.contains { $0.rule == "policy.forbidden_commands" && $0.result == .denied })
        let snapshots = request("storage", reliability: 99, steps: [Fx.action("clear_snapshots", target: "vol-1")])
        let s = await Fx.engine(policies: Self.table, settings: Self.settings).decide(snapshots)
        #expect(s.reasons.contains { $0.rule == "policy.forbidden_commands" })
        #expect(s.reasons.contains { $0.rule == "policy.allowed_action_types" })
    }

    @Test func tableRoundTripsThroughJSON() throws {
        let data = try JSONEncoder().encode(Self.table)
        let back = try PolicySet(json: data)
        #expect(back == Self.table)
        #expect(back.sha256 == Self.table.sha256)
    }
}
