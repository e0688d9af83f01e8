import Testing
import VigilTestKit

@testable import IncidentCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

@Suite struct GuardrailStoreTests {
    @Test func inMemoryStoreConforms() async {
        let failures = await GuardrailStoreConformance.run { InMemoryGuardrailStore() }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test(arguments: PropertySeeds.make(4, base: 0x5EED_0500))
    func conformsUnderOtherSeeds(seed: UInt64) async {
        let failures = await GuardrailStoreConformance.run(seed: seed, tasks: 1_000) { InMemoryGuardrailStore() }
        #expect(failures.isEmpty, "seed \(seed): \(failures.joined(separator: "\n"))")
    }

    /// A deliberately broken store (reserve is check-then-act without a lock
    /// across the two halves) must fail the race checks: the suite can fail.
    @Test func conformanceCatchesARacyStore() async {
        let failures = await GuardrailStoreConformance.run(tasks: 2_000) { RacyStore() }
        #expect(failures.contains { $0.hasPrefix("[race on one key") }, "\(failures)")
        #expect(failures.allSatisfy { $0.hasPrefix("[race") }, "only the race checks should fail: \(failures)")
    }

    @Test func keysEscapeSeparators() {
        #expect(GuardrailClaim.key("a|b", "c") != GuardrailClaim.key("a", "b|c"))
        #expect(GuardrailClaim.key("50%", "x") == "50%25|x")
        #expect(GuardrailClaim.key("plain", "parts") == "plain|parts")
    }

    /// The byte-level key builder escapes exactly as a character-by-character one
    /// (the reference below), for parts with separators, escapes and non-ASCII text,
    /// also when completed from a prepared prefix; and keys of different part lists
    /// never collide.
    @Test(arguments: PropertySeeds.make())
    func keysMatchCharacterEscaping(seed: UInt64) {
        func reference(_ parts: [String]) -> String {
            parts.map { p in
                p.unicodeScalars.map { $0 == "%" ? "%25" : $0 == "|" ? "%7C" : String($0) }.joined()
            }.joined(separator: "|")
        }
        var r = SplitMix64(seed: seed)
        let alphabet: [String] = ["a", "Z", "0", "|", "%", "%7C", "é", "日", "🚀", " ", "-", ""]
        var seen: [String: [String]] = [:]
        for i in 0..<2_000 {
            let parts = (0..<r.int(1...4)).map { _ in (0..<r.int(0...6)).map { _ in r.pick(alphabet) }.joined() }
            let key = GuardrailClaim.key(parts: parts)
            #expect(key == reference(parts), "seed \(seed) case \(i): \(parts)")
            // A key completed from a prepared prefix (the planner's per-policy keys) is the same key.
            if parts.count > 1 {
                let prefix = GuardrailClaim.key(parts: Array(parts.dropLast())) + "|"
                #expect(GuardrailClaim.key(prefix: prefix, parts[parts.count - 1]) == key, "seed \(seed) case \(i): \(parts)")
            }
            if let other = seen.updateValue(parts, forKey: key) {
                #expect(other == parts, "seed \(seed) case \(i): \(other) and \(parts) share key \(key)")
            }
        }
    }

    /// Events older than the longest window are pruned; window-less keys keep all.
    @Test func ledgerPrunesOnlyBeyondRetention() throws {
        var l = GuardrailLedger()
        for i in 0..<10 {
            _ = l.advance(to: Double(i) * 100)
            let r = try l.reserve([GuardrailClaim(key: "k", limit: 100, windowSeconds: 250, cost: 1, rule: "t")], expiresAt: 1e9)
            try l.commit(r.id, outcome: .failed)
            let f = try l.reserve([GuardrailClaim(key: "f", limit: 100, windowSeconds: nil, cost: 1, rule: "t")], expiresAt: 1e9)
            try l.commit(f.id, outcome: .failed)
        }
        #expect(l.keys["k"]!.events.count == 3)  // 700, 800, 900 are within 250 s of 900
        #expect(l.keys["f"]!.events.count == 10)
    }

    @Test func expiredReservationsAreBounded() throws {
        var l = GuardrailLedger()
        let c = [GuardrailClaim(key: "k", limit: 1_000_000, windowSeconds: 60, cost: 1, rule: "t")]
        for i in 0..<(GuardrailLedger.maxExpiredKept + 10) {
            _ = l.advance(to: Double(i))
            _ = try l.reserve(c, expiresAt: Double(i) + 0.5)
        }
        _ = l.advance(to: 1e9)
        #expect(l.pending.isEmpty)
        #expect(l.keys["k"]!.pending == 0)
    }
}

/// Check-then-act across a suspension point: exactly the bug the conformance race must catch.
final class RacyStore: GuardrailStore {
    let inner = InMemoryGuardrailStore()
    func violations(of claims: [GuardrailClaim], at now: Date) async throws(GuardrailError) -> [GuardrailViolation] {
        try await inner.violations(of: claims, at: now)
    }
    func reserve(_ claims: [GuardrailClaim], at now: Date, expiresAt: Date) async throws(GuardrailError) -> GuardrailReservation {
        let v = try await inner.violations(of: claims, at: now)
        guard v.isEmpty else { throw GuardrailError(.limitExceeded, "full", violations: v) }
        await Task.yield()
        // Reserve with limits raised: the check above was the only guard.
        let loose = claims.map {
            GuardrailClaim(
                key: $0.key, limit: Int.max / 2, windowSeconds: $0.windowSeconds, cost: $0.cost, counting: $0.counting,
                rule: $0.rule)
        }
        return try await inner.reserve(loose, at: now, expiresAt: expiresAt)
    }
    func commit(_ id: String, outcome: GuardrailOutcome, at now: Date) async throws(GuardrailError) {
        try await inner.commit(id, outcome: outcome, at: now)
    }
    func release(_ id: String, at now: Date) async throws(GuardrailError) { try await inner.release(id, at: now) }
}
