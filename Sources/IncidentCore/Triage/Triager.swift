/// What a triager gets: the case's alerts, hint and evidence.
public struct TriageInput: Sendable, Hashable {
    /// The case id.
    public var caseID: String
    /// The policy hint, if the alert has one.
    public var hint: String?
    /// The policy category, if known.
    public var category: String?
    /// The alerts, the first being the one that opened the case.
    public var alerts: [AlertmanagerAlert]
    /// Observations collected for the case.
    public var evidence: [CaseEvidence]

    /// Creates an input.
    public init(caseID: String, hint: String?, category: String? = nil, alerts: [AlertmanagerAlert], evidence: [CaseEvidence] = []) {
        self.caseID = caseID
        self.hint = hint
        self.category = category
        self.alerts = alerts
        self.evidence = evidence
    }

    /// The input for a case record.
    public init(_ record: CaseRecord) {
        self.init(caseID: record.id, hint: record.hint, category: record.category, alerts: record.alerts, evidence: record.evidence)
    }
}

/// What a triager proposes: a plan, or escalation with the reason; plus how
/// each command was judged (for the record only; the gate decides) and notes
/// on what happened (fallbacks, rejected model replies).
public struct TriageOutcome: Sendable, Hashable {
    /// The proposal.
    public enum Proposal: Sendable, Hashable {
        /// A plan to put before the gate.
        case plan(RemediationPlan)
        /// Nothing to propose; hand the case to a person.
        case escalate(reason: String)
    }

    /// The proposal.
    public var proposal: Proposal
    /// The verdict engine's judgement of each plan command (reporting only).
    public var verdicts: [CaseCommandVerdict]
    /// What happened along the way, for the case notes.
    public var notes: [String]

    /// Creates an outcome.
    public init(proposal: Proposal, verdicts: [CaseCommandVerdict] = [], notes: [String] = []) {
        self.proposal = proposal
        self.verdicts = verdicts
        self.notes = notes
    }

    /// The plan, if one was proposed.
    public var plan: RemediationPlan? {
        if case .plan(let p) = proposal { return p }
        return nil
    }
}

/// Proposes a plan for a case. Never throws: a triager that cannot propose
/// anything says so with ``TriageOutcome/Proposal/escalate(reason:)``.
public protocol Triager: Sendable {
    /// Triage the case.
    func triage(_ input: TriageInput) async -> TriageOutcome
}
