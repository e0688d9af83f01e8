import ShellAST

/// A plan for a hint, with `{{label}}` placeholders filled from the alert's
/// labels: shell-quoted inside shell commands, verbatim elsewhere.
public struct RulePlanTemplate: Sendable, Hashable, Codable {
    /// The root cause (may use placeholders).
    public var rootCause: String
    /// The plan's risk.
    public var riskLevel: PlanRiskLevel
    /// The rule's confidence, 0…1.
    public var confidence: Double
    /// The steps (placeholders allowed in commands, targets and parameters).
    public var steps: [PlanStep]

    /// Creates a template.
    public init(rootCause: String, riskLevel: PlanRiskLevel, confidence: Double, steps: [PlanStep]) {
        self.rootCause = rootCause
        self.riskLevel = riskLevel
        self.confidence = confidence
        self.steps = steps
    }
}

/// The deterministic triager: a table from hint to plan template. The
/// default triager, and the fallback when a language model fails.
///
/// A label value is substituted into a shell command only if it cannot be
/// read as an option (no leading `-`); it is single-quoted unless it is made
/// of `A-Z a-z 0-9 . _ : / = @ % + ,` only. A missing label escalates.
public struct RuleTriager: Triager {
    /// Hint → template.
    public var table: [String: RulePlanTemplate]
    private let verdicts: VerdictEngine

    /// A triager over `table` (default: ``standardTable``), reporting verdicts with `verdicts`.
    public init(table: [String: RulePlanTemplate] = RuleTriager.standardTable, verdicts: VerdictEngine = VerdictEngine()) {
        self.table = table
        self.verdicts = verdicts
    }

    /// The plan for the input's hint, or escalation.
    public func triage(_ input: TriageInput) async -> TriageOutcome {
        propose(input)
    }

    /// ``triage(_:)`` without suspending.
    public func propose(_ input: TriageInput) -> TriageOutcome {
        guard let hint = input.hint else {
            return TriageOutcome(proposal: .escalate(reason: "the alert matches no hint, so no rule applies"))
        }
        guard let template = table[hint] else {
            return TriageOutcome(proposal: .escalate(reason: "no rule for hint \(hint)"))
        }
        let labels = input.alerts.first?.labels ?? [:]
        do throws(TemplateError) {
            let steps = try template.steps.map { step throws(TemplateError) in
                PlanStep(
                    action: try Self.fill(step.action, labels), explanation: try Self.fill(step.explanation, labels, shell: false),
                    rollback: try step.rollback.map { a throws(TemplateError) in try Self.fill(a, labels) })
            }
            let plan = RemediationPlan(
                rootCause: try Self.fill(template.rootCause, labels, shell: false), riskLevel: template.riskLevel,
                confidence: template.confidence, steps: steps, source: .rules)
            return TriageOutcome(
                proposal: .plan(plan), verdicts: PlanVerdicts.judge(plan, with: verdicts),
                notes: ["rule plan for hint \(hint)"])
        } catch {
            return TriageOutcome(proposal: .escalate(reason: "rule for hint \(hint): \(error.message)"))
        }
    }

    struct TemplateError: Error {
        var message: String
    }

    static func fill(_ action: PlannedAction, _ labels: [String: String]) throws(TemplateError) -> PlannedAction {
        switch action {
        case .shell(let command):
            return .shell(command: try fill(command, labels, shell: true))
        case .structured(let name, let target, let parameters):
            var filled: [String: String] = [:]
            for (k, v) in parameters { filled[k] = try fill(v, labels, shell: false) }
            return .structured(name: name, target: try target.map { t throws(TemplateError) in try fill(t, labels, shell: false) }, parameters: filled)
        }
    }

    /// Replaces each `{{name}}` by the label's value.
    static func fill(_ text: String, _ labels: [String: String], shell: Bool) throws(TemplateError) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstRange(of: "{{") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstRange(of: "}}") else {
                throw TemplateError(message: "unterminated placeholder in \"\(text)\"")
            }
            let name = String(rest[open.upperBound..<close.lowerBound].filter { $0 != " " })
            guard let value = labels[name] else {
                throw TemplateError(message: "needs label \(name), which the alert does not have")
            }
            out += shell ? try quote(value, label: name) : value
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// A label value as one shell word.
    static func quote(_ value: String, label: String) throws(TemplateError) -> String {
        guard !value.isEmpty else { throw TemplateError(message: "label \(label) is empty") }
        guard !value.hasPrefix("-") else {
            throw TemplateError(message: "label \(label) value \"\(value)\" would be read as an option")
        }
        let plain = value.utf8.allSatisfy { b in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || Array("._:/=@%+,".utf8).contains(b)
        }
        return plain ? value : "'" + value.replacing("'", with: "'\\''") + "'"
    }

    /// The PoC's three scenarios: disk full (prune, df snapshot, restart the
    /// container), missing container (start it), frontend down (restart it).
    public static let standardTable: [String: RulePlanTemplate] = [
        "disk_full": RulePlanTemplate(
            rootCause: "disk full on {{instance}}: unused container images and build cache", riskLevel: .medium,
            confidence: 0.9,
            steps: [
                PlanStep(action: .shell(command: "docker system prune -af"), explanation: "remove unused images, containers and build cache"),
                PlanStep(action: .shell(command: "df -h /"), explanation: "snapshot free space after pruning"),
                PlanStep(action: .shell(command: "docker restart {{container}}"), explanation: "restart {{container}}, which failed writing to a full disk"),
            ]),
        "container_missing": RulePlanTemplate(
            rootCause: "container {{container}} is not running", riskLevel: .low, confidence: 0.8,
            steps: [PlanStep(action: .shell(command: "docker start {{container}}"), explanation: "start the stopped container {{container}}", rollback: .shell(command: "docker stop {{container}}"))]),
        "frontend_down": RulePlanTemplate(
            rootCause: "frontend {{container}} stopped answering", riskLevel: .low, confidence: 0.85,
            steps: [PlanStep(action: .shell(command: "docker restart {{container}}"), explanation: "restart the frontend container {{container}}")]),
    ]
}

/// Judges a plan's commands with the verdict engine, for the record.
enum PlanVerdicts {
    static func judge(_ plan: RemediationPlan, with engine: VerdictEngine) -> [CaseCommandVerdict] {
        plan.steps.enumerated().compactMap { i, step in
            guard case .shell(let command) = step.action else { return nil }
            return CaseCommandVerdict(step: i, command: command, classification: engine.classify(command))
        }
    }
}
