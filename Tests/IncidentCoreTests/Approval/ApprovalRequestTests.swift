import Foundation
import Testing
import VigilTestKit

@testable import IncidentCore

/// The approval state machine: M-of-N, any deny denies, expiry, subsets, clear errors.
@Suite struct ApprovalRequestTests {
    /// A decision awaiting approval with `quorum` of alice, bob, carol and three steps.
    static func pending(quorum: Int = 2, at now: Date = Fx.night) async -> (RemediationGate, ApprovalRequest, ManualClock) {
        let clock = ManualClock(now)
        let store = InMemoryGuardrailStore()
        let engine = DecisionEngine(
            policies: Fx.set(
                Fx.lenient {
                    $0.approvalQuorum = quorum
                    $0.approvalTTLSeconds = 600
                }), settings: Fx.enabled,
            guardrails: store, safety: Fx.healthy, clock: clock)
        let d = await engine.decide(
            Fx.request([Fx.step("df -h"), Fx.action("restart_pod", target: "web-1"), Fx.step("touch /var/run/restarted")]))
        #expect(d.outcome == .awaitApproval, "\(d.reasoning)")
        let gate = RemediationGate(guardrails: store, clock: clock)
        return (gate, try! gate.requestApproval(for: d), clock)
    }

    @Test func requestCarriesWhatApproversNeed() async {
        let (_, r, _) = await Self.pending()
        #expect(r.approvers == ["alice", "bob", "carol"])
        #expect(r.quorum == 2)
        #expect(r.expiresAt == r.createdAt.addingTimeInterval(600))
        #expect(r.decision.outcome == .awaitApproval)
        #expect(r.decision.reasons.contains { $0.rule == "verdict.review" })
        #expect(r.preview.lines.map(\.action) == ["df -h", "restart_pod target=web-1", "touch /var/run/restarted"])
        #expect(
            r.preview.description.hasPrefix(
                "1. [read_only, allow] df -h\n2. [safe_write, allow] restart_pod target=web-1\n3. [safe_write, review]"))
        #expect(r.status == .pending(approvals: 0, quorum: 2))
    }

    @Test func quorumOfTwo() async throws {
        var (_, r, _) = await Self.pending()
        #expect(try r.handle(.approve(approver: "alice"), at: Fx.night) == .pending(approvals: 1, quorum: 2))
        #expect(try r.handle(.approve(approver: "carol", comment: "ok"), at: Fx.night) == .approved(steps: [0, 1, 2]))
        #expect(r.votes.map(\.approver) == ["alice", "carol"])
        #expect(r.approvers(ofStep: 1) == ["alice", "carol"])
    }

    @Test func anyDenyDeniesAtOnce() async throws {
        var (_, r, _) = await Self.pending(quorum: 3)
        try r.handle(.approve(approver: "alice"), at: Fx.night)
        try r.handle(.approve(approver: "bob"), at: Fx.night)
        #expect(
            try r.handle(.deny(approver: "carol", comment: "not during the sale"), at: Fx.night)
                == .denied(by: "carol", comment: "not during the sale"))
        #expect(throws: ApprovalError.self) { try r.handle(.approve(approver: "carol"), at: Fx.night) }
    }

    @Test func subsetApprovalIsTheStepsTheQuorumAgreesOn() async throws {
        var (_, r, _) = await Self.pending()
        try r.handle(.approve(approver: "alice", steps: [0, 1]), at: Fx.night)
        #expect(try r.handle(.approve(approver: "bob", steps: [0, 1, 2]), at: Fx.night) == .approved(steps: [0, 1]))
    }

    @Test func disjointSubsetsDeny() async throws {
        var (_, r, _) = await Self.pending()
        try r.handle(.approve(approver: "alice", steps: [0]), at: Fx.night)
        guard case .denied(let by, _) = try r.handle(.approve(approver: "bob", steps: [2]), at: Fx.night) else {
            Issue.record("expected a denial")
            return
        }
        #expect(by == "quorum")
    }

    @Test func errorsAreClearAndChangeNothing() async throws {
        var (_, r, _) = await Self.pending()
        func code(_ e: ApprovalEvent, at t: Date = Fx.night) -> ApprovalError.Code? {
            do {
                try r.handle(e, at: t)
                return nil
            } catch { return error.code }
        }
        #expect(code(.approve(approver: "mallory")) == .unknownApprover)
        #expect(code(.approve(approver: "alice", steps: [])) == .invalidSelection)
        #expect(code(.approve(approver: "alice", steps: [7])) == .invalidSelection)
        #expect(code(.deny(approver: "alice", comment: "  ")) == .commentRequired)
        #expect(r.votes.isEmpty)
        #expect(code(.approve(approver: "alice")) == nil)
        #expect(code(.approve(approver: "alice")) == .duplicateVote)
        #expect(code(.deny(approver: "alice", comment: "changed my mind")) == .duplicateVote)
        #expect(r.status == .pending(approvals: 1, quorum: 2))
        do {
            try r.handle(.approve(approver: "zed"), at: Fx.night)
        } catch {
            #expect(error.description.contains("zed") && error.description.contains("alice, bob, carol"))
        }
    }

    @Test func votesAfterExpiryAreRejected() async throws {
        var (_, r, _) = await Self.pending()
        try r.handle(.approve(approver: "alice"), at: Fx.night.addingTimeInterval(599))
        do {
            try r.handle(.approve(approver: "bob"), at: Fx.night.addingTimeInterval(600))
            Issue.record("a vote at the expiry was accepted")
        } catch {
            #expect(error.code == .expired)
        }
        #expect(r.status == .expired)
        #expect(throws: ApprovalError.self) { try r.handle(.approve(approver: "carol"), at: Fx.night) }
        #expect(try r.handle(.expire, at: Fx.night) == .expired)
    }

    @Test func expireEventBeforeExpiryChangesNothing() async throws {
        var (_, r, _) = await Self.pending()
        #expect(try r.handle(.expire, at: Fx.night.addingTimeInterval(10)) == .pending(approvals: 0, quorum: 2))
        #expect(try r.handle(.expire, at: Fx.night.addingTimeInterval(600)) == .expired)
    }

    @Test func recordRoundTripsByReplayingVotes() async throws {
        var (_, r, _) = await Self.pending()
        try r.handle(.approve(approver: "alice", steps: [0, 1]), at: Fx.night.addingTimeInterval(5))
        let data = try JSONEncoder().encode(r)
        let back = try JSONDecoder().decode(ApprovalRequest.self, from: data)
        #expect(back == r)
        #expect(!back.decision.isSealed)
        // A record whose status contradicts its votes is rejected.
        var object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        object["status"] = ["approved": ["steps": [0, 1]]]
        #expect(throws: PolicyError.self) {
            try JSONDecoder().decode(ApprovalRequest.self, from: JSONSerialization.data(withJSONObject: object))
        }
    }

    /// Property: M-of-N over random vote sequences matches a direct count.
    @Test(arguments: PropertySeeds.make())
    func quorumProperty(seed: UInt64) async throws {
        var rng = SplitMix64(seed: seed)
        for _ in 0..<60 {
            let quorum = rng.int(1...3)
            var (_, r, _) = await Self.pending(quorum: quorum)
            var approvals: [Set<Int>] = []
            var denied = false
            for voter in ["alice", "bob", "carol"].shuffled(using: &rng) where !r.status.isFinal {
                if rng.chance(0.15) {
                    try r.handle(.deny(approver: voter, comment: "no"), at: Fx.night)
                    denied = true
                } else {
                    let steps: Set<Int> =
                        rng.chance(0.5) ? [0, 1, 2] : Set((0..<3).filter { _ in rng.chance(0.6) } + [rng.int(0...2)])
                    approvals.append(steps)
                    try r.handle(.approve(approver: voter, steps: steps), at: Fx.night)
                }
            }
            if denied {
                guard case .denied = r.status else {
                    Issue.record("seed \(seed): a deny did not deny")
                    continue
                }
            } else if approvals.count >= quorum {
                let agreed = (0..<3).filter { s in approvals.prefix(quorum).filter { $0.contains(s) }.count >= quorum }
                let expected: ApprovalStatus = agreed.isEmpty ? r.status : .approved(steps: agreed)
                #expect(r.status == expected, "seed \(seed)")
            } else {
                #expect(r.status == .pending(approvals: approvals.count, quorum: quorum), "seed \(seed)")
            }
        }
    }
}
