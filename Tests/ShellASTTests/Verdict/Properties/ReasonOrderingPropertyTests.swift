import Testing
import VigilTestKit

@testable import ShellAST

/// ``ReasonOrdering`` sorts in place by swapping; it must give exactly what a
/// stable sort by the same keys gives, for short lists (insertion) and long ones.
@Suite struct ReasonOrderingPropertyTests {
    static func randomReasons(_ r: inout SplitMix64) -> [Reason] {
        // Lengths around the insertion-sort limit (32) and few distinct keys, so ties are common.
        let n = r.pick([0, 1, 2, 3, 5, 8, 31, 32, 33, 40])
        return (0..<n).map { i in
            let start = r.int(0...4)
            return Reason(
                rule: "rule.\(i)", message: "found \(i)", verdict: r.pick([Verdict.allow, .review, .block]),
                span: SourceSpan(start: start, end: start + r.int(0...3)))
        }
    }

    static func stablySorted(_ rs: [Reason], by before: (Reason, Reason) -> Bool) -> [Reason] {
        rs.enumerated().sorted { a, b in
            if before(a.element, b.element) { return true }
            if before(b.element, a.element) { return false }
            return a.offset < b.offset
        }.map(\.element)
    }

    @Test(arguments: PropertySeeds.make())
    func bySeverityIsAStableSortOnTheVerdict(seed: UInt64) {
        var r = SplitMix64(seed: seed)
        for i in 0..<1_000 {
            let original = Self.randomReasons(&r)
            var sorted = original
            ReasonOrdering.bySeverity(&sorted)
            let expected = Self.stablySorted(original) { $0.verdict > $1.verdict }
            #expect(sorted == expected, "seed \(seed) case \(i)")
        }
    }

    @Test(arguments: PropertySeeds.make())
    func forReportIsAStableSortOnVerdictThenStart(seed: UInt64) {
        var r = SplitMix64(seed: seed)
        for i in 0..<1_000 {
            let original = Self.randomReasons(&r)
            var sorted = original
            ReasonOrdering.forReport(&sorted)
            let expected = Self.stablySorted(original) { a, b in
                a.verdict != b.verdict ? a.verdict > b.verdict : a.span.start < b.span.start
            }
            #expect(sorted == expected, "seed \(seed) case \(i)")
        }
    }
}
