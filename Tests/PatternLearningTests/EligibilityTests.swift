import PatternLearning
import Testing
import VigilTestKit

@Suite struct EligibilityTests {
    let t0 = 1_700_000_000.0
    let window = 7 * 86_400.0

    @Test func defaults() {
        let d = EligibilityThresholds.standard
        #expect(d.minOccurrences == 5 && d.minPositiveFeedbackRate == 0.85 && d.minMeanReliability == 85)
        #expect(d.minAutoRemediationSuccessRate == 0.85 && d.veryHighMinOccurrences == 20 && d.veryHighMinSuccessRate == 0.9)
    }

    @Test(arguments: [
        (["PATTERN_MIN_OCCURRENCES": "12"], 12, 0.85),
        (["PATTERN_MIN_POSITIVE_RATE": "0.9"], 5, 0.9),
        (["PATTERN_MIN_OCCURRENCES": "1", "PATTERN_MIN_POSITIVE_RATE": "1"], 1, 1.0),
        (["PATTERN_MIN_POSITIVE_RATE": "0", "UNRELATED": "x"], 5, 0.0),
        ([:], 5, 0.85),
    ])
    func environment(env: [String: String], occurrences: Int, rate: Double) throws {
        let t = try EligibilityThresholds(environment: env)
        #expect(t.minOccurrences == occurrences && t.minPositiveFeedbackRate == rate)
        #expect(t.minMeanReliability == 85)
    }

    @Test(arguments: [
        ("PATTERN_MIN_OCCURRENCES", ""), ("PATTERN_MIN_OCCURRENCES", "abc"), ("PATTERN_MIN_OCCURRENCES", "-1"),
        ("PATTERN_MIN_OCCURRENCES", "0"), ("PATTERN_MIN_OCCURRENCES", "5.5"), ("PATTERN_MIN_OCCURRENCES", " 5"),
        ("PATTERN_MIN_OCCURRENCES", "+5"), ("PATTERN_MIN_OCCURRENCES", "99999999999999999999"),
        ("PATTERN_MIN_POSITIVE_RATE", "85"), ("PATTERN_MIN_POSITIVE_RATE", "85%"), ("PATTERN_MIN_POSITIVE_RATE", "nan"),
        ("PATTERN_MIN_POSITIVE_RATE", "1e-1"), ("PATTERN_MIN_POSITIVE_RATE", "0."), ("PATTERN_MIN_POSITIVE_RATE", ".5"),
        ("PATTERN_MIN_POSITIVE_RATE", "1.01"), ("PATTERN_MIN_POSITIVE_RATE", "0x1p-1"), ("PATTERN_MIN_POSITIVE_RATE", ""),
    ])
    func invalidEnvironment(name: String, value: String) {
        #expect { try EligibilityThresholds(environment: [name: value]) } throws: { error in
            let e = error as? PatternLearningError
            return e?.code == .invalidEnvironment && e?.field == name && e?.description.contains(name) == true
        }
    }

    @Test func invalidThresholds() {
        #expect { try EligibilityThresholds(minOccurrences: 0) } throws: {
            ($0 as? PatternLearningError)?.field == "minOccurrences"
        }
        #expect { try EligibilityThresholds(minMeanReliability: 101) } throws: {
            ($0 as? PatternLearningError)?.field == "minMeanReliability"
        }
        #expect { try EligibilityThresholds(veryHighMinSuccessRate: .nan) } throws: {
            ($0 as? PatternLearningError)?.field == "veryHighMinSuccessRate"
        }
    }

    /// The tier is exactly what the public figures and thresholds say.
    @Test(arguments: seeds)
    func tierFollowsTheFigures(seed: UInt64) throws {
        var r = SplitMix64(seed: seed)
        for _ in 0..<300 {
            let th = try EligibilityThresholds(
                minOccurrences: r.int(1...8), minPositiveFeedbackRate: r.double(0.5...1),
                minMeanReliability: r.double(50...95), minAutoRemediationSuccessRate: r.double(0.5...1),
                veryHighMinOccurrences: r.int(5...25), veryHighMinSuccessRate: r.double(0.5...1))
            var s = PatternStatistics()
            var t = t0
            let bias = r.double(0.6...1)
            for _ in 0..<r.int(0...80) {
                t += r.double(0...86_400)
                var e = Events.random(&r, positiveBias: bias)
                if case .occurrence = e { e = .occurrence(aiConfidence: nil, reliability: r.double((bias * 100 - 20)...100)) }
                try s.apply(e, at: t, recurrenceWindow: window)
            }
            let basic = s.occurrences >= th.minOccurrences
                && (s.positiveFeedbackRate.map { $0 >= th.minPositiveFeedbackRate } ?? false)
                && (s.meanReliability.map { $0 >= th.minMeanReliability } ?? false)
                && (s.autoRemediationSuccessRate.map { $0 >= th.minAutoRemediationSuccessRate } ?? false)
            let veryHigh = basic && s.occurrences >= th.veryHighMinOccurrences
                && (s.successRate.map { $0 >= th.veryHighMinSuccessRate } ?? false)
            let e = th.evaluate(s)
            #expect(e.tier == (veryHigh ? .veryHigh : basic ? .eligible : .notEligible), "seed \(seed)")
            #expect(e.isEligible == basic, "seed \(seed)")
            #expect(e.checks.map(\.criterion) == EligibilityCriterion.allCases, "seed \(seed)")
            #expect(e.reasons.isEmpty == (e.tier == .veryHigh), "seed \(seed): \(e.reasons)")
            for c in e.checks where !c.met && (c.criterion.isBasic || e.tier == .eligible) {
                #expect(e.reasons.contains(c.description), "seed \(seed): missing reason \(c)")
            }
        }
    }

    /// An eligible pattern is demoted by the very event that takes a figure below
    /// its threshold — failure, negative feedback or recurrence — and the reason
    /// names that figure. Positive feedback never demotes.
    @Test(arguments: seeds)
    func demotionIsImmediateAndExplained(seed: UInt64) throws {
        var r = SplitMix64(seed: seed)
        let th = EligibilityThresholds.standard
        for _ in 0..<100 {
            let sig = try PatternSignature(category: "network", terms: ["vlan", "timeout"])
            var rec = PatternRecord(signature: sig, thresholds: th)
            var t = t0
            // Earn eligibility: ≥ 5 occurrences at reliability 90+, positive feedback, auto fixes that hold.
            for _ in 0..<r.int(5...12) {
                t += 10 * window
                try rec.apply(.occurrence(aiConfidence: 0.9, reliability: r.double(90...100)), at: t, recurrenceWindow: window, thresholds: th)
                t += 60
                try rec.apply(.outcome(resolved: true, autoRemediated: true), at: t, recurrenceWindow: window, thresholds: th)
                try rec.apply(.feedback(.positive), at: t, recurrenceWindow: window, thresholds: th)
            }
            #expect(rec.eligibility.isEligible, "seed \(seed): \(rec.eligibility.reasons)")
            #expect(rec.transitions.last.map { !$0.isDemotion } == true, "seed \(seed): promotion not recorded")
            var steps = 0
            while rec.eligibility.isEligible && steps < 200 {
                steps += 1
                let before = rec.eligibility
                t += 60
                let kind = r.int(0..<4)
                let event: PatternEvent
                switch kind {
                case 0: event = .feedback(.negative)
                case 1: event = .outcome(resolved: false, autoRemediated: true)
                case 2: event = .occurrence(aiConfidence: 0.9, reliability: 95)  // recurrence of the last fix
                default: event = .feedback(.positive)
                }
                if kind == 2 {
                    try rec.apply(.outcome(resolved: true, autoRemediated: true), at: t, recurrenceWindow: window, thresholds: th)
                    t += 60
                }
                try rec.apply(event, at: t, recurrenceWindow: window, thresholds: th)
                if kind == 3 {
                    #expect(rec.eligibility.tier >= before.tier, "seed \(seed): positive feedback demoted")
                }
                let s = rec.statistics
                let figuresOK = (s.positiveFeedbackRate ?? 0) >= th.minPositiveFeedbackRate
                    && (s.autoRemediationSuccessRate ?? 0) >= th.minAutoRemediationSuccessRate
                    && (s.meanReliability ?? 0) >= th.minMeanReliability
                #expect(rec.eligibility.isEligible == figuresOK, "seed \(seed): figures \(figuresOK) but \(rec.eligibility.tier)")
                if !rec.eligibility.isEligible {
                    let d = try #require(rec.lastDemotion, "seed \(seed): demotion not recorded")
                    #expect(d.time == t && d.cause == event && d.to == .notEligible, "seed \(seed)")
                    let failing = rec.eligibility.checks.filter { !$0.met && $0.criterion.isBasic }
                    #expect(!failing.isEmpty && d.reasons == failing.map(\.description), "seed \(seed): \(d.reasons)")
                }
            }
            #expect(!rec.eligibility.isEligible, "seed \(seed): never demoted after \(steps) bad events")
        }
    }

    @Test func veryHighTier() throws {
        let th = EligibilityThresholds.standard
        var s = PatternStatistics()
        var t = t0
        for i in 0..<20 {
            t += 30 * 86_400
            try s.apply(.occurrence(aiConfidence: 0.95, reliability: 95), at: t, recurrenceWindow: window)
            try s.apply(.outcome(resolved: i != 0, autoRemediated: true), at: t + 1, recurrenceWindow: window)
            try s.apply(.feedback(.positive), at: t + 2, recurrenceWindow: window)
            if i == 18 { #expect(th.evaluate(s).tier == .eligible) }  // 19 occurrences
        }
        // 20 occurrences, 19/20 = 95% success ≥ 90%.
        #expect(th.evaluate(s).tier == .veryHigh)
        #expect(th.evaluate(s).reasons.isEmpty)
        // Two more failures: 19/22 = 86% < 90% → back to eligible, with the reason.
        try s.apply(.outcome(resolved: false, autoRemediated: false), at: t + 3, recurrenceWindow: window)
        try s.apply(.outcome(resolved: false, autoRemediated: false), at: t + 4, recurrenceWindow: window)
        let e = th.evaluate(s)
        #expect(e.tier == .eligible)
        #expect(e.reasons.count == 1 && e.reasons[0].hasPrefix("very_high_success_rate"))
    }

    @Test func missingFiguresFail() {
        let e = EligibilityThresholds.standard.evaluate(PatternStatistics())
        #expect(e.tier == .notEligible)
        #expect(e.checks.filter { $0.actual == nil }.map(\.criterion) == [
            .positiveFeedbackRate, .meanReliability, .autoRemediationSuccessRate, .veryHighSuccessRate,
        ])
        #expect(e.reasons.count == 4)
    }
}
