import Testing
@testable import ShellAST

/// Hostile input — megabyte lines, 100 000-deep nesting, NUL bytes, invalid
/// UTF-8, code nested in code past the engine's limit — gets an answer like any
/// other input: `block` when it cannot be judged, never a crash.
@Suite("Verdict limits: hostile input")
struct VerdictLimitTests {
    /// The inputs run on a thread with a known, generous stack: what is tested is
    /// the parser's and the engine's limits, not the runner's stack.
    static let stack = 64 << 20

    static func classify(_ input: String) -> Classification {
        EngineThread.run(stackSize: stack) { VerdictEngine().classify(input) }
    }

    static func classify(utf8 input: [UInt8]) -> Classification {
        EngineThread.run(stackSize: stack) { VerdictEngine().classify(utf8: input) }
    }

    static func rules(_ c: Classification) -> [String] { c.reasons.map(\.rule) }

    /// `$'...'` with `'` and `\` as octal escapes: quoting code for the next level
    /// adds one escape per level instead of doubling, so 30 levels stay small.
    static func ansiC(_ code: String) -> String {
        var out = "$'"
        for c in code {
            switch c {
            case "'": out += "\\047"
            case "\\": out += "\\134"
            default: out.append(c)
            }
        }
        return out + "'"
    }

    /// `innermost` wrapped `depth` times in `sh -c $'...'` (or other runners).
    static func nested(_ depth: Int, _ innermost: String, runners: [String] = ["sh -c"]) -> String {
        var code = innermost
        for level in 0..<depth {
            let runner = runners[level % runners.count]
            code = runner == "trap" ? "trap \(ansiC(code)) EXIT" : "\(runner) \(ansiC(code))"
        }
        return code
    }

    // MARK: Size

    @Test func megabyteWordBeforeTheRootIsStillJudged() {
        let input = "rm -rf /tmp/" + String(repeating: "a", count: 1 << 20) + " /"
        let result = Self.classify(input)
        #expect(result.verdict == .block)
        #expect(Self.rules(result).contains("files.rm.catastrophic-target"))
    }

    @Test func megabyteOfQuotedDataIsAllowed() {
        let input = "echo '" + String(repeating: "rm -rf / ", count: 120_000) + "'"
        #expect(input.utf8.count > 1_000_000)
        let result = Self.classify(input)
        #expect(result.verdict == .allow, "\(Self.rules(result).prefix(5))")
    }

    @Test func megabyteOfArgumentsIsAllowed() {
        let input = "cat" + String(repeating: " ab", count: 350_000)
        #expect(input.utf8.count > 1_000_000)
        let result = Self.classify(input)
        #expect(result.verdict == .allow)
        #expect(result.commands.count == 1)
    }

    @Test func megabyteHereDocumentFedToAShellIsJudgedToTheEnd() {
        let input = "bash <<'EOF'\n" + String(repeating: "# nothing to see\n", count: 62_000) + "rm -rf /\nEOF\n"
        #expect(input.utf8.count > 1_000_000)
        let result = Self.classify(input)
        #expect(result.verdict == .block)
        #expect(Self.rules(result).contains("files.rm.catastrophic-target"))
    }

    @Test func inputPastTheSizeLimitIsBlocked() {
        let input = "echo " + String(repeating: "a", count: ShellParser.Options.default.maxInputBytes)
        let result = Self.classify(input)
        #expect(result.verdict == .block)
        #expect(Self.rules(result) == ["parse.error"])
    }

    // MARK: Nesting in one script

    static let hundredThousandDeep: [String] = {
        let n = 100_000
        func repeated(_ open: String, _ middle: String, _ close: String) -> String {
            String(repeating: open, count: n) + middle + String(repeating: close, count: n)
        }
        return [
            repeated("$(", "ls", ")"),
            repeated("( ", "ls", " )"),
            repeated("{ ", "ls", "; }"),
            repeated("\"$(", "ls", ")\""),
            "echo " + repeated("${x:-", "", "}"),
            repeated("if true; then ", "ls", "; fi"),
            repeated("f() { ", "ls", "; }"),
            "sh -c '" + repeated("$(", "ls", ")") + "'",
            "eval \"" + repeated("$(", "ls", ")") + "\"",
        ]
    }()

    @Test(arguments: 0..<hundredThousandDeep.count)
    func hundredThousandDeepNestingIsBlocked(_ index: Int) {
        let input = Self.hundredThousandDeep[index]
        let result = Self.classify(input)
        #expect(result.verdict == .block, "input #\(index) (\(input.prefix(24))…): \(result.verdict.name) \(Self.rules(result))")
        #expect(
            Self.rules(result).contains { $0 == "parse.error" || $0 == "parse.nested-code" },
            "input #\(index) (\(input.prefix(24))…): \(Self.rules(result))")
    }

    // MARK: Bytes

    @Test(arguments: [
        Array("ls\0".utf8), [0], Array("echo a\0b".utf8), Array("rm -rf /\0".utf8), Array("ls # \0 comment".utf8),
        Array("cat <<'EOF'\n\0\nEOF\n".utf8), Array("echo '\0'".utf8),
    ])
    func nulBytesAreBlocked(_ input: [UInt8]) {
        let result = Self.classify(utf8: input)
        #expect(result.verdict == .block)
        #expect(result.syntaxError != nil)
        #expect(Self.rules(result) == ["parse.error"])
        if let text = String(validating: input, as: UTF8.self) {
            #expect(Self.classify(text) == result, "classify(String) and classify(utf8:) differ")
        }
    }

    struct BytesCase: Sendable, CustomTestStringConvertible {
        let bytes: [UInt8]
        let verdict: Verdict
        var testDescription: String { "\(verdict.name): \(bytes.map { $0 < 0x80 && $0 >= 0x20 ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16) }.joined())" }
    }

    static let invalidUTF8: [BytesCase] = [
        // An invalid command name is no known program.
        BytesCase(bytes: [0xFF, 0xFE], verdict: .review),
        BytesCase(bytes: Array("r".utf8) + [0xC0, 0xAF] + Array("m -rf /".utf8), verdict: .review),
        // Invalid bytes elsewhere do not hide what the command does.
        BytesCase(bytes: Array("rm -rf / ".utf8) + [0xFF], verdict: .block),
        BytesCase(bytes: Array("echo ".utf8) + [0xED, 0xA0, 0x80] + Array(" > /etc/passwd".utf8), verdict: .block),
        BytesCase(bytes: Array("sh -c 'rm -rf /; ".utf8) + [0x80] + Array("'".utf8), verdict: .block),
        // Data with invalid bytes is still data.
        BytesCase(bytes: Array("echo ".utf8) + [0xFF, 0x80, 0xC0], verdict: .allow),
        BytesCase(bytes: Array("grep '".utf8) + [0xF8, 0x88] + Array("' app.log".utf8), verdict: .allow),
    ]

    @Test(arguments: invalidUTF8)
    func invalidUTF8IsJudgedLikeAnyInput(_ c: BytesCase) {
        let result = Self.classify(utf8: c.bytes)
        #expect(result.verdict == c.verdict, "\(Self.rules(result))")
        #expect(Self.classify(utf8: c.bytes) == result, "not deterministic")
    }

    // MARK: Code nested in code

    @Test func shellStringsWithinTheLimitAreJudged() {
        let depth = Judge.maxNesting
        let harmless = Self.classify(Self.nested(depth, "ls -la"))
        #expect(harmless.verdict == .allow, "\(Self.rules(harmless))")
        let deadly = Self.classify(Self.nested(depth, "rm -rf /"))
        #expect(deadly.verdict == .block)
        #expect(Self.rules(deadly).contains("files.rm.catastrophic-target"))
        #expect(!Self.rules(deadly).contains("engine.nesting-limit"))
    }

    @Test(arguments: [Judge.maxNesting + 1, 30, 60])
    func shellStringsPastTheLimitAreBlocked(_ depth: Int) {
        let input = Self.nested(depth, "ls -la")
        let result = Self.classify(input)
        #expect(result.verdict == .block)
        #expect(Self.rules(result).contains("engine.nesting-limit"), "\(Self.rules(result))")
    }

    @Test(arguments: [["eval"], ["bash -c"], ["su -c"], ["trap"], ["sh -c", "eval", "bash -c", "su -c", "trap", "env -S", "watch"]])
    func otherCodeRunnersNestedPastTheLimitAreBlocked(_ runners: [String]) {
        let within = Self.classify(Self.nested(Judge.maxNesting, "rm -rf /", runners: runners))
        #expect(within.verdict == .block)
        #expect(Self.rules(within).contains("files.rm.catastrophic-target"), "\(Self.rules(within))")
        let past = Self.classify(Self.nested(30, "ls", runners: runners))
        #expect(past.verdict == .block)
        #expect(Self.rules(past).contains("engine.nesting-limit"), "\(Self.rules(past))")
    }

    /// The usual `'\''` quoting, whose size triples per level, for a few levels.
    @Test func singleQuotedShellStringsAreJudgedAtEveryLevel() {
        var harmless = "ls"
        var deadly = "rm -rf /"
        for _ in 0..<7 {
            harmless = "sh -c " + ShellQuotingStyle.quote(harmless, .single)
            deadly = "bash -c " + ShellQuotingStyle.quote(deadly, .single)
        }
        #expect(Self.classify(harmless).verdict == .allow)
        let result = Self.classify(deadly)
        #expect(result.verdict == .block)
        #expect(Self.rules(result).contains("files.rm.catastrophic-target"))
    }

    @Test func commandSubstitutionsPastTheLimitAreBlocked() {
        func substitutions(_ n: Int) -> String {
            "echo " + String(repeating: "$(echo ", count: n) + "x" + String(repeating: ")", count: n)
        }
        #expect(Self.classify(substitutions(Judge.maxNesting)).verdict == .allow)
        let past = Self.classify(substitutions(Judge.maxNesting + 1))
        #expect(past.verdict == .block)
        #expect(Self.rules(past).contains("engine.nesting-limit"))
    }

    // MARK: Reparsed code shares one nesting budget

    /// Each level of reparsed code (`sh -c`, `eval`...) gets a smaller share of the
    /// parser's depth limit, so 24 levels of `sh -c` inside 150 subshells each (a
    /// 16 KB command line) no longer multiply into a stack overflow of the 8 MiB
    /// main thread of `vigil classify --jsonl`. Run in a child process, since a
    /// stack overflow would kill the process.
    @Test func reparsedCodeInsideDeepSubshellsFitsAnOrdinaryStack() async {
        do {
            await #expect(processExitsWith: .success) {
                var code = "ls"
                for _ in 0..<Judge.maxNesting {
                    code = String(repeating: "( ", count: 150) + "sh -c " + VerdictLimitTests.ansiC(code) + String(repeating: " )", count: 150)
                }
                let input = code
                let verdict = EngineThread.run(stackSize: 8 << 20) { VerdictEngine().classify(input).verdict }
                precondition(verdict == .allow || verdict == .block)
            }
        }
    }
}
