/// Where a case is in its life. Encoded as its snake_case raw value.
public enum CaseState: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Opened from an alert; nothing done yet.
    case received
    /// A triager is proposing a plan.
    case triaging
    /// A plan exists; the gate has not decided yet.
    case planned
    /// The gate requires a human approval.
    case awaitingApproval = "awaiting_approval"
    /// Authorized actions are running.
    case executing
    /// The actions ran; waiting for the alert to clear and stay clear.
    case verifying
    /// The alert cleared and stayed clear. Terminal.
    case resolved
    /// Handed to a human (denied, triage failed, attempts spent...). Terminal.
    case escalated
    /// Some steps applied and could not be rolled back; escalation follows.
    case partiallyRemediated = "partially_remediated"
    /// A human rejected the plan. Terminal.
    case rejected
    /// The actions failed (nothing left applied); escalation follows.
    case failed

    /// No event leaves a terminal state.
    public var isTerminal: Bool {
        switch self {
        case .resolved, .escalated, .rejected: true
        case .received, .triaging, .planned, .awaitingApproval, .executing, .verifying, .partiallyRemediated, .failed:
            false
        }
    }

    /// The raw value (`awaiting_approval`).
    public var description: String { rawValue }
}

/// What happened to a case. Each event is legal only in some states; see
/// ``CaseStateMachine/transitionTable``.
public enum CaseEvent: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// received → triaging.
    case beginTriage = "begin_triage"
    /// triaging → planned.
    case planProposed = "plan_proposed"
    /// planned → executing: the gate allowed the plan without a human.
    case authorized
    /// planned → awaiting approval.
    case approvalRequired = "approval_required"
    /// planned → escalated: the gate denied the plan.
    case denied
    /// awaiting approval → executing.
    case approved
    /// awaiting approval → rejected.
    case approvalRejected = "approval_rejected"
    /// executing → verifying: every step completed.
    case actionsCompleted = "actions_completed"
    /// executing or verifying → executing: another attempt (a step or the
    /// verification failed and attempts remain).
    case retry
    /// verifying → resolved.
    case verified
    /// executing or verifying → failed: nothing remains applied.
    case executionFailed = "execution_failed"
    /// executing or verifying → partially remediated: some steps could not be rolled back.
    case partiallyApplied = "partially_applied"
    /// Any non-terminal state → escalated (triage failed, approval expired,
    /// attempts spent, failure or partial remediation handed over).
    case escalate
    /// Before any action ran (received, triaging, planned, awaiting approval) →
    /// resolved: the alert cleared by itself.
    case alertCleared = "alert_cleared"

    /// The raw value (`begin_triage`).
    public var description: String { rawValue }
}
