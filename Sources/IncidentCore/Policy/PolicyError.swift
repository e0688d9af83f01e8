/// Why a remediation policy, policy set or global setting was rejected.
///
/// Every error names the field as a path into the JSON document
/// (`policies[2].allowed_hours_end`, `policies[0].hints.disk_full.max_attempts`)
/// or the environment variable (`AUTO_REMEDIATION_MIN_RELIABILITY`), and says
/// what is wrong with it.
public struct PolicyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem, for programmatic matching (`error.code == .unknownKey`).
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Base: UInt8, Sendable, Hashable {
            case unknownKey, missingKey, wrongType, outOfRange, invalidValue, duplicate, inconsistent
            case invalidEnvironment, malformedJSON
        }

        let base: Base

        /// A key the schema does not define (often a typo).
        public static let unknownKey = Code(base: .unknownKey)
        /// A required key is absent.
        public static let missingKey = Code(base: .missingKey)
        /// A value has the wrong JSON type.
        public static let wrongType = Code(base: .wrongType)
        /// A number is outside its documented range (or not finite).
        public static let outOfRange = Code(base: .outOfRange)
        /// A value is malformed: an empty name, a bad date, an unknown day…
        public static let invalidValue = Code(base: .invalidValue)
        /// A name, category or entry appears twice.
        public static let duplicate = Code(base: .duplicate)
        /// Fields contradict each other (a window with start == end, approval
        /// required with no approvers, a quorum larger than the approver list…).
        public static let inconsistent = Code(base: .inconsistent)
        /// An environment variable holds an unusable value.
        public static let invalidEnvironment = Code(base: .invalidEnvironment)
        /// The document is not JSON.
        public static let malformedJSON = Code(base: .malformedJSON)

        /// The code's name, e.g. `unknownKey`.
        public var description: String {
            switch base {
            case .unknownKey: "unknownKey"
            case .missingKey: "missingKey"
            case .wrongType: "wrongType"
            case .outOfRange: "outOfRange"
            case .invalidValue: "invalidValue"
            case .duplicate: "duplicate"
            case .inconsistent: "inconsistent"
            case .invalidEnvironment: "invalidEnvironment"
            case .malformedJSON: "malformedJSON"
            }
        }
    }

    /// The kind of problem.
    public let code: Code
    /// The offending field (a JSON path) or environment variable.
    public let field: String
    /// What is wrong, in words, including the rejected value where it helps.
    public let message: String

    /// Creates an error.
    public init(_ code: Code, field: String, _ message: String) {
        self.code = code
        self.field = field
        self.message = message
    }

    /// `field: message`.
    public var description: String { "\(field.isEmpty ? "(document)" : field): \(message)" }
}

/// Builds JSON paths such as `policies[2].hints.disk_full` for error messages.
struct FieldPath: Sendable {
    private(set) var text: String

    init(_ text: String = "") { self.text = text }

    func key(_ k: String) -> FieldPath { FieldPath(text.isEmpty ? k : "\(text).\(k)") }
    func index(_ i: Int) -> FieldPath { FieldPath("\(text)[\(i)]") }

    /// The path of a decoder's coding path (`policies[0].name`).
    init(codingPath: [any CodingKey]) {
        var p = FieldPath()
        for k in codingPath {
            if let i = k.intValue { p = p.index(i) } else { p = p.key(k.stringValue) }
        }
        self = p
    }
}
