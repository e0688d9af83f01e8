import ShellAST

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The deterministic half of remediation: given a case, a proposed plan and the
/// evidence behind it, decides whether anything may run, what needs a human,
/// and why.
///
/// It follows the seed system's eight steps in order, each adding lines to the
/// reasoning: (1) enabled globally and for the ticket, (2) an enabled policy for
/// the category and hint, (3) every action classified — shell commands by the
/// verdict engine, structured actions by the catalog — against allowed action
/// types, systems, forbidden commands and the hint's allowlist, (4) thresholds,
/// (5) safety checks, (6) pattern eligibility, (7) the approval requirement,
/// (8) the outcome. Steps 1–2 stop at the first denial; steps 3–5 collect every
/// denial; steps 6–7 run only when nothing was denied.
///
/// ```swift
/// let engine = DecisionEngine(policies: .seedCategoryTable, settings: settings,
///                             guardrails: InMemoryGuardrailStore(), safety: probe, clock: clock)
/// let decision = await engine.decide(request)
/// decision.outcome      // .execute, .awaitApproval or .deny
/// decision.reasoning    // ["AUTO_REMEDIATION_ENABLED: …", "policy.min_reliability: reliability 92 ≥ 85", …]
/// ```
///
/// The engine reads the guardrail store but never changes it: a
/// ``RemediationGate`` reserves the limits when it authorises actions.
public struct DecisionEngine: Sendable {
    /// The policies enforced.
    public let policies: PolicySet
    /// The global switches.
    public let settings: GlobalSettings
    /// SHA-256 over the policy set, settings, action catalog and verdict policy.
    public let configurationHash: String
    let classifier: ActionClassifier
    let guardrails: any GuardrailStore
    let safety: any SafetyProbe
    let clock: any WallClock
    /// The compiled policy of each category.
    let compiled: [String: CompiledPolicy]

    /// An engine.
    ///
    /// - Parameters:
    ///   - policies: the validated policy set.
    ///   - settings: global switches (default: the safe ones — disabled).
    ///   - guardrails: where limits are counted; share it with the ``RemediationGate``.
    ///   - safety: backup and health probe (default: refuses).
    ///   - clock: the source of "now" (times of day and days are taken in UTC).
    ///   - verdicts: the shell verdict engine (default policy by default).
    ///   - catalog: the structured action catalog.
    public init(
        policies: PolicySet, settings: GlobalSettings = .safeDefaults, guardrails: any GuardrailStore,
        safety: any SafetyProbe = RefusingSafetyProbe(), clock: any WallClock = SystemClock(),
        verdicts: VerdictEngine = VerdictEngine(), catalog: ActionCatalog = .standard
    ) {
        self.policies = policies
        self.settings = settings
        self.guardrails = guardrails
        self.safety = safety
        self.clock = clock
        self.classifier = ActionClassifier(verdicts: verdicts, catalog: catalog)
        var compiled: [String: CompiledPolicy] = [:]
        for p in policies.policies { compiled[p.category] = CompiledPolicy(p) }  // categories are unique in a set
        self.compiled = compiled
        self.configurationHash = CanonicalJSON.object([
            ("policy_set", policies.canonicalJSON), ("settings", settings.canonicalJSON),
            ("action_catalog", catalog.canonicalJSON), ("verdict_policy", .string(verdicts.policyHash)),
        ]).sha256(prefix: "vigil-remediation-config-v1\n")
    }

    /// Decides on `request` at the clock's current time.
    public func decide(_ request: DecisionRequest) async -> RemediationDecision {
        await decide(request, at: clock.now())
    }

    /// Decides on `request` at `now`. The same request, time, store state and
    /// probe answers always give the same decision.
    public func decide(_ request: DecisionRequest, at now: Date) async -> RemediationDecision {
        var d = DecisionDraft(request: request, now: now)
        guard checkEnabled(&d), let match = findPolicy(&d) else { return d.finish(engine: self, context: nil) }
        let policy = match.policy
        let hint = match.hint
        let context = DecisionContext(
            request: request, policySet: policies, compiled: policy, hint: hint, settings: settings)
        d.policy = policy
        classifyActions(&d, policy, hint)
        checkThresholds(&d, policy)
        await checkSafety(&d, context)
        if !d.denied {
            checkPattern(&d)
            decideApproval(&d, policy)
        }
        return d.finish(engine: self, context: context)
    }
}

/// A policy with its matching data prepared once (a class: a decision holds a
/// reference, not a copy of every table).
final class CompiledPolicy: Sendable {
    let policy: RemediationPolicy
    let sha256: String
    /// Lower-cased words of each forbidden command, as bytes.
    let forbidden: [(text: String, words: [[UInt8]])]
    /// Per hint, the allowlist.
    let allowlists: [String: Allowlist]
    /// The allowed action types as bits (`1 << rawValue`): no hashing per action.
    let allowedTypeBits: UInt8
    /// The allowed action types, sorted and comma-separated, for the reasoning.
    let allowedTypesText: String
    /// The step-4 thresholds as the reasoning prints them (formatting a `Double` is not free).
    let minConfidenceText: String
    let minReliabilityText: String
    let minPositiveFeedbackRateText: String
    /// Step 4's passing lines after the request's figure: ` ≥ <threshold>` (` similar tickets ≥ <n>`).
    let minConfidencePassSuffix: String
    let minReliabilityPassSuffix: String
    let minSimilarTicketsPassSuffix: String
    let minPositiveFeedbackRatePassSuffix: String
    /// `policy '<name>' governs category '`: step 2's line up to the request's category.
    let governsPrefix: String
    /// The guardrail keys and rule names fixed by the policy (see ``GuardrailPlanner``).
    let claimTexts: GuardrailPlanner.PolicyTexts
    /// Step 8's line for `await_approval`: `await_approval: <quorum> of <approvers> must approve`.
    let awaitApprovalLine: String
    /// Step 7's lines after `reliability <r>`: ` ≥ auto-approve threshold <t>: auto-approved` and
    /// ` below auto-approve threshold <t>; the policy requires approval`.
    let autoApprovedSuffix: String
    let approvalRequiredSuffix: String

    /// A hint's allowlist: each entry's words as bytes, and the first words.
    struct Allowlist: Sendable {
        let entries: [[[UInt8]]]
        /// The entries' distinct first words, as bytes.
        let firstWords: [[UInt8]]
        /// `hints.<name>.allowed_actions`, the rule a step outside it is denied by.
        let rule: String

        /// Whether `name` is some entry's first word (compared as bytes: for an
        /// allowlist's few words, cheaper than hashing the name).
        func hasFirstWord(_ name: String) -> Bool {
            let n = name.utf8.count
            return firstWords.contains { $0.count == n && $0.elementsEqual(name.utf8) }
        }
    }

    init(_ p: RemediationPolicy) {
        policy = p
        sha256 = p.sha256
        forbidden = p.forbiddenCommands.map { f in (f, CommandWords.split(f, lowercased: true).map { Array($0.utf8) }) }
        var lists: [String: Allowlist] = [:]
        for (name, h) in p.hints {
            guard let a = h.allowedActions else { continue }
            let words = a.map { CommandWords.split($0) }
            lists[name] = Allowlist(
                entries: words.map { $0.map { Array($0.utf8) } }, firstWords: Array(Set(words.compactMap { $0.first.map { Array($0.utf8) } })),
                rule: "hints.\(name).allowed_actions")
        }
        allowlists = lists
        allowedTypeBits = p.allowedActionTypes.reduce(0) { $0 | UInt8(1) << $1.rawValue }
        allowedTypesText = p.allowedActionTypes.sorted().map(\.name).joined(separator: ", ")
        minConfidenceText = PolicyText.number(p.minConfidence)
        minReliabilityText = PolicyText.number(p.minReliability)
        minPositiveFeedbackRateText = PolicyText.number(p.minPositiveFeedbackRate)
        minConfidencePassSuffix = " ≥ " + minConfidenceText
        minReliabilityPassSuffix = " ≥ " + minReliabilityText
        minSimilarTicketsPassSuffix = " similar tickets ≥ \(p.minSimilarTickets)"
        minPositiveFeedbackRatePassSuffix = " ≥ " + minPositiveFeedbackRateText
        governsPrefix = "policy '\(p.name)' governs category '"
        claimTexts = GuardrailPlanner.PolicyTexts(p)
        awaitApprovalLine = DecisionDraft.awaitApprovalLine(quorum: p.approvalQuorum, approvers: p.approvers)
        autoApprovedSuffix = " ≥ auto-approve threshold \(p.autoApproveThreshold): auto-approved"
        approvalRequiredSuffix = " below auto-approve threshold \(p.autoApproveThreshold); the policy requires approval"
    }

    /// Whether the policy allows actions of type `t`.
    func allows(_ t: RiskClass) -> Bool { allowedTypeBits & (UInt8(1) << t.rawValue) != 0 }
}
