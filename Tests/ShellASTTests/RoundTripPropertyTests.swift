import Testing
import VigilTestKit
@testable import ShellAST

/// Random trees in the parser's normal form print to text that parses back to
/// the same tree, and printing is idempotent.
@Suite struct RoundTripPropertyTests {
    static let casesPerSeed = 1000

    /// The seed of case `index` of a run seeded with `seed`.
    static func caseSeed(_ seed: UInt64, _ index: Int) -> UInt64 {
        var mix = SplitMix64(seed: seed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
        return mix.next()
    }

    static func generate(_ choices: Choices, options: ShellTreeGenerator.Options = .init()) -> (ShellScript, [UInt64]) {
        var g = ShellTreeGenerator(choices: choices, options: options)
        let tree = g.script()
        return (tree, g.choices.log)
    }

    @Test(arguments: PropertySeeds.make())
    func generatedTreesRoundTrip(seed: UInt64) {
        var failures = 0
        for index in 0..<Self.casesPerSeed {
            let caseSeed = Self.caseSeed(seed, index)
            let (tree, log) = Self.generate(Choices(seed: caseSeed))
            guard let failure = RoundTrip.check(tree) else { continue }
            let shrunk = ChoiceShrinker.shrink(log) { candidate in
                RoundTrip.check(Self.generate(Choices(replaying: candidate)).0)?.kind == failure.kind
            }
            let (small, _) = Self.generate(Choices(replaying: shrunk))
            let smallFailure = RoundTrip.check(small) ?? failure
            Issue.record("""
                round trip failed: seed \(hexSeed(seed)) case \(index) (case seed \(hexSeed(caseSeed)); \
                replay with Choices(seed: \(hexSeed(caseSeed))))
                shrunk (\(shrunk.count) draws): \(smallFailure)
                original printed (\(failure.printed.utf8.count) bytes): \(debugQuoted(String(failure.printed.prefix(300))))
                """)
            failures += 1
            if failures >= 3 { break }
        }
    }
}

func hexSeed(_ v: UInt64) -> String { "0x" + String(v, radix: 16, uppercase: true) }
