#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What running (or not running) one action produced.
public struct ExecutionResult: Sendable, Hashable, Codable {
    /// How it ended.
    public enum Outcome: String, Sendable, Hashable, Codable {
        /// Ran and exited 0.
        case succeeded
        /// Ran and exited non-zero or was killed by a signal.
        case failed
        /// Ran past its timeout and was killed.
        case timedOut = "timed_out"
        /// Not run: the executor cannot or will not run it (see ``ExecutionResult/message``).
        case refused
        /// Not run: a dry run recorded what would have run.
        case dryRun = "dry_run"
    }

    /// How it ended.
    public var outcome: Outcome
    /// The exit status, when the process exited.
    public var exitStatus: Int32?
    /// The signal that ended the process, when one did.
    public var signal: Int32?
    /// Captured standard output (UTF-8, invalid bytes replaced), up to the executor's limit.
    public var standardOutput: String
    /// Captured standard error, up to the executor's limit.
    public var standardError: String
    /// Whether either stream was longer than the limit and was cut.
    public var outputTruncated: Bool
    /// When it started.
    public var startedAt: Date
    /// When it finished.
    public var finishedAt: Date
    /// Why it was refused, or what went wrong starting it.
    public var message: String?

    /// Creates a result.
    public init(
        outcome: Outcome, exitStatus: Int32? = nil, signal: Int32? = nil, standardOutput: String = "",
        standardError: String = "", outputTruncated: Bool = false, startedAt: Date, finishedAt: Date,
        message: String? = nil
    ) {
        self.outcome = outcome
        self.exitStatus = exitStatus
        self.signal = signal
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.outputTruncated = outputTruncated
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.message = message
    }

    /// Whether the flow may go on as if the step worked (`succeeded` or `dry_run`).
    public var isSuccess: Bool {
        switch outcome {
        case .succeeded, .dryRun: true
        case .failed, .timedOut, .refused: false
        }
    }
}

/// Runs gate-minted actions. Implementations never throw: every failure is an
/// ``ExecutionResult`` the case record keeps.
public protocol Executor: Sendable {
    /// Runs `action` (or records it, or refuses it) and reports what happened.
    func execute(_ action: AuthorizedAction) async -> ExecutionResult
}
