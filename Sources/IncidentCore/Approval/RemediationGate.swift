import ShellAST

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The only place authorised actions come from.
///
/// For an `execute` decision, ``authorize(_:)-(RemediationDecision)`` re-checks
/// the time and freeze windows at the current time, reserves every guardrail
/// claim atomically, and mints ``AuthorizedAction``s. For an `await_approval`
/// decision, ``requestApproval(for:)`` opens an ``ApprovalRequest``; once it is
/// approved, ``authorize(_:)-(ApprovalRequest)`` does the same for the approved
/// steps, attaching the approval. A `block` verdict is never minted; a `review`
/// verdict only with an approval. Decisions must be sealed (made by a
/// ``DecisionEngine`` in this process) and fresh.
public struct RemediationGate: Sendable {
    let guardrails: any GuardrailStore
    let clock: any WallClock
    /// How long a reservation is held before it lapses unless committed, in seconds.
    public let reservationTTLSeconds: Int
    /// How old an `execute` decision may be when authorised, in seconds.
    public let maxDecisionAgeSeconds: Int

    /// A gate over `guardrails` (the decision engine's store) and `clock`.
    public init(
        guardrails: any GuardrailStore, clock: any WallClock, reservationTTLSeconds: Int = 3_600, maxDecisionAgeSeconds: Int = 300
    ) {
        self.guardrails = guardrails
        self.clock = clock
        self.reservationTTLSeconds = max(1, reservationTTLSeconds)
        self.maxDecisionAgeSeconds = max(0, maxDecisionAgeSeconds)
    }

    /// Authorises every step of an `execute` decision. Each decision (by id)
    /// is authorised at most once unless its authorisation is abandoned.
    ///
    /// - Throws: ``GateError``: `notSealed`, `denied`, `approvalRequired`, `stale`,
    ///   `windowClosed`, `blocked`, `limitExceeded`, `alreadyAuthorized`, `guardrails`.
    public func authorize(_ decision: RemediationDecision) async throws(GateError) -> Authorization {
        let context = try sealed(decision)
        switch decision.outcome {
        case .deny: throw GateError(.denied, "decision \(decision.id) denies the plan")
        case .awaitApproval: throw GateError(.approvalRequired, "decision \(decision.id) needs an approval; open a request")
        case .execute: break
        }
        let now = clock.now()
        guard now.timeIntervalSince(decision.decidedAt) <= Double(maxDecisionAgeSeconds) else {
            throw GateError(.stale, "decision \(decision.id) is older than \(maxDecisionAgeSeconds) s; decide again")
        }
        return try await mint(decision, context, steps: decision.steps, approval: nil, overall: nil, now: now)
    }

    /// Opens an approval request for an `await_approval` decision, expiring after
    /// the policy's `approval_ttl_seconds`.
    ///
    /// - Throws: ``GateError``: `notSealed`, `denied`, `noApprovalNeeded`.
    public func requestApproval(for decision: RemediationDecision) throws(GateError) -> ApprovalRequest {
        let context = try sealed(decision)
        switch decision.outcome {
        case .deny: throw GateError(.denied, "decision \(decision.id) denies the plan; nothing to approve")
        case .execute: throw GateError(.noApprovalNeeded, "decision \(decision.id) runs without approval")
        case .awaitApproval: break
        }
        return ApprovalRequest(decision: decision, createdAt: clock.now(), ttlSeconds: context.policy.approvalTTLSeconds)
    }

    /// Authorises the approved steps of an approved request.
    ///
    /// - Throws: ``GateError``: `notSealed`, `notApproved` (pending, denied or
    ///   expired — also when approved but now past its expiry), `windowClosed`,
    ///   `blocked`, `limitExceeded`, `alreadyAuthorized`, `guardrails`.
    public func authorize(_ request: ApprovalRequest) async throws(GateError) -> Authorization {
        let decision = request.decision
        let context = try sealed(decision)
        guard decision.outcome == .awaitApproval else {
            throw GateError(.notApproved, "decision \(decision.id) is not awaiting approval")
        }
        guard case .approved(let chosen) = request.status else {
            throw GateError(.notApproved, "approval request \(request.id) is \(request.status.word)")
        }
        let now = clock.now()
        guard now < request.expiresAt else {
            throw GateError(.notApproved, "approval request \(request.id) expired at \(UTCTime(request.expiresAt).iso8601)")
        }
        let steps = decision.steps.filter { chosen.contains($0.index) }
        let lastVote = request.votes.filter(\.approved).map(\.at).max() ?? request.createdAt
        let approving = request.votes.filter(\.approved).map(\.approver)
        return try await mint(
            decision, context, steps: steps,
            approval: { ApprovalRecord(requestID: request.id, approvers: request.approvers(ofStep: $0), approvedAt: lastVote) },
            overall: ApprovalRecord(requestID: request.id, approvers: approving, approvedAt: lastVote), now: now)
    }

    /// Commits the run's reservation with its outcome (a success starts suppression windows).
    public func complete(_ authorization: Authorization, outcome: GuardrailOutcome) async throws(GateError) {
        do {
            try await guardrails.commit(authorization.reservation.id, outcome: outcome, at: clock.now())
        } catch {
            throw GateError(.guardrails, error.description)
        }
    }

    /// Releases the run's reservation: nothing ran.
    public func abandon(_ authorization: Authorization) async throws(GateError) {
        do {
            try await guardrails.release(authorization.reservation.id, at: clock.now())
        } catch {
            throw GateError(.guardrails, error.description)
        }
    }

    private func sealed(_ decision: RemediationDecision) throws(GateError) -> DecisionContext {
        guard let context = decision.seal.context else {
            throw GateError(.notSealed, "decision \(decision.id) was not made by a decision engine in this process; decide again")
        }
        return context
    }

    private func mint(
        _ decision: RemediationDecision, _ context: DecisionContext, steps: [StepAssessment],
        approval: ((Int) -> ApprovalRecord)?, overall: ApprovalRecord?, now: Date
    ) async throws(GateError) -> Authorization {
        let window = context.policy.timeWindow(at: now)
        guard window.passed else { throw GateError(.windowClosed, window.detail) }
        let freezes = [
            context.policySet.freezeWindows, context.policy.freezeWindows, context.hint?.guardrails.freezeWindows ?? [],
        ]
        if let f = FreezeWindow.active(in: freezes, at: now) {
            throw GateError(.windowClosed, "frozen until \(UTCTime(f.end).iso8601): \(f.reason)")
        }
        var actions: [AuthorizedAction] = []
        for s in steps {
            for j in [s.step, s.rollback].compactMap({ $0 }) {
                guard j.verdict == .allow || (j.verdict == .review && approval != nil) else {
                    throw GateError(.blocked, "step \(s.index + 1) \(j.action.previewText) has verdict \(j.verdict.name)")
                }
                guard j.actionType != .criticalWrite || approval != nil else {
                    throw GateError(.blocked, "step \(s.index + 1) \(j.action.previewText) is critical_write without approval")
                }
            }
            let record = approval?(s.index)
            let back = s.rollback.map {
                AuthorizedAction(
                    caseID: decision.caseID, index: s.index, judgement: $0, approval: record, decisionID: decision.id,
                    isRollback: true)
            }
            actions.append(
                AuthorizedAction(
                    caseID: decision.caseID, index: s.index, judgement: s.step, approval: record, decisionID: decision.id,
                    rollback: back))
        }
        guard !actions.isEmpty else { throw GateError(.notApproved, "no step to authorise") }
        // One decision, one run: a single-use claim on the decision's id, kept
        // longer than any decision or approval stays valid (8 days).
        let once = GuardrailClaim(
            key: GuardrailClaim.key("authorized", decision.id), limit: 1, windowSeconds: 691_200, cost: 1, rule: "gate.single_use"
        )
        let claims = GuardrailPlanner.claims(context, steps: steps).map(\.0) + [once]
        let reservation: GuardrailReservation
        do {
            reservation = try await guardrails.reserve(
                claims, at: now, expiresAt: now.addingTimeInterval(Double(reservationTTLSeconds)))
        } catch  where error.code == .limitExceeded {
            if error.violations.contains(where: { $0.claim == once }) {
                throw GateError(
                    .alreadyAuthorized, "decision \(decision.id) was already authorised; decide again for another run")
            }
            throw GateError(.limitExceeded, error.message, violations: error.violations)
        } catch {
            throw GateError(.guardrails, error.description)
        }
        return Authorization(
            decisionID: decision.id, caseID: decision.caseID, actions: actions, reservation: reservation,
            approval: overall, authorizedAt: now)
    }
}
