import Testing
@testable import ShellAST

/// Pipelines (`|`, `|&`, `!`, `time`) and lists (`;`, `&`, `&&`, `||`, newlines).
enum PipelineListTable: TreeBuilding {
    static let cases: [ParseCase] = [
        // Pipelines
        ParseCase("a | b", "a|b", "a  |  b", "a |\nb", "a |\n\n  b", parsesAs: pipe(simple("a"), simple("b"))),
        ParseCase("a | b | c", "a|b|c", parsesAs: pipe(simple("a"), simple("b"), simple("c"))),
        ParseCase("a |& b", "a|&b", "a |&\nb", parsesAs: pipe(simple("a"), simple("b"), operators: [.pipeWithStderr])),
        ParseCase("a | b |& c", parsesAs: pipe(simple("a"), simple("b"), simple("c"), operators: [.pipe, .pipeWithStderr])),
        ParseCase("ls -l | wc -l >out &", "ls -l|wc -l > out&", parsesAs: background(pipe(
            simple("ls", "-l"), simple("wc", "-l", redirect(">", "out"))))),
        ParseCase("! a", "!  a", parsesAs: pipe(simple("a"), negated: true)),
        ParseCase("! a | b", parsesAs: pipe(simple("a"), simple("b"), negated: true)),
        ParseCase("a", "! ! a", parsesAs: simple("a")),
        ParseCase("!", parsesAs: pipe(negated: true)),
        ParseCase("! { a; }", parsesAs: pipe(group(simple("a")), negated: true)),
        ParseCase("echo !", parsesAs: echo("!")),
        ParseCase("{ a; b; } | c", parsesAs: pipe(group(simple("a"), simple("b")), simple("c"))),
        ParseCase("a | ( b ) | { c; }", "a|(b)|{ c; }", parsesAs: pipe(simple("a"), subshell(simple("b")), group(simple("c")))),
        ParseCase("a | while read x; do b; done", parsesAs: pipe(
            simple("a"), whileLoop([simple("read", "x")], do: [simple("b")]))),

        // time
        ParseCase("time a", parsesAs: pipe(simple("a"), timing: .time)),
        ParseCase("time -p a | b", parsesAs: pipe(simple("a"), simple("b"), timing: .timePosix)),
        ParseCase("time", parsesAs: pipe(timing: .time)),
        ParseCase("time ! a", parsesAs: pipe(simple("a"), negated: true, timing: .time)),
        ParseCase("time ! a | b", "! time a | b", parsesAs: pipe(simple("a"), simple("b"), negated: true, timing: .time)
                  ),
        ParseCase("time ! { a; }", "! time { a; }", parsesAs: pipe(group(simple("a")), negated: true, timing: .time)
                  ),
        ParseCase("time { a; }", parsesAs: pipe(group(simple("a")), timing: .time)),
        ParseCase("time ( a )", "time (a)", parsesAs: pipe(subshell(simple("a")), timing: .time)),
        ParseCase("time a && b", parsesAs: chain(pipe(simple("a"), timing: .time), (.and, simple("b")))),
        ParseCase("echo time", parsesAs: echo("time")),

        // Lists
        ParseCase("a; b", "a;b", "a ; b", "a\nb", "a;b;", "a\n\nb\n", "a;\nb", parsesAs: script(simple("a"), simple("b"))),
        ParseCase("a & b &", "a&b&", "a &\nb &", parsesAs: script(background(simple("a")), background(simple("b")))),
        ParseCase("a & b", "a&b", parsesAs: script(background(simple("a")), simple("b"))),
        ParseCase("a &", "a&", parsesAs: background(simple("a"))),
        ParseCase("a && b", "a&&b", "a &&\nb", "a &&\n\n  b", "a \\\n && b", parsesAs: chain(simple("a"), (.and, simple("b")))),
        ParseCase("a || b", "a||b", "a ||\nb", parsesAs: chain(simple("a"), (.or, simple("b")))),
        ParseCase("a && b || c", "a&&b||c", parsesAs: chain(simple("a"), (.and, simple("b")), (.or, simple("c")))),
        ParseCase("a || b && c", parsesAs: chain(simple("a"), (.or, simple("b")), (.and, simple("c")))),
        ParseCase("a && b &", parsesAs: background(chain(simple("a"), (.and, simple("b"))))),
        ParseCase("a | b && c | d; e", parsesAs: script(
            chain(pipe(simple("a"), simple("b")), (.and, pipe(simple("c"), simple("d")))), simple("e"))),
        ParseCase("! a && ! b", parsesAs: chain(pipe(simple("a"), negated: true), (.and, pipe(simple("b"), negated: true)))),
        ParseCase("a && { b; } || c", parsesAs: chain(simple("a"), (.and, group(simple("b"))), (.or, simple("c")))),
        ParseCase("( a ) && { b; }", parsesAs: chain(subshell(simple("a")), (.and, group(simple("b"))))),
        ParseCase("a; b & c && d", parsesAs: script(simple("a"), background(simple("b")), chain(simple("c"), (.and, simple("d"))))),
        ParseCase("a=b; echo $a", parsesAs: script(simple(assign("a", "b")), echo(param("a")))),
        ParseCase("a >f & b", "a>f&b", parsesAs: script(background(simple("a", redirect(">", "f"))), simple("b"))),
        ParseCase("a &>f; b", parsesAs: script(simple("a", redirect("&>", "f")), simple("b"))),
    ]
}

@Suite("Syntax table: pipelines and lists")
struct PipelineListTableTests {
    @Test(arguments: PipelineListTable.cases)
    func row(_ row: ParseCase) { TableChecks.check(row) }
}
