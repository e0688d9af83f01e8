/// A sliding-window rate limit: at most `limit` runs (or actions) per
/// `windowSeconds` within one scope. A policy may hold several at once, e.g.
/// 3 per hour and 7 per day per target.
///
/// JSON: `{"scope": "target", "limit": 3, "window_seconds": 3600, "counts": "runs"}`.
public struct RateLimitRule: Sendable, Hashable, Codable {
    /// What the limit is counted per.
    public enum Scope: String, Sendable, Hashable, Codable, CaseIterable {
        /// Per target system (the host, service or cluster a plan acts on).
        case target
        /// Per alert hint (workflow); requests without a hint share their category's bucket.
        case hint
        /// Per policy.
        case policy
        /// Across everything this store guards.
        case global
    }

    /// What one unit of the limit is.
    public enum Unit: String, Sendable, Hashable, Codable, CaseIterable {
        /// One authorised plan (however many steps it has).
        case runs
        /// One plan step.
        case actions
    }

    /// What the limit is counted per.
    public var scope: Scope
    /// The most runs (or actions) allowed in any window; ≥ 1.
    public var limit: Int
    /// The window length in seconds, 1 … 31 622 400 (366 days).
    public var windowSeconds: Int
    /// Whether runs or actions are counted (default runs).
    public var counts: Unit

    /// Creates a rule.
    public init(scope: Scope, limit: Int, windowSeconds: Int, counts: Unit = .runs) {
        self.scope = scope
        self.limit = limit
        self.windowSeconds = windowSeconds
        self.counts = counts
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case scope, limit
        case windowSeconds = "window_seconds"
        case counts
    }

    /// Decodes a rule, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        try StrictDecoding.rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        scope = try c.decode(Scope.self, forKey: .scope)
        limit = try c.policyWholeNumber(.limit) ?? c.decode(Int.self, forKey: .limit)
        windowSeconds = try c.policyWholeNumber(.windowSeconds) ?? c.decode(Int.self, forKey: .windowSeconds)
        counts = try c.decodeIfPresent(Unit.self, forKey: .counts) ?? .runs
    }

    static let maxWindowSeconds = 31_622_400

    func validate(_ path: FieldPath) throws(PolicyError) {
        guard limit >= 1 else {
            throw PolicyError(.outOfRange, field: path.key("limit").text, "\(limit) is below 1")
        }
        guard (1...Self.maxWindowSeconds).contains(windowSeconds) else {
            throw PolicyError(
                .outOfRange, field: path.key("window_seconds").text,
                "\(windowSeconds) is outside 1…\(Self.maxWindowSeconds) (366 days)")
        }
    }
}
