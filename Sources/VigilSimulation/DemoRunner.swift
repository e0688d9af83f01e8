#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import IncidentCore
import PatternLearning

/// Runs the three scenarios through one ``IncidentOrchestrator`` on a
/// simulated host with a manual clock: deterministic, start to finish.
public enum DemoRunner {
    /// Where the demo keeps its cases and audit log.
    public enum Storage: Sendable {
        /// In memory (tests).
        case memory
        /// `case-<id>.json` files and `audit.jsonl` in this directory.
        case directory(String)
    }

    /// Everything a run produced.
    public struct Run: Sendable {
        /// The JSON contract's figures.
        public var report: DemoReport
        /// The scenarios, in order.
        public var scenarios: [DemoScenario]
        /// Each scenario's case, in order.
        public var cases: [CaseRecord]
        /// The audit log's entries.
        public var audit: [AuditEntry]
        /// Figures over the three cases.
        public var metrics: IncidentMetrics
        /// When the run started (the first fault).
        public var start: Date
    }

    /// When the simulated day begins: Tuesday 2026-03-03 09:00 UTC.
    public static let start = Date(timeIntervalSince1970: 1_772_528_400)

    /// Runs S1, S2 and S3 in order.
    /// - Throws: a configuration, storage or loop error.
    public static func run(storage: Storage) async throws -> Run {
        let clock = ManualClock(start)
        let scenarios = DemoScenario.all(startingAt: start)
        let host = SimulatedHost(
            clock: clock, diskUsedPercent: 97, reclaimablePercent: 26,
            containers: [
                "api": .init(),
                "frontend": .init(running: false, healthyAfterStarts: 2, startupSeconds: 20),
                "payments-worker": .init(exists: false, running: false),
            ])
        let cases: any CaseStore
        let audit: any AuditLog
        var stateDirectory = ""
        switch storage {
        case .memory:
            cases = InMemoryCaseStore()
            audit = InMemoryAuditLog(clock: clock)
        case .directory(let path):
            cases = try FileCaseStore(directory: path)
            audit = try FileAuditLog(directory: path, clock: clock)
            stateDirectory = path
        }
        let guardrails = InMemoryGuardrailStore()
        let patterns = InMemoryPatternStore()
        let history = InMemoryReliabilityHistory()
        try await DemoHistory.seed(patterns: patterns, history: history, scenarios: scenarios, now: start)
        let decisions = DecisionEngine(
            policies: try DemoConfiguration.policies(), settings: try DemoConfiguration.settings(), guardrails: guardrails,
            safety: StaticSafetyProbe(backupAvailable: true, systemHealthy: true), clock: clock,
            verdicts: try DemoConfiguration.verdicts())
        let services = LoopServices(
            decisions: decisions, gate: RemediationGate(guardrails: guardrails, clock: clock),
            triager: RuleTriager(table: DemoConfiguration.rules, verdicts: try DemoConfiguration.verdicts()), executor: host, alerts: host, cases: cases,
            audit: audit, patterns: patterns, history: history, evidence: host, clock: clock, sleeper: clock)
        let loop = IncidentOrchestrator(
            services: services,
            configuration: LoopConfiguration(
                maxAttempts: 3, backoffSeconds: 30, verificationWindowSeconds: 60, verificationTimeoutSeconds: 120,
                verificationPollSeconds: 10, autoRemediationEnabled: true))

        var records: [CaseRecord] = []
        for scenario in scenarios {
            records.append(try await run(scenario, loop: loop, host: host, clock: clock))
            clock.advance(by: 600)
        }
        let entries = try await audit.entries()
        let metrics = await loop.metrics()
        let report = DemoReport(
            scenarios: zip(scenarios, records).map { ScenarioReport($0.0, $0.1) },
            autonomyPercent: metrics.total.autonomyPercent ?? 0, auditEntries: entries.count, stateDirectory: stateDirectory)
        return Run(report: report, scenarios: scenarios, cases: records, audit: entries, metrics: metrics, start: start)
    }

    private static func run(
        _ scenario: DemoScenario, loop: IncidentOrchestrator, host: SimulatedHost, clock: ManualClock
    ) async throws -> CaseRecord {
        let faultAt = clock.now()
        for (alert, condition) in scenario.watchedAlerts { host.watch(alert.fingerprint, condition) }
        // The alerts start `detectionSeconds` after the fault; shift them onto this run's clock.
        let shift = faultAt.timeIntervalSince(start)
        var opened: String?
        for (i, n) in scenario.notifications.enumerated() {
            clock.advance(by: (i == 0 ? scenario.detectionSeconds : 0) + n.delay)
            var webhook = scenario.webhook(i)
            webhook.alerts = webhook.alerts.map { a in
                var a = a
                a.startsAt = a.startsAt.addingTimeInterval(shift)
                return a
            }
            let report = try await loop.receive(webhook)
            if opened == nil, let id = report.opened.first {
                opened = id
                _ = try await loop.recordFaultStart(faultAt, on: id)
            }
        }
        guard let id = opened else { throw DemoError(message: "scenario \(scenario.id) opened no case") }
        return try await loop.run(id)
    }
}

/// A demo that could not run as written.
public struct DemoError: Error, CustomStringConvertible {
    /// What went wrong.
    public let message: String
    /// The message.
    public var description: String { message }
}
