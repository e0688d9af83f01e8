#if canImport(Glibc)
import Glibc
#endif
import Foundation
import IncidentCore
import Testing
@testable import VigilSimulation

/// The three scenarios of `vigil demo`, each checked against what the issue
/// asks of it, on the injected clock.
@Suite struct DemoScenarioTests {
    static func run() async throws -> DemoRunner.Run { try await DemoRunner.run(storage: .memory) }

    static func transitions(_ record: CaseRecord) -> [String] {
        record.timeline.map { "\($0.from)→\($0.to)" }
    }

    @Test func s1DiskFullIsPrunedSnapshottedRestartedAndResolved() async throws {
        let run = try await Self.run()
        let s1 = run.cases[0]
        #expect(s1.state == .resolved)
        #expect(s1.attempts == 1)
        #expect(s1.approvals.isEmpty, "no human took part")
        #expect(
            s1.actions.map { ProcessExecutorDescription.of($0.action) } == [
                "prune_container_images(node-1)", "`df -h /`", "`docker restart api`",
            ])
        #expect(s1.actions.allSatisfy { $0.result.outcome == .succeeded })
        // The df snapshot shows the space the prune freed.
        #expect(s1.actions[1].result.standardOutput.contains(" 71% /"))
        #expect(
            Self.transitions(s1) == [
                "received→triaging", "triaging→planned", "planned→executing", "executing→verifying", "verifying→resolved",
            ])
        // Resolved only after the alert stayed clear for the 60 s window.
        let restarted = try #require(s1.actions.last?.result.finishedAt)
        let resolved = try #require(s1.resolvedAt)
        #expect(resolved.timeIntervalSince(restarted) >= 60)
        #expect(s1.runbook == nil)
    }

    @Test func s2MissingContainerFailsThreeTimesThenEscalatesWithARunbook() async throws {
        let run = try await Self.run()
        let s2 = run.cases[1]
        #expect(s2.state == .escalated)
        #expect(s2.attempts == 3)
        #expect(s2.actions.count == 3)
        #expect(s2.actions.allSatisfy { $0.result.outcome == .failed && $0.result.exitStatus == 1 })
        #expect(s2.actions.map(\.attempt) == [1, 2, 3])
        // Backoff: 30 s, then 60 s, between the end of one attempt and the next.
        let starts = s2.timeline.filter { $0.to == .executing }.map(\.at)
        let ends = s2.actions.map(\.result.finishedAt)
        #expect(starts.count == 3)
        #expect(starts[1].timeIntervalSince(ends[0]) == 30)
        #expect(starts[2].timeIntervalSince(ends[1]) == 60)
        #expect(Self.transitions(s2).suffix(2) == ["executing→failed", "failed→escalated"])
        let runbook = try #require(s2.runbook)
        #expect(runbook.contains("# Runbook draft: case \(s2.id)"))
        #expect(runbook.contains("No such container: payments-worker"))
        #expect(runbook.contains("attempt 3, step 1"))
        #expect(run.report.scenarios[1].runbook == runbook)
    }

    @Test func s3StormIsOneCaseRestartedWithBackoffUntilItHolds() async throws {
        let run = try await Self.run()
        let s3 = run.cases[2]
        #expect(s3.state == .resolved)
        #expect(s3.attempts == 2)
        // One case for the whole storm: 4 notifications, 3 alerts, 10 alert copies.
        let all = run.scenarios[2].notifications.flatMap(\.alerts)
        #expect(all.count == 10)
        #expect(s3.alerts.count == 3)
        #expect(s3.suppressedDuplicates == all.count - 1)
        #expect(run.cases.map(\.id) == ["INC-1", "INC-2", "INC-3"])
        // The first restart did not hold; the second came after the backoff and did.
        #expect(s3.actions.count == 2 && s3.actions.allSatisfy { $0.result.outcome == .succeeded })
        let retry = try #require(s3.timeline.first { $0.from == .verifying && $0.to == .executing })
        let gaveUp = try #require(s3.notes.first { $0.text.hasPrefix("attempt 1 did not fix it") })
        #expect(retry.at.timeIntervalSince(gaveUp.at) == 30)
        #expect(s3.timeline.last?.reason == "every alert stayed clear for 60 s")
    }

    @Test func reportFollowsTheCases() async throws {
        let run = try await Self.run()
        let r = run.report
        #expect(r.scenarios.map(\.scenario) == ["S1", "S2", "S3"])
        #expect(r.scenarios.map(\.finalState) == ["resolved", "escalated", "resolved"])
        #expect(r.scenarios.map(\.attempts) == [1, 3, 2])
        #expect(r.scenarios.map(\.escalated) == [false, true, false])
        #expect(r.scenarios.map { $0.runbook != nil } == [false, true, false])
        #expect(r.scenarios.map(\.suppressedDuplicates) == [0, 0, 9])
        for (report, record) in zip(r.scenarios, run.cases) {
            let expected = try #require(record.closedAt).timeIntervalSince(try #require(record.detectedAt))
            #expect(report.mttrSeconds == expected)
        }
        #expect(abs(r.autonomyPercent - 200.0 / 3) < 1e-9)
        #expect(r.auditEntries == run.audit.count)
    }

    @Test func jsonHasTheContractsKeysInOrderAndDecodes() async throws {
        let run = try await Self.run()
        let text = run.report.json()
        let decoded = try JSONDecoder().decode(DemoReport.self, from: Data(text.utf8))
        #expect(decoded.scenarios == run.report.scenarios)
        #expect(decoded.auditEntries == run.report.auditEntries)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["scenarios", "autonomy_percent", "audit_entries", "state_dir"])
        let first = try #require((object["scenarios"] as? [[String: Any]])?.first)
        #expect(
            Set(first.keys) == ["scenario", "final_state", "attempts", "mttr_seconds", "escalated", "runbook", "suppressed_duplicates"])
        #expect(first["runbook"] is NSNull)
        // Keys in the order the contract lists them.
        let order = ["\"scenario\"", "\"final_state\"", "\"attempts\"", "\"mttr_seconds\"", "\"escalated\"", "\"runbook\"", "\"suppressed_duplicates\""]
        let positions = order.map { text.range(of: $0)!.lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test func twoRunsAreIdentical() async throws {
        let a = try await Self.run()
        let b = try await Self.run()
        #expect(a.report.json() == b.report.json())
        #expect(a.audit == b.audit)
        #expect(DemoText.render(a) == DemoText.render(b))
    }

    @Test func everyTransitionIsAuditedAndTheChainVerifies() async throws {
        let path = NSTemporaryDirectory() + "vigil-demo-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try await DemoRunner.run(storage: .directory(path))
        for record in run.cases {
            let audited = run.audit.filter { $0.caseID == record.id && $0.kind == "case.transition" }
            #expect(audited.count == record.timeline.count, "\(record.id)")
            let recorded = audited.map { entry -> String in
                guard case .object(let d) = entry.data, case .string(let from)? = d["from"], case .string(let to)? = d["to"] else { return "?" }
                return "\(from)→\(to)"
            }
            #expect(recorded == Self.transitions(record))
        }
        let bytes = try #require(FileManager.default.contents(atPath: path + "/audit.jsonl"))
        guard case .valid(let entries, _, _) = AuditChain.verify(Array(bytes)) else {
            Issue.record("the demo's audit chain does not verify: \(AuditChain.verify(Array(bytes)))")
            return
        }
        #expect(entries == run.report.auditEntries)
        #expect(run.report.stateDirectory == path)
        // The case files on disk are the cases the run returned.
        let store = try FileCaseStore(directory: path)
        for record in run.cases {
            #expect(try await store.load(record.id) == record)
        }
    }
}

/// How the loop prints an action (its own helper is internal to IncidentCore).
enum ProcessExecutorDescription {
    static func of(_ action: PlannedAction) -> String {
        switch action {
        case .shell(let command): "`\(command)`"
        case .structured(let name, let target, _): "\(name)(\(target ?? ""))"
        }
    }
}
