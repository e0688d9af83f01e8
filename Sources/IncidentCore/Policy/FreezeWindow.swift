#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// An interval when nothing may run, such as a planned launch or a holiday
/// change freeze. Half-open: `start ≤ t < end`, in UTC, to the second.
///
/// JSON: `{"start": "2025-11-27T18:00:00Z", "end": "2025-11-28T06:00:00Z",
/// "reason": "Black Friday launch"}`, or a whole UTC day:
/// `{"date": "2025-12-25", "reason": "holiday freeze"}`.
public struct FreezeWindow: Sendable, Hashable, Codable {
    /// The first instant of the freeze.
    public let start: Date
    /// The first instant after the freeze.
    public let end: Date
    /// Why nothing may run (shown in every decision it denies).
    public let reason: String

    /// Creates a window; times are floored to whole seconds.
    public init(start: Date, end: Date, reason: String) {
        self.start = UTCTime(start).date
        self.end = UTCTime(end).date
        self.reason = reason
    }

    /// Whether `date` falls inside the window.
    public func contains(_ date: Date) -> Bool { start <= date && date < end }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case start, end, date, reason
    }

    /// Decodes `start`/`end` instants or a `date`, rejecting unknown keys and
    /// anything but `YYYY-MM-DDTHH:MM:SSZ` / `YYYY-MM-DD`.
    public init(from decoder: any Decoder) throws {
        try StrictDecoding.rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let path = FieldPath(codingPath: decoder.codingPath)
        reason = try c.decode(String.self, forKey: .reason)
        if let day = try c.decodeIfPresent(String.self, forKey: .date) {
            guard !c.contains(.start), !c.contains(.end) else {
                throw PolicyError(.inconsistent, field: path.key("date").text, "give either date or start/end, not both")
            }
            guard let d = UTCTime.parseDay(day) else {
                throw PolicyError(.invalidValue, field: path.key("date").text, "'\(day)' is not a date like 2025-12-25")
            }
            start = UTCTime(seconds: d * 86_400).date
            end = UTCTime(seconds: (d + 1) * 86_400).date
            return
        }
        func instant(_ key: CodingKeys) throws -> Date {
            let text = try c.decode(String.self, forKey: key)
            guard let t = UTCTime.parseInstant(text) else {
                throw PolicyError(
                    .invalidValue, field: path.key(key.rawValue).text,
                    "'\(text)' is not a UTC instant like 2025-11-27T18:00:00Z")
            }
            return t.date
        }
        start = try instant(.start)
        end = try instant(.end)
    }

    /// Encodes `start`, `end` (ISO 8601, UTC) and `reason`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(UTCTime(start).iso8601, forKey: .start)
        try c.encode(UTCTime(end).iso8601, forKey: .end)
        try c.encode(reason, forKey: .reason)
    }

    func validate(_ path: FieldPath) throws(PolicyError) {
        guard start < end else {
            throw PolicyError(
                .inconsistent, field: path.key("end").text,
                "end \(UTCTime(end).iso8601) is not after start \(UTCTime(start).iso8601)")
        }
        guard !PolicyText.trimmed(reason).isEmpty else {
            throw PolicyError(.invalidValue, field: path.key("reason").text, "a freeze window needs a reason")
        }
    }
}
