import Testing
@testable import ShellAST

/// `${...}` with every operator, prefix, subscript and nesting.
enum ParameterExpansionTable: TreeBuilding {
    static let cases: [ParseCase] = [
        // Plain braces and special parameters
        ParseCase("echo ${x}", parsesAs: echo(braced("x"))),
        ParseCase("echo ${1} ${10} ${@} ${*} ${?} ${-} ${$} ${!} ${0} ${#}", parsesAs: echo(
            braced("1"), braced("10"), braced("@"), braced("*"), braced("?"), braced("-"), braced("$"), braced("!"),
            braced("0"), braced("#"))),
        ParseCase("echo ${x}y${z}", parsesAs: echo(w(braced("x"), lit("y"), braced("z")))),

        // Defaults: :- := :? :+ - = ? +
        ParseCase("echo ${x:-a}", parsesAs: echo(braced("x", op(":-", "a")))),
        ParseCase("echo ${x:=a}", parsesAs: echo(braced("x", op(":=", "a")))),
        ParseCase("echo ${x:?a}", parsesAs: echo(braced("x", op(":?", "a")))),
        ParseCase("echo ${x:+a}", parsesAs: echo(braced("x", op(":+", "a")))),
        ParseCase("echo ${x-a}", parsesAs: echo(braced("x", op("-", "a")))),
        ParseCase("echo ${x=a}", parsesAs: echo(braced("x", op("=", "a")))),
        ParseCase("echo ${x?a}", parsesAs: echo(braced("x", op("?", "a")))),
        ParseCase("echo ${x+a}", parsesAs: echo(braced("x", op("+", "a")))),
        ParseCase("echo ${x:-}", parsesAs: echo(braced("x", op(":-", emptyWord)))),
        ParseCase("echo ${x-}", parsesAs: echo(braced("x", op("-", emptyWord)))),
        ParseCase("echo ${x:?must be set}", parsesAs: echo(braced("x", op(":?", "must be set")))),
        ParseCase("echo ${x:-a b}", parsesAs: echo(braced("x", op(":-", "a b")))),
        ParseCase("echo ${x:-\"a b\"}", parsesAs: echo(braced("x", op(":-", dq(lit("a b")))))),
        ParseCase("echo ${x:-'a}b'}", parsesAs: echo(braced("x", op(":-", sq("a}b"))))),
        ParseCase("echo ${x:-\"}\"}", parsesAs: echo(braced("x", op(":-", dq(lit("}")))))),
        ParseCase("echo ${x:-\\}}", parsesAs: echo(braced("x", op(":-", "\\}")))),
        ParseCase("echo ${x:-{a}}", parsesAs: echo(braced("x", op(":-", "{a}")))),
        ParseCase("echo ${x:-$(date)}", parsesAs: echo(braced("x", op(":-", commandSub(simple("date")))))),
        ParseCase("echo ${x:-${y:-z}}", parsesAs: echo(braced("x", op(":-", braced("y", op(":-", "z")))))),
        ParseCase("echo ${var:-${other:-$(cmd \"arg\")}}", parsesAs: echo(braced(
            "var", op(":-", braced("other", op(":-", commandSub(simple("cmd", dq(lit("arg")))))))))),
        ParseCase("echo ${x:-~/a}", parsesAs: echo(braced("x", op(":-", "~/a")))),
        ParseCase("echo ${x:-a\nb}", parsesAs: echo(braced("x", op(":-", "a\nb")))),
        ParseCase("echo ${#-x}", parsesAs: echo(braced("#", op("-", "x")))),

        // Pattern removal: # ## % %%
        ParseCase("echo ${x#a}", parsesAs: echo(braced("x", op("#", "a")))),
        ParseCase("echo ${x##a*}", parsesAs: echo(braced("x", op("##", "a*")))),
        ParseCase("echo ${x%a}", parsesAs: echo(braced("x", op("%", "a")))),
        ParseCase("echo ${x%%a*}", parsesAs: echo(braced("x", op("%%", "a*")))),
        ParseCase("echo ${x#}", parsesAs: echo(braced("x", op("#", emptyWord)))),
        ParseCase("echo ${x#\\#}", parsesAs: echo(braced("x", op("#", "\\#")))),
        ParseCase("echo ${x%\\}}", parsesAs: echo(braced("x", op("%", "\\}")))),
        ParseCase("echo ${f%.*} ${f##*/}", parsesAs: echo(braced("f", op("%", ".*")), braced("f", op("##", "*/")))),
        ParseCase("echo ${x#\"$p\"}", parsesAs: echo(braced("x", op("#", dq(param("p")))))),
        ParseCase("echo ${x%@(a|b)}", parsesAs: echo(braced("x", op("%", "@(a|b)")))),

        // Replacement: / // /# /%
        ParseCase("echo ${x/a/b}", parsesAs: echo(braced("x", replace("/", "a", "b")))),
        ParseCase("echo ${x//a/b}", parsesAs: echo(braced("x", replace("//", "a", "b")))),
        ParseCase("echo ${x/#a/b}", parsesAs: echo(braced("x", replace("/#", "a", "b")))),
        ParseCase("echo ${x/%a/b}", parsesAs: echo(braced("x", replace("/%", "a", "b")))),
        ParseCase("echo ${x/a}", parsesAs: echo(braced("x", replace("/", "a")))),
        ParseCase("echo ${x/a/}", parsesAs: echo(braced("x", replace("/", "a", emptyWord)))),
        ParseCase("echo ${x/}", parsesAs: echo(braced("x", replace("/", emptyWord)))),
        ParseCase("echo ${x//}", parsesAs: echo(braced("x", replace("//", emptyWord)))),
        ParseCase("echo ${x/a/b/c}", parsesAs: echo(braced("x", replace("/", "a", "b/c")))),
        ParseCase("echo ${x/\\//_}", parsesAs: echo(braced("x", replace("/", "\\/", "_")))),
        ParseCase("echo ${x//[[:space:]]/}", parsesAs: echo(braced("x", replace("//", "[[:space:]]", emptyWord)))),
        ParseCase("echo ${x/\"a\"/$y}", parsesAs: echo(braced("x", replace("/", dq(lit("a")), param("y"))))),
        ParseCase("echo ${x[@]/#/-}", parsesAs: echo(braced("x", index: index("@"), replace("/#", emptyWord, "-")))),

        // Case modification: ^ ^^ , ,,
        ParseCase("echo ${x^} ${x^^} ${x,} ${x,,}", parsesAs: echo(
            braced("x", op("^", emptyWord)), braced("x", op("^^", emptyWord)), braced("x", op(",", emptyWord)),
            braced("x", op(",,", emptyWord)))),
        ParseCase("echo ${x^a} ${x,,[A-Z]}", parsesAs: echo(braced("x", op("^", "a")), braced("x", op(",,", "[A-Z]")))),
        ParseCase("echo ${x^^[ab]}", parsesAs: echo(braced("x", op("^^", "[ab]")))),

        // Transformations: @Q @P and the others
        ParseCase("echo ${x@Q} ${x@P}", parsesAs: echo(braced("x", .transform("Q")), braced("x", .transform("P")))),
        ParseCase("echo ${x@E} ${x@A} ${x@a} ${x@U} ${x@u} ${x@L} ${x@K} ${x@k}", parsesAs: echo(
            braced("x", .transform("E")), braced("x", .transform("A")), braced("x", .transform("a")),
            braced("x", .transform("U")), braced("x", .transform("u")), braced("x", .transform("L")),
            braced("x", .transform("K")), braced("x", .transform("k")))),
        ParseCase("echo ${@@Q} ${arr[@]@Q}", parsesAs: echo(braced("@", .transform("Q")), braced("arr", index: index("@"), .transform("Q")))),

        // Indirection and name listing: !prefix* !prefix@ !name[@] !name[*] !ref
        ParseCase("echo ${!pre*}", parsesAs: echo(braced("pre", prefix: .indirect, .namesWithPrefix(star: true)))),
        ParseCase("echo ${!pre@}", parsesAs: echo(braced("pre", prefix: .indirect, .namesWithPrefix(star: false)))),
        ParseCase("echo ${!arr[@]} ${!arr[*]}", parsesAs: echo(
            braced("arr", prefix: .indirect, index: index("@")), braced("arr", prefix: .indirect, index: index("*")))),
        ParseCase("echo ${!ref}", parsesAs: echo(braced("ref", prefix: .indirect))),
        ParseCase("echo ${!x:-y}", parsesAs: echo(braced("x", prefix: .indirect, op(":-", "y")))),
        ParseCase("echo ${!a[0]}", parsesAs: echo(braced("a", prefix: .indirect, index: index("0")))),
        ParseCase("echo ${!1}", parsesAs: echo(braced("1", prefix: .indirect))),

        // Length: #name #arr[@]
        ParseCase("echo ${#x}", parsesAs: echo(braced("x", prefix: .length))),
        ParseCase("echo ${#arr[@]} ${#arr[*]}", parsesAs: echo(
            braced("arr", prefix: .length, index: index("@")), braced("arr", prefix: .length, index: index("*")))),
        ParseCase("echo ${#@} ${#*} ${##} ${#?}", parsesAs: echo(
            braced("@", prefix: .length), braced("*", prefix: .length), braced("#", prefix: .length), braced("?", prefix: .length))),
        ParseCase("echo ${#x[0]} ${#1}", parsesAs: echo(braced("x", prefix: .length, index: index("0")), braced("1", prefix: .length))),

        // Subscripts: name[i]
        ParseCase("echo ${arr[1]}", parsesAs: echo(braced("arr", index: index("1")))),
        ParseCase("echo ${arr[@]} ${arr[*]}", parsesAs: echo(braced("arr", index: index("@")), braced("arr", index: index("*")))),
        ParseCase("echo ${arr[i+1]} ${arr[$i]}", parsesAs: echo(braced("arr", index: index("i+1")), braced("arr", index: index(param("i"))))),
        ParseCase("echo ${a[\"k\"]}", parsesAs: echo(braced("a", index: index(dq(lit("k")))))),
        ParseCase("echo ${a[$(f)]:-d}", parsesAs: echo(braced("a", index: index(commandSub(simple("f"))), op(":-", "d")))),

        // Substrings: name:off and name:off:len
        ParseCase("echo ${x:1}", parsesAs: echo(braced("x", substring(arith("1"))))),
        ParseCase("echo ${x:1:2}", parsesAs: echo(braced("x", substring(arith("1"), arith("2"))))),
        ParseCase("echo ${x: -1}", parsesAs: echo(braced("x", substring(arith(" -1"))))),
        ParseCase("echo ${x:(-1)}", parsesAs: echo(braced("x", substring(arith("(-1)"))))),
        ParseCase("echo ${x:i:n-1}", parsesAs: echo(braced("x", substring(arith("i"), arith("n-1"))))),
        ParseCase("echo ${x::2}", parsesAs: echo(braced("x", substring(arith(""), arith("2"))))),
        ParseCase("echo ${x:}", parsesAs: echo(braced("x", substring(arith(""))))),
        ParseCase("echo ${x:1:}", parsesAs: echo(braced("x", substring(arith("1"), arith(""))))),
        ParseCase("echo ${x:$((1+1)):2}", parsesAs: echo(braced("x", substring(arith(arithExpansion(arith("1+1"))), arith("2"))))),
        ParseCase("echo ${x:$n:${#y}}", parsesAs: echo(braced("x", substring(arith(param("n")), arith(braced("y", prefix: .length)))))),
        ParseCase("echo ${arr[@]:1:2}", parsesAs: echo(braced("arr", index: index("@"), substring(arith("1"), arith("2"))))),
        ParseCase("echo \"${arr[@]:1}\"", parsesAs: echo(dq(braced("arr", index: index("@"), substring(arith("1")))))),
        ParseCase("echo ${@:2}", parsesAs: echo(braced("@", substring(arith("2"))))),

        // In double quotes
        ParseCase("echo \"${x:-$y}\" \"${x#*/}\"", parsesAs: echo(dq(braced("x", op(":-", param("y")))), dq(braced("x", op("#", "*/"))))),
        ParseCase("echo \"${x/a/\"b\"}\"", parsesAs: echo(dq(braced("x", replace("/", "a", dq(lit("b"))))))),
    ]
}

@Suite("Syntax table: parameter expansion")
struct ParameterExpansionTableTests {
    @Test(arguments: ParameterExpansionTable.cases)
    func row(_ row: ParseCase) { TableChecks.check(row) }
}
