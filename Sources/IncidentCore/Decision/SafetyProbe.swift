/// What a ``SafetyProbe`` is asked about.
public struct SafetyProbeContext: Sendable, Hashable {
    /// The case.
    public let caseID: String
    /// The ticket category.
    public let category: String
    /// The alert hint, if any.
    public let hint: String?
    /// The system the plan acts on, if known.
    public let target: String?
    /// The policy that governs the decision.
    public let policy: String
}

/// A probe's answer: passed or not, and what it saw.
public struct SafetyObservation: Sendable, Hashable {
    /// Whether the condition holds.
    public let passed: Bool
    /// What the probe saw, for the reasoning (e.g. `snapshot 2h old`).
    public let detail: String

    /// Creates an observation.
    public init(passed: Bool, detail: String) {
        self.passed = passed
        self.detail = detail
    }
}

/// Checks the live system before anything runs: is a backup available, is the
/// system healthy enough to be worked on. Implementations turn their own
/// failures (timeouts, unreachable APIs) into a failed observation: the engine
/// fails closed on anything but `passed`.
public protocol SafetyProbe: Sendable {
    /// Whether a usable backup of the target exists (asked when the policy requires one).
    func backupAvailable(_ context: SafetyProbeContext) async -> SafetyObservation
    /// Whether the target is in a state where remediation may proceed.
    func systemHealthy(_ context: SafetyProbeContext) async -> SafetyObservation
}

/// A probe with fixed answers, for tests and simulations.
public struct StaticSafetyProbe: SafetyProbe {
    /// The answer to ``backupAvailable(_:)``.
    public let backup: Bool
    /// The answer to ``systemHealthy(_:)``.
    public let healthy: Bool

    /// A probe that answers `backup` and `healthy`.
    public init(backupAvailable: Bool, systemHealthy: Bool) {
        self.backup = backupAvailable
        self.healthy = systemHealthy
    }

    /// `backup`.
    public func backupAvailable(_ context: SafetyProbeContext) async -> SafetyObservation {
        SafetyObservation(passed: backup, detail: backup ? "backup available" : "no backup available")
    }

    /// `healthy`.
    public func systemHealthy(_ context: SafetyProbeContext) async -> SafetyObservation {
        SafetyObservation(passed: healthy, detail: healthy ? "system healthy" : "system not healthy")
    }
}

/// The safe default: without a real probe, both checks fail, so nothing that
/// requires them runs on its own.
public struct RefusingSafetyProbe: SafetyProbe {
    /// Creates the probe.
    public init() {}

    /// Always fails.
    public func backupAvailable(_ context: SafetyProbeContext) async -> SafetyObservation {
        SafetyObservation(passed: false, detail: "no safety probe configured")
    }

    /// Always fails.
    public func systemHealthy(_ context: SafetyProbeContext) async -> SafetyObservation {
        SafetyObservation(passed: false, detail: "no safety probe configured")
    }
}
