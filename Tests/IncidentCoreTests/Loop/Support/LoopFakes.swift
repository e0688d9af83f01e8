#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ShellAST
import Synchronization
@testable import IncidentCore

/// One ordered record of what the fakes saw (`exec …`, `audit …`,
/// `audit-fail …`, `save …`, `save-fail …`), so a test can ask what happened
/// after what.
final class Trail: Sendable {
    private let events = Mutex<[String]>([])

    func add(_ event: String) { events.withLock { $0.append(event) } }

    var all: [String] { events.withLock { $0 } }

    /// Whether an executor call comes after the first event starting with `prefix`.
    func executesAfterFirst(_ prefix: String) -> Bool {
        let e = all
        guard let i = e.firstIndex(where: { $0.hasPrefix(prefix) }) else { return false }
        return e[(i + 1)...].contains { $0.hasPrefix("exec ") }
    }
}

/// A short, stable name for an action: the shell command, or `name(target)`
/// with its parameters.
func actionKey(_ action: PlannedAction) -> String {
    switch action {
    case .shell(let command): command
    case .structured(let name, let target, let parameters):
        name + "(\(target ?? ""))" + parameters.keys.sorted().map { " \($0)=\(parameters[$0]!)" }.joined()
    }
}

/// An executor whose results the test chooses: per action key, a queue of
/// outcomes (then `fallback`), or a function of the call. Records every call.
final class ScriptedExecutor: Executor {
    struct Call: Sendable {
        let action: AuthorizedAction
        let at: Date
        let outcome: ExecutionResult.Outcome
        var key: String { (action.isRollback ? "rollback " : "") + actionKey(action.action) }
    }

    typealias Hook = @Sendable (AuthorizedAction, Int) async -> Void
    typealias Chooser = @Sendable (AuthorizedAction, Int) -> ExecutionResult.Outcome

    private struct State {
        var calls: [Call] = []
        var scripts: [String: [ExecutionResult.Outcome]] = [:]
        var chooser: Chooser?
        var before: Hook?
        var after: Hook?
    }

    private let state = Mutex(State())
    private let clock: ManualClock
    private let trail: Trail?
    /// Simulated seconds each call takes.
    let seconds: Double
    /// The outcome when nothing else is scripted.
    let fallback: ExecutionResult.Outcome

    init(clock: ManualClock, trail: Trail? = nil, seconds: Double = 0, fallback: ExecutionResult.Outcome = .succeeded) {
        self.clock = clock
        self.trail = trail
        self.seconds = seconds
        self.fallback = fallback
    }

    /// Queues outcomes for the action with `key` (rollbacks: `rollback <key>`).
    func script(_ key: String, _ outcomes: ExecutionResult.Outcome...) {
        state.withLock { $0.scripts[key, default: []] += outcomes }
    }

    /// Chooses every outcome with `chooser` (queues are then ignored).
    func choose(_ chooser: @escaping Chooser) { state.withLock { $0.chooser = chooser } }

    /// Runs `hook` before each call is answered (it may call back into the loop).
    func before(_ hook: @escaping Hook) { state.withLock { $0.before = hook } }

    /// Runs `hook` after each call's outcome is known.
    func after(_ hook: @escaping Hook) { state.withLock { $0.after = hook } }

    var calls: [Call] { state.withLock { $0.calls } }
    var keys: [String] { calls.map(\.key) }

    func execute(_ action: AuthorizedAction) async -> ExecutionResult {
        let started = clock.now()
        let key = (action.isRollback ? "rollback " : "") + actionKey(action.action)
        trail?.add("exec \(key)")
        let (index, before) = state.withLock { ($0.calls.count, $0.before) }
        await before?(action, index)
        let (outcome, after) = state.withLock { s -> (ExecutionResult.Outcome, Hook?) in
            let o: ExecutionResult.Outcome
            if let chooser = s.chooser {
                o = chooser(action, index)
            } else if var queue = s.scripts[key], !queue.isEmpty {
                o = queue.removeFirst()
                s.scripts[key] = queue
            } else {
                o = fallback
            }
            s.calls.append(Call(action: action, at: started, outcome: o))
            return (o, s.after)
        }
        clock.advance(by: seconds)
        await after?(action, index)
        let ok = outcome == .succeeded
        return ExecutionResult(
            outcome: outcome, exitStatus: ok ? 0 : outcome == .failed ? 1 : nil,
            standardOutput: "out of \(key) #\(index + 1)\n", standardError: ok ? "" : "err of \(key) #\(index + 1)\n",
            startedAt: started, finishedAt: clock.now(), message: outcome == .refused ? "refused by the test" : nil)
    }
}

/// Alert states over time, per fingerprint: firing, clear from an instant on,
/// or unknown. Fingerprints the test never mentions are `fallback`.
final class ScriptedAlertState: AlertState {
    enum Plan: Sendable, Hashable {
        case firing
        /// Firing before `at`, clear since `at` from then on.
        case clear(at: Date)
        case unknown
    }

    private let plans = Mutex<[AlertFingerprint: Plan]>([:])
    private let observations = Mutex(0)
    private let clock: ManualClock
    let fallback: Plan

    init(clock: ManualClock, fallback: Plan = .firing) {
        self.clock = clock
        self.fallback = fallback
    }

    func set(_ fingerprint: AlertFingerprint, _ plan: Plan) { plans.withLock { $0[fingerprint] = plan } }

    /// Clear since now (kept if it already is, as a real alert would be).
    func clearNow(_ fingerprint: AlertFingerprint) {
        let now = clock.now()
        plans.withLock { p in
            if case .clear(let at) = p[fingerprint], at <= now { return }
            p[fingerprint] = .clear(at: now)
        }
    }

    var observationCount: Int { observations.withLock { $0 } }

    func observe(_ fingerprint: AlertFingerprint) async -> AlertObservation {
        observations.withLock { $0 += 1 }
        let now = clock.now()
        switch plans.withLock({ $0[fingerprint] }) ?? fallback {
        case .firing: return .firing
        case .unknown: return .unknown
        case .clear(let at): return now >= at ? .clear(since: at) : .firing
        }
    }
}

/// A triager that proposes what the test says, optionally after a hook (which
/// may call back into the loop while the case is being triaged).
struct ScriptedTriager: Triager {
    let propose: @Sendable (TriageInput) async -> TriageOutcome

    init(_ propose: @escaping @Sendable (TriageInput) async -> TriageOutcome) {
        self.propose = propose
    }

    /// Always proposes `plan`, judged by `verdicts` for the record.
    init(plan: RemediationPlan, verdicts: VerdictEngine = LoopRig.verdicts, before: (@Sendable () async -> Void)? = nil) {
        self.propose = { _ in
            await before?()
            return TriageOutcome(proposal: .plan(plan), verdicts: PlanVerdicts.judge(plan, with: verdicts), notes: ["scripted"])
        }
    }

    func triage(_ input: TriageInput) async -> TriageOutcome { await propose(input) }
}

/// An audit log that takes `limit` appends (counted from its creation) and
/// then fails every append until the limit is lifted.
final class FlakyAuditLog: AuditLog {
    let inner: InMemoryAuditLog
    private let state = Mutex<(appended: Int, limit: Int?, kinds: Set<String>)>((0, nil, []))
    private let trail: Trail?

    init(clock: any WallClock, trail: Trail? = nil) {
        inner = InMemoryAuditLog(clock: clock)
        self.trail = trail
    }

    /// Fails every append after `limit` successful ones in total (`nil`: never).
    func failAfter(_ limit: Int?) { state.withLock { $0.limit = limit } }

    /// Fails every append of these kinds (empty: none).
    func failOn(_ kinds: Set<String>) { state.withLock { $0.kinds = kinds } }

    private let hook = Mutex<(kind: String, run: @Sendable () async -> Void)?>(nil)

    /// Runs `body` once, before the next append of `kind` (it may call back into the loop).
    func once(before kind: String, _ body: @escaping @Sendable () async -> Void) { hook.withLock { $0 = (kind, body) } }

    var appended: Int { state.withLock { $0.appended } }

    func append(_ record: AuditRecord) async throws(AuditError) -> AuditEntry {
        let pending = hook.withLock { h -> (@Sendable () async -> Void)? in
            guard let (kind, body) = h, kind == record.kind else { return nil }
            h = nil
            return body
        }
        await pending?()
        let ok = state.withLock { s in
            if let limit = s.limit, s.appended >= limit { return false }
            if s.kinds.contains(record.kind) { return false }
            s.appended += 1
            return true
        }
        guard ok else {
            trail?.add("audit-fail \(record.kind)")
            throw AuditError(code: .io, message: "injected audit failure", chainBreak: nil)
        }
        trail?.add("audit \(record.kind)")
        return inner.appendSynchronously(record)
    }

    func entries() async throws(AuditError) -> [AuditEntry] { try await inner.entries() }

    var bytes: [UInt8] { inner.bytes }
}

/// A case store that takes `limit` saves and then fails until the limit is lifted.
final class FlakyCaseStore: CaseStore {
    let inner = InMemoryCaseStore()
    private let state = Mutex<(saved: Int, limit: Int?)>((0, nil))
    private let trail: Trail?

    init(trail: Trail? = nil) { self.trail = trail }

    func failAfter(_ limit: Int?) { state.withLock { $0.limit = limit } }

    private let predicate = Mutex<(@Sendable (CaseRecord) -> Bool)?>(nil)

    /// Fails every save of a record for which `when` holds (`nil`: none).
    func fail(when: (@Sendable (CaseRecord) -> Bool)?) { predicate.withLock { $0 = when } }

    var saved: Int { state.withLock { $0.saved } }

    func save(_ record: CaseRecord) async throws(CaseStoreError) {
        let refused = predicate.withLock { $0?(record) ?? false }
        let ok = !refused && state.withLock { s in
            if let limit = s.limit, s.saved >= limit { return false }
            s.saved += 1
            return true
        }
        guard ok else {
            trail?.add("save-fail \(record.state)")
            throw CaseStoreError(code: .io, message: "injected case store failure")
        }
        trail?.add("save \(record.state)")
        try await inner.save(record)
    }

    func load(_ id: String) async throws(CaseStoreError) -> CaseRecord? { try await inner.load(id) }
}
