#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension RemediationPolicy {
    /// Whether `date` is inside the allowed hours and days, in UTC, and a detail
    /// line. Hours are `[start, end)`; `start > end` wraps midnight (22 → 6 allows
    /// 22:00–05:59). The day is the UTC day of `date` itself.
    func timeWindow(at date: Date) -> (passed: Bool, detail: String) {
        let t = UTCTime(date)
        let day = Weekday.allCases[t.weekdayIndex]
        let minute = Int((t.seconds - t.day * 86_400) % 3_600 / 60)
        // `07:05 UTC tue`, written in one string (a decision builds one).
        var when = t.hour < 10 ? "0" : ""
        when.reserveCapacity(96)
        when += String(t.hour)
        when += minute < 10 ? ":0" : ":"
        when += String(minute)
        when += " UTC "
        when += day.rawValue
        var hoursOK = true
        var hoursText = "any hour"
        if let s = allowedHoursStart, let e = allowedHoursEnd {
            hoursOK = s < e ? (t.hour >= s && t.hour < e) : (t.hour >= s || t.hour < e)
            hoursText = "hours \(s)–\(e) UTC"
        }
        let daysOK = allowedDays?.contains(day) ?? true
        func daysText() -> String { allowedDays.map { $0.sorted().map(\.rawValue).joined(separator: ",") } ?? "every day" }
        guard hoursOK else {
            when += " is outside allowed "
            when += hoursText
            return (false, when)
        }
        guard daysOK else {
            when += " is not an allowed day ("
            when += daysText()
            when += ")"
            return (false, when)
        }
        if allowedHoursStart == nil, allowedDays == nil {
            when += ": the policy allows any hour and day"
            return (true, when)
        }
        when += " is inside allowed "
        when += hoursText
        when += ", "
        when += daysText()
        return (true, when)
    }
}

extension FreezeWindow {
    /// The first window of `lists` that contains `date`.
    static func active(in lists: [[FreezeWindow]], at date: Date) -> FreezeWindow? {
        for list in lists {
            if let w = active(in: list, at: date) { return w }
        }
        return nil
    }

    /// The first window of `list` that contains `date`.
    static func active(in list: [FreezeWindow], at date: Date) -> FreezeWindow? {
        for w in list where w.contains(date) { return w }
        return nil
    }
}

/// `*` (any run of characters) and `?` (one byte) glob matching over UTF-8 bytes.
enum SystemGlob {
    static func matches(_ pattern: String, _ text: String) -> Bool {
        let p = Array(pattern.utf8)
        let t = Array(text.utf8)
        var pi = 0
        var ti = 0
        var star = -1
        var mark = 0
        while ti < t.count {
            if pi < p.count, p[pi] == UInt8(ascii: "?") || p[pi] == t[ti] {
                pi += 1
                ti += 1
            } else if pi < p.count, p[pi] == UInt8(ascii: "*") {
                star = pi
                mark = ti
                pi += 1
            } else if star >= 0 {
                pi = star + 1
                mark += 1
                ti = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == UInt8(ascii: "*") { pi += 1 }
        return pi == p.count
    }
}
