#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The in-memory store's state and every rule of the ``GuardrailStore``
/// contract, as a pure struct (no locks, no clock): the store wraps it in a
/// mutex. Times are seconds since 1970.
struct GuardrailLedger: Sendable {
    struct Event: Sendable, Hashable {
        var time: Double
        var cost: Int
        var succeeded: Bool
        /// The key's running totals (all events, successes only) before this
        /// event, wrapping: a window's usage is a difference of two totals.
        var allBefore = 0
        var successesBefore = 0
    }

    struct KeyState: Sendable {
        /// Committed usage, in commit order (so in time order: store time is monotone).
        var events: [Event] = []
        /// Running totals over every event ever committed at the key (pruned
        /// ones included), wrapping (`&+`): differences stay exact whenever the
        /// window's own sum fits in an `Int`.
        var allTotal = 0
        var successesTotal = 0
        /// Cost held by pending reservations.
        var pending = 0
        /// How long events must be kept: the longest window ever claimed; `nil` = forever.
        var retention: Double? = 0
    }

    struct Held: Sendable {
        var reservation: GuardrailReservation
        /// Per key, the cost this reservation holds (the largest of its claims there).
        var costs: [String: Int]
        var expiresAt: Double
    }

    private(set) var keys: [String: KeyState] = [:]
    private(set) var pending: [String: Held] = [:]
    /// Expired but not yet committed or released; a late commit still records usage.
    private var expired: [String: Held] = [:]
    private var expiredOrder: [String] = []
    private var nextID: UInt64 = 1
    private(set) var now: Double = -.infinity
    private var nextExpiry: Double = .infinity
    let idPrefix: String
    static let maxExpiredKept = 4_096

    init(idPrefix: String = "r") { self.idPrefix = idPrefix }

    /// Moves the store's time to `t` (never backwards) and expires due leases.
    mutating func advance(to t: Double) -> Double {
        if t.isFinite, t > now { now = t }
        if now >= nextExpiry { expireDue() }
        return now
    }

    private mutating func expireDue() {
        var next = Double.infinity
        for (id, h) in pending {
            if h.expiresAt <= now {
                pending[id] = nil
                for (k, c) in h.costs { keys[k]?.pending -= c }
                expired[id] = h
                expiredOrder.append(id)
            } else {
                next = min(next, h.expiresAt)
            }
        }
        nextExpiry = next
        while expiredOrder.count > Self.maxExpiredKept {
            expired[expiredOrder.removeFirst()] = nil
        }
    }

    /// Committed usage in the claim's window (events newer than `now - window`),
    /// plus pending cost for `.all`: a binary search for the window's first
    /// event and a difference of running totals, however many events are kept.
    func used(_ claim: GuardrailClaim) -> Int {
        guard let state = keys[claim.key] else { return 0 }
        let from = claim.windowSeconds.map { now - Double($0) } ?? -.infinity
        let events = state.events
        // The first event newer than `from` (times never decrease).
        var lo = 0
        var hi = events.count
        if hi > 0, !(events[0].time > from) {
            while lo < hi {
                let mid = (lo + hi) / 2
                if events[mid].time > from { hi = mid } else { lo = mid + 1 }
            }
        }
        guard lo < events.count else { return claim.counting == .all ? state.pending : 0 }
        let first = events[lo]
        return claim.counting == .all
            ? state.pending + (state.allTotal &- first.allBefore) : state.successesTotal &- first.successesBefore
    }

    static func validate(_ claims: [GuardrailClaim]) throws(GuardrailError) {
        for c in claims {
            guard !c.key.isEmpty, c.limit >= 0, c.cost >= 0, c.windowSeconds.map({ $0 > 0 }) ?? true else {
                throw GuardrailError(.invalidClaim, "malformed claim \(c)")
            }
        }
    }

    /// The claims that do not fit at the current time. A reservation's claims on
    /// one key hold the largest of their costs once, so the check adds that cost
    /// for every claim on the key.
    func violations(_ claims: [GuardrailClaim]) -> [GuardrailViolation] {
        var out: [GuardrailViolation] = []
        // Indices, not copies of the claims (each copy retained two strings).
        for i in claims.indices {
            let u = used(claims[i])
            var cost = claims[i].cost
            if claims[i].counting == .all {
                // The largest cost on the key (a handful of claims: a scan beats a dictionary).
                for j in claims.indices where j != i && claims[j].key == claims[i].key { cost = max(cost, claims[j].cost) }
            }
            if u + cost > claims[i].limit { out.append(GuardrailViolation(claim: claims[i], used: u)) }
        }
        return out
    }

    static func costs(_ claims: [GuardrailClaim]) -> [String: Int] {
        var costs: [String: Int] = [:]
        for c in claims { costs[c.key] = max(costs[c.key] ?? 0, c.cost) }
        return costs
    }

    mutating func reserve(_ claims: [GuardrailClaim], expiresAt: Double) throws(GuardrailError) -> GuardrailReservation {
        try Self.validate(claims)
        let v = violations(claims)
        guard v.isEmpty else {
            throw GuardrailError(.limitExceeded, v.map(\.description).joined(separator: "; "), violations: v)
        }
        let id = "\(idPrefix)\(nextID)"
        nextID += 1
        let costs = Self.costs(claims)
        for c in claims {
            var state = keys[c.key] ?? KeyState()
            switch (state.retention, c.windowSeconds) {
            case (nil, _): break
            case (_, nil): state.retention = nil
            case (let r?, let w?): state.retention = max(r, Double(w))
            }
            keys[c.key] = state
        }
        for (k, cost) in costs { keys[k]!.pending += cost }
        let expiry = max(expiresAt, now)
        let r = GuardrailReservation(
            id: id, claims: claims, reservedAt: Date(timeIntervalSince1970: now),
            expiresAt: Date(timeIntervalSince1970: expiry))
        pending[id] = Held(reservation: r, costs: costs, expiresAt: expiry)
        nextExpiry = min(nextExpiry, expiry)
        if expiry <= now { expireDue() }
        return r
    }

    mutating func commit(_ id: String, outcome: GuardrailOutcome) throws(GuardrailError) {
        let held: Held
        if let h = pending.removeValue(forKey: id) {
            for (k, c) in h.costs { keys[k]!.pending -= c }
            held = h
        } else if let h = expired.removeValue(forKey: id) {
            expiredOrder.removeAll { $0 == id }
            held = h
        } else {
            throw finishedOrUnknown(id)
        }
        for (k, c) in held.costs {
            var state = keys[k]!
            let succeeded = outcome == .succeeded
            state.events.append(
                Event(
                    time: now, cost: c, succeeded: succeeded, allBefore: state.allTotal,
                    successesBefore: state.successesTotal))
            state.allTotal &+= c
            if succeeded { state.successesTotal &+= c }
            if let r = state.retention {
                let cutoff = now - r
                if let first = state.events.firstIndex(where: { $0.time > cutoff }), first > 0 {
                    state.events.removeFirst(first)
                }
            }
            keys[k] = state
        }
    }

    mutating func release(_ id: String) throws(GuardrailError) {
        if let h = pending.removeValue(forKey: id) {
            for (k, c) in h.costs { keys[k]!.pending -= c }
        } else if expired.removeValue(forKey: id) != nil {
            expiredOrder.removeAll { $0 == id }
        } else {
            throw finishedOrUnknown(id)
        }
    }

    private func finishedOrUnknown(_ id: String) -> GuardrailError {
        if id.hasPrefix(idPrefix), let n = UInt64(id.dropFirst(idPrefix.count)), n >= 1, n < nextID {
            return GuardrailError(.alreadyFinished, "reservation \(id) was already committed or released")
        }
        return GuardrailError(.unknownReservation, "no reservation \(id)")
    }
}
