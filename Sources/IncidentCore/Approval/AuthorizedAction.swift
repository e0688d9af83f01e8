import ShellAST

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Who approved an authorised action, when there was an approval.
public struct ApprovalRecord: Sendable, Hashable, Encodable {
    /// The approval request's id.
    public let requestID: String
    /// The approvers who approved this step, in vote order.
    public let approvers: [String]
    /// When the request was approved (the last counted vote).
    public let approvedAt: Date

    enum CodingKeys: String, CodingKey {
        case requestID = "request_id"
        case approvers
        case approvedAt = "approved_at"
    }

    /// Encodes with `approved_at` as ISO 8601 UTC.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(requestID, forKey: .requestID)
        try c.encode(approvers, forKey: .approvers)
        try c.encode(UTCTime(approvedAt).iso8601, forKey: .approvedAt)
    }
}

/// A shell command the gate authorised. There is no public initialiser and no
/// decoding: only a ``RemediationGate`` mints one, never for a `block` verdict,
/// and for a `review` verdict only with an ``ApprovalRecord``.
public struct AuthorizedCommand: Sendable, Hashable, Encodable {
    /// The command line, verbatim, exactly as judged.
    public let command: String
    /// Its verdict: `allow`, or `review` with an approval. Never `block`.
    public let verdict: Verdict
    /// Its class.
    public let actionType: RiskClass
    /// The approval behind it, if any (always present for `review`).
    public let approval: ApprovalRecord?

    enum CodingKeys: String, CodingKey {
        case command, verdict
        case actionType = "action_type"
        case approval
    }
}

/// An action the gate authorised: what an executor accepts. There is no public
/// initialiser and no decoding, so nothing reaches an executor without passing
/// the gate.
public struct AuthorizedAction: Sendable, Hashable, Encodable {
    /// The case it belongs to.
    public let caseID: String
    /// The plan step's index (0-based); a rollback carries its step's index.
    public let index: Int
    /// Whether this undoes its step (it is some step's ``rollback``).
    public let isRollback: Bool
    /// The action.
    public let action: PlannedAction
    /// For a shell action, the authorised command.
    public let command: AuthorizedCommand?
    /// Its class.
    public let actionType: RiskClass
    /// Its verdict: `allow`, or `review` with an approval. Never `block`.
    public let verdict: Verdict
    /// The approval behind it, if any.
    public let approval: ApprovalRecord?
    /// The decision that allowed it.
    public let decisionID: String
    private let rollbacks: [AuthorizedAction]

    /// The step's authorised rollback, to run if a later step fails.
    public var rollback: AuthorizedAction? { rollbacks.first }

    init(
        caseID: String, index: Int, judgement: ActionJudgement, approval: ApprovalRecord?, decisionID: String,
        isRollback: Bool = false, rollback: AuthorizedAction? = nil
    ) {
        self.caseID = caseID
        self.index = index
        self.isRollback = isRollback
        rollbacks = rollback.map { [$0] } ?? []
        action = judgement.action
        actionType = judgement.actionType
        verdict = judgement.verdict
        self.approval = approval
        self.decisionID = decisionID
        if case .shell(let text) = judgement.action {
            command = AuthorizedCommand(
                command: text, verdict: judgement.verdict, actionType: judgement.actionType, approval: approval)
        } else {
            command = nil
        }
    }

    enum CodingKeys: String, CodingKey {
        case caseID = "case_id", index
        case isRollback = "is_rollback"
        case action
        case actionType = "action_type"
        case verdict, approval
        case decisionID = "decision_id"
        case rollback
    }

    /// Encodes the action, its class and verdict, its approval and its rollback.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(caseID, forKey: .caseID)
        try c.encode(index, forKey: .index)
        try c.encode(isRollback, forKey: .isRollback)
        try c.encode(action, forKey: .action)
        try c.encode(actionType, forKey: .actionType)
        try c.encode(verdict, forKey: .verdict)
        try c.encodeIfPresent(approval, forKey: .approval)
        try c.encode(decisionID, forKey: .decisionID)
        try c.encodeIfPresent(rollback, forKey: .rollback)
    }
}

/// What the gate hands an executor: the authorised actions in plan order and
/// the guardrail reservation that holds their budgets. Report how the run ended
/// with ``RemediationGate/complete(_:outcome:)`` (or ``RemediationGate/abandon(_:)``
/// if nothing ran) so the reservation is committed or released.
public struct Authorization: Sendable, Hashable, Encodable {
    /// The decision.
    public let decisionID: String
    /// The case.
    public let caseID: String
    /// The actions, in plan order.
    public let actions: [AuthorizedAction]
    /// The reservation holding the run's limits.
    public let reservation: GuardrailReservation
    /// The approval, if the run needed one.
    public let approval: ApprovalRecord?
    /// When the gate authorised it.
    public let authorizedAt: Date

    enum CodingKeys: String, CodingKey {
        case decisionID = "decision_id"
        case caseID = "case_id"
        case actions, reservation, approval
        case authorizedAt = "authorized_at"
    }

    /// Encodes with `authorized_at` as ISO 8601 UTC.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(decisionID, forKey: .decisionID)
        try c.encode(caseID, forKey: .caseID)
        try c.encode(actions, forKey: .actions)
        try c.encode(reservation, forKey: .reservation)
        try c.encodeIfPresent(approval, forKey: .approval)
        try c.encode(UTCTime(authorizedAt).iso8601, forKey: .authorizedAt)
    }
}
