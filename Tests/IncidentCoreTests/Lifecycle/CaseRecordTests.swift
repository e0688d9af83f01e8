#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ShellAST
import Testing
@testable import IncidentCore

@Suite struct CaseRecordTests {
    /// A case that went the whole way, as the demo's S1 would record it.
    static func sample() throws -> CaseRecord {
        let t0 = Date(timeIntervalSince1970: 1_714_564_800)
        let alert = AlertmanagerAlert(
            status: .firing, labels: ["alertname": "DiskFull", "instance": "node-3"],
            annotations: ["summary": "Root filesystem 99% full"], startsAt: t0.addingTimeInterval(30))
        var c = CaseRecord(
            id: "case-1", openedAt: t0.addingTimeInterval(40), hint: "disk_full", category: "storage", alerts: [alert],
            faultStartedAt: t0)
        c.evidence.append(CaseEvidence(source: "df -h /", content: "/dev/sda1 50G 49.5G 0.5G 99% /", collectedAt: t0.addingTimeInterval(41)))
        try c.apply(.beginTriage, at: t0.addingTimeInterval(41))
        c.plan = RemediationPlan(
            rootCause: "docker images filled the disk", riskLevel: .medium, confidence: 0.9,
            steps: [PlanStep(action: .shell(command: "docker system prune -af"), explanation: "free space")], source: .rules)
        c.verdicts.append(CaseCommandVerdict(step: 0, command: "docker system prune -af", classification: VerdictEngine().classify("docker system prune -af")))
        try c.apply(.planProposed, at: t0.addingTimeInterval(42))
        c.decisions.append(CaseDecision(
            decidedAt: t0.addingTimeInterval(43), outcome: .awaitApproval, reasoning: ["policy storage: approval required"],
            policyHash: "abc", detail: ["allowed": true, "requiresApproval": true]))
        try c.apply(.approvalRequired, at: t0.addingTimeInterval(43))
        c.approvals.append(CaseApproval(approver: "alice", vote: .approve, comment: "go", at: t0.addingTimeInterval(100)))
        try c.apply(.approved, at: t0.addingTimeInterval(100))
        c.actions.append(CaseActionRecord(
            step: 0, attempt: 1, action: .shell(command: "docker system prune -af"),
            result: ExecutionResult(outcome: .succeeded, exitStatus: 0, standardOutput: "Total reclaimed space: 12GB\n",
                                    startedAt: t0.addingTimeInterval(101), finishedAt: t0.addingTimeInterval(103.25))))
        try c.apply(.actionsCompleted, at: t0.addingTimeInterval(104))
        try c.apply(.verified, at: t0.addingTimeInterval(400), reason: "alert clear for 300s")
        c.notes.append(CaseNote(author: "vigil", text: "resolved", at: t0.addingTimeInterval(400)))
        c.suppressedDuplicates = 3
        return c
    }

    @Test func roundTripsThroughTheCaseFileFormat() throws {
        let c = try Self.sample()
        let data = try IncidentJSON.encoder(pretty: true).encode(c)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""openedAt" : "2024-05-01T12:00:40Z""#))
        #expect(text.contains(#""state" : "resolved""#))
        #expect(text.contains(#""event" : "approval_required""#))
        let back = try IncidentJSON.decoder().decode(CaseRecord.self, from: data)
        #expect(back == c)
        #expect(back.acknowledgedAt == Date(timeIntervalSince1970: 1_714_564_841))
        #expect(back.resolvedAt == Date(timeIntervalSince1970: 1_714_565_200))
        #expect(back.detectedAt == Date(timeIntervalSince1970: 1_714_564_830))
        #expect(back.attempts == 1 && back.hadHumanAction)
    }

    @Test func decodingRejectsATimelineThatDoesNotLeadToTheState() throws {
        let c = try Self.sample()
        let text = String(decoding: try IncidentJSON.encoder().encode(c), as: UTF8.self)
        let tampered: [(String, String, String)] = [
            (#""state":"resolved""#, #""state":"escalated""#, "the timeline ends in resolved after 1 attempts, but the record says escalated after 1"),
            (#""attempts":1"#, #""attempts":0"#, "the timeline ends in resolved after 1 attempts, but the record says resolved after 0"),
            (#""event":"approved""#, #""event":"authorized""#, "timeline[3]: illegal transition: authorized in state awaiting_approval"),
            (#""from":"planned""#, #""from":"triaging""#, "timeline[2]: records triaging → awaiting_approval, but approval_required leads planned → awaiting_approval"),
        ]
        for (old, new, message) in tampered {
            #expect(text.contains(old))
            do {
                _ = try IncidentJSON.decoder().decode(CaseRecord.self, from: Data(text.replacing(old, with: new).utf8))
                Issue.record("accepted: \(new)")
            } catch let DecodingError.dataCorrupted(context) {
                #expect(context.debugDescription.hasPrefix(message), "\(context.debugDescription)")
            }
        }
    }
}
