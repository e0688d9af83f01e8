#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension AlertmanagerWebhook {
    /// Decodes a webhook body strictly.
    ///
    /// Required: `version` (must be "4"), `groupKey`, `status`, `receiver`,
    /// `groupLabels`, `commonLabels`, `commonAnnotations`, `externalURL`,
    /// `alerts`. Optional: `truncatedAlerts` (absent before Alertmanager 0.22; 0),
    /// `notification_reason`, `routeLabels`, and each alert's `fingerprint`
    /// (recomputed from the labels when absent or empty). Label maps may be
    /// `null` (Go's nil map). Unknown fields are ignored, so newer Alertmanagers
    /// still decode.
    ///
    /// - Throws: ``JSONShapeError`` naming the bad field, e.g.
    ///   `alerts[2].startsAt: not an RFC 3339 date: "yesterday"`.
    public static func decode(_ bytes: some Collection<UInt8>) throws(JSONShapeError) -> AlertmanagerWebhook {
        try decode(JSONReader(JSONValue.parse(bytes)))
    }

    static func decode(_ r: JSONReader) throws(JSONShapeError) -> AlertmanagerWebhook {
        _ = try r.object()
        let versionField = try r.required("version")
        let version = try versionField.string()
        guard version == "4" else {
            throw versionField.error("unsupported webhook version \"\(version)\"; expected \"4\"")
        }
        var alerts: [AlertmanagerAlert] = []
        for a in try r.required("alerts").array() {
            alerts.append(try AlertmanagerAlert.decode(a))
        }
        var webhook = AlertmanagerWebhook(
            groupKey: try r.required("groupKey").string(),
            truncatedAlerts: try r.optional("truncatedAlerts", nullIsAbsent: true)?.count() ?? 0,
            status: try status(r.required("status")),
            receiver: try r.required("receiver").string(),
            groupLabels: try r.required("groupLabels").stringMap(),
            commonLabels: try r.required("commonLabels").stringMap(),
            commonAnnotations: try r.required("commonAnnotations").stringMap(),
            externalURL: try r.required("externalURL").string(),
            alerts: alerts,
            notificationReason: try r.optional("notification_reason", nullIsAbsent: true)?.string(),
            routeLabels: try r.optional("routeLabels", nullIsAbsent: true)?.stringMap())
        webhook.version = version
        return webhook
    }

    static func status(_ r: JSONReader) throws(JSONShapeError) -> AlertStatus {
        let s = try r.string()
        guard let status = AlertStatus(rawValue: s) else {
            throw r.error("expected \"firing\" or \"resolved\", found \"\(s)\"")
        }
        return status
    }

    /// The notification as Alertmanager would send it (keys as in the protocol).
    public var jsonValue: JSONValue {
        var o: [String: JSONValue] = [
            "version": .string(version), "groupKey": .string(groupKey),
            "truncatedAlerts": .number(Double(truncatedAlerts)), "status": .string(status.rawValue),
            "receiver": .string(receiver), "groupLabels": Self.map(groupLabels),
            "commonLabels": Self.map(commonLabels), "commonAnnotations": Self.map(commonAnnotations),
            "externalURL": .string(externalURL), "alerts": .array(alerts.map(\.jsonValue)),
        ]
        if let notificationReason { o["notification_reason"] = .string(notificationReason) }
        if let routeLabels { o["routeLabels"] = Self.map(routeLabels) }
        return .object(o)
    }

    static func map(_ m: [String: String]) -> JSONValue { .object(m.mapValues { .string($0) }) }
}

extension AlertmanagerAlert: Codable {
    /// Go's zero `time.Time`, which Alertmanager sends as `endsAt` of firing alerts.
    static let goZeroTime = "0001-01-01T00:00:00Z"

    static func decode(_ r: JSONReader) throws(JSONShapeError) -> AlertmanagerAlert {
        _ = try r.object()
        let labels = try r.required("labels").stringMap()
        var fingerprint: AlertFingerprint?  // nil: recomputed from the labels
        if let f = try r.optional("fingerprint", nullIsAbsent: true) {
            let text = try f.string()
            if !text.isEmpty {
                guard let parsed = AlertFingerprint(hex: text) else {
                    throw f.error("not a hex fingerprint: \"\(text)\"")
                }
                fingerprint = parsed
            }
        }
        let endsAtField = try r.required("endsAt")
        let endsAt = try endsAtField.string() == goZeroTime ? nil : date(endsAtField)
        return AlertmanagerAlert(
            status: try AlertmanagerWebhook.status(r.required("status")), labels: labels,
            annotations: try r.required("annotations").stringMap(), startsAt: try date(r.required("startsAt")),
            endsAt: endsAt, generatorURL: try r.required("generatorURL").string(), fingerprint: fingerprint)
    }

    static func date(_ r: JSONReader) throws(JSONShapeError) -> Date {
        let s = try r.string()
        guard let d = RFC3339.parse(s) else { throw r.error("not an RFC 3339 date: \"\(s)\"") }
        return d
    }

    /// The alert as Alertmanager sends it.
    public var jsonValue: JSONValue {
        [
            "status": .string(status.rawValue), "labels": AlertmanagerWebhook.map(labels),
            "annotations": AlertmanagerWebhook.map(annotations), "startsAt": .string(RFC3339.format(startsAt)),
            "endsAt": .string(endsAt.map(RFC3339.format) ?? Self.goZeroTime), "generatorURL": .string(generatorURL),
            "fingerprint": .string(fingerprint.hex),
        ]
    }

    /// Decodes the Alertmanager form strictly (as ``AlertmanagerWebhook/decode(_:)`` does for each alert).
    public init(from decoder: any Decoder) throws {
        let value = try JSONValue(from: decoder)
        do {
            self = try Self.decode(JSONReader(value))
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    /// Encodes the Alertmanager form.
    public func encode(to encoder: any Encoder) throws {
        try jsonValue.encode(to: encoder)
    }
}
