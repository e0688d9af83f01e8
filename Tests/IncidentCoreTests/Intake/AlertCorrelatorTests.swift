#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
import VigilTestKit
@testable import IncidentCore

@Suite struct AlertCorrelatorTests {
    static let t0 = Date(timeIntervalSince1970: 1_714_564_800)

    static func alert(_ name: String, _ instance: String, _ status: AlertStatus = .firing) -> AlertmanagerAlert {
        AlertmanagerAlert(status: status, labels: ["alertname": name, "instance": instance], startsAt: t0)
    }

    static func webhook(_ key: String, _ alerts: [AlertmanagerAlert], truncated: Int = 0) -> AlertmanagerWebhook {
        AlertmanagerWebhook(
            groupKey: key, truncatedAlerts: truncated,
            status: alerts.contains { $0.status == .firing } ? .firing : .resolved, receiver: "vigil", alerts: alerts)
    }

    func at(_ s: TimeInterval) -> Date { Self.t0.addingTimeInterval(s) }

    @Test func stormOfRepeatsAttachesToOneIncident() {
        var c = AlertCorrelator()
        let a = Self.alert("FrontendDown", "web-1")
        let first = c.handle(.webhook(Self.webhook("g", [a]), receivedAt: at(0)))
        guard case .open(let opening) = first.first else {
            Issue.record("expected open, got \(first)")
            return
        }
        #expect(opening.classification == AlertClassification(hint: "frontend_down", category: "availability"))
        #expect(opening.key == IncidentKey(groupKey: "g", hint: "frontend_down"))
        for i in 1...20 {
            let actions = c.handle(.webhook(Self.webhook("g", [a]), receivedAt: at(Double(i) * 10)))
            #expect(actions == [.duplicate(incident: opening.incident, fingerprint: a.fingerprint)])
        }
        let b = Self.alert("FrontendDown", "web-2")
        #expect(
            c.handle(.webhook(Self.webhook("g", [a, b]), receivedAt: at(300)))
                == [.duplicate(incident: 1, fingerprint: a.fingerprint), .attach(incident: 1, alert: b)])
        let status = c.status(of: 1)
        #expect(status?.suppressedDuplicates == 21)
        #expect(status?.members == [a.fingerprint, b.fingerprint].sorted())
        #expect(c.openIncidents == [1])
    }

    @Test func groupsByGroupKeyAndHint() {
        var c = AlertCorrelator()
        let actions = c.handle(
            .webhook(
                Self.webhook(
                    "g", [Self.alert("FrontendDown", "a"), Self.alert("DiskFull", "a"), Self.alert("FrontendDown", "b")]),
                receivedAt: at(0)))
        #expect(actions.count == 3)
        guard case .open(let o1) = actions[0], case .open(let o2) = actions[1], case .attach(let id, _) = actions[2] else {
            Issue.record("unexpected \(actions)")
            return
        }
        #expect(o1.incident == 1 && o2.incident == 2 && id == 1)
        #expect(o2.classification?.hint == "disk_full")
        // Same alert in another group: deduped by fingerprint, not reopened.
        #expect(
            c.handle(.webhook(Self.webhook("other", [Self.alert("FrontendDown", "a")]), receivedAt: at(1)))
                == [.duplicate(incident: 1, fingerprint: Self.alert("FrontendDown", "a").fingerprint)])
        // An unknown alert gets a nil hint and its own incident.
        let unknown = c.handle(.webhook(Self.webhook("g", [Self.alert("Weird", "x")]), receivedAt: at(2)))
        guard case .open(let o3) = unknown.first else {
            Issue.record("unexpected \(unknown)")
            return
        }
        #expect(o3.classification == nil && o3.key.hint == nil && o3.incident == 3)
    }

    @Test func resolvesOnlyAfterTheStabilityWindow() {
        var c = AlertCorrelator(configuration: IntakeConfiguration(stabilityWindow: 120))
        let a = Self.alert("FrontendDown", "web-1")
        _ = c.handle(.webhook(Self.webhook("g", [a]), receivedAt: at(0)))
        let resolvedA = Self.alert("FrontendDown", "web-1", .resolved)
        #expect(
            c.handle(.webhook(Self.webhook("g", [resolvedA]), receivedAt: at(60)))
                == [.clearing(incident: 1, since: at(60))])
        #expect(c.handle(.tick(at(179))) == [])
        #expect(c.handle(.webhook(Self.webhook("g", [resolvedA]), receivedAt: at(170))) == [])
        #expect(c.handle(.tick(at(180))) == [.resolve(incident: 1, at: at(180))])
        #expect(c.openIncidents.isEmpty)
        // After resolution the same alert opens a new incident.
        guard case .open(let o) = c.handle(.webhook(Self.webhook("g", [a]), receivedAt: at(200))).first else {
            Issue.record("expected a new incident")
            return
        }
        #expect(o.incident == 2)
    }

    @Test func flappingCancelsClearing() {
        var c = AlertCorrelator(configuration: IntakeConfiguration(stabilityWindow: 120))
        let a = Self.alert("FrontendDown", "web-1")
        let r = Self.alert("FrontendDown", "web-1", .resolved)
        _ = c.handle(.webhook(Self.webhook("g", [a]), receivedAt: at(0)))
        _ = c.handle(.webhook(Self.webhook("g", [r]), receivedAt: at(10)))
        #expect(c.handle(.webhook(Self.webhook("g", [a]), receivedAt: at(60))) == [.flap(incident: 1, fingerprint: a.fingerprint)])
        #expect(c.status(of: 1)?.clearingSince == nil)
        #expect(c.handle(.tick(at(500))) == [])
        #expect(c.handle(.webhook(Self.webhook("g", [r]), receivedAt: at(600))) == [.clearing(incident: 1, since: at(600))])
        #expect(c.handle(.tick(at(720))) == [.resolve(incident: 1, at: at(720))])
        #expect(c.status(of: 1) == nil)
    }

    @Test func clearingWaitsForEveryMember() {
        var c = AlertCorrelator(configuration: IntakeConfiguration(stabilityWindow: 60))
        let a = Self.alert("FrontendDown", "web-1")
        let b = Self.alert("FrontendDown", "web-2")
        _ = c.handle(.webhook(Self.webhook("g", [a, b]), receivedAt: at(0)))
        #expect(c.handle(.webhook(Self.webhook("g", [Self.alert("FrontendDown", "web-1", .resolved), b]), receivedAt: at(10))) == [.duplicate(incident: 1, fingerprint: b.fingerprint)])
        #expect(c.handle(.tick(at(1000))) == [])
        #expect(c.handle(.webhook(Self.webhook("g", [Self.alert("FrontendDown", "web-2", .resolved)]), receivedAt: at(1010))) == [.clearing(incident: 1, since: at(1010))])
        #expect(c.handle(.tick(at(1070))) == [.resolve(incident: 1, at: at(1070))])
    }

    @Test func truncatedAndUnknownResolvedAreReported() {
        var c = AlertCorrelator()
        let r = Self.alert("FrontendDown", "gone", .resolved)
        #expect(c.handle(.webhook(Self.webhook("g", [r], truncated: 4), receivedAt: at(0))) == [.ignore(fingerprint: r.fingerprint), .truncated(groupKey: "g", count: 4)])
        _ = c.handle(.webhook(Self.webhook("g", [Self.alert("FrontendDown", "x")]), receivedAt: at(1)))
        _ = c.handle(.close(incident: 1))
        #expect(c.openIncidents.isEmpty)
    }

    /// Random notifications over a small pool of alerts and groups, checked
    /// against a direct model: one open incident per key, an alert in at most
    /// one incident, and an incident resolves only when every member has been
    /// resolved (without refiring) for the whole window.
    @Test(arguments: PropertySeeds.make())
    func randomStreamsMatchTheModel(seed: UInt64) {
        var r = SplitMix64(seed: seed)
        let window = Double(r.int(0...100))
        var c = AlertCorrelator(configuration: IntakeConfiguration(stabilityWindow: window))
        let names = ["FrontendDown", "DiskFull", "Other"]
        let pool = (0..<8).map { i in (name: names[i % 3], instance: "i\(i / 3)") }
        var now = 0.0
        // Model: incident → member fingerprint → (firing, last change).
        var model: [Int: [AlertFingerprint: (firing: Bool, at: Double)]] = [:]
        var keys: [Int: IncidentKey] = [:]
        var resolutions = 0
        for step in 0..<400 {
            now += Double(r.int(0...30))
            let event: AlertCorrelator.Event
            if r.chance(0.2) {
                event = .tick(at(now))
            } else {
                let group = "g\(r.int(0...1))"
                // Distinct alerts per notification, as Alertmanager sends them.
                let alerts = pool.shuffled(using: &r).prefix(r.int(1...3)).map { p in
                    Self.alert(p.name, p.instance, r.chance(0.4) ? .resolved : .firing)
                }
                event = .webhook(Self.webhook(group, alerts), receivedAt: at(now))
                // Resolved notices of firing members change state without an action of their own.
                for a in alerts where a.status == .resolved {
                    for (id, members) in model where members[a.fingerprint]?.firing == true {
                        model[id]?[a.fingerprint] = (false, now)
                    }
                }
            }
            for action in c.handle(event) {
                let context = "seed \(seed) step \(step): \(action)"
                switch action {
                case .open(let o):
                    #expect(model[o.incident] == nil, "\(context)")
                    #expect(!keys.values.contains(o.key), "\(context): key already open")
                    #expect(!model.values.contains { $0[o.alert.fingerprint] != nil }, "\(context): alert already open")
                    model[o.incident] = [o.alert.fingerprint: (true, now)]
                    keys[o.incident] = o.key
                case .attach(let id, let alert):
                    #expect(!model.values.contains { $0[alert.fingerprint] != nil }, "\(context)")
                    model[id]?[alert.fingerprint] = (true, now)
                case .duplicate(let id, let fp):
                    #expect(model[id]?[fp]?.firing == true, "\(context)")
                case .flap(let id, let fp):
                    #expect(model[id]?[fp]?.firing == false, "\(context)")
                    model[id]?[fp] = (true, now)
                case .clearing(let id, _):
                    #expect(model[id]?.values.allSatisfy { !$0.firing } == true, "\(context)")
                case .resolve(let id, _):
                    let members = model[id] ?? [:]
                    #expect(!members.isEmpty && members.values.allSatisfy { !$0.firing && now - $0.at >= window }, "\(context)")
                    model[id] = nil
                    keys[id] = nil
                    resolutions += 1
                case .ignore(let fp):
                    #expect(!model.values.contains { $0[fp] != nil }, "\(context)")
                case .truncated:
                    Issue.record("\(context): nothing was truncated")
                }
            }
            #expect(Set(c.openIncidents) == Set(model.keys), "seed \(seed) step \(step)")
        }
        #expect(resolutions > 5, "seed \(seed): the stream should exercise resolution")
    }
}
