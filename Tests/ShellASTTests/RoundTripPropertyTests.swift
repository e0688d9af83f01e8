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

    /// The check catches trees outside the normal form, and shrinking keeps a
    /// failure while making the case small.
    @Test func checkAndShrinkerWork() {
        let split = ShellScript(body: CommandList(items: [ListItem(
            andOr: AndOrList(first: Pipeline(commands: [.simple(SimpleCommand(
                words: [makeWord([literalPart("a"), literalPart("b")])], span: zeroSpan))], span: zeroSpan), span: zeroSpan),
            separator: .sequential, span: zeroSpan)], span: zeroSpan), span: zeroSpan)
        #expect(RoundTrip.check(split)?.kind == .treeChanged, "two adjacent literals are one after parsing")
        var reserved = split
        reserved.body.items[0].andOr.first.commands = [.simple(SimpleCommand(words: [literalWord("fi")], span: zeroSpan))]
        #expect(RoundTrip.check(reserved)?.kind == .printedTextRejected, "`fi` alone is not a command")

        // Shrink "the script has a here-document" from a random large case.
        func hasHereDocument(_ log: [UInt64]) -> Bool {
            ShellPrinter.print(Self.generate(Choices(replaying: log)).0).contains("<<")
        }
        var index = 0
        var log: [UInt64] = []
        repeat {
            log = Self.generate(Choices(seed: Self.caseSeed(0x5A, index))).1
            index += 1
        } while !hasHereDocument(log) || log.count < 200
        let shrunk = ChoiceShrinker.shrink(log, fails: hasHereDocument)
        #expect(hasHereDocument(shrunk))
        let small = ShellPrinter.print(Self.generate(Choices(replaying: shrunk)).0)
        #expect(shrunk.count < log.count / 4 && small.utf8.count < 40, "shrunk to \(shrunk.count) draws: \(debugQuoted(small))")
    }
}

func hexSeed(_ v: UInt64) -> String { "0x" + String(v, radix: 16, uppercase: true) }
