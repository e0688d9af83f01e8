/// Why a verdict was reached: the rule that fired, what it means, and the
/// bytes of the input it points at.
public struct Reason: Hashable, Sendable, Codable {
    /// The rule's identifier, such as `rm.catastrophic-target` or `pipe.download-exec`.
    public var rule: String
    /// What the rule found, in words.
    public var message: String
    /// The verdict this reason asks for.
    public var verdict: Verdict
    /// The risk class this reason assigns, if it classifies the command.
    public var risk: RiskClass?
    /// The offending bytes of the input.
    public var span: SourceSpan

    /// Creates a reason.
    public init(rule: String, message: String, verdict: Verdict, risk: RiskClass? = nil, span: SourceSpan) {
        self.rule = rule
        self.message = message
        self.verdict = verdict
        self.risk = risk
        self.span = span
    }
}

/// The judgement of one simple command (after unwrapping wrappers such as `sudo`).
public struct CommandVerdict: Hashable, Sendable, Codable {
    /// The command as the engine resolved it (`rm`, `kubectl`), or `nil` when its
    /// name is not static.
    public var name: String?
    /// The bytes of the command in the input. For code reparsed from a string
    /// (`sh -c '...'`), the span of that string.
    public var span: SourceSpan
    /// The verdict for this command.
    public var verdict: Verdict
    /// What the command does.
    public var risk: RiskClass
    /// The reasons, most severe first.
    public var reasons: [Reason]

    /// Creates a command verdict.
    public init(name: String?, span: SourceSpan, verdict: Verdict, risk: RiskClass, reasons: [Reason]) {
        self.name = name
        self.span = span
        self.verdict = verdict
        self.risk = risk
        self.reasons = reasons
    }
}

/// The judgement of a whole input: every command it contains, and the aggregate.
public struct Classification: Hashable, Sendable, Codable {
    /// The worst verdict of any command or reason.
    public var verdict: Verdict
    /// The highest risk class of any command.
    public var risk: RiskClass
    /// Every reason, most severe first, in source order within a severity.
    public var reasons: [Reason]
    /// One entry per simple command, in the order they were judged.
    public var commands: [CommandVerdict]
    /// The syntax error, when the input did not parse (the verdict is then `block`).
    public var syntaxError: ShellSyntaxError?
    /// The SHA-256 (hex) of the policy that produced this result.
    public var policyHash: String

    /// Creates a classification.
    public init(
        verdict: Verdict, risk: RiskClass, reasons: [Reason], commands: [CommandVerdict],
        syntaxError: ShellSyntaxError? = nil, policyHash: String
    ) {
        self.verdict = verdict
        self.risk = risk
        self.reasons = reasons
        self.commands = commands
        self.syntaxError = syntaxError
        self.policyHash = policyHash
    }
}
