#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A day of the week, in UTC. Policies name days in lower case (`"monday"`).
public enum Weekday: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    /// Monday.
    case monday
    /// Tuesday.
    case tuesday
    /// Wednesday.
    case wednesday
    /// Thursday.
    case thursday
    /// Friday.
    case friday
    /// Saturday.
    case saturday
    /// Sunday.
    case sunday

    /// Monday first.
    public static func < (a: Weekday, b: Weekday) -> Bool { a.index < b.index }

    var index: Int { Weekday.allCases.firstIndex(of: self)! }

    /// The UTC weekday of `date`.
    public init(utc date: Date) {
        self = Weekday.allCases[UTCTime(date).weekdayIndex]
    }
}

/// Calendar arithmetic in UTC without a calendar object: days since the epoch,
/// hour of day, weekday, and the strict ISO 8601 forms policies use
/// (`2025-11-28T09:30:00Z`, `2025-11-28`). No time zones and no DST, by design.
struct UTCTime: Hashable, Sendable {
    /// Whole seconds since 1970-01-01T00:00:00Z (floored).
    let seconds: Int64

    init(_ date: Date) {
        let s = date.timeIntervalSince1970
        seconds = s.isFinite ? Int64(max(-1e17, min(1e17, s)).rounded(.down)) : 0
    }

    init(seconds: Int64) { self.seconds = seconds }

    var date: Date { Date(timeIntervalSince1970: Double(seconds)) }

    /// Days since the epoch (floored, so times before 1970 work too).
    var day: Int64 { seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400) }

    /// 0…23.
    var hour: Int { Int((seconds - day * 86_400) / 3_600) }

    /// Monday = 0 … Sunday = 6. 1970-01-01 was a Thursday (3).
    var weekdayIndex: Int { Int(((day % 7) + 7 + 3) % 7) }

    /// Days since the epoch of a proleptic Gregorian date (shared with ``RFC3339``).
    static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        Int64(RFC3339.daysFromCivil(year: Int(year), month: Int(month), day: Int(day)))
    }

    /// The civil date of a day number.
    static func civil(_ days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let (y, m, d) = RFC3339.civil(fromDays: Int(days))
        return (Int64(y), Int64(m), Int64(d))
    }

    /// Parses `YYYY-MM-DDTHH:MM:SSZ` (seconds precision, UTC only).
    static func parseInstant(_ text: String) -> UTCTime? {
        let b = Array(text.utf8)
        guard b.count == 20, b[10] == UInt8(ascii: "T"), b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
            b[19] == UInt8(ascii: "Z"), let date = parseDate(b[0..<10]),
            let h = number(b[11..<13]), let mi = number(b[14..<16]), let s = number(b[17..<19]),
            h < 24, mi < 60, s < 60
        else { return nil }
        return UTCTime(seconds: date * 86_400 + h * 3_600 + mi * 60 + s)
    }

    /// Parses `YYYY-MM-DD` to its day number.
    static func parseDay(_ text: String) -> Int64? {
        let b = Array(text.utf8)
        return b.count == 10 ? parseDate(b[0..<10]) : nil
    }

    private static func parseDate(_ b: ArraySlice<UInt8>) -> Int64? {
        let s = b.startIndex
        guard b[s + 4] == UInt8(ascii: "-"), b[s + 7] == UInt8(ascii: "-"),
            let y = number(b[s..<s + 4]), let m = number(b[s + 5..<s + 7]), let d = number(b[s + 8..<s + 10]),
            (1...12).contains(m), d >= 1, d <= daysInMonth(year: y, month: m)
        else { return nil }
        return days(year: y, month: m, day: d)
    }

    private static func number(_ b: ArraySlice<UInt8>) -> Int64? {
        var n: Int64 = 0
        for c in b {
            guard c >= 0x30, c <= 0x39 else { return nil }
            n = n * 10 + Int64(c - 0x30)
        }
        return n
    }

    static func daysInMonth(year: Int64, month: Int64) -> Int64 {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`.
    var iso8601: String {
        let (y, m, d) = UTCTime.civil(day)
        let rem = seconds - day * 86_400
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(rem / 3_600, 2)):\(pad(rem % 3_600 / 60, 2)):\(pad(rem % 60, 2))Z"
    }

    /// `YYYY-MM-DD` of a day number.
    static func isoDay(_ day: Int64) -> String {
        let (y, m, d) = civil(day)
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }
}

private func pad(_ n: Int64, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
