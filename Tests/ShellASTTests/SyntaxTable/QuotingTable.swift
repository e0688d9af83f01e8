import Testing
@testable import ShellAST

/// Words: unquoted text, single quotes, double quotes with nested expansions,
/// `$"..."`, backslash escapes, line continuations and `$name`.
enum QuotingTable: TreeBuilding {
    static let cases: [ParseCase] = [
        // Parts of one word
        ParseCase("echo a\"b\"c", parsesAs: echo(w(lit("a"), dq(lit("b")), lit("c")))),
        ParseCase("echo a'b'\"c\"$'d'$\"e\"", parsesAs: echo(w(lit("a"), sq("b"), dq(lit("c")), ansi("d"), localized(lit("e"))))),
        ParseCase("echo héllo \"ü\" 'ß'", parsesAs: echo("héllo", dq(lit("ü")), sq("ß"))),

        // Single quotes
        ParseCase("echo 'a b'", parsesAs: echo(sq("a b"))),
        ParseCase("echo '$x `y` \\n \"z\"'", parsesAs: echo(sq("$x `y` \\n \"z\""))),
        ParseCase("echo '\\'", parsesAs: echo(sq("\\"))),
        ParseCase("echo 'a\nb'", parsesAs: echo(sq("a\nb"))),
        ParseCase("echo 'a\\\nb'", parsesAs: echo(sq("a\\\nb"))),
        ParseCase("echo 'say \"hi\"'", parsesAs: echo(sq("say \"hi\""))),
        ParseCase("echo ''", parsesAs: echo(sq(""))),
        ParseCase("echo \"\"''", parsesAs: echo(w(dq(), sq("")))),
        ParseCase("echo \"\" ''", parsesAs: echo(dq(), sq(""))),

        // Double quotes
        ParseCase("echo \"a b\"", parsesAs: echo(dq(lit("a b")))),
        ParseCase("echo \"x $y ${z} $(w) `v`\"", parsesAs: echo(dq(
            lit("x "), param("y"), lit(" "), braced("z"), lit(" "), commandSub(simple("w")), lit(" "), backquoted(simple("v"))))),
        ParseCase("echo \"a\\\"b\\$c\\\\d\\e\"", parsesAs: echo(dq(lit("a\\\"b\\$c\\\\d\\e")))),
        ParseCase("echo \"it's\"", parsesAs: echo(dq(lit("it's")))),
        ParseCase("echo \"a\nb\"", parsesAs: echo(dq(lit("a\nb")))),
        ParseCase("echo \"ab\"", "echo \"a\\\nb\"", parsesAs: echo(dq(lit("ab")))),
        ParseCase("echo \"$\"", parsesAs: echo(dq(lit("$")))),
        ParseCase("echo \"$'x'\" \"$\\\"y\\\"\"", parsesAs: echo(dq(lit("$'x'")), dq(lit("$\\\"y\\\"")))),
        ParseCase("echo \"${x:-\"inner\"}\"", parsesAs: echo(dq(braced("x", op(":-", dq(lit("inner"))))))),
        ParseCase("echo \"$(echo \"nested \\\"q\\\"\")\"", parsesAs: echo(dq(commandSub(echo(dq(lit("nested \\\"q\\\""))))))),
        ParseCase("echo \"${x}y\" \"$x\"y", parsesAs: echo(dq(braced("x"), lit("y")), w(dq(param("x")), lit("y")))),
        ParseCase("echo \"$((1 + 2)) $[3]\"", parsesAs: echo(dq(arithExpansion(arith("1 + 2")), lit(" "), bracketArithmetic(arith("3"))))),
        ParseCase("echo \"\\`\"", parsesAs: echo(dq(lit("\\`")))),
        ParseCase("echo \"'$x'\"", parsesAs: echo(dq(lit("'"), param("x"), lit("'")))),
        ParseCase("echo \"@(a)\" \"<(b)\"", parsesAs: echo(dq(lit("@(a)")), dq(lit("<(b)")))),

        // $"..."
        ParseCase("echo $\"hello $x\"", parsesAs: echo(localized(lit("hello "), param("x")))),
        ParseCase("echo $\"\" $''", parsesAs: echo(localized(), ansi(""))),

        // Backslash escapes
        ParseCase("echo a\\ b", parsesAs: echo("a\\ b")),
        ParseCase("echo \\$x \\\\", parsesAs: echo("\\$x", "\\\\")),
        ParseCase("echo \\\"", parsesAs: echo("\\\"")),
        ParseCase("echo \\'a\\'", parsesAs: echo("\\'a\\'")),
        ParseCase("echo \\`not\\`", parsesAs: echo("\\`not\\`")),
        ParseCase("echo a\\;b \\| \\& \\< \\>", parsesAs: echo("a\\;b", "\\|", "\\&", "\\<", "\\>")),
        ParseCase("echo \\#x", parsesAs: echo("\\#x")),
        ParseCase("echo \\( \\)", parsesAs: echo("\\(", "\\)")),
        ParseCase("\\rm -rf x", parsesAs: simple("\\rm", "-rf", "x")),
        ParseCase("echo \\if", parsesAs: echo("\\if")),
        ParseCase("\\if x", parsesAs: simple("\\if", "x")),

        // Line continuations
        ParseCase("echo ab", "echo a\\\nb", parsesAs: echo("ab")),
        ParseCase("echo hi", "ec\\\nho hi", "echo \\\nhi", "echo\\\n hi", parsesAs: echo("hi")),
        ParseCase("echo z", "echo z \\\n", "echo z\\\n", parsesAs: echo("z")),
        ParseCase("echo a b", "echo a \\\n  b", parsesAs: echo("a", "b")),
        ParseCase("echo $x", "echo $\\\nx", parsesAs: echo(param("x"))
                  ),
        ParseCase("echo ${y}", "echo ${\\\ny}", parsesAs: echo(braced("y"))
                  ),
        ParseCase("echo $(date)", "echo $\\\n(date)", parsesAs: echo(commandSub(simple("date")))
                  ),

        // $name and special parameters
        ParseCase("echo $x $1 $@ $* $# $? $- $$ $! $0 $_", parsesAs: echo(
            param("x"), param("1"), param("@"), param("*"), param("#"), param("?"), param("-"), param("$"), param("!"),
            param("0"), param("_"))),
        ParseCase("echo $10", parsesAs: echo(w(param("1"), lit("0")))),
        ParseCase("echo $x.y $xy_1-2", parsesAs: echo(w(param("x"), lit(".y")), w(param("xy_1"), lit("-2")))),
        ParseCase("echo $", parsesAs: echo("$")),
        ParseCase("echo $ a", parsesAs: echo("$", "a")),
        ParseCase("echo a$", parsesAs: echo("a$")),
        ParseCase("echo $%", parsesAs: echo("$%")),
        ParseCase("cmd \"$@\" \"${@}\" \"$*\"", parsesAs: simple("cmd", dq(param("@")), dq(braced("@")), dq(param("*")))),
        ParseCase("$cmd arg", parsesAs: simple(param("cmd"), "arg")),
    ]
}

@Suite("Syntax table: words and quoting")
struct QuotingTableTests {
    @Test(arguments: QuotingTable.cases)
    func row(_ row: ParseCase) { TableChecks.check(row) }
}
