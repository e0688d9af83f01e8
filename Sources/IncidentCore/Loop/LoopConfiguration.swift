import PatternLearning
import Reliability

/// How the remediation loop retries, verifies and learns.
public struct LoopConfiguration: Sendable {
    /// The most runs (attempts) one case gets; the policy's hint guardrails may
    /// allow fewer. At least 1.
    public var maxAttempts: Int
    /// The wait before the second attempt, in seconds; each later wait doubles,
    /// up to ``maxBackoffSeconds``.
    public var backoffSeconds: Double
    /// The longest wait between attempts, in seconds.
    public var maxBackoffSeconds: Double
    /// How long every alert of a case must stay clear for a run to count as
    /// having fixed it, in seconds.
    public var verificationWindowSeconds: Double
    /// How long after a run the loop waits for the alert to clear and stay
    /// clear before it calls the run a failure, in seconds.
    public var verificationTimeoutSeconds: Double
    /// How often verification looks at the alert, in seconds.
    public var verificationPollSeconds: Double
    /// Whether each case opts in to automatic remediation (the decision's
    /// per-ticket switch). Off by default, as in the seed: every plan is then denied.
    public var autoRemediationEnabled: Bool
    /// The alert labels that name the system a plan acts on, tried in order;
    /// the first present is the decision's target (allowed systems, per-target limits).
    public var targetLabels: [String]
    /// The prefix of case ids (`INC-` gives `INC-1`, `INC-2`...).
    public var caseIDPrefix: String
    /// Turns an alert's text into key terms for its pattern signature.
    public var normalizer: TicketNormalizer
    /// Scores reliability from confidence, feedback, history and pattern match.
    public var scorer: ReliabilityScorer
    /// How similar past patterns feed the pattern-match factor.
    public var patternMatch: PatternMatchConfiguration

    /// A configuration; the defaults retry up to 3 times after 30 s and 60 s,
    /// and need the alert clear for 60 s within 5 minutes of a run.
    public init(
        maxAttempts: Int = 3, backoffSeconds: Double = 30, maxBackoffSeconds: Double = 600,
        verificationWindowSeconds: Double = 60, verificationTimeoutSeconds: Double = 300,
        verificationPollSeconds: Double = 15, autoRemediationEnabled: Bool = false,
        targetLabels: [String] = ["instance", "host", "container", "service", "job"], caseIDPrefix: String = "INC-",
        normalizer: TicketNormalizer = .standard, scorer: ReliabilityScorer = ReliabilityScorer(),
        patternMatch: PatternMatchConfiguration = .standard
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.backoffSeconds = Self.clamp(backoffSeconds)
        self.maxBackoffSeconds = Self.clamp(maxBackoffSeconds)
        self.verificationWindowSeconds = Self.clamp(verificationWindowSeconds)
        self.verificationTimeoutSeconds = Self.clamp(verificationTimeoutSeconds)
        self.verificationPollSeconds = max(1, Self.clamp(verificationPollSeconds))
        self.autoRemediationEnabled = autoRemediationEnabled
        self.targetLabels = targetLabels
        self.caseIDPrefix = caseIDPrefix
        self.normalizer = normalizer
        self.scorer = scorer
        self.patternMatch = patternMatch
    }

    /// The wait before attempt `attempt` (2, 3...): `backoff · 2^(attempt-2)`, capped.
    public func backoff(beforeAttempt attempt: Int) -> Double {
        guard attempt > 1 else { return 0 }
        let exponent = Double(min(attempt - 2, 30))
        return min(maxBackoffSeconds, backoffSeconds * pow2(exponent))
    }

    private func pow2(_ e: Double) -> Double {
        var r = 1.0
        for _ in 0..<Int(e) { r *= 2 }
        return r
    }

    private static func clamp(_ x: Double) -> Double { x.isFinite ? min(max(0, x), 86_400) : 0 }
}
