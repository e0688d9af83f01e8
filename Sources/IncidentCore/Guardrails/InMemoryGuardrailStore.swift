import Synchronization

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A ``GuardrailStore`` in process memory: one mutex around a pure ledger, so
/// every operation is atomic and limits hold however many tasks race. Limits
/// are per process; to share them across replicas use a store backed by a
/// database (see `Docs/PolicyGuide.md`).
///
/// Memory: per key, the commits inside its longest window (forever for
/// attempt counters); expired reservations are remembered (up to 4 096) so a
/// late commit still counts.
public final class InMemoryGuardrailStore: GuardrailStore {
    private let ledger: Mutex<GuardrailLedger>

    /// An empty store. `idPrefix` starts every reservation id (default `r`).
    public init(idPrefix: String = "r") {
        ledger = Mutex(GuardrailLedger(idPrefix: idPrefix))
    }

    /// The claims that would not fit now.
    public func violations(of claims: [GuardrailClaim], at now: Date) async throws(GuardrailError) -> [GuardrailViolation] {
        try violationsSynchronously(of: claims, at: now)
    }

    /// ``violations(of:at:)`` without suspending.
    public func violationsSynchronously(of claims: [GuardrailClaim], at now: Date) throws(GuardrailError)
        -> [GuardrailViolation]
    {
        try GuardrailLedger.validate(claims)
        return ledger.withLock { l in
            _ = l.advance(to: now.timeIntervalSince1970)
            return l.violations(claims)
        }
    }

    /// Holds every claim or none.
    public func reserve(_ claims: [GuardrailClaim], at now: Date, expiresAt: Date) async throws(GuardrailError)
        -> GuardrailReservation
    {
        try reserveSynchronously(claims, at: now, expiresAt: expiresAt)
    }

    /// ``reserve(_:at:expiresAt:)`` without suspending.
    public func reserveSynchronously(_ claims: [GuardrailClaim], at now: Date, expiresAt: Date) throws(GuardrailError)
        -> GuardrailReservation
    {
        let result: Result<GuardrailReservation, GuardrailError> = ledger.withLock { l in
            _ = l.advance(to: now.timeIntervalSince1970)
            do throws(GuardrailError) {
                return .success(try l.reserve(claims, expiresAt: expiresAt.timeIntervalSince1970))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Records the reservation's usage at `now`.
    public func commit(_ reservationID: String, outcome: GuardrailOutcome, at now: Date) async throws(GuardrailError) {
        try finish { l throws(GuardrailError) in
            _ = l.advance(to: now.timeIntervalSince1970)
            try l.commit(reservationID, outcome: outcome)
        }
    }

    /// Drops the reservation.
    public func release(_ reservationID: String, at now: Date) async throws(GuardrailError) {
        try finish { l throws(GuardrailError) in
            _ = l.advance(to: now.timeIntervalSince1970)
            try l.release(reservationID)
        }
    }

    private func finish(_ body: (inout GuardrailLedger) throws(GuardrailError) -> Void) throws(GuardrailError) {
        let error: GuardrailError? = ledger.withLock { l in
            do throws(GuardrailError) {
                try body(&l)
                return nil
            } catch {
                return error
            }
        }
        if let error { throw error }
    }

    /// How many reservations are pending (not committed, released or expired).
    public var pendingCount: Int { ledger.withLock { $0.pending.count } }

    /// What is used at `key` now for a claim shape (committed in the window,
    /// plus pending for `.all`), for inspection and tests.
    public func used(key: String, windowSeconds: Int?, counting: GuardrailClaim.Counting = .all, at now: Date) -> Int {
        ledger.withLock { l in
            _ = l.advance(to: now.timeIntervalSince1970)
            return l.used(GuardrailClaim(key: key, limit: 0, windowSeconds: windowSeconds, cost: 0, counting: counting, rule: ""))
        }
    }
}
