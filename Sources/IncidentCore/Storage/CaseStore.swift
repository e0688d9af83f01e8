import Synchronization

/// Why a case could not be saved or loaded.
public struct CaseStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    enum Code: Hashable, Sendable {
        case invalidID
        case io
        case corrupt
    }

    let code: Code
    /// What went wrong.
    public let message: String

    /// The message.
    public var description: String { message }

    static func invalidID(_ id: String) -> CaseStoreError {
        CaseStoreError(
            code: .invalidID,
            message: "invalid case id \"\(id)\": use 1–128 of A-Z a-z 0-9 . _ -, not starting with . or -")
    }

    static func io(_ failure: POSIXFailure) -> CaseStoreError {
        CaseStoreError(code: .io, message: failure.description)
    }

    static func corrupt(_ path: String, _ detail: String) -> CaseStoreError {
        CaseStoreError(code: .corrupt, message: "\(path): not a valid case record: \(detail)")
    }

    /// Whether the id was refused.
    public var isInvalidID: Bool { code == .invalidID }

    /// Whether `id` can name a case: 1–128 characters of `A-Z a-z 0-9 . _ -`,
    /// not starting with `.` or `-` (so it is a safe file-name part).
    public static func isValid(id: String) -> Bool {
        let b = Array(id.utf8)
        guard (1...128).contains(b.count), b[0] != UInt8(ascii: "."), b[0] != UInt8(ascii: "-") else { return false }
        return b.allSatisfy { c in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(c) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(c)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) || c == UInt8(ascii: ".") || c == UInt8(ascii: "_")
                || c == UInt8(ascii: "-")
        }
    }
}

/// Where case records live. A save replaces the whole record atomically: a
/// reader sees the old record or the new one, never a mix.
public protocol CaseStore: Sendable {
    /// Saves (creates or replaces) `record`.
    func save(_ record: CaseRecord) async throws(CaseStoreError)
    /// The record with `id`, or `nil` if there is none.
    func load(_ id: String) async throws(CaseStoreError) -> CaseRecord?
}

/// Case records in memory.
public final class InMemoryCaseStore: CaseStore {
    private let records = Mutex<[String: CaseRecord]>([:])

    /// An empty store.
    public init() {}

    /// Saves `record`.
    public func save(_ record: CaseRecord) async throws(CaseStoreError) {
        guard CaseStoreError.isValid(id: record.id) else { throw .invalidID(record.id) }
        records.withLock { $0[record.id] = record }
    }

    /// The record with `id`.
    public func load(_ id: String) async throws(CaseStoreError) -> CaseRecord? {
        records.withLock { $0[id] }
    }

    /// Every stored id, sorted.
    public var ids: [String] { records.withLock { $0.keys.sorted() } }
}
