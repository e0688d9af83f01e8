/// An action an ``Executor`` may run. Only the gate can make one: there is no
/// public initialiser, so nothing outside IncidentCore can hand an executor a
/// command that was not decided on.
///
/// phase B: replace with issue 5's `AuthorizedAction` (minted by the decision
/// engine and the approval flow; `block` never becomes one, `review` only with
/// a recorded approval). Until then the only mint is the internal initialiser,
/// which tests reach through `@testable import`.
public struct ExecutableAction: Sendable, Hashable {
    /// The case the action belongs to.
    public let caseID: String
    /// The plan step (0-based) it performs or undoes.
    public let step: Int
    /// What to run.
    public let action: PlannedAction
    /// Whether this undoes a completed step.
    public let isRollback: Bool

    init(caseID: String, step: Int, action: PlannedAction, isRollback: Bool = false) {
        self.caseID = caseID
        self.step = step
        self.action = action
        self.isRollback = isRollback
    }
}
