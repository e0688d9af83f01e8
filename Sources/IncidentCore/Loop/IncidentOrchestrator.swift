#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What one intake call did: the correlator's actions and the cases they touched.
public struct IntakeReport: Sendable, Hashable {
    /// The correlator's actions, in order.
    public var actions: [IntakeAction]
    /// Cases opened, in order: run them with ``IncidentOrchestrator/run(_:)``.
    public var opened: [String]
    /// Cases that gained an alert, a suppressed duplicate, or were resolved.
    public var updated: [String]
}

/// The closed loop: alert → case → triage → decision → gate → execution →
/// verification → resolution or escalation, and feedback into the next decision.
///
/// Every state change goes through the case's audited `apply`, every decision,
/// vote, action and piece of feedback is an audit entry, and the record is saved
/// after each step. A failing store or log stops the loop (fail closed) with a
/// ``LoopError``: nothing more runs, and a state changes only once its audit
/// entry is written. The case keeps the last state the log holds (the store
/// may lag behind it); the next `run` saves it and carries on, finishing a
/// case whose final state was not saved and escalating one stopped mid-run.
///
/// Calls for different cases may interleave; a second call for a case that is
/// being worked on fails with `busy`, except intake, which only attaches
/// alerts and counts duplicates.
public actor IncidentOrchestrator {
    let services: LoopServices
    /// How the loop retries, verifies and learns.
    public let configuration: LoopConfiguration
    var correlator: AlertCorrelator
    var records: [String: CaseRecord] = [:]
    var incidents: [String: Int] = [:]
    var pendingApprovals: [String: ApprovalRequest] = [:]
    var busy: Set<String> = []
    /// Cases whose incident intake resolved while a call was working on them
    /// (the correlator has forgotten the incident, so it will not say so
    /// again): `run` resolves them before acting, or the next intake call does.
    var clearedWhileBusy: Set<String> = []
    /// Cases already counted as an occurrence of their pattern (once per
    /// case, however often a failed decision is retried).
    var countedOccurrences: Set<String> = []
    /// Cases closed for good: intake and learning know how they ended.
    var closed: Set<String> = []

    /// A loop over `services`. Incidents are numbered from `firstIncident`
    /// (pass one past the highest case number already stored after a restart).
    public init(
        services: LoopServices, configuration: LoopConfiguration = LoopConfiguration(),
        intake: IntakeConfiguration = IntakeConfiguration(), firstIncident: Int = 1
    ) {
        self.services = services
        self.configuration = configuration
        self.correlator = AlertCorrelator(configuration: intake, firstIncident: firstIncident)
    }

    /// The case with `id`, as the loop last left it.
    public func record(_ id: String) -> CaseRecord? { records[id] }

    /// Every case this loop has handled, by id.
    public var cases: [CaseRecord] { records.keys.sorted().compactMap { records[$0] } }

    /// The open approval request of a case awaiting approval.
    public func pendingApproval(for id: String) -> ApprovalRequest? { pendingApprovals[id] }

    /// Figures over every case this loop has handled.
    public func metrics() -> IncidentMetrics { IncidentMetrics(cases: cases) }

    /// Records when the fault behind a case began, where it is known (a
    /// simulation, a post-mortem): the T0 of its detection latency.
    /// - Throws: ``LoopError``: `unknownCase`, `busy`, `storage`.
    public func recordFaultStart(_ date: Date, on id: String) async throws(LoopError) -> CaseRecord {
        var record = try claim(id)
        defer { busy.remove(id) }
        record.faultStartedAt = date
        try await audit("case.fault_start", id, ["at": .string(RFC3339.format(date))])
        try await commit(&record)
        return record
    }

    /// Takes in an Alertmanager notification: opens cases for new incidents,
    /// attaches storm members and counts duplicates on open ones, and resolves
    /// cases whose alerts stayed resolved for the stability window before
    /// anything ran.
    public func receive(_ webhook: AlertmanagerWebhook) async throws(LoopError) -> IntakeReport {
        let actions = correlator.handle(.webhook(webhook, receivedAt: services.clock.now()))
        return try await intake(actions, sent: Dictionary(webhook.alerts.map { ($0.fingerprint, $0) }) { first, _ in first })
    }

    /// Lets time pass: incidents whose alerts stayed resolved for the stability
    /// window resolve, and approval requests past their expiry expire (the
    /// case is escalated). Call it periodically.
    public func tick() async throws(LoopError) -> IntakeReport {
        let now = services.clock.now()
        var report = try await intake(correlator.handle(.tick(now)))
        for id in pendingApprovals.keys.sorted() where !busy.contains(id) {
            guard let request = pendingApprovals[id], request.expiresAt <= now else { continue }
            _ = try await vote(.expire, on: id)
            report.updated.append(id)
        }
        return report
    }

    /// Applies the correlator's actions; `sent` holds the notification's alerts.
    private func intake(_ actions: [IntakeAction], sent: [AlertFingerprint: AlertmanagerAlert] = [:]) async throws(LoopError)
        -> IntakeReport
    {
        var report = IntakeReport(actions: actions, opened: [], updated: [])
        for id in clearedWhileBusy.sorted() where !busy.contains(id) {
            guard var record = records[id] else {
                clearedWhileBusy.remove(id)
                continue
            }
            if try await resolveCleared(&record) { report.updated.append(id) }
        }
        for action in actions {
            switch action {
            case .open(let opening):
                report.opened.append(try await open(opening))
            case .attach(let incident, let alert):
                try await note(incident, &report, kind: "case.alert.attached", ["fingerprint": .string(alert.fingerprint.description)]) {
                    $0.alerts.append(alert)
                    $0.suppressedDuplicates += 1
                }
            case .duplicate(let incident, let fingerprint):
                // A member the case lacks is one whose attach failed to reach
                // the log or the store: the resend attaches it now.
                if let alert = sent[fingerprint], let id = caseID(of: incident),
                    records[id]?.alerts.contains(where: { $0.fingerprint == fingerprint }) == false
                {
                    try await note(incident, &report, kind: "case.alert.attached", ["fingerprint": .string(fingerprint.description)]) {
                        $0.alerts.append(alert)
                        $0.suppressedDuplicates += 1
                    }
                    continue
                }
                try await note(incident, &report, kind: "case.alert.duplicate", ["fingerprint": .string(fingerprint.description)]) {
                    $0.suppressedDuplicates += 1
                }
            case .flap(let incident, let fingerprint):
                try await note(incident, &report, kind: "case.alert.flap", ["fingerprint": .string(fingerprint.description)]) { _ in }
            case .resolve(let incident, _):
                guard let id = caseID(of: incident), var record = records[id] else { continue }
                if busy.contains(id) {
                    clearedWhileBusy.insert(id)
                    continue
                }
                if try await resolveCleared(&record) { report.updated.append(id) }
            case .clearing, .truncated, .ignore:
                continue
            }
        }
        return report
    }

    private func open(_ opening: IncidentOpening) async throws(LoopError) -> String {
        let id = configuration.caseIDPrefix + String(opening.incident)
        var record = CaseRecord(
            id: id, openedAt: services.clock.now(), hint: opening.classification?.hint,
            category: opening.classification?.category, alerts: [opening.alert])
        if let source = services.evidence {
            record.evidence = await source.collect(for: record)
        }
        // A case that is not on record does not exist: forget the incident,
        // so the notification's resend opens it again rather than counting
        // as a duplicate of nothing.
        do {
            try await audit(
                "case.opened", id,
                [
                    "incident": .number(Double(opening.incident)), "fingerprint": .string(opening.alert.fingerprint.description),
                    "hint": opening.classification.map { .string($0.hint) } ?? .null,
                    "group_key": .string(opening.key.groupKey),
                ])
            incidents[id] = opening.incident
            records[id] = record
            try await save(record)
        } catch {
            incidents[id] = nil
            records[id] = nil
            _ = correlator.handle(.close(incident: opening.incident))
            throw error
        }
        return id
    }

    /// Applies an intake change to the case of `incident`, audited and saved.
    /// The drive loop re-reads these fields when it saves, so a case being
    /// worked on still gains them.
    private func note(
        _ incident: Int, _ report: inout IntakeReport, kind: String, _ data: [String: JSONValue],
        _ change: (inout CaseRecord) -> Void
    ) async throws(LoopError) {
        guard let id = caseID(of: incident), var record = records[id] else { return }
        try await audit(kind, id, data)
        change(&record)
        records[id] = record
        try await save(record)
        report.updated.append(id)
    }

    /// Resolves a case whose alerts stayed resolved for the stability window,
    /// if nothing has run for it yet; returns whether it did.
    func resolveCleared(_ record: inout CaseRecord) async throws(LoopError) -> Bool {
        switch record.state {
        case .received, .triaging, .planned, .awaitingApproval:
            pendingApprovals[record.id] = nil
            try await transition(&record, .alertCleared, "the alert resolved and stayed resolved before anything ran")
            try await close(&record)
            clearedWhileBusy.remove(record.id)
            return true
        default:
            clearedWhileBusy.remove(record.id)
            return false
        }
    }

    func caseID(of incident: Int) -> String? {
        incidents.first { $0.value == incident }?.key
    }

    // MARK: - Records, audit, storage

    /// Appends an audit entry; a failure stops the caller.
    func audit(_ kind: String, _ caseID: String, _ data: [String: JSONValue]) async throws(LoopError) {
        do {
            _ = try await services.audit.append(AuditRecord(kind: kind, caseID: caseID, data: .object(data)))
        } catch {
            throw LoopError(.storage, case: caseID, "audit log: \(error)")
        }
    }

    /// Moves the case through its state machine, audited, and saves it.
    func transition(_ record: inout CaseRecord, _ event: CaseEvent, _ reason: String? = nil) async throws(LoopError) {
        do {
            try await record.apply(event, reason: reason, clock: services.clock, audit: services.audit)
        } catch {
            throw LoopError(.storage, case: record.id, "\(event): \(error)")
        }
        try await commit(&record)
    }

    /// Keeps `record` as the case's current state, taking in the alerts and
    /// duplicates intake added meanwhile, and saves it.
    func commit(_ record: inout CaseRecord) async throws(LoopError) {
        if let current = records[record.id] {
            record.alerts = current.alerts
            record.suppressedDuplicates = current.suppressedDuplicates
        }
        records[record.id] = record
        try await save(record)
    }

    private func save(_ record: CaseRecord) async throws(LoopError) {
        do {
            try await services.cases.save(record)
        } catch {
            throw LoopError(.storage, case: record.id, "case store: \(error)")
        }
    }

    /// Marks a case as being worked on; fails if it already is.
    func claim(_ id: String) throws(LoopError) -> CaseRecord {
        guard let record = records[id] else { throw LoopError(.unknownCase, case: id, "no such case") }
        guard busy.insert(id).inserted else { throw LoopError(.busy, case: id, "another call is working on this case") }
        return record
    }
}
