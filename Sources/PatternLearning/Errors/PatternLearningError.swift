/// Why a ticket, signature, event, threshold or snapshot was rejected.
///
/// Every error names the offending field (for example `title`,
/// `PATTERN_MIN_POSITIVE_RATE` or `records[4].statistics.successes`) and the
/// value that was given.
public struct PatternLearningError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem, for programmatic matching (`error.code == .noKeyTerms`).
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Base: UInt8, Sendable, Hashable {
            case notFinite, outOfRange, tooLarge, noKeyTerms, invalidCategory, invalidTerm
            case invalidEnvironment, unknownPattern, invalidSnapshot
        }

        let base: Base

        /// A number was NaN or infinite.
        public static let notFinite = Code(base: .notFinite)
        /// A number was outside its documented range.
        public static let outOfRange = Code(base: .outOfRange)
        /// A text or list exceeded its documented size limit.
        public static let tooLarge = Code(base: .tooLarge)
        /// A ticket yielded no key terms (everything was a stop word or volatile).
        public static let noKeyTerms = Code(base: .noKeyTerms)
        /// A category was empty or had characters outside `[a-z0-9._-]`.
        public static let invalidCategory = Code(base: .invalidCategory)
        /// A key term was empty, too long or contained whitespace or control bytes.
        public static let invalidTerm = Code(base: .invalidTerm)
        /// An environment variable held a value that is not a valid threshold.
        public static let invalidEnvironment = Code(base: .invalidEnvironment)
        /// An outcome or feedback event named a pattern that was never seen.
        public static let unknownPattern = Code(base: .unknownPattern)
        /// A snapshot was inconsistent (duplicate patterns, impossible counts, …).
        public static let invalidSnapshot = Code(base: .invalidSnapshot)

        /// The code's name, e.g. `noKeyTerms`.
        public var description: String {
            switch base {
            case .notFinite: "notFinite"
            case .outOfRange: "outOfRange"
            case .tooLarge: "tooLarge"
            case .noKeyTerms: "noKeyTerms"
            case .invalidCategory: "invalidCategory"
            case .invalidTerm: "invalidTerm"
            case .invalidEnvironment: "invalidEnvironment"
            case .unknownPattern: "unknownPattern"
            case .invalidSnapshot: "invalidSnapshot"
            }
        }
    }

    /// The kind of problem.
    public let code: Code
    /// The offending field or environment variable.
    public let field: String
    /// The rejected value, rendered as text (long values are shortened).
    public let value: String
    /// What was expected, in words.
    public let expectation: String

    /// A one-line message: field, expectation and the rejected value.
    public var description: String {
        "invalid \(field): \(expectation), got \(value)"
    }

    init(_ code: Code, field: String, value: String, expectation: String) {
        self.code = code
        self.field = field
        self.value = value.count > 120 ? String(value.prefix(117)) + "…" : value
        self.expectation = expectation
    }

    /// The same error reported under `prefix.field`.
    func prefixed(_ prefix: String) -> PatternLearningError {
        PatternLearningError(code, field: prefix + "." + field, value: value, expectation: expectation)
    }
}

// MARK: - Validation helpers (internal)

enum Check {
    static func number(_ value: Double, in range: ClosedRange<Double>, field: String) throws(PatternLearningError) {
        guard value.isFinite else {
            throw PatternLearningError(.notFinite, field: field, value: "\(value)", expectation: "a finite number")
        }
        guard range.contains(value) else {
            throw PatternLearningError(
                .outOfRange, field: field, value: "\(value)",
                expectation: "a number in \(range.lowerBound)…\(range.upperBound)")
        }
    }

    static func positive(_ value: Double, field: String) throws(PatternLearningError) {
        guard value.isFinite else {
            throw PatternLearningError(.notFinite, field: field, value: "\(value)", expectation: "a finite number")
        }
        guard value > 0 else {
            throw PatternLearningError(.outOfRange, field: field, value: "\(value)", expectation: "a number above 0")
        }
    }

    static func count(_ value: Int, atLeast minimum: Int, field: String) throws(PatternLearningError) {
        guard value >= minimum else {
            throw PatternLearningError(.outOfRange, field: field, value: "\(value)", expectation: "an integer ≥ \(minimum)")
        }
    }

    /// A timestamp: finite seconds since 1970-01-01T00:00:00Z, not negative.
    static func timestamp(_ value: Double, field: String) throws(PatternLearningError) {
        guard value.isFinite else {
            throw PatternLearningError(
                .notFinite, field: field, value: "\(value)", expectation: "finite seconds since 1970-01-01T00:00:00Z")
        }
        guard value >= 0 else {
            throw PatternLearningError(
                .outOfRange, field: field, value: "\(value)",
                expectation: "seconds since 1970-01-01T00:00:00Z, not negative")
        }
    }
}
