import Testing
import VigilTestKit

@testable import IncidentCore

/// The ledger answers `used` from running totals and a binary search; this
/// checks it against the straightforward answer (scan the kept events newest
/// first while they are inside the window, adding every cost for `.all` and
/// the successes' for `.successes`, plus pending for `.all`), and `violations`
/// against one built from that reference, after random reserves, commits,
/// releases, expiries and pruning.
@Suite struct GuardrailLedgerUsageTests {
    static func reference(_ l: GuardrailLedger, _ claim: GuardrailClaim) -> Int {
        guard let state = l.keys[claim.key] else { return 0 }
        var total = claim.counting == .all ? state.pending : 0
        let from = claim.windowSeconds.map { l.now - Double($0) } ?? -.infinity
        for e in state.events.reversed() {
            guard e.time > from else { break }
            if claim.counting == .all || e.succeeded { total += e.cost }
        }
        return total
    }

    static func referenceViolations(_ l: GuardrailLedger, _ claims: [GuardrailClaim]) -> [GuardrailViolation] {
        claims.compactMap { c in
            let u = reference(l, c)
            let cost = c.counting == .all ? claims.filter { $0.key == c.key }.map(\.cost).max()! : c.cost
            return u + cost > c.limit ? GuardrailViolation(claim: c, used: u) : nil
        }
    }

    @Test(arguments: PropertySeeds.make(8, base: 0x5EED_0600))
    func usedMatchesAScanOfTheKeptEvents(seed: UInt64) throws {
        var r = SplitMix64(seed: seed)
        var l = GuardrailLedger()
        let keys = ["a", "b", "c", "d|e"]
        let windows: [Int?] = [nil, 1, 5, 30, 60, 300]
        func claim() -> GuardrailClaim {
            GuardrailClaim(
                key: r.pick(keys), limit: r.int(0...40), windowSeconds: r.pick(windows), cost: r.int(0...4),
                counting: r.chance(0.3) ? .successes : .all, rule: "t")
        }
        var open: [String] = []
        var t = 0.0
        for step in 0..<3_000 {
            // Time moves by whole and fractional seconds, sometimes not at all, sometimes backwards (ignored).
            t += r.chance(0.2) ? 0 : r.pick([0.25, 0.5, 1, 2, 7, 45, -3])
            _ = l.advance(to: t)
            switch r.int(0..<10) {
            case 0..<4:
                let claims = (0..<r.int(1...4)).map { _ in claim() }
                if let res = try? l.reserve(claims, expiresAt: l.now + r.pick([0, 1, 10, 100, 1_000])) {
                    open.append(res.id)
                }
            case 4..<7 where !open.isEmpty:
                let id = open.remove(at: r.int(0..<open.count))
                try l.commit(id, outcome: r.chance(0.5) ? .succeeded : .failed)
            case 7 where !open.isEmpty:
                try l.release(open.remove(at: r.int(0..<open.count)))
            default:
                break
            }
            for _ in 0..<4 {
                let c = claim()
                #expect(l.used(c) == Self.reference(l, c), "seed \(seed) step \(step): \(c) at \(l.now)")
            }
            let claims = (0..<r.int(1...4)).map { _ in claim() }
            #expect(l.violations(claims) == Self.referenceViolations(l, claims), "seed \(seed) step \(step): \(claims)")
        }
    }
}
