import Testing
@testable import ShellAST

/// The three function forms, their bodies and redirections, and `coproc`.
enum FunctionCoprocTable: TreeBuilding {
    static let cases: [ParseCase] = [
        // name() body
        ParseCase("f() { a; }", "f(){ a; }", "f () { a; }", "f( ) { a; }", "f()\n{\na\n}", "f() {\n  a\n}",
                  parsesAs: function("f", .posix, group(simple("a")))),
        ParseCase("f() ( a )", "f() (a)", parsesAs: function("f", .posix, subshell(simple("a")))),
        ParseCase("f() if a; then b; fi", parsesAs: function("f", .posix, ifThen([simple("a")], then: [simple("b")]))),
        ParseCase("f() while a; do b; done", parsesAs: function("f", .posix, whileLoop([simple("a")], do: [simple("b")]))),
        ParseCase("f() for x in a; do b; done", parsesAs: function("f", .posix, forLoop("x", in: ["a"], do: [simple("b")]))),
        ParseCase("f() case x in a) b;; esac", parsesAs: function("f", .posix, caseOf("x", branch(["a"], [simple("b")])))),
        ParseCase("f() [[ -n $1 ]]", parsesAs: function("f", .posix, test(unary("-n", param("1"))))),
        ParseCase("f() (( x++ ))", parsesAs: function("f", .posix, arithmeticCommand(arith(" x++ ")))),
        ParseCase("f() { a; } >log 2>&1", "f() { a; } > log 2>&1", parsesAs: function(
            "f", .posix, group(simple("a"), redirects: [redirect(">", "log"), redirect(">&", "1", fd: 2)]))),
        ParseCase("my-func.v2() { a; }", parsesAs: function("my-func.v2", .posix, group(simple("a")))),
        ParseCase("f() { a; }; f x", "f() { a; }\nf x", parsesAs: script(function("f", .posix, group(simple("a"))), simple("f", "x"))),
        ParseCase("f() { local x=$1; echo \"$x\"; }", parsesAs: function("f", .posix, group(
            declaration("local", assign("x", param("1"))), echo(dq(param("x")))))),
        ParseCase("f() { g() { a; }; }", parsesAs: function("f", .posix, group(function("g", .posix, group(simple("a")))))),
        ParseCase("f() { a; } &", parsesAs: background(function("f", .posix, group(simple("a"))))),

        // function name body
        ParseCase("function f { a; }", "function  f  { a; }", "function f\n{\na\n}", parsesAs: function("f", .keyword, group(simple("a")))),
        ParseCase("function f ( a )", "function f (a)", parsesAs: function("f", .keyword, subshell(simple("a")))
                  ),
        ParseCase("function f if a; then b; fi", parsesAs: function("f", .keyword, ifThen([simple("a")], then: [simple("b")]))),
        ParseCase("function f.g { a; }", parsesAs: function("f.g", .keyword, group(simple("a")))),

        // function name() body
        ParseCase("function f() { a; }", "function f () { a; }", "function f(){ a; }", "function f()\n{ a; }",
                  parsesAs: function("f", .keywordWithParentheses, group(simple("a")))),
        ParseCase("function f() ( a ) >out", parsesAs: function(
            "f", .keywordWithParentheses, subshell(simple("a"), redirects: [redirect(">", "out")]))),
        ParseCase("function f() while a; do b; done", parsesAs: function(
            "f", .keywordWithParentheses, whileLoop([simple("a")], do: [simple("b")]))),

        // coproc
        ParseCase("coproc a", "coproc  a", parsesAs: coproc(simple("a"))),
        ParseCase("coproc cat -n", parsesAs: coproc(simple("cat", "-n"))),
        ParseCase("coproc N a", parsesAs: coproc(simple("N", "a"))),
        ParseCase("coproc { a; }", parsesAs: coproc(group(simple("a")))),
        ParseCase("coproc N { a; }", "coproc N {\na\n}", parsesAs: coproc(group(simple("a")), name: "N")),
        ParseCase("coproc ( a )", "coproc (a)", parsesAs: coproc(subshell(simple("a")))),
        ParseCase("coproc N ( a )", "coproc N (a)", parsesAs: coproc(subshell(simple("a")), name: "N")),
        ParseCase("coproc N while a; do b; done", parsesAs: coproc(whileLoop([simple("a")], do: [simple("b")]), name: "N")),
        ParseCase("coproc { a; } >f", parsesAs: coproc(group(simple("a"), redirects: [redirect(">", "f")]))),
        ParseCase("coproc a >f", parsesAs: coproc(simple("a", redirect(">", "f")))),
        ParseCase("coproc a | b", parsesAs: pipe(coproc(simple("a")), simple("b"))),
        ParseCase("coproc a &", parsesAs: background(coproc(simple("a")))),
        ParseCase("echo coproc function", parsesAs: echo("coproc", "function")),
    ]
}

@Suite("Syntax table: functions and coprocesses")
struct FunctionCoprocTableTests {
    @Test(arguments: FunctionCoprocTable.cases)
    func row(_ row: ParseCase) { TableChecks.check(row) }
}
