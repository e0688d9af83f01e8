import ShellAST

/// One action judged: its class, its verdict and the rules behind them.
public struct ActionJudgement: Sendable, Hashable, Codable {
    /// The action.
    public let action: PlannedAction
    /// Its risk class: the verdict engine's for a shell command, the catalog's for
    /// a structured action.
    public let actionType: RiskClass
    /// `allow`, `review` (needs a human) or `block` (never runs; denies the plan).
    public let verdict: Verdict
    /// The rules that produced the verdict, most severe first (verdict-engine rule
    /// ids such as `rm.catastrophic-target`, or `catalog.restart_pod`).
    public let rules: [String]
    /// The most severe reason, in words.
    public let message: String

    init(action: PlannedAction, actionType: RiskClass, verdict: Verdict, rules: [String], message: String) {
        self.action = action
        self.actionType = actionType
        self.verdict = verdict
        self.rules = rules
        self.message = message
    }

    enum CodingKeys: String, CodingKey {
        case action
        case actionType = "action_type"
        case verdict, rules, message
    }
}

/// One plan step as the decision engine judged it, with its rollback.
public struct StepAssessment: Sendable, Hashable, Codable {
    /// The step's position in the plan (0-based).
    public let index: Int
    /// Why the proposer wants it.
    public let explanation: String
    /// The step's action, judged.
    public let step: ActionJudgement
    /// Its rollback, judged, if the plan has one.
    public let rollback: ActionJudgement?
    /// Whether the step counts against restart budgets.
    public let isRestart: Bool

    init(index: Int, explanation: String, step: ActionJudgement, rollback: ActionJudgement?, isRestart: Bool) {
        self.index = index
        self.explanation = explanation
        self.step = step
        self.rollback = rollback
        self.isRestart = isRestart
    }

    enum CodingKeys: String, CodingKey {
        case index, explanation, step, rollback
        case isRestart = "is_restart"
    }

    /// The worst verdict of the step and its rollback.
    public var verdict: Verdict { max(step.verdict, rollback?.verdict ?? .allow) }
}
