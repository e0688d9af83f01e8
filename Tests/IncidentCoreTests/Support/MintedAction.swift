@testable import IncidentCore
import ShellAST

extension AuthorizedAction {
    /// An action minted without a gate, for executor tests only (through
    /// `@testable`: outside IncidentCore there is no way to make one).
    static func minted(
        _ action: PlannedAction, step: Int = 0, verdict: Verdict = .allow, approval: ApprovalRecord? = nil
    ) -> AuthorizedAction {
        AuthorizedAction(
            caseID: "c1", index: step,
            judgement: ActionJudgement(action: action, actionType: .readOnly, verdict: verdict, rules: [], message: "test"),
            approval: approval, decisionID: "c1/1")
    }
}
