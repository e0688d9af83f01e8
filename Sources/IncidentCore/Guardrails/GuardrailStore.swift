#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Where budgets, cooldowns, attempts, rate windows and suppression windows
/// live. The contract (checked by `GuardrailStoreConformance` in VigilTestKit;
/// what a shared PostgreSQL or Redis backend must provide is in
/// `Docs/PolicyGuide.md`, "GuardrailStore semantics"):
///
/// - ``reserve(_:at:expiresAt:)`` is atomic: either every claim fits and all are
///   held, or none is and it throws `limitExceeded` with the violations.
///   However many reserves race, no limit is ever exceeded.
/// - A reservation is pending until ``commit(_:outcome:at:)`` turns it into
///   usage at the commit time, or ``release(_:at:)`` drops it. Each happens at
///   most once; pending reservations count against `.all` limits, so none is lost.
/// - A pending reservation past its `expiresAt` stops counting (a lease, so a
///   crashed holder cannot hold budgets forever); a late commit still records
///   the usage.
/// - Time never goes backwards inside a store: a `now` earlier than one already
///   seen is treated as the latest seen.
/// - ``violations(of:at:)`` answers what ``reserve(_:at:expiresAt:)`` would, without
///   changing anything.
public protocol GuardrailStore: Sendable {
    /// The claims that would not fit now; empty when all fit. Changes nothing.
    func violations(of claims: [GuardrailClaim], at now: Date) async throws(GuardrailError) -> [GuardrailViolation]
    /// Holds every claim, or none (throwing `limitExceeded`).
    func reserve(_ claims: [GuardrailClaim], at now: Date, expiresAt: Date) async throws(GuardrailError)
        -> GuardrailReservation
    /// Records a reservation's usage at `now` with its outcome.
    func commit(_ reservationID: String, outcome: GuardrailOutcome, at now: Date) async throws(GuardrailError)
    /// Drops a reservation without usage (nothing ran).
    func release(_ reservationID: String, at now: Date) async throws(GuardrailError)
}
