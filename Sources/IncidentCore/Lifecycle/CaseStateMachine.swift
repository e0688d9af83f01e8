/// An illegal lifecycle transition: the event, the state it was refused in,
/// and the events that state accepts.
public struct LifecycleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The refused event.
    public var event: CaseEvent
    /// The state the case was (and stays) in.
    public var state: CaseState
    /// What the state would have accepted, in declaration order.
    public var accepted: [CaseEvent]

    /// `illegal transition: approved in state executing (accepts: ...)`.
    public var description: String {
        let list = accepted.isEmpty ? "nothing; the state is terminal" : accepted.map(\.rawValue).joined(separator: ", ")
        return "illegal transition: \(event) in state \(state) (accepts: \(list))"
    }
}

/// One legal step of the lifecycle.
public struct CaseStateTransition: Sendable, Hashable {
    /// The state before.
    public var from: CaseState
    /// The event.
    public var event: CaseEvent
    /// The state after.
    public var to: CaseState
}

/// The case lifecycle as a pure state machine: a state, an attempt counter,
/// and `handle(_:)`, which moves along the transition table or returns an
/// error and changes nothing.
///
/// ```
/// received ─begin_triage→ triaging ─plan_proposed→ planned ─authorized→ executing
/// planned ─approval_required→ awaiting_approval ─approved→ executing
/// executing ─actions_completed→ verifying ─verified→ resolved
/// executing|verifying ─retry→ executing; ─execution_failed→ failed; ─partially_applied→ partially_remediated
/// planned ─denied→ escalated; awaiting_approval ─approval_rejected→ rejected
/// any non-terminal ─escalate→ escalated; before execution ─alert_cleared→ resolved
/// ```
public struct CaseStateMachine: Sendable, Hashable {
    /// The current state.
    public private(set) var state: CaseState
    /// How many times the case entered `executing`.
    public private(set) var attempts: Int

    /// A machine in `state` (default: received) with `attempts` attempts made.
    public init(state: CaseState = .received, attempts: Int = 0) {
        self.state = state
        self.attempts = max(0, attempts)
    }

    /// Applies `event`: on success moves to the new state (counting an attempt
    /// when it enters `executing`) and returns the transition; otherwise throws
    /// and stays where it was.
    @discardableResult
    public mutating func handle(_ event: CaseEvent) throws(LifecycleError) -> CaseStateTransition {
        guard let to = Self.target(of: event, from: state) else {
            throw LifecycleError(event: event, state: state, accepted: Self.accepted(in: state))
        }
        let transition = CaseStateTransition(from: state, event: event, to: to)
        state = to
        if to == .executing { attempts += 1 }
        return transition
    }

    /// The state `event` leads to from `state`, or `nil` when it is illegal there.
    public static func target(of event: CaseEvent, from state: CaseState) -> CaseState? {
        switch state {
        case .received:
            switch event {
            case .beginTriage: .triaging
            case .escalate: .escalated
            case .alertCleared: .resolved
            default: nil
            }
        case .triaging:
            switch event {
            case .planProposed: .planned
            case .escalate: .escalated
            case .alertCleared: .resolved
            default: nil
            }
        case .planned:
            switch event {
            case .authorized: .executing
            case .approvalRequired: .awaitingApproval
            case .denied, .escalate: .escalated
            case .alertCleared: .resolved
            default: nil
            }
        case .awaitingApproval:
            switch event {
            case .approved: .executing
            case .approvalRejected: .rejected
            case .escalate: .escalated
            case .alertCleared: .resolved
            default: nil
            }
        case .executing:
            switch event {
            case .actionsCompleted: .verifying
            case .retry: .executing
            case .executionFailed: .failed
            case .partiallyApplied: .partiallyRemediated
            case .escalate: .escalated
            default: nil
            }
        case .verifying:
            switch event {
            case .verified: .resolved
            case .retry: .executing
            case .executionFailed: .failed
            case .partiallyApplied: .partiallyRemediated
            case .escalate: .escalated
            default: nil
            }
        case .failed, .partiallyRemediated:
            event == .escalate ? .escalated : nil
        case .resolved, .escalated, .rejected:
            nil
        }
    }

    /// The events `state` accepts, in declaration order.
    public static func accepted(in state: CaseState) -> [CaseEvent] {
        CaseEvent.allCases.filter { target(of: $0, from: state) != nil }
    }

    /// Every legal transition, derived from ``target(of:from:)`` so the table
    /// and the machine cannot disagree.
    public static let transitionTable: [CaseStateTransition] = CaseState.allCases.flatMap { from in
        CaseEvent.allCases.compactMap { event in
            target(of: event, from: from).map { CaseStateTransition(from: from, event: event, to: $0) }
        }
    }
}
