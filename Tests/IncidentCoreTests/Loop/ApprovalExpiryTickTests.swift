import Foundation
import IncidentCore
import PatternLearning
import Testing

/// `tick()` expires approval requests nobody answered: the case is escalated
/// rather than left waiting forever.
@Suite struct ApprovalExpiryTickTests {
    @Test func anUnansweredRequestExpiresOnTickAndTheCaseEscalates() async throws {
        let clock = ManualClock(Date(timeIntervalSince1970: 1_772_528_400))
        let guardrails = InMemoryGuardrailStore()
        let policy = ReadmeLoopTourTests.policyJSON.replacingOccurrences(of: "\"max_actions_per_hour\": 20", with: "\"max_actions_per_hour\": 20, \"approval_ttl_seconds\": 600")
        let decisions = DecisionEngine(
            policies: try PolicySet(json: Data(policy.utf8)),
            settings: try GlobalSettings(environment: ["AUTO_REMEDIATION_ENABLED": "true"]), guardrails: guardrails,
            safety: StaticSafetyProbe(backupAvailable: false, systemHealthy: true), clock: clock)
        let executor = DryRunExecutor(clock: clock)
        let loop = IncidentOrchestrator(
            services: LoopServices(
                decisions: decisions, gate: RemediationGate(guardrails: guardrails, clock: clock), executor: executor,
                alerts: InMemoryAlertState(), cases: InMemoryCaseStore(), audit: InMemoryAuditLog(clock: clock),
                patterns: InMemoryPatternStore(), history: InMemoryReliabilityHistory(), clock: clock, sleeper: clock),
            configuration: LoopConfiguration(autoRemediationEnabled: true))
        let id = try await loop.receive(try AlertmanagerWebhook.decode(Array(ReadmeLoopTourTests.body.utf8))).opened[0]
        #expect(try await loop.run(id).state == .awaitingApproval)
        let expires = try #require(await loop.pendingApproval(for: id)).expiresAt
        #expect(expires == clock.now().addingTimeInterval(600))

        clock.advance(by: 599)
        let early = try await loop.tick()
        #expect(!early.updated.contains(id))
        #expect(await loop.record(id)?.state == .awaitingApproval)

        clock.advance(by: 1)
        let late = try await loop.tick()
        #expect(late.updated.contains(id))
        let record = try #require(await loop.record(id))
        #expect(record.state == .escalated)
        #expect(record.timeline.last?.reason == "the approval request expired")
        #expect(record.runbook != nil)
        #expect(await loop.pendingApproval(for: id) == nil)
        #expect(executor.recorded.isEmpty, "nothing ran without the approval")
    }
}
