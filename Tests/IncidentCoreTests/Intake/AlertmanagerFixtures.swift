/// Alertmanager webhook bodies as Alertmanager 0.27–0.28 sends them (field order,
/// Go's time formats, the zero `endsAt` of firing alerts), kept as literals
/// because the test target has no resources.
///
/// The fingerprints were computed independently of the Swift code with:
///
///     def fp(labels):
///         h = 0xcbf29ce484222325
///         for k in sorted(labels, key=lambda s: s.encode()):
///             for b in k.encode() + b'\xff' + labels[k].encode() + b'\xff':
///                 h ^= b; h = (h * 0x100000001b3) & 0xffffffffffffffff
///         return '%016x' % h
enum AlertmanagerFixtures {
    /// One firing alert, older Alertmanager (no notification_reason / routeLabels).
    static let firing = #"""
        {"receiver":"vigil","status":"firing","alerts":[{"status":"firing","labels":{"alertname":"FrontendDown","instance":"web-1:8080","job":"frontend","severity":"critical"},"annotations":{"summary":"Frontend web-1 is down","description":"web-1:8080 has not answered for 1m."},"startsAt":"2024-05-01T12:00:00.123456789Z","endsAt":"0001-01-01T00:00:00Z","generatorURL":"http://prometheus:9090/graph?g0.expr=up%7Bjob%3D%22frontend%22%7D+%3D%3D+0&g0.tab=1","fingerprint":"962ad9c944cfad0a"}],"groupLabels":{"alertname":"FrontendDown"},"commonLabels":{"alertname":"FrontendDown","instance":"web-1:8080","job":"frontend","severity":"critical"},"commonAnnotations":{"summary":"Frontend web-1 is down","description":"web-1:8080 has not answered for 1m."},"externalURL":"http://alertmanager:9093","version":"4","groupKey":"{}:{alertname=\"FrontendDown\"}","truncatedAlerts":0}
        """#

    /// The same alert resolved, sent by a newer Alertmanager.
    static let resolved = #"""
        {
          "receiver": "vigil",
          "status": "resolved",
          "alerts": [
            {
              "status": "resolved",
              "labels": {"alertname": "FrontendDown", "instance": "web-1:8080", "job": "frontend", "severity": "critical"},
              "annotations": {"summary": "Frontend web-1 is down"},
              "startsAt": "2024-05-01T12:00:00.123456789Z",
              "endsAt": "2024-05-01T12:07:30Z",
              "generatorURL": "http://prometheus:9090/graph?g0.expr=up",
              "fingerprint": "962ad9c944cfad0a"
            }
          ],
          "groupLabels": {"alertname": "FrontendDown"},
          "commonLabels": {"alertname": "FrontendDown", "instance": "web-1:8080", "job": "frontend", "severity": "critical"},
          "commonAnnotations": {"summary": "Frontend web-1 is down"},
          "externalURL": "http://alertmanager:9093",
          "version": "4",
          "groupKey": "{}:{alertname=\"FrontendDown\"}",
          "truncatedAlerts": 0,
          "notification_reason": "all alerts resolved",
          "routeLabels": {"team": "web"}
        }
        """#

    /// A group of two FrontendDown alerts and one DiskFull in the same route
    /// group (grouped by `job`), with an offset time zone.
    static let grouped = #"""
        {"receiver":"vigil","status":"firing","alerts":[
        {"status":"firing","labels":{"alertname":"FrontendDown","instance":"web-1:8080","job":"frontend","severity":"critical"},"annotations":{},"startsAt":"2024-05-01T14:00:00+02:00","endsAt":"0001-01-01T00:00:00Z","generatorURL":"","fingerprint":"962ad9c944cfad0a"},
        {"status":"firing","labels":{"alertname":"FrontendDown","instance":"web-2:8080","job":"frontend","severity":"critical"},"annotations":{},"startsAt":"2024-05-01T12:00:05Z","endsAt":"0001-01-01T00:00:00Z","generatorURL":"","fingerprint":"ab9111e7c0012aa5"},
        {"status":"firing","labels":{"alertname":"DiskFull","device":"/dev/sda1","instance":"node-3","mountpoint":"/"},"annotations":{"summary":"Root filesystem on node-3 is 99% full"},"startsAt":"2024-05-01T11:58:00.5Z","endsAt":"0001-01-01T00:00:00Z","generatorURL":"","fingerprint":"c78ff792eedf59d9"}],
        "groupLabels":{"job":"frontend"},"commonLabels":{},"commonAnnotations":{},"externalURL":"http://alertmanager:9093","version":"4","groupKey":"{}/{severity=~\"critical|warning\"}:{job=\"frontend\"}","truncatedAlerts":0,
        "notification_reason":"new alerts added","routeLabels":{"severity":"critical"}}
        """#

    /// `max_alerts: 1`: one alert sent, two left out; annotations as Go's nil map.
    static let truncated = #"""
        {"receiver":"vigil","status":"firing","alerts":[{"status":"firing","labels":{"alertname":"ContainerMissing","container":"payments","host":"app-2"},"annotations":null,"startsAt":"2024-05-01T12:00:00Z","endsAt":"0001-01-01T00:00:00Z","generatorURL":"","fingerprint":"0989e94fdd67f349"}],"groupLabels":{"alertname":"ContainerMissing"},"commonLabels":{"alertname":"ContainerMissing"},"commonAnnotations":{},"externalURL":"http://alertmanager:9093","version":"4","groupKey":"{}:{alertname=\"ContainerMissing\"}","truncatedAlerts":2}
        """#

    /// A hand-made payload (or a pre-0.20 Alertmanager): no fingerprints, no
    /// truncatedAlerts; one fingerprint is present but empty.
    static let withoutFingerprints = #"""
        {"receiver":"vigil","status":"firing","alerts":[
        {"status":"firing","labels":{"alertname":"DiskFull","device":"/dev/sda1","instance":"node-3","mountpoint":"/"},"annotations":{},"startsAt":"2024-05-01T11:58:00Z","endsAt":"0001-01-01T00:00:00Z","generatorURL":""},
        {"status":"firing","labels":{"name":"garland, briggs","fear":"love is not enough"},"annotations":{},"startsAt":"2024-05-01T11:58:00Z","endsAt":"0001-01-01T00:00:00Z","generatorURL":"","fingerprint":""}],
        "groupLabels":{},"commonLabels":{},"commonAnnotations":{},"externalURL":"","version":"4","groupKey":"{}:{}"}
        """#
}
