#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// The default executor: runs nothing, records what would have run, and
/// reports `dry_run` (which the flow treats as success, so a whole plan can be
/// previewed end to end).
public final class DryRunExecutor: Executor {
    private let log = Mutex<[AuthorizedAction]>([])
    private let clock: any WallClock

    /// A dry-run executor stamping results with `clock`.
    public init(clock: any WallClock) {
        self.clock = clock
    }

    /// Records `action` and reports what would have run.
    public func execute(_ action: AuthorizedAction) async -> ExecutionResult {
        log.withLock { $0.append(action) }
        let now = clock.now()
        return ExecutionResult(
            outcome: .dryRun, startedAt: now, finishedAt: now,
            message: "dry run: would run \(ProcessExecutor.describe(action.action))")
    }

    /// Every action it was given, in order.
    public var recorded: [AuthorizedAction] { log.withLock { $0 } }
}

/// Runs authorized shell commands with `/bin/sh -c`, for users who opt in:
/// a timeout (SIGTERM to the command's process group, SIGKILL after a grace
/// period), captured stdout/stderr up to a limit, and the exit status.
/// Structured actions (`restart_pod`...) are refused: they need an adapter.
///
/// The timeout is real elapsed time (a child process runs in real time);
/// the result's timestamps come from the injected clock.
public struct ProcessExecutor: Executor {
    /// How commands run.
    public struct Configuration: Sendable, Hashable {
        /// The longest a command may run, in seconds.
        public var timeout: Double
        /// How much of each of stdout and stderr is kept, in bytes.
        public var outputLimit: Int
        /// The shell (run as `shell -c command`).
        public var shell: String
        /// The whole environment of the command (nothing is inherited).
        public var environment: [String: String]

        /// Defaults: 60 s, 64 KiB per stream, `/bin/sh`, a fixed PATH and `LANG=C`.
        public init(
            timeout: Double = 60, outputLimit: Int = 64 * 1024, shell: String = "/bin/sh",
            environment: [String: String] = [
                "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C",
            ]
        ) {
            self.timeout = timeout.isFinite ? max(0, timeout) : 60
            self.outputLimit = max(0, outputLimit)
            self.shell = shell
            self.environment = environment
        }
    }

    /// The configuration.
    public let configuration: Configuration
    private let clock: any WallClock

    /// An executor with `configuration`, stamping results with `clock`.
    public init(configuration: Configuration = Configuration(), clock: any WallClock) {
        self.configuration = configuration
        self.clock = clock
    }

    /// Runs `action`; a structured action is refused.
    public func execute(_ action: AuthorizedAction) async -> ExecutionResult {
        let started = clock.now()
        // Defence in depth: the gate never mints these, but an executor is the
        // last place a mistake could be caught.
        guard action.verdict != .block, action.verdict == .allow || action.approval != nil else {
            return ExecutionResult(
                outcome: .refused, startedAt: started, finishedAt: started,
                message: "verdict \(action.verdict.name) without an approval never runs")
        }
        guard case .shell(let command) = action.action else {
            return ExecutionResult(
                outcome: .refused, startedAt: started, finishedAt: started,
                message: "ProcessExecutor runs shell commands only; \(Self.describe(action.action)) needs an adapter")
        }
        let config = configuration
        let o = await BlockingThread.run {
            Subprocess.run(
                [config.shell, "-c", command], environment: config.environment, timeout: config.timeout,
                outputLimit: config.outputLimit)
        }
        let outcome: ExecutionResult.Outcome =
            o.spawnError != nil ? .refused : o.timedOut ? .timedOut : o.exitStatus == 0 ? .succeeded : .failed
        var message = o.spawnError
        if o.timedOut { message = "killed after the \(config.timeout) s timeout" }
        return ExecutionResult(
            outcome: outcome, exitStatus: o.exitStatus, signal: o.signal,
            standardOutput: String(decoding: o.standardOutput, as: UTF8.self),
            standardError: String(decoding: o.standardError, as: UTF8.self), outputTruncated: o.truncated,
            startedAt: started, finishedAt: clock.now(), message: message)
    }

    /// `` `cmd` `` for a shell action, `restart_pod(target) {k=v}` for a structured one.
    static func describe(_ action: PlannedAction) -> String {
        switch action {
        case .shell(let command): "`\(command)`"
        case .structured(let name, let target, let parameters):
            name + "(\(target ?? ""))"
                + (parameters.isEmpty ? "" : " {" + parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ") + "}")
        }
    }
}
