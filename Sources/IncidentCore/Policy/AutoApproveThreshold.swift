/// The reliability score at or above which a decision is approved without a
/// human, or `never`.
///
/// JSON: a number in 0…100 (`90`) or the string `"never"`.
public enum AutoApproveThreshold: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Auto-approve when the reliability score is at least this (0…100).
    case atLeast(Double)
    /// Never auto-approve: every run needs a human.
    case never

    /// Whether `reliability` reaches the threshold.
    public func isMet(by reliability: Double) -> Bool {
        switch self {
        case .atLeast(let t): reliability >= t
        case .never: false
        }
    }

    /// `90` or `never`.
    public var description: String {
        switch self {
        case .atLeast(let t): PolicyText.number(t)
        case .never: "never"
        }
    }

    /// Decodes a number or `"never"`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let s = try? c.decode(String.self) {
            guard s == "never" else {
                throw PolicyError(
                    .invalidValue, field: FieldPath(codingPath: decoder.codingPath).text,
                    "'\(s)' is not a threshold; expected a number in 0…100 or \"never\"")
            }
            self = .never
            return
        }
        guard let d = try? c.decode(Double.self) else {
            throw PolicyError(
                .wrongType, field: FieldPath(codingPath: decoder.codingPath).text,
                "expected a number in 0…100 or \"never\"")
        }
        self = .atLeast(d)
    }

    /// Encodes a number or `"never"`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .atLeast(let t): try c.encode(t)
        case .never: try c.encode("never")
        }
    }
}
