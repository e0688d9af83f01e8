#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Whether an alert (or a whole notification) is firing or resolved.
public enum AlertStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// The condition holds.
    case firing
    /// The condition no longer holds.
    case resolved
}

/// One alert of an Alertmanager webhook notification.
public struct AlertmanagerAlert: Sendable, Hashable {
    /// `firing` or `resolved`.
    public var status: AlertStatus
    /// The alert's identifying labels (`alertname`, `instance`, `severity`...).
    public var labels: [String: String]
    /// Informational annotations (`summary`, `description`, `runbook_url`...).
    public var annotations: [String: String]
    /// When the alert started firing.
    public var startsAt: Date
    /// When it ended; `nil` when Alertmanager sends Go's zero time
    /// (`0001-01-01T00:00:00Z`), which it does for firing alerts.
    public var endsAt: Date?
    /// The link back to the expression that produced the alert (may be empty).
    public var generatorURL: String
    /// The alert's identity: the one sent, or recomputed from the labels when
    /// the payload had none.
    public var fingerprint: AlertFingerprint

    /// Creates an alert; the fingerprint defaults to the one Alertmanager would compute.
    public init(
        status: AlertStatus, labels: [String: String], annotations: [String: String] = [:], startsAt: Date,
        endsAt: Date? = nil, generatorURL: String = "", fingerprint: AlertFingerprint? = nil
    ) {
        self.status = status
        self.labels = labels
        self.annotations = annotations
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.generatorURL = generatorURL
        self.fingerprint = fingerprint ?? AlertFingerprint(labels: labels)
    }

    /// The `alertname` label, if any.
    public var name: String? { labels["alertname"] }
}

/// A Prometheus Alertmanager webhook notification, protocol version "4"
/// (Alertmanager's `notify/webhook` message: `template.Data` plus version,
/// group key and truncated-alert count).
///
/// Decode with ``decode(_:)``; every malformed field is reported with its path.
public struct AlertmanagerWebhook: Sendable, Hashable {
    /// The protocol version; always "4".
    public var version: String
    /// The key identifying the alert group (`{}/{alertname="X"}:{...}`).
    public var groupKey: String
    /// How many alerts Alertmanager left out because of the receiver's `max_alerts`.
    public var truncatedAlerts: Int
    /// `firing` if any alert is firing, else `resolved`.
    public var status: AlertStatus
    /// The receiver's name.
    public var receiver: String
    /// The labels the group was formed by.
    public var groupLabels: [String: String]
    /// Labels all alerts share.
    public var commonLabels: [String: String]
    /// Annotations all alerts share.
    public var commonAnnotations: [String: String]
    /// The Alertmanager's external URL.
    public var externalURL: String
    /// The alerts, in the order sent.
    public var alerts: [AlertmanagerAlert]
    /// Why this notification was sent (newer Alertmanagers), e.g. `first notification`.
    public var notificationReason: String?
    /// The labels of the route that matched (newer Alertmanagers).
    public var routeLabels: [String: String]?

    /// Creates a notification.
    public init(
        groupKey: String, truncatedAlerts: Int = 0, status: AlertStatus, receiver: String,
        groupLabels: [String: String] = [:], commonLabels: [String: String] = [:],
        commonAnnotations: [String: String] = [:], externalURL: String = "", alerts: [AlertmanagerAlert],
        notificationReason: String? = nil, routeLabels: [String: String]? = nil
    ) {
        self.version = "4"
        self.groupKey = groupKey
        self.truncatedAlerts = truncatedAlerts
        self.status = status
        self.receiver = receiver
        self.groupLabels = groupLabels
        self.commonLabels = commonLabels
        self.commonAnnotations = commonAnnotations
        self.externalURL = externalURL
        self.alerts = alerts
        self.notificationReason = notificationReason
        self.routeLabels = routeLabels
    }
}
