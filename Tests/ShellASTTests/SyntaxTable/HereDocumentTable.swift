import Testing
@testable import ShellAST

/// Here-documents: quoted and unquoted delimiters, `<<-` tab stripping,
/// several on one line, and bodies parsed for expansions when unquoted.
enum HereDocumentTable: TreeBuilding {
    static let cases: [ParseCase] = [
        // Unquoted delimiters: the body is parsed
        ParseCase("cat <<EOF\nhi $x\nEOF\n", "cat <<EOF\nhi $x\nEOF", "cat << EOF\nhi $x\nEOF\n",
                  parsesAs: simple("cat", hereDoc("EOF", delimiter: "EOF", body: [lit("hi "), param("x"), lit("\n")]))),
        ParseCase("cat <<EOF\n$(date) ${x:-y} `id` $((1+2))\nEOF\n", parsesAs: simple("cat", hereDoc("EOF", delimiter: "EOF", body: [
            commandSub(simple("date")), lit(" "), braced("x", op(":-", "y")), lit(" "), backquoted(simple("id")), lit(" "),
            arithExpansion(arith("1+2")), lit("\n")]))),
        ParseCase("cat <<EOF\n\\$x \\\\ \\a\nEOF\n", parsesAs: simple("cat", hereDoc("EOF", delimiter: "EOF", body: [lit("\\$x \\\\ \\a\n")]))),
        ParseCase("cat <<EOF\nline cont\nEOF\n", "cat <<EOF\nline \\\ncont\nEOF\n",
                  parsesAs: simple("cat", hereDoc("EOF", delimiter: "EOF", body: [lit("line cont\n")]))),
        ParseCase("cat <<EOF\n\"quoted\" 'single' $'x'\nEOF\n", parsesAs: simple("cat", hereDoc(
            "EOF", delimiter: "EOF", body: [lit("\"quoted\" 'single' $'x'\n")]))),
        ParseCase("cat <<EOF\n\tx\nEOF\n", parsesAs: simple("cat", hereDoc("EOF", delimiter: "EOF", body: [lit("\tx\n")]))),
        ParseCase("cat <<EOF\n  EOF\nEOF \nEOF\n", parsesAs: simple("cat", hereDoc("EOF", delimiter: "EOF", body: [lit("  EOF\nEOF \n")]))),
        ParseCase("cat <<EOF\nEOF\n", "cat <<EOF\nEOF", parsesAs: simple("cat", hereDoc("EOF", delimiter: "EOF", body: []))),
        ParseCase("cat <<EOF\n\na\n\nEOF\n", parsesAs: simple("cat", hereDoc("EOF", delimiter: "EOF", body: [lit("\na\n\n")]))),
        ParseCase("cat <<END_1\n${a[0]}\nEND_1\n", parsesAs: simple("cat", hereDoc(
            "END_1", delimiter: "END_1", body: [braced("a", index: index("0")), lit("\n")]))),

        // Quoted delimiters: the body is text
        ParseCase("cat <<'EOF'\nhi $x `y`\nEOF\n", parsesAs: simple("cat", hereDoc(
            sq("EOF"), delimiter: "EOF", quoted: true, body: [lit("hi $x `y`\n")]))),
        ParseCase("cat <<\"EOF\"\nhi $x\nEOF\n", parsesAs: simple("cat", hereDoc(
            dq(lit("EOF")), delimiter: "EOF", quoted: true, body: [lit("hi $x\n")]))),
        ParseCase("cat <<\\EOF\nhi $x\nEOF\n", parsesAs: simple("cat", hereDoc("\\EOF", delimiter: "EOF", quoted: true, body: [lit("hi $x\n")]))),
        ParseCase("cat <<E\"O\"F\nhi $x\nEOF\n", parsesAs: simple("cat", hereDoc(
            w(lit("E"), dq(lit("O")), lit("F")), delimiter: "EOF", quoted: true, body: [lit("hi $x\n")]))),
        ParseCase("cat <<'E F'\nbody\nE F\n", parsesAs: simple("cat", hereDoc(sq("E F"), delimiter: "E F", quoted: true, body: [lit("body\n")]))),
        ParseCase("cat <<\"EOF\"\n$(echo\nEOF\n", parsesAs: simple("cat", hereDoc(
            dq(lit("EOF")), delimiter: "EOF", quoted: true, body: [lit("$(echo\n")]))),
        ParseCase("cat <<'EOF'\na\\\nb\nEOF\n", parsesAs: simple("cat", hereDoc(sq("EOF"), delimiter: "EOF", quoted: true, body: [lit("a\\\nb\n")]))),

        // <<- strips leading tabs from the body and the delimiter line
        ParseCase("cat <<-EOF\nhi\nx\nEOF\n", "cat <<-EOF\n\thi\n\t\tx\n\tEOF\n", "cat <<- EOF\n\thi\n\tx\n\t\tEOF\n",
                  parsesAs: simple("cat", hereDoc("EOF", stripTabs: true, delimiter: "EOF", body: [lit("hi\nx\n")]))),
        ParseCase("cat <<-'EOF'\nhi $x\nEOF\n", "cat <<-'EOF'\n\thi $x\n\tEOF\n", parsesAs: simple("cat", hereDoc(
            sq("EOF"), stripTabs: true, delimiter: "EOF", quoted: true, body: [lit("hi $x\n")]))),
        ParseCase("cat <<-EOF\n$x\n  y\nEOF\n", "cat <<-EOF\n\t$x\n\t  y\n\tEOF\n", parsesAs: simple("cat", hereDoc(
            "EOF", stripTabs: true, delimiter: "EOF", body: [param("x"), lit("\n  y\n")]))),

        // Several here-documents, and commands around them
        ParseCase("cat <<A <<B\na\nA\nb\nB\n", parsesAs: simple("cat", hereDoc("A", delimiter: "A", body: [lit("a\n")]),
                                                                  hereDoc("B", delimiter: "B", body: [lit("b\n")]))),
        ParseCase("cat <<A;\na\nA\ncat <<B\nb\nB\n", "cat <<A; cat <<B\na\nA\nb\nB\n", parsesAs: script(
            simple("cat", hereDoc("A", delimiter: "A", body: [lit("a\n")])), simple("cat", hereDoc("B", delimiter: "B", body: [lit("b\n")])))),
        ParseCase("cat <<A | cat <<'B'\n$a\nA\n$b\nB\n", parsesAs: pipe(
            simple("cat", hereDoc("A", delimiter: "A", body: [param("a"), lit("\n")])),
            simple("cat", hereDoc(sq("B"), delimiter: "B", quoted: true, body: [lit("$b\n")])))),
        ParseCase("cat <<EOF | grep x\nhi\nEOF\n", parsesAs: pipe(
            simple("cat", hereDoc("EOF", delimiter: "EOF", body: [lit("hi\n")])), simple("grep", "x"))),
        ParseCase("cat <<EOF && echo done\nbody\nEOF\n", parsesAs: chain(
            simple("cat", hereDoc("EOF", delimiter: "EOF", body: [lit("body\n")])), (.and, echo("done")))),
        ParseCase("cat <<EOF >out\nx\nEOF\n", parsesAs: simple("cat", hereDoc("EOF", delimiter: "EOF", body: [lit("x\n")]), redirect(">", "out"))),
        ParseCase("cat 3<<EOF <<<s\nx\nEOF\n", parsesAs: simple(
            "cat", hereDoc("EOF", delimiter: "EOF", body: [lit("x\n")], fd: 3), redirect("<<<", "s"))),
        ParseCase("cat <<EOF;\nx\nEOF\necho after", "cat <<EOF\nx\nEOF\necho after", parsesAs: script(
            simple("cat", hereDoc("EOF", delimiter: "EOF", body: [lit("x\n")])), echo("after"))),
        ParseCase("if true; then cat <<EOF;\nx\nEOF\nfi", "if true; then cat <<EOF\nx\nEOF\nfi", parsesAs: ifThen(
            [simple("true")], then: [simple("cat", hereDoc("EOF", delimiter: "EOF", body: [lit("x\n")]))])),
        ParseCase("f() { cat <<EOF;\nx\nEOF\n}", "f() { cat <<EOF\nx\nEOF\n}", parsesAs: function("f", .posix, group(
            simple("cat", hereDoc("EOF", delimiter: "EOF", body: [lit("x\n")]))))),
        ParseCase("x=$(cat <<EOF\nhi\nEOF\n)", parsesAs: simple(assign("x", commandSub(simple("cat", hereDoc("EOF", delimiter: "EOF", body: [lit("hi\n")])))))),
        ParseCase("echo $(cat <<EOF\nin\nEOF\n) after", parsesAs: echo(
            commandSub(simple("cat", hereDoc("EOF", delimiter: "EOF", body: [lit("in\n")]))), "after")),
        ParseCase("cat <<EOF;\nbody\nEOF\necho \"a\nb\"", "cat <<EOF; echo \"a\nb\"\nbody\nEOF\n", parsesAs: script(
            simple("cat", hereDoc("EOF", delimiter: "EOF", body: [lit("body\n")])), echo(dq(lit("a\nb"))))),
        ParseCase("while read l; do echo $l; done <<EOF\na\nEOF\n", parsesAs: whileLoop(
            [simple("read", "l")], do: [echo(param("l"))], redirects: [hereDoc("EOF", delimiter: "EOF", body: [lit("a\n")])])),

        // Known bugs: line continuations and newlines inside `$(` while a body is pending
        ParseCase("cat <<EOF\nabcEOF\nEOF\n", "cat <<EOF\nabc\\\nEOF\nEOF\n", parsesAs: simple(
            "cat", hereDoc("EOF", delimiter: "EOF", body: [lit("abcEOF\n")]))
                  ),
        ParseCase("cat <<EOF;\nEOF\necho SHOULD-RUN; EOF", "cat <<EOF\nEO\\\nF\necho SHOULD-RUN\nEOF\n", parsesAs: script(
            simple("cat", hereDoc("EOF", delimiter: "EOF", body: [])), echo("SHOULD-RUN"), simple("EOF"))
                  ),
        ParseCase("cat <<EOF;\nbody\nEOF\necho $(true)", "cat <<EOF; echo $(\ntrue\n)\nbody\nEOF\n", parsesAs: script(
            simple("cat", hereDoc("EOF", delimiter: "EOF", body: [lit("body\n")])), echo(commandSub(simple("true"))))
                  ),
    ]
}

@Suite("Syntax table: here-documents")
struct HereDocumentTableTests {
    @Test(arguments: HereDocumentTable.cases)
    func row(_ row: ParseCase) { TableChecks.check(row) }
}
