import Testing
import VigilTestKit
@testable import ShellAST

/// Parsing never crashes or hangs: random bytes and mutated real commands give
/// a tree or an error with a valid position; every accepted input has nested
/// spans and round-trips through the printer.
@Suite struct RobustnessPropertyTests {
    static let corpus = RealCommands.all.map { Array($0.utf8) }
    /// Printed random trees: denser in rare syntax than the real commands.
    static let generatedCorpus: [[UInt8]] = (0..<300).map { index in
        var g = ShellTreeGenerator(choices: Choices(seed: RoundTripPropertyTests.caseSeed(0x6E_7E57, index)))
        return Array(ShellPrinter.print(g.script()).utf8)
    }
    static let inputsPerSeed = 1_000

    @Test func realCommandsParseAndRoundTrip() {
        #expect(Self.corpus.count >= 100)
        for (i, command) in Self.corpus.enumerated() {
            #expect(throws: Never.self, "real command \(i): \(debugQuoted(RealCommands.all[i]))") {
                _ = try ShellParser.parse(utf8: command)
            }
            if let failure = ParseOutcome.check(command) {
                Issue.record("real command \(i) \(debugQuoted(RealCommands.all[i])): \(failure)")
            }
        }
    }

    @Test(arguments: PropertySeeds.make())
    func randomBytesGiveTreesOrErrors(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var accepted = 0
        var withNUL = 0
        var reporter = FailureReporter(seed: seed, what: "random bytes")
        for index in 0..<Self.inputsPerSeed {
            let input = InputFuzzer.randomBytes(&rng, count: rng.int(0...80))
            if (try? ShellParser.parse(utf8: input)) != nil { accepted += 1 }
            if let nul = input.firstIndex(of: 0) {
                // A command line cannot hold NUL: rejected, pointing at the first one.
                let result = Result { () throws(ShellSyntaxError) in try ShellParser.parse(utf8: input) }
                #expect(result.failureKind == .invalidByte, "\(describeInput(input))")
                if case .failure(let e) = result { #expect(e.offset == nul, "\(describeInput(input)): \(e)") }
                withNUL += 1
            }
            reporter.check(input, index: index)
            if reporter.isDone { break }
        }
        #expect(accepted > 0, "no random input was accepted: the round-trip half of the property never ran")
        #expect(withNUL > 0, "no random input held a NUL byte")
    }

    @Test(arguments: PropertySeeds.make())
    func mutatedCommandsGiveTreesOrErrors(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var accepted = 0
        var reporter = FailureReporter(seed: seed, what: "mutated command")
        for index in 0..<Self.inputsPerSeed {
            let base = rng.chance(0.3) ? rng.pick(Self.generatedCorpus) : rng.pick(Self.corpus)
            let input = InputFuzzer.mutate(base, &rng, corpus: Self.corpus)
            if (try? ShellParser.parse(utf8: input)) != nil { accepted += 1 }
            reporter.check(input, index: index)
            if reporter.isDone { break }
        }
        #expect(accepted > Self.inputsPerSeed / 10, "only \(accepted) mutated inputs were accepted")
    }
}

/// Checks inputs, shrinks the failing ones and records them (a few per seed);
/// a failure explained by a ``KnownParserIssue`` is recorded once per issue as
/// a known issue.
struct FailureReporter {
    let seed: UInt64
    let what: String
    private(set) var failures = 0
    private(set) var knownIssuesSeen: Set<KnownParserIssue> = []
    var isDone: Bool { failures >= 3 }

    init(seed: UInt64, what: String) {
        self.seed = seed
        self.what = what
    }

    mutating func check(_ input: [UInt8], index: Int) {
        guard let failure = ParseOutcome.check(input) else { return }
        if let known = KnownParserIssue.classify(input, failure) {
            if knownIssuesSeen.insert(known).inserted {
                withKnownIssue(Comment(rawValue: known.rawValue), isIntermittent: true) {
                    Issue.record("\(what) \(index) of seed \(hexSeed(seed)): \(describeInput(input))\n\(failure)")
                }
            }
            return
        }
        let shrunk = InputShrinker.shrink(input) { ParseOutcome.check($0)?.kind == failure.kind }
        let shrunkFailure = ParseOutcome.check(shrunk) ?? failure
        failures += 1
        Issue.record("""
            \(what) \(index) of seed \(hexSeed(seed)) fails: \(failure.kind)
            shrunk input: \(describeInput(shrunk))
            \(shrunkFailure.detail)
            original input: \(describeInput(input))
            """)
    }
}

/// An input as a Swift string literal, or as bytes when it is not UTF-8.
func describeInput(_ bytes: [UInt8]) -> String {
    if let s = String(validating: bytes, as: UTF8.self) { return debugQuoted(s) }
    return "bytes " + String(describing: bytes)
}
