import Testing
@testable import ShellAST

/// Rejected words, expansions, redirections, here-documents, `[[ ]]` and
/// arithmetic: the exact position, the message, the incomplete flag, and what
/// `bash -O extglob -n` says (checked by `BashOracleTests`).
enum WordErrorTable {
    static let newlineIsNotIncomplete = CommandErrorTable.newlineIsNotIncomplete
    static let noExpectation = CommandErrorTable.noExpectation
    static let runtimeSubstitution = "bash -n accepts any `${...}` text; a bad substitution fails only when it is expanded"
    static let backquotesAtRuntime = "bash -n does not parse backquoted text; it is parsed when it runs"
    static let bodyAtRuntime = "bash -n does not parse here-document bodies; an unquoted body is expanded when it runs"
    static let unterminatedBody = "bash warns that the body ends at end of file, and runs it"
    static let conditionalQuirk = "bash prints the `[[` error but `-n` exits 0; the command never runs"
    static let silentConditional = "bash -n exits 0 and prints nothing, but bash drops the line (and the rest of the script) unrun"

    static let cases: [ParseErrorCase] = [
        // Unterminated quotes and substitutions
        ParseErrorCase("echo \"abc", 1, 6, incomplete: true, expected: "unterminated double quote", found: "unterminated"),
        ParseErrorCase("echo 'abc", 1, 6, incomplete: true, expected: "unterminated single quote", found: "unterminated"),
        ParseErrorCase("echo $'abc", 1, 6, incomplete: true, expected: "unterminated `$'` string", found: "unterminated"),
        ParseErrorCase("echo $\"abc", 1, 6, incomplete: true, expected: "unterminated double quote", found: "unterminated"),
        ParseErrorCase("echo \"a\nb", 1, 6, incomplete: true, expected: "unterminated double quote", found: "unterminated"),
        ParseErrorCase("echo ok\necho \"unterminated\nmore", 2, 6, incomplete: true, expected: "unterminated double quote", found: "unterminated"),
        ParseErrorCase("echo `abc", 1, 6, incomplete: true, expected: "unterminated backquote", found: "unterminated"),
        ParseErrorCase("echo $(echo `a)", 1, 13, incomplete: true, expected: "unterminated backquote", found: "unterminated"),
        ParseErrorCase("echo $(abc", 1, 6, incomplete: true, expected: "expected `)`", found: "unterminated command substitution"),
        ParseErrorCase("echo \"$(echo \"a)\"", 1, 7, incomplete: true, expected: "expected `)`", found: "unterminated command substitution"),
        ParseErrorCase("echo $(case x in a) b;; esac", 1, 6, incomplete: true, expected: "expected `)`", found: "unterminated command substitution"),
        ParseErrorCase("echo $((1+2)", 1, 13, incomplete: true, expected: "expected `)`", found: "end of input"),
        ParseErrorCase("echo ${abc", 1, 6, incomplete: true, expected: "unterminated `${`", found: "unterminated"),
        ParseErrorCase("echo \"${x", 1, 7, incomplete: true, expected: "unterminated `${`", found: "unterminated"),
        ParseErrorCase("echo ${x:-a", 1, 6, incomplete: true, expected: "expected `}`", found: "unterminated `${`"),
        ParseErrorCase("echo ${x:-\"a}", 1, 11, incomplete: true, expected: "unterminated double quote", found: "unterminated"),
        ParseErrorCase("echo $((1+2", 1, 6, incomplete: true, expected: "expected `))`", found: "unterminated arithmetic"),
        ParseErrorCase("for x in a; do echo $(( ; done", 1, 21, incomplete: true, expected: "expected `))`", found: "unterminated arithmetic"),
        ParseErrorCase("echo $[1+2", 1, 6, incomplete: true, expected: "expected `]`", found: "unterminated `$[`"),
        ParseErrorCase("echo <(abc", 1, 6, incomplete: true, expected: "expected `)`", found: "unterminated process substitution"),
        ParseErrorCase("echo >(abc", 1, 6, incomplete: true, expected: "expected `)`", found: "unterminated process substitution"),
        ParseErrorCase("echo @(a", 1, 6, incomplete: true, expected: "unterminated extended glob `@(`", found: "unterminated"),
        ParseErrorCase("echo a!(b", 1, 7, incomplete: true, expected: "unterminated extended glob `!(`", found: "unterminated"),
        ParseErrorCase("a=(x", 1, 3, incomplete: true, expected: "expected `)`", found: "unterminated array"),
        ParseErrorCase("a=(x y\n", 1, 3, incomplete: true, expected: "expected `)`", found: "unterminated array"),
        ParseErrorCase("(( 1 + 2", 1, 1, incomplete: true, expected: "expected `))`", found: "unterminated arithmetic"),
        ParseErrorCase("echo $(( 1 + (2 ))", 1, 19, incomplete: true, expected: "expected `)`", found: "end of input"),
        ParseErrorCase("a[x", 1, 4, incomplete: true, expected: "expected `]`", found: "end of input"),

        // Stray closers inside substitutions
        ParseErrorCase("echo $(a))", 1, 10, expected: "expected", found: "`)`"),
        ParseErrorCase("echo $( ) )", 1, 11, expected: "expected", found: "`)`"),
        ParseErrorCase("echo $(a;;)", 1, 9, expected: "expected `)` to close the command substitution", found: "`;;`"),
        ParseErrorCase("echo `a ;; b`", 1, 9, expected: "expected", found: "`;;`",
                       bash: .accepts(because: backquotesAtRuntime)),
        ParseErrorCase("echo `)`", 1, 7, expected: "expected", found: "`)`",
                       bash: .accepts(because: backquotesAtRuntime)),
        ParseErrorCase("x=`ls -d )`", 1, 10, expected: "expected the end of the backquoted command", found: "`)`",
                       bash: .accepts(because: backquotesAtRuntime)),
        ParseErrorCase("x=`ls \\$d )`", 1, 11, expected: "expected the end of the backquoted command", found: "`)`",
                       bash: .accepts(because: backquotesAtRuntime)),

        // ${...}
        ParseErrorCase("echo ${}", 1, 8, expected: "expected a parameter name after `${`", found: "`}`", bash: .accepts(because: runtimeSubstitution)),
        ParseErrorCase("echo ${a b}", 1, 9, expected: "expected", found: "` `", bash: .accepts(because: runtimeSubstitution)),
        ParseErrorCase("echo ${@Q}", 1, 9, expected: "expected", found: "`Q}`", bash: .accepts(because: runtimeSubstitution)),
        ParseErrorCase("echo ${x!}", 1, 9, expected: "expected", found: "`!}`", bash: .accepts(because: runtimeSubstitution)),
        ParseErrorCase("echo ${1a}", 1, 9, expected: "expected", found: "`a}`", bash: .accepts(because: runtimeSubstitution)),
        ParseErrorCase("echo ${x@Z}", 1, 10, expected: "expected one of `QEPAaKkUuL` after `@`", found: "`Z}`", bash: .accepts(because: runtimeSubstitution)),
        ParseErrorCase("echo ${x@}", 1, 10, expected: "expected one of `QEPAaKkUuL` after `@`", found: "`}`", bash: .accepts(because: runtimeSubstitution)),
        ParseErrorCase("echo ${x[1}", 1, 9, incomplete: true, expected: "expected `]`", found: "unterminated subscript",
                       bash: .accepts(because: runtimeSubstitution)),

        // Redirections
        ParseErrorCase("a > ;", 1, 5, expected: "expected a word after `>`", found: "`;`"),
        ParseErrorCase("a < |", 1, 5, expected: "expected a word after `<`", found: "`|`"),
        ParseErrorCase("a > )", 1, 5, expected: "expected a word after `>`", found: "`)`"),
        ParseErrorCase("a >", 1, 4, expected: "expected a word after `>`", found: "end of input"),
        ParseErrorCase("a 2>", 1, 5, expected: "expected a word after `>`", found: "end of input"),
        ParseErrorCase("a <<", 1, 5, expected: "expected a word after `<<`", found: "end of input"),
        ParseErrorCase("a <<<", 1, 6, expected: "expected a word after `<<<`", found: "end of input"),
        ParseErrorCase("a >&", 1, 5, expected: "expected a word after `>&`", found: "end of input"),
        ParseErrorCase("a &>", 1, 5, expected: "expected a word after `&>`", found: "end of input"),
        ParseErrorCase("a 1234567890>f", 1, 3, expected: "out of range", found: "`1234567890`",
                       bash: .accepts(because: "bash takes any number that fits an int as a descriptor and fails when it opens it")),

        // Here-documents
        ParseErrorCase("cat <<EOF", 1, 5, incomplete: true, expected: "expected a line `EOF` to end it", found: "unterminated here-document",
                       bash: .accepts(because: unterminatedBody)),
        ParseErrorCase("cat <<EOF\nabc", 1, 5, incomplete: true, expected: "expected a line `EOF` to end it", found: "unterminated here-document",
                       bash: .accepts(because: unterminatedBody)),
        ParseErrorCase("cat <<EOF\nbody\nEOF extra\n", 1, 5, incomplete: true, expected: "expected a line `EOF` to end it",
                       found: "unterminated here-document", bash: .accepts(because: unterminatedBody)),
        ParseErrorCase("cat <<-EOF\n\tbody\n\t EOF\n", 1, 5, incomplete: true, expected: "expected a line `EOF` to end it",
                       found: "unterminated here-document", bash: .accepts(because: unterminatedBody)),
        ParseErrorCase("cat <<A <<B\na\nA\n", 1, 9, incomplete: true, expected: "expected a line `B` to end it",
                       found: "unterminated here-document", bash: .accepts(because: unterminatedBody)),
        ParseErrorCase("x=$(cat <<EOF\nabc)\n", 1, 9, incomplete: true, expected: "expected a line `EOF` to end it", found: "unterminated here-document"),
        ParseErrorCase("cat <<EOF\n$(echo \"\nEOF\n", 2, 8, incomplete: true, expected: "unterminated double quote", found: "unterminated",
                       bash: .accepts(because: bodyAtRuntime)),
        ParseErrorCase("cat <<EOF\n`echo\nEOF\n", 2, 1, incomplete: true, expected: "unterminated backquote", found: "unterminated",
                       bash: .accepts(because: bodyAtRuntime)),
        ParseErrorCase("cat <<EOF\n$((1+\nEOF\n", 2, 1, incomplete: true, expected: "expected `))`", found: "unterminated arithmetic",
                       bash: .accepts(because: bodyAtRuntime)),
        ParseErrorCase("cat <<EOF\n${x\nEOF\n", 2, 4, expected: "expected", found: "newline",
                       bash: .accepts(because: bodyAtRuntime)),

        // [[ ]]
        ParseErrorCase("[[", 1, 3, incomplete: true, expected: "expected a conditional expression", found: "end of input"),
        ParseErrorCase("[[ ]]", 1, 4, expected: "expected a conditional expression before `]]`", found: "`]]`",
                       bash: .silentlyRejects(silentConditional)),
        ParseErrorCase("[[ -f ]]", 1, 7, expected: "expected an operand after the conditional operator `-f`", found: "`]]`",
                       bash: .rejectsWithStatusZero(conditionalQuirk)),
        ParseErrorCase("[[ a == ]]", 1, 9, expected: "expected a word in `[[ ]]`", found: "`]]`", bash: .rejectsWithStatusZero(conditionalQuirk)),
        ParseErrorCase("[[ a b ]]", 1, 6, expected: "expected a conditional binary operator", found: "`b`", bash: .rejectsWithStatusZero(conditionalQuirk)),
        ParseErrorCase("[[ a ]", 1, 6, expected: "expected a conditional binary operator", found: "`]`", bash: .rejectsWithStatusZero(conditionalQuirk)),
        ParseErrorCase("[[ =~ a ]]", 1, 7, expected: "expected a conditional binary operator", found: "`a`", bash: .rejectsWithStatusZero(conditionalQuirk)),
        ParseErrorCase("[[ ( a ]]", 1, 8, expected: "expected `)` in the conditional expression", found: "`]]`", bash: .rejectsWithStatusZero(conditionalQuirk)),
        ParseErrorCase("[[ a ) ]]", 1, 6, expected: "expected `]]` or a conditional operator", found: "`)`", bash: .rejectsWithStatusZero(conditionalQuirk)),
        ParseErrorCase("[[ a && ]]", 1, 9, expected: "expected a conditional expression before `]]`", found: "`]]`",
                       bash: .silentlyRejects(silentConditional)),
        ParseErrorCase("[[ || a ]]", 1, 4, expected: "expected a word in `[[ ]]`", found: "`||`", bash: .rejectsWithStatusZero(conditionalQuirk)),
        ParseErrorCase("[[ a ==\n b ]]", 1, 8, expected: "expected a word in `[[ ]]`", found: "newline", bash: .rejectsWithStatusZero(conditionalQuirk)),
        ParseErrorCase("[[ -f\n x ]]", 1, 6, expected: "expected an operand after the conditional operator `-f`", found: "newline",
                       bash: .rejectsWithStatusZero(conditionalQuirk)),
        ParseErrorCase("[[ a\n]]", 1, 5, expected: "expected a conditional binary operator", found: "newline",
                       bash: .rejectsWithStatusZero(conditionalQuirk)),
        ParseErrorCase("[[ a\n&& b ]]", 1, 5, expected: "expected a conditional binary operator", found: "newline",
                       bash: .rejectsWithStatusZero(conditionalQuirk)),
        ParseErrorCase("[[ ( a\n) ]]", 1, 7, expected: "expected a conditional binary operator", found: "newline",
                       bash: .rejectsWithStatusZero(conditionalQuirk)),
        ParseErrorCase("[[ a =~ ]]", 1, 9, expected: "expected a regular expression after `=~`", found: "`]]`",
                       bash: .rejectsWithStatusZero(conditionalQuirk)),
        ParseErrorCase("[[ a =~ ]] ]]", 1, 9, expected: "expected a regular expression after `=~`", found: "`]]`",
                       bash: .rejectsWithStatusZero(conditionalQuirk)),
        ParseErrorCase("[[ a", 1, 5, expected: "expected `]]` to close `[[`", found: "end of input"),
        ParseErrorCase("[[ a ==", 1, 8, expected: "expected a word in `[[ ]]`", found: "end of input"
                       ),
        ParseErrorCase("[[ -f", 1, 6, expected: "expected an operand after the conditional operator `-f`", found: "end of input"
                       ),

        // Extended globs and bytes
        ParseErrorCase("echo \\@(a)", 1, 8, expected: "quote it to pass it as text", found: "`(`"),
        ParseErrorCase("echo \\!(a)", 1, 8, expected: "quote it to pass it as text", found: "`(`"),
        ParseErrorCase("echo a\u{0}b", 1, 7, expected: "a command line cannot contain one", found: "NUL byte",
                       bash: .accepts(because: "bash drops NUL bytes read from standard input (and refuses a script file with one); no argument can carry one")),
    ]
}

@Suite("Syntax table: rejected words")
struct WordErrorTableTests {
    @Test(arguments: WordErrorTable.cases)
    func row(_ row: ParseErrorCase) { TableChecks.check(row) }
}
