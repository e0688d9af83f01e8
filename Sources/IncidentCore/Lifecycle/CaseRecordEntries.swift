#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ShellAST

/// Something observed about the incident, fed to the triager and kept for
/// humans: top processes, `df` output, pod status...
public struct CaseEvidence: Sendable, Hashable, Codable {
    /// Where it came from (`df -h`, `kubectl get pods`).
    public var source: String
    /// The observation, as text.
    public var content: String
    /// When it was collected.
    public var collectedAt: Date

    /// Creates an observation.
    public init(source: String, content: String, collectedAt: Date) {
        self.source = source
        self.content = content
        self.collectedAt = collectedAt
    }
}

/// The verdict engine's judgement of one plan command, kept for the record.
public struct CaseCommandVerdict: Sendable, Hashable, Codable {
    /// The plan step (0-based).
    public var step: Int
    /// The command judged.
    public var command: String
    /// allow, review or block.
    public var verdict: Verdict
    /// The risk class.
    public var risk: RiskClass
    /// `rule: message` for each reason.
    public var reasons: [String]
    /// The verdict policy's hash.
    public var policyHash: String

    /// Summarises a classification of `command` at `step`.
    public init(step: Int, command: String, classification: Classification) {
        self.step = step
        self.command = command
        self.verdict = classification.verdict
        self.risk = classification.risk
        self.reasons = classification.reasons.map { "\($0.rule): \($0.message)" }
        self.policyHash = classification.policyHash
    }
}

/// A gate decision as the case keeps it: the outcome, the reasoning and the
/// policy hash, plus the engine's full decision as opaque JSON.
///
/// phase B: filled from issue 5's decision value (`detail` holds its JSON encoding).
public struct CaseDecision: Sendable, Hashable, Codable {
    /// What the gate decided.
    public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
        /// Run without a human.
        case execute
        /// Ask a human first.
        case awaitApproval = "await_approval"
        /// Do not run.
        case deny
    }

    /// When it was decided.
    public var decidedAt: Date
    /// The outcome.
    public var outcome: Outcome
    /// The reasoning lines, each naming the rule or threshold behind it.
    public var reasoning: [String]
    /// For a denial, the rule ids that denied (`time_window`, `rate_limit`...): the metrics count these.
    public var denialReasons: [String]
    /// The hash of the policy that decided.
    public var policyHash: String?
    /// The engine's complete decision, as it encodes it.
    public var detail: JSONValue?

    /// Creates a decision record.
    public init(
        decidedAt: Date, outcome: Outcome, reasoning: [String] = [], denialReasons: [String] = [],
        policyHash: String? = nil, detail: JSONValue? = nil
    ) {
        self.decidedAt = decidedAt
        self.outcome = outcome
        self.reasoning = reasoning
        self.denialReasons = denialReasons
        self.policyHash = policyHash
        self.detail = detail
    }
}

/// A human's vote on an approval request.
public struct CaseApproval: Sendable, Hashable, Codable {
    /// Approve or reject.
    public enum Vote: String, Sendable, Hashable, Codable {
        /// Let it run.
        case approve
        /// Do not let it run.
        case reject
    }

    /// Who voted.
    public var approver: String
    /// The vote.
    public var vote: Vote
    /// The plan steps approved (0-based); `nil` means all of them.
    public var steps: [Int]?
    /// The approver's comment.
    public var comment: String?
    /// When.
    public var at: Date

    /// Creates a vote.
    public init(approver: String, vote: Vote, steps: [Int]? = nil, comment: String? = nil, at: Date) {
        self.approver = approver
        self.vote = vote
        self.steps = steps
        self.comment = comment
        self.at = at
    }
}

/// One action run (or dry-run, or refused) for the case, with its output.
public struct CaseActionRecord: Sendable, Hashable, Codable {
    /// The plan step (0-based).
    public var step: Int
    /// Which attempt of the case it belongs to (1-based).
    public var attempt: Int
    /// What was run.
    public var action: PlannedAction
    /// Whether it undid a completed step.
    public var isRollback: Bool
    /// What happened.
    public var result: ExecutionResult

    /// Creates a record.
    public init(step: Int, attempt: Int, action: PlannedAction, isRollback: Bool = false, result: ExecutionResult) {
        self.step = step
        self.attempt = attempt
        self.action = action
        self.isRollback = isRollback
        self.result = result
    }
}

/// A remark on the case, by the system (`vigil`) or a person.
public struct CaseNote: Sendable, Hashable, Codable {
    /// Who wrote it.
    public var author: String
    /// The text.
    public var text: String
    /// When.
    public var at: Date

    /// Creates a note.
    public init(author: String, text: String, at: Date) {
        self.author = author
        self.text = text
        self.at = at
    }
}

/// One step of the case's lifecycle, with its time: the case's timeline.
public struct CaseTransitionRecord: Sendable, Hashable, Codable {
    /// The state before.
    public var from: CaseState
    /// The event.
    public var event: CaseEvent
    /// The state after.
    public var to: CaseState
    /// When.
    public var at: Date
    /// Why, in words, if the driver said.
    public var reason: String?

    /// Creates a record.
    public init(from: CaseState, event: CaseEvent, to: CaseState, at: Date, reason: String? = nil) {
        self.from = from
        self.event = event
        self.to = to
        self.at = at
        self.reason = reason
    }
}
