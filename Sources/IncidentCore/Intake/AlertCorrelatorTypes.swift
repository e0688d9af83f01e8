#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// How alerts are grouped into incidents: Alertmanager's group key and the hint,
/// so two different faults routed into one group do not share a plan.
public struct IncidentKey: Sendable, Hashable, Codable {
    /// The notification's `groupKey`.
    public var groupKey: String
    /// The alert's hint, `nil` when the hint table has none.
    public var hint: String?

    /// Creates a key.
    public init(groupKey: String, hint: String?) {
        self.groupKey = groupKey
        self.hint = hint
    }
}

/// A new incident: the first firing alert of a key with no open incident.
public struct IncidentOpening: Sendable, Hashable {
    /// The incident's number, unique per ``AlertCorrelator``.
    public var incident: Int
    /// The grouping key.
    public var key: IncidentKey
    /// The hint and category, `nil` when no rule matched.
    public var classification: AlertClassification?
    /// The alert that opened it.
    public var alert: AlertmanagerAlert
    /// When the notification arrived.
    public var receivedAt: Date
}

/// What the correlator tells its driver to do with an event. Deterministic:
/// same events, same actions, in the same order.
public enum IntakeAction: Sendable, Hashable {
    /// Open a case for a new incident.
    case open(IncidentOpening)
    /// A new alert joined an open incident (storm suppression: no new case).
    case attach(incident: Int, alert: AlertmanagerAlert)
    /// An alert already part of an open incident was sent again; suppressed.
    case duplicate(incident: Int, fingerprint: AlertFingerprint)
    /// An alert that had resolved fired again before the stability window passed.
    case flap(incident: Int, fingerprint: AlertFingerprint)
    /// Every alert of the incident has resolved; resolution waits for the window.
    case clearing(incident: Int, since: Date)
    /// The incident stayed clear for the stability window: it is resolved.
    case resolve(incident: Int, at: Date)
    /// The notification left out alerts (`truncatedAlerts`): the incidents it
    /// touched may be missing members.
    case truncated(groupKey: String, count: Int)
    /// A resolved alert that belongs to no open incident; nothing to do.
    case ignore(fingerprint: AlertFingerprint)
}

/// What the correlator knows about one open incident.
public struct IncidentStatus: Sendable, Hashable {
    /// The incident's number.
    public var incident: Int
    /// Its grouping key.
    public var key: IncidentKey
    /// Its member alerts' fingerprints, sorted.
    public var members: [AlertFingerprint]
    /// Members currently firing.
    public var firing: Int
    /// How many repeated notifications of known members were suppressed.
    public var suppressedDuplicates: Int
    /// How many times a resolved member fired again within the window.
    public var flaps: Int
    /// Since when every member has been resolved, if they all have.
    public var clearingSince: Date?
}

/// Configuration of the ``AlertCorrelator``.
public struct IntakeConfiguration: Sendable, Hashable {
    /// The label → hint table.
    public var hints: AlertHintTable
    /// How long every alert of an incident must stay resolved before the
    /// incident counts as resolved, in seconds (Alertmanager resends and flaps).
    public var stabilityWindow: TimeInterval

    /// Creates a configuration; the window defaults to 5 minutes.
    public init(hints: AlertHintTable = .standard, stabilityWindow: TimeInterval = 300) {
        self.hints = hints
        self.stabilityWindow = max(0, stabilityWindow.isFinite ? stabilityWindow : 0)
    }
}
