import Testing
@testable import ShellAST

/// Parser and printer bugs found by the property tests, each as a failing
/// test of what bash does, wrapped in `withKnownIssue` until it is fixed.
/// When one starts passing, Swift Testing reports the known issue as missing:
/// remove its wrapper, and its avoidance in the generators (search for
/// `avoidKnownIssues` and `KnownParserIssue`).
@Suite struct KnownParserIssues {
    // MARK: Helpers

    static func parse(_ s: String) -> Result<ShellScript, ShellSyntaxError> {
        Result { () throws(ShellSyntaxError) in try ShellParser.parse(s) }
    }

    static func firstCommand(_ s: String) -> Command? {
        try? parse(s).get().body.items.first?.andOr.first.commands.first
    }

    /// The words of every simple command in the tree, nested ones included.
    static func commandWords(_ s: String) -> [String] {
        guard let tree = try? parse(s).get() else { return [] }
        var out: [String] = []
        tree.forEachCommand { c, _ in
            if case .simple(let sc) = c { out.append(sc.words.map { ShellPrinter.print($0) }.joined(separator: " ")) }
        }
        return out
    }

    static func expectRoundTrip(_ s: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let tree = try? parse(s).get() else {
            Issue.record("\(debugQuoted(s)) does not parse", sourceLocation: sourceLocation)
            return
        }
        if let f = RoundTrip.check(tree) { Issue.record("\(debugQuoted(s)): \(f)", sourceLocation: sourceLocation) }
    }

    // MARK: Line continuations

    /// Bash removes `\` newline before it splits the input into tokens; the
    /// parser removes it only inside word text. `"$\<NL>(cmd)"` runs `cmd` in
    /// bash but is literal text here: a command the verdict engine never sees.
    @Test func dollarBeforeLineContinuation() {
        do {
            #expect(Self.commandWords("echo \"$\\\n(echo INJECTED)\"").contains("echo INJECTED"))
            #expect(Self.commandWords("echo $\\\n(echo INJECTED)").contains("echo INJECTED"))
            guard case .simple(let c)? = Self.firstCommand("echo $\\\nHOME"), c.words.count == 2,
                case .parameter(let p)? = c.words[1].parts.first
            else {
                Issue.record("`$\\<NL>HOME` is not the parameter HOME")
                return
            }
            #expect(p.name == "HOME")
        }
    }

    /// `i\<NL>f` is `if` and `a\<NL>=1` an assignment to bash; `esac\<NL>` is a syntax error.
    @Test func reservedWordsAndAssignmentsSplitByLineContinuation() {
        withKnownIssue("line continuation inside a reserved word or before `=`") {
            if case .compound(let c)? = Self.firstCommand("i\\\nf true; then echo yes; fi"), case .ifClause = c.kind {} else {
                Issue.record("`i\\<NL>f ...; fi` is an if clause")
            }
            if case .simple(let a)? = Self.firstCommand("a\\\n=1"), a.assignments.count == 1, a.words.isEmpty {} else {
                Issue.record("`a\\<NL>=1` is an assignment")
            }
            #expect(Self.parse("esac\\\n").failureKind == .unexpectedToken, "`esac\\<NL>` is `esac`, out of place")
        }
    }

    /// A value made only of a line continuation is no value: `a=\<NL> b` is an
    /// empty assignment and a command `b`; the parser keeps an empty word, which
    /// prints as nothing and so does not round-trip.
    @Test func valueOfOnlyALineContinuation() {
        do {
            Self.expectRoundTrip("a=\\\n b")
            Self.expectRoundTrip("a=([k]=\\\n b)")
            Self.expectRoundTrip("a[1]=\\\n")
        }
    }

    // MARK: Here-documents and substitutions

    /// Bash reads a here-document body only after the line of its operator ends
    /// at its own level: a newline inside a later `$( )` on that line belongs to
    /// the substitution. The parser starts the body there, so the commands
    /// inside the `$( )` vanish into the body (bash runs them).
    @Test func hereDocumentBodyDoesNotStartInsideASubstitution() {
        do {
            let hidden = "cat <<E $(\necho INSIDE\nE\n)"
            if case .success = Self.parse(hidden) {
                #expect(Self.commandWords(hidden).contains("echo INSIDE"), "bash runs `echo INSIDE` in the substitution")
            }
            let valid = "cat <<A <<-B; echo $(cat <<C\nc\nC\n)\na $x\nA\n\t\tb\n\tB\n"
            guard case .success(let tree) = Self.parse(valid), case .simple(let cat) = tree.body.items[0].andOr.first.commands[0] else {
                Issue.record("\(debugQuoted(valid)) is valid bash: C's body is read in the substitution, A's and B's after the line")
                return
            }
            #expect(cat.redirects.compactMap(\.hereDocument).map(\.delimiter) == ["A", "B"])
        }
    }

    /// The printer writes a pending here-document body at the first newline it
    /// prints, even inside `$(( $(...) ))`; there a `(` in the body changes how
    /// `$((` is read, so the printed text parses to another tree.
    @Test func hereDocumentBodyPrintedInsideArithmetic() {
        do {
            Self.expectRoundTrip("cat <<E | echo $(( $(echo 1) ))\n(\nE\n")
        }
    }

    /// In an unquoted here-document body, `\` newline joins two lines before
    /// the delimiter is looked for: `b\<NL>E` is the line `bE`, not the end.
    @Test func lineContinuationInHereDocumentBody() {
        do {
            let input = "cat <<E\nb\\\nE\necho after\nE\n"
            guard case .success(let tree) = Self.parse(input) else {
                Issue.record("\(debugQuoted(input)) is valid bash")
                return
            }
            #expect(tree.body.items.count == 1, "bash reads one command: `echo after` is body text")
            Self.expectRoundTrip(input)
        }
    }

    /// `time >f -p` times a command named `-p`; the printer writes the words
    /// first, `time -p >f`, which is `time -p` timing a bare redirection.
    @Test func timedCommandNamedP() {
        do {
            Self.expectRoundTrip("time >f -p")
        }
    }

    /// Inside double quotes, bash unescapes `\"` in backquotes, but not in
    /// backquotes inside a `${...}` operand or arithmetic: `"${x:-`echo \"a\"`}"`
    /// prints `"a"` with its quotes. The parser agrees; the printer escapes `"`
    /// there anyway, so the printed text means something else.
    @Test func backquotesInsideQuotedParameterOperand() {
        withKnownIssue("the printer escapes `\"` in backquotes inside `\"${...}\"`") {
            Self.expectRoundTrip("echo \"${x:-`echo \\\"a\\\"`}\"")
            Self.expectRoundTrip("echo \"$(( `echo \\\"1\\\"` ))\"")
        }
    }

    /// A word ending in a lone backslash at the end of the input is printed
    /// before the redirections, where the backslash escapes the blank after it.
    @Test func trailingBackslashBeforeRedirection() {
        do {
            Self.expectRoundTrip("cat <f \\")
        }
    }

    // MARK: Words

    /// `a[...]=` is an assignment whatever the subscript holds; the parser's
    /// bracket matching gives up at `;`, `&`, `|` or a newline, and does not
    /// skip `$( )`, `${ }` or `$'...'`, so the assignment becomes a command name.
    @Test func assignmentSubscriptsWithSubstitutions() {
        withKnownIssue("assignment subscript detection stops inside substitutions") {
            for input in ["a[$(echo 1; echo 2)]=x", "a[${x%]}]=1", "a[$'\\'']=1", "a[$(f | g)]=1"] {
                guard case .simple(let c)? = Self.firstCommand(input) else { continue }
                #expect(c.assignments.count == 1 && c.words.isEmpty, "\(debugQuoted(input)) is an assignment")
            }
            // No `=` after the closing `]`: a command word (bash runs `a[x]`), not an assignment.
            if case .simple(let c)? = Self.firstCommand("a[${H%]=}]") {
                #expect(c.assignments.isEmpty && c.words.count == 1, "`a[${H%]=}]` is a command word")
            }
            guard case .simple(let c)? = Self.firstCommand("s=([\n]=)"), case .array(let elements)? = c.assignments.first?.value else {
                Issue.record("`s=([<NL>]=)` is an array assignment")
                return
            }
            #expect(elements.count == 1 && elements.first?.key != nil, "bash reads one element with key `<NL>`")
        }
    }

    /// `{<(true)`, `if<(true)`, `time<(true)`: bash reads one word (a command
    /// named `{/dev/fd/63`); the parser takes the reserved word. Likewise `]]`
    /// in `[[ -n ]]<(true) ]]`.
    @Test func reservedWordGluedToProcessSubstitution() {
        withKnownIssue("a reserved word glued to a process substitution is read as the reserved word") {
            if case .compound(let c)? = Self.firstCommand("[[ -n ]]<(true) ]]"), case .conditional(let t) = c.kind,
                case .unary(op: "-n", _) = t.expression.kind
            {} else {
                Issue.record("`[[ -n ]]<(true) ]]` tests the word `]]<(true)`")
            }
            if case .success(let tree) = Self.parse("time -p<(true)") {
                #expect(tree.body.items[0].andOr.first.timing == .time, "`time -p<(true)` times the command `-p/dev/fd/63`")
            }
            for input in ["{<(true)", "if<(true)", "[[<(true)", "time<(true)", "!<(true)"] {
                guard case .simple(let c)? = Self.firstCommand(input), case .processSubstitution? = c.words.first?.parts.last,
                    case .success(let tree) = Self.parse(input), tree.body.items[0].andOr.first.timing == nil,
                    !tree.body.items[0].andOr.first.isNegated
                else {
                    Issue.record("\(debugQuoted(input)) is one command word in bash")
                    continue
                }
            }
        }
    }

    /// `a=<(true)` assigns `/dev/fd/63` in bash; the parser ends the
    /// assignment at `<` and runs `<(true)` as a command.
    @Test func processSubstitutionAsAssignmentValue() {
        do {
            guard case .simple(let c)? = Self.firstCommand("a=<(true)") else { return }
            #expect(c.words.isEmpty, "no command: `a` gets the file name")
            guard case .scalar(let w)? = c.assignments.first?.value, case .processSubstitution? = w?.parts.first else {
                Issue.record("the value of `a` is the process substitution")
                return
            }
        }
    }

    /// `function f ( echo a )` defines `f` with a subshell body in bash; the
    /// parser expects `()` after the name.
    @Test func keywordFunctionWithSubshellBody() {
        do {
            guard case .function(let f)? = Self.firstCommand("function f ( echo a )") else {
                Issue.record("`function f ( echo a )` is a function definition")
                return
            }
            #expect(f.style == .keyword)
            guard case .subshell = f.body.kind else {
                Issue.record("its body is a subshell")
                return
            }
        }
    }

    // MARK: Stack

    /// The default nesting limit (``ShellParser/Options/maxDepth``, 64) stops any
    /// input before it exhausts a 512 KiB thread stack (the size of secondary
    /// threads on Apple platforms) — in a release build, where a level takes about
    /// 2.5 KiB. An unoptimised (debug) build takes up to 20 KiB a level and
    /// overflows 512 KiB long before level 64: that is the known issue, and it is
    /// only claimed for debug builds (`swift test` builds debug; `swift test -c
    /// release` checks the guarantee). Run in a child process, since a stack
    /// overflow kills the process.
    @Test func defaultDepthLimitFitsA512KiBStack() async {
        #if DEBUG
            let debugBuild = true
        #else
            let debugBuild = false
        #endif
        await withKnownIssue("in a debug build, nesting to the default depth limit overflows a 512 KiB stack") {
            await #expect(processExitsWith: .success) {
                let inputs = [
                    "echo " + String(repeating: "$(", count: 201) + "a" + String(repeating: ")", count: 201),
                    String(repeating: "{ ", count: 201) + "a" + String(repeating: "; }", count: 201),
                    String(repeating: "( ", count: 201) + "a" + String(repeating: " )", count: 201),
                    String(repeating: "if a; then ", count: 201) + "a" + String(repeating: "; fi", count: 201),
                ]
                for input in inputs {
                    let kind: ShellSyntaxError.Kind? = ThreadStack.run(size: 512 << 10) {
                        Result { () throws(ShellSyntaxError) in try ShellParser.parse(input) }.failureKind
                    }
                    precondition(kind == .nestingTooDeep)
                }
            }
        } when: {
            debugBuild
        }
    }
}
