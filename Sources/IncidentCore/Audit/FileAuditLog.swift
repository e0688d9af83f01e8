#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The audit log as a JSON-lines file, `<directory>/audit.jsonl`.
///
/// - Each append writes the whole line with one `write` and `fsync`s before
///   returning: a returned entry survives a crash or power loss.
/// - Opening takes an exclusive `flock` (one writer per file), removes a torn
///   last line — the remains of an append killed before it returned, so never a
///   committed entry — and verifies the rest. A log that does not verify is
///   not extended: opening fails (fail closed).
/// - If a write or fsync fails, the partial line is cut off when possible and
///   the log refuses further appends until reopened.
public final class FileAuditLog: AuditLog {
    /// The file name inside the directory.
    public static let fileName = "audit.jsonl"

    struct State {
        var fd: Int32
        var count: Int
        var head: String
        var size: Int
        var poisoned = false
    }

    /// The log file's path.
    public let path: String
    /// How many bytes of a torn last line opening removed (0 when the log was clean).
    public let recoveredBytes: Int
    private let state: Mutex<State>
    private let clock: any WallClock
    private let key: AuditKey?

    /// Opens (creating if needed) the log in `directory` (created if missing).
    /// - Throws: ``AuditError`` if the file cannot be opened or locked, or the
    ///   existing chain does not verify with `key`.
    public init(directory: String, key: AuditKey? = nil, clock: any WallClock) throws(AuditError) {
        let path = POSIXFile.join(directory, Self.fileName)
        self.path = path
        self.clock = clock
        self.key = key
        let fd: Int32
        var existed = true
        do throws(POSIXFailure) {
            try POSIXFile.makeDirectories(directory)
            existed = access(path, F_OK) == 0
            fd = try POSIXFile.open(path, O_RDWR | O_CREAT | O_APPEND)
        } catch {
            throw AuditError.io(error.operation, path: error.path, errno: error.code)
        }
        do throws(AuditError) {
            try Self.lock(fd, path: path)
            var bytes: [UInt8]
            do throws(POSIXFailure) {
                bytes = try POSIXFile.readAll(fd, path: path)
                if !existed { try POSIXFile.fsyncDirectory(directory) }
            } catch {
                throw AuditError.io(error.operation, path: path, errno: error.code)
            }
            var removed = 0
            if let last = bytes.last, last != 0x0A {
                let keep = (bytes.lastIndex(of: 0x0A) ?? -1) + 1
                removed = bytes.count - keep
                bytes.removeSubrange(keep...)
                guard ftruncate(fd, off_t(keep)) == 0 else { throw AuditError.io("ftruncate", path: path, errno: errno) }
                do throws(POSIXFailure) { try POSIXFile.fsync(fd, path: path) } catch {
                    throw AuditError.io(error.operation, path: path, errno: error.code)
                }
            }
            let (entries, failure) = AuditChain.read(bytes, key: key)
            if let failure { throw AuditError.broken(path, failure) }
            recoveredBytes = removed
            state = Mutex(
                State(fd: fd, count: entries.count, head: entries.last?.hash ?? AuditAlgorithm.genesis, size: bytes.count))
        } catch {
            close(fd)
            throw error
        }
    }

    /// Takes the exclusive lock. A process this one is spawning shares the
    /// descriptor until its `exec` closes it (O_CLOEXEC), so a busy lock is
    /// retried for up to a second before it counts as another writer.
    private static func lock(_ fd: Int32, path: String) throws(AuditError) {
        for _ in 0..<200 {
            if flock(fd, LOCK_EX | LOCK_NB) == 0 { return }
            guard errno == EWOULDBLOCK || errno == EINTR else { throw AuditError.io("flock", path: path, errno: errno) }
            usleep(5_000)
        }
        throw AuditError.inUse(path)
    }

    deinit {
        _ = state.withLock { close($0.fd) }
    }

    /// Appends `record` and fsyncs; the entry is durable when this returns.
    public func append(_ record: AuditRecord) async throws(AuditError) -> AuditEntry {
        try appendSynchronously(record)
    }

    /// ``append(_:)`` without suspending.
    @discardableResult
    public func appendSynchronously(_ record: AuditRecord) throws(AuditError) -> AuditEntry {
        try state.withLock { (s: inout State) throws(AuditError) -> AuditEntry in
            guard !s.poisoned else { throw AuditError.poisoned(path) }
            let made = AuditLine.make(record, sequence: s.count + 1, time: clock.now(), previous: s.head, key: key)
            do throws(POSIXFailure) {
                try POSIXFile.writeAll(s.fd, made.line, path: path)
                try POSIXFile.fsync(s.fd, path: path)
            } catch {
                // Cut off whatever reached the file; if even that fails, stop appending.
                if ftruncate(s.fd, off_t(s.size)) != 0 || fsync(s.fd) != 0 || error.operation == "fsync" {
                    s.poisoned = true
                }
                throw AuditError.io(error.operation, path: path, errno: error.code)
            }
            s.count += 1
            s.head = made.entry.hash
            s.size += made.line.count
            return made.entry
        }
    }

    /// Every committed entry, read back from the file and verified.
    public func entries() async throws(AuditError) -> [AuditEntry] {
        let bytes = try state.withLock { (s: inout State) throws(AuditError) -> [UInt8] in
            do throws(POSIXFailure) { return try POSIXFile.readAll(s.fd, path: path) } catch {
                throw AuditError.io(error.operation, path: path, errno: error.code)
            }
        }
        let (entries, failure) = AuditChain.read(bytes, key: key)
        if let failure { throw AuditError.broken(path, failure) }
        return entries
    }

    /// Verifies `<directory>/audit.jsonl` without opening it for writing (no
    /// lock, no repair: a torn last line is reported as a break).
    /// - Throws: ``AuditError`` when the file cannot be read (a missing file is an error).
    public static func verify(directory: String, key: AuditKey? = nil) throws(AuditError) -> AuditVerification {
        let path = POSIXFile.join(directory, fileName)
        let bytes: [UInt8]?
        do throws(POSIXFailure) {
            bytes = try POSIXFile.read(path: path)
        } catch {
            throw AuditError.io(error.operation, path: path, errno: error.code)
        }
        guard let bytes else { throw AuditError.io("open", path: path, errno: ENOENT) }
        return AuditChain.verify(bytes, key: key)
    }
}
