/// What may happen to a command: run it, ask a human, or never run it.
///
/// Ordered `allow < review < block`; a plan's verdict is its worst command's.
public enum Verdict: Int, Comparable, Hashable, Sendable, Codable, CustomStringConvertible, CaseIterable {
    /// Safe to run without a human.
    case allow = 0
    /// Runs only with a recorded human approval.
    case review = 1
    /// Never runs.
    case block = 2

    /// Orders by severity.
    public static func < (a: Verdict, b: Verdict) -> Bool { a.rawValue < b.rawValue }

    /// `allow`, `review` or `block`.
    public var name: String {
        switch self {
        case .allow: "allow"
        case .review: "review"
        case .block: "block"
        }
    }

    /// The verdict named `name`, if any.
    public init?(name: String) {
        switch name {
        case "allow": self = .allow
        case "review": self = .review
        case "block": self = .block
        default: return nil
        }
    }

    /// ``name``.
    public var description: String { name }

    /// Encodes as its ``name``.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(name)
    }

    /// Decodes from its ``name``.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let v = Verdict(name: s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "unknown verdict '\(s)'; expected allow, review or block")
        }
        self = v
    }
}

/// What a command does to the system, in the seed system's action classes.
///
/// Ordered `readOnly < safeWrite < criticalWrite`.
public enum RiskClass: Int, Comparable, Hashable, Sendable, Codable, CustomStringConvertible, CaseIterable {
    /// Reads state only.
    case readOnly = 0
    /// Changes state in a routine, recoverable way (restart a service, write a file).
    case safeWrite = 1
    /// Changes state in a way that loses data, availability or access if wrong.
    case criticalWrite = 2

    /// Orders by severity.
    public static func < (a: RiskClass, b: RiskClass) -> Bool { a.rawValue < b.rawValue }

    /// `read_only`, `safe_write` or `critical_write`.
    public var name: String {
        switch self {
        case .readOnly: "read_only"
        case .safeWrite: "safe_write"
        case .criticalWrite: "critical_write"
        }
    }

    /// The class named `name`, if any.
    public init?(name: String) {
        switch name {
        case "read_only": self = .readOnly
        case "safe_write": self = .safeWrite
        case "critical_write": self = .criticalWrite
        default: return nil
        }
    }

    /// ``name``.
    public var description: String { name }

    /// Encodes as its ``name``.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(name)
    }

    /// Decodes from its ``name``.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let v = RiskClass(name: s) else {
            throw DecodingError.dataCorruptedError(
                in: c, debugDescription: "unknown risk class '\(s)'; expected read_only, safe_write or critical_write")
        }
        self = v
    }
}
