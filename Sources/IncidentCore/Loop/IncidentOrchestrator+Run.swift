#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension IncidentOrchestrator {
    /// Works on a case until it closes or waits for a human: triage, decision,
    /// authorisation, execution with retries and rollback, verification, and
    /// resolution or escalation (with a runbook draft).
    ///
    /// A case found mid-run (`executing`, `verifying` — the process stopped
    /// while actions ran) is escalated: what ran is not known for sure. A case
    /// whose alert intake resolved meanwhile is resolved before anything runs.
    /// A case that reached its final state while a store or the log failed is
    /// finished: saved, closed and (escalated) given its runbook draft.
    /// - Returns: the case as it now stands.
    /// - Throws: ``LoopError`` (`unknownCase`, `busy`, `storage`).
    public func run(_ id: String) async throws(LoopError) -> CaseRecord {
        var record = try claim(id)
        defer { busy.remove(id) }
        while true {
            if clearedWhileBusy.contains(id), try await resolveCleared(&record) { return record }
            switch record.state {
            case .received:
                try await transition(&record, .beginTriage)
            case .triaging:
                try await triage(&record)
            case .planned:
                try await attempt(&record)
            case .executing, .verifying:
                try await escalate(&record, "the case was found mid-run; what ran is not known for sure")
            case .failed, .partiallyRemediated:
                try await escalate(&record, "the remediation did not complete")
            case .awaitingApproval:
                return record
            case .resolved, .escalated, .rejected:
                if !closed.contains(id) { try await finishClosing(&record) }
                return record
            }
        }
    }

    private func triage(_ record: inout CaseRecord) async throws(LoopError) {
        let outcome = await services.triager.triage(TriageInput(record))
        let now = services.clock.now()
        record.notes += outcome.notes.map { CaseNote(author: "triage", text: $0, at: now) }
        record.verdicts = outcome.verdicts
        switch outcome.proposal {
        case .plan(let plan):
            record.plan = plan
            try await audit(
                "case.plan", record.id,
                [
                    "source": .string(plan.source.rawValue), "confidence": .number(plan.confidence),
                    "steps": .array(plan.steps.map { .string(ProcessExecutor.describe($0.action)) }),
                ])
            try await transition(&record, .planProposed)
        case .escalate(let reason):
            try await escalate(&record, "triage: \(reason)")
        }
    }

    /// Decides on the plan and, when allowed, runs it; retries until the
    /// alert is verified clear, the attempts run out, or a decision says no.
    /// A change an attempt could not roll back stays applied through later
    /// attempts, so however the case then ends it is partially remediated.
    func attempt(_ record: inout CaseRecord, approved: Authorization? = nil) async throws(LoopError) {
        var authorization = approved
        var leftApplied = false
        while true {
            if authorization == nil {
                guard let granted = try await authorize(&record, leftApplied: leftApplied) else { return }
                authorization = granted
            }
            let run = authorization!
            authorization = nil
            let event: CaseEvent =
                switch record.state {
                case .planned: .authorized
                case .awaitingApproval: .approved
                default: .retry
                }
            try await transition(&record, event, "decision \(run.decisionID)")
            let failure = try await execute(&record, run)
            if let failure {
                leftApplied = leftApplied || failure.partial
                try await complete(run, .failed, &record)
                guard record.attempts < configuration.maxAttempts else {
                    try await giveUp(&record, partial: leftApplied, failure.reason)
                    return
                }
                try await addNote(&record, "attempt \(record.attempts) failed: \(failure.reason)")
                await services.sleeper.sleep(seconds: configuration.backoff(beforeAttempt: record.attempts + 1))
                continue
            }
            try await transition(&record, .actionsCompleted)
            let verdict = try await verify(&record)
            if verdict == nil {
                try await complete(run, .succeeded, &record)
                try await transition(&record, .verified, "every alert stayed clear for \(Int(configuration.verificationWindowSeconds)) s")
                try await close(&record)
                return
            }
            try await complete(run, .failed, &record)
            guard record.attempts < configuration.maxAttempts else {
                try await giveUp(&record, partial: leftApplied, verdict!)
                return
            }
            try await addNote(&record, "attempt \(record.attempts) did not fix it: \(verdict!)")
            await services.sleeper.sleep(seconds: configuration.backoff(beforeAttempt: record.attempts + 1))
        }
    }

    /// Decides and asks the gate for an authorisation. Returns `nil` when the
    /// case went elsewhere (approval, escalation); a refused retry ends the
    /// case as partially remediated when `leftApplied`.
    private func authorize(_ record: inout CaseRecord, leftApplied: Bool) async throws(LoopError) -> Authorization? {
        let retrying = record.state == .executing || record.state == .verifying
        let decision = try await decide(&record)
        switch decision.outcome {
        case .deny:
            let why = decision.reasons.filter { $0.result == .denied }.map(\.description).joined(separator: "; ")
            if retrying {
                try await giveUp(&record, partial: leftApplied, "the next attempt was denied: \(why)")
            } else {
                try await transition(&record, .denied, why)
                try await finishEscalation(&record)
            }
            return nil
        case .awaitApproval:
            if retrying {
                try await giveUp(&record, partial: leftApplied, "the next attempt needs a human approval")
                return nil
            }
            let request: ApprovalRequest
            do {
                request = try services.gate.requestApproval(for: decision)
            } catch {
                try await escalate(&record, "approval request: \(error)")
                return nil
            }
            pendingApprovals[record.id] = request
            try await audit(
                "case.approval.requested", record.id,
                [
                    "request": .string(request.id), "approvers": .array(request.approvers.map { .string($0) }),
                    "quorum": .number(Double(request.quorum)), "expires_at": .string(RFC3339.format(request.expiresAt)),
                ])
            try await transition(&record, .approvalRequired, "decision \(decision.id) needs \(request.quorum) approval(s)")
            return nil
        case .execute:
            do {
                return try await services.gate.authorize(decision)
            } catch {
                if retrying {
                    try await giveUp(&record, partial: leftApplied, "the gate refused the next attempt: \(error)")
                } else {
                    try await transition(&record, .denied, "gate: \(error)")
                    try await finishEscalation(&record)
                }
                return nil
            }
        }
    }

    /// Runs the authorised actions in order; on a failure rolls back the
    /// completed steps, newest first. Returns the failure, or `nil`.
    private func execute(_ record: inout CaseRecord, _ run: Authorization) async throws(LoopError)
        -> (reason: String, partial: Bool)?
    {
        var done: [AuthorizedAction] = []
        for action in run.actions {
            let result = try await perform(&record, action)
            if result.isSuccess {
                done.append(action)
                continue
            }
            var partial = false
            for step in done.reversed() {
                guard let back = step.rollback else {
                    partial = true
                    continue
                }
                if !(try await perform(&record, back)).isSuccess { partial = true }
            }
            let detail = result.message ?? String(result.standardError.split(whereSeparator: \.isNewline).last ?? "")
            let reason =
                "step \(action.index + 1) \(ProcessExecutor.describe(action.action)) \(result.outcome.rawValue)"
                + (detail.isEmpty ? "" : ": \(detail.prefix(200))")
            return (reason, partial)
        }
        return nil
    }

    private func perform(_ record: inout CaseRecord, _ action: AuthorizedAction) async throws(LoopError) -> ExecutionResult {
        // The intent goes to the log first: an action that runs is in the log
        // even if its result cannot be written afterwards.
        try await audit(
            "case.action.start", record.id,
            [
                "decision": .string(action.decisionID), "step": .number(Double(action.index)),
                "rollback": .bool(action.isRollback), "action": .string(ProcessExecutor.describe(action.action)),
            ])
        let result = await services.executor.execute(action)
        record.actions.append(
            CaseActionRecord(
                step: action.index, attempt: record.attempts, action: action.action, isRollback: action.isRollback,
                result: result))
        var data: [String: JSONValue] = [
            "decision": .string(action.decisionID), "step": .number(Double(action.index)),
            "rollback": .bool(action.isRollback), "action": .string(ProcessExecutor.describe(action.action)),
            "verdict": .string(action.verdict.name), "outcome": .string(result.outcome.rawValue),
        ]
        if let status = result.exitStatus { data["exit_status"] = .number(Double(status)) }
        if let approval = action.approval { data["approval"] = .string(approval.requestID) }
        try await audit("case.action", record.id, data)
        try await commit(&record)
        return result
    }

    /// Waits for every alert of the case to clear and stay clear. Returns `nil`
    /// when verified, else why not.
    private func verify(_ record: inout CaseRecord) async throws(LoopError) -> String? {
        let deadline = services.clock.now().addingTimeInterval(configuration.verificationTimeoutSeconds)
        while true {
            let fingerprints = Set((records[record.id] ?? record).alerts.map(\.fingerprint))
            var observations: [AlertFingerprint: AlertObservation] = [:]
            for f in fingerprints { observations[f] = await services.alerts.observe(f) }
            let now = services.clock.now()
            switch AlertVerification.evaluate(observations, now: now, window: configuration.verificationWindowSeconds) {
            case .verified:
                return nil
            case .pending(let reason):
                if now >= deadline {
                    return "after \(Int(configuration.verificationTimeoutSeconds)) s: \(reason)"
                }
                await services.sleeper.sleep(seconds: configuration.verificationPollSeconds)
            }
        }
    }

    private func complete(_ run: Authorization, _ outcome: GuardrailOutcome, _ record: inout CaseRecord) async throws(LoopError) {
        do {
            try await services.gate.complete(run, outcome: outcome)
        } catch {
            // The run is recorded either way; a reservation that cannot be
            // committed lapses at its expiry, holding its limits until then.
            try await addNote(&record, "guardrail commit failed: \(error)")
        }
    }

    /// Ends a run that did not fix the alert: failed (or partially remediated
    /// when a step stayed applied), then escalated.
    private func giveUp(_ record: inout CaseRecord, partial: Bool, _ reason: String) async throws(LoopError) {
        if record.state == .executing || record.state == .verifying {
            try await transition(&record, partial ? .partiallyApplied : .executionFailed, reason)
        }
        try await escalate(&record, reason)
    }

    /// Escalates with a runbook draft.
    func escalate(_ record: inout CaseRecord, _ reason: String) async throws(LoopError) {
        try await transition(&record, .escalate, reason)
        try await finishEscalation(&record)
    }

    private func finishEscalation(_ record: inout CaseRecord) async throws(LoopError) {
        record.runbook = RunbookDraft.render(record)
        try await commit(&record)
        try await close(&record)
    }

    /// Completes a case whose final transition is in the log but whose save
    /// or closing failed.
    private func finishClosing(_ record: inout CaseRecord) async throws(LoopError) {
        if record.state == .escalated, record.runbook == nil { record.runbook = RunbookDraft.render(record) }
        try await commit(&record)
        try await close(&record)
    }

    /// Adds the loop's remark to the case, audited.
    func addNote(_ record: inout CaseRecord, _ note: String) async throws(LoopError) {
        try await audit("case.note", record.id, ["text": .string(note)])
        record.notes.append(CaseNote(author: "loop", text: note, at: services.clock.now()))
        try await commit(&record)
    }
}
