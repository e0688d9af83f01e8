import Foundation
import PatternLearning
import Testing
import VigilTestKit

/// Random event streams for statistics and eligibility properties.
enum Events {
    static func random(_ r: inout SplitMix64, positiveBias: Double = 0.5) -> PatternEvent {
        switch r.int(0..<3) {
        case 0:
            return .occurrence(
                aiConfidence: r.chance(0.8) ? r.double(0...1) : nil, reliability: r.chance(0.8) ? r.double(0...100) : nil)
        case 1:
            return .outcome(resolved: r.chance(positiveBias), autoRemediated: r.chance(0.6))
        default:
            return .feedback(r.chance(positiveBias) ? .positive : r.pick([.negative, .neutral]))
        }
    }
}

@Suite struct StatisticsTests {
    let day = 86_400.0
    let window = 7 * 86_400.0

    /// Counts equal a plain tally of the events; invariants hold throughout.
    @Test(arguments: seeds)
    func countsMatchTheEvents(seed: UInt64) throws {
        var r = SplitMix64(seed: seed)
        for _ in 0..<100 {
            var s = PatternStatistics()
            var t = r.double(0...1e9)
            var occurrences = 0, successes = 0, failures = 0, pos = 0, neg = 0, neu = 0, attempts = 0, autoOK = 0
            var confidences: [Double] = []
            var reliabilities: [Double] = []
            var first: Double?
            for _ in 0..<r.int(1...60) {
                t += r.double(0...(3 * day))
                if first == nil { first = t }
                let e = Events.random(&r)
                try s.apply(e, at: t, recurrenceWindow: window)
                switch e {
                case .occurrence(let c, let rel):
                    occurrences += 1
                    if let c { confidences.append(c) }
                    if let rel { reliabilities.append(rel) }
                case .outcome(let ok, let auto):
                    if ok { successes += 1 } else { failures += 1 }
                    if auto { attempts += 1; if ok { autoOK += 1 } }
                case .feedback(let f):
                    switch f { case .positive: pos += 1; case .negative: neg += 1; case .neutral: neu += 1 }
                }
                #expect(s.recurrences <= s.successes && s.effectiveSuccesses >= 0, "seed \(seed)")
                #expect(s.autoRemediationRecurrences <= min(s.recurrences, s.autoRemediationSuccesses), "seed \(seed)")
                for rate in [s.successRate, s.positiveFeedbackRate, s.autoRemediationSuccessRate].compactMap({ $0 }) {
                    #expect((0...1).contains(rate), "seed \(seed): rate \(rate)")
                }
            }
            #expect(s.occurrences == occurrences && s.successes == successes && s.failures == failures, "seed \(seed)")
            #expect(s.positiveFeedback == pos && s.negativeFeedback == neg && s.neutralFeedback == neu, "seed \(seed)")
            #expect(s.autoRemediationAttempts == attempts && s.autoRemediationSuccesses == autoOK, "seed \(seed)")
            #expect(s.firstSeen == first && s.lastSeen == t, "seed \(seed)")
            if confidences.isEmpty {
                #expect(s.meanConfidence == nil)
            } else {
                let mean = confidences.reduce(0, +) / Double(confidences.count)
                #expect(abs(s.meanConfidence! - mean) < 1e-9, "seed \(seed)")
            }
            if !reliabilities.isEmpty {
                let mean = reliabilities.reduce(0, +) / Double(reliabilities.count)
                #expect(abs(s.meanReliability! - mean) < 1e-9, "seed \(seed)")
            }
            // JSON round trip keeps everything, including the pending fix.
            let back = try JSONDecoder().decode(PatternStatistics.self, from: JSONEncoder().encode(s))
            #expect(back == s, "seed \(seed)")
        }
    }

    /// A problem that comes back within the window after a "successful" fix
    /// counts against the fix; after the window it does not; each fix is charged once.
    @Test(arguments: seeds)
    func recurrenceCountsAgainstTheFix(seed: UInt64) throws {
        var r = SplitMix64(seed: seed)
        for _ in 0..<300 {
            var s = PatternStatistics()
            var t = 1_700_000_000.0
            for _ in 0..<r.int(0...10) {
                t += r.double(0...(10 * day))
                try s.apply(Events.random(&r), at: t, recurrenceWindow: window)
            }
            t += r.double(0...day)
            try s.apply(.occurrence(aiConfidence: nil, reliability: nil), at: t, recurrenceWindow: window)
            let automatic = r.chance(0.5)
            t += r.double(0...day)
            try s.apply(.outcome(resolved: true, autoRemediated: automatic), at: t, recurrenceWindow: window)
            let afterFix = s
            let gap = r.chance(0.5) ? r.double(0...window) : r.double((window + 1)...(5 * window))
            try s.apply(.occurrence(aiConfidence: nil, reliability: nil), at: t + gap, recurrenceWindow: window)
            if gap <= window {
                #expect(s.recurrences == afterFix.recurrences + 1, "seed \(seed): gap \(gap)")
                #expect(s.effectiveSuccesses == afterFix.effectiveSuccesses - 1, "seed \(seed)")
                #expect(s.successRate! < afterFix.successRate!, "seed \(seed)")
                #expect(s.autoRemediationRecurrences == afterFix.autoRemediationRecurrences + (automatic ? 1 : 0))
            } else {
                #expect(s.recurrences == afterFix.recurrences, "seed \(seed): gap \(gap)")
                #expect(s.successRate == afterFix.successRate, "seed \(seed)")
            }
            // A second return does not charge the same fix again.
            let charged = s
            try s.apply(.occurrence(aiConfidence: nil, reliability: nil), at: t + gap + 1, recurrenceWindow: window)
            #expect(s.recurrences == charged.recurrences, "seed \(seed)")
        }
    }

    @Test(arguments: [
        (PatternEvent.occurrence(aiConfidence: 1.2, reliability: nil), "aiConfidence"),
        (.occurrence(aiConfidence: .nan, reliability: nil), "aiConfidence"),
        (.occurrence(aiConfidence: nil, reliability: 100.5), "reliability"),
        (.occurrence(aiConfidence: nil, reliability: -1), "reliability"),
    ])
    func invalidEventsChangeNothing(event: PatternEvent, field: String) {
        var s = PatternStatistics()
        #expect { try s.apply(event, at: 1, recurrenceWindow: 60) } throws: {
            ($0 as? PatternLearningError)?.field == field
        }
        #expect(s == PatternStatistics())
    }

    @Test(arguments: [Double.nan, .infinity, -1])
    func invalidTime(time: Double) {
        var s = PatternStatistics()
        #expect { try s.apply(.feedback(.positive), at: time, recurrenceWindow: 60) } throws: {
            ($0 as? PatternLearningError)?.field == "time"
        }
        #expect { try s.apply(.feedback(.positive), at: 1, recurrenceWindow: time) } throws: {
            ($0 as? PatternLearningError)?.field == "recurrenceWindow"
        }
    }

    @Test(arguments: [
        ("recurrences", 5), ("successes", -1), ("auto_remediation_successes", 9), ("confidence_count", 99),
        ("first_seen", 2_000_000_000),
    ])
    func impossibleStatisticsAreRejected(key: String, value: Int) throws {
        var s = PatternStatistics()
        try s.apply(.occurrence(aiConfidence: 0.5, reliability: 50), at: 1_000, recurrenceWindow: 60)
        try s.apply(.outcome(resolved: true, autoRemediated: true), at: 1_001, recurrenceWindow: 60)
        var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(s)) as? [String: Any])
        object[key] = value
        let data = try JSONSerialization.data(withJSONObject: object)
        #expect(throws: PatternLearningError.self) { try JSONDecoder().decode(PatternStatistics.self, from: data) }
    }
}
