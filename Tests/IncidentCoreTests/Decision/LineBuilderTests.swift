import Testing
import VigilTestKit

@testable import IncidentCore

/// `LineBuilder` writes what `String` concatenation and `String(Int)` would.
@Suite struct LineBuilderTests {
    @Test(arguments: PropertySeeds.make(4, base: 0x5EED_0700))
    func matchesConcatenation(seed: UInt64) {
        var r = SplitMix64(seed: seed)
        let words = ["", "a", "within limits: ", "; ", "é", "日本", "🚀", "policy.rate_limits[0]", " (+"]
        let numbers = [0, 1, 9, 10, 99, 100, 12_345, 100_000_000, Int.max, -1, -907, Int.min]
        for i in 0..<500 {
            var line = LineBuilder(capacity: r.int(0...64))
            var expected = ""
            for _ in 0..<r.int(0...12) {
                if r.chance(0.5) {
                    let w = r.pick(words)
                    line.append(w)
                    expected += w
                } else {
                    let n = r.chance(0.5) ? r.pick(numbers) : r.int(-1_000_000...1_000_000)
                    line.append(n)
                    expected += String(n)
                }
            }
            #expect(line.string == expected, "seed \(seed) case \(i)")
            let (a, b, c) = (r.pick(words), r.pick(words), r.pick(words))
            #expect(LineBuilder.join(a, b, c) == a + b + c, "seed \(seed) case \(i)")
        }
    }
}
