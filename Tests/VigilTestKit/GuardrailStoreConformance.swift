import IncidentCore
import Synchronization

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The ``GuardrailStore`` contract as a reusable suite. Any backend (in-memory,
/// PostgreSQL, Redis…) runs it from its own tests:
///
/// ```swift
/// @Test func conforms() async {
///     let failures = await GuardrailStoreConformance.run { MyStore(...) }
///     #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
/// }
/// ```
///
/// `makeStore` must return a fresh, empty store each call (for a database: a
/// fresh schema or key prefix). Every check uses explicit times, so a backend
/// that takes `now` from the caller is tested deterministically; a backend with
/// its own clock should be run with a test clock it honours. The race checks
/// use `tasks` concurrent tasks with seeded random interleavings; a failure
/// message names the check and the seed.
public enum GuardrailStoreConformance {
    /// Runs every check; returns the failures (empty when the store conforms).
    public static func run(
        seed: UInt64 = 0x5EED_0005, tasks: Int = 2_000, makeStore: @Sendable () -> any GuardrailStore
    ) async -> [String] {
        var failures: [String] = []
        let checks: [(String, (any GuardrailStore) async -> [String])] = [
            ("atomicity", atomicity), ("violations match reserve", { await violationsMatchReserve($0, seed: seed) }),
            ("sliding window", slidingWindow), ("forever window", foreverWindow), ("pending counts", pendingCounts),
            ("successes only", successesOnly), ("lifecycle errors", lifecycleErrors), ("invalid claims", invalidClaims),
            ("lease expiry", leaseExpiry), ("monotone time", monotoneTime), ("one hold per key", oneHoldPerKey),
            ("race on one key", { await raceOneKey($0, seed: seed, tasks: tasks) }),
            ("race on several keys", { await raceSeveralKeys($0, seed: seed &+ 1, tasks: tasks) }),
        ]
        for (name, check) in checks {
            failures += await check(makeStore()).map { "[\(name), seed \(seed)] \($0)" }
        }
        return failures
    }

    static let t0 = Date(timeIntervalSince1970: 1_700_000_000)
    static func at(_ s: Double) -> Date { t0.addingTimeInterval(s) }
    static let far = at(1e7)

    static func claim(_ key: String, limit: Int, window: Int? = 3_600, cost: Int = 1, counting: GuardrailClaim.Counting = .all)
        -> GuardrailClaim
    {
        GuardrailClaim(key: key, limit: limit, windowSeconds: window, cost: cost, counting: counting, rule: "test.\(key)")
    }

    /// How many more cost-1 reservations fit on `key` at `now` (reserving and releasing each).
    static func capacity(_ s: any GuardrailStore, _ key: String, limit: Int, window: Int? = 3_600, at now: Date) async -> Int {
        var n = 0
        var held: [String] = []
        while n <= limit, let r = try? await s.reserve([claim(key, limit: limit, window: window)], at: now, expiresAt: far) {
            held.append(r.id)
            n += 1
        }
        for id in held { try? await s.release(id, at: now) }
        return n
    }

    static func atomicity(_ s: any GuardrailStore) async -> [String] {
        var f: [String] = []
        do {
            _ = try await s.reserve([claim("a", limit: 1), claim("b", limit: 0)], at: at(0), expiresAt: far)
            f.append("a claim over its limit was reserved")
        } catch {
            if error.code != .limitExceeded { f.append("expected limitExceeded, got \(error)") }
            if error.violations.map(\.claim.key) != ["b"] { f.append("violations should name only b: \(error.violations)") }
        }
        if await capacity(s, "a", limit: 1, at: at(0)) != 1 { f.append("a failed reserve consumed another claim") }
        return f
    }

    static func violationsMatchReserve(_ s: any GuardrailStore, seed: UInt64) async -> [String] {
        var rng = SplitMix64(seed: seed)
        var f: [String] = []
        for i in 0..<300 {
            let claims = (0..<rng.int(1...3)).map { _ in
                claim("k\(rng.int(0..<3))", limit: rng.int(0...4), window: rng.pick([60, 600, nil]), cost: rng.int(0...2))
            }
            let now = at(Double(i) * 7)
            guard let v = try? await s.violations(of: claims, at: now) else {
                f.append("violations threw")
                continue
            }
            do {
                let r = try await s.reserve(claims, at: now, expiresAt: far)
                if !v.isEmpty { f.append("step \(i): violations \(v) but reserve succeeded") }
                if rng.chance(0.5) {
                    try await s.commit(r.id, outcome: .succeeded, at: now)
                } else {
                    try await s.release(r.id, at: now)
                }
            } catch {
                if v.isEmpty { f.append("step \(i): no violations but reserve threw \(error)") }
            }
        }
        return f
    }

    static func slidingWindow(_ s: any GuardrailStore) async -> [String] {
        var f: [String] = []
        for t in [0.0, 10] {
            guard let r = try? await s.reserve([claim("w", limit: 2, window: 100)], at: at(t), expiresAt: far) else {
                return ["could not reserve at \(t)"]
            }
            try? await s.commit(r.id, outcome: .failed, at: at(t))
        }
        if await capacity(s, "w", limit: 2, window: 100, at: at(50)) != 0 {
            f.append("two commits in 100 s should fill a limit of 2")
        }
        if await capacity(s, "w", limit: 2, window: 100, at: at(99.5)) != 0 { f.append("a commit 99.5 s old still counts") }
        if await capacity(s, "w", limit: 2, window: 100, at: at(100)) != 1 {
            f.append("a commit exactly 100 s old must not count")
        }
        if await capacity(s, "w", limit: 2, window: 100, at: at(110)) != 2 { f.append("both commits aged out by 110 s") }
        return f
    }

    static func foreverWindow(_ s: any GuardrailStore) async -> [String] {
        guard let r = try? await s.reserve([claim("attempts", limit: 2, window: nil)], at: at(0), expiresAt: far) else {
            return ["could not reserve"]
        }
        try? await s.commit(r.id, outcome: .failed, at: at(0))
        let left = await capacity(s, "attempts", limit: 2, window: nil, at: at(1e6))
        return left == 1 ? [] : ["a window-less claim must count forever; capacity \(left), expected 1"]
    }

    static func pendingCounts(_ s: any GuardrailStore) async -> [String] {
        var f: [String] = []
        guard let r = try? await s.reserve([claim("p", limit: 1)], at: at(0), expiresAt: far) else {
            return ["could not reserve"]
        }
        if await capacity(s, "p", limit: 1, at: at(1)) != 0 { f.append("a pending reservation must hold its cost") }
        try? await s.release(r.id, at: at(2))
        if await capacity(s, "p", limit: 1, at: at(3)) != 1 { f.append("a release must free the cost") }
        guard let r2 = try? await s.reserve([claim("p", limit: 1)], at: at(4), expiresAt: far) else { return f + ["no reserve"] }
        try? await s.commit(r2.id, outcome: .failed, at: at(5))
        if await capacity(s, "p", limit: 1, at: at(6)) != 0 { f.append("a commit must keep the cost as usage") }
        return f
    }

    static func successesOnly(_ s: any GuardrailStore) async -> [String] {
        var f: [String] = []
        let c = claim("fixed", limit: 1, window: 600, counting: .successes)
        guard let a = try? await s.reserve([c], at: at(0), expiresAt: far) else { return ["could not reserve"] }
        if (try? await s.violations(of: [c], at: at(1)))?.isEmpty != true { f.append("pending must not count for .successes") }
        try? await s.commit(a.id, outcome: .failed, at: at(2))
        if (try? await s.violations(of: [c], at: at(3)))?.isEmpty != true {
            f.append("a failed commit must not count for .successes")
        }
        guard let b = try? await s.reserve([c], at: at(4), expiresAt: far) else { return f + ["could not reserve again"] }
        try? await s.commit(b.id, outcome: .succeeded, at: at(5))
        if (try? await s.violations(of: [c], at: at(6)))?.isEmpty != false { f.append("a successful commit must count") }
        if (try? await s.violations(of: [c], at: at(605)))?.isEmpty != true { f.append("the success must age out after 600 s") }
        return f
    }

    static func lifecycleErrors(_ s: any GuardrailStore) async -> [String] {
        var f: [String] = []
        let finished: Set<GuardrailError.Code> = [.alreadyFinished, .unknownReservation]
        guard let r = try? await s.reserve([claim("l", limit: 5)], at: at(0), expiresAt: far) else {
            return ["could not reserve"]
        }
        do { try await s.commit(r.id, outcome: .succeeded, at: at(1)) } catch { f.append("first commit threw \(error)") }
        do {
            try await s.commit(r.id, outcome: .succeeded, at: at(2))
            f.append("a second commit succeeded")
        } catch { if !finished.contains(error.code) { f.append("second commit: unexpected \(error.code)") } }
        do {
            try await s.release(r.id, at: at(3))
            f.append("release after commit succeeded")
        } catch { if !finished.contains(error.code) { f.append("release after commit: unexpected \(error.code)") } }
        do {
            try await s.release("no-such-reservation", at: at(4))
            f.append("releasing an unknown id succeeded")
        } catch {
            if error.code != .unknownReservation { f.append("unknown id: expected unknownReservation, got \(error.code)") }
        }
        if await capacity(s, "l", limit: 5, at: at(5)) != 4 { f.append("a double commit must not count twice") }
        return f
    }

    static func invalidClaims(_ s: any GuardrailStore) async -> [String] {
        var f: [String] = []
        for bad in [claim("x", limit: -1), claim("x", limit: 1, cost: -1), claim("", limit: 1), claim("x", limit: 1, window: 0)] {
            do {
                _ = try await s.reserve([bad], at: at(0), expiresAt: far)
                f.append("accepted \(bad)")
            } catch { if error.code != .invalidClaim { f.append("\(bad): expected invalidClaim, got \(error.code)") } }
        }
        return f
    }

    static func leaseExpiry(_ s: any GuardrailStore) async -> [String] {
        var f: [String] = []
        guard let r = try? await s.reserve([claim("e", limit: 1)], at: at(0), expiresAt: at(10)) else {
            return ["could not reserve"]
        }
        if await capacity(s, "e", limit: 1, at: at(9)) != 0 { f.append("the lease must hold before it expires") }
        if await capacity(s, "e", limit: 1, at: at(10)) != 1 { f.append("an expired lease must stop counting") }
        do { try await s.commit(r.id, outcome: .failed, at: at(11)) } catch { f.append("a late commit threw \(error)") }
        if await capacity(s, "e", limit: 1, at: at(12)) != 0 { f.append("a late commit must still record the usage") }
        return f
    }

    static func monotoneTime(_ s: any GuardrailStore) async -> [String] {
        guard let r = try? await s.reserve([claim("m", limit: 1, window: 100)], at: at(1_000), expiresAt: far) else {
            return ["could not reserve"]
        }
        try? await s.commit(r.id, outcome: .failed, at: at(1_000))
        // A caller whose clock lags (t = 500) must not see the commit as in the future and uncounted.
        let left = await capacity(s, "m", limit: 1, window: 100, at: at(500))
        return left == 0 ? [] : ["a `now` earlier than one already seen must be treated as the latest seen"]
    }

    static func oneHoldPerKey(_ s: any GuardrailStore) async -> [String] {
        let both = [claim("t", limit: 3, window: 3_600), claim("t", limit: 7, window: 86_400)]
        guard let r = try? await s.reserve(both, at: at(0), expiresAt: far) else { return ["could not reserve"] }
        try? await s.commit(r.id, outcome: .failed, at: at(1))
        let left = await capacity(s, "t", limit: 3, window: 3_600, at: at(2))
        return left == 2 ? [] : ["two claims on one key in one reservation must use it once; capacity \(left), expected 2"]
    }

    /// Thousands of tasks race for a limit of 37 on one key, committing or
    /// releasing at random; the number held never exceeds the limit, and at the
    /// end the capacity left is exactly the limit minus what was committed.
    static func raceOneKey(_ s: any GuardrailStore, seed: UInt64, tasks: Int) async -> [String] {
        await race(s, seed: seed, tasks: tasks, keys: [("race", 37)], claimsPerTask: 1...1)
    }

    static func raceSeveralKeys(_ s: any GuardrailStore, seed: UInt64, tasks: Int) async -> [String] {
        await race(s, seed: seed, tasks: tasks, keys: [("k0", 5), ("k1", 17), ("k2", 50), ("k3", 1)], claimsPerTask: 1...3)
    }

    static func race(
        _ s: any GuardrailStore, seed: UInt64, tasks: Int, keys: [(String, Int)], claimsPerTask: ClosedRange<Int>
    ) async -> [String] {
        // Per key: [held now, committed, ever reserved]. A task counts a hold after reserve succeeds
        // and un-counts it before releasing, so `held` never exceeds the store's own count.
        let tally = Shared([String: [Int]](uniqueKeysWithValues: keys.map { ($0.0, [0, 0, 0]) }))
        let failures = Shared([String]())
        let limits = Dictionary(uniqueKeysWithValues: keys)
        await withTaskGroup(of: Void.self) { group in
            for t in 0..<tasks {
                group.addTask {
                    var rng = SplitMix64(seed: seed &+ UInt64(t) &* 0x9E37_79B9)
                    let chosen = Array(keys.shuffled(using: &rng).prefix(rng.int(claimsPerTask)))
                    let claims = chosen.map { claim($0.0, limit: $0.1, window: 86_400) }
                    for _ in 0..<rng.int(0...3) { await Task.yield() }
                    guard let r = try? await s.reserve(claims, at: at(1), expiresAt: far) else { return }
                    tally.withLock { m in
                        for (k, l) in chosen {
                            m[k]![0] += 1
                            m[k]![2] += 1
                            if m[k]![0] > l { failures.withLock { $0.append("\(k): \(m[k]![0]) held, limit \(l)") } }
                        }
                    }
                    for _ in 0..<rng.int(0...3) { await Task.yield() }
                    if rng.chance(0.5) {
                        do {
                            try await s.commit(r.id, outcome: .succeeded, at: at(2))
                            tally.withLock { m in for (k, _) in chosen { m[k]![1] += 1 } }
                        } catch { failures.withLock { $0.append("commit \(r.id) threw \(error)") } }
                    } else {
                        tally.withLock { m in for (k, _) in chosen { m[k]![0] -= 1 } }
                        do { try await s.release(r.id, at: at(2)) } catch {
                            failures.withLock { $0.append("release \(r.id) threw \(error)") }
                        }
                    }
                }
            }
        }
        var f = failures.withLock { $0 }
        let final = tally.withLock { $0 }
        for (k, l) in limits.sorted(by: { $0.key < $1.key }) {
            let committed = final[k]![1]
            if committed > l { f.append("\(k): \(committed) committed, limit \(l)") }
            let left = await capacity(s, k, limit: l, window: 86_400, at: at(3))
            if left != l - committed {
                f.append("\(k): capacity \(left) after \(committed) commits of \(l): a reservation was lost or leaked")
            }
            if final[k]![2] == 0 { f.append("\(k): no task ever reserved; the race tested nothing") }
        }
        return f
    }
}

/// A value behind a mutex that escaping task closures can share (property
/// tests tally what concurrent tasks did).
public final class Shared<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>
    /// Wraps `value`.
    public init(_ value: Value) { mutex = Mutex(value) }
    /// Runs `body` on the value under the lock.
    public func withLock<R: Sendable>(_ body: (inout Value) -> R) -> R { mutex.withLock { body(&$0) } }
}
