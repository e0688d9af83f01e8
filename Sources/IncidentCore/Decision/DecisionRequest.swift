import PatternLearning

/// Everything the decision engine judges: the case, the proposed plan, and the
/// evidence behind it. A decision is a pure function of this request, the
/// clock's reading, the guardrail store's state and the safety probe's answers.
public struct DecisionRequest: Sendable, Hashable, Codable {
    /// Identifies this decision (e.g. `case-42/attempt-2`); the decision and any
    /// approval request carry it.
    public var id: String
    /// The case the plan is for; attempts are counted per case.
    public var caseID: String
    /// The ticket category (`cache`, `network`…), which selects the policy.
    public var category: String
    /// The alert hint (`disk_full`), which selects hint guardrails; optional.
    public var hint: String?
    /// The system the plan acts on (host, service, cluster), matched against
    /// `allowed_systems` and used for per-target limits.
    public var target: String?
    /// The alert's identity for the suppression window (e.g. an Alertmanager
    /// fingerprint); defaults to hint and target.
    public var fingerprint: String?
    /// The ticket's own opt-in; default off, as in the seed.
    public var autoRemediationEnabled: Bool
    /// The proposed fix; its `confidence` is the one thresholds check.
    public var plan: RemediationPlan
    /// The reliability score, 0…100 (`ReliabilityScore.overall`).
    public var reliability: Double
    /// How many similar past tickets were found.
    public var similarTickets: Int
    /// The pattern's positive feedback rate, 0…1; `nil` without feedback.
    public var positiveFeedbackRate: Double?
    /// The pattern's eligibility; `nil` for a pattern never seen (approval required).
    public var eligibility: Eligibility?

    /// Creates a request; the ticket's opt-in defaults to off.
    public init(
        id: String, caseID: String, category: String, hint: String? = nil, target: String? = nil,
        fingerprint: String? = nil, autoRemediationEnabled: Bool = false, plan: RemediationPlan, reliability: Double,
        similarTickets: Int, positiveFeedbackRate: Double?, eligibility: Eligibility?
    ) {
        self.id = id
        self.caseID = caseID
        self.category = category
        self.hint = hint
        self.target = target
        self.fingerprint = fingerprint
        self.autoRemediationEnabled = autoRemediationEnabled
        self.plan = plan
        self.reliability = reliability
        self.similarTickets = similarTickets
        self.positiveFeedbackRate = positiveFeedbackRate
        self.eligibility = eligibility
    }

    enum CodingKeys: String, CodingKey {
        case id
        case caseID = "case_id"
        case category, hint, target, fingerprint
        case autoRemediationEnabled = "auto_remediation_enabled"
        case plan, reliability
        case similarTickets = "similar_tickets"
        case positiveFeedbackRate = "positive_feedback_rate"
        case eligibility
    }

    /// Decodes a request; the opt-in defaults to off when absent.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), caseID: try c.decode(String.self, forKey: .caseID),
            category: try c.decode(String.self, forKey: .category), hint: try c.decodeIfPresent(String.self, forKey: .hint),
            target: try c.decodeIfPresent(String.self, forKey: .target),
            fingerprint: try c.decodeIfPresent(String.self, forKey: .fingerprint),
            autoRemediationEnabled: try c.decodeIfPresent(Bool.self, forKey: .autoRemediationEnabled) ?? false,
            plan: try c.decode(RemediationPlan.self, forKey: .plan), reliability: try c.decode(Double.self, forKey: .reliability),
            similarTickets: try c.decode(Int.self, forKey: .similarTickets),
            positiveFeedbackRate: try c.decodeIfPresent(Double.self, forKey: .positiveFeedbackRate),
            eligibility: try c.decodeIfPresent(Eligibility.self, forKey: .eligibility))
    }
}
