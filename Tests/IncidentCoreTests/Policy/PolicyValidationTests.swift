import Foundation
import IncidentCore
import Testing

/// Every validation error names its field and its problem. Each row edits a
/// valid document; the edit must produce exactly that code at exactly that field.
@Suite struct PolicyValidationTests {
    static func base() -> [String: Any] {
        [
            "version": 1,
            "freeze_windows": [["start": "2025-11-27T18:00:00Z", "end": "2025-11-28T06:00:00Z", "reason": "launch"]],
            "policies": [
                [
                    "name": "platform", "category": "platform", "min_confidence": 0.7, "min_reliability": 80,
                    "min_similar_tickets": 3, "min_positive_feedback_rate": 0.8,
                    "allowed_action_types": ["read_only", "safe_write"], "auto_approve_threshold": 90,
                    "approvers": ["alice", "bob"], "max_actions_per_hour": 10,
                    "rate_limits": [["scope": "target", "limit": 3, "window_seconds": 3600]],
                    "hints": ["disk_full": ["allowed_actions": ["docker system prune", "df"], "max_attempts": 3]],
                ] as [String: Any],
                [
                    "name": "cache", "category": "cache", "min_confidence": 0.7, "min_reliability": 75,
                    "min_similar_tickets": 3, "min_positive_feedback_rate": 0.75,
                    "allowed_action_types": ["read_only"], "auto_approve_threshold": "never", "approvers": ["carol"],
                    "max_actions_per_hour": 5,
                ] as [String: Any],
            ],
        ]
    }

    struct Row: CustomTestStringConvertible, @unchecked Sendable {
        let code: PolicyError.Code
        let field: String
        let edit: (inout [String: Any]) -> Void
        var testDescription: String { "\(code) at \(field)" }
    }

    /// Edits policy `i` of the document.
    static func policy(_ i: Int, _ edit: @escaping (inout [String: Any]) -> Void) -> (inout [String: Any]) -> Void {
        { doc in
            var ps = doc["policies"] as! [[String: Any]]
            edit(&ps[i])
            doc["policies"] = ps
        }
    }

    static let rows: [Row] = [
        Row(code: .unknownKey, field: "polices") { $0["polices"] = [] },
        Row(code: .unknownKey, field: "policies[0].min_reliabilty", edit: policy(0) { $0["min_reliabilty"] = 80 }),
        Row(
            code: .unknownKey, field: "policies[0].hints.disk_full.cooldown",
            edit: policy(0) {
                $0["hints"] = ["disk_full": ["cooldown": 60]]
            }),
        Row(
            code: .unknownKey, field: "policies[0].rate_limits[0].per",
            edit: policy(0) {
                $0["rate_limits"] = [["scope": "target", "limit": 3, "window_seconds": 60, "per": "hour"]]
            }),
        Row(code: .unknownKey, field: "freeze_windows[0].note") {
            $0["freeze_windows"] = [["start": "2025-11-27T18:00:00Z", "end": "2025-11-28T06:00:00Z", "reason": "x", "note": "y"]]
        },
        Row(code: .missingKey, field: "policies[1].min_reliability", edit: policy(1) { $0["min_reliability"] = nil }),
        Row(code: .missingKey, field: "policies", edit: { $0["policies"] = nil }),
        Row(code: .wrongType, field: "policies[0].min_reliability", edit: policy(0) { $0["min_reliability"] = "high" }),
        Row(code: .wrongType, field: "policies[0].enabled", edit: policy(0) { $0["enabled"] = "yes" }),
        Row(code: .outOfRange, field: "policies[0].min_reliability", edit: policy(0) { $0["min_reliability"] = 101 }),
        Row(code: .outOfRange, field: "policies[0].min_confidence", edit: policy(0) { $0["min_confidence"] = 1.5 }),
        Row(
            code: .outOfRange, field: "policies[0].min_positive_feedback_rate",
            edit: policy(0) { $0["min_positive_feedback_rate"] = -0.1 }),
        Row(code: .invalidValue, field: "policies[0].min_similar_tickets", edit: policy(0) { $0["min_similar_tickets"] = 2.5 }),
        Row(code: .outOfRange, field: "policies[0].min_similar_tickets", edit: policy(0) { $0["min_similar_tickets"] = -1 }),
        Row(
            code: .invalidValue, field: "policies[0].allowed_action_types[1]",
            edit: policy(0) { $0["allowed_action_types"] = ["read_only", "write"] }),
        Row(code: .invalidValue, field: "policies[0].allowed_action_types", edit: policy(0) { $0["allowed_action_types"] = [] }),
        Row(
            code: .duplicate, field: "policies[0].allowed_action_types",
            edit: policy(0) { $0["allowed_action_types"] = ["read_only", "read_only"] }),
        Row(
            code: .inconsistent, field: "policies[0].allowed_hours_end",
            edit: policy(0) {
                $0["allowed_hours_start"] = 22
                $0["allowed_hours_end"] = 22
            }),
        Row(code: .inconsistent, field: "policies[0].allowed_hours_end", edit: policy(0) { $0["allowed_hours_start"] = 22 }),
        Row(
            code: .outOfRange, field: "policies[0].allowed_hours_start",
            edit: policy(0) {
                $0["allowed_hours_start"] = 24
                $0["allowed_hours_end"] = 6
            }),
        Row(code: .invalidValue, field: "policies[0].allowed_days", edit: policy(0) { $0["allowed_days"] = [] }),
        Row(code: .invalidValue, field: "policies[0].allowed_days[0]", edit: policy(0) { $0["allowed_days"] = ["Monday"] }),
        Row(code: .duplicate, field: "policies[0].allowed_days", edit: policy(0) { $0["allowed_days"] = ["monday", "monday"] }),
        Row(code: .invalidValue, field: "policies[0].allowed_systems", edit: policy(0) { $0["allowed_systems"] = [] }),
        Row(
            code: .invalidValue, field: "policies[0].forbidden_commands[0]", edit: policy(0) { $0["forbidden_commands"] = ["  "] }
        ),
        Row(code: .inconsistent, field: "policies[0].approvers", edit: policy(0) { $0["approvers"] = [] }),
        Row(
            code: .inconsistent, field: "policies[1].approvers",
            edit: policy(1) {
                $0["approvers"] = []
                $0["requires_approval"] = false
            }),
        Row(code: .duplicate, field: "policies[0].approvers[1]", edit: policy(0) { $0["approvers"] = ["alice", "alice"] }),
        Row(code: .inconsistent, field: "policies[0].approval_quorum", edit: policy(0) { $0["approval_quorum"] = 3 }),
        Row(code: .inconsistent, field: "policies[0].approval_quorum", edit: policy(0) { $0["approval_quorum"] = 0 }),
        Row(code: .outOfRange, field: "policies[0].approval_ttl_seconds", edit: policy(0) { $0["approval_ttl_seconds"] = 0 }),
        Row(
            code: .invalidValue, field: "policies[0].auto_approve_threshold",
            edit: policy(0) { $0["auto_approve_threshold"] = "sometimes" }),
        Row(
            code: .inconsistent, field: "policies[0].auto_approve_threshold",
            edit: policy(0) { $0["auto_approve_threshold"] = 70 }),
        Row(
            code: .outOfRange, field: "policies[0].auto_approve_threshold", edit: policy(0) { $0["auto_approve_threshold"] = 120 }
        ),
        Row(code: .outOfRange, field: "policies[0].max_actions_per_hour", edit: policy(0) { $0["max_actions_per_hour"] = 0 }),
        Row(code: .outOfRange, field: "policies[0].suppression_seconds", edit: policy(0) { $0["suppression_seconds"] = 0 }),
        Row(code: .duplicate, field: "policies[1].category", edit: policy(1) { $0["category"] = "platform" }),
        Row(code: .duplicate, field: "policies[1].name", edit: policy(1) { $0["name"] = "platform" }),
        Row(code: .invalidValue, field: "policies[0].category", edit: policy(0) { $0["category"] = "Platform" }),
        Row(code: .invalidValue, field: "policies[0].name", edit: policy(0) { $0["name"] = "bad\nname" }),
        Row(code: .inconsistent, field: "freeze_windows[0].end") {
            $0["freeze_windows"] = [["start": "2025-11-28T06:00:00Z", "end": "2025-11-27T18:00:00Z", "reason": "x"]]
        },
        Row(code: .invalidValue, field: "freeze_windows[0].start") {
            $0["freeze_windows"] = [["start": "2025-02-30T00:00:00Z", "end": "2025-03-01T00:00:00Z", "reason": "x"]]
        },
        Row(code: .invalidValue, field: "freeze_windows[0].start") {
            $0["freeze_windows"] = [["start": "2025-02-01T00:00:00+01:00", "end": "2025-03-01T00:00:00Z", "reason": "x"]]
        },
        Row(code: .invalidValue, field: "freeze_windows[0].reason") {
            $0["freeze_windows"] = [["date": "2025-12-25", "reason": " "]]
        },
        Row(code: .inconsistent, field: "freeze_windows[0].date") {
            $0["freeze_windows"] = [["date": "2025-12-25", "start": "2025-12-25T00:00:00Z", "reason": "x"]]
        },
        Row(
            code: .outOfRange, field: "policies[0].rate_limits[0].limit",
            edit: policy(0) {
                $0["rate_limits"] = [["scope": "target", "limit": 0, "window_seconds": 60]]
            }),
        Row(
            code: .outOfRange, field: "policies[0].rate_limits[0].window_seconds",
            edit: policy(0) {
                $0["rate_limits"] = [["scope": "target", "limit": 1, "window_seconds": 40_000_000]]
            }),
        Row(
            code: .invalidValue, field: "policies[0].rate_limits[0].scope",
            edit: policy(0) {
                $0["rate_limits"] = [["scope": "planet", "limit": 1, "window_seconds": 60]]
            }),
        Row(
            code: .duplicate, field: "policies[0].rate_limits[1]",
            edit: policy(0) {
                $0["rate_limits"] = [
                    ["scope": "target", "limit": 1, "window_seconds": 60], ["scope": "target", "limit": 2, "window_seconds": 60],
                ]
            }),
        Row(code: .invalidValue, field: "policies[0].hints.Disk Full", edit: policy(0) { $0["hints"] = ["Disk Full": [:]] }),
        Row(
            code: .invalidValue, field: "policies[0].hints.disk_full.allowed_actions",
            edit: policy(0) {
                $0["hints"] = ["disk_full": ["allowed_actions": []]]
            }),
        Row(
            code: .duplicate, field: "policies[0].hints.disk_full.allowed_actions[1]",
            edit: policy(0) {
                $0["hints"] = ["disk_full": ["allowed_actions": ["df  -h", "df -h"]]]
            }),
        Row(
            code: .outOfRange, field: "policies[0].hints.disk_full.max_attempts",
            edit: policy(0) {
                $0["hints"] = ["disk_full": ["max_attempts": 0]]
            }),
        Row(
            code: .outOfRange, field: "policies[0].hints.disk_full.restart_budget.window_seconds",
            edit: policy(0) {
                $0["hints"] = ["disk_full": ["restart_budget": ["limit": 1, "window_seconds": 0]]]
            }),
        Row(code: .outOfRange, field: "version") { $0["version"] = 2 },
    ]

    @Test(arguments: rows)
    func rejects(_ row: Row) throws {
        var doc = Self.base()
        row.edit(&doc)
        let data = try JSONSerialization.data(withJSONObject: doc)
        do {
            _ = try PolicySet(json: data)
            Issue.record("accepted: \(row.testDescription)")
        } catch {
            #expect(error.code == row.code, "\(error)")
            #expect(error.field == row.field, "\(error)")
            #expect(!error.message.isEmpty)
        }
    }

    @Test func baseIsValidAndRoundTrips() throws {
        let set = try PolicySet(json: JSONSerialization.data(withJSONObject: Self.base()))
        #expect(set.policies.count == 2)
        #expect(set.policy(forCategory: "platform")?.hints["disk_full"]?.maxAttempts == 3)
        #expect(set.policy(forCategory: "cache")?.requiresApproval == true)  // default
        #expect(set.policy(forCategory: "cache")?.enabled == true)  // default
        #expect(set.freezeWindows.first?.reason == "launch")
        #expect(try PolicySet(json: JSONEncoder().encode(set)) == set)
    }

    @Test func malformedJSON() {
        #expect(throws: PolicyError.self) { try PolicySet(json: Data("{\"version\": 1,".utf8)) }
        do { _ = try PolicySet(json: Data("not json".utf8)) } catch { #expect(error.code == .malformedJSON) }
    }

    @Test func freezeDateShorthandCoversTheUTCDay() throws {
        var doc = Self.base()
        doc["freeze_windows"] = [["date": "2025-12-25", "reason": "holiday"]]
        let w = try PolicySet(json: JSONSerialization.data(withJSONObject: doc)).freezeWindows[0]
        #expect(w.start == Fx.utc("2025-12-25T00:00:00Z"))
        #expect(w.end == Fx.utc("2025-12-26T00:00:00Z"))
        #expect(w.contains(Fx.utc("2025-12-25T23:59:59Z")))
        #expect(!w.contains(Fx.utc("2025-12-26T00:00:00Z")))
    }

    @Test func validationInSwiftMatchesJSON() {
        var p = Fx.lenient()
        p.allowedHoursStart = 5
        p.allowedHoursEnd = 5
        #expect(throws: PolicyError.self) { try p.validate() }
        do { _ = try PolicySet(policies: [p]) } catch { #expect(error.field == "policies[0].allowed_hours_end") }
    }
}
