#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What a caller asks the audit log to record: what happened (`kind`, e.g.
/// `case.transition`, `decision`, `approval.vote`, `action`), to which case,
/// and the details as JSON.
public struct AuditRecord: Sendable, Hashable {
    /// What happened, as a dotted name.
    public var kind: String
    /// The case concerned, if any.
    public var caseID: String?
    /// The details.
    public var data: JSONValue

    /// Creates a record.
    public init(kind: String, caseID: String? = nil, data: JSONValue = .object([:])) {
        self.kind = kind
        self.caseID = caseID
        self.data = data
    }
}

/// One committed entry of the hash-chained audit log.
///
/// On disk each entry is one line of JSON with its fields in this order:
///
///     {"seq":1,"time":"…Z","kind":"…","case":"…"|null,"data":{…},"prev":"<64 hex>","alg":"sha256","hash":"<64 hex>"}
///
/// `hash` is the SHA-256 of the line's bytes before `,"hash":`, which include
/// `prev`, the previous entry's `hash` (64 zeros for the first entry), so
/// changing any byte of any entry breaks the chain from there on. With a key,
/// `alg` is `sha256+hmac-sha256` and a `mac` field follows `hash`: the
/// HMAC-SHA256 of the same bytes, which someone without the key cannot forge.
public struct AuditEntry: Sendable, Hashable {
    /// The entry's number, from 1; also its line number.
    public var sequence: Int
    /// When it was appended (from the log's injected clock).
    public var time: Date
    /// What happened.
    public var kind: String
    /// The case concerned, if any.
    public var caseID: String?
    /// The details (canonical JSON on disk).
    public var data: JSONValue
    /// The previous entry's hash, 64 hex digits.
    public var previousHash: String
    /// `sha256` or `sha256+hmac-sha256`.
    public var algorithm: String
    /// This entry's SHA-256, 64 hex digits.
    public var hash: String
    /// The HMAC-SHA256, when the log is keyed.
    public var mac: String?
}

/// The secret key of a keyed audit log.
public struct AuditKey: Sendable, Hashable {
    /// The key bytes.
    public let bytes: [UInt8]

    /// A key; `nil` when `bytes` is empty (an empty key authenticates nothing).
    public init?(bytes: [UInt8]) {
        guard !bytes.isEmpty else { return nil }
        self.bytes = bytes
    }
}

/// The algorithm names written in `alg`.
enum AuditAlgorithm {
    static let plain = "sha256"
    static let keyed = "sha256+hmac-sha256"
    /// The `prev` of the first entry.
    static let genesis = String(repeating: "0", count: 64)
}
