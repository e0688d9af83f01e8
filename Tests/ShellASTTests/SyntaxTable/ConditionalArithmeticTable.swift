import Testing
@testable import ShellAST

/// `[[ ]]` with its own operators and precedence, `(( ))`, `$(( ))` and `$[ ]`.
enum ConditionalArithmeticTable: TreeBuilding {
    static let cases: [ParseCase] = [
        // [[ ]]: words and unary tests
        ParseCase("[[ x ]]", "[[  x  ]]", "[[\nx ]]", parsesAs: test(cword("x"))),
        ParseCase("[[ -f x ]]", "[[ -f  x ]]", parsesAs: test(unary("-f", "x"))),
        ParseCase("[[ -n $x ]]", parsesAs: test(unary("-n", param("x")))),
        ParseCase("[[ -z \"\" ]]", parsesAs: test(unary("-z", dq()))),
        ParseCase("[[ -v x ]]", parsesAs: test(unary("-v", "x"))),
        ParseCase("[[ -o opt ]]", parsesAs: test(unary("-o", "opt"))),
        ParseCase("[[ -a f ]]", parsesAs: test(unary("-a", "f"))),
        ParseCase("[[ -R n ]]", parsesAs: test(unary("-R", "n"))),
        ParseCase("[[ -d $HOME/.ssh ]]", parsesAs: test(unary("-d", w(param("HOME"), lit("/.ssh"))))),
        ParseCase("[[ -f ]]x ]]", parsesAs: test(unary("-f", "]]x"))),

        // [[ ]]: binary tests
        ParseCase("[[ a == b ]]", "[[ a  ==  b ]]", parsesAs: test(binary("a", "==", "b"))),
        ParseCase("[[ a = b ]]", parsesAs: test(binary("a", "=", "b"))),
        ParseCase("[[ $x != \"a b\" ]]", parsesAs: test(binary(param("x"), "!=", dq(lit("a b"))))),
        ParseCase("[[ a < b ]]", "[[ a <b ]]", parsesAs: test(binary("a", "<", "b"))),
        ParseCase("[[ a > b ]]", parsesAs: test(binary("a", ">", "b"))),
        ParseCase("[[ a -eq 1 ]]", parsesAs: test(binary("a", "-eq", "1"))),
        ParseCase("[[ $n -ne 0 ]]", parsesAs: test(binary(param("n"), "-ne", "0"))),
        ParseCase("[[ a -lt 2 ]]", parsesAs: test(binary("a", "-lt", "2"))),
        ParseCase("[[ a -le 2 ]]", parsesAs: test(binary("a", "-le", "2"))),
        ParseCase("[[ a -gt 2 ]]", parsesAs: test(binary("a", "-gt", "2"))),
        ParseCase("[[ a -ge 2 ]]", parsesAs: test(binary("a", "-ge", "2"))),
        ParseCase("[[ f1 -nt f2 ]]", parsesAs: test(binary("f1", "-nt", "f2"))),
        ParseCase("[[ f1 -ot f2 ]]", parsesAs: test(binary("f1", "-ot", "f2"))),
        ParseCase("[[ a -ef b ]]", parsesAs: test(binary("a", "-ef", "b"))),
        ParseCase("[[ $x == *.txt ]]", parsesAs: test(binary(param("x"), "==", "*.txt"))),
        ParseCase("[[ $x == @(a|b) ]]", parsesAs: test(binary(param("x"), "==", glob("@", lit("a|b"))))),
        ParseCase("[[ $(a) == `b` ]]", parsesAs: test(binary(commandSub(simple("a")), "==", backquoted(simple("b"))))),

        // [[ ]]: =~
        ParseCase("[[ $x =~ [0-9]+ ]]", parsesAs: test(binary(param("x"), "=~", "[0-9]+"))),
        ParseCase("[[ a =~ ^(x|y)$ ]]", parsesAs: test(binary("a", "=~", "^(x|y)$"))),
        ParseCase("[[ x =~ (a b) ]]", parsesAs: test(binary("x", "=~", "(a b)"))),
        ParseCase("[[ $x =~ ^a\\ b$ ]]", parsesAs: test(binary(param("x"), "=~", "^a\\ b$"))),
        ParseCase("[[ $x =~ \"lit\"$ ]]", parsesAs: test(binary(param("x"), "=~", w(dq(lit("lit")), lit("$"))))),
        ParseCase("[[ x =~ 'a b' ]]", parsesAs: test(binary("x", "=~", sq("a b")))),
        ParseCase("[[ x =~ ${re} ]]", parsesAs: test(binary("x", "=~", braced("re")))),
        ParseCase("[[ x =~ [[:digit:]] ]]", parsesAs: test(binary("x", "=~", "[[:digit:]]"))),

        // [[ ]]: !, &&, ||, ( ) and precedence
        ParseCase("[[ ! -e f ]]", parsesAs: test(not(unary("-e", "f")))),
        ParseCase("[[ ! ! a ]]", parsesAs: test(not(not(cword("a"))))),
        ParseCase("[[ -n $x || -z $y ]]", "[[ -n $x||-z $y ]]", parsesAs: test(or(unary("-n", param("x")), unary("-z", param("y"))))),
        ParseCase("[[ a -eq 1 && b -lt 2 ]]", parsesAs: test(and(binary("a", "-eq", "1"), binary("b", "-lt", "2")))),
        ParseCase("[[ a && b || c ]]", parsesAs: test(or(and(cword("a"), cword("b")), cword("c")))),
        ParseCase("[[ a || b && c ]]", parsesAs: test(or(cword("a"), and(cword("b"), cword("c"))))),
        ParseCase("[[ a && b && c ]]", parsesAs: test(and(and(cword("a"), cword("b")), cword("c")))),
        ParseCase("[[ a || b ]]", "[[ a ||\nb ]]", "[[ a ||\n\n b ]]", "[[ a || # c\n b ]]", parsesAs: test(or(cword("a"), cword("b")))),
        ParseCase("[[ a == b ]] && c", "[[ a == b\n]] && c", "[[ a ==  b ]]&&c", parsesAs: chain(test(binary("a", "==", "b")), (.and, simple("c")))),
        ParseCase("[[ ( a ) ]]", "[[ (a) ]]", "[[ (\na ) ]]", parsesAs: test(parenthesized(cword("a")))),
        ParseCase("[[ -f x && ( a == b || ! c ) ]]", "[[ -f x&&(a == b||! c) ]]", parsesAs: test(and(
            unary("-f", "x"), parenthesized(or(binary("a", "==", "b"), not(cword("c"))))))),
        ParseCase("[[ ( a || b ) && c ]]", parsesAs: test(and(parenthesized(or(cword("a"), cword("b"))), cword("c")))),
        ParseCase("[[ a ]] && [[ b ]]", parsesAs: chain(test(cword("a")), (.and, test(cword("b"))))),
        ParseCase("[[ a ]] >f", parsesAs: test(cword("a"), redirects: [redirect(">", "f")])),
        ParseCase("echo [[ a ]]", parsesAs: echo("[[", "a", "]]")),

        // (( ))
        ParseCase("(( x = 1 + 2 ))", parsesAs: arithmeticCommand(arith(" x = 1 + 2 "))),
        ParseCase("((i++))", parsesAs: arithmeticCommand(arith("i++"))),
        ParseCase("(( a[1] = $x + ${y} ))", parsesAs: arithmeticCommand(arith(lit(" a[1] = "), param("x"), lit(" + "), braced("y"), lit(" ")))),
        ParseCase("(( (a + b) * c ))", parsesAs: arithmeticCommand(arith(" (a + b) * c "))),
        ParseCase("(( x )) && y", parsesAs: chain(arithmeticCommand(arith(" x ")), (.and, simple("y")))),
        ParseCase("(( $(wc -l <f) > 3 ))", parsesAs: arithmeticCommand(arith(
            lit(" "), commandSub(simple("wc", "-l", redirect("<", "f"))), lit(" > 3 ")))),
        ParseCase("((x)) >f", parsesAs: arithmeticCommand(arith("x"), redirects: [redirect(">", "f")])),

        // $(( )) and $[ ]
        ParseCase("echo $(( 1 + 2 )) $[ 3 * 4 ]", parsesAs: echo(arithExpansion(arith(" 1 + 2 ")), bracketArithmetic(arith(" 3 * 4 ")))),
        ParseCase("echo $((x<<2)) $((a?b:c)) $((16#ff))", parsesAs: echo(
            arithExpansion(arith("x<<2")), arithExpansion(arith("a?b:c")), arithExpansion(arith("16#ff")))),
        ParseCase("echo $(( (1+2)*3 ))", parsesAs: echo(arithExpansion(arith(" (1+2)*3 ")))),
        ParseCase("echo $(( 1 + (2 )))", parsesAs: echo(arithExpansion(arith(" 1 + (2 )")))),
        ParseCase("echo $((${x:-1} + 2))", parsesAs: echo(arithExpansion(arith(braced("x", op(":-", "1")), lit(" + 2"))))),
        ParseCase("echo $(( $(echo 1) + 2 ))", parsesAs: echo(arithExpansion(arith(lit(" "), commandSub(echo("1")), lit(" + 2 "))))),
        ParseCase("echo $((1))$((2))", parsesAs: echo(w(arithExpansion(arith("1")), arithExpansion(arith("2"))))),
        ParseCase("echo \"$((n+1))\"", parsesAs: echo(dq(arithExpansion(arith("n+1"))))),
        ParseCase("echo $[ $x + 1 ]", parsesAs: echo(bracketArithmetic(arith(lit(" "), param("x"), lit(" + 1 "))))),
        ParseCase("echo $[a[1]+2]", parsesAs: echo(bracketArithmetic(arith("a[1]+2")))),
        ParseCase("x=$((y*2))", parsesAs: simple(assign("x", arithExpansion(arith("y*2"))))),
        ParseCase("echo $(( `echo 1` ))", parsesAs: echo(arithExpansion(arith(lit(" "), backquoted(echo("1")), lit(" "))))),
        ParseCase("echo $((\"1\" + '2'))", parsesAs: echo(arithExpansion(arith(dq(lit("1")), lit(" + "), sq("2"))))),
    ]
}

@Suite("Syntax table: [[ ]] and arithmetic")
struct ConditionalArithmeticTableTests {
    @Test(arguments: ConditionalArithmeticTable.cases)
    func row(_ row: ParseCase) { TableChecks.check(row) }
}
