#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
@testable import IncidentCore

@Suite struct AlertmanagerDecodingTests {
    func decode(_ text: String) throws(JSONShapeError) -> AlertmanagerWebhook {
        try AlertmanagerWebhook.decode(Array(text.utf8))
    }

    @Test func firingPayloadDecodesEveryField() throws {
        let w = try decode(AlertmanagerFixtures.firing)
        #expect(w.version == "4")
        #expect(w.receiver == "vigil")
        #expect(w.status == .firing)
        #expect(w.groupKey == #"{}:{alertname="FrontendDown"}"#)
        #expect(w.truncatedAlerts == 0)
        #expect(w.groupLabels == ["alertname": "FrontendDown"])
        #expect(w.commonLabels["severity"] == "critical")
        #expect(w.commonAnnotations["summary"] == "Frontend web-1 is down")
        #expect(w.externalURL == "http://alertmanager:9093")
        #expect(w.notificationReason == nil)
        #expect(w.routeLabels == nil)
        let a = try #require(w.alerts.first)
        #expect(a.status == .firing)
        #expect(a.name == "FrontendDown")
        #expect(a.labels.count == 4)
        #expect(a.annotations["description"] == "web-1:8080 has not answered for 1m.")
        // 2024-05-01T12:00:00Z is 1714564800 (date -u -d 2024-05-01T12:00:00Z +%s).
        #expect(abs(a.startsAt.timeIntervalSince1970 - 1_714_564_800.123456789) < 1e-6)
        #expect(a.endsAt == nil)
        #expect(a.generatorURL.hasPrefix("http://prometheus:9090/graph?"))
        #expect(a.fingerprint.hex == "962ad9c944cfad0a")
    }

    @Test func newerFieldsAndResolvedEndsAt() throws {
        let w = try decode(AlertmanagerFixtures.resolved)
        #expect(w.status == .resolved)
        #expect(w.notificationReason == "all alerts resolved")
        #expect(w.routeLabels == ["team": "web"])
        #expect(w.alerts[0].status == .resolved)
        #expect(w.alerts[0].endsAt == Date(timeIntervalSince1970: 1_714_565_250))
    }

    @Test func groupedPayloadKeepsOrderAndOffsets() throws {
        let w = try decode(AlertmanagerFixtures.grouped)
        #expect(w.alerts.map(\.fingerprint.hex) == ["962ad9c944cfad0a", "ab9111e7c0012aa5", "c78ff792eedf59d9"])
        #expect(w.alerts[0].startsAt == Date(timeIntervalSince1970: 1_714_564_800))  // 14:00+02:00 = 12:00Z
        #expect(w.alerts[2].startsAt == Date(timeIntervalSince1970: 1_714_564_680.5))
        #expect(w.commonLabels.isEmpty)
        #expect(w.routeLabels == ["severity": "critical"])
    }

    @Test func truncatedPayloadAndNullAnnotations() throws {
        let w = try decode(AlertmanagerFixtures.truncated)
        #expect(w.truncatedAlerts == 2)
        #expect(w.alerts[0].annotations.isEmpty)
    }

    @Test func missingFingerprintsAreRecomputedAsAlertmanagerDoes() throws {
        let w = try decode(AlertmanagerFixtures.withoutFingerprints)
        #expect(w.truncatedAlerts == 0)
        #expect(w.alerts[0].fingerprint.hex == "c78ff792eedf59d9")
        // prometheus/common model/signature_test.go: 5799056148416392346.
        #expect(w.alerts[1].fingerprint.value == 5_799_056_148_416_392_346)
    }

    @Test func fingerprintKnownValues() {
        // Values from prometheus/common's signature tests and the Python oracle above.
        #expect(AlertFingerprint(labels: [:]).value == 14_695_981_039_346_656_037)
        #expect(AlertFingerprint(labels: ["first-label": "first-label-value"]).value == 5_146_282_821_936_882_169)
        #expect(
            AlertFingerprint(labels: ["first-label": "first-label-value", "second-label": "second-label-value"]).value
                == 3_195_800_080_984_914_717)
        #expect(
            AlertFingerprint(labels: [
                "first-label": "first-label-value", "second-label": "second-label-value",
                "third-label": "third-label-value",
            ]).value == 13_843_036_195_897_128_121)
        #expect(AlertFingerprint(labels: ["a": "b"]).hex == "d2b371819297f98a")
        // Byte order, not Unicode collation: "Z" < "a" < "é".
        #expect(AlertFingerprint(labels: ["Z": "1", "a": "2", "é": "ü"]).hex == "458c2f4c2e14f88a")
        #expect(AlertFingerprint(labels: [:]).hex == "cbf29ce484222325")
        #expect(AlertFingerprint(hex: "00000000000000ff")?.value == 255)
        #expect(AlertFingerprint(hex: "FF")?.value == 255)
        #expect(AlertFingerprint(hex: "") == nil)
        #expect(AlertFingerprint(hex: "12345678901234567") == nil)
        #expect(AlertFingerprint(hex: "-1") == nil)
        #expect(AlertFingerprint(hex: "xyz") == nil)
    }

    @Test func roundTripsThroughItsJSONForm() throws {
        for text in [
            AlertmanagerFixtures.firing, AlertmanagerFixtures.resolved, AlertmanagerFixtures.grouped,
            AlertmanagerFixtures.truncated, AlertmanagerFixtures.withoutFingerprints,
        ] {
            let w = try decode(text)
            let again = try AlertmanagerWebhook.decode(Array(w.jsonValue.canonicalText.utf8))
            #expect(again == w)
            let alerts = try JSONDecoder().decode([AlertmanagerAlert].self, from: JSONEncoder().encode(w.alerts))
            #expect(alerts == w.alerts)
        }
    }

    /// Each row: a mutation of the firing fixture and the exact error it must give.
    static let malformed: [(String, String, String)] = [
        ("not JSON", "{", "(document): not valid JSON: expected a string key at offset 1"),
        ("trailing comma", #"{"version":"4",}"#, "(document): not valid JSON: expected a string key at offset 15"),
        ("duplicate key", #"{"version":"4","version":"4"}"#, #"(document): not valid JSON: duplicate key "version" at offset 15"#),
        ("array root", "[]", "(document): expected an object, found an array"),
        ("version 3", #"{"version":"3"}"#, #"version: unsupported webhook version "3"; expected "4""#),
        ("version number", #"{"version":4}"#, "version: expected a string, found a number"),
        ("no version", #"{"alerts":[]}"#, "version: missing required field"),
        ("no alerts", #"{"version":"4"}"#, "alerts: missing required field"),
        ("alerts object", #"{"version":"4","alerts":{}}"#, "alerts: expected an array, found an object"),
    ]

    @Test(arguments: malformed)
    func malformedTopLevel(name: String, body: String, expected: String) {
        #expect(throws: JSONShapeError.self) { try decode(body) }
        do {
            _ = try decode(body)
        } catch {
            #expect(error.description == expected, "\(name)")
        }
    }

    /// Replaces `old` by `new` in a fixture and expects `message`.
    static let fieldErrors: [(String, String, String, String)] = [
        (AlertmanagerFixtures.grouped, #""startsAt":"2024-05-01T11:58:00.5Z""#, #""startsAt":"yesterday""#,
         #"alerts[2].startsAt: not an RFC 3339 date: "yesterday""#),
        (AlertmanagerFixtures.grouped, #""startsAt":"2024-05-01T11:58:00.5Z""#, #""startsAt":"2024-02-30T00:00:00Z""#,
         #"alerts[2].startsAt: not an RFC 3339 date: "2024-02-30T00:00:00Z""#),
        (AlertmanagerFixtures.grouped, #""startsAt":"2024-05-01T12:00:05Z""#, #""startsAt":1714564805"#,
         "alerts[1].startsAt: expected a string, found a number"),
        (AlertmanagerFixtures.firing, #""endsAt":"0001-01-01T00:00:00Z""#, #""endsAt":"2024-05-01 12:00:00""#,
         #"alerts[0].endsAt: not an RFC 3339 date: "2024-05-01 12:00:00""#),
        (AlertmanagerFixtures.firing, #""severity":"critical"},"annotations""#, #""severity":5},"annotations""#,
         "alerts[0].labels.severity: expected a string, found a number"),
        (AlertmanagerFixtures.firing, #""job":"frontend","severity""#, #""job.name":true,"severity""#,
         #"alerts[0].labels["job.name"]: expected a string, found a boolean"#),
        (AlertmanagerFixtures.firing, #""status":"firing","labels""#, #""status":"pending","labels""#,
         #"alerts[0].status: expected "firing" or "resolved", found "pending""#),
        (AlertmanagerFixtures.firing, #""fingerprint":"962ad9c944cfad0a""#, #""fingerprint":"not-hex""#,
         #"alerts[0].fingerprint: not a hex fingerprint: "not-hex""#),
        (AlertmanagerFixtures.firing, #","generatorURL":"http"#, #","generatorURLs":"http"#,
         "alerts[0].generatorURL: missing required field"),
        (AlertmanagerFixtures.firing, #""truncatedAlerts":0"#, #""truncatedAlerts":-1"#,
         "truncatedAlerts: expected a non-negative integer, found -1"),
        (AlertmanagerFixtures.firing, #""truncatedAlerts":0"#, #""truncatedAlerts":1.5"#,
         "truncatedAlerts: expected a non-negative integer, found 1.5"),
        (AlertmanagerFixtures.firing, #""receiver":"vigil""#, #""receiver":null"#,
         "receiver: expected a string, found null"),
        (AlertmanagerFixtures.resolved, #""routeLabels": {"team": "web"}"#, #""routeLabels": ["web"]"#,
         "routeLabels: expected an object, found an array"),
        (AlertmanagerFixtures.resolved, #""notification_reason": "all alerts resolved""#, #""notification_reason": 7"#,
         "notification_reason: expected a string, found a number"),
        (AlertmanagerFixtures.firing, #""groupKey":"{}:{alertname=\"FrontendDown\"}","#, "",
         "groupKey: missing required field"),
    ]

    @Test(arguments: fieldErrors)
    func malformedFieldNamesItsPath(fixture: String, old: String, new: String, expected: String) throws {
        #expect(fixture.contains(old), "fixture must contain \(old)")
        let body = fixture.replacing(old, with: new)
        do {
            _ = try decode(body)
            Issue.record("decoded without error: \(expected)")
        } catch {
            #expect(error.description == expected)
        }
    }
}
