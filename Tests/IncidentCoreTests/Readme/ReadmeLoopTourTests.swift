import Foundation
import IncidentCore
import PatternLearning
import Testing

/// The README's IncidentCore tour, compiled and run: if this stops compiling
/// or passing, the README is out of date.
@Suite struct ReadmeLoopTourTests {
    static let policyJSON = """
        {"version": 1, "policies": [{
          "name": "storage-auto-fix", "category": "storage",
          "min_confidence": 0.7, "min_reliability": 0, "min_similar_tickets": 0, "min_positive_feedback_rate": 0,
          "allowed_action_types": ["read_only", "safe_write", "critical_write"], "auto_approve_threshold": 90,
          "approvers": ["sre-oncall"], "max_actions_per_hour": 20}]}
        """

    static let body = """
        {"version": "4", "groupKey": "{}:{alertname=\\"DiskFull\\"}", "status": "firing", "receiver": "vigil",
         "groupLabels": {"alertname": "DiskFull"}, "commonLabels": {}, "commonAnnotations": {},
         "externalURL": "http://alertmanager:9093", "alerts": [{"status": "firing",
           "labels": {"alertname": "DiskFull", "instance": "node-1", "container": "api"},
           "annotations": {"summary": "Disk almost full on node-1"},
           "startsAt": "2026-03-03T09:00:00Z", "endsAt": "0001-01-01T00:00:00Z", "generatorURL": ""}]}
        """

    @Test func decideRunApproveAndLearn() async throws {
        let policyJSON = Self.policyJSON  // a policy set (Docs/PolicyGuide.md)
        let body = Array(Self.body.utf8)  // an Alertmanager webhook request body
        // README: IncidentCore tour — begin
        let clock = ManualClock(Date(timeIntervalSince1970: 1_772_528_400))  // or SystemClock() and SystemSleeper()
        let guardrails = InMemoryGuardrailStore()  // shared by the decision engine and the gate
        let decisions = DecisionEngine(
            policies: try PolicySet(json: Data(policyJSON.utf8)),
            settings: try GlobalSettings(environment: ["AUTO_REMEDIATION_ENABLED": "true"]),
            guardrails: guardrails, safety: StaticSafetyProbe(backupAvailable: false, systemHealthy: true), clock: clock)
        let alerts = InMemoryAlertState()
        let loop = IncidentOrchestrator(
            services: LoopServices(
                decisions: decisions, gate: RemediationGate(guardrails: guardrails, clock: clock),
                triager: RuleTriager(), executor: DryRunExecutor(clock: clock), alerts: alerts,
                cases: InMemoryCaseStore(), audit: InMemoryAuditLog(clock: clock), patterns: InMemoryPatternStore(),
                history: InMemoryReliabilityHistory(), clock: clock, sleeper: clock),
            configuration: LoopConfiguration(autoRemediationEnabled: true))

        let report = try await loop.receive(try AlertmanagerWebhook.decode(body))
        let id = report.opened[0]                                   // "INC-1"
        var record = try await loop.run(id)                         // triage → decision → gate
        // `docker system prune -af` is a critical write, and nothing is known about
        // this pattern yet: a human must approve, so the case waits for a vote.
        #expect(record.state == .awaitingApproval, "\(record.decisions.last?.reasoning ?? [])")
        alerts.setClear(record.alerts[0].fingerprint, since: clock.now())
        record = try await loop.vote(.approve(approver: "sre-oncall"), on: id)  // runs, verifies
        #expect(record.state == .resolved)
        record = try await loop.submitFeedback(CaseFeedback(kind: .positive, author: "sre-oncall", rating: 5), on: id)
        print(await loop.metrics().prometheusText())
        // README: IncidentCore tour — end
        #expect(record.actions.map(\.result.outcome) == [.dryRun, .dryRun, .dryRun])
        #expect(record.approvals.map(\.approver) == ["sre-oncall"])
        #expect(record.notes.last?.text == "positive feedback, rated 5/5")
    }

    /// The README shows the tour's code as it is here (without the `#expect` lines).
    @Test func readmeShowsThisCode() throws {
        let here = try String(contentsOfFile: #filePath, encoding: .utf8)
        let lines = here.split(separator: "\n", omittingEmptySubsequences: false)
        let begin = try #require(lines.firstIndex { $0.contains("// README: IncidentCore tour — begin") })
        let end = try #require(lines.firstIndex { $0.contains("// README: IncidentCore tour — end") })
        let code = lines[(begin + 1)..<end]
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#expect") }
            .map { $0.hasPrefix("        ") ? $0.dropFirst(8) : $0 }
            .joined(separator: "\n")
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains(code), "README.md's IncidentCore tour differs from ReadmeLoopTourTests")
    }
}
