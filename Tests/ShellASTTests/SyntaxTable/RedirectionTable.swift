import Testing
@testable import ShellAST

/// Every redirection operator, with and without descriptor numbers and
/// `{var}` descriptors, anywhere among a command's words.
enum RedirectionTable: TreeBuilding {
    static let cases: [ParseCase] = [
        // Each operator
        ParseCase("cat <in", "cat < in", "cat <\tin", "<in cat", parsesAs: simple("cat", redirect("<", "in"))),
        ParseCase("echo >out", "echo > out", ">out echo", parsesAs: echo(redirect(">", "out"))),
        ParseCase("echo >>log", "echo >> log", parsesAs: echo(redirect(">>", "log"))),
        ParseCase("echo >|f", "echo >| f", parsesAs: echo(redirect(">|", "f"))),
        ParseCase("exec <>rw", "exec <> rw", parsesAs: simple("exec", redirect("<>", "rw"))),
        ParseCase("cat <<<word", "cat <<< word", parsesAs: simple("cat", redirect("<<<", "word"))),
        ParseCase("cat <<<\"x $y\"", parsesAs: simple("cat", redirect("<<<", dq(lit("x "), param("y"))))),
        ParseCase("cmd <&3", "cmd <& 3", parsesAs: simple("cmd", redirect("<&", "3"))),
        ParseCase("cmd >&2", "cmd >& 2", parsesAs: simple("cmd", redirect(">&", "2"))),
        ParseCase("cmd >&f", parsesAs: simple("cmd", redirect(">&", "f"))),
        ParseCase("cmd &>f", "cmd &> f", "&>f cmd", parsesAs: simple("cmd", redirect("&>", "f"))),
        ParseCase("cmd &>>f", "cmd &>> f", parsesAs: simple("cmd", redirect("&>>", "f"))),

        // Descriptor numbers
        ParseCase("cmd 2>err", "cmd 2> err", parsesAs: simple("cmd", redirect(">", "err", fd: 2))),
        ParseCase("cmd 2>&1", parsesAs: simple("cmd", redirect(">&", "1", fd: 2))),
        ParseCase("cmd 0<in", parsesAs: simple("cmd", redirect("<", "in", fd: 0))),
        ParseCase("cmd 2>>log", parsesAs: simple("cmd", redirect(">>", "log", fd: 2))),
        ParseCase("cmd 1>|f", parsesAs: simple("cmd", redirect(">|", "f", fd: 1))),
        ParseCase("exec 3<>rw", parsesAs: simple("exec", redirect("<>", "rw", fd: 3))),
        ParseCase("cmd 0<<<w", parsesAs: simple("cmd", redirect("<<<", "w", fd: 0))),
        ParseCase("cmd 3<&0", parsesAs: simple("cmd", redirect("<&", "0", fd: 3))),
        ParseCase("exec 3<&-", "exec 3<& -", parsesAs: simple("exec", redirect("<&", "-", fd: 3))),
        ParseCase("exec 4>&-", parsesAs: simple("exec", redirect(">&", "-", fd: 4))),
        ParseCase("exec 10>f 123>g", parsesAs: simple("exec", redirect(">", "f", fd: 10), redirect(">", "g", fd: 123))),
        ParseCase("exec 3>&1-", parsesAs: simple("exec", redirect(">&", "1-", fd: 3))),
        ParseCase("echo 2 >f", parsesAs: echo("2", redirect(">", "f"))),
        ParseCase("echo a2 >f", "echo a2>f", parsesAs: echo("a2", redirect(">", "f"))),
        ParseCase("echo \"2\" >f", "echo \"2\">f", parsesAs: echo(dq(lit("2")), redirect(">", "f"))),

        // {var} descriptors
        ParseCase("exec {fd}>f", parsesAs: simple("exec", redirect(">", "f", variable: "fd"))),
        ParseCase("exec {x}<g {y}>&-", parsesAs: simple("exec", redirect("<", "g", variable: "x"), redirect(">&", "-", variable: "y"))),
        ParseCase("exec {log_fd}>>app.log", parsesAs: simple("exec", redirect(">>", "app.log", variable: "log_fd"))),
        ParseCase("echo {fd} >f", parsesAs: echo("{fd}", redirect(">", "f"))),
        ParseCase("echo {1x} >f", "echo {1x}>f", parsesAs: echo("{1x}", redirect(">", "f"))),

        // Positions and several at once
        ParseCase("ls -l >out", "ls >out -l", ">out ls -l", "ls > out -l", parsesAs: simple("ls", "-l", redirect(">", "out"))),
        ParseCase("a <in >out 2>err >>app >|clob <>rw", parsesAs: simple(
            "a", redirect("<", "in"), redirect(">", "out"), redirect(">", "err", fd: 2), redirect(">>", "app"),
            redirect(">|", "clob"), redirect("<>", "rw"))),
        ParseCase("cmd >out 2>&1", "cmd>out 2>&1", parsesAs: simple("cmd", redirect(">", "out"), redirect(">&", "1", fd: 2))),
        ParseCase("A=1 cmd arg >f", "A=1 >f cmd arg", parsesAs: simple(assign("A", "1"), "cmd", "arg", redirect(">", "f"))),
        ParseCase(">f", "> f", parsesAs: simple(redirect(">", "f"))),
        ParseCase(">f if", "> f if", parsesAs: simple("if", redirect(">", "f"))),
        ParseCase(">f ]]", parsesAs: simple("]]", redirect(">", "f"))
                  ),
        ParseCase(">f in", parsesAs: simple("in", redirect(">", "f"))
                  ),
        ParseCase("x=1 ]]", parsesAs: simple(assign("x", "1"), "]]")),
        ParseCase("A=1 >f", parsesAs: simple(assign("A", "1"), redirect(">", "f"))),
        ParseCase("echo >\"$out\".log", parsesAs: echo(redirect(">", w(dq(param("out")), lit(".log"))))),
        ParseCase("echo >$(mktemp)", parsesAs: echo(redirect(">", commandSub(simple("mktemp"))))),

        // Process substitutions as targets
        ParseCase("a < <(b)", parsesAs: simple("a", redirect("<", readFrom(simple("b"))))),
        ParseCase("a 2> >(tee x)", parsesAs: simple("a", redirect(">", writeTo(simple("tee", "x")), fd: 2))),
        ParseCase("a > >(b) 2>&1", parsesAs: simple("a", redirect(">", writeTo(simple("b"))), redirect(">&", "1", fd: 2))),

        // On compound commands
        ParseCase("{ a; } >out 2>&1", parsesAs: group(simple("a"), redirects: [redirect(">", "out"), redirect(">&", "1", fd: 2)])),
        ParseCase("( a ) <in", "(a)<in", parsesAs: subshell(simple("a"), redirects: [redirect("<", "in")])),
        ParseCase("while read -r l; do echo \"$l\"; done <f", "while read -r l; do echo \"$l\"; done < f", parsesAs: whileLoop(
            [simple("read", "-r", "l")], do: [echo(dq(param("l")))], redirects: [redirect("<", "f")])),
    ]
}

@Suite("Syntax table: redirections")
struct RedirectionTableTests {
    @Test(arguments: RedirectionTable.cases)
    func row(_ row: ParseCase) { TableChecks.check(row) }
}
