#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import IncidentCore

/// The outcome of one scenario, as `vigil demo --json` prints it.
public struct ScenarioReport: Sendable, Hashable, Codable {
    /// `S1`, `S2`, `S3`.
    public var scenario: String
    /// The case's final state (`resolved`, `escalated`...).
    public var finalState: String
    /// How many times the case entered `executing`.
    public var attempts: Int
    /// Seconds from the alert's `startsAt` to the case's close: its
    /// resolution, or for a case handed to a person, the escalation.
    public var mttrSeconds: Double
    /// Whether the case was escalated.
    public var escalated: Bool
    /// The runbook draft written on escalation.
    public var runbook: String?
    /// Notifications that joined the open case instead of opening a new one
    /// (resent alerts and new members of the same group).
    public var suppressedDuplicates: Int

    enum CodingKeys: String, CodingKey {
        case scenario
        case finalState = "final_state"
        case attempts
        case mttrSeconds = "mttr_seconds"
        case escalated, runbook
        case suppressedDuplicates = "suppressed_duplicates"
    }

    /// Encodes every key, `runbook` as `null` when there is none.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(scenario, forKey: .scenario)
        try c.encode(finalState, forKey: .finalState)
        try c.encode(attempts, forKey: .attempts)
        try c.encode(mttrSeconds, forKey: .mttrSeconds)
        try c.encode(escalated, forKey: .escalated)
        try c.encode(runbook, forKey: .runbook)
        try c.encode(suppressedDuplicates, forKey: .suppressedDuplicates)
    }

    init(_ scenario: DemoScenario, _ record: CaseRecord) {
        self.scenario = scenario.id
        finalState = record.state.rawValue
        attempts = record.attempts
        let end = record.closedAt ?? record.timeline.last?.at ?? record.openedAt
        mttrSeconds = max(0, end.timeIntervalSince(record.detectedAt ?? record.openedAt))
        escalated = record.state == .escalated
        runbook = record.runbook
        suppressedDuplicates = record.suppressedDuplicates
    }
}

/// The whole demo, as `vigil demo --json` prints it.
public struct DemoReport: Sendable, Hashable, Codable {
    /// The scenarios, in order.
    public var scenarios: [ScenarioReport]
    /// Closed cases resolved with no human action, in percent.
    public var autonomyPercent: Double
    /// Entries in the audit log.
    public var auditEntries: Int
    /// Where the case files and the audit log were written (empty in memory).
    public var stateDirectory: String

    enum CodingKeys: String, CodingKey {
        case scenarios
        case autonomyPercent = "autonomy_percent"
        case auditEntries = "audit_entries"
        case stateDirectory = "state_dir"
    }

    /// The JSON document, keys in the contract's order:
    /// `{"scenarios": [{"scenario", "final_state", "attempts", "mttr_seconds",
    /// "escalated", "runbook", "suppressed_duplicates"}, …], "autonomy_percent",
    /// "audit_entries", "state_dir"}`.
    public func json() -> String {
        var out = "{\n  \"scenarios\": [\n"
        for (i, s) in scenarios.enumerated() {
            let fields = [
                "\"scenario\": \(Self.string(s.scenario))", "\"final_state\": \(Self.string(s.finalState))",
                "\"attempts\": \(s.attempts)", "\"mttr_seconds\": \(Self.number(s.mttrSeconds))",
                "\"escalated\": \(s.escalated)", "\"runbook\": \(s.runbook.map(Self.string) ?? "null")",
                "\"suppressed_duplicates\": \(s.suppressedDuplicates)",
            ]
            out += "    {" + fields.joined(separator: ", ") + "}" + (i + 1 < scenarios.count ? ",\n" : "\n")
        }
        out += "  ],\n  \"autonomy_percent\": \(Self.number(autonomyPercent)),\n"
        out += "  \"audit_entries\": \(auditEntries),\n  \"state_dir\": \(Self.string(stateDirectory))\n}"
        return out
    }

    /// A JSON number: whole numbers without a fraction, others to two decimals.
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        let r = (x * 100).rounded() / 100
        return r == r.rounded() && abs(r) < 1e15 ? String(Int(r)) : String(r)
    }

    /// A JSON string literal.
    static func string(_ s: String) -> String { JSONValue.string(s).canonicalText }
}
