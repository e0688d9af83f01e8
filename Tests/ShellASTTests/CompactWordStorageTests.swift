import Testing
import VigilTestKit

@testable import ShellAST

/// A word the parser stores compactly (one quoted string) equals, and hashes like,
/// the same word built from its parts through the public initialiser.
@Suite struct CompactWordStorageTests {
    @Test(arguments: PropertySeeds.make())
    func compactWordsEqualTheirParts(seed: UInt64) throws {
        var r = SplitMix64(seed: seed)
        let pieces = ["'a b'", "''", "\"x\"", "\"\"", "\"$y\"", "\"a\\\"b\"", "plain", "'*.txt'", "\"*.log\"", "$'\\n'", "\"é\"", "'日'"]
        for i in 0..<500 {
            let text = (0..<r.int(1...3)).map { _ in r.pick(pieces) }.joined()
            let script = try ShellParser.parse("echo " + text)
            guard case .simple(let s) = script.body.items[0].andOr.first.commands[0], s.words.count == 2 else {
                Issue.record("seed \(seed) case \(i): \(text) is not one argument")
                continue
            }
            let parsed = s.words[1]
            let rebuilt = Word(parts: parsed.parts, span: parsed.span)
            #expect(rebuilt == parsed, "seed \(seed) case \(i): \(text)")
            #expect(rebuilt.hashValue == parsed.hashValue, "seed \(seed) case \(i): \(text)")
        }
    }
}
