/// Why the gate refused to authorise.
public struct GateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of refusal.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Base: UInt8, Sendable, Hashable {
            case notSealed, denied, approvalRequired, noApprovalNeeded, notApproved, stale, windowClosed, blocked
            case limitExceeded, guardrails, alreadyAuthorized
        }

        let base: Base

        /// The decision was not made by a decision engine in this process (e.g. decoded).
        public static let notSealed = Code(base: .notSealed)
        /// The decision denies the plan.
        public static let denied = Code(base: .denied)
        /// The decision awaits approval; authorise its approved request instead.
        public static let approvalRequired = Code(base: .approvalRequired)
        /// The decision runs without approval; there is nothing to approve.
        public static let noApprovalNeeded = Code(base: .noApprovalNeeded)
        /// The approval request is pending, denied or expired.
        public static let notApproved = Code(base: .notApproved)
        /// The decision is older than the gate accepts; decide again.
        public static let stale = Code(base: .stale)
        /// At authorisation time the policy's hours or days exclude running, or a freeze is active.
        public static let windowClosed = Code(base: .windowClosed)
        /// An action's verdict does not allow it (`block`, or `review` without approval).
        public static let blocked = Code(base: .blocked)
        /// A guardrail limit is reached; ``GateError/violations`` says which.
        public static let limitExceeded = Code(base: .limitExceeded)
        /// The guardrail store failed.
        public static let guardrails = Code(base: .guardrails)
        /// The decision was already authorised (and not abandoned): one decision, one run.
        public static let alreadyAuthorized = Code(base: .alreadyAuthorized)

        /// The code's name.
        public var description: String {
            switch base {
            case .notSealed: "notSealed"
            case .denied: "denied"
            case .approvalRequired: "approvalRequired"
            case .noApprovalNeeded: "noApprovalNeeded"
            case .notApproved: "notApproved"
            case .stale: "stale"
            case .windowClosed: "windowClosed"
            case .blocked: "blocked"
            case .limitExceeded: "limitExceeded"
            case .guardrails: "guardrails"
            case .alreadyAuthorized: "alreadyAuthorized"
            }
        }
    }

    /// The kind of refusal.
    public let code: Code
    /// Why, in words.
    public let message: String
    /// For `limitExceeded`: the limits reached.
    public let violations: [GuardrailViolation]

    init(_ code: Code, _ message: String, violations: [GuardrailViolation] = []) {
        self.code = code
        self.message = message
        self.violations = violations
    }

    /// `code: message`.
    public var description: String { "\(code): \(message)" }
}
