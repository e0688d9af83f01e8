import Foundation
import PatternLearning
import Testing
import VigilTestKit

@Suite struct StoreTests {
    let t0 = 1_700_000_000.0

    /// Many tasks updating one pattern (and a few others) at once never lose a count.
    @Test(arguments: seeds.prefix(4))
    func concurrentUpdatesLoseNothing(seed: UInt64) async throws {
        let store = InMemoryPatternStore()
        let signatures = try (0..<4).map { try PatternSignature(category: "network", terms: ["vlan", "p\($0)"]) }
        for s in signatures {
            _ = try await store.record(.occurrence(aiConfidence: nil, reliability: nil), for: s, at: t0)
        }
        var r = SplitMix64(seed: seed)
        // Plan the events up front so the expected totals are known.
        let plan: [(Int, PatternEvent)] = (0..<4000).map { _ in
            (r.chance(0.7) ? 0 : r.int(1...3), Events.random(&r))
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (i, (target, event)) in plan.enumerated() {
                let sig = signatures[target]
                group.addTask {
                    _ = try await store.record(event, for: sig, at: self.t0 + Double(i % 97))
                }
            }
            try await group.waitForAll()
        }
        for (target, sig) in signatures.enumerated() {
            let events = plan.filter { $0.0 == target }.map(\.1)
            let rec = try #require(try await store.pattern(sig.hash))
            let s = rec.statistics
            let occ = events.filter { if case .occurrence = $0 { true } else { false } }.count + 1
            let outcomes = events.compactMap { e -> (Bool, Bool)? in
                if case .outcome(let ok, let auto) = e { (ok, auto) } else { nil }
            }
            let feedback = events.compactMap { e -> PatternFeedback? in if case .feedback(let f) = e { f } else { nil } }
            #expect(s.occurrences == occ, "seed \(seed): pattern \(target)")
            #expect(s.successes == outcomes.filter(\.0).count && s.failures == outcomes.filter { !$0.0 }.count, "seed \(seed)")
            #expect(s.autoRemediationAttempts == outcomes.filter(\.1).count, "seed \(seed)")
            #expect(s.positiveFeedback == feedback.filter { $0 == .positive }.count, "seed \(seed)")
            #expect(s.negativeFeedback == feedback.filter { $0 == .negative }.count, "seed \(seed)")
            #expect(s.neutralFeedback == feedback.filter { $0 == .neutral }.count, "seed \(seed)")
        }
        #expect(store.count == 4)
    }

    @Test func unknownPatternIsAnError() async throws {
        let store = InMemoryPatternStore()
        let sig = try PatternSignature(category: "network", terms: ["vlan"])
        await #expect { try await store.record(.feedback(.positive), for: sig, at: t0) } throws: {
            ($0 as? PatternLearningError)?.code == .unknownPattern
        }
        #expect(try await store.pattern(sig.hash) == nil)
        await #expect { try await store.record(.occurrence(aiConfidence: 2, reliability: nil), for: sig, at: t0) } throws: {
            ($0 as? PatternLearningError)?.field == "aiConfidence"
        }
        #expect(store.count == 0, "a rejected first event must not create the pattern")
    }

    @Test(arguments: seeds.prefix(4))
    func snapshotRoundTripsThroughJSON(seed: UInt64) async throws {
        var r = SplitMix64(seed: seed)
        let th = try EligibilityThresholds(minOccurrences: 2, minPositiveFeedbackRate: 0.5, minMeanReliability: 40)
        let store = try InMemoryPatternStore(thresholds: th, recurrenceWindow: 3_600)
        var t = t0
        for _ in 0..<300 {
            let family = r.pick(IncidentTickets.families)
            let ticket = IncidentTickets.ticket(family, &r)
            let sig = try PatternSignature(
                category: IncidentTickets.category(family), title: ticket.title,
                description: ticket.description + " " + r.pick(["alpha", "beta", "gamma", "delta"]))
            t += r.double(0...7_200)
            _ = try await store.record(.occurrence(aiConfidence: r.double(0...1), reliability: r.double(30...100)), for: sig, at: t)
            _ = try await store.record(Events.random(&r, positiveBias: 0.8), for: sig, at: t + 1)
        }
        let snapshot = try await store.snapshot()
        let data = try JSONEncoder().encode(snapshot)
        let decoded = try JSONDecoder().decode(PatternStoreSnapshot.self, from: data)
        #expect(decoded == snapshot, "seed \(seed)")
        let restored = try InMemoryPatternStore(restoring: decoded)
        #expect(try await restored.snapshot() == snapshot, "seed \(seed)")
        #expect(restored.thresholds == th && restored.recurrenceWindow == 3_600)
        // The restored store answers queries like the original.
        let probe = snapshot.patterns[0].signature
        let a = try await store.similar(to: probe.terms, category: nil, limit: 5)
        let b = try await restored.similar(to: probe.terms, category: nil, limit: 5)
        #expect(a == b, "seed \(seed)")
        #expect(a.first?.signature == probe)
    }

    @Test func restoreRejectsBadSnapshots() async throws {
        let store = InMemoryPatternStore()
        let sig = try PatternSignature(category: "network", terms: ["vlan"])
        _ = try await store.record(.occurrence(aiConfidence: 0.5, reliability: 60), for: sig, at: t0)
        let data = try JSONEncoder().encode(try await store.snapshot())
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var patterns = try #require(object["patterns"] as? [Any])
        patterns.append(patterns[0])
        object["patterns"] = patterns
        let duplicated = try JSONDecoder().decode(
            PatternStoreSnapshot.self, from: JSONSerialization.data(withJSONObject: object))
        #expect { try InMemoryPatternStore(restoring: duplicated) } throws: {
            ($0 as? PatternLearningError)?.field == "patterns[1]"
        }
        object["patterns"] = [patterns[0]]
        object["format_version"] = 99
        let future = try JSONDecoder().decode(PatternStoreSnapshot.self, from: JSONSerialization.data(withJSONObject: object))
        #expect { try InMemoryPatternStore(restoring: future) } throws: {
            ($0 as? PatternLearningError)?.field == "format_version"
        }
        let text = try #require(String(data: data, encoding: .utf8))
        let tampered = text.replacingOccurrences(of: #""occurrences":1"#, with: #""occurrences":-3"#)
        #expect(tampered != text)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(PatternStoreSnapshot.self, from: Data(tampered.utf8)) }
    }

    /// End to end: tickets → signatures → store → pattern-match factor → a value
    /// Reliability can take.
    @Test func patternMatchFromTheStore() async throws {
        var r = SplitMix64(seed: 7)
        let store = InMemoryPatternStore()
        var t = t0
        var sig: PatternSignature?
        for i in 0..<4 {
            let ticket = IncidentTickets.ticket("vlan", &r)
            let s = try PatternSignature(category: "network", title: ticket.title, description: ticket.description)
            sig = s
            t += 30 * 86_400
            _ = try await store.record(.occurrence(aiConfidence: 0.9, reliability: 90), for: s, at: t)
            let before = try await store.patternMatch(for: s.terms, category: "network")
            #expect(before.value == nil || i >= 3)
            _ = try await store.record(.outcome(resolved: true, autoRemediated: false), for: s, at: t + 60)
            _ = try await store.record(.feedback(.positive), for: s, at: t + 120)
        }
        let factor = try await store.patternMatch(for: sig!.terms, category: "network")
        // One pattern, similarity 1, 4 of 4 resolved, all feedback positive: 1 + boost → 1.
        #expect(factor.value == 1 && factor.resolvedTickets == 4 && factor.patterns == 1)
        let other = try await store.patternMatch(for: ["disk", "usage"], category: "network")
        #expect(other.value == nil)
    }
}
