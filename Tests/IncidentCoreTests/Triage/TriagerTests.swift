#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ShellAST
import Synchronization
import Testing
@testable import IncidentCore

/// A scripted language model: replies in order, records prompts.
final class ScriptedModel: LanguageModel {
    enum Step: Sendable {
        case reply(String)
        case fail(LanguageModelError)
        /// Never answers (until cancelled).
        case silent
        /// Never answers and ignores cancellation for a while.
        case stubborn
    }

    let steps: Mutex<[Step]>
    let prompts = Mutex<[LanguageModelPrompt]>([])

    init(_ steps: [Step]) { self.steps = Mutex(steps) }

    func complete(_ prompt: LanguageModelPrompt) async throws(LanguageModelError) -> String {
        prompts.withLock { $0.append(prompt) }
        switch steps.withLock({ $0.removeFirst() }) {
        case .reply(let s): return s
        case .fail(let e): throw e
        case .silent:
            try? await Task.sleep(for: .seconds(3600))
            throw .unreachable("cancelled")
        case .stubborn:
            _ = await BlockingThread.run { usleep(1_000_000) }
            return "too late"
        }
    }
}

@Suite struct TriagerTests {
    static let t0 = Date(timeIntervalSince1970: 1_714_564_800)

    static func input(hint: String?, labels: [String: String], evidence: [CaseEvidence] = []) -> TriageInput {
        TriageInput(
            caseID: "case-1", hint: hint, category: "storage",
            alerts: [AlertmanagerAlert(status: .firing, labels: labels, annotations: ["summary": "disk 99% full"], startsAt: t0)],
            evidence: evidence)
    }

    static let diskFull = input(hint: "disk_full", labels: ["alertname": "DiskFull", "instance": "node-3", "container": "payments"])

    @Test func ruleTriagerFillsTheTemplate() {
        let o = RuleTriager().propose(Self.diskFull)
        guard let plan = o.plan else {
            Issue.record("expected a plan: \(o)")
            return
        }
        #expect(plan.source == .rules && plan.rootCause == "disk full on node-3: unused container images and build cache")
        #expect(plan.steps.map(\.action) == [.shell(command: "docker system prune -af"), .shell(command: "df -h /"), .shell(command: "docker restart payments")])
        #expect(plan.steps[2].explanation == "restart payments, which failed writing to a full disk")
        #expect(o.verdicts.map(\.step) == [0, 1, 2])
        #expect(o.verdicts[1].verdict == .allow)
    }

    @Test func ruleTriagerQuotesAndRefusesDangerousLabels() {
        func plan(_ container: String) -> TriageOutcome {
            RuleTriager().propose(Self.input(hint: "container_missing", labels: ["container": container]))
        }
        #expect(plan("my app").plan?.steps[0].action == .shell(command: "docker start 'my app'"))
        #expect(plan("x'; rm -rf / #").plan?.steps[0].action == .shell(command: #"docker start 'x'\''; rm -rf / #'"#))
        #expect(plan("x'; rm -rf / #").plan?.steps[0].rollback == .shell(command: #"docker stop 'x'\''; rm -rf / #'"#))
        #expect(plan("-rf").proposal == .escalate(reason: "rule for hint container_missing: label container value \"-rf\" would be read as an option"))
        #expect(plan("").proposal == .escalate(reason: "rule for hint container_missing: label container is empty"))
        #expect(RuleTriager().propose(Self.input(hint: "container_missing", labels: [:])).proposal
            == .escalate(reason: "rule for hint container_missing: needs label container, which the alert does not have"))
        #expect(RuleTriager().propose(Self.input(hint: "cosmic_rays", labels: [:])).proposal == .escalate(reason: "no rule for hint cosmic_rays"))
        #expect(RuleTriager().propose(Self.input(hint: nil, labels: [:])).proposal == .escalate(reason: "the alert matches no hint, so no rule applies"))
    }

    @Test func quotedLabelsParseAsOneWord() throws {
        // The quoting must survive the real shell grammar: one argument, the exact value.
        for value in ["a b", "x'y", "$(reboot)", "`id`", "a\nb", "*", "~root", "a;b|c&d"] {
            let command = "docker start " + (try RuleTriager.quote(value, label: "c"))
            let c = VerdictEngine().classify(command)
            #expect(c.syntaxError == nil, "\(command)")
            #expect(c.verdict != .block, "\(command): \(c.reasons)")
        }
    }

    static let goodReply = #"{"root_cause":"images filled /","risk_level":"medium","confidence":0.8,"commands":[{"command":"docker image prune -af","explanation":"free space","rollback":null},{"command":"rm -rf /","explanation":"very wrong"}]}"#

    @Test func llmPlanIsParsedAndJudgedForTheRecordOnly() async {
        let model = ScriptedModel([.reply("Sure!\n```json\n" + Self.goodReply + "\n```")])
        let o = await LLMTriager(model: model).triage(Self.diskFull)
        #expect(o.plan?.source == .languageModel && o.plan?.steps.count == 2)
        #expect(o.verdicts.map(\.verdict) == [VerdictEngine().classify("docker image prune -af").verdict, .block])
        #expect(o.notes == ["language model plan (2 commands, confidence 0.8)"])
        let prompt = model.prompts.withLock { $0[0] }
        #expect(prompt.user.contains("Alert: DiskFull (firing since 2024-05-01T12:00:00Z)"))
        #expect(prompt.user.contains("Hint: disk_full (category storage)"))
        #expect(prompt.user.contains("  container=payments\n  instance=node-3\n"))
        #expect(prompt.system.contains("exactly one JSON object"))
    }

    @Test func degradesToRulesOrEscalation() async {
        let unreachable = LanguageModelError.unreachable("connection refused")
        let a = await LLMTriager(model: ScriptedModel([.fail(unreachable)])).triage(Self.diskFull)
        #expect(a.plan?.source == .rules)
        #expect(a.notes.first == "language model unreachable: connection refused; falling back to RuleTriager")
        let b = await LLMTriager(model: ScriptedModel([.reply("I think you should reboot.")])).triage(Self.diskFull)
        #expect(b.plan?.source == .rules)
        #expect(b.notes.first == "language model reply rejected: (document): no JSON object in the reply; falling back to RuleTriager")
        let c = await LLMTriager(model: ScriptedModel([.fail(unreachable)]), fallback: nil).triage(Self.diskFull)
        #expect(c.proposal == .escalate(reason: "language model unreachable: connection refused"))
        // The fallback's own escalation passes through, with both reasons noted.
        let d = await LLMTriager(model: ScriptedModel([.reply("{}")])).triage(Self.input(hint: nil, labels: [:]))
        #expect(d.proposal == .escalate(reason: "the alert matches no hint, so no rule applies"))
        #expect(d.notes == ["language model reply rejected: root_cause: missing required field; falling back to RuleTriager"])
    }

    @Test func timeoutHoldsEvenIfTheModelIgnoresCancellation() async {
        let config = LLMTriager.Configuration(timeout: .milliseconds(50))
        let silent = await LLMTriager(model: ScriptedModel([.silent]), configuration: config).triage(Self.diskFull)
        #expect(silent.plan?.source == .rules)
        #expect(silent.notes.first == "language model gave no answer within 0.05 s; falling back to RuleTriager")
        let stubborn = await LLMTriager(model: ScriptedModel([.stubborn]), fallback: nil, configuration: config).triage(Self.diskFull)
        #expect(stubborn.proposal == .escalate(reason: "language model gave no answer within 0.05 s"))
    }

    @Test func promptIsDeterministicAndBudgeted() {
        let long = String(repeating: "x", count: 5000)
        let input = Self.input(
            hint: "disk_full", labels: ["b": "2", "a": "1"],
            evidence: [CaseEvidence(source: "df -h", content: long, collectedAt: Self.t0), CaseEvidence(source: "ps", content: "short", collectedAt: Self.t0)])
        let p = TriagePrompt(evidenceBudget: 3000, itemBudget: 2000)
        let user = p.build(input).user
        #expect(user == p.build(input).user)
        #expect(user.contains("--- df -h (collected 2024-05-01T12:00:00Z) ---\n" + String(repeating: "x", count: 2000) + "[… 3000 more characters left out]\n"))
        #expect(user.contains("--- ps (collected 2024-05-01T12:00:00Z) ---\nshort\n"))
        #expect(user.contains("Labels:\n  a=1\n  b=2\n"))
        #expect(!user.contains("Evidence:\n  (none collected)"))
    }
}
