#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension IncidentOrchestrator {
    /// Applies a human's vote (or the expiry) to the case's approval request.
    /// Once approved, the gate authorises the approved steps and the case runs
    /// as ``run(_:)`` would; a denial rejects the case; an expiry escalates it.
    /// - Throws: ``LoopError``: `unknownCase`, `busy`, `invalidState` (no
    ///   request pending), `invalidInput` (the request refused the vote: not an
    ///   approver, twice, after the expiry...), `storage`.
    public func vote(_ event: ApprovalEvent, on id: String) async throws(LoopError) -> CaseRecord {
        var record = try claim(id)
        defer { busy.remove(id) }
        guard record.state == .awaitingApproval, var request = pendingApprovals[id] else {
            throw LoopError(.invalidState, case: id, "no approval is pending; the case is \(record.state)")
        }
        let now = services.clock.now()
        let status: ApprovalStatus
        do {
            status = try request.handle(event, at: now)
        } catch {
            pendingApprovals[id] = request  // an expiry discovered by a late vote sticks
            if request.status == .expired {
                try await escalate(&record, "the approval request expired")
                return record
            }
            throw LoopError(.invalidInput, case: id, "vote: \(error)")
        }
        pendingApprovals[id] = request
        if let vote = CaseApproval(event, at: now) {
            record.approvals.append(vote)
            try await audit(
                "case.approval.vote", id,
                [
                    "request": .string(request.id), "approver": .string(vote.approver), "vote": .string(vote.vote.rawValue),
                    "steps": vote.steps.map { .array($0.map { .number(Double($0)) }) } ?? .null,
                ])
            try await commit(&record)
        }
        switch status {
        case .pending:
            return record
        case .approved:
            pendingApprovals[id] = nil
            let authorization: Authorization
            do {
                authorization = try await services.gate.authorize(request)
            } catch {
                try await escalate(&record, "approved, but the gate refused: \(error)")
                return record
            }
            try await attempt(&record, approved: authorization)
            return record
        case .denied(let by, let comment):
            pendingApprovals[id] = nil
            try await transition(&record, .approvalRejected, "denied by \(by): \(comment)")
            try await close(&record)
            return record
        case .expired:
            pendingApprovals[id] = nil
            try await escalate(&record, "the approval request expired")
            return record
        }
    }
}

extension CaseApproval {
    /// The case's record of a vote; `nil` for an expiry (no one voted).
    init?(_ event: ApprovalEvent, at: Date) {
        switch event {
        case .approve(let approver, let steps, let comment):
            self.init(approver: approver, vote: .approve, steps: steps.map { $0.sorted() }, comment: comment, at: at)
        case .deny(let approver, let comment):
            self.init(approver: approver, vote: .reject, comment: comment, at: at)
        case .expire:
            return nil
        }
    }
}
