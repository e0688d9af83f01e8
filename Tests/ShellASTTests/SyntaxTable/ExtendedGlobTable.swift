import Testing
@testable import ShellAST

/// Extended globs `@( ) !( ) +( ) *( ) ?( )` in words, patterns and assignments.
enum ExtendedGlobTable: TreeBuilding {
    static let cases: [ParseCase] = [
        ParseCase("ls @(a|b) !(c) +(d) *(e) ?(f)", parsesAs: simple(
            "ls", glob("@", lit("a|b")), glob("!", lit("c")), glob("+", lit("d")), glob("*", lit("e")), glob("?", lit("f")))),
        ParseCase("ls *.@(jpg|png)", parsesAs: simple("ls", w(lit("*."), glob("@", lit("jpg|png"))))),
        ParseCase("rm -rf !(*.log|*.tmp)", parsesAs: simple("rm", "-rf", glob("!", lit("*.log|*.tmp")))),
        ParseCase("ls !(a)b", parsesAs: simple("ls", w(glob("!", lit("a")), lit("b")))),
        ParseCase("ls a+(b|c)d", parsesAs: simple("ls", w(lit("a"), glob("+", lit("b|c")), lit("d")))),
        ParseCase("echo !(x|y(z))", parsesAs: echo(glob("!", lit("x|y(z)")))),
        ParseCase("echo @(a|@(b|c))", parsesAs: echo(glob("@", lit("a|@(b|c)")))),
        ParseCase("echo @(a|\"b c\"|$x)", parsesAs: echo(glob("@", lit("a|"), dq(lit("b c")), lit("|"), param("x")))),
        ParseCase("echo @(a|'b c')", parsesAs: echo(glob("@", lit("a|"), sq("b c")))),
        ParseCase("echo @()", parsesAs: echo(glob("@"))),
        ParseCase("echo ?(a)*", parsesAs: echo(w(glob("?", lit("a")), lit("*")))),
        ParseCase("echo x@(a)", parsesAs: echo(w(lit("x"), glob("@", lit("a"))))),
        ParseCase("echo @(a b)", parsesAs: echo(glob("@", lit("a b")))),
        ParseCase("a=@(x)", parsesAs: simple(assign("a", glob("@", lit("x"))))),
        ParseCase("case x in @(a|b)) c;; !(d)) e;; esac", parsesAs: caseOf(
            "x", branch([glob("@", lit("a|b"))], [simple("c")]), branch([glob("!", lit("d"))], [simple("e")]))),
        ParseCase("[[ $x == !(y) ]]", parsesAs: test(binary(param("x"), "==", glob("!", lit("y"))))),
        ParseCase("for f in +([0-9]).txt; do a; done", parsesAs: forLoop("f", in: [w(glob("+", lit("[0-9]")), lit(".txt"))], do: [simple("a")])),
        ParseCase("echo '@(a)' \"!(b)\" \\*", parsesAs: echo(sq("@(a)"), dq(lit("!(b)")), "\\*")),
    ]
}

@Suite("Syntax table: extended globs")
struct ExtendedGlobTableTests {
    @Test(arguments: ExtendedGlobTable.cases)
    func row(_ row: ParseCase) { TableChecks.check(row) }
}
