/// Why an input, a configuration or an encoded score was rejected.
///
/// Every error names the offending field (for example `feedback[3].rating` or
/// `weights.humanFeedback`) and the value that was given, so the caller can fix
/// the input without reading the scorer's source.
public struct ReliabilityError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem, for programmatic matching (`error.code == .outOfRange`).
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Base: UInt8, Sendable, Hashable {
            case notFinite, outOfRange, inFuture, invalidWeights, invalidEncoding
        }

        let base: Base

        /// A number was NaN or infinite.
        public static let notFinite = Code(base: .notFinite)
        /// A number was outside its documented range (confidence 1.2, rating 6, …).
        public static let outOfRange = Code(base: .outOfRange)
        /// A timestamp lies after the injected "now".
        public static let inFuture = Code(base: .inFuture)
        /// A weight set does not sum to 1 within 1e-9.
        public static let invalidWeights = Code(base: .invalidWeights)
        /// Decoded JSON was structurally valid but its content was inconsistent.
        public static let invalidEncoding = Code(base: .invalidEncoding)

        /// The code's name, e.g. `outOfRange`.
        public var description: String {
            switch base {
            case .notFinite: "notFinite"
            case .outOfRange: "outOfRange"
            case .inFuture: "inFuture"
            case .invalidWeights: "invalidWeights"
            case .invalidEncoding: "invalidEncoding"
            }
        }
    }

    /// The kind of problem.
    public let code: Code
    /// The offending field, as a path such as `feedback[2].timestamp`.
    public let field: String
    /// The rejected value, rendered as text.
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
        self.value = value
        self.expectation = expectation
    }

    /// The same error reported under `prefix.field` (used when a record is
    /// validated inside a list, so `rating` becomes `feedback[3].rating`).
    func prefixed(_ prefix: String) -> ReliabilityError {
        ReliabilityError(code, field: prefix + "." + field, value: value, expectation: expectation)
    }
}

// MARK: - Validation helpers (internal)

enum Check {
    /// `value` must be finite and within `range`.
    static func number(
        _ value: Double, in range: ClosedRange<Double>, field: String, unit: String = ""
    ) throws(ReliabilityError) {
        guard value.isFinite else {
            throw ReliabilityError(.notFinite, field: field, value: "\(value)", expectation: "a finite number")
        }
        guard range.contains(value) else {
            throw ReliabilityError(
                .outOfRange, field: field, value: "\(value)",
                expectation: "a number in \(range.lowerBound)…\(range.upperBound)\(unit)")
        }
    }

    /// `value` must be finite and strictly positive.
    static func positive(_ value: Double, field: String) throws(ReliabilityError) {
        guard value.isFinite else {
            throw ReliabilityError(.notFinite, field: field, value: "\(value)", expectation: "a finite number")
        }
        guard value > 0 else {
            throw ReliabilityError(.outOfRange, field: field, value: "\(value)", expectation: "a number above 0")
        }
    }

    /// A timestamp: finite seconds since the Unix epoch, not before 1970.
    static func timestamp(_ value: Double, field: String) throws(ReliabilityError) {
        guard value.isFinite else {
            throw ReliabilityError(
                .notFinite, field: field, value: "\(value)",
                expectation: "finite seconds since 1970-01-01T00:00:00Z")
        }
        guard value >= 0 else {
            throw ReliabilityError(
                .outOfRange, field: field, value: "\(value)",
                expectation: "seconds since 1970-01-01T00:00:00Z, not negative")
        }
    }

    /// A timestamp that must not lie after `now`.
    static func notInFuture(_ value: Double, now: Double, field: String) throws(ReliabilityError) {
        guard value <= now else {
            throw ReliabilityError(
                .inFuture, field: field, value: "\(value)",
                expectation: "a time at or before now (\(now))")
        }
    }
}
