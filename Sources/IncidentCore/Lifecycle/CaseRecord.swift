#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Everything about one incident case: its alerts, what was observed, the
/// plan and how it was judged, the gate's decisions, human votes, the actions
/// with their outputs, notes, and the timeline of its lifecycle. What a
/// `CaseStore` writes as `case-<id>.json`.
///
/// The state changes only through `apply(_:reason:clock:audit:)`, which
/// follows the ``CaseStateMachine`` and writes the audit entry before the
/// change; decoding replays the timeline and rejects a record whose timeline
/// does not lead to its state.
public struct CaseRecord: Sendable, Hashable, Codable {
    /// The case id (`[A-Za-z0-9._-]`, used in file names).
    public let id: String
    /// The current state.
    public private(set) var state: CaseState
    /// How many times the case entered `executing`.
    public private(set) var attempts: Int
    /// Every transition, oldest first: the lifecycle timestamps.
    public private(set) var timeline: [CaseTransitionRecord]
    /// When the case was opened.
    public var openedAt: Date
    /// The policy hint (`disk_full`), `nil` when no rule matched.
    public var hint: String?
    /// The policy category (`storage`), if known.
    public var category: String?
    /// The alerts of the incident (the first one opened the case).
    public var alerts: [AlertmanagerAlert]
    /// When the fault began, where known (simulations, post-mortems): T0 for
    /// detection latency.
    public var faultStartedAt: Date?
    /// Observations collected for triage.
    public var evidence: [CaseEvidence]
    /// The plan, once one was proposed.
    public var plan: RemediationPlan?
    /// The verdict engine's judgement of each plan command.
    public var verdicts: [CaseCommandVerdict]
    /// The gate's decisions, oldest first.
    public var decisions: [CaseDecision]
    /// Human votes.
    public var approvals: [CaseApproval]
    /// Actions run, dry-run, refused or rolled back, with their outputs.
    public var actions: [CaseActionRecord]
    /// Remarks.
    public var notes: [CaseNote]
    /// Repeated notifications suppressed into this case.
    public var suppressedDuplicates: Int
    /// The runbook draft written on escalation (Markdown).
    public var runbook: String?

    /// A new case in `received`, opened at `openedAt`.
    public init(
        id: String, openedAt: Date, hint: String? = nil, category: String? = nil, alerts: [AlertmanagerAlert] = [],
        faultStartedAt: Date? = nil
    ) {
        self.id = id
        self.state = .received
        self.attempts = 0
        self.timeline = []
        self.openedAt = openedAt
        self.hint = hint
        self.category = category
        self.alerts = alerts
        self.faultStartedAt = faultStartedAt
        self.evidence = []
        self.plan = nil
        self.verdicts = []
        self.decisions = []
        self.approvals = []
        self.actions = []
        self.notes = []
        self.suppressedDuplicates = 0
        self.runbook = nil
    }

    /// What `event` would do, without doing it.
    /// - Throws: ``LifecycleError`` when the event is illegal in the current state.
    public func preview(_ event: CaseEvent, at: Date, reason: String? = nil) throws(LifecycleError) -> CaseTransitionRecord {
        var machine = CaseStateMachine(state: state, attempts: attempts)
        let t = try machine.handle(event)
        return CaseTransitionRecord(from: t.from, event: event, to: t.to, at: at, reason: reason)
    }

    /// Applies `event` at `at` without auditing: moves the state, counts an
    /// attempt on entering `executing`, and appends the transition to the
    /// timeline. Internal so that outside IncidentCore every change goes
    /// through the audited `apply(_:reason:clock:audit:)`.
    /// - Throws: ``LifecycleError``; the record is then unchanged.
    @discardableResult
    mutating func apply(_ event: CaseEvent, at: Date, reason: String? = nil) throws(LifecycleError)
        -> CaseTransitionRecord
    {
        var machine = CaseStateMachine(state: state, attempts: attempts)
        let t = try machine.handle(event)
        let record = CaseTransitionRecord(from: t.from, event: event, to: t.to, at: at, reason: reason)
        state = machine.state
        attempts = machine.attempts
        timeline.append(record)
        return record
    }

    /// The earliest `startsAt` of the case's alerts.
    public var detectedAt: Date? { alerts.map(\.startsAt).min() }
    /// When triage began (the first transition out of `received`).
    public var acknowledgedAt: Date? { timeline.first { $0.from == .received }?.at }
    /// When the case reached a terminal state.
    public var closedAt: Date? { state.isTerminal ? timeline.last?.at : nil }
    /// When the case was resolved, if it was.
    public var resolvedAt: Date? { state == .resolved ? timeline.last?.at : nil }
    /// Whether a person took part (voted on an approval).
    public var hadHumanAction: Bool { !approvals.isEmpty }

    enum CodingKeys: String, CodingKey {
        case id, state, attempts, timeline, openedAt, hint, category, alerts, faultStartedAt, evidence, plan, verdicts,
            decisions, approvals, actions, notes, suppressedDuplicates, runbook
    }

    /// Decodes a record and replays its timeline through the state machine.
    /// - Throws: `DecodingError.dataCorrupted` when a transition is illegal or
    ///   the timeline does not end in the recorded state and attempt count.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        state = try c.decode(CaseState.self, forKey: .state)
        attempts = try c.decode(Int.self, forKey: .attempts)
        timeline = try c.decode([CaseTransitionRecord].self, forKey: .timeline)
        openedAt = try c.decode(Date.self, forKey: .openedAt)
        hint = try c.decodeIfPresent(String.self, forKey: .hint)
        category = try c.decodeIfPresent(String.self, forKey: .category)
        alerts = try c.decode([AlertmanagerAlert].self, forKey: .alerts)
        faultStartedAt = try c.decodeIfPresent(Date.self, forKey: .faultStartedAt)
        evidence = try c.decode([CaseEvidence].self, forKey: .evidence)
        plan = try c.decodeIfPresent(RemediationPlan.self, forKey: .plan)
        verdicts = try c.decode([CaseCommandVerdict].self, forKey: .verdicts)
        decisions = try c.decode([CaseDecision].self, forKey: .decisions)
        approvals = try c.decode([CaseApproval].self, forKey: .approvals)
        actions = try c.decode([CaseActionRecord].self, forKey: .actions)
        notes = try c.decode([CaseNote].self, forKey: .notes)
        suppressedDuplicates = try c.decode(Int.self, forKey: .suppressedDuplicates)
        runbook = try c.decodeIfPresent(String.self, forKey: .runbook)

        var machine = CaseStateMachine()
        for (i, t) in timeline.enumerated() {
            let from = machine.state
            do {
                try machine.handle(t.event)
            } catch {
                throw DecodingError.dataCorruptedError(
                    forKey: .timeline, in: c, debugDescription: "timeline[\(i)]: \(error)")
            }
            guard from == t.from, machine.state == t.to else {
                throw DecodingError.dataCorruptedError(
                    forKey: .timeline, in: c,
                    debugDescription: "timeline[\(i)]: records \(t.from) → \(t.to), but \(t.event) leads \(from) → \(machine.state)")
            }
        }
        guard machine.state == state, machine.attempts == attempts else {
            throw DecodingError.dataCorruptedError(
                forKey: .state, in: c,
                debugDescription: "the timeline ends in \(machine.state) after \(machine.attempts) attempts, but the record says \(state) after \(attempts)")
        }
    }
}
