/// The process-wide switches, read from the environment with the seed
/// system's names. The defaults are the safe ones: disabled, approval required.
///
/// | Variable | Field | Default |
/// |---|---|---|
/// | `AUTO_REMEDIATION_ENABLED` | ``enabled`` | `false` |
/// | `AUTO_REMEDIATION_MAX_ACTIONS_PER_HOUR` | ``maxActionsPerHour`` | `10` |
/// | `AUTO_REMEDIATION_REQUIRE_APPROVAL` | ``requireApproval`` | `true` |
/// | `AUTO_REMEDIATION_MIN_RELIABILITY` | ``minReliability`` | `85` |
public struct GlobalSettings: Sendable, Hashable, Codable {
    /// Whether anything may be remediated automatically at all.
    public private(set) var enabled: Bool
    /// The most plan steps all policies together may run per hour (sliding window).
    public private(set) var maxActionsPerHour: Int
    /// Whether every run needs a human approval, whatever the policies say.
    public private(set) var requireApproval: Bool
    /// The reliability (0…100) below which no run is approved without a human,
    /// whatever a policy's auto-approve threshold says. (A policy's own
    /// `min_reliability` is where it denies.)
    public private(set) var minReliability: Double

    /// `AUTO_REMEDIATION_ENABLED`.
    public static let enabledVariable = "AUTO_REMEDIATION_ENABLED"
    /// `AUTO_REMEDIATION_MAX_ACTIONS_PER_HOUR`.
    public static let maxActionsPerHourVariable = "AUTO_REMEDIATION_MAX_ACTIONS_PER_HOUR"
    /// `AUTO_REMEDIATION_REQUIRE_APPROVAL`.
    public static let requireApprovalVariable = "AUTO_REMEDIATION_REQUIRE_APPROVAL"
    /// `AUTO_REMEDIATION_MIN_RELIABILITY`.
    public static let minReliabilityVariable = "AUTO_REMEDIATION_MIN_RELIABILITY"

    /// Settings with explicit values (defaults: disabled, 10 per hour, approval required, 85).
    public init(enabled: Bool = false, maxActionsPerHour: Int = 10, requireApproval: Bool = true, minReliability: Double = 85)
        throws(PolicyError)
    {
        guard maxActionsPerHour >= 1 else {
            throw PolicyError(.outOfRange, field: "max_actions_per_hour", "\(maxActionsPerHour) is below 1")
        }
        try RemediationPolicy.range(minReliability, 0...100, FieldPath("min_reliability"))
        self.enabled = enabled
        self.maxActionsPerHour = maxActionsPerHour
        self.requireApproval = requireApproval
        self.minReliability = minReliability
    }

    /// The safe defaults: disabled, 10 actions per hour, approval required, reliability ≥ 85.
    public static let safeDefaults = try! GlobalSettings()

    /// Settings from an environment (pass `ProcessInfo.processInfo.environment`);
    /// absent variables keep the safe defaults.
    ///
    /// Booleans are `true`/`false`/`1`/`0`/`yes`/`no`/`on`/`off` (any case);
    /// the hourly limit a whole number ≥ 1; the reliability a number in 0…100.
    ///
    /// - Throws: ``PolicyError`` with code `invalidEnvironment` naming the variable.
    public init(environment: [String: String]) throws(PolicyError) {
        let d = GlobalSettings.safeDefaults
        var s = d
        if let v = environment[Self.enabledVariable] { s.enabled = try Self.bool(v, Self.enabledVariable) }
        if let v = environment[Self.requireApprovalVariable] {
            s.requireApproval = try Self.bool(v, Self.requireApprovalVariable)
        }
        if let v = environment[Self.maxActionsPerHourVariable] {
            guard let n = Int(PolicyText.trimmed(v)), n >= 1 else {
                throw PolicyError(.invalidEnvironment, field: Self.maxActionsPerHourVariable, "'\(v)' is not a whole number ≥ 1")
            }
            s.maxActionsPerHour = n
        }
        if let v = environment[Self.minReliabilityVariable] {
            guard let x = Double(PolicyText.trimmed(v)), x.isFinite, (0...100).contains(x) else {
                throw PolicyError(.invalidEnvironment, field: Self.minReliabilityVariable, "'\(v)' is not a number in 0…100")
            }
            s.minReliability = x
        }
        self = s
    }

    static func bool(_ text: String, _ variable: String) throws(PolicyError) -> Bool {
        switch PolicyText.trimmed(text).lowercased() {
        case "true", "1", "yes", "on": return true
        case "false", "0", "no", "off": return false
        default:
            throw PolicyError(.invalidEnvironment, field: variable, "'\(text)' is not a boolean; use true or false")
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case enabled
        case maxActionsPerHour = "max_actions_per_hour"
        case requireApproval = "require_approval"
        case minReliability = "min_reliability"
    }

    /// Decodes and validates, rejecting unknown keys; absent keys take the safe defaults.
    public init(from decoder: any Decoder) throws {
        try StrictDecoding.rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = GlobalSettings.safeDefaults
        try self.init(
            enabled: c.decodeIfPresent(Bool.self, forKey: .enabled) ?? d.enabled,
            maxActionsPerHour: c.policyWholeNumber(.maxActionsPerHour) ?? d.maxActionsPerHour,
            requireApproval: c.decodeIfPresent(Bool.self, forKey: .requireApproval) ?? d.requireApproval,
            minReliability: c.decodeIfPresent(Double.self, forKey: .minReliability) ?? d.minReliability)
    }
}
