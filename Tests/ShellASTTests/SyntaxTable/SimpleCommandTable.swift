import Testing
@testable import ShellAST

/// Simple commands: words, leading assignments (scalars, arrays, subscripts,
/// appends), declaration builtins and comments.
enum SimpleCommandTable: TreeBuilding {
    static let cases: [ParseCase] = [
        // Words and blanks
        ParseCase("ls", "  ls  ", "\tls\t", "ls;", parsesAs: simple("ls")),
        ParseCase("ls -la /tmp", "ls  -la\t/tmp", "ls -la /tmp ;", parsesAs: simple("ls", "-la", "/tmp")),
        ParseCase("echo if then fi { } done", parsesAs: echo("if", "then", "fi", "{", "}", "done")),
        ParseCase("echo {a,b} {1..3} {}", parsesAs: echo("{a,b}", "{1..3}", "{}")),
        ParseCase("echo ~ ~user ~/a", parsesAs: echo("~", "~user", "~/a")),
        ParseCase("echo a=b", parsesAs: echo("a=b")),
        ParseCase("echo a!b !a", parsesAs: echo("a!b", "!a")),
        ParseCase("echo a#b", parsesAs: echo("a#b")),
        ParseCase("[ -f x ]", parsesAs: simple("[", "-f", "x", "]")),
        ParseCase("/usr/bin/env -i PATH=/bin sh", parsesAs: simple("/usr/bin/env", "-i", "PATH=/bin", "sh")),

        // Leading assignments
        ParseCase("A=1 B=x cmd", "A=1  B=x  cmd", parsesAs: simple(assign("A", "1"), assign("B", "x"), "cmd")),
        ParseCase("A=1", "A=1;", parsesAs: simple(assign("A", "1"))),
        ParseCase("A= cmd", parsesAs: simple(assign("A"), "cmd")),
        ParseCase("A=", parsesAs: simple(assign("A"))),
        ParseCase("_a1=\"$x y\" cmd", parsesAs: simple(assign("_a1", dq(param("x"), lit(" y"))), "cmd")),
        ParseCase("A=$(date) B=`id`", parsesAs: simple(assign("A", commandSub(simple("date"))), assign("B", backquoted(simple("id"))))),
        ParseCase("A=a=b", parsesAs: simple(assign("A", "a=b"))),
        ParseCase("x=1 if", parsesAs: simple(assign("x", "1"), "if")),
        ParseCase("cmd A=1", parsesAs: simple("cmd", "A=1")),
        ParseCase("1A=x", parsesAs: simple("1A=x")),
        ParseCase("a+=w", parsesAs: simple(assign("a", "w", append: true))),

        // Arrays and subscripts
        ParseCase("a=(x y)", "a=( x  y )", "a=(\nx\ny\n)", "a=(x # comment\n y)", "a=(x\n\n y)", "a=(x \\\n y)",
                  parsesAs: simple(assignArray("a", element("x"), element("y")))),
        ParseCase("a=()", "a=( )", parsesAs: simple(assignArray("a"))),
        ParseCase("a+=(z)", parsesAs: simple(assignArray("a", element("z"), append: true))),
        ParseCase("a=(x y) b[1]=v c+=(z) d+=w", parsesAs: simple(
            assignArray("a", element("x"), element("y")), assign("b", "v", index: index("1")),
            assignArray("c", element("z"), append: true), assign("d", "w", append: true))),
        ParseCase("a[i]=v", parsesAs: simple(assign("a", "v", index: index("i")))),
        ParseCase("a[$i]=1", parsesAs: simple(assign("a", "1", index: index(param("i"))))),
        ParseCase("a[\"k\"]=v", parsesAs: simple(assign("a", "v", index: index(dq(lit("k")))))),
        ParseCase("a[i+1]+=x", parsesAs: simple(assign("a", "x", index: index("i+1"), append: true))),
        ParseCase("a[i]= cmd", parsesAs: simple(assign("a", index: index("i")), "cmd")),
        ParseCase("a=([0]=x [k]+=y z)", "a=( [0]=x [k]+=y z )", parsesAs: simple(assignArray(
            "a", element(key: index("0"), "x"), element(key: index("k"), "y", append: true), element("z")))),
        ParseCase("a=([k]=)", parsesAs: simple(assignArray("a", element(key: index("k"), nil)))),
        ParseCase("a=(\"a b\" $x $(c))", parsesAs: simple(assignArray(
            "a", element(dq(lit("a b"))), element(param("x")), element(commandSub(simple("c")))))),
        ParseCase("a=(x) cmd", parsesAs: simple(assignArray("a", element("x")), "cmd")),

        // Declaration builtins
        ParseCase("declare -a a=(1 2) b=x c", parsesAs: declaration(
            "declare", "-a", assignArray("a", element("1"), element("2")), assign("b", "x"), "c")),
        ParseCase("local x=1 y", parsesAs: declaration("local", assign("x", "1"), "y")),
        ParseCase("export A=1 B", parsesAs: declaration("export", assign("A", "1"), "B")),
        ParseCase("export PATH=\"$PATH:/opt/bin\"", parsesAs: declaration(
            "export", assign("PATH", dq(param("PATH"), lit(":/opt/bin"))))),
        ParseCase("readonly R=1", parsesAs: declaration("readonly", assign("R", "1"))),
        ParseCase("typeset -i n=3", parsesAs: declaration("typeset", "-i", assign("n", "3"))),
        ParseCase("A=1 export B=2", parsesAs: declaration("export", prefix: [assign("A", "1")], assign("B", "2"))),
        ParseCase("declare -A m=([k]=v)", parsesAs: declaration("declare", "-A", assignArray("m", element(key: index("k"), "v")))),
        ParseCase("export \"$v\"", parsesAs: declaration("export", dq(param("v")))),
        ParseCase("local a+=(x) b[2]=y", parsesAs: declaration(
            "local", assignArray("a", element("x"), append: true), assign("b", "y", index: index("2")))),
        ParseCase("declare -p >out", parsesAs: declaration("declare", "-p", redirect(">", "out"))),
        ParseCase("export", parsesAs: declaration("export")),
        ParseCase("\\export A=1", parsesAs: simple("\\export", "A=1")),

        // Comments
        ParseCase("echo a", "echo a # comment", "echo a #", "echo a\t# c ; d", parsesAs: echo("a")),
        ParseCase("", "# only a comment", "\n\n", "  \n# c\n", parsesAs: script()),
        ParseCase("echo", "echo #b", parsesAs: echo()),
        ParseCase("x; y", "x # c\ny", "x; # c\ny", "x # c ; d\ny", parsesAs: script(simple("x"), simple("y"))),
    ]
}

@Suite("Syntax table: simple commands")
struct SimpleCommandTableTests {
    @Test(arguments: SimpleCommandTable.cases)
    func row(_ row: ParseCase) { TableChecks.check(row) }
}
