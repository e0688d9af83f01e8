#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import IncidentCore
import Synchronization

/// A small simulated machine for the demo and the scenario tests: one disk,
/// some containers, and alerts whose state follows from them. It is the
/// loop's executor (it understands the few commands the demo plans use), its
/// alert state (verification) and its evidence source. Commands take
/// simulated time on the injected ``ManualClock``.
public final class SimulatedHost: Executor, AlertState, EvidenceSource {
    /// A container on the host.
    public struct Container: Sendable, Hashable {
        /// Whether `docker` knows it at all.
        public var exists: Bool
        /// Whether it runs.
        public var running: Bool
        /// How many successful (re)starts it needs before it stays healthy.
        public var healthyAfterStarts: Int
        /// Seconds from a start to healthy.
        public var startupSeconds: Double
        /// Starts so far.
        public var starts = 0
        /// When it last started.
        public var lastStart: Date?

        /// Creates a container.
        public init(exists: Bool = true, running: Bool = true, healthyAfterStarts: Int = 1, startupSeconds: Double = 10) {
            self.exists = exists
            self.running = running
            self.healthyAfterStarts = healthyAfterStarts
            self.startupSeconds = startupSeconds
        }

        /// When it became healthy, if it is.
        var healthySince: Date? {
            guard exists, running, starts >= healthyAfterStarts, let lastStart else { return nil }
            return lastStart.addingTimeInterval(startupSeconds)
        }
    }

    /// What makes an alert fire.
    public enum Condition: Sendable, Hashable {
        /// The disk is at or above `percent` full, or `container` has not
        /// restarted since space was freed (it keeps failing on ENOSPC).
        case diskFull(percent: Double, container: String)
        /// The container is missing or not running.
        case containerAbsent(String)
        /// The container is not healthy.
        case containerUnhealthy(String)
    }

    struct State {
        var diskUsedPercent: Double
        var diskSizeGB: Double
        var reclaimablePercent: Double
        var freedAt: Date?
        var containers: [String: Container]
        var alerts: [AlertFingerprint: Condition] = [:]
        var commands: [String] = []
    }

    private let state: Mutex<State>
    private let clock: ManualClock

    /// A host with a disk `diskUsedPercent` full of which `reclaimablePercent`
    /// points are unused images, and `containers`, on `clock`.
    public init(
        clock: ManualClock, diskUsedPercent: Double = 40, reclaimablePercent: Double = 0, diskSizeGB: Double = 80,
        containers: [String: Container] = [:]
    ) {
        self.clock = clock
        self.state = Mutex(
            State(
                diskUsedPercent: diskUsedPercent, diskSizeGB: diskSizeGB, reclaimablePercent: reclaimablePercent,
                containers: containers))
    }

    /// Makes the alert with `fingerprint` follow `condition`.
    public func watch(_ fingerprint: AlertFingerprint, _ condition: Condition) {
        state.withLock { $0.alerts[fingerprint] = condition }
    }

    /// Every command the host was asked to run, in order.
    public var commands: [String] { state.withLock { $0.commands } }

    /// How full the disk is, in percent.
    public var diskUsedPercent: Double { state.withLock { $0.diskUsedPercent } }

    // MARK: - AlertState

    /// Firing while the alert's condition holds; clear since it stopped holding.
    /// An alert the host does not watch is `unknown`.
    public func observe(_ fingerprint: AlertFingerprint) async -> AlertObservation {
        let now = clock.now()
        return state.withLock { s in
            guard let condition = s.alerts[fingerprint] else { return .unknown }
            guard let since = Self.clearSince(condition, s), since <= now else { return .firing }
            return .clear(since: since)
        }
    }

    private static func clearSince(_ condition: Condition, _ s: State) -> Date? {
        switch condition {
        case .diskFull(let percent, let name):
            guard s.diskUsedPercent < percent, let freed = s.freedAt, let c = s.containers[name], let healthy = c.healthySince,
                let start = c.lastStart, start >= freed
            else { return nil }
            return healthy
        case .containerAbsent(let name):
            guard let c = s.containers[name], c.exists, c.running, let start = c.lastStart else { return nil }
            return start
        case .containerUnhealthy(let name):
            return s.containers[name]?.healthySince
        }
    }

    // MARK: - EvidenceSource

    /// `df -h /` and `docker ps -a`, as the host would print them.
    public func collect(for record: CaseRecord) async -> [CaseEvidence] {
        let now = clock.now()
        return state.withLock { s in
            [
                CaseEvidence(source: "df -h /", content: Self.df(s), collectedAt: now),
                CaseEvidence(source: "docker ps -a", content: Self.ps(s), collectedAt: now),
            ]
        }
    }

    // MARK: - Executor

    /// Runs the demo's commands (and the structured `prune_container_images`)
    /// against the simulated state; anything else fails with status 127.
    public func execute(_ action: AuthorizedAction) async -> ExecutionResult {
        let started = clock.now()
        let (status, out, err, seconds) = state.withLock { s in
            switch action.action {
            case .shell(let command):
                s.commands.append(command)
                return Self.run(command, &s, at: started)
            case .structured(let name, _, _):
                s.commands.append(name)
                return name == "prune_container_images"
                    ? Self.prune(&s, at: started) : (127, "", "sim: no adapter for \(name)\n", 0)
            }
        }
        clock.advance(by: seconds)
        return ExecutionResult(
            outcome: status == 0 ? .succeeded : .failed, exitStatus: status, standardOutput: out, standardError: err,
            startedAt: started, finishedAt: clock.now())
    }

    private static func run(_ command: String, _ s: inout State, at now: Date) -> (Int32, String, String, Double) {
        let words = command.split(separator: " ").map { String($0).replacingQuotes() }
        switch words.first {
        case "df":
            return (0, df(s), "", 1)
        case "docker" where words.count >= 3 && ["system", "image"].contains(words[1]) && words[2] == "prune":
            return prune(&s, at: now)
        case "docker" where words.count == 3 && ["start", "restart", "stop"].contains(words[1]):
            let name = words[2]
            guard var c = s.containers[name], c.exists else {
                return (1, "", "Error response from daemon: No such container: \(name)\n", 2)
            }
            if words[1] == "stop" {
                c.running = false
            } else {
                c.running = true
                c.starts += 1
                c.lastStart = now.addingTimeInterval(5)
            }
            s.containers[name] = c
            return (0, name + "\n", "", 5)
        default:
            return (127, "", "sim: command not simulated: \(command)\n", 0)
        }
    }

    private static func prune(_ s: inout State, at now: Date) -> (Int32, String, String, Double) {
        let freed = s.reclaimablePercent
        s.diskUsedPercent = max(0, s.diskUsedPercent - freed)
        s.reclaimablePercent = 0
        s.freedAt = now
        let gb = (freed / 100 * s.diskSizeGB * 10).rounded() / 10
        return (0, "Deleted unused images\nTotal reclaimed space: \(gb)GB\n", "", 25)
    }

    private static func df(_ s: State) -> String {
        let used = (s.diskUsedPercent / 100 * s.diskSizeGB).rounded()
        return """
            Filesystem      Size  Used Avail Use% Mounted on
            /dev/vda1        \(Int(s.diskSizeGB))G   \(Int(used))G   \(Int(s.diskSizeGB - used))G  \(Int(s.diskUsedPercent.rounded()))% /

            """
    }

    private static func ps(_ s: State) -> String {
        var lines = ["NAMES            STATUS"]
        for (name, c) in s.containers.sorted(by: { $0.key < $1.key }) where c.exists {
            lines.append(name + String(repeating: " ", count: max(1, 17 - name.count)) + (c.running ? "Up" : "Exited (1)"))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// The word without one level of single or double quotes around it.
    fileprivate func replacingQuotes() -> String {
        if count >= 2, let f = first, f == last, f == "'" || f == "\"" { return String(dropFirst().dropLast()) }
        return self
    }
}
