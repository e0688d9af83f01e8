import Foundation
import PatternLearning
import Testing
import VigilTestKit

@Suite struct SimilarityTests {
    /// The documented formula, computed directly over every pattern (with
    /// Foundation's `log`), best first.
    static func bruteForce(
        _ patterns: [PatternSignature], query: [String], category: String?, minimum: Double
    ) -> [(key: SHA256Digest, similarity: Double)] {
        let n = Double(patterns.count)
        var df: [String: Int] = [:]
        for p in patterns { for t in p.terms { df[t, default: 0] += 1 } }
        func w(_ t: String) -> Double { log(1 + n / Double(max(df[t] ?? 0, 1))) }
        let a = Set(query)
        var out: [(key: SHA256Digest, similarity: Double)] = []
        for p in patterns where category == nil || p.category == category {
            let b = Set(p.terms)
            let shared = a.intersection(b).reduce(0) { $0 + w($1) }
            guard shared > 0 else { continue }
            let union = a.union(b).reduce(0) { $0 + w($1) }
            let s = shared / union
            if s >= minimum { out.append((p.hash, s)) }
        }
        return out.sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.key < $1.key }
    }

    static func corpus(_ r: inout SplitMix64) throws -> (patterns: [PatternSignature], vocabulary: [String]) {
        let vocabulary = (0..<r.int(3...150)).map { "t\($0)" }
        let categories = ["network", "database", "kubernetes"].prefix(r.int(1...3))
        var patterns: [PatternSignature] = []
        var seen = Set<SHA256Digest>()
        for _ in 0..<r.int(1...300) {
            // Skewed term choice: low ids are common, like real vocabularies.
            let terms = (0..<r.int(1...8)).map { _ in vocabulary[min(r.int(0..<vocabulary.count), r.int(0..<vocabulary.count))] }
            let p = try PatternSignature(category: r.pick(categories), terms: terms)
            if seen.insert(p.hash).inserted { patterns.append(p) }
        }
        return (patterns, vocabulary)
    }

    /// The pruned inverted-index query returns exactly the brute-force top k.
    @Test(arguments: seeds)
    func indexEqualsBruteForce(seed: UInt64) throws {
        var r = SplitMix64(seed: seed)
        for _ in 0..<40 {
            let (patterns, vocabulary) = try Self.corpus(&r)
            var index = SimilarityIndex()
            for p in patterns {
                let inserted = index.insert(p)
                #expect(inserted, "seed \(seed)")
            }
            #expect(index.count == patterns.count)
            for _ in 0..<15 {
                var query = (0..<r.int(1...8)).map { _ in r.pick(vocabulary) }
                if r.chance(0.3) { query.append("unknown\(r.int(0...3))") }
                let category: String? = r.chance(0.3) ? r.pick(["network", "database", "kubernetes", "absent"]) : nil
                let limit = r.int(1...12)
                let minimum = r.chance(0.5) ? 0 : r.double(0...0.8)
                let got = try index.nearest(to: query, category: category, limit: limit, minimumSimilarity: minimum)
                let all = Self.bruteForce(patterns, query: query, category: category, minimum: minimum)
                let expected = all.prefix(limit)
                #expect(got.count == expected.count, "seed \(seed): \(got.count) vs \(expected.count) for \(query)")
                let truth = Dictionary(uniqueKeysWithValues: all.map { ($0.key, $0.similarity) })
                for (g, e) in zip(got, expected) {
                    #expect(abs(g.similarity - e.similarity) < 1e-9, "seed \(seed): \(g.similarity) vs \(e.similarity)")
                    let own = try #require(truth[g.key], "seed \(seed): returned a pattern below the minimum / other category")
                    #expect(abs(own - g.similarity) < 1e-9, "seed \(seed)")
                }
                #expect(zip(got, got.dropFirst()).allSatisfy { $0.similarity >= $1.similarity }, "seed \(seed): not sorted")
            }
        }
    }

    @Test(arguments: seeds)
    func identicalTermsRankFirstWithSimilarityOne(seed: UInt64) throws {
        var r = SplitMix64(seed: seed)
        let (patterns, _) = try Self.corpus(&r)
        var index = SimilarityIndex()
        for p in patterns { index.insert(p) }
        for _ in 0..<50 {
            let p = r.pick(patterns)
            let top = try index.nearest(to: p.terms, category: p.category, limit: 1)
            #expect(top.first?.key == p.hash && abs(top.first!.similarity - 1) < 1e-12, "seed \(seed)")
        }
        let again = index.insert(patterns[0])
        #expect(!again, "seed \(seed): duplicate accepted")
    }

    @Test func emptyAndUnknown() throws {
        var index = SimilarityIndex()
        #expect(try index.nearest(to: ["vlan"]) == [])
        index.insert(try PatternSignature(category: "network", terms: ["vlan", "timeout"]))
        #expect(try index.nearest(to: ["disk"]) == [])
        #expect(try index.nearest(to: []) == [])
        #expect(try index.nearest(to: ["vlan"], category: "database") == [])
        let m = try index.nearest(to: ["vlan", "timeout", "vlan"])
        #expect(m.count == 1 && m[0].similarity == 1)
    }

    @Test(arguments: [(0, 0.0), (10_001, 0.0), (5, -0.1), (5, 1.5), (5, Double.nan)])
    func invalidQueryParameters(limit: Int, minimum: Double) {
        var index = SimilarityIndex()
        #expect(throws: PatternLearningError.self) {
            try index.nearest(to: ["vlan"], limit: limit, minimumSimilarity: minimum)
        }
    }

    @Test func rareTermsWeighMore() throws {
        var index = SimilarityIndex()
        for i in 0..<50 { index.insert(try PatternSignature(category: "network", terms: ["error", "x\(i)"])) }
        let rare = try PatternSignature(category: "network", terms: ["vlan", "y"])
        index.insert(rare)
        // Sharing the rare "vlan" beats sharing the ubiquitous "error".
        let top = try index.nearest(to: ["vlan", "error"], limit: 2)
        #expect(top.first?.key == rare.hash)
    }
}
