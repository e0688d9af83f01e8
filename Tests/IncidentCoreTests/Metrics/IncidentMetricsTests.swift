#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ShellAST
import Testing
@testable import IncidentCore

@Suite struct IncidentMetricsTests {
    static let t0 = Date(timeIntervalSince1970: 1_714_564_800)
    static func at(_ s: Double) -> Date { t0.addingTimeInterval(s) }

    static func verdict(_ step: Int, _ command: String) -> CaseCommandVerdict {
        CaseCommandVerdict(step: step, command: command, classification: VerdictEngine().classify(command))
    }

    /// S1: resolved by itself; S2: denied after three attempts, escalated;
    /// S3: resolved after a human approval, with a suppressed storm.
    static func cases() throws -> [CaseRecord] {
        var s1 = CaseRecord(id: "s1", openedAt: at(35), hint: "disk_full", category: "storage",
                            alerts: [AlertmanagerAlert(status: .firing, labels: ["alertname": "DiskFull"], startsAt: at(30))], faultStartedAt: at(0))
        try s1.apply(.beginTriage, at: at(41))
        try s1.apply(.planProposed, at: at(42))
        s1.verdicts = [verdict(0, "df -h /"), verdict(1, "frobnicate --all")]
        s1.decisions = [CaseDecision(decidedAt: at(43), outcome: .execute)]
        try s1.apply(.authorized, at: at(43))
        try s1.apply(.actionsCompleted, at: at(50))
        try s1.apply(.verified, at: at(400))

        var s2 = CaseRecord(id: "s2", openedAt: at(10), hint: "container_missing", category: "availability",
                            alerts: [AlertmanagerAlert(status: .firing, labels: ["alertname": "ContainerMissing"], startsAt: at(5))])
        try s2.apply(.beginTriage, at: at(20))
        try s2.apply(.planProposed, at: at(21))
        try s2.apply(.authorized, at: at(22))
        try s2.apply(.retry, at: at(30))
        try s2.apply(.retry, at: at(50))
        try s2.apply(.executionFailed, at: at(90))
        s2.decisions = [
            CaseDecision(decidedAt: at(22), outcome: .execute),
            CaseDecision(decidedAt: at(89), outcome: .deny, denialReasons: ["max_attempts"]),
            CaseDecision(decidedAt: at(89), outcome: .deny),
        ]
        s2.verdicts = [verdict(0, "rm -rf /")]
        try s2.apply(.escalate, at: at(91))

        var s3 = CaseRecord(id: "s3", openedAt: at(60), hint: "frontend_down", category: "availability",
                            alerts: [AlertmanagerAlert(status: .firing, labels: ["alertname": "FrontendDown"], startsAt: at(50))], faultStartedAt: at(45.5))
        try s3.apply(.beginTriage, at: at(62))
        try s3.apply(.planProposed, at: at(63))
        s3.decisions = [CaseDecision(decidedAt: at(64), outcome: .awaitApproval)]
        try s3.apply(.approvalRequired, at: at(64))
        s3.approvals = [CaseApproval(approver: "alice", vote: .approve, at: at(120))]
        try s3.apply(.approved, at: at(120))
        try s3.apply(.actionsCompleted, at: at(125))
        try s3.apply(.verified, at: at(200))
        s3.suppressedDuplicates = 4

        let open = CaseRecord(id: "s4", openedAt: at(300), alerts: [AlertmanagerAlert(status: .firing, labels: [:], startsAt: at(299))])
        return [s1, s2, s3, open]
    }

    @Test func figuresPerGroupAndInTotal() throws {
        let m = IncidentMetrics(cases: try Self.cases())
        let disk = try #require(m.groups[.init(hint: "disk_full", category: "storage")])
        #expect(disk.detectionLatency == DurationSummary(count: 1, sum: 30))
        #expect(disk.timeToAcknowledge.mean == 11 && disk.timeToResolve.mean == 370)
        #expect(disk.reviews == 1 && disk.blocks == 0 && disk.autonomyPercent == 100)
        let total = m.total
        #expect(total.cases == 4 && total.closed == 3 && total.resolvedAutonomously == 1)
        #expect(abs(total.autonomyPercent! - 100.0 / 3) < 1e-9)
        #expect(total.denials == ["max_attempts": 1, "unspecified": 1])
        #expect(total.approvalsRequired == 1 && total.blocks == 1 && total.attempts == 5 && total.suppressedDuplicates == 4)
        #expect(total.timeToResolve == DurationSummary(count: 2, sum: 370 + 150))
        #expect(total.timeToAcknowledge == DurationSummary(count: 3, sum: 11 + 15 + 12))
        #expect(IncidentMetrics(cases: []).total.autonomyPercent == nil)
    }

    @Test func prometheusTextIsExact() throws {
        let text = IncidentMetrics(cases: try Self.cases()).prometheusText()
        let expected = """
            # HELP vigil_cases Cases by hint, category and current state.
            # TYPE vigil_cases gauge
            vigil_cases{category="availability",hint="container_missing",state="escalated"} 1
            vigil_cases{category="availability",hint="frontend_down",state="resolved"} 1
            vigil_cases{category="none",hint="none",state="received"} 1
            vigil_cases{category="storage",hint="disk_full",state="resolved"} 1
            # HELP vigil_detection_latency_seconds Alert startsAt minus the fault's start (T0), where T0 is known.
            # TYPE vigil_detection_latency_seconds summary
            vigil_detection_latency_seconds_count{category="availability",hint="frontend_down"} 1
            vigil_detection_latency_seconds_count{category="storage",hint="disk_full"} 1
            vigil_detection_latency_seconds_sum{category="availability",hint="frontend_down"} 4.5
            vigil_detection_latency_seconds_sum{category="storage",hint="disk_full"} 30
            # HELP vigil_time_to_acknowledge_seconds Triage start minus alert startsAt (MTTA = sum / count).
            # TYPE vigil_time_to_acknowledge_seconds summary
            vigil_time_to_acknowledge_seconds_count{category="availability",hint="container_missing"} 1
            vigil_time_to_acknowledge_seconds_count{category="availability",hint="frontend_down"} 1
            vigil_time_to_acknowledge_seconds_count{category="storage",hint="disk_full"} 1
            vigil_time_to_acknowledge_seconds_sum{category="availability",hint="container_missing"} 15
            vigil_time_to_acknowledge_seconds_sum{category="availability",hint="frontend_down"} 12
            vigil_time_to_acknowledge_seconds_sum{category="storage",hint="disk_full"} 11
            # HELP vigil_time_to_resolve_seconds Resolution minus alert startsAt, resolved cases (MTTR = sum / count).
            # TYPE vigil_time_to_resolve_seconds summary
            vigil_time_to_resolve_seconds_count{category="availability",hint="frontend_down"} 1
            vigil_time_to_resolve_seconds_count{category="storage",hint="disk_full"} 1
            vigil_time_to_resolve_seconds_sum{category="availability",hint="frontend_down"} 150
            vigil_time_to_resolve_seconds_sum{category="storage",hint="disk_full"} 370
            # HELP vigil_autonomy_percent Closed cases resolved with no human action, in percent.
            # TYPE vigil_autonomy_percent gauge
            vigil_autonomy_percent 33.33333333333333
            vigil_autonomy_percent{category="availability",hint="container_missing"} 0
            vigil_autonomy_percent{category="availability",hint="frontend_down"} 0
            vigil_autonomy_percent{category="storage",hint="disk_full"} 100
            # HELP vigil_approvals_required_total Gate decisions that required a human approval.
            # TYPE vigil_approvals_required_total counter
            vigil_approvals_required_total{category="availability",hint="container_missing"} 0
            vigil_approvals_required_total{category="availability",hint="frontend_down"} 1
            vigil_approvals_required_total{category="none",hint="none"} 0
            vigil_approvals_required_total{category="storage",hint="disk_full"} 0
            # HELP vigil_guardrail_denials_total Gate denials by the rule that denied.
            # TYPE vigil_guardrail_denials_total counter
            vigil_guardrail_denials_total{category="availability",hint="container_missing",reason="max_attempts"} 1
            vigil_guardrail_denials_total{category="availability",hint="container_missing",reason="unspecified"} 1
            # HELP vigil_command_verdicts_total Plan commands judged review or block by the verdict engine.
            # TYPE vigil_command_verdicts_total counter
            vigil_command_verdicts_total{category="availability",hint="container_missing",verdict="block"} 1
            vigil_command_verdicts_total{category="availability",hint="container_missing",verdict="review"} 0
            vigil_command_verdicts_total{category="availability",hint="frontend_down",verdict="block"} 0
            vigil_command_verdicts_total{category="availability",hint="frontend_down",verdict="review"} 0
            vigil_command_verdicts_total{category="none",hint="none",verdict="block"} 0
            vigil_command_verdicts_total{category="none",hint="none",verdict="review"} 0
            vigil_command_verdicts_total{category="storage",hint="disk_full",verdict="block"} 0
            vigil_command_verdicts_total{category="storage",hint="disk_full",verdict="review"} 1
            # HELP vigil_suppressed_duplicates_total Repeated alert notifications attached to an open case.
            # TYPE vigil_suppressed_duplicates_total counter
            vigil_suppressed_duplicates_total{category="availability",hint="container_missing"} 0
            vigil_suppressed_duplicates_total{category="availability",hint="frontend_down"} 4
            vigil_suppressed_duplicates_total{category="none",hint="none"} 0
            vigil_suppressed_duplicates_total{category="storage",hint="disk_full"} 0
            # HELP vigil_remediation_attempts_total Times cases entered executing.
            # TYPE vigil_remediation_attempts_total counter
            vigil_remediation_attempts_total{category="availability",hint="container_missing"} 3
            vigil_remediation_attempts_total{category="availability",hint="frontend_down"} 1
            vigil_remediation_attempts_total{category="none",hint="none"} 0
            vigil_remediation_attempts_total{category="storage",hint="disk_full"} 1

            """
        #expect(text == expected)
        #expect(Self.wellFormed(text) == nil)
    }

    @Test func escapesLabelsAndHelp() {
        #expect(PrometheusExposition.escapeLabel("a\"b\\c\nd") == #"a\"b\\c\nd"#)
        #expect(PrometheusExposition.escapeHelp("x\\y\n\"z\"") == #"x\\y\n"z""#)
        #expect(PrometheusExposition.format(.nan) == "NaN" && PrometheusExposition.format(.infinity) == "+Inf")
        #expect(PrometheusExposition.format(-.infinity) == "-Inf" && PrometheusExposition.format(0.25) == "0.25")
        var c = CaseRecord(id: "x", openedAt: Self.t0, hint: "h", category: "we\"ird\\cat\negory")
        c.suppressedDuplicates = 1
        let text = IncidentMetrics(cases: [c]).prometheusText()
        #expect(text.contains(#"vigil_suppressed_duplicates_total{category="we\"ird\\cat\negory",hint="h"} 1"#))
        #expect(Self.wellFormed(text) == nil)
    }

    /// A small checker of the text format: comment lines, HELP and TYPE once
    /// per family before its samples, sample names of the family, label syntax.
    static func wellFormed(_ text: String) -> String? {
        var typed: [String: String] = [:]
        var helped: Set<String> = []
        guard text.hasSuffix("\n") else { return "no final newline" }
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 3)
            if line.hasPrefix("# HELP ") {
                guard helped.insert(String(parts[2])).inserted else { return "HELP twice: \(line)" }
            } else if line.hasPrefix("# TYPE ") {
                guard parts.count == 4, ["counter", "gauge", "summary", "histogram", "untyped"].contains(parts[3]), typed[String(parts[2])] == nil
                else { return "bad TYPE: \(line)" }
                typed[String(parts[2])] = String(parts[3])
            } else {
                let name = String(line.prefix { $0 != "{" && $0 != " " })
                let family = typed.keys.first { name == $0 || name == $0 + "_sum" || name == $0 + "_count" }
                guard let family, helped.contains(family) else { return "sample before its TYPE/HELP: \(line)" }
                guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == ":" }) else { return "bad name: \(line)" }
                guard let value = line.split(separator: " ").last, Double(value) != nil || ["NaN", "+Inf", "-Inf"].contains(String(value))
                else { return "bad value: \(line)" }
            }
        }
        return nil
    }
}
