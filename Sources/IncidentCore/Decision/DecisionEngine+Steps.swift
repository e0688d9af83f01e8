import ShellAST

/// Steps 1–4: enabled, policy, actions, thresholds.
extension DecisionEngine {
    static let maxPlanSteps = 64

    /// Step 1. Stops the decision when auto-remediation is off globally or for the ticket.
    func checkEnabled(_ d: inout DecisionDraft) -> Bool {
        guard settings.enabled else {
            d.deny(1, GlobalSettings.enabledVariable, "auto-remediation is disabled globally")
            return false
        }
        d.pass(1, GlobalSettings.enabledVariable, "auto-remediation is enabled globally")
        guard d.request.autoRemediationEnabled else {
            d.deny(1, "ticket.auto_remediation_enabled", "auto-remediation is not enabled for this ticket (off by default)")
            return false
        }
        d.pass(1, "ticket.auto_remediation_enabled", "auto-remediation is enabled for this ticket")
        return true
    }

    struct PolicyMatch {
        let policy: CompiledPolicy
        let hint: (name: String, guardrails: HintGuardrails)?
    }

    /// Step 2. Stops the decision when no enabled policy covers the category and hint.
    func findPolicy(_ d: inout DecisionDraft) -> PolicyMatch? {
        let category = d.request.category
        guard let c = compiled[category] else {
            d.deny(2, "policy.category", "no policy governs category '\(category)'")
            return nil
        }
        d.policy = c
        guard c.policy.enabled else {
            d.deny(2, "policy.enabled", "policy '\(c.policy.name)' for category '\(category)' is disabled")
            return nil
        }
        // `policy 'name' governs category '<category>'`, then `', hint '<hint>'` when it has hints.
        var governs = c.governsPrefix
        governs.reserveCapacity(governs.utf8.count + category.utf8.count + 48)
        governs += category
        governs += "'"
        guard !c.policy.hints.isEmpty else {
            d.pass(2, "policy.category", governs)
            return PolicyMatch(policy: c, hint: nil)
        }
        guard let hint = d.request.hint, let h = c.policy.hints[hint] else {
            let known = c.policy.hints.keys.sorted().joined(separator: ", ")
            d.deny(
                2, "policy.hints",
                d.request.hint.map { "policy '\(c.policy.name)' has no guardrails for hint '\($0)' (it has: \(known))" }
                    ?? "policy '\(c.policy.name)' governs hints (\(known)) and the request names none")
            return nil
        }
        governs += ", hint '"
        governs += hint
        governs += "'"
        d.pass(2, "policy.hints", governs)
        return PolicyMatch(policy: c, hint: (hint, h))
    }

    /// Step 3. Classifies every step and rollback; checks action types, systems,
    /// forbidden commands and the hint's allowlist.
    func classifyActions(_ d: inout DecisionDraft, _ c: CompiledPolicy, _ hint: (name: String, guardrails: HintGuardrails)?) {
        let plan = d.request.plan
        guard !plan.steps.isEmpty else {
            d.deny(3, "plan.steps", "the plan has no steps")
            return
        }
        guard plan.steps.count <= Self.maxPlanSteps else {
            d.deny(3, "plan.steps", "the plan has \(plan.steps.count) steps; at most \(Self.maxPlanSteps) are judged")
            return
        }
        if let systems = c.policy.allowedSystems {
            if let t = d.request.target {
                if !systems.contains(where: { SystemGlob.matches($0, t) }) {
                    d.deny(3, "policy.allowed_systems", "target '\(t)' matches none of \(systems.joined(separator: ", "))")
                }
            } else {
                d.deny(
                    3, "policy.allowed_systems",
                    "the request names no target; the policy allows only \(systems.joined(separator: ", "))")
            }
        }
        let allowlist = hint.flatMap { c.allowlists[$0.name] }
        var highest = RiskClass.readOnly
        var counts = (allow: 0, review: 0, block: 0)
        func record(_ judged: ActionClassifier.Judged, step: Int, rollback: Bool) {
            highest = max(highest, judged.judgement.actionType)
            switch judged.judgement.verdict {
            case .allow: counts.allow += 1
            case .review: counts.review += 1
            case .block: counts.block += 1
            }
            check(&d, judged, step: step, rollback: rollback, c, allowlist: allowlist)
        }
        d.steps.reserveCapacity(plan.steps.count)
        for (i, step) in plan.steps.enumerated() {
            let main = classifier.judge(step.action)
            let back = step.rollback.map { classifier.judge($0) }
            record(main, step: i, rollback: false)
            if let back { record(back, step: i, rollback: true) }
            d.steps.append(
                StepAssessment(
                    index: i, explanation: step.explanation, step: main.judgement, rollback: back?.judgement,
                    isRestart: main.isRestart))
        }
        d.actionType = highest
        let rollbacks = plan.steps.reduce(0) { $0 + ($1.rollback == nil ? 0 : 1) }
        var summary = String(plan.steps.count)
        summary.reserveCapacity(160)
        summary += " step(s) and "
        summary += String(rollbacks)
        summary += " rollback(s) classified: action type "
        summary += highest.name
        summary += " (policy allows "
        summary += c.allowedTypesText
        summary += "); verdicts "
        summary += String(counts.allow)
        summary += " allow, "
        summary += String(counts.review)
        summary += " review, "
        summary += String(counts.block)
        summary += " block"
        d.info(3, "plan.actions", summary)
    }

    /// The step-3 checks of one action (a step, or its rollback). Messages are
    /// only built for findings, each as one string (no intermediate pieces).
    private func check(
        _ d: inout DecisionDraft, _ judged: ActionClassifier.Judged, step: Int, rollback: Bool, _ c: CompiledPolicy,
        allowlist: CompiledPolicy.Allowlist?
    ) {
        let j = judged.judgement
        /// `step 2 `df -h``, with room for the rest of the line.
        func what() -> String {
            var s = rollback ? "rollback of step " : "step "
            s.reserveCapacity(128 + judged.text.utf8.count)
            s += String(step + 1)
            s += " "
            Self.appendDescription(j.action, to: &s)
            return s
        }
        /// `… is blocked: message [rule, rule]`.
        func verdictLine(_ verb: String) -> String {
            var s = what()
            s += verb
            s += j.message
            s += " ["
            for (i, r) in j.rules.enumerated() {
                if i > 0 { s += ", " }
                s += r
            }
            s += "]"
            return s
        }
        switch j.verdict {
        case .block: d.deny(3, "verdict.block", verdictLine(" is blocked: "))
        case .review: d.needApproval(3, "verdict.review", verdictLine(" needs review: "))
        case .allow: break
        }
        if !c.allows(j.actionType) {
            var s = what()
            s += " is "
            s += j.actionType.name
            s += ", which the policy does not allow"
            d.deny(3, "policy.allowed_action_types", s)
        }
        var tokens: CommandTokens?
        if !c.forbidden.isEmpty {
            let t = judged.tokens
            tokens = t
            // A one-word entry also matches a program the engine resolved, in any case.
            func runs(_ word: [UInt8]) -> Bool {
                judged.programs.contains { $0.map { CommandWords.lowercased($0, equals: word) } ?? false }
            }
            for f in c.forbidden where t.contains(sequence: f.words) || (f.words.count == 1 && runs(f.words[0])) {
                var s = what()
                s += " contains forbidden '"
                s += f.text
                s += "'"
                d.deny(3, "policy.forbidden_commands", s)
            }
        }
        if let systems = c.policy.allowedSystems, case .structured(_, let target?, _) = j.action,
            !systems.contains(where: { SystemGlob.matches($0, target) })
        {
            d.deny(
                3, "policy.allowed_systems",
                "\(what()) targets '\(target)', which matches none of \(systems.joined(separator: ", "))")
        }
        if let allowlist, !Self.allowlisted(judged, tokens ?? judged.tokens, allowlist) {
            var s = what()
            s += " is not in the hint's allowlist"
            d.deny(3, allowlist.rule, s)
        }
    }

    /// A structured action matches an entry equal to its name; a shell command
    /// must begin with some entry's words, and every program it runs must be the
    /// first word of some entry.
    static func allowlisted(_ judged: ActionClassifier.Judged, _ tokens: CommandTokens, _ allowlist: CompiledPolicy.Allowlist)
        -> Bool
    {
        if judged.isStructured { return tokens.startsWithAny(of: allowlist.entries, oneWordOnly: true) }
        guard tokens.startsWithAny(of: allowlist.entries) else { return false }
        return judged.programs.allSatisfy { name in name.map(allowlist.hasFirstWord) ?? false }
    }

    func describe(_ a: PlannedAction) -> String {
        var s = ""
        Self.appendDescription(a, to: &s)
        return s
    }

    /// Appends `` `command` `` (cut to 80 characters) or `name(target)`.
    static func appendDescription(_ a: PlannedAction, to s: inout String) {
        switch a {
        case .shell(let command):
            s += "`"
            // A command of at most 80 bytes has at most 80 characters: no grapheme count needed.
            if command.utf8.count > 80 && command.count > 80 {
                s.append(contentsOf: command.prefix(77))
                s += "..."
            } else {
                s += command
            }
            s += "`"
        case .structured(let name, let target, _):
            s += name
            if let target {
                s += "("
                s += target
                s += ")"
            }
        }
    }

    /// Step 4. Confidence, reliability, similar tickets and positive feedback.
    func checkThresholds(_ d: inout DecisionDraft, _ c: CompiledPolicy) {
        // Read the scalars once: `let r = d.request` would copy (retain) every field.
        let confidence = d.request.plan.confidence
        let reliabilityValue = d.request.reliability
        let similarTickets = d.request.similarTickets
        if confidence.isFinite, confidence >= c.policy.minConfidence, confidence <= 1 {
            d.pass(
                4, "policy.min_confidence",
                LineBuilder.join("confidence ", PolicyText.number(confidence), c.minConfidencePassSuffix))
        } else {
            d.deny(
                4, "policy.min_confidence",
                "confidence \(PolicyText.number(confidence)) is below \(c.minConfidenceText) or not in 0…1")
        }
        let reliability = PolicyText.number(reliabilityValue)
        d.reliabilityText = reliability
        if reliabilityValue.isFinite, reliabilityValue >= c.policy.minReliability, reliabilityValue <= 100 {
            d.pass(4, "policy.min_reliability", LineBuilder.join("reliability ", reliability, c.minReliabilityPassSuffix))
        } else {
            d.deny(
                4, "policy.min_reliability",
                "reliability \(reliability) is below \(c.minReliabilityText) "
                    + "or not in 0…100")
        }
        if similarTickets >= c.policy.minSimilarTickets {
            d.pass(
                4, "policy.min_similar_tickets", LineBuilder.join("", String(similarTickets), c.minSimilarTicketsPassSuffix))
        } else {
            d.deny(
                4, "policy.min_similar_tickets", "\(similarTickets) similar tickets, fewer than \(c.policy.minSimilarTickets)")
        }
        switch d.request.positiveFeedbackRate {
        case let rate? where rate.isFinite && rate >= c.policy.minPositiveFeedbackRate && rate <= 1:
            d.pass(
                4, "policy.min_positive_feedback_rate",
                LineBuilder.join("positive feedback ", PolicyText.number(rate), c.minPositiveFeedbackRatePassSuffix))
        case nil where c.policy.minPositiveFeedbackRate == 0:
            d.pass(4, "policy.min_positive_feedback_rate", "no feedback yet; the policy needs none")
        case let rate:
            let actual = rate.map(PolicyText.number) ?? "unknown (no feedback)"
            d.deny(
                4, "policy.min_positive_feedback_rate",
                "positive feedback \(actual) is below \(c.minPositiveFeedbackRateText)")
        }
    }
}
