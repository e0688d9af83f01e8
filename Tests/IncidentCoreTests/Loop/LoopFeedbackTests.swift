#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PatternLearning
import Reliability
import Testing
@testable import IncidentCore

/// 5. Feedback closes the loop: negative feedback on closed cases lowers the
/// pattern's positive rate until the next case of the same pattern is decided
/// differently, and the decision names the rule that changed.
@Suite struct LoopFeedbackTests {
    static let steps = [Plans.action("restart_service", "web-1")]

    /// Which threshold the falling positive rate crosses first.
    enum Gate: String, CaseIterable, Sendable {
        /// The policy's `min_positive_feedback_rate` (0.8): the plan is denied.
        case policyMinimum
        /// Only the pattern's eligibility (positive rate ≥ 0.85): a human must approve.
        case eligibility

        var policy: PolicyKnobs {
            var p = PolicyKnobs()
            p.minPositiveFeedbackRate = self == .policyMinimum ? 0.8 : 0
            return p
        }

        var threshold: Double { self == .policyMinimum ? 0.8 : 0.85 }
    }

    /// Case 1 of an eligible pattern, run to resolution without a human.
    static func firstCase(_ gate: Gate) async throws -> LoopRig {
        let rig = try LoopRig(steps, policy: gate.policy)
        try await rig.seedEligiblePattern()
        rig.clearOnSuccess()
        let record = try await rig.loop.run(try await rig.open())
        try #require(record.state == .resolved)
        try #require(record.decisions.map(\.outcome) == [.execute])
        try #require(!record.hadHumanAction)
        return rig
    }

    static func positiveRate(_ rig: LoopRig) async throws -> Double {
        try #require(try await rig.pattern()?.statistics.positiveFeedbackRate)
    }

    /// The same alert fires again an hour later: a new case, run.
    static func nextCase(_ rig: LoopRig) async throws -> CaseRecord {
        rig.clock.advance(by: 3_600)
        let id = try await rig.open()
        #expect(id == "INC-2")
        return try await rig.loop.run(id)
    }

    @Test(arguments: Gate.allCases)
    func negativeFeedbackChangesTheNextDecision(_ gate: Gate) async throws {
        let rig = try await Self.firstCase(gate)
        #expect(try await Self.positiveRate(rig) >= gate.threshold)
        var submitted = 0
        while try await Self.positiveRate(rig) >= gate.threshold {
            rig.clock.advance(by: 60)
            _ = try await rig.loop.submitFeedback(
                CaseFeedback(kind: .negative, author: "carol", rating: 1, actionsWorked: false, comment: "it came back"),
                on: "INC-1")
            submitted += 1
            try #require(submitted < 10)
        }
        #expect(submitted >= 1)
        #expect(try await rig.history.history(for: LoopRig.category).feedback.count == submitted)
        #expect(await rig.entries("INC-1", kind: "case.feedback").count == submitted)

        let second = try await Self.nextCase(rig)
        let decision = try #require(second.decisions.first)
        switch gate {
        case .policyMinimum:
            #expect(second.state == .escalated)
            #expect(decision.outcome == .deny)
            #expect(decision.denialReasons == ["policy.min_positive_feedback_rate"])
            #expect(second.runbook?.contains("denied by: policy.min_positive_feedback_rate") == true)
        case .eligibility:
            #expect(second.state == .awaitingApproval)
            #expect(decision.outcome == .awaitApproval)
            #expect(decision.reasoning.contains { $0.hasPrefix("pattern.eligibility: pattern not eligible: positive_feedback_rate") })
            #expect(await rig.loop.pendingApproval(for: second.id) != nil)
        }
        #expect(rig.executor.calls.count == 1, "only case 1 ran")
    }

    @Test(arguments: Gate.allCases)
    func positiveFeedbackKeepsTheNextCaseAutomatic(_ gate: Gate) async throws {
        let rig = try await Self.firstCase(gate)
        _ = try await rig.loop.submitFeedback(CaseFeedback(kind: .positive, author: "carol", rating: 5), on: "INC-1")
        let second = try await Self.nextCase(rig)
        #expect(second.state == .resolved)
        #expect(second.decisions.map(\.outcome) == [.execute])
        #expect(rig.executor.calls.count == 2)
    }

    @Test func feedbackLowersTheNextCasesReliability() async throws {
        var reliability: [FeedbackKind: Double] = [:]
        for kind in [FeedbackKind.positive, .negative] {
            let rig = try await Self.firstCase(.eligibility)
            _ = try await rig.loop.submitFeedback(CaseFeedback(kind: kind, author: "carol", rating: kind == .positive ? 5 : 1), on: "INC-1")
            _ = try await Self.nextCase(rig)
            let logged = try #require(await rig.entries("INC-2", kind: "case.decision").first?.data["reliability"])
            guard case .number(let r) = logged else { throw RigError("no reliability in \(logged)") }
            reliability[kind] = r
        }
        #expect(try #require(reliability[.negative]) < #require(reliability[.positive]))
    }

    @Test func feedbackOnAnOpenCaseIsRefused() async throws {
        var policy = PolicyKnobs()
        policy.requiresApproval = true
        policy.autoApprove = "99"
        let rig = try LoopRig(Self.steps, policy: policy)
        try await rig.seedEligiblePattern()
        let id = try await rig.open()
        let feedback = CaseFeedback(kind: .negative, author: "carol")
        #expect(await LoopError.caught { try await rig.loop.submitFeedback(feedback, on: id) }?.code == .invalidState)
        _ = try await rig.loop.run(id)
        try #require(try await rig.record(id).state == .awaitingApproval)
        let before = try await rig.pattern()?.statistics.feedbackCount
        let entries = await rig.entries().count
        #expect(await LoopError.caught { try await rig.loop.submitFeedback(feedback, on: id) }?.code == .invalidState)
        #expect(try await rig.pattern()?.statistics.feedbackCount == before)
        #expect(try await rig.history.history(for: LoopRig.category).feedback.isEmpty)
        #expect(await rig.entries().count == entries)
        #expect(await LoopError.caught { try await rig.loop.submitFeedback(feedback, on: "INC-7") }?.code == .unknownCase)
    }

    @Test(arguments: [9, 0, -1, 6])
    func aRatingOutside1To5IsRefused(_ rating: Int) async throws {
        let rig = try await Self.firstCase(.eligibility)
        let before = try await rig.record("INC-1")
        let stats = try await rig.pattern()?.statistics
        let entries = await rig.entries().count
        let error = await LoopError.caught {
            try await rig.loop.submitFeedback(CaseFeedback(kind: .positive, author: "carol", rating: rating), on: "INC-1")
        }
        #expect(error?.code == .invalidInput)
        #expect(try await rig.record("INC-1") == before)
        #expect(try await rig.pattern()?.statistics == stats)
        #expect(try await rig.history.history(for: LoopRig.category).feedback.isEmpty)
        #expect(await rig.entries().count == entries)
    }

    @Test func acceptedFeedbackIsNotedAndLogged() async throws {
        let rig = try await Self.firstCase(.eligibility)
        let record = try await rig.loop.submitFeedback(
            CaseFeedback(kind: .neutral, author: "dave", rating: 3, comment: "fine, slow"), on: "INC-1")
        #expect(record.notes.last?.author == "dave")
        #expect(record.notes.last?.text == "neutral feedback, rated 3/5: fine, slow")
        #expect(record.state == .resolved)
        #expect(try await rig.cases.load("INC-1") == record)
        let entry = try #require(await rig.entries("INC-1", kind: "case.feedback").first)
        #expect(entry.data["rating"] == .number(3))
        let feedback = try #require(try await rig.history.history(for: LoopRig.category).feedback.first)
        #expect(feedback.actionsTaken == ["restart_service(web-1)"])
        #expect(feedback.timeToResolve != nil)
        #expect(try await rig.pattern()?.statistics.neutralFeedback == 2)
    }
}
