#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The Markdown runbook draft written when a case is escalated: what was
/// seen, what was tried (with outputs), what the gate denied and why, and
/// suggested next steps. A pure function of the case record.
public enum RunbookDraft {
    /// The most characters of one output kept in the draft.
    public static let outputBudget = 2000

    /// The draft for `record`.
    public static func render(_ record: CaseRecord) -> String {
        var md = "# Runbook draft: case \(record.id)\n\n"
        md += "State: **\(record.state)** after \(record.attempts) attempt\(record.attempts == 1 ? "" : "s")"
        md += record.hint.map { ", hint `\($0)`" } ?? ", no hint"
        md += record.category.map { ", category `\($0)`" } ?? ""
        md += ". Opened \(RFC3339.format(record.openedAt))"
        md += record.closedAt.map { ", closed \(RFC3339.format($0))" } ?? ""
        md += ".\n\n"
        if let why = record.timeline.last(where: { $0.to == .escalated })?.reason {
            md += "Escalated because: \(why)\n\n"
        }
        md += "## What was seen\n\n"
        for alert in record.alerts {
            md += "- **\(alert.name ?? "alert")** (\(alert.status.rawValue) since \(RFC3339.format(alert.startsAt)), fingerprint `\(alert.fingerprint)`)"
            md += ": " + alert.labels.keys.sorted().map { "`\($0)=\(alert.labels[$0]!)`" }.joined(separator: " ") + "\n"
            for key in ["summary", "description"] { if let text = alert.annotations[key] { md += "  - \(key): \(text)\n" } }
        }
        if record.alerts.isEmpty { md += "- no alert recorded\n" }
        if record.suppressedDuplicates > 0 { md += "- \(record.suppressedDuplicates) repeated notifications suppressed into this case\n" }
        for e in record.evidence {
            md += "\nEvidence from `\(e.source)` (\(RFC3339.format(e.collectedAt))):\n\n" + fenced(e.content)
        }
        md += "\n## What was proposed\n\n"
        if let plan = record.plan {
            md += "Root cause (\(plan.source.rawValue), confidence \(plan.confidence), risk \(plan.riskLevel.rawValue)): \(plan.rootCause)\n\n"
            for (i, step) in plan.steps.enumerated() {
                md += "\(i + 1). \(ProcessExecutor.describe(step.action)): \(step.explanation)"
                md += step.rollback.map { "; rollback \(ProcessExecutor.describe($0))" } ?? ""
                if let v = record.verdicts.first(where: { $0.step == i }) { md += " — verdict **\(v.verdict)** (\(v.risk))" }
                md += "\n"
            }
        } else {
            md += "No plan was proposed.\n"
        }
        md += "\n## What the gate decided\n\n"
        if record.decisions.isEmpty { md += "No decision was made.\n" }
        for d in record.decisions {
            md += "- \(RFC3339.format(d.decidedAt)): **\(d.outcome.rawValue)**"
            md += d.denialReasons.isEmpty ? "" : " (denied by: \(d.denialReasons.joined(separator: ", ")))"
            md += d.policyHash.map { ", policy `\($0)`" } ?? ""
            md += "\n"
            for line in d.reasoning { md += "  - \(line)\n" }
        }
        for a in record.approvals {
            md += "- \(RFC3339.format(a.at)): \(a.approver) voted **\(a.vote.rawValue)**" + (a.comment.map { ": \($0)" } ?? "") + "\n"
        }
        md += "\n## What was tried\n\n"
        if record.actions.isEmpty { md += "Nothing was run.\n" }
        for a in record.actions {
            let r = a.result
            md += "- attempt \(a.attempt), step \(a.step + 1)\(a.isRollback ? " (rollback)" : ""): \(ProcessExecutor.describe(a.action)) → **\(r.outcome.rawValue)**"
            md += r.exitStatus.map { ", exit \($0)" } ?? ""
            md += r.signal.map { ", signal \($0)" } ?? ""
            md += r.message.map { " — \($0)" } ?? ""
            md += "\n"
            if !r.standardOutput.isEmpty { md += "\n  stdout:\n\n" + fenced(r.standardOutput, indent: "  ") }
            if !r.standardError.isEmpty { md += "\n  stderr:\n\n" + fenced(r.standardError, indent: "  ") }
        }
        md += "\n## Suggested next steps\n\n"
        for (i, s) in nextSteps(record).enumerated() { md += "\(i + 1). \(s)\n" }
        if !record.notes.isEmpty {
            md += "\n## Notes\n\n"
            for n in record.notes { md += "- \(RFC3339.format(n.at)) \(n.author): \(n.text)\n" }
        }
        return md
    }

    static func nextSteps(_ record: CaseRecord) -> [String] {
        var steps: [String] = []
        let denials = record.decisions.filter { $0.outcome == .deny }
        if !denials.isEmpty {
            let reasons = Set(denials.flatMap(\.denialReasons)).sorted()
            steps.append("Review why the gate denied the plan\(reasons.isEmpty ? "" : " (\(reasons.joined(separator: ", ")))"); if the plan is right, run it by hand or change the policy deliberately.")
        }
        if record.verdicts.contains(where: { $0.verdict == .block }) {
            steps.append("Do not run the blocked commands; find a narrower command for the same effect.")
        }
        if let failed = record.actions.last(where: { !$0.result.isSuccess && !$0.isRollback }) {
            steps.append("Find out why step \(failed.step + 1) (\(ProcessExecutor.describe(failed.action))) ended \(failed.result.outcome.rawValue); its output is above.")
        }
        // The loop renders the draft after escalating, so ask the timeline, not the state.
        if record.timeline.contains(where: { $0.to == .partiallyRemediated })
            || record.actions.contains(where: { $0.isRollback && !$0.result.isSuccess })
        {
            steps.append("Some changes could not be rolled back: check the system's state against the steps that succeeded.")
        }
        if let plan = record.plan {
            let ran = Set(record.actions.filter { $0.result.outcome == .succeeded }.map(\.step))
            let pending = plan.steps.indices.filter { !ran.contains($0) }
            if !pending.isEmpty {
                steps.append("Steps that never completed: " + pending.map { "\($0 + 1)" }.joined(separator: ", ") + ".")
            }
        } else {
            steps.append("Diagnose by hand: no plan was proposed for this alert.")
        }
        steps.append("Once fixed, give feedback on the case so the next similar case is decided with it.")
        return steps
    }

    /// `text` in a code fence longer than any backtick run inside it, cut to the budget.
    static func fenced(_ text: String, indent: String = "") -> String {
        var body = text.count > outputBudget ? String(text.prefix(outputBudget)) + "\n[… \(text.count - outputBudget) more characters]" : text
        if !body.hasSuffix("\n") { body += "\n" }
        var longest = 0
        var run = 0
        for c in body {
            run = c == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        return indent + fence + "\n" + lines.map { indent + $0 + "\n" }.joined() + indent + fence + "\n"
    }
}
