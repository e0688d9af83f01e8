#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
@testable import IncidentCore

@Suite struct RunbookDraftTests {
    /// S2: restart fails three times, then the gate denies a fourth attempt.
    static func escalated() throws -> CaseRecord {
        let t0 = Date(timeIntervalSince1970: 1_714_564_800)
        var c = CaseRecord(id: "case-2", openedAt: t0, hint: "container_missing", category: "availability",
                           alerts: [AlertmanagerAlert(status: .firing, labels: ["alertname": "ContainerMissing", "container": "payments"],
                                                      annotations: ["summary": "payments is not running"], startsAt: t0)])
        try c.apply(.beginTriage, at: t0)
        let triage = RuleTriager().propose(TriageInput(c))
        c.plan = triage.plan
        c.verdicts = triage.verdicts
        try c.apply(.planProposed, at: t0)
        c.decisions.append(CaseDecision(decidedAt: t0, outcome: .execute, reasoning: ["1. enabled", "7. auto-approved: reliability 92 ≥ 90"], policyHash: "p1"))
        try c.apply(.authorized, at: t0)
        for attempt in 1...3 {
            c.actions.append(CaseActionRecord(step: 0, attempt: attempt, action: .shell(command: "docker start payments"),
                result: ExecutionResult(outcome: .failed, exitStatus: 1, standardError: "Error: No such container: payments\n```\n", startedAt: t0, finishedAt: t0)))
            if attempt < 3 { try c.apply(.retry, at: t0) }
        }
        try c.apply(.executionFailed, at: t0)
        c.decisions.append(CaseDecision(decidedAt: t0, outcome: .deny, reasoning: ["max attempts 3 reached"], denialReasons: ["max_attempts"], policyHash: "p1"))
        try c.apply(.escalate, at: t0.addingTimeInterval(60), reason: "attempt 3: docker start payments failed")
        return c
    }

    @Test func draftSaysWhatWasSeenTriedDeniedAndWhatNext() throws {
        let md = RunbookDraft.render(try Self.escalated())
        #expect(md.hasPrefix("# Runbook draft: case case-2\n\nState: **escalated** after 3 attempts, hint `container_missing`, category `availability`. Opened 2024-05-01T12:00:00Z, closed 2024-05-01T12:01:00Z.\n\nEscalated because: attempt 3: docker start payments failed\n\n## What was seen\n"))
        #expect(md.contains("- **ContainerMissing** (firing since 2024-05-01T12:00:00Z, fingerprint `"))
        #expect(md.contains("  - summary: payments is not running\n"))
        #expect(md.contains("1. `docker start payments`: start the stopped container payments; rollback `docker stop payments` — verdict **"))
        #expect(md.contains("- 2024-05-01T12:00:00Z: **deny** (denied by: max_attempts), policy `p1`\n  - max attempts 3 reached\n"))
        #expect(md.contains("- attempt 3, step 1: `docker start payments` → **failed**, exit 1\n"))
        // The output holds a ``` run, so the fence is longer.
        #expect(md.contains("  ````\n  Error: No such container: payments\n  ```\n  ````\n"))
        #expect(md.contains("1. Review why the gate denied the plan (max_attempts); if the plan is right, run it by hand or change the policy deliberately.\n"))
        #expect(md.contains("2. Find out why step 1 (`docker start payments`) ended failed; its output is above.\n"))
        #expect(md.contains("3. Steps that never completed: 1.\n"))
        #expect(md == RunbookDraft.render(try Self.escalated()))
    }

    @Test func draftForACaseWithoutAPlan() throws {
        var c = CaseRecord(id: "x", openedAt: Date(timeIntervalSince1970: 0))
        try c.apply(.beginTriage, at: Date(timeIntervalSince1970: 1))
        try c.apply(.escalate, at: Date(timeIntervalSince1970: 2), reason: "no rule")
        let md = RunbookDraft.render(c)
        #expect(md.contains("Escalated because: no rule\n"))
        #expect(md.contains("No plan was proposed.\n") && md.contains("Nothing was run.\n") && md.contains("- no alert recorded\n"))
        #expect(md.contains("1. Diagnose by hand: no plan was proposed for this alert.\n2. Once fixed, give feedback"))
    }
}
