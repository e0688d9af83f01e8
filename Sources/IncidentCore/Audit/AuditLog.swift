import Synchronization

/// An append-only, hash-chained audit log. Every state change, decision,
/// approval vote and action of a case is an entry; see ``AuditEntry`` for the
/// chain and ``AuditChain/verify(_:key:)`` for checking it.
///
/// Implementations must append atomically (an entry is either fully in the
/// log, with the next sequence number and the current head as `prev`, or not
/// at all) and serialise concurrent appends.
public protocol AuditLog: Sendable {
    /// Appends `record`, stamped with the log's clock; returns the committed entry.
    /// When this returns, the entry is as durable as the implementation promises.
    func append(_ record: AuditRecord) async throws(AuditError) -> AuditEntry
    /// Every committed entry, oldest first.
    func entries() async throws(AuditError) -> [AuditEntry]
}

/// An audit log in memory, in the same line format as the file log (so
/// ``bytes`` verifies with ``AuditChain``). For tests and simulations.
public final class InMemoryAuditLog: AuditLog {
    struct State {
        var bytes: [UInt8] = []
        var entries: [AuditEntry] = []
    }

    private let state = Mutex(State())
    private let clock: any WallClock
    private let key: AuditKey?

    /// An empty log stamping entries with `clock`, keyed if `key` is given.
    public init(clock: any WallClock, key: AuditKey? = nil) {
        self.clock = clock
        self.key = key
    }

    /// Appends `record`.
    public func append(_ record: AuditRecord) async throws(AuditError) -> AuditEntry {
        appendSynchronously(record)
    }

    /// Appends without suspending (for synchronous drivers and tests).
    @discardableResult
    public func appendSynchronously(_ record: AuditRecord) -> AuditEntry {
        state.withLock { s in
            let made = AuditLine.make(
                record, sequence: s.entries.count + 1, time: clock.now(),
                previous: s.entries.last?.hash ?? AuditAlgorithm.genesis, key: key)
            s.bytes += made.line
            s.entries.append(made.entry)
            return made.entry
        }
    }

    /// Every entry, oldest first.
    public func entries() async throws(AuditError) -> [AuditEntry] {
        state.withLock { $0.entries }
    }

    /// The log as the JSON lines a file log would hold.
    public var bytes: [UInt8] { state.withLock { $0.bytes } }
}
