import ShellAST

/// Triage by a language model: builds an evidence-grounded prompt, enforces a
/// timeout, and parses the reply strictly with ``ModelPlanParser``. When the
/// model is unreachable, slow, or replies with anything but a valid plan, it
/// degrades: to the fallback triager (the rules, by default) or, with no
/// fallback, to escalation. The notes say which happened and why.
///
/// Each proposed command is run through the verdict engine for the record
/// only; whether anything may run is the gate's decision.
public struct LLMTriager: Triager {
    /// How the model is asked.
    public struct Configuration: Sendable {
        /// The longest to wait for the model's reply.
        public var timeout: Duration
        /// How the prompt is built (budgets, command limit).
        public var prompt: TriagePrompt

        /// Defaults: 60 s, the default prompt.
        public init(timeout: Duration = .seconds(60), prompt: TriagePrompt = TriagePrompt()) {
            self.timeout = timeout
            self.prompt = prompt
        }
    }

    private let model: any LanguageModel
    private let fallback: (any Triager)?
    private let configuration: Configuration
    private let verdicts: VerdictEngine
    private let clock: any Clock<Duration>

    /// A triager asking `model`, degrading to `fallback` (`nil`: escalate),
    /// timing out on `clock`.
    public init(
        model: any LanguageModel, fallback: (any Triager)? = RuleTriager(), configuration: Configuration = Configuration(),
        verdicts: VerdictEngine = VerdictEngine(), clock: any Clock<Duration> = ContinuousClock()
    ) {
        self.model = model
        self.fallback = fallback
        self.configuration = configuration
        self.verdicts = verdicts
        self.clock = clock
    }

    /// Asks the model; falls back or escalates when that fails.
    public func triage(_ input: TriageInput) async -> TriageOutcome {
        let prompt = configuration.prompt.build(input)
        let model = self.model
        let reply: Result<String, LanguageModelError>? = await Timeout.run(configuration.timeout, clock: clock) { () async -> Result<String, LanguageModelError> in
            do throws(LanguageModelError) {
                return .success(try await model.complete(prompt))
            } catch {
                return .failure(error)
            }
        }
        switch reply {
        case nil:
            let c = configuration.timeout.components
            return await degrade(input, LanguageModelError.timeout(seconds: Double(c.seconds) + Double(c.attoseconds) / 1e18).message)
        case .failure(let error)?:
            return await degrade(input, error.message)
        case .success(let text)?:
            do {
                let plan = try ModelPlanParser.parse(text, maxCommands: configuration.prompt.maxCommands)
                return TriageOutcome(
                    proposal: .plan(plan), verdicts: PlanVerdicts.judge(plan, with: verdicts),
                    notes: ["language model plan (\(plan.steps.count) commands, confidence \(plan.confidence))"])
            } catch {
                return await degrade(input, "language model reply rejected: \(error)")
            }
        }
    }

    private func degrade(_ input: TriageInput, _ reason: String) async -> TriageOutcome {
        guard let fallback else {
            return TriageOutcome(proposal: .escalate(reason: reason), notes: [reason + "; escalating"])
        }
        var outcome = await fallback.triage(input)
        outcome.notes.insert(reason + "; falling back to \(type(of: fallback))", at: 0)
        return outcome
    }
}
