#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The validated set of remediation policies a ``DecisionEngine`` enforces:
/// at most one policy per category, plus freeze windows and rate limits that
/// apply to every policy.
///
/// JSON:
/// ```json
/// {"version": 1, "policies": [ ... ], "freeze_windows": [ ... ], "rate_limits": [ ... ]}
/// ```
/// A set can only be created valid; ``sha256`` identifies it (see
/// `Docs/PolicyGuide.md`, "Canonical encoding").
public struct PolicySet: Sendable, Hashable, Codable {
    /// Format version; 1.
    public let version: Int
    /// The policies, one per category.
    public let policies: [RemediationPolicy]
    /// Intervals when nothing at all may run.
    public let freezeWindows: [FreezeWindow]
    /// Rate limits over every policy (e.g. per target across categories).
    public let rateLimits: [RateLimitRule]
    private let byCategory: [String: Int]

    /// Creates and validates a set.
    ///
    /// - Throws: ``PolicyError`` naming the field (`policies[1].min_reliability`).
    public init(
        version: Int = 1, policies: [RemediationPolicy], freezeWindows: [FreezeWindow] = [],
        rateLimits: [RateLimitRule] = []
    ) throws(PolicyError) {
        guard version == 1 else { throw PolicyError(.outOfRange, field: "version", "\(version) is not supported; expected 1") }
        var byCategory: [String: Int] = [:]
        var names: Set<String> = []
        for (i, p) in policies.enumerated() {
            let path = FieldPath("policies").index(i)
            try p.validate(path)
            guard names.insert(p.name).inserted else {
                throw PolicyError(.duplicate, field: path.key("name").text, "another policy is named '\(p.name)'")
            }
            guard byCategory.updateValue(i, forKey: p.category) == nil else {
                throw PolicyError(.duplicate, field: path.key("category").text, "another policy governs category '\(p.category)'")
            }
        }
        var limits: Set<String> = []
        for (i, r) in rateLimits.enumerated() {
            let path = FieldPath("rate_limits").index(i)
            try r.validate(path)
            guard limits.insert("\(r.scope) \(r.counts) \(r.windowSeconds)").inserted else {
                throw PolicyError(.duplicate, field: path.text, "another rate limit has the same scope, unit and window")
            }
        }
        for (i, w) in freezeWindows.enumerated() { try w.validate(FieldPath("freeze_windows").index(i)) }
        self.version = version
        self.policies = policies
        self.freezeWindows = freezeWindows
        self.rateLimits = rateLimits
        self.byCategory = byCategory
    }

    /// Decodes and validates a set from JSON.
    ///
    /// - Throws: ``PolicyError`` naming the field: unknown keys, missing keys,
    ///   wrong types, out-of-range values, inconsistent fields.
    public init(json: Data) throws(PolicyError) {
        self = try StrictDecoding.decode(PolicySet.self, from: json)
    }

    /// The policy governing `category`, if any (enabled or not).
    public func policy(forCategory category: String) -> RemediationPolicy? {
        byCategory[category].map { policies[$0] }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case version, policies
        case freezeWindows = "freeze_windows"
        case rateLimits = "rate_limits"
    }

    /// Decodes and validates, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        try StrictDecoding.rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            version: c.policyWholeNumber(.version) ?? 1,
            policies: c.decode([RemediationPolicy].self, forKey: .policies),
            freezeWindows: c.decodeIfPresent([FreezeWindow].self, forKey: .freezeWindows) ?? [],
            rateLimits: c.decodeIfPresent([RateLimitRule].self, forKey: .rateLimits) ?? [])
    }

    /// Encodes every field.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(version, forKey: .version)
        try c.encode(policies, forKey: .policies)
        try c.encode(freezeWindows, forKey: .freezeWindows)
        try c.encode(rateLimits, forKey: .rateLimits)
    }
}
