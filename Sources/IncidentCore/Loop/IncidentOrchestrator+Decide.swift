#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PatternLearning
import Reliability

extension IncidentOrchestrator {
    /// What the loop knows about a case's pattern when it decides.
    struct Assessment {
        var signature: PatternSignature?
        var reliability: Double
        var similarTickets: Int
        var positiveFeedbackRate: Double?
        var eligibility: Eligibility?
        var notes: [String]
    }

    /// Decides on the case's plan: scores reliability from the category's
    /// history and the pattern, asks the decision engine, and records the
    /// decision in the case and the audit log. The first decision of a case
    /// also counts an occurrence of its pattern (once, even when a storage
    /// failure after it makes the loop decide again).
    func decide(_ record: inout CaseRecord) async throws(LoopError) -> RemediationDecision {
        guard let plan = record.plan else { throw LoopError(.invalidState, case: record.id, "no plan to decide on") }
        let now = services.clock.now()
        let a = try await assess(record, plan: plan, now: now)
        let alert = record.alerts.first
        let request = DecisionRequest(
            id: "\(record.id)/\(record.decisions.count + 1)", caseID: record.id,
            category: record.category ?? "uncategorized", hint: record.hint,
            target: configuration.targetLabels.lazy.compactMap { alert?.labels[$0] }.first,
            fingerprint: alert?.fingerprint.description, autoRemediationEnabled: configuration.autoRemediationEnabled,
            plan: plan, reliability: a.reliability, similarTickets: a.similarTickets,
            positiveFeedbackRate: a.positiveFeedbackRate, eligibility: a.eligibility)
        let decision = await services.decisions.decide(request, at: now)
        if !countedOccurrences.contains(record.id), let signature = a.signature {
            do {
                _ = try await services.patterns.record(
                    .occurrence(aiConfidence: plan.confidence, reliability: a.reliability), for: signature,
                    at: now.timeIntervalSince1970)
            } catch {
                throw LoopError(.storage, case: record.id, "pattern store: \(error)")
            }
            countedOccurrences.insert(record.id)
        }
        let outcome: CaseDecision.Outcome =
            switch decision.outcome {
            case .execute: .execute
            case .awaitApproval: .awaitApproval
            case .deny: .deny
            }
        record.decisions.append(
            CaseDecision(
                decidedAt: decision.decidedAt, outcome: outcome, reasoning: decision.reasoning,
                denialReasons: decision.reasons.filter { $0.result == .denied }.map(\.rule), policyHash: decision.policyHash,
                detail: try? JSONValue.encoding(decision)))
        record.notes += a.notes.map { CaseNote(author: "loop", text: $0, at: now) }
        try await audit(
            "case.decision", record.id,
            [
                "decision": .string(decision.id), "outcome": .string(decision.outcome.rawValue),
                "policy_hash": decision.policyHash.map { .string($0) } ?? .null,
                "configuration_hash": .string(decision.configurationHash),
                "reliability": .number(a.reliability),
                "reasons": .array(decision.reasons.filter { $0.result != .passed && $0.result != .info }.map { .string($0.description) }),
            ])
        try await commit(&record)
        return decision
    }

    /// Reliability and pattern figures for the case. Missing data lowers the
    /// score (the scorer's rule); a scorer error gives reliability 0 (fail closed).
    private func assess(_ record: CaseRecord, plan: RemediationPlan, now: Date) async throws(LoopError) -> Assessment {
        let category = record.category ?? "uncategorized"
        var a = Assessment(reliability: 0, similarTickets: 0, notes: [])
        let terms = signatureTerms(record)
        var match: PatternMatchFactor?
        do {
            if let terms, let signature = try? PatternSignature(category: category, terms: terms) {
                a.signature = signature
                match = try await services.patterns.patternMatch(
                    for: terms, category: category, configuration: configuration.patternMatch)
                if let known = try await services.patterns.pattern(signature.hash) {
                    a.eligibility = known.eligibility
                    let s = known.statistics
                    if s.feedbackCount > 0 { a.positiveFeedbackRate = Double(s.positiveFeedback) / Double(s.feedbackCount) }
                }
            }
        } catch {
            throw LoopError(.storage, case: record.id, "pattern store: \(error)")
        }
        a.similarTickets = match?.resolvedTickets ?? 0
        let past: (feedback: [FeedbackRecord], outcomes: [OutcomeRecord])
        do {
            past = try await services.history.history(for: category)
        } catch {
            throw LoopError(.storage, case: record.id, "reliability history: \(error)")
        }
        do throws(ReliabilityError) {
            let input = try ReliabilityInput(
                category: category, aiConfidence: plan.confidence, feedback: past.feedback, outcomes: past.outcomes,
                patternMatch: match?.value)
            let score = try configuration.scorer.score(input, now: now.timeIntervalSince1970)
            a.reliability = score.overall
            a.notes.append(
                "reliability \((score.overall * 10).rounded() / 10) (\(score.level.rawValue)) from \(past.feedback.count) feedback, \(past.outcomes.count) outcomes, \(a.similarTickets) similar resolved tickets"
            )
        } catch {
            a.notes.append("reliability not scored (counts as 0): \(error)")
        }
        return a
    }

    /// The key terms of a case's first alert (see ``AlertPattern``).
    func signatureTerms(_ record: CaseRecord) -> [String]? {
        record.alerts.first.flatMap { AlertPattern.terms(of: $0, normalizer: configuration.normalizer) }
    }
}
