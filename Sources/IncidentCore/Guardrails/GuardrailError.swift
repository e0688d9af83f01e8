/// Why a guardrail store refused an operation.
public struct GuardrailError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Base: UInt8, Sendable, Hashable {
            case limitExceeded, unknownReservation, alreadyFinished, invalidClaim, unavailable
        }

        let base: Base

        /// A claim does not fit; ``GuardrailError/violations`` says which.
        public static let limitExceeded = Code(base: .limitExceeded)
        /// No reservation has that id.
        public static let unknownReservation = Code(base: .unknownReservation)
        /// The reservation was already committed or released.
        public static let alreadyFinished = Code(base: .alreadyFinished)
        /// A claim is malformed (negative limit or cost, empty key, window ≤ 0).
        public static let invalidClaim = Code(base: .invalidClaim)
        /// The backing store could not be reached or failed (for shared backends).
        public static let unavailable = Code(base: .unavailable)

        /// The code's name.
        public var description: String {
            switch base {
            case .limitExceeded: "limitExceeded"
            case .unknownReservation: "unknownReservation"
            case .alreadyFinished: "alreadyFinished"
            case .invalidClaim: "invalidClaim"
            case .unavailable: "unavailable"
            }
        }
    }

    /// The kind of problem.
    public let code: Code
    /// What went wrong, in words.
    public let message: String
    /// For `limitExceeded`: every claim that does not fit.
    public let violations: [GuardrailViolation]

    /// Creates an error.
    public init(_ code: Code, _ message: String, violations: [GuardrailViolation] = []) {
        self.code = code
        self.message = message
        self.violations = violations
    }

    /// `code: message`.
    public var description: String { "\(code): \(message)" }
}
