import Testing
@testable import ShellAST

/// `$(...)` (with a `case` inside), backquotes and their nested escaping, and
/// process substitution.
enum SubstitutionTable: TreeBuilding {
    static let cases: [ParseCase] = [
        // $(...)
        ParseCase("echo $(ls)", "echo $( ls )", "echo $(\nls\n)", parsesAs: echo(commandSub(simple("ls")))),
        ParseCase("echo $(a; b)", "echo $(a\nb)", "echo $( a ; b ; )", parsesAs: echo(commandSub(simple("a"), simple("b")))),
        ParseCase("echo $(a | b && c &)", parsesAs: echo(commandSub(background(chain(pipe(simple("a"), simple("b")), (.and, simple("c"))))))),
        ParseCase("echo $()", "echo $( )", "echo $( # comment\n)", parsesAs: echo(commandSub())),
        ParseCase("echo $(echo $(echo $(echo hi)))", parsesAs: echo(commandSub(echo(commandSub(echo(commandSub(echo("hi")))))))),
        ParseCase("echo $(echo \")\")", parsesAs: echo(commandSub(echo(dq(lit(")")))))),
        ParseCase("echo $(echo \\))", parsesAs: echo(commandSub(echo("\\)")))),
        ParseCase("echo $(echo ')')", parsesAs: echo(commandSub(echo(sq(")"))))),
        ParseCase("echo $( ( a ))", "echo $( (a) )", "echo $((a) )", parsesAs: echo(commandSub(subshell(simple("a"))))),
        ParseCase("echo $(if a; then b; fi)", parsesAs: echo(commandSub(ifThen([simple("a")], then: [simple("b")])))),
        ParseCase("echo $(<file)", "echo $( < file )", parsesAs: echo(commandSub(simple(redirect("<", "file"))))),
        ParseCase("echo $(f() { a; }; f)", parsesAs: echo(commandSub(function("f", .posix, group(simple("a"))), simple("f")))),
        ParseCase("echo x$(a)y", parsesAs: echo(w(lit("x"), commandSub(simple("a")), lit("y")))),
        ParseCase("$(which python) -V", parsesAs: simple(commandSub(simple("which", "python")), "-V")),

        // case inside $(...)
        ParseCase("echo $(case x in a) b;; esac)", "echo $(case x in (a) b;; esac)", "echo $(case x in a) b ;; esac )",
                  "echo $(case x in\na) b;;\nesac)", "echo $(case x in a) b\nesac)",
                  parsesAs: echo(commandSub(caseOf("x", branch(["a"], [simple("b")]))))),
        ParseCase("echo $(case x in a) b;; c | d) e;; esac; f)", parsesAs: echo(commandSub(
            caseOf("x", branch(["a"], [simple("b")]), branch(["c", "d"], [simple("e")])), simple("f")))),
        ParseCase("echo \"$(case x in a) echo \"y\";; esac)\"", parsesAs: echo(dq(commandSub(caseOf("x", branch(["a"], [echo(dq(lit("y")))]))))),),
        ParseCase("x=$(case $1 in *.gz) echo z;; *) echo c;; esac)", parsesAs: simple(assign("x", commandSub(
            caseOf(param("1"), branch(["*.gz"], [echo("z")]), branch(["*"], [echo("c")])))))),

        // Backquotes
        ParseCase("echo `date`", parsesAs: echo(backquoted(simple("date")))),
        ParseCase("echo `a; b`", "echo `a\nb`", parsesAs: echo(backquoted(simple("a"), simple("b")))),
        ParseCase("echo ``", parsesAs: echo(backquoted())),
        ParseCase("echo `a`", "echo `a # c`", parsesAs: echo(backquoted(simple("a")))),
        ParseCase("x=`date` y=$(date)", parsesAs: simple(assign("x", backquoted(simple("date"))), assign("y", commandSub(simple("date"))))),
        ParseCase("echo `echo \\`date\\``", parsesAs: echo(backquoted(echo(backquoted(simple("date")))))),
        ParseCase("echo `echo \\`echo \\\\\\`date\\\\\\`\\``", parsesAs: echo(backquoted(echo(backquoted(echo(backquoted(simple("date")))))))),
        ParseCase("echo `echo \\$x`", parsesAs: echo(backquoted(echo(param("x"))))),
        ParseCase("echo `echo '\\$x'`", parsesAs: echo(backquoted(echo(sq("$x"))))),
        ParseCase("echo `echo \\$(echo hi)`", "echo `echo $(echo hi)`", parsesAs: echo(backquoted(echo(commandSub(echo("hi")))))),
        ParseCase("echo `echo \\\\\"a\\\\\"`", "echo `echo \\\"a\\\"`", parsesAs: echo(backquoted(echo("\\\"a\\\"")))),
        ParseCase("echo `echo \\\\n`", parsesAs: echo(backquoted(echo("\\n")))),
        ParseCase("echo \"`echo \\\"a\\\"`\"", parsesAs: echo(dq(backquoted(echo(dq(lit("a"))))))),
        ParseCase("echo \"`echo \\\\\\`x\\\\\\``\"", parsesAs: echo(dq(backquoted(echo("\\`x\\`"))))),
        ParseCase("echo \"$(echo `echo hi`)\"", parsesAs: echo(dq(commandSub(echo(backquoted(echo("hi"))))))),
        ParseCase("echo `case x in a) b;; esac`", parsesAs: echo(backquoted(caseOf("x", branch(["a"], [simple("b")]))))),
        ParseCase("`which python` -V", parsesAs: simple(backquoted(simple("which", "python")), "-V")),

        // Process substitution
        ParseCase("diff <(ls a) >(cat)", "diff <( ls a ) >( cat )", parsesAs: simple("diff", readFrom(simple("ls", "a")), writeTo(simple("cat")))),
        ParseCase("cat <(ls)", parsesAs: simple("cat", readFrom(simple("ls")))),
        ParseCase("paste <(cut -f1 a) <(cut -f2 b)", parsesAs: simple(
            "paste", readFrom(simple("cut", "-f1", "a")), readFrom(simple("cut", "-f2", "b")))),
        ParseCase("cat <(a | b; c)", "cat <(a|b\nc)", parsesAs: simple("cat", readFrom(pipe(simple("a"), simple("b")), simple("c")))),
        ParseCase("tee >(a) >(b) >/dev/null", parsesAs: simple("tee", writeTo(simple("a")), writeTo(simple("b")), redirect(">", "/dev/null"))),
        ParseCase("echo x<(a) <(c)x", parsesAs: echo(w(lit("x"), readFrom(simple("a"))), w(readFrom(simple("c")), lit("x")))),
        ParseCase("echo <( ( a ))", "echo <((a))", parsesAs: echo(readFrom(subshell(simple("a"))))),
        ParseCase("cat <(<f)", parsesAs: simple("cat", readFrom(simple(redirect("<", "f"))))),
        ParseCase("x=<(a)", "x=<( a )", parsesAs: simple(assign("x", readFrom(simple("a"))))
                  ),
        ParseCase("a=(<(b) c)", parsesAs: simple(assignArray("a", element(readFrom(simple("b"))), element("c")))),
    ]
}

@Suite("Syntax table: command and process substitution")
struct SubstitutionTableTests {
    @Test(arguments: SubstitutionTable.cases)
    func row(_ row: ParseCase) { TableChecks.check(row) }
}
