import Testing
@testable import ShellAST

/// Subshells, brace groups, `if`, `while`, `until`, `for`, C-style `for`,
/// `select` and `case`.
enum CompoundCommandTable: TreeBuilding {
    static let cases: [ParseCase] = [
        // Subshells and groups
        ParseCase("( a )", "(a)", "( a; )", "(\na\n)", "(a;)", parsesAs: subshell(simple("a"))),
        ParseCase("( a; b )", "(a;b)", "(a\nb)", parsesAs: subshell(simple("a"), simple("b"))),
        ParseCase("( a & )", "(a&)", parsesAs: subshell(background(simple("a")))),
        ParseCase("( ( a ) )", "((a) )", "( (a) )", parsesAs: subshell(subshell(simple("a")))),
        ParseCase("( ( a ); ( b ) )", "((a); (b))", parsesAs: subshell(subshell(simple("a")), subshell(simple("b")))),
        ParseCase("{ a; }", "{ a;}", "{\na\n}", "{ a\n}", "{  a ; }", parsesAs: group(simple("a"))),
        ParseCase("{ a; b; }", "{ a; b;}", "{ a\nb\n}", parsesAs: group(simple("a"), simple("b"))),
        ParseCase("{ a & }", "{ a& }", parsesAs: group(background(simple("a")))),
        ParseCase("{ { a; }; }", "{ { a; } }", "{ {\na\n}\n}", parsesAs: group(group(simple("a")))),
        ParseCase("{ ( a ); }", "{ (a) }", parsesAs: group(subshell(simple("a")))),

        // if
        ParseCase("if a; then b; fi", "if a\nthen b\nfi", "if a;then b;fi", "if\na\nthen\nb\nfi", "if a; then\n  b\nfi",
                  parsesAs: ifThen([simple("a")], then: [simple("b")])),
        ParseCase("if a; then b; else c; fi", "if a\nthen b\nelse c\nfi",
                  parsesAs: ifThen([simple("a")], then: [simple("b")], else: [simple("c")])),
        ParseCase("if a; then b; elif c; then d; else e; fi", "if a\nthen b\nelif c\nthen d\nelse e\nfi",
                  parsesAs: ifThen([simple("a")], then: [simple("b")], elif: [([simple("c")], [simple("d")])], else: [simple("e")])),
        ParseCase("if a; then b; elif c; then d; elif e; then f; fi", parsesAs: ifThen(
            [simple("a")], then: [simple("b")], elif: [([simple("c")], [simple("d")]), ([simple("e")], [simple("f")])])),
        ParseCase("if ! a && b; then c; d; fi", parsesAs: ifThen(
            [chain(pipe(simple("a"), negated: true), (.and, simple("b")))], then: [simple("c"), simple("d")])),
        ParseCase("if a; b; then c; fi", "if a\nb\nthen c\nfi", parsesAs: ifThen([simple("a"), simple("b")], then: [simple("c")])),
        ParseCase("if if a; then b; fi; then c; fi", parsesAs: ifThen(
            [ifThen([simple("a")], then: [simple("b")])], then: [simple("c")])),
        ParseCase("if a; then b; fi >out 2>&1", "if a; then b; fi > out 2>&1", parsesAs: ifThen(
            [simple("a")], then: [simple("b")], redirects: [redirect(">", "out"), redirect(">&", "1", fd: 2)])),
        ParseCase("if [ -f x ]; then echo fi; fi", parsesAs: ifThen([simple("[", "-f", "x", "]")], then: [echo("fi")])),
        ParseCase("if true; then a; fi", "if true; then # c\n a\nfi", parsesAs: ifThen([simple("true")], then: [simple("a")])),

        // while and until
        ParseCase("while a; do b; done", "while a\ndo b\ndone", "while a;do b;done", "while a\ndo\n  b\ndone",
                  parsesAs: whileLoop([simple("a")], do: [simple("b")])),
        ParseCase("until a; do b; done", "until a\ndo b\ndone", parsesAs: untilLoop([simple("a")], do: [simple("b")])),
        ParseCase("while :; do :; done", "while :\ndo :\ndone", parsesAs: whileLoop([simple(":")], do: [simple(":")])),
        ParseCase("while a | b; do c & done", parsesAs: whileLoop([pipe(simple("a"), simple("b"))], do: [background(simple("c"))])),
        ParseCase("while a; do while b; do c; done; done", parsesAs: whileLoop(
            [simple("a")], do: [whileLoop([simple("b")], do: [simple("c")])])),
        ParseCase("until a; do b; done | c", parsesAs: pipe(untilLoop([simple("a")], do: [simple("b")]), simple("c"))),

        // for
        ParseCase("for x in a b; do c; done", "for x in a b\ndo c\ndone", "for x in a b; do\n  c\ndone", "for x in a b;do c;done",
                  "for x\nin a b\ndo c\ndone",
                  parsesAs: forLoop("x", in: ["a", "b"], do: [simple("c")])),
        ParseCase("for x; do c; done", "for x do c; done", "for x\ndo c\ndone", parsesAs: forLoop("x", in: nil, do: [simple("c")])),
        ParseCase("for x in; do c; done", "for x in\ndo c\ndone", parsesAs: forLoop("x", in: [], do: [simple("c")])),
        ParseCase("for x in a; do c; done", "for x in a; { c; }", "for x in a\n{ c; }", parsesAs: forLoop("x", in: ["a"], do: [simple("c")])),
        ParseCase("for f in *.log \"$d\"/*; do gzip \"$f\"; done", parsesAs: forLoop(
            "f", in: ["*.log", w(dq(param("d")), lit("/*"))], do: [simple("gzip", dq(param("f")))])),
        ParseCase("for x in $(ls); do c; done", parsesAs: forLoop("x", in: [commandSub(simple("ls"))], do: [simple("c")])),
        ParseCase("for i in 1 2; do echo $i; done", "for i in 1 2 # c\ndo echo $i; done", parsesAs: forLoop(
            "i", in: ["1", "2"], do: [echo(param("i"))])),
        ParseCase("for do in do; do echo done; done", parsesAs: forLoop("do", in: ["do"], do: [echo("done")])),
        ParseCase("for x in a; do c; done >out", parsesAs: forLoop("x", in: ["a"], do: [simple("c")], redirects: [redirect(">", "out")])),

        // C-style for
        ParseCase("for ((i=0;i<3;i++)); do c; done", "for ((i=0;i<3;i++)) do c; done", "for ((i=0;i<3;i++))\ndo c\ndone",
                  "for ((i=0;i<3;i++)) { c; }", "for ((i=0;i<3;i++)); { c; }",
                  parsesAs: arithmeticFor(arith("i=0"), arith("i<3"), arith("i++"), do: [simple("c")])),
        ParseCase("for ((;;)); do c; done", parsesAs: arithmeticFor(arith(""), arith(""), arith(""), do: [simple("c")])),
        ParseCase("for (( i = 0 ; i < n ; i++ )); do :; done", "for (( i = 0 ; i < n ; i++ )) ; do :; done",
                  parsesAs: arithmeticFor(arith(" i = 0 "), arith(" i < n "), arith(" i++ "), do: [simple(":")])),
        ParseCase("for ((i=0;i<(3);i++)); do :; done", parsesAs: arithmeticFor(arith("i=0"), arith("i<(3)"), arith("i++"), do: [simple(":")])),
        ParseCase("for ((i=$n;i>0;i--)); do :; done", parsesAs: arithmeticFor(
            arith(lit("i="), param("n")), arith("i>0"), arith("i--"), do: [simple(":")])),

        // select
        ParseCase("select x in a b; do c; done", "select x in a b\ndo c\ndone", parsesAs: selectLoop("x", in: ["a", "b"], do: [simple("c")])),
        ParseCase("select x; do c; done", "select x\ndo c\ndone", parsesAs: selectLoop("x", in: nil, do: [simple("c")])),
        ParseCase("select x in a; do c; done", "select x in a; { c; }", parsesAs: selectLoop("x", in: ["a"], do: [simple("c")])),

        // case
        ParseCase("case x in a) b;; esac", "case x in a) b ;; esac", "case x in\na) b;;\nesac", "case x in (a) b;; esac",
                  "case x in a) b; esac", "case x in a) b\nesac", "case x\nin a) b;; esac",
                  parsesAs: caseOf("x", branch(["a"], [simple("b")]))),
        ParseCase("case x in a) b;; c | d) e;& f) g;;& esac", "case x in a) b;; c|d) e;& f) g;;& esac",
                  parsesAs: caseOf("x", branch(["a"], [simple("b")]), branch(["c", "d"], [simple("e")], .fallThrough),
                                   branch(["f"], [simple("g")], .continue))),
        ParseCase("case x in a);; esac", "case x in a) ;; esac", "case x in\na)\n;;\nesac", parsesAs: caseOf("x", branch(["a"]))),
        ParseCase("case x in esac", "case x in\nesac", parsesAs: caseOf("x")),
        ParseCase("case $x in a) echo a;; *) echo b;; esac", "case $x in\n  a) echo a ;;\n  *) echo b ;;\nesac",
                  "case $x in\n  a)\n    echo a\n    ;;\n  *)\n    echo b\n    ;;\nesac",
                  parsesAs: caseOf(param("x"), branch(["a"], [echo("a")]), branch(["*"], [echo("b")]))),
        ParseCase("case \"$1\" in -h | --help) usage; exit;; esac", parsesAs: caseOf(
            dq(param("1")), branch(["-h", "--help"], [simple("usage"), simple("exit")]))),
        ParseCase("case x in *.@(jpg|png)) a;; esac", parsesAs: caseOf("x", branch([w(lit("*."), glob("@", lit("jpg|png")))], [simple("a")]))),
        ParseCase("case x in [a-z]*) a;; 'q') b;; \"$y\") c;; esac", parsesAs: caseOf(
            "x", branch(["[a-z]*"], [simple("a")]), branch([sq("q")], [simple("b")]), branch([dq(param("y"))], [simple("c")]))),
        ParseCase("case x in in) a;; esac", parsesAs: caseOf("x", branch(["in"], [simple("a")]))),
        ParseCase("case x in (esac) a;; esac", parsesAs: caseOf("x", branch(["esac"], [simple("a")]))
                  ),
        ParseCase("case x in a) b;; esac >out", parsesAs: caseOf("x", branch(["a"], [simple("b")]), redirects: [redirect(">", "out")])),
        ParseCase("case x in a) case y in b) c;; esac;; esac", parsesAs: caseOf(
            "x", branch(["a"], [caseOf("y", branch(["b"], [simple("c")]))]))),
    ]
}

@Suite("Syntax table: compound commands")
struct CompoundCommandTableTests {
    @Test(arguments: CompoundCommandTable.cases)
    func row(_ row: ParseCase) { TableChecks.check(row) }
}
