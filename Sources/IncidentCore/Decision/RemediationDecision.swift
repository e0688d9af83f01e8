import ShellAST

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What happens to a plan.
public enum DecisionOutcome: String, Sendable, Hashable, Codable, CaseIterable {
    /// Runs now, without a human.
    case execute
    /// Runs only after the policy's approvers approve.
    case awaitApproval = "await_approval"
    /// Never runs as proposed.
    case deny
}

/// One line of a decision's reasoning: the step, the rule or threshold that
/// produced it, and what it concluded.
public struct DecisionReason: Sendable, Hashable, Codable, CustomStringConvertible {
    /// What a reason concluded.
    public enum Result: String, Sendable, Hashable, Codable {
        /// The rule is satisfied.
        case passed
        /// The rule denies the plan.
        case denied
        /// The rule requires a human approval.
        case approvalRequired = "approval_required"
        /// A summary or the outcome.
        case info
    }

    /// The decision step, 1…8 (enabled, policy, actions, thresholds, safety,
    /// pattern, approval, outcome).
    public let step: Int
    /// The rule or threshold, e.g. `policy.min_reliability`, `AUTO_REMEDIATION_ENABLED`.
    public let rule: String
    /// What it concluded.
    public let result: Result
    /// In words, with the figures compared.
    public let message: String

    /// Creates a reason.
    public init(step: Int, rule: String, result: Result, message: String) {
        self.step = step
        self.rule = rule
        self.result = result
        self.message = message
    }

    /// `rule: message`, the form the seed's `reasoning` list uses.
    public var description: String { "\(rule): \(message)" }
}

/// The name of a safety check.
public enum SafetyCheckName: String, Sendable, Hashable, Codable, CaseIterable {
    /// Allowed hours and days (UTC).
    case timeWindow = "time_window"
    /// Freeze windows of the set, the policy and the hint.
    case freezeWindow = "freeze_window"
    /// Sliding-window rate limits, the policy's and the global hourly limits.
    case rateLimit = "rate_limit"
    /// The hint's cooldown between runs.
    case cooldown
    /// The hint's maximum attempts per case.
    case attempts
    /// The hint's restart budget.
    case restartBudget = "restart_budget"
    /// The suppression window after a successful fix.
    case suppression
    /// Every write step has a rollback (when the policy requires it).
    case rollbackPlan = "rollback_plan"
    /// A backup is available (when the policy requires it).
    case backupAvailable = "backup_available"
    /// The system is healthy enough to be worked on.
    case systemHealthy = "system_healthy"

    /// Every check, in declaration order (built once; `allCases` builds an array per use).
    static let ordered = allCases

    /// The check's position in ``ordered``.
    var ordinal: Int {
        switch self {
        case .timeWindow: 0
        case .freezeWindow: 1
        case .rateLimit: 2
        case .cooldown: 3
        case .attempts: 4
        case .restartBudget: 5
        case .suppression: 6
        case .rollbackPlan: 7
        case .backupAvailable: 8
        case .systemHealthy: 9
        }
    }
}

/// One safety check and its outcome.
public struct SafetyCheck: Sendable, Hashable, Codable {
    /// How a check came out.
    public enum Outcome: String, Sendable, Hashable, Codable {
        /// It holds.
        case passed
        /// It does not; the plan is denied.
        case failed
        /// The policy does not ask for it.
        case notRequired = "not_required"
        /// Not evaluated because an earlier step already denied the plan.
        case notEvaluated = "not_evaluated"
    }

    /// The check.
    public let name: SafetyCheckName
    /// Its outcome.
    public let outcome: Outcome
    /// What was compared or observed.
    public let detail: String

    /// Creates a check result.
    public init(name: SafetyCheckName, outcome: Outcome, detail: String) {
        self.name = name
        self.outcome = outcome
        self.detail = detail
    }
}

/// The decision engine's answer for one plan: may it run, does it need a human,
/// and why — every step's reasoning, every safety check, and the hashes of the
/// policy and configuration that produced it.
///
/// Encodes to the seed system's decision shape (`allowed`, `requires_approval`,
/// `action_type`, `risk_level`, `safety_checks`, `reasoning`) plus detail; see
/// `Docs/PolicyGuide.md`. Only a decision made by a ``DecisionEngine`` in this
/// process can be turned into authorised actions by a ``RemediationGate``; a
/// decoded one is a record, not a permission.
public struct RemediationDecision: Sendable, Hashable {
    /// The request's id.
    public let id: String
    /// The case.
    public let caseID: String
    /// When it was decided (the injected clock's reading).
    public let decidedAt: Date
    /// Execute, await approval, or deny.
    public let outcome: DecisionOutcome
    /// Whether step 7 found that a human must approve (also set on some denials,
    /// e.g. approval required but no approvers).
    public let requiresApproval: Bool
    /// The plan's action class: the highest class of its steps; `nil` when the
    /// decision was denied before the actions were classified.
    public let actionType: RiskClass?
    /// The higher of the proposer's risk and the action class's (read_only → low,
    /// safe_write → medium, critical_write → high).
    public let riskLevel: PlanRiskLevel
    /// Every safety check, in ``SafetyCheckName`` order.
    public let safetyChecks: [SafetyCheck]
    /// The reasoning, step by step.
    public let reasons: [DecisionReason]
    /// Every step as judged, in plan order.
    public let steps: [StepAssessment]
    /// The reliability score the request carried.
    public let reliability: Double
    /// The governing policy's name, if one was found.
    public let policyName: String?
    /// SHA-256 of the governing policy's canonical encoding, if one was found.
    public let policyHash: String?
    /// SHA-256 over the whole configuration: policy set, global settings, action
    /// catalog and verdict policy.
    public let configurationHash: String
    /// Who may approve (from the policy).
    public let approvers: [String]
    /// How many must approve.
    public let approvalQuorum: Int
    let seal: DecisionSeal

    /// Whether the plan may run (now or after approval): the seed's `allowed`.
    public var allowed: Bool { outcome != .deny }

    /// The reasoning as the seed printed it: `rule: message` per line.
    public var reasoning: [String] { reasons.map(\.description) }

    /// The check named `name`.
    public func safetyCheck(_ name: SafetyCheckName) -> SafetyCheck? { safetyChecks.first { $0.name == name } }

    /// Whether this decision was made by a ``DecisionEngine`` in this process (and
    /// so may be presented to a ``RemediationGate``).
    public var isSealed: Bool { seal.context != nil }
}

/// The engine's private context of a decision, which lets the gate re-check
/// time windows and recompute guardrail claims without trusting public fields.
/// Ignored by equality: two decisions with the same content are equal, sealed
/// or not. A decoded decision has no context.
struct DecisionSeal: Sendable, Hashable {
    let context: DecisionContext?

    static func == (a: DecisionSeal, b: DecisionSeal) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
}

/// What the gate needs from the engine to mint authorisations (a class: the
/// decision, its copies and the safety step share one, not a copy of every field).
final class DecisionContext: Sendable {
    let request: DecisionRequest
    let policySet: PolicySet
    /// The policy with its prepared texts and guardrail keys.
    let compiled: CompiledPolicy
    let hint: (name: String, guardrails: HintGuardrails)?
    let settings: GlobalSettings

    /// The policy that governed the decision.
    var policy: RemediationPolicy { compiled.policy }

    init(
        request: DecisionRequest, policySet: PolicySet, compiled: CompiledPolicy,
        hint: (name: String, guardrails: HintGuardrails)?, settings: GlobalSettings
    ) {
        self.request = request
        self.policySet = policySet
        self.compiled = compiled
        self.hint = hint
        self.settings = settings
    }
}
