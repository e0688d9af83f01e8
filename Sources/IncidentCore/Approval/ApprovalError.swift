/// Why a vote was refused.
public struct ApprovalError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Base: UInt8, Sendable, Hashable {
            case unknownApprover, duplicateVote, expired, alreadyDecided, invalidSelection, commentRequired
        }

        let base: Base

        /// The voter is not among the request's approvers.
        public static let unknownApprover = Code(base: .unknownApprover)
        /// The voter already voted on this request.
        public static let duplicateVote = Code(base: .duplicateVote)
        /// The request expired before the vote.
        public static let expired = Code(base: .expired)
        /// The request is already approved or denied.
        public static let alreadyDecided = Code(base: .alreadyDecided)
        /// An approval names no step, or a step the plan does not have.
        public static let invalidSelection = Code(base: .invalidSelection)
        /// A denial must say why.
        public static let commentRequired = Code(base: .commentRequired)

        /// The code's name.
        public var description: String {
            switch base {
            case .unknownApprover: "unknownApprover"
            case .duplicateVote: "duplicateVote"
            case .expired: "expired"
            case .alreadyDecided: "alreadyDecided"
            case .invalidSelection: "invalidSelection"
            case .commentRequired: "commentRequired"
            }
        }
    }

    /// The kind of problem.
    public let code: Code
    /// The voter the error is about.
    public let approver: String
    /// What went wrong, in words.
    public let message: String

    init(_ code: Code, approver: String, _ message: String) {
        self.code = code
        self.approver = approver
        self.message = message
    }

    /// `code (approver): message`.
    public var description: String { "\(code) (\(approver)): \(message)" }
}
