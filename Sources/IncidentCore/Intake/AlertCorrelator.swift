#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Turns a stream of Alertmanager notifications into incidents: dedupe by
/// fingerprint, group by group key and hint, suppress storms (repeats and new
/// alerts of an open incident attach to it), and resolve an incident only once
/// every member has stayed resolved for the stability window.
///
/// A pure state machine: no I/O, no clock of its own (time comes with each
/// event), so it is replayable and tested synchronously.
///
/// ```swift
/// var intake = AlertCorrelator()
/// for action in intake.handle(.webhook(payload, receivedAt: clock.now())) { ... }
/// for action in intake.handle(.tick(clock.now())) { ... }   // promotes resolutions
/// ```
public struct AlertCorrelator: Sendable {
    /// Events the correlator handles.
    public enum Event: Sendable {
        /// A decoded notification, with the time it arrived.
        case webhook(AlertmanagerWebhook, receivedAt: Date)
        /// Time passed; incidents whose window has elapsed resolve.
        case tick(Date)
        /// The driver closed the incident for its own reasons; forget it.
        case close(incident: Int)
    }

    enum Member: Hashable {
        case firing
        case resolved(at: Date)
    }

    struct Incident {
        var key: IncidentKey
        var members: [AlertFingerprint: Member] = [:]
        var duplicates = 0
        var flaps = 0
        var clearingSince: Date?
    }

    /// The configuration.
    public let configuration: IntakeConfiguration
    private var incidents: [Int: Incident] = [:]
    private var byKey: [IncidentKey: Int] = [:]
    private var byFingerprint: [AlertFingerprint: Int] = [:]
    private var nextIncident: Int

    /// Creates a correlator numbering incidents from `firstIncident` (a driver
    /// that restarts passes one past the last number it stored).
    public init(configuration: IntakeConfiguration = IntakeConfiguration(), firstIncident: Int = 1) {
        self.configuration = configuration
        self.nextIncident = firstIncident
    }

    /// Handles one event and returns what to do, in order.
    public mutating func handle(_ event: Event) -> [IntakeAction] {
        switch event {
        case .webhook(let webhook, let receivedAt):
            var actions: [IntakeAction] = []
            var touched: [Int] = []
            for alert in webhook.alerts {
                let (action, incident) = handle(alert, groupKey: webhook.groupKey, at: receivedAt)
                if let action { actions.append(action) }
                if let incident, !touched.contains(incident) { touched.append(incident) }
            }
            if webhook.truncatedAlerts > 0 {
                actions.append(.truncated(groupKey: webhook.groupKey, count: webhook.truncatedAlerts))
            }
            for id in touched { actions += updateClearing(id) }
            return actions + resolveElapsed(at: receivedAt)
        case .tick(let now):
            return resolveElapsed(at: now)
        case .close(let id):
            remove(id)
            return []
        }
    }

    /// The open incident `id`, if any.
    public func status(of id: Int) -> IncidentStatus? {
        guard let i = incidents[id] else { return nil }
        return IncidentStatus(
            incident: id, key: i.key, members: i.members.keys.sorted(),
            firing: i.members.values.filter { $0 == .firing }.count, suppressedDuplicates: i.duplicates,
            flaps: i.flaps, clearingSince: i.clearingSince)
    }

    /// The numbers of the open incidents, ascending.
    public var openIncidents: [Int] { incidents.keys.sorted() }

    /// The action for one alert (if any) and the incident it touched (if any).
    private mutating func handle(_ alert: AlertmanagerAlert, groupKey: String, at now: Date) -> (IntakeAction?, Int?) {
        let fp = alert.fingerprint
        if let id = byFingerprint[fp] {
            let member = incidents[id]!.members[fp]!
            switch (alert.status, member) {
            case (.firing, .firing):
                incidents[id]!.duplicates += 1
                return (.duplicate(incident: id, fingerprint: fp), id)
            case (.firing, .resolved):
                incidents[id]!.members[fp] = .firing
                incidents[id]!.flaps += 1
                return (.flap(incident: id, fingerprint: fp), id)
            case (.resolved, .firing):
                incidents[id]!.members[fp] = .resolved(at: now)
                return (nil, id)
            case (.resolved, .resolved):
                return (nil, nil)
            }
        }
        guard alert.status == .firing else { return (.ignore(fingerprint: fp), nil) }
        let classification = configuration.hints.classify(alert.labels)
        let key = IncidentKey(groupKey: groupKey, hint: classification?.hint)
        if let id = byKey[key] {
            incidents[id]!.members[fp] = .firing
            byFingerprint[fp] = id
            return (.attach(incident: id, alert: alert), id)
        }
        let id = nextIncident
        nextIncident += 1
        incidents[id] = Incident(key: key, members: [fp: .firing])
        byKey[key] = id
        byFingerprint[fp] = id
        let opening = IncidentOpening(
            incident: id, key: key, classification: classification, alert: alert, receivedAt: now)
        return (.open(opening), id)
    }

    /// Starts, moves or cancels the incident's clearing period after its members changed.
    private mutating func updateClearing(_ id: Int) -> [IntakeAction] {
        guard var incident = incidents[id] else { return [] }
        var latest: Date?
        for member in incident.members.values {
            guard case .resolved(let at) = member else {
                incidents[id]!.clearingSince = nil
                return []
            }
            latest = max(latest ?? at, at)
        }
        guard let latest, incident.clearingSince != latest else { return [] }
        incident.clearingSince = latest
        incidents[id] = incident
        return [.clearing(incident: id, since: latest)]
    }

    private mutating func resolveElapsed(at now: Date) -> [IntakeAction] {
        let due = incidents.filter { _, i in
            i.clearingSince.map { now.timeIntervalSince($0) >= configuration.stabilityWindow } ?? false
        }.keys.sorted()
        return due.map { id in
            remove(id)
            return .resolve(incident: id, at: now)
        }
    }

    private mutating func remove(_ id: Int) {
        guard let incident = incidents.removeValue(forKey: id) else { return }
        byKey[incident.key] = nil
        for fp in incident.members.keys { byFingerprint[fp] = nil }
    }
}
