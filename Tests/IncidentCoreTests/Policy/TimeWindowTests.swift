import Foundation
import Testing
import VigilTestKit

@testable import IncidentCore

/// Allowed hours and days in UTC from the injected clock; windows that wrap midnight.
@Suite struct TimeWindowTests {
    func policy(_ start: Int?, _ end: Int?, days: [Weekday]? = nil) -> RemediationPolicy {
        Fx.lenient {
            $0.allowedHoursStart = start
            $0.allowedHoursEnd = end
            $0.allowedDays = days
        }
    }

    @Test(arguments: [
        ("2024-03-05T22:00:00Z", true), ("2024-03-05T23:59:59Z", true), ("2024-03-06T00:00:00Z", true),
        ("2024-03-06T05:59:59Z", true), ("2024-03-06T06:00:00Z", false), ("2024-03-05T21:59:59Z", false),
        ("2024-03-05T12:00:00Z", false),
    ])
    func wrapsMidnight(_ when: String, _ inside: Bool) {
        #expect(policy(22, 6).timeWindow(at: Fx.utc(when)).passed == inside, "\(when)")
    }

    @Test(arguments: [
        ("2024-03-05T08:59:59Z", false), ("2024-03-05T09:00:00Z", true), ("2024-03-05T16:59:59Z", true),
        ("2024-03-05T17:00:00Z", false),
    ])
    func dayWindow(_ when: String, _ inside: Bool) {
        #expect(policy(9, 17).timeWindow(at: Fx.utc(when)).passed == inside, "\(when)")
    }

    /// The day is the UTC day of the instant: Friday 23:00 is Friday, Saturday 01:00 is Saturday.
    @Test func daysAreUTCDaysOfTheInstant() {
        let weekdays = policy(22, 6, days: [.monday, .tuesday, .wednesday, .thursday, .friday])
        #expect(weekdays.timeWindow(at: Fx.utc("2024-03-08T23:00:00Z")).passed)  // Friday
        #expect(!weekdays.timeWindow(at: Fx.utc("2024-03-09T01:00:00Z")).passed)  // Saturday
        #expect(weekdays.timeWindow(at: Fx.utc("2024-03-11T01:00:00Z")).passed)  // Monday
    }

    @Test(arguments: [
        ("1970-01-01T00:00:00Z", Weekday.thursday), ("2000-02-29T12:00:00Z", .tuesday), ("2024-03-05T23:30:00Z", .tuesday),
        ("2024-12-29T00:00:00Z", .sunday), ("2038-01-19T03:14:08Z", .tuesday), ("1969-12-31T23:59:59Z", .wednesday),
    ])
    func weekdays(_ when: String, _ day: Weekday) {
        #expect(Weekday(utc: Fx.utc(when)) == day)
    }

    /// No DST, no local time: every hour of a year passes through exactly once.
    @Test func everyUTCHourOfAYear() {
        var counts = [Int](repeating: 0, count: 24)
        let start = Fx.utc("2024-01-01T00:00:00Z")
        for h in 0..<(366 * 24) { counts[UTCTime(start.addingTimeInterval(Double(h) * 3_600)).hour] += 1 }
        #expect(counts.allSatisfy { $0 == 366 })
    }

    @Test(arguments: PropertySeeds.make())
    func isoRoundTrip(seed: UInt64) {
        var r = SplitMix64(seed: seed)
        for _ in 0..<2_000 {
            let t = UTCTime(seconds: Int64(r.int(-2_000_000_000...4_000_000_000)))  // 1906…2096
            #expect(UTCTime.parseInstant(t.iso8601) == t, "seed \(seed): \(t.iso8601)")
            #expect(Fx.utc(t.iso8601) == t.date, "seed \(seed): \(t.iso8601)")
        }
    }

    @Test(arguments: [
        "2024-02-30T00:00:00Z", "2023-02-29T00:00:00Z", "2024-01-01T24:00:00Z", "2024-01-01T00:60:00Z",
        "2024-01-01 00:00:00Z", "2024-01-01T00:00:00+00:00", "2024-1-01T00:00:00Z", "2024-01-01T00:00:00.5Z", "",
    ])
    func rejectsNonCanonicalInstants(_ text: String) {
        #expect(UTCTime.parseInstant(text) == nil)
    }

    /// Property: outside the allowed hours nothing is executed, whatever else holds.
    @Test(arguments: PropertySeeds.make())
    func outsideAllowedHoursNothingExecutes(seed: UInt64) async {
        var r = SplitMix64(seed: seed)
        for _ in 0..<150 {
            var s = r.int(0...23)
            var e = r.int(0...23)
            if s == e { e = (e + 1) % 24 }
            if r.chance(0.1) { (s, e) = (e, s) }
            let days = r.chance(0.3) ? Array(Weekday.allCases.shuffled(using: &r).prefix(r.int(1...6))) : nil
            let p = policy(s, e, days: days)
            let when = Date(timeIntervalSince1970: Double(r.int(1_600_000_000...1_900_000_000)))
            let clock = ManualClock(when)
            let engine = DecisionEngine(
                policies: Fx.set(p), settings: Fx.enabled, guardrails: InMemoryGuardrailStore(), safety: Fx.healthy, clock: clock)
            let d = await engine.decide(Fx.request())
            let t = UTCTime(when)
            let hourOK = s < e ? (t.hour >= s && t.hour < e) : (t.hour >= s || t.hour < e)
            let dayOK = days?.contains(Weekday(utc: when)) ?? true
            #expect(
                (d.outcome == .execute) == (hourOK && dayOK), "seed \(seed): \(s)→\(e) \(days ?? []) at \(when): \(d.outcome)")
            if !(hourOK && dayOK) { #expect(d.safetyCheck(.timeWindow)?.outcome == .failed) }
        }
    }
}
