/// How one past incident ended: the evidence behind the success-history factor.
public struct OutcomeRecord: Sendable, Hashable {
    /// The incident category (compared exactly with `ReliabilityInput.category`).
    public let category: String
    /// Whether the incident was resolved.
    public let resolved: Bool
    /// Whether the fix was executed by the system (rather than by hand).
    public let autoRemediated: Bool
    /// When the incident ended, in seconds since 1970-01-01T00:00:00Z (UTC).
    public let timestamp: Double

    /// Creates a record, rejecting a non-finite or negative timestamp.
    public init(category: String, resolved: Bool, autoRemediated: Bool, timestamp: Double) throws(ReliabilityError) {
        try Check.timestamp(timestamp, field: "timestamp")
        self.category = category
        self.resolved = resolved
        self.autoRemediated = autoRemediated
        self.timestamp = timestamp
    }
}

extension OutcomeRecord: Codable {
    enum CodingKeys: String, CodingKey {
        case category, resolved
        case autoRemediated = "auto_remediated"
        case timestamp
    }

    /// Decodes and validates a record.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            category: c.decode(String.self, forKey: .category),
            resolved: c.decode(Bool.self, forKey: .resolved),
            autoRemediated: c.decode(Bool.self, forKey: .autoRemediated),
            timestamp: c.decode(Double.self, forKey: .timestamp))
    }

    /// Encodes with snake_case keys.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(category, forKey: .category)
        try c.encode(resolved, forKey: .resolved)
        try c.encode(autoRemediated, forKey: .autoRemediated)
        try c.encode(timestamp, forKey: .timestamp)
    }
}
