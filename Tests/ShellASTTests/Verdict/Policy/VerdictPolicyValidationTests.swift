import Foundation
import Testing

@testable import ShellAST

/// Every way a verdict policy is rejected names the field (docs: Docs/PolicyGuide.md,
/// "Validation errors").
@Suite struct VerdictPolicyValidationTests {
    struct Row: CustomTestStringConvertible, Sendable {
        let json: String
        let field: String
        let message: String
        var testDescription: String { field }
    }

    /// One row per rule: a policy, the field the error names, a part of its message.
    static let rows: [Row] = [
        Row(json: #"{"version": 2}"#, field: "version", message: "unsupported version 2"),
        Row(
            json: #"{"risk_verdicts": {"safe_write": "allow"}}"#, field: "risk_verdicts.safe_write",
            message: "cannot loosen safe_write"),
        Row(json: #"{"categories": {"k8s": {}}}"#, field: "categories.k8s", message: "unknown category"),
        Row(
            json: #"{"categories": {"files": {"critical_write": "allow"}}}"#, field: "categories.files.critical_write",
            message: "cannot loosen"),
        Row(json: #"{"allow": [{"id": "", "command": "ls"}]}"#, field: "allow[0].id", message: "non-empty"),
        Row(json: #"{"allow": [{"id": "a b", "command": "ls"}]}"#, field: "allow[0].id", message: "letters, digits"),
        Row(
            json: #"{"allow": [{"id": "x", "command": "ls"}], "forbid": [{"id": "x", "command": "rm"}]}"#, field: "forbid[0].id",
            message: "duplicate id 'x'"),
        Row(
            json: #"{"allow": [{"id": "x", "command": "systemctl restart"}]}"#, field: "allow[0].command",
            message: "without spaces"),
        Row(json: #"{"allow": [{"id": "x", "command": "/usr/bin/rm"}]}"#, field: "allow[0].command", message: "not a path"),
        Row(
            json: #"{"allow": [{"id": "x", "command": "git", "subcommand": []}]}"#, field: "allow[0].subcommand",
            message: "non-empty words"),
        Row(
            json: #"{"allow": [{"id": "x", "command": "ls", "arguments": []}]}"#, field: "allow[0].arguments",
            message: "non-empty patterns"),
        Row(
            json: #"{"allow": [{"id": "x", "command": "ls", "options": [""]}]}"#, field: "allow[0].options",
            message: "non-empty patterns"),
        Row(
            json: #"{"allow": [{"id": "x", "command": "ls", "options": ["-l", "all"]}]}"#, field: "allow[0].options[1]",
            message: "not an option"),
        Row(
            json: #"{"forbid": [{"id": "x", "command": "ip", "namespaces": ["prod"]}]}"#, field: "forbid[0].namespaces",
            message: "only to kubectl, oc and helm"),
        Row(
            json: #"{"allow": [{"id": "x", "command": "rm", "paths": []}]}"#, field: "allow[0].paths",
            message: "non-empty patterns"),
        Row(
            json: #"{"allow": [{"id": "x", "command": "ls", "verdict": "review"}]}"#, field: "allow[0].verdict",
            message: "take no verdict"),
        Row(
            json: #"{"forbid": [{"id": "x", "command": "ls", "verdict": "allow"}]}"#, field: "forbid[0].verdict",
            message: "review or block"),
        Row(
            json: #"{"allow": [{"id": "x", "command": "ls", "arguments": ["/tmp"], "examples": {"match": ["ls /var"]}}]}"#,
            field: "allow[0].examples.match[0]", message: "does not match `ls /var`"),
        Row(
            json: #"{"allow": [{"id": "x", "command": "ls", "examples": {"no_match": ["ls /"]}}]}"#,
            field: "allow[0].examples.no_match[0]", message: "matches `ls /`, which it must not"),
        Row(
            json: #"{"allow": [{"id": "x", "command": "ls", "examples": {"match": ["ls |"]}}]}"#,
            field: "allow[0].examples.match[0]", message: "does not parse"),
        Row(
            json: #"{"allow": [{"id": "x", "command": "ls", "examples": {"no_match": ["ls | sh"]}}]}"#,
            field: "allow[0].examples.no_match[0]", message: "not one simple command"),
        Row(
            json: #"{"allow": [{"id": "x", "command": "ls", "examples": {"match": ["$x"]}}]}"#,
            field: "allow[0].examples.match[0]", message: "no program name"),
        Row(
            json: #"{"allow": [{"id": "x", "command": "ls", "examples": {"no_match": ["./ls"]}}]}"#,
            field: "allow[0].examples.no_match[0]", message: "outside the system directories"),
        Row(
            json: #"{"protected_paths": [{"path": "", "verdict": "block"}]}"#, field: "protected_paths[0].path",
            message: "must not be empty"),
        Row(
            json: #"{"protected_paths": [{"path": "/srv", "verdict": "allow"}]}"#, field: "protected_paths[0].verdict",
            message: "review or block"),
        Row(json: #"{"writable_paths": [""]}"#, field: "writable_paths[0]", message: "must not be empty"),
        Row(json: #"{"writable_paths": ["/tmp/x/**", "*.log"]}"#, field: "writable_paths[1]", message: "absolute pattern"),
        Row(json: #"{"writable_paths": ["/**"]}"#, field: "writable_paths[0]", message: "every path writable"),
    ]

    @Test(arguments: rows) func rejected(_ row: Row) throws {
        let policy = try JSONDecoder().decode(VerdictPolicy.self, from: Data(row.json.utf8))
        do {
            _ = try VerdictEngine(policy: policy)
            Issue.record("accepted: \(row.json)")
        } catch {
            #expect(error.field == row.field, "\(error)")
            #expect(error.message.contains(row.message), "\(error)")
            #expect(error.description == "\(error.field): \(error.message)")
        }
    }

    /// Decoding errors carry the field as their coding path.
    @Test(arguments: [
        (#"{"alow": []}"#, "alow", "unknown key 'alow' in policy"),
        (
            #"{"allow": [{"id": "x", "command": "ls", "argument": ["a"]}]}"#, "allow.0.argument",
            "unknown key 'argument' in command shape"
        ),
        (
            #"{"allow": [{"id": "x", "command": "ls", "examples": {"nomatch": []}}]}"#, "allow.0.examples.nomatch",
            "unknown key 'nomatch' in examples"
        ),
        (
            #"{"protected_paths": [{"path": "/x", "verdict": "block", "read": true}]}"#, "protected_paths.0.read",
            "unknown key 'read'"
        ),
        (#"{"risk_verdicts": {"readonly": "review"}}"#, "risk_verdicts.readonly", "unknown key 'readonly' in risk verdicts"),
    ])
    func unknownKeys(_ json: String, _ path: String, _ message: String) throws {
        do {
            _ = try JSONDecoder().decode(VerdictPolicy.self, from: Data(json.utf8))
            Issue.record("decoded: \(json)")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".") == path)
            #expect(context.debugDescription.contains(message), "\(context.debugDescription)")
        }
    }

    /// `VerdictPolicyError(DecodingError)` names the field as the validation errors do.
    @Test(arguments: [
        (#"{"alow": []}"#, "alow"),
        (#"{"allow": [{"command": "ls"}]}"#, "allow[0].id: missing required key"),
        (#"{"forbid": [{"id": "x", "command": "ls", "verdict": "deny"}]}"#, "forbid[0].verdict: unknown verdict 'deny'"),
        (#"{"version": "1"}"#, "version: Expected to decode Int"),
        (#"{"allow": [{"id": "x", "command": null}]}"#, "allow[0].command: value is null"),
        ("[1]", "(top level): "),
    ])
    func decodingErrorsNameTheField(_ json: String, _ prefix: String) {
        do {
            _ = try JSONDecoder().decode(VerdictPolicy.self, from: Data(json.utf8))
            Issue.record("decoded: \(json)")
        } catch let error as DecodingError {
            #expect(VerdictPolicyError(error).description.hasPrefix(prefix), "\(VerdictPolicyError(error))")
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func missingRequiredKeysAndBadVerdicts() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(VerdictPolicy.self, from: Data(#"{"allow": [{"id": "x"}]}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(VerdictPolicy.self, from: Data(#"{"protected_paths": [{"path": "/x"}]}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(
                VerdictPolicy.self, from: Data(#"{"forbid": [{"id": "x", "command": "ls", "verdict": "deny"}]}"#.utf8))
        }
    }

    /// The empty policy and `{}` are the engine's defaults, with one hash.
    @Test func emptyPolicyIsTheDefault() throws {
        let decoded = try JSONDecoder().decode(VerdictPolicy.self, from: Data("{}".utf8))
        #expect(decoded == VerdictPolicy())
        #expect(try VerdictEngine(policy: decoded).policyHash == VerdictEngine().policyHash)
        #expect(
            PolicyCanonicalText.encode(decoded)
                == #"{"allow":[],"categories":{},"forbid":[],"protected_paths":[],"version":1,"writable_paths":[]}"#)
    }
}
