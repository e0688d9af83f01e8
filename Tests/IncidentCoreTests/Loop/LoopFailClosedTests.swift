#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PatternLearning
import Reliability
import Testing
@testable import IncidentCore

/// 7. Fail closed: when the audit log or the case store fails, the loop stops
/// with `LoopError(.storage)`, the state does not change without its audit
/// entry, and nothing more reaches the executor.
@Suite struct LoopFailClosedTests {
    static let s2 = "increase_memory(web-1) mb=512"

    /// A run that goes through everything: step 2 fails on attempt 1 (step 1
    /// rolled back), attempt 2 works and is verified.
    static func rig() async throws -> (LoopRig, String) {
        let rig = try LoopRig([LoopRetryTests.scaleUp, LoopRetryTests.memory, LoopRetryTests.restart], executorSeconds: 1)
        try await rig.seedEligiblePattern()
        rig.executor.script(Self.s2, .failed)
        let alerts = rig.alerts
        rig.executor.after { action, _ in
            if case .structured("restart_service", _, _) = action.action { alerts.clearNow(LoopAlerts.alert().fingerprint) }
        }
        return (rig, try await rig.open())
    }

    /// The log refuses `case.opened`: no case exists, and the correlator must
    /// not keep the incident either, or Alertmanager's resend of the same
    /// notification would be a "duplicate" of a case that was never opened.
    @Test(arguments: ["audit", "store"])
    func aFailedOpeningIsRetriedByTheResend(_ failing: String) async throws {
        let rig = try LoopRig([LoopRetryTests.restart])
        if failing == "audit" { rig.audit.failAfter(0) } else { rig.cases.failAfter(0) }
        let error = await LoopError.caught { try await rig.loop.receive(LoopAlerts.firing()) }
        #expect(error?.code == .storage)
        #expect(await rig.loop.cases.isEmpty)
        rig.audit.failAfter(nil)
        rig.cases.failAfter(nil)
        let resend = try await rig.loop.receive(LoopAlerts.firing())
        let id = try #require(resend.opened.first, "the resend opened nothing: \(resend.actions)")
        #expect(try await rig.record(id).state == .received)
        #expect(try await rig.cases.load(id) != nil)
        #expect(await rig.loop.cases.count == 1)
    }

    /// The log refuses the first decision's entry, twice; the healed run
    /// decides again. The case is still one occurrence of its pattern — not
    /// three, which would also drag the pattern's mean reliability down and
    /// change the decision.
    @Test(arguments: ["audit", "store"])
    func aRetriedDecisionCountsThePatternOnce(_ failing: String) async throws {
        let (rig, id) = try await Self.rig()
        let seeded = try #require(try await rig.pattern()).statistics.occurrences
        for _ in 0..<2 {
            if failing == "audit" {
                rig.audit.failOn(["case.decision"])
            } else {
                rig.cases.fail { $0.state == .planned && !$0.decisions.isEmpty }
            }
            #expect(await LoopError.caught { try await rig.loop.run(id) }?.code == .storage)
            #expect(try await rig.record(id).state == .planned)
            rig.audit.failOn([])
            rig.cases.fail(when: nil)
        }
        let record = try await rig.loop.run(id)
        #expect(try #require(try await rig.pattern()).statistics.occurrences == seeded + 1)
        #expect(record.decisions.first?.outcome == .execute)
        #expect(record.state == .resolved)
    }
}
