import Testing
@testable import ShellAST

/// A command the engine judges wrong today.
///
/// The right verdict (and rule) is checked inside `withKnownIssue` while the
/// engine is wrong; once it is right, the row is checked like any other (so the
/// fix cannot regress). Meanwhile the verdict must stay between what the engine
/// says today and what it should say: a regression past today's answer fails
/// outright (a catastrophic command that is `review` today must never become
/// `allow`; a false alarm that is `review` today must never become `block`).
struct KnownEngineGap: CustomTestStringConvertible, Sendable {
    let command: String
    /// What the engine should answer.
    let expected: Verdict
    /// A rule that should be among the reasons, when one is stable.
    let rule: String?
    /// What the engine answers today.
    let today: Verdict
    /// What is wrong, for the report and the known-issue comment.
    let bug: String

    init(_ command: String, _ expected: Verdict, _ rule: String? = nil, today: Verdict, bug: String) {
        self.command = command
        self.expected = expected
        self.rule = rule
        self.today = today
        self.bug = bug
    }

    var testDescription: String { "should \(expected.name), is \(today.name): \(command)" }
}

/// Checks a known gap: today's bound outright, the right answer as a known issue.
func expectKnownGap(_ g: KnownEngineGap, engine: VerdictEngine = defaultEngine, sourceLocation: SourceLocation = #_sourceLocation) {
    let result = engine.classify(g.command)
    let low = min(g.today, g.expected)
    let high = max(g.today, g.expected)
    let summary = result.reasons.map { "\($0.verdict.name) \($0.rule)" }.joined(separator: "; ")
    #expect(
        result.verdict >= low && result.verdict <= high,
        "`\(g.command)`: got \(result.verdict.name), outside \(low.name)...\(high.name) [\(summary)]",
        sourceLocation: sourceLocation)
    // The right answer is a known issue; once the engine gives it the row must
    // move to the family's cases, so the list of gaps stays true.
    withKnownIssue(Comment(rawValue: g.bug)) {
        expectVerdict(VerdictCase(g.command, g.expected, g.rule), engine: engine, sourceLocation: sourceLocation)
    }
}

/// Checks a row whose command belongs to a catalog family that is not in the
/// catalog yet (network, git, ...): only a lower bound is stable.
func expectAtLeast(_ verdict: Verdict, _ command: String, engine: VerdictEngine = defaultEngine, sourceLocation: SourceLocation = #_sourceLocation) {
    let result = engine.classify(command)
    let summary = result.reasons.map { "\($0.verdict.name) \($0.rule)" }.joined(separator: "; ")
    #expect(result.verdict >= verdict, "`\(command)`: got \(result.verdict.name), wanted at least \(verdict.name) [\(summary)]", sourceLocation: sourceLocation)
}
