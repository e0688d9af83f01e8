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

    /// The field and problem of an error decoding a ``VerdictPolicy`` (`JSONDecoder`
    /// or any other decoder): `allow[0].id: missing required key`,
    /// `alow: unknown key 'alow' in policy; expected one of: ...`.
    public init(_ error: DecodingError) {
        switch error {
        case .dataCorrupted(let c):
            self.init(field: Self.field(c.codingPath), message: c.debugDescription)
        case .keyNotFound(let key, let c):
            self.init(field: Self.field(c.codingPath + [key]), message: "missing required key")
        case .typeMismatch(_, let c):
            self.init(field: Self.field(c.codingPath), message: c.debugDescription)
        case .valueNotFound(_, let c):
            self.init(field: Self.field(c.codingPath), message: "value is null")
        @unknown default:
            self.init(field: "(top level)", message: "\(error)")
        }
    }

    /// A coding path as `allow[2].command`; the empty path is `(top level)`.
    static func field(_ path: [any CodingKey]) -> String {
        var out = ""
        for k in path {
            if let i = k.intValue {
                out += "[\(i)]"
            } else {
                out += out.isEmpty ? k.stringValue : "." + k.stringValue
            }
        }
        return out.isEmpty ? "(top level)" : out
    }

    /// `field: message`.
    public var description: String { "\(field): \(message)" }
}
