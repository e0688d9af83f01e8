import Testing
@testable import ShellAST

/// One row of a verdict table: a command, the verdict it must get, and a rule
/// that must be among the reasons (when given).
struct VerdictCase: CustomTestStringConvertible, Sendable {
    let command: String
    let verdict: Verdict
    let rule: String?

    init(_ command: String, _ verdict: Verdict, _ rule: String? = nil) {
        self.command = command
        self.verdict = verdict
        self.rule = rule
    }

    var testDescription: String { "\(verdict.name): \(command)" }
}

let defaultEngine = VerdictEngine()

/// Checks one row against the default engine, printing the reasons on failure.
func expectVerdict(_ c: VerdictCase, engine: VerdictEngine = defaultEngine, sourceLocation: SourceLocation = #_sourceLocation) {
    let result = engine.classify(c.command)
    let summary = result.reasons.map { "\($0.verdict.name) \($0.rule)" }.joined(separator: "; ")
    #expect(result.verdict == c.verdict, "`\(c.command)`: got \(result.verdict.name) [\(summary)]", sourceLocation: sourceLocation)
    if let rule = c.rule {
        #expect(result.reasons.contains { $0.rule == rule }, "`\(c.command)`: no reason \(rule) in [\(summary)]", sourceLocation: sourceLocation)
    }
}
