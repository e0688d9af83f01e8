#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One limit a run must fit under, and how much of it the run uses.
///
/// A claim on `key` passes when `used + cost ≤ limit`, where `used` is the cost
/// committed at `key` within the last `windowSeconds` (ever, when `nil`) —
/// only successful commits when ``counting`` is `.successes` — plus, for
/// `.all`, the cost of pending reservations at `key`.
public struct GuardrailClaim: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Which commits a claim counts.
    public enum Counting: String, Sendable, Hashable, Codable {
        /// Every commit, and pending reservations (budgets, rate limits, cooldowns, attempts).
        case all
        /// Successful commits only (suppression after a fix).
        case successes
    }

    /// The counter, e.g. `runs|target|web-1`. Claims on one key share its history.
    public let key: String
    /// The most that may be used in any window; ≥ 0.
    public let limit: Int
    /// The sliding window in seconds; `nil` counts forever.
    public let windowSeconds: Int?
    /// How much this run uses; ≥ 0.
    public let cost: Int
    /// Which commits count.
    public let counting: Counting
    /// What imposes the limit, for messages (`policy.max_actions_per_hour`).
    public let rule: String

    /// Creates a claim.
    public init(key: String, limit: Int, windowSeconds: Int?, cost: Int, counting: Counting = .all, rule: String) {
        self.key = key
        self.limit = limit
        self.windowSeconds = windowSeconds
        self.cost = cost
        self.counting = counting
        self.rule = rule
    }

    /// Builds a key from parts, escaping `|` and `%` so that different parts never
    /// produce the same key.
    public static func key(_ parts: String...) -> String { key(parts: parts) }

    /// ``key(_:)`` for an array of parts.
    static func key(parts: [String]) -> String {
        // `%` and `|` are ASCII, so escaping bytes is escaping characters. The exact
        // length is counted first and the key written in place: one allocation.
        var length = max(parts.count - 1, 0)
        for p in parts { length += escapedCount(p) }
        return String(unsafeUninitializedCapacity: length) { out in
            var n = 0
            for (i, p) in parts.enumerated() {
                if i > 0 {
                    out[n] = 0x7C
                    n += 1
                }
                writeEscaped(p, into: out, at: &n)
            }
            return n
        }
    }

    /// The key of some parts followed by `last`, given `prefix`, the key of
    /// those parts and a `|` (prepared once): equal to ``key(parts:)`` of them all.
    static func key(prefix: String, _ last: String) -> String {
        String(unsafeUninitializedCapacity: prefix.utf8.count + escapedCount(last)) { out in
            var n = 0
            for b in prefix.utf8 {
                out[n] = b
                n += 1
            }
            writeEscaped(last, into: out, at: &n)
            return n
        }
    }

    private static func escapedCount(_ part: String) -> Int {
        var length = 0
        for b in part.utf8 { length += b == 0x25 || b == 0x7C ? 3 : 1 }
        return length
    }

    private static func writeEscaped(_ part: String, into out: UnsafeMutableBufferPointer<UInt8>, at n: inout Int) {
        for b in part.utf8 {
            switch b {
            case 0x25:  // `%` → `%25`
                (out[n], out[n + 1], out[n + 2]) = (0x25, 0x32, 0x35)
                n += 3
            case 0x7C:  // `|` → `%7C`
                (out[n], out[n + 1], out[n + 2]) = (0x25, 0x37, 0x43)
                n += 3
            default:
                out[n] = b
                n += 1
            }
        }
    }

    /// `rule: cost N of limit L per W s at key`.
    public var description: String {
        let window = windowSeconds.map { "per \($0) s" } ?? "ever"
        return "\(rule): cost \(cost) of \(limit) \(window) at \(key)"
    }

    enum CodingKeys: String, CodingKey {
        case key, limit
        case windowSeconds = "window_seconds"
        case cost, counting, rule
    }
}

/// A claim that does not fit: how much was already used.
public struct GuardrailViolation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The claim.
    public let claim: GuardrailClaim
    /// What was already used (committed in the window, plus pending for `.all`).
    public let used: Int

    /// Creates a violation.
    public init(claim: GuardrailClaim, used: Int) {
        self.claim = claim
        self.used = used
    }

    /// `rule: 3 used + 1 > limit 3 per 3600 s (key)`.
    public var description: String {
        let window = claim.windowSeconds.map { "per \($0) s" } ?? "ever"
        return "\(claim.rule): \(used) used + \(claim.cost) > limit \(claim.limit) \(window) (\(claim.key))"
    }
}

/// Claims held for a run until it is committed or released.
public struct GuardrailReservation: Sendable, Hashable, Codable {
    /// The store's id for it.
    public let id: String
    /// The claims reserved.
    public let claims: [GuardrailClaim]
    /// When it was made (the store's time).
    public let reservedAt: Date
    /// When the store stops counting it as pending unless committed (a lease).
    public let expiresAt: Date

    /// Creates a reservation record (stores create these).
    public init(id: String, claims: [GuardrailClaim], reservedAt: Date, expiresAt: Date) {
        self.id = id
        self.claims = claims
        self.reservedAt = reservedAt
        self.expiresAt = expiresAt
    }

    enum CodingKeys: String, CodingKey {
        case id, claims
        case reservedAt = "reserved_at"
        case expiresAt = "expires_at"
    }
}

/// How a reserved run ended.
public enum GuardrailOutcome: String, Sendable, Hashable, Codable {
    /// It ran and fixed the problem (starts suppression windows).
    case succeeded
    /// It ran (or partly ran) and did not fix the problem.
    case failed
}
