import PatternLearning

/// Where a case's evidence comes from before triage (recent logs, `df`, pod
/// status...): what grounds a language model's plan. Optional.
public protocol EvidenceSource: Sendable {
    /// Observations for `record`, collected now.
    func collect(for record: CaseRecord) async -> [CaseEvidence]
}

/// Everything the remediation loop works with, each behind its seam: the
/// engines that decide, the gate that authorises, and the stores and
/// environment around them. Share `guardrails` between the decision engine and
/// the gate when you build them.
public struct LoopServices: Sendable {
    /// Decides whether a plan may run.
    public var decisions: DecisionEngine
    /// Authorises decided plans; the only source of executable actions.
    public var gate: RemediationGate
    /// Proposes plans.
    public var triager: any Triager
    /// Runs authorised actions.
    public var executor: any Executor
    /// Says whether alerts are firing (verification).
    public var alerts: any AlertState
    /// Keeps case records.
    public var cases: any CaseStore
    /// The hash-chained audit log.
    public var audit: any AuditLog
    /// Pattern statistics.
    public var patterns: any PatternStore
    /// Feedback and outcomes for reliability scoring.
    public var history: any ReliabilityHistory
    /// Evidence for triage, if any.
    public var evidence: (any EvidenceSource)?
    /// The source of "now".
    public var clock: any WallClock
    /// How the loop waits.
    public var sleeper: any Sleeper

    /// Creates the services.
    public init(
        decisions: DecisionEngine, gate: RemediationGate, triager: any Triager = RuleTriager(), executor: any Executor,
        alerts: any AlertState, cases: any CaseStore, audit: any AuditLog, patterns: any PatternStore,
        history: any ReliabilityHistory, evidence: (any EvidenceSource)? = nil, clock: any WallClock, sleeper: any Sleeper
    ) {
        self.decisions = decisions
        self.gate = gate
        self.triager = triager
        self.executor = executor
        self.alerts = alerts
        self.cases = cases
        self.audit = audit
        self.patterns = patterns
        self.history = history
        self.evidence = evidence
        self.clock = clock
        self.sleeper = sleeper
    }
}
