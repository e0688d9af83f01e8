import Testing
import VigilTestKit
@testable import ShellAST

/// Wrapping a command in more code never makes it safer: the verdict of
/// `a; b`, `a | b`, `$(b)` inside `a`, `eval 'b'`, `sh -c 'b'`, `sudo b`... is at
/// least the verdict of `b` (and of `a`, for the sequential forms).
@Suite("Verdict properties: composition")
struct VerdictCompositionPropertyTests {
    /// Random pairs per seed; each pair is checked in every form.
    static let pairsPerSeed = 400

    struct Form: Sendable {
        let name: String
        /// Also at least the verdict of `a`.
        let sequential: Bool
        /// `b` must be one simple command (it follows a wrapper).
        let simpleB: Bool
        /// `a` must be one simple command (it takes an argument).
        let simpleA: Bool
        let build: @Sendable (String, String) -> String
    }

    static let forms: [Form] = [
        Form(name: "a; b", sequential: true, simpleB: false, simpleA: false) { "\($0); \($1)" },
        Form(name: "a && b", sequential: true, simpleB: false, simpleA: false) { "\($0) && \($1)" },
        Form(name: "a || b", sequential: true, simpleB: false, simpleA: false) { "\($0) || \($1)" },
        Form(name: "a | b", sequential: true, simpleB: false, simpleA: false) { "\($0) | \($1)" },
        Form(name: "a $(b)", sequential: false, simpleB: false, simpleA: true) { "\($0) $(\($1))" },
        Form(name: "eval 'b'", sequential: false, simpleB: false, simpleA: false) { "eval " + ShellQuotingStyle.quote($1, .single) },
        Form(name: "sh -c 'b'", sequential: false, simpleB: false, simpleA: false) { "sh -c " + ShellQuotingStyle.quote($1, .single) },
        Form(name: "sudo b", sequential: false, simpleB: true, simpleA: false) { "sudo \($1)" },
        Form(name: "timeout 5 b", sequential: false, simpleB: true, simpleA: false) { "timeout 5 \($1)" },
        Form(name: "(b)", sequential: false, simpleB: false, simpleA: false) { "(\($1))" },
        Form(name: "{ b; }", sequential: false, simpleB: false, simpleA: false) { "{ \($1); }" },
        Form(name: "f(){ b; }; f", sequential: false, simpleB: false, simpleA: false) { "f(){ \($1); }; f" },
    ]

    @Test("composition is at least its parts", arguments: PropertySeeds.make())
    func compositionIsAtLeastItsParts(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var failures = 0
        var checked = 0
        for pair in 0..<Self.pairsPerSeed where failures < 5 {
            let a = VerdictVocabulary.randomCommand(&rng)
            let b = VerdictVocabulary.randomCommand(&rng)
            let va = defaultEngine.classify(a.text).verdict
            let vb = defaultEngine.classify(b.text).verdict
            for form in Self.forms {
                if form.simpleA && !a.isSimple || form.simpleB && !b.isSimple { continue }
                let composite = form.build(a.text, b.text)
                let result = defaultEngine.classify(composite)
                let floor = form.sequential ? max(va, vb) : vb
                checked += 1
                if result.verdict < floor {
                    let message: Comment = """
                        seed 0x\(String(seed, radix: 16)) pair \(pair) form `\(form.name)`: \(result.verdict.name) < \(floor.name)
                          a = \(a.text)  (\(va.name))
                          b = \(b.text)  (\(vb.name))
                          composite = \(composite)
                          reasons: \(result.reasons.map { "\($0.verdict.name) \($0.rule)" })
                        """
                    failures += 1
                    Issue.record(message)
                }
            }
        }
        #expect(checked >= Self.pairsPerSeed * 8, "too few compositions checked: \(checked)")
    }

    /// The forms wrap `b` for real: a catastrophic `b` stays `block` in each one.
    @Test("each form keeps a catastrophic command blocked", arguments: forms.map(\.name))
    func eachFormKeepsACatastrophicCommandBlocked(_ name: String) {
        let form = Self.forms.first { $0.name == name }!
        let composite = form.build("ls", "rm -rf /")
        let result = defaultEngine.classify(composite)
        #expect(result.verdict == .block, "`\(composite)` gave \(result.verdict.name)")
        #expect(result.reasons.contains { $0.rule == "files.rm.catastrophic-target" }, "`\(composite)`: \(result.reasons.map(\.rule))")
    }
}
