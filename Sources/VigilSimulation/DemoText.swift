#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import IncidentCore

/// The demo as a person reads it: each scenario's timeline, then the figures.
public enum DemoText {
    /// Renders `run`; `metrics` adds the Prometheus exposition at the end.
    public static func render(_ run: DemoRunner.Run, metrics: Bool = true) -> String {
        var out = ""
        for (scenario, record) in zip(run.scenarios, run.cases) {
            out += "\(scenario.id)  \(scenario.title)\n    expected: \(scenario.expectation)\n"
            let t0 = record.faultStartedAt ?? record.openedAt
            for line in timeline(record, audit: run.audit) {
                out += "    " + clock(line.at.timeIntervalSince(t0)) + "  " + line.text + "\n"
            }
            let r = ScenarioReport(scenario, record)
            out += "    → \(r.finalState) after \(r.attempts) attempt(s), \(Int(r.mttrSeconds)) s from alert to close"
            out += r.suppressedDuplicates > 0 ? ", \(r.suppressedDuplicates) notifications suppressed\n" : "\n"
            if let runbook = record.runbook {
                out += "    runbook draft (\(runbook.split(separator: "\n").count) lines), first lines:\n"
                for line in runbook.split(separator: "\n", omittingEmptySubsequences: false).prefix(6) {
                    out += "      | \(line)\n"
                }
            }
            out += "\n"
        }
        let total = run.metrics.total
        out += "autonomy: \(format(run.report.autonomyPercent)) % of closed cases resolved with no human action\n"
        if let mtta = total.timeToAcknowledge.mean { out += "mean time to acknowledge: \(format(mtta)) s\n" }
        if let mttr = total.timeToResolve.mean { out += "mean time to resolve (resolved cases): \(format(mttr)) s\n" }
        out += "audit log: \(run.report.auditEntries) hash-chained entries\n"
        if !run.report.stateDirectory.isEmpty {
            out += "state: \(run.report.stateDirectory) (case-*.json, audit.jsonl; check with `vigil audit verify \(run.report.stateDirectory)`)\n"
        }
        if metrics {
            let text = run.metrics.prometheusText()
            out += "\nmetrics (Prometheus text exposition):\n" + text + (text.hasSuffix("\n") ? "" : "\n")
        }
        return out
    }

    /// One line of a case's timeline.
    public struct Line: Sendable, Hashable {
        /// When it happened.
        public var at: Date
        /// What happened.
        public var text: String
    }

    /// A case's story from the audit log, in the order it was written: intake,
    /// plan, decisions, actions (with their errors from the case record),
    /// transitions and notes. Runs of suppressed notifications are folded.
    public static func timeline(_ record: CaseRecord, audit: [AuditEntry]) -> [Line] {
        var lines: [Line] = []
        var actions = record.actions.makeIterator()
        var suppressed = 0
        var lastSuppressed = record.openedAt
        func flush() {
            if suppressed > 0 {
                lines.append(Line(at: lastSuppressed, text: "\(suppressed) notification(s) of the storm suppressed into the case"))
            }
            suppressed = 0
        }
        for e in audit where e.caseID == record.id {
            guard case .object(let d) = e.data else { continue }
            if e.kind == "case.alert.attached" || e.kind == "case.alert.duplicate" {
                suppressed += 1
                lastSuppressed = e.time
                continue
            }
            flush()
            let text: String?
            switch e.kind {
            case "case.opened":
                let alert = record.alerts.first
                text = "alert \(alert?.labels["alertname"] ?? "?") on \(alert?.labels["instance"] ?? "?") → case \(record.id) opened (hint \(record.hint ?? "none"))"
            case "case.plan":
                text = "plan (\(str(d["source"])), confidence \(str(d["confidence"]))): " + strs(d["steps"]).joined(separator: "; ")
            case "case.decision":
                var t = "decision \(str(d["outcome"])), reliability \(num(d["reliability"]))"
                let reasons = strs(d["reasons"]).filter { !$0.hasPrefix("outcome:") }
                if str(d["outcome"]) == "deny", let first = reasons.first { t += " — \(first)" }
                text = t
            case "case.action":
                var t = (d["rollback"] == .bool(true) ? "roll back " : "run ") + str(d["action"]) + " → " + str(d["outcome"])
                if case .number(let status)? = d["exit_status"] { t += " (exit \(Int(status)))" }
                if let a = actions.next(), let err = a.result.standardError.split(whereSeparator: \.isNewline).last {
                    t += ": \(err)"
                }
                text = t
            case "case.transition":
                text = "\(str(d["from"])) → \(str(d["to"]))" + (d["reason"].map { ": " + str($0) } ?? "")
            case "case.note":
                text = "note: " + str(d["text"])
            case "case.approval.requested":
                text = "approval requested from " + strs(d["approvers"]).joined(separator: ", ")
            case "case.approval.vote":
                text = "\(str(d["approver"])) voted \(str(d["vote"]))"
            case "case.feedback":
                text = "\(str(d["kind"])) feedback from \(str(d["author"]))"
            default:
                text = nil
            }
            if let text { lines.append(Line(at: e.time, text: text)) }
        }
        flush()
        return lines
    }

    private static func str(_ v: JSONValue?) -> String {
        if case .string(let s)? = v { return s }
        if case .number(let x)? = v { return x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x) }
        return v.map { "\($0)" } ?? ""
    }

    private static func strs(_ v: JSONValue?) -> [String] {
        if case .array(let a)? = v { return a.map { str($0) } }
        return []
    }

    private static func num(_ v: JSONValue?) -> String {
        if case .number(let x)? = v { return format(x) }
        return "?"
    }

    private static func describe(_ action: PlannedAction) -> String {
        switch action {
        case .shell(let command): "`\(command)`"
        case .structured(let name, let target, _): name + (target.map { "(\($0))" } ?? "")
        }
    }

    private static func clock(_ seconds: Double) -> String {
        let s = max(0, Int(seconds.rounded(.down)))
        let m = s / 60, r = s % 60
        return "+" + (m < 10 ? "0" : "") + String(m) + ":" + (r < 10 ? "0" : "") + String(r)
    }

    private static func format(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
