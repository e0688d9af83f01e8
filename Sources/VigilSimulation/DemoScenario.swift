#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import IncidentCore

/// One of the PoC's three scenarios: the alerts Alertmanager sends, when, and
/// what the simulated host looks like.
public struct DemoScenario: Sendable {
    /// `S1`, `S2`, `S3`.
    public let id: String
    /// What goes wrong.
    public let title: String
    /// What the loop is expected to do, in words.
    public let expectation: String
    /// The notifications, each with its delay after the previous one (the
    /// first after the alert started firing), in seconds.
    public let notifications: [(delay: Double, alerts: [AlertmanagerAlert])]
    /// The Alertmanager group key of the notifications.
    public let groupKey: String
    /// The category the hint table gives the alert.
    public let category: String
    /// Seconds from the fault to the alert's `startsAt` (the rule's `for:`).
    public let detectionSeconds: Double
    /// How each alert's state follows from the host.
    public let conditions: [SimulatedHost.Condition]

    /// S1, S2 and S3, in order.
    public static func all(startingAt t0: Date) -> [DemoScenario] {
        [diskFull(t0), missingContainer(t0), frontendDown(t0)]
    }

    /// The notification at `index` as a webhook body.
    func webhook(_ index: Int) -> AlertmanagerWebhook {
        let alerts = notifications[index].alerts
        let common = alerts.dropFirst().reduce(alerts.first?.labels ?? [:]) { acc, a in acc.filter { a.labels[$0.key] == $0.value } }
        return AlertmanagerWebhook(
            groupKey: groupKey, status: .firing, receiver: "vigil",
            groupLabels: ["alertname": alerts.first?.labels["alertname"] ?? ""], commonLabels: common,
            externalURL: "http://alertmanager.demo:9093", alerts: alerts)
    }

    static func alert(_ labels: [String: String], summary: String, description: String, startsAt: Date) -> AlertmanagerAlert {
        AlertmanagerAlert(
            status: .firing, labels: labels, annotations: ["summary": summary, "description": description], startsAt: startsAt,
            generatorURL: "http://prometheus.demo:9090/graph")
    }

    /// S1: the root filesystem fills with unused images; `api` fails on ENOSPC.
    static func diskFull(_ t0: Date) -> DemoScenario {
        let a = alert(
            ["alertname": "DiskFull", "instance": "node-1", "container": "api", "mountpoint": "/", "severity": "critical"],
            summary: "Root filesystem almost full on node-1",
            description: "Filesystem / is 97% full; container api fails writes with ENOSPC (no space left on device).",
            startsAt: t0.addingTimeInterval(60))
        return DemoScenario(
            id: "S1", title: "ENOSPC: the disk fills up",
            expectation: "prune → df snapshot → restart; resolves when the alert clears",
            notifications: [(30, [a])], groupKey: "{}:{alertname=\"DiskFull\"}", category: "storage", detectionSeconds: 60,
            conditions: [.diskFull(percent: 85, container: "api")])
    }

    /// S2: a container the alert names no longer exists; starting it fails.
    static func missingContainer(_ t0: Date) -> DemoScenario {
        let a = alert(
            ["alertname": "ContainerMissing", "instance": "node-2", "container": "payments-worker", "severity": "critical"],
            summary: "Container payments-worker is not running on node-2",
            description: "Container payments-worker has been absent for 2 minutes.",
            startsAt: t0.addingTimeInterval(120))
        return DemoScenario(
            id: "S2", title: "A missing container",
            expectation: "start fails, 3 attempts, then escalation with a runbook draft",
            notifications: [(30, [a])], groupKey: "{}:{alertname=\"ContainerMissing\"}", category: "availability",
            detectionSeconds: 120, conditions: [.containerAbsent("payments-worker")])
    }

    /// S3: the frontend stops answering; three probes fire, Alertmanager
    /// resends; the first restart does not hold, the second does.
    static func frontendDown(_ t0: Date) -> DemoScenario {
        let start = t0.addingTimeInterval(60)
        func probe(_ region: String) -> AlertmanagerAlert {
            alert(
                ["alertname": "FrontendDown", "instance": "node-3", "container": "frontend", "probe": "blackbox-\(region)", "severity": "page"],
                summary: "Frontend is down",
                description: "The frontend on node-3 has not answered HTTP probes for 1 minute.", startsAt: start)
        }
        let eu = probe("eu"), us = probe("us"), ap = probe("ap")
        return DemoScenario(
            id: "S3", title: "FrontendDown alert storm",
            expectation: "restart with backoff; the storm's duplicate alerts are suppressed",
            notifications: [(30, [eu]), (10, [eu, us, ap]), (10, [eu, us, ap]), (30, [eu, us, ap])],
            groupKey: "{}:{alertname=\"FrontendDown\"}", category: "availability", detectionSeconds: 60,
            conditions: [.containerUnhealthy("frontend"), .containerUnhealthy("frontend"), .containerUnhealthy("frontend")])
    }

    /// Every distinct alert of the scenario with the condition it follows.
    var watchedAlerts: [(AlertmanagerAlert, SimulatedHost.Condition)] {
        var seen: Set<AlertFingerprint> = []
        var out: [(AlertmanagerAlert, SimulatedHost.Condition)] = []
        for n in notifications {
            for a in n.alerts where seen.insert(a.fingerprint).inserted {
                out.append((a, conditions[min(out.count, conditions.count - 1)]))
            }
        }
        return out
    }
}
