/// Why a policy was rejected: the field (a path such as `allow[2].examples.match[0]`)
/// and the problem.
public struct VerdictPolicyError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The offending field.
    public var field: String
    /// What is wrong with it.
    public var message: String

    /// Creates an error.
    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    /// `field: message`.
    public var description: String { "\(field): \(message)" }
}
