import Testing
@testable import ShellAST

/// Huge and pathologically nested inputs return a tree or an error — the right
/// one — quickly and without overflowing the stack; the limits are options.
@Suite struct ParserLimitsTests {
    /// The pathological inputs run on a thread with a known, generous stack, so
    /// what is tested is the parser's limits and speed, not the runner's stack.
    static let stack = 256 << 20
    /// Far more than a linear parse of these inputs takes, even in debug on a
    /// busy machine; a quadratic one takes minutes.
    static let timeLimit = Duration.seconds(30)

    /// Parses `input` on a big stack and reports how long it took.
    static func timedParse(_ input: String, options: ShellParser.Options = .default) -> (Result<ShellScript, ShellSyntaxError>, Duration) {
        ThreadStack.run(size: stack) {
            let clock = ContinuousClock()
            let start = clock.now
            let result: Result<ShellScript, ShellSyntaxError>
            do throws(ShellSyntaxError) {
                result = .success(try ShellParser.parse(input, options: options))
            } catch {
                result = .failure(error)
            }
            return (result, clock.now - start)
        }
    }

    static func repeated(_ open: String, _ count: Int, _ middle: String = "", _ close: String = "") -> String {
        String(repeating: open, count: count) + middle + String(repeating: close, count: count)
    }

    // MARK: Size

    @Test func oneMegabyteCommandLine() throws {
        let input = "echo " + String(repeating: "a", count: (1 << 20) - 5)
        let (result, time) = Self.timedParse(input)
        let tree = try result.get()
        #expect(time < Self.timeLimit)
        guard case .simple(let c) = tree.body.items.first?.andOr.first.commands.first else {
            Issue.record("expected a simple command")
            return
        }
        #expect(c.words.count == 2)
        #expect(c.words[1].unquotedLiteral?.utf8.count == (1 << 20) - 5)
        #expect(c.words[1].span == SourceSpan(start: 5, end: 1 << 20))
    }

    @Test func oneMegabyteOfWords() throws {
        let input = "echo" + String(repeating: " ab", count: 349_525)
        #expect(input.utf8.count > 1_000_000)
        let (result, time) = Self.timedParse(input)
        let tree = try result.get()
        #expect(time < Self.timeLimit)
        guard case .simple(let c) = tree.body.items.first?.andOr.first.commands.first else {
            Issue.record("expected a simple command")
            return
        }
        #expect(c.words.count == 349_526)
    }

    @Test func hundredThousandPipes() throws {
        let input = "a" + String(repeating: " | a", count: 100_000)
        let (result, time) = Self.timedParse(input)
        let tree = try result.get()
        #expect(time < Self.timeLimit)
        let pipeline = tree.body.items[0].andOr.first
        #expect(pipeline.commands.count == 100_001)
        #expect(pipeline.operators.count == 100_000)
        #expect(ShellPrinter.print(tree) == input)
    }

    @Test func hundredThousandAnds() throws {
        let input = "a" + String(repeating: " && a", count: 100_000)
        let (result, time) = Self.timedParse(input)
        let tree = try result.get()
        #expect(time < Self.timeLimit)
        #expect(tree.body.items.count == 1)
        #expect(tree.body.items[0].andOr.rest.count == 100_000)
        #expect(tree.body.items[0].andOr.rest.allSatisfy { $0.op == .and })
    }

    @Test func hundredThousandListItems() throws {
        let input = String(repeating: "a;\n", count: 100_000)
        let (result, time) = Self.timedParse(input)
        #expect(try result.get().body.items.count == 100_000)
        #expect(time < Self.timeLimit)
    }

    @Test func tenThousandHereDocumentsOnOneLine() throws {
        let n = 10_000
        var input = "cat"
        for i in 0..<n { input += " <<E\(i)" }
        input += "\n"
        for i in 0..<n { input += "body \(i) $x\nE\(i)\n" }
        let (result, time) = Self.timedParse(input)
        let tree = try result.get()
        #expect(time < Self.timeLimit)
        guard case .simple(let c) = tree.body.items.first?.andOr.first.commands.first else {
            Issue.record("expected a simple command")
            return
        }
        #expect(c.redirects.count == n)
        let docs = c.redirects.compactMap(\.hereDocument)
        #expect(docs.count == n)
        #expect(docs.enumerated().allSatisfy { i, d in
            guard d.delimiter == "E\(i)", !d.isQuoted, d.body.count == 3, case .literal(let l) = d.body[0] else { return false }
            return l.text == "body \(i) "
        })
        let reparsed = try ShellParser.parse(ShellPrinter.print(tree))
        #expect(reparsed.isStructurallyEqual(to: tree))
    }

    // MARK: Nesting past the limit

    /// Inputs nested 100 000 deep (or as deep as the construct allows).
    static let deepInputs: [(name: String, input: String, kind: ShellSyntaxError.Kind)] = [
        ("$(", "echo " + repeated("$(", 100_000, "a", ")"), .nestingTooDeep),
        ("( (", repeated("( ", 100_000, "a", " )"), .nestingTooDeep),
        ("{ {", repeated("{ ", 100_000, "a", "; }"), .nestingTooDeep),
        ("\"$(\"", "echo " + repeated("\"$(", 100_000, "a", ")\""), .nestingTooDeep),
        ("${x:-", "echo " + repeated("${x:-", 100_000, "a", "}"), .nestingTooDeep),
        ("[[ (", "[[ " + repeated("( ", 100_000, "a", " )") + " ]]", .nestingTooDeep),
        ("[[ !", "[[ " + String(repeating: "! ", count: 100_000) + "a ]]", .nestingTooDeep),
        ("<(", "cat " + repeated("<(", 100_000, "a", ")"), .nestingTooDeep),
        ("$((", "echo " + repeated("$((", 100_000, "1", "))"), .nestingTooDeep),
        ("if", repeated("if a; then ", 100_000, "a", "; fi"), .nestingTooDeep),
        ("a=($(", repeated("a=($(", 100_000, "b", "))"), .nestingTooDeep),
        ("f() {", repeated("f() { ", 100_000, "a", "; }"), .nestingTooDeep),
        ("${a[", "echo " + repeated("${a[", 100_000, "1", "]}"), .nestingTooDeep),
        // Not nesting for the parser: errors, found quickly.
        ("((((", String(repeating: "(", count: 100_000), .unterminated),
        ("a=(a=(", String(repeating: "a=(", count: 100_000), .unexpectedToken),
        ("unclosed $(", "echo " + String(repeating: "$(", count: 100_000), .nestingTooDeep),
    ]

    /// Backquotes nest by escaping: each level doubles the backslashes, so the
    /// input, not the depth limit, bounds them. Twelve levels parse, each a
    /// backquoted substitution inside the last; the depth limit still counts them.
    @Test func backquotesNestedByEscaping() throws {
        func nested(_ levels: Int) -> String {
            var text = "echo x"
            for _ in 0..<levels {
                var escaped = ""
                for c in text {
                    if c == "\\" || c == "`" || c == "$" { escaped.append("\\") }
                    escaped.append(c)
                }
                text = "echo `" + escaped + "`"
            }
            return text
        }
        let input = nested(12)
        let (result, time) = Self.timedParse(input)
        let tree = try result.get()
        #expect(time < Self.timeLimit)
        var levels = 0
        var command = tree.body.items.first?.andOr.first.commands.first
        while case .simple(let c)? = command, c.words.count == 2, case .commandSubstitution(let s)? = c.words[1].parts.first,
            s.style == .backquotes
        {
            levels += 1
            command = s.body.items.first?.andOr.first.commands.first
        }
        #expect(levels == 12)
        if case .simple(let innermost)? = command { #expect(innermost.words.map { ShellPrinter.print($0) } == ["echo", "x"]) }
        #expect(ShellPrinter.print(tree) == input)
        #expect(SpanChecker.violations(in: tree, inputCount: input.utf8.count).isEmpty)
        #expect((try? ShellParser.parse(nested(5), options: .init(maxDepth: 5))) != nil)
        #expect(Self.timedParse(nested(6), options: .init(maxDepth: 5)).0.failureKind == .nestingTooDeep)
    }

    /// Inside an extended glob, nested patterns are pattern text: one part, not nesting.
    @Test func deepExtendedGlobIsOnePattern() throws {
        let input = "echo " + Self.repeated("@(", 100_000, "a", ")")
        let (result, time) = Self.timedParse(input)
        #expect(time < Self.timeLimit)
        guard case .simple(let c) = try result.get().body.items.first?.andOr.first.commands.first,
            c.words.count == 2, case .extendedGlob(let g) = c.words[1].parts.first
        else {
            Issue.record("expected `echo` and an extended glob")
            return
        }
        #expect(c.words[1].parts.count == 1)
        guard case .literal(let l) = g.pattern.first else {
            Issue.record("expected literal pattern text")
            return
        }
        #expect(l.text.utf8.count == 2 * 99_999 + 1 + 99_999)
    }

    @Test(arguments: 0..<deepInputs.count)
    func deepNestingIsAnError(_ index: Int) {
        let (name, input, kind) = Self.deepInputs[index]
        let (result, time) = Self.timedParse(input)
        #expect(time < Self.timeLimit, "\(name): \(time)")
        switch result {
        case .success:
            Issue.record("\(name): parsed \(input.utf8.count) bytes nested 100 000 deep without an error")
        case .failure(let error):
            #expect(error.kind == kind, "\(name): \(error)")
            if kind == .nestingTooDeep {
                // Reported where the limit is crossed, near the start.
                #expect(error.offset < 12 * 201, "\(name): error at \(error.offset)")
            }
        }
    }

    // MARK: Options

    /// Constructs that each add one level of nesting.
    static let nestable: [(name: String, build: @Sendable (Int) -> String)] = [
        ("$(", { "echo " + repeated("$(", $0, "a", ")") }),
        ("( (", { repeated("( ", $0, "a", " )") }),
        ("{ {", { repeated("{ ", $0, "a", "; }") }),
        ("if", { repeated("if a; then ", $0, "a", "; fi") }),
        ("while", { repeated("while a; do ", $0, "a", "; done") }),
        ("${x:-", { "echo " + repeated("${x:-", $0, "a", "}") }),
        ("<(", { "cat " + repeated("<(", $0, "a", ")") }),
        ("$((", { "echo " + repeated("$((", $0, "1", "))") }),
        ("[[ (", { "[[ " + repeated("( ", $0 - 1, "a", " )") + " ]]" }),
    ]

    /// With `maxDepth: m`, nesting `m` deep parses and `m + 1` deep is a
    /// `.nestingTooDeep` error.
    @Test(arguments: [1, 2, 7, 50])
    func maxDepthIsHonoured(_ m: Int) {
        for (name, build) in Self.nestable {
            let options = ShellParser.Options(maxDepth: m)
            let (atLimit, _) = Self.timedParse(build(m), options: options)
            if case .failure(let e) = atLimit { Issue.record("\(name) nested \(m) deep with maxDepth \(m): \(e)") }
            let (past, _) = Self.timedParse(build(m + 1), options: options)
            switch past {
            case .success: Issue.record("\(name) nested \(m + 1) deep with maxDepth \(m) parsed")
            case .failure(let e): #expect(e.kind == .nestingTooDeep, "\(name): \(e)")
            }
        }
    }

    @Test func maxDepthIsClamped() {
        let zero = ShellParser.Options(maxDepth: 0)
        #expect((try? ShellParser.parse("echo $(a)", options: zero)) != nil, "maxDepth 0 acts as 1")
        #expect(throws: ShellSyntaxError.self) { try ShellParser.parse("echo $($(a))", options: zero) }
        let huge = ShellParser.Options(maxDepth: 1_000_000)
        let limit = ShellParser.Options.maximumDepthLimit
        let (atLimit, _) = Self.timedParse(Self.nestable[0].build(limit), options: huge)
        #expect((try? atLimit.get()) != nil, "nesting \(limit) deep is within the clamped limit")
        let (past, _) = Self.timedParse(Self.nestable[0].build(limit + 1), options: huge)
        #expect(past.failureKind == .nestingTooDeep, "maxDepth above \(limit) is clamped to it")
    }

    @Test func maxInputBytesIsHonoured() {
        let input = "echo héllo"  // 11 bytes
        #expect(input.utf8.count == 11)
        #expect((try? ShellParser.parse(input, options: .init(maxInputBytes: 11))) != nil)
        #expect((try? ShellParser.parse(utf8: Array(input.utf8), options: .init(maxInputBytes: 11))) != nil)
        let limit = ShellParser.Options(maxInputBytes: 10)
        let fromString: Result<ShellScript, ShellSyntaxError> = Result { () throws(ShellSyntaxError) in try ShellParser.parse(input, options: limit) }
        let fromBytes: Result<ShellScript, ShellSyntaxError> = Result { () throws(ShellSyntaxError) in
            try ShellParser.parse(utf8: Array(input.utf8), options: limit)
        }
        for result in [fromString, fromBytes] {
            switch result {
            case .success:
                Issue.record("an 11-byte input passed a 10-byte limit")
            case .failure(let error):
                #expect(error.kind == .inputTooLarge)
                #expect(error.offset == 0 && error.line == 1 && error.column == 1)
                #expect(!error.isIncomplete)
            }
        }
        let big = String(repeating: "a", count: (16 << 20) + 1)
        #expect(Self.timedParse(big).0.failureKind == .inputTooLarge, "the default limit is 16 MiB")
    }
}

extension Result where Failure == ShellSyntaxError {
    var failureKind: ShellSyntaxError.Kind? {
        if case .failure(let e) = self { return e.kind }
        return nil
    }
}
