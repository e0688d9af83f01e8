import PatternLearning

/// Where and why an audit log stops verifying.
public struct AuditBreak: Sendable, Hashable, CustomStringConvertible {
    /// The first bad entry's number (1-based; also its line number).
    public var entry: Int
    /// What is wrong with it.
    public var reason: String

    /// `entry 7: hash mismatch (the entry was changed)`.
    public var description: String { "entry \(entry): \(reason)" }
}

/// The outcome of verifying an audit log.
public enum AuditVerification: Sendable, Hashable {
    /// Every entry verified. `head` is the last entry's hash (64 zeros for an
    /// empty log): record it elsewhere to detect a truncated log later.
    /// `authenticated` is whether MACs were checked (a key was given).
    case valid(entries: Int, head: String, authenticated: Bool)
    /// The chain breaks at this entry; entries before it verified.
    case broken(AuditBreak)
}

/// Why a line failed, before it is placed in an ``AuditBreak``.
struct AuditBreakReason: Error, Hashable {
    var text: String
    static func malformed(_ s: String) -> AuditBreakReason { AuditBreakReason(text: "malformed entry: \(s)") }
}

/// Verifies audit logs in the JSON-lines format of ``AuditEntry``.
public enum AuditChain {
    /// Verifies a whole log: every line complete and canonical, sequence
    /// numbers 1, 2, 3…, each `prev` equal to the previous `hash`, each `hash`
    /// the SHA-256 of its line, one algorithm throughout, and — with `key` —
    /// every MAC (a log without MACs then fails: no downgrade).
    ///
    /// Any single changed, added or removed byte is reported, at the first
    /// entry it affects. Removing whole entries from the end is not detectable
    /// from the log alone; compare the returned `head` with a copy kept elsewhere.
    /// - Complexity: O(n) in the log's size.
    public static func verify(_ bytes: some Collection<UInt8>, key: AuditKey? = nil) -> AuditVerification {
        let (entries, failure) = read(Array(bytes), key: key)
        if let failure { return .broken(failure) }
        return .valid(entries: entries.count, head: entries.last?.hash ?? AuditAlgorithm.genesis, authenticated: key != nil)
    }

    /// The entries that verify, and the first break if there is one.
    static func read(_ bytes: [UInt8], key: AuditKey?) -> (entries: [AuditEntry], failure: AuditBreak?) {
        var entries: [AuditEntry] = []
        var previous = AuditAlgorithm.genesis
        var algorithm: String?
        var start = 0
        while start < bytes.count {
            let number = entries.count + 1
            func fail(_ reason: String) -> ([AuditEntry], AuditBreak?) {
                (entries, AuditBreak(entry: number, reason: reason))
            }
            guard let end = bytes[start...].firstIndex(of: 0x0A) else {
                return fail("incomplete last line (an interrupted append; opening the log for writing removes it)")
            }
            let line = bytes[start..<end]
            start = end + 1
            guard !line.isEmpty else { return fail("malformed entry: empty line") }
            let parsed: (entry: AuditEntry, prefix: [UInt8])
            switch AuditLine.parse(line) {
            case .success(let p): parsed = p
            case .failure(let reason): return fail(reason.text)
            }
            let entry = parsed.entry
            guard entry.sequence == number else { return fail("sequence number \(entry.sequence), expected \(number)") }
            guard entry.previousHash == previous else {
                return fail(number == 1 ? "prev is not the genesis value" : "prev does not match entry \(number - 1)'s hash")
            }
            if let algorithm, entry.algorithm != algorithm {
                return fail("algorithm changed from \(algorithm) to \(entry.algorithm)")
            }
            switch (entry.algorithm, entry.mac) {
            case (AuditAlgorithm.plain, nil):
                if key != nil { return fail("no MAC, but the log is verified with a key") }
            case (AuditAlgorithm.keyed, .some): break
            default: return fail("algorithm \(entry.algorithm) does not match the fields present")
            }
            algorithm = entry.algorithm
            guard SHA256.hash(parsed.prefix).hex == entry.hash else { return fail("hash mismatch (the entry was changed)") }
            if let key, let mac = entry.mac {
                let expected = HMACSHA256.authenticate(parsed.prefix, key: key.bytes).hex
                guard HMACSHA256.constantTimeEqual(Array(expected.utf8), Array(mac.utf8)) else {
                    return fail("MAC mismatch (wrong key, or the entry was forged)")
                }
            }
            previous = entry.hash
            entries.append(entry)
        }
        return (entries, nil)
    }
}
