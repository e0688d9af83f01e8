import Testing
import VigilTestKit
@testable import ShellAST

/// Random bytes never crash the engine and never come out `allow` unless they
/// parse to commands that each only read; every result is internally
/// consistent and deterministic.
@Suite("Verdict properties: random input")
struct VerdictRandomInputPropertyTests {
    static let inputsPerSeed = 4000

    /// Pieces that make random bytes look like shell: metacharacters, words of
    /// dangerous and harmless commands, expansions, redirections.
    static let tokens: [String] = [
        ";", "|", "&", "&&", "||", "(", ")", "{", "}", "<", ">", ">>", "<<", "<<<", ">&", "2>&1", "$", "$(", "`", "'", "\"", "\\",
        "$'", "${", "$((", "))", "[[", "]]", "[", "]", "*", "?", "~", "#", "=", "!", "\n", " ", " ", " ", "\t",
        "rm", "-rf", "/", "/*", "ls", "cat", "echo", "sh", "bash", "-c", "eval", "sudo", "env", "timeout 5", "trap", "find", "-exec",
        "xargs", "awk", "sed", "tar", "git", "curl", "|sh", "base64 -d", "/dev/tcp/h/1", "/etc/passwd", "/dev/sda", "/etc/shadow",
        "<PID>", "{{pod}}", "EOF", "f()", ":", "x=", "$x", "$IFS", "IFS", "LD_PRELOAD=", "a[", "if", "then", "fi", "for", "do", "done",
        "case", "in", "esac", "function", "alias", "exec", "3<>", "python3", "-e", "dd", "of=/dev/sda", "chmod", "777",
    ]

    /// Random bytes: every value, NUL, invalid UTF-8, valid multi-byte UTF-8,
    /// and shell tokens weighted so that many inputs parse.
    static func randomInput(_ rng: inout SplitMix64) -> [UInt8] {
        var out: [UInt8] = []
        let length = rng.int(0...24)
        for _ in 0..<length {
            switch rng.int(0..<100) {
            case 0..<55: out += Array(rng.pick(tokens).utf8)
            case 55..<75: out.append(rng.pick(Array("abcdefxyz0129._-/".utf8)))
            case 75..<87: out.append(UInt8(truncatingIfNeeded: rng.next()))
            case 87..<90: out.append(0)
            case 90..<95: out += rng.pick([[0xFF], [0xFE], [0x80], [0xC0, 0xAF], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80]])
            default: out += Array(rng.pick(["é", "€", "😀", "\u{00A0}", "\u{2028}", "ｒｍ"]).utf8)
            }
        }
        return out
    }

    static func describe(_ bytes: [UInt8]) -> String {
        var s = ""
        for b in bytes {
            switch b {
            case 0x20...0x7E where b != UInt8(ascii: "\\"): s.unicodeScalars.append(Unicode.Scalar(b))
            case UInt8(ascii: "\\"): s += "\\\\"
            case 0x0A: s += "\\n"
            case 0x09: s += "\\t"
            default: s += "\\x" + (b < 16 ? "0" : "") + String(b, radix: 16)
            }
        }
        return "\"" + s + "\""
    }

    /// What any classification must satisfy, whatever the input. Returns the broken rules.
    static func inconsistencies(_ c: Classification, input: [UInt8]) -> [String] {
        var problems: [String] = []
        let worst = (c.commands.map(\.verdict) + c.reasons.map(\.verdict)).max() ?? .allow
        if c.verdict != worst { problems.append("verdict \(c.verdict.name) is not the worst of its commands and reasons (\(worst.name))") }
        if let highest = c.commands.map(\.risk).max(), c.risk < highest { problems.append("risk \(c.risk.name) below a command's \(highest.name)") }
        if c.syntaxError != nil && c.verdict != .block { problems.append("a syntax error that is not block") }
        if input.contains(0) && c.verdict != .block { problems.append("a NUL byte that is not block") }
        for command in c.commands {
            let worstReason = command.reasons.map(\.verdict).max() ?? .allow
            if command.verdict != worstReason { problems.append("command \(command.name ?? "-") is \(command.verdict.name) but its worst reason is \(worstReason.name)") }
        }
        if c.verdict == .allow {
            if c.commands.contains(where: { $0.verdict != .allow || $0.risk != .readOnly }) { problems.append("allow with a command that is not read-only and allowed") }
            if c.reasons.contains(where: { $0.verdict != .allow }) { problems.append("allow with a review or block reason") }
            if c.risk != .readOnly { problems.append("allow with risk \(c.risk.name)") }
            if c.syntaxError != nil { problems.append("allow with a syntax error") }
        }
        let end = input.count
        for r in c.reasons where r.span.start < 0 || r.span.end > end || r.span.start > r.span.end {
            problems.append("reason \(r.rule) span \(r.span.start)..<\(r.span.end) outside the input (\(end) bytes)")
        }
        return problems
    }

    /// Commands that are judged without a reason of their own. Known: `eval`,
    /// whose judgement lies entirely in the commands of its text.
    static let commandsWithoutReasons: Set<String> = ["eval"]

    static func unexplained(_ c: Classification) -> [String] {
        c.commands.filter { $0.reasons.isEmpty && !commandsWithoutReasons.contains($0.name ?? "") }.map { $0.name ?? "-" }
    }

    @Test("random bytes: consistent, fail closed, deterministic", arguments: PropertySeeds.make())
    func randomBytes(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let second = VerdictEngine()
        var failures = 0
        var parsed = 0
        var allowed = 0
        for i in 0..<Self.inputsPerSeed where failures < 5 {
            let bytes = Self.randomInput(&rng)
            let result = defaultEngine.classify(utf8: bytes)
            if result.syntaxError == nil { parsed += 1 }
            if result.verdict == .allow { allowed += 1 }
            var problems = Self.inconsistencies(result, input: bytes)
            for name in Self.unexplained(result) { problems.append("command \(name) has no reason") }
            if defaultEngine.classify(utf8: bytes) != result { problems.append("a second classification differs") }
            if second.classify(utf8: bytes) != result { problems.append("a second engine differs") }
            if let text = String(validating: bytes, as: UTF8.self), defaultEngine.classify(text) != result {
                problems.append("classify(String) differs from classify(utf8:)")
            }
            if !problems.isEmpty {
                failures += 1
                Issue.record("seed 0x\(String(seed, radix: 16)) input \(i) \(Self.describe(bytes)) → \(result.verdict.name): \(problems)")
            }
        }
        // The generator must reach both sides of the parser and the verdicts.
        #expect(parsed > Self.inputsPerSeed / 10, "only \(parsed) of \(Self.inputsPerSeed) inputs parsed")
        #expect(allowed > 0, "no input came out allow")
    }

    @Test("generated commands: consistent and deterministic", arguments: PropertySeeds.make())
    func generatedCommandsAreDeterministic(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let second = VerdictEngine()
        var failures = 0
        var verdicts: Set<Verdict> = []
        for i in 0..<1000 where failures < 5 {
            let a = VerdictVocabulary.randomCommand(&rng)
            let text = rng.chance(0.5) ? a.text : a.text + rng.pick(["; ", " && ", " | ", " || "]) + VerdictVocabulary.randomCommand(&rng).text
            let result = defaultEngine.classify(text)
            verdicts.insert(result.verdict)
            var problems = Self.inconsistencies(result, input: Array(text.utf8))
            for name in Self.unexplained(result) { problems.append("command \(name) has no reason") }
            if defaultEngine.classify(text) != result { problems.append("a second classification differs") }
            if second.classify(text) != result { problems.append("a second engine differs") }
            if defaultEngine.classify(utf8: Array(text.utf8)) != result { problems.append("classify(utf8:) differs") }
            if !problems.isEmpty {
                failures += 1
                Issue.record("seed 0x\(String(seed, radix: 16)) command \(i) `\(text)` → \(result.verdict.name): \(problems)")
            }
        }
        #expect(verdicts == Set(Verdict.allCases), "verdicts reached: \(verdicts)")
    }

    @Test func evalCarriesAReasonOfItsOwn() {
        let result = defaultEngine.classify("eval 'rm -rf /'")
        let eval = result.commands.first { $0.name == "eval" }
        #expect(eval != nil)
        #expect(eval?.reasons.isEmpty == false, "eval is judged with no reason of its own")
    }
}
