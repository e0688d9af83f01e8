#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
@testable import IncidentCore

/// 2. A policy that requires approval below its auto-approve threshold: the
/// case waits for a human; approve runs it, deny rejects it, expiry escalates
/// it, and a vote the request refuses changes nothing.
@Suite struct LoopApprovalTests {
    static let steps = [Plans.shell("df -h /"), Plans.action("restart_service", "web-1")]

    static func policy(quorum: Int = 1) -> PolicyKnobs {
        var p = PolicyKnobs()
        p.minReliability = 10
        p.requiresApproval = true
        p.autoApprove = "99"
        p.approvers = ["alice", "bob"]
        p.quorum = quorum
        p.approvalTTL = 600
        return p
    }

    /// A case awaiting approval: the pattern is eligible, so only the
    /// policy's threshold asks for a human.
    static func awaiting(quorum: Int = 1) async throws -> (LoopRig, String) {
        let rig = try LoopRig(steps, policy: policy(quorum: quorum))
        try await rig.seedEligiblePattern()
        rig.clearOnSuccess()
        let id = try await rig.open()
        let record = try await rig.loop.run(id)
        try #require(record.state == .awaitingApproval)
        return (rig, id)
    }

    @Test func belowTheThresholdTheCaseAwaitsApproval() async throws {
        let (rig, id) = try await Self.awaiting()
        let record = try await rig.record(id)
        #expect(record.path == [.received, .triaging, .planned, .awaitingApproval])
        #expect(record.decisions.map(\.outcome) == [.awaitApproval])
        let reasoning = try #require(record.decisions.first?.reasoning)
        #expect(reasoning.contains { $0.hasPrefix("policy.requires_approval: reliability") })
        #expect(!reasoning.contains { $0.hasPrefix("pattern.eligibility") && $0.contains("not eligible") })
        let request = try #require(await rig.loop.pendingApproval(for: id))
        #expect(request.approvers == ["alice", "bob"])
        #expect(request.expiresAt == LoopRig.start.addingTimeInterval(600))
        #expect(await rig.entries(id, kind: "case.approval.requested").count == 1)
        #expect(rig.executor.calls.isEmpty)
        // Running it again does not decide twice.
        #expect(try await rig.loop.run(id) == record)
        #expect(rig.executor.calls.isEmpty)
    }

    @Test func approvalRunsAndResolves() async throws {
        let (rig, id) = try await Self.awaiting()
        rig.clock.advance(by: 120)
        let record = try await rig.loop.vote(.approve(approver: "alice", comment: "go"), on: id)
        #expect(record.state == .resolved)
        #expect(record.path == [.received, .triaging, .planned, .awaitingApproval, .executing, .verifying, .resolved])
        #expect(record.approvals.map(\.approver) == ["alice"])
        #expect(record.hadHumanAction)
        #expect(await rig.loop.pendingApproval(for: id) == nil)
        #expect(rig.executor.keys == ["df -h /", "restart_service(web-1)"])
        for call in rig.executor.calls {
            #expect(call.action.approval?.requestID == "INC-1/1/approval")
            #expect(call.action.approval?.approvers == ["alice"])
        }
        #expect(await rig.entries(id, kind: "case.approval.vote").count == 1)
        #expect(await rig.entries(id, kind: "case.action").allSatisfy { $0.data["approval"] == .string("INC-1/1/approval") })
        #expect(rig.guardrails.pendingCount == 0)
        #expect(rig.chainVerifies)
    }

    @Test func denialRejects() async throws {
        let (rig, id) = try await Self.awaiting()
        let record = try await rig.loop.vote(.deny(approver: "bob", comment: "not during the sale"), on: id)
        #expect(record.state == .rejected)
        #expect(record.timeline.last?.reason == "denied by bob: not during the sale")
        #expect(record.approvals.map(\.vote) == [.reject])
        #expect(await rig.loop.pendingApproval(for: id) == nil)
        #expect(rig.executor.calls.isEmpty)
        #expect(rig.guardrails.pendingCount == 0)
        #expect(await LoopError.caught { try await rig.loop.vote(.approve(approver: "alice"), on: id) }?.code == .invalidState)
    }

    enum Late: String, CaseIterable, Sendable {
        case approve, deny, expire
        var event: ApprovalEvent {
            switch self {
            case .approve: .approve(approver: "alice")
            case .deny: .deny(approver: "bob", comment: "too late anyway")
            case .expire: .expire
            }
        }
    }

    @Test(arguments: Late.allCases)
    func afterTheTTLAnyVoteEscalates(_ late: Late) async throws {
        let (rig, id) = try await Self.awaiting()
        rig.clock.advance(by: 600)
        let record = try await rig.loop.vote(late.event, on: id)
        #expect(record.state == .escalated)
        #expect(record.timeline.last?.reason == "the approval request expired")
        #expect(record.runbook?.contains("# Runbook draft: case INC-1") == true)
        #expect(record.approvals.isEmpty, "a vote the request refused is not a vote")
        #expect(await rig.loop.pendingApproval(for: id) == nil)
        #expect(rig.executor.calls.isEmpty)
    }

    @Test func expireBeforeTheTTLKeepsWaiting() async throws {
        let (rig, id) = try await Self.awaiting()
        let before = try await rig.record(id)
        rig.clock.advance(by: 599)
        #expect(try await rig.loop.vote(.expire, on: id) == before)
        #expect(await rig.loop.pendingApproval(for: id) != nil)
    }

    @Test(arguments: [
        ApprovalEvent.approve(approver: "mallory"), .deny(approver: "mallory", comment: "no"),
        .approve(approver: "alice", steps: [7]), .deny(approver: "alice", comment: "  "),
    ])
    func aRefusedVoteChangesNothing(_ event: ApprovalEvent) async throws {
        let (rig, id) = try await Self.awaiting()
        let before = try await rig.record(id)
        let request = await rig.loop.pendingApproval(for: id)
        let entries = await rig.entries().count
        let error = await LoopError.caught { try await rig.loop.vote(event, on: id) }
        #expect(error?.code == .invalidInput)
        #expect(try await rig.record(id) == before)
        #expect(try await rig.cases.load(id) == before)
        #expect(await rig.loop.pendingApproval(for: id) == request)
        #expect(await rig.entries().count == entries)
        #expect(rig.executor.calls.isEmpty)
        // The request still works for a real approver.
        #expect(try await rig.loop.vote(.approve(approver: "bob"), on: id).state == .resolved)
    }

    @Test func quorumOfTwoWaitsForTheSecondApprover() async throws {
        let (rig, id) = try await Self.awaiting(quorum: 2)
        let first = try await rig.loop.vote(.approve(approver: "alice"), on: id)
        #expect(first.state == .awaitingApproval)
        #expect(first.approvals.map(\.approver) == ["alice"])
        #expect(rig.executor.calls.isEmpty)
        #expect(await LoopError.caught { try await rig.loop.vote(.approve(approver: "alice"), on: id) }?.code == .invalidInput)
        let second = try await rig.loop.vote(.approve(approver: "bob"), on: id)
        #expect(second.state == .resolved)
        #expect(rig.executor.calls.allSatisfy { $0.action.approval?.approvers == ["alice", "bob"] })
    }

    @Test func approvingSomeStepsRunsOnlyThose() async throws {
        let (rig, id) = try await Self.awaiting()
        let record = try await rig.loop.vote(.approve(approver: "alice", steps: [1]), on: id)
        #expect(rig.executor.keys == ["restart_service(web-1)"])
        #expect(record.state == .resolved)
    }

    @Test func votesOnCasesWithoutARequestAreRefused() async throws {
        let rig = try LoopRig(Self.steps, policy: Self.policy())
        let id = try await rig.open()
        #expect(await LoopError.caught { try await rig.loop.vote(.approve(approver: "alice"), on: id) }?.code == .invalidState)
        #expect(await LoopError.caught { try await rig.loop.vote(.approve(approver: "alice"), on: "INC-9") }?.code == .unknownCase)
        #expect(try await rig.record(id).state == .received)
    }
}
