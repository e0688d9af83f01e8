import Testing
import VigilTestKit

@testable import ShellAST

/// Shortcuts in ``ArgumentList`` agree with the full computations they stand for.
@Suite struct ArgumentListPropertyTests {
    /// Words an argument list is made of: options with and without values, `--`,
    /// operands, run-time words and non-ASCII text.
    static let pool = [
        "-n", "prod", "--namespace", "--context=x", "-c", "exec", "get", "--", "-", "pod/web", "$X", "\"$Y\"", "'-q'",
        "-abc", "é", "--all", "-f", "file.yaml", "run", "$(id)",
    ]

    /// `firstPositionalIndex(valueOptions:)` is the first of `positionalIndices(valueOptions:)`.
    @Test(arguments: PropertySeeds.make())
    func firstPositionalIsTheFirstOfAll(seed: UInt64) throws {
        var r = SplitMix64(seed: seed)
        let resolver = StaticResolver()
        let valueOptions = [ByteSet(["-n", "--namespace", "-c", "-f"]), ByteSet.empty, ByteSet(["--context", "-abc"])]
        for i in 0..<1_000 {
            let text = (0..<r.int(0...7)).map { _ in r.pick(Self.pool) }.joined(separator: " ")
            let script = try ShellParser.parse("cmd " + text)
            guard case .simple(let s) = script.body.items[0].andOr.first.commands[0] else {
                Issue.record("seed \(seed) case \(i): not a simple command: \(text)")
                continue
            }
            let args = ArgumentList(s.words.dropFirst().flatMap { resolver.resolve($0) })
            for options in valueOptions {
                #expect(
                    args.firstPositionalIndex(valueOptions: options) == args.positionalIndices(valueOptions: options).first,
                    "seed \(seed) case \(i): \(text)")
            }
        }
    }
}
