#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PatternLearning
import Reliability

extension IncidentOrchestrator {
    /// Closes a case that reached a terminal state: intake forgets its
    /// incident (a new alert opens a new case), and how it ended joins the
    /// category's history and its pattern's statistics. The `case.closed`
    /// entry comes first, so a closing retried after a log failure does not
    /// learn the outcome twice.
    func close(_ record: inout CaseRecord) async throws(LoopError) {
        guard record.state.isTerminal else { return }
        if let incident = incidents[record.id] {
            _ = correlator.handle(.close(incident: incident))
        }
        pendingApprovals[record.id] = nil
        let category = record.category ?? "uncategorized"
        let resolved = record.state == .resolved
        let ran = record.actions.contains { !$0.isRollback && $0.result.outcome == .succeeded }
        let now = services.clock.now()
        try await audit(
            "case.closed", record.id,
            ["state": .string(record.state.rawValue), "resolved": .bool(resolved), "auto_remediated": .bool(ran)])
        do {
            try await services.history.record(
                outcome: OutcomeRecord(category: category, resolved: resolved, autoRemediated: ran, timestamp: now.timeIntervalSince1970))
            if let signature = try pattern(of: record), try await services.patterns.pattern(signature.hash) != nil {
                _ = try await services.patterns.record(
                    .outcome(resolved: resolved, autoRemediated: ran), for: signature, at: now.timeIntervalSince1970)
            }
        } catch {
            throw LoopError(.storage, case: record.id, "learning from the outcome: \(error)")
        }
        closed.insert(record.id)
    }

    /// Takes a person's feedback on a closed case: it joins the reliability
    /// history of the case's category and the statistics of its pattern, so
    /// the next similar case is decided with it.
    /// - Throws: ``LoopError``: `unknownCase`, `busy`, `invalidState` (the case
    ///   is still open), `invalidInput` (a rating outside 1…5), `storage`.
    public func submitFeedback(_ feedback: CaseFeedback, on id: String) async throws(LoopError) -> CaseRecord {
        var record = try claim(id)
        defer { busy.remove(id) }
        guard record.state.isTerminal else {
            throw LoopError(.invalidState, case: id, "feedback is taken on closed cases; this one is \(record.state)")
        }
        let now = services.clock.now()
        let entry: FeedbackRecord
        do {
            entry = try FeedbackRecord(
                kind: feedback.kind, rating: feedback.rating, actionsWorked: feedback.actionsWorked, comment: feedback.comment,
                actionsTaken: record.actions.filter { !$0.isRollback }.map { ProcessExecutor.describe($0.action) },
                timeToResolve: record.resolvedAt.flatMap { end in record.detectedAt.map { max(0, end.timeIntervalSince($0)) } },
                timestamp: now.timeIntervalSince1970)
        } catch {
            throw LoopError(.invalidInput, case: id, "feedback: \(error)")
        }
        try await audit(
            "case.feedback", id,
            [
                "author": .string(feedback.author), "kind": .string(feedback.kind.rawValue),
                "rating": feedback.rating.map { .number(Double($0)) } ?? .null,
            ])
        do {
            try await services.history.record(feedback: entry, category: record.category ?? "uncategorized")
            if let signature = try pattern(of: record), try await services.patterns.pattern(signature.hash) != nil {
                _ = try await services.patterns.record(.feedback(feedback.patternFeedback), for: signature, at: now.timeIntervalSince1970)
            }
        } catch {
            throw LoopError(.storage, case: id, "learning from feedback: \(error)")
        }
        let text = "\(feedback.kind.rawValue) feedback" + (feedback.rating.map { ", rated \($0)/5" } ?? "")
            + (feedback.comment.map { ": \($0)" } ?? "")
        record.notes.append(CaseNote(author: feedback.author, text: text, at: now))
        try await commit(&record)
        return record
    }

    /// The case's pattern signature, if its alert has key terms.
    private func pattern(of record: CaseRecord) throws -> PatternSignature? {
        guard let terms = signatureTerms(record) else { return nil }
        return try PatternSignature(category: record.category ?? "uncategorized", terms: terms)
    }
}
