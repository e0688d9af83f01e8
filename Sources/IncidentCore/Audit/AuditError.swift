/// Why the audit log could not open, append or read.
public struct AuditError: Error, Sendable, Hashable, CustomStringConvertible {
    enum Code: Hashable, Sendable {
        case io
        case inUse
        case broken
        case poisoned
    }

    let code: Code
    /// What went wrong, for people.
    public let message: String
    /// The chain break, when the log did not verify.
    public let chainBreak: AuditBreak?

    /// The message.
    public var description: String { message }

    /// A system call failed.
    static func io(_ operation: String, path: String, errno: Int32) -> AuditError {
        AuditError(code: .io, message: "\(operation) \(path): \(POSIXFile.describe(errno))", chainBreak: nil)
    }

    /// Another process holds the log.
    static func inUse(_ path: String) -> AuditError {
        AuditError(code: .inUse, message: "\(path) is locked by another writer", chainBreak: nil)
    }

    /// The existing log does not verify; it is not extended (fail closed).
    static func broken(_ path: String, _ b: AuditBreak) -> AuditError {
        AuditError(code: .broken, message: "\(path): audit chain broken at \(b); not appending", chainBreak: b)
    }

    /// An earlier write's outcome is unknown; the log refuses further appends.
    static func poisoned(_ path: String) -> AuditError {
        AuditError(
            code: .poisoned, message: "\(path): an earlier append failed to reach the disk; reopen the log",
            chainBreak: nil)
    }

    /// Whether another writer holds the log.
    public var isInUse: Bool { code == .inUse }
    /// Whether the log did not verify.
    public var isBrokenChain: Bool { code == .broken }
}
