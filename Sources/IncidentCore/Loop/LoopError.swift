/// Why the remediation loop could not do what it was asked. A call that fails
/// keeps every step it completed before the failure (each one saved and in the
/// audit log); the step that failed changed nothing.
public struct LoopError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure.
    public enum Code: String, Sendable, Hashable {
        /// No case with that id.
        case unknownCase = "unknown_case"
        /// The case is being worked on by another call.
        case busy
        /// The request does not fit the case's state (no pending approval, a
        /// closed case...).
        case invalidState = "invalid_state"
        /// Feedback or a vote was malformed.
        case invalidInput = "invalid_input"
        /// The case store, the audit log or another store failed (fail closed:
        /// the loop stops rather than act without a record).
        case storage
    }

    /// What kind of failure.
    public let code: Code
    /// The case, if the error concerns one.
    public let caseID: String?
    /// What went wrong, in words.
    public let message: String

    init(_ code: Code, case caseID: String?, _ message: String) {
        self.code = code
        self.caseID = caseID
        self.message = message
    }

    /// `case ID: message`.
    public var description: String {
        caseID.map { "case \($0): \(message)" } ?? message
    }
}
