import Testing
import VigilTestKit
@testable import ShellAST

/// Spelling a static word differently (`rm`, `'rm'`, `"rm"`, `$'\x72\x6d'`,
/// `\r\m`, `r''m`) never changes what the engine decides: the same verdict,
/// risk, rules and resolved command names.
@Suite("Verdict properties: re-quoting")
struct VerdictRequotingPropertyTests {
    static let commandsPerSeed = 750
    static let spellingsPerCommand = 4

    /// What must not change when a word is re-spelled.
    struct Outcome: Equatable, CustomStringConvertible {
        var verdict: Verdict
        var risk: RiskClass
        /// The rules that fired (a set: a placeholder inside `sh -c '...'` is also
        /// seen in the outer string when it is spelled plainly there).
        var rules: Set<String>
        var names: [String?]

        init(_ c: Classification) {
            verdict = c.verdict
            risk = c.risk
            rules = Set(c.reasons.map(\.rule))
            names = c.commands.map(\.name)
        }

        var description: String { "\(verdict.name) \(risk.name) rules \(rules.sorted()) names \(names.map { $0 ?? "-" })" }
    }

    @Test("re-quoting static words never changes the verdict", arguments: PropertySeeds.make())
    func requotingNeverChangesTheVerdict(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var failures = 0
        var spellings = 0
        var styleCounts: [ShellQuotingStyle: Int] = [:]
        for i in 0..<Self.commandsPerSeed where failures < 5 {
            let command = VerdictVocabulary.randomCommand(&rng)
            let words = command.requotableWords
            guard !words.isEmpty else { continue }
            for _ in 0..<Self.spellingsPerCommand {
                // Either every word in one style, or a random subset in random styles.
                var spelled: [Int: String] = [:]
                if rng.chance(0.3) {
                    let style = rng.pick(ShellQuotingStyle.allCases)
                    for w in words {
                        if case .word(let v) = command.pieces[w] { spelled[w] = ShellQuotingStyle.quote(v, style, using: &rng) }
                    }
                    styleCounts[style, default: 0] += 1
                } else {
                    for w in words where rng.chance(0.5) || spelled.isEmpty && w == words.last {
                        let style = rng.pick(ShellQuotingStyle.allCases)
                        if case .word(let v) = command.pieces[w] { spelled[w] = ShellQuotingStyle.quote(v, style, using: &rng) }
                        styleCounts[style, default: 0] += 1
                    }
                }
                var text = command.render { i, v in spelled[i] ?? ShellQuotingStyle.canonical(v) }
                var original = command.text
                // Sometimes the command is code inside code: the re-quoted words are
                // then judged after the engine reparses the string.
                if rng.chance(0.25) {
                    let (wrap, style): (String, ShellQuotingStyle) = rng.pick([("sh -c ", .single), ("eval ", .double), ("bash <<< ", .ansiHex), ("su -c ", .single)])
                    text = wrap + ShellQuotingStyle.quote(text, style)
                    original = wrap + ShellQuotingStyle.quote(original, style)
                }
                let base = Outcome(defaultEngine.classify(original))
                let outcome = Outcome(defaultEngine.classify(text))
                spellings += 1
                if outcome != base {
                    failures += 1
                    Issue.record("""
                        seed 0x\(String(seed, radix: 16)) command \(i): re-quoting changed the outcome
                          original:  \(original)
                                     \(base)
                          re-quoted: \(text)
                                     \(outcome)
                        """)
                    break
                }
            }
        }
        #expect(spellings >= Self.commandsPerSeed * Self.spellingsPerCommand / 2, "too few spellings checked: \(spellings)")
        #expect(styleCounts.count == ShellQuotingStyle.allCases.count, "styles not exercised: \(styleCounts)")
    }

    /// The quoting styles themselves: each spelling of a value resolves to it.
    @Test("every quoting style spells the value", arguments: ShellQuotingStyle.allCases)
    func everyStyleSpellsTheValue(_ style: ShellQuotingStyle) throws {
        var rng = SplitMix64(seed: 0x5EED)
        for value in ["rm", "-rf", "/", "rm -rf /", "it's", "a\"b", "$(id)", "`id`", "a\\b", "é€", "{a,b}", "*", "~", "\t"] {
            let spelled = ShellQuotingStyle.quote(value, style, using: &rng)
            let script = try ShellParser.parse("echo " + spelled)
            guard case .simple(let s) = script.body.items.first?.andOr.first.commands.first, s.words.count == 2 else {
                Issue.record("`echo \(spelled)` is not one simple command of two words")
                continue
            }
            let args = StaticResolver().resolve(s.words[1])
            #expect(args.count == 1 && args[0].isStatic && args[0].text == value, "\(style): `\(spelled)` resolves to \(args.map(\.text))")
        }
    }
}
