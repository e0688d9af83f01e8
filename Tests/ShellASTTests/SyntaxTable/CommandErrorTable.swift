import Testing
@testable import ShellAST

/// Rejected commands, lists, compound commands and functions: the exact
/// position, the message, the incomplete flag, and what `bash -O extglob -n`
/// says (checked by `BashOracleTests`).
enum CommandErrorTable {
    /// Bugs shared by many rows.
    static let noExpectation = "the message names only what was found, not what was expected"
    static let newlineIsNotIncomplete =
        "flagged incomplete, but bash reports an unexpected newline here (interactive bash does not wait for more)"

    static let cases: [ParseErrorCase] = [
        // Reserved words and operators where no command can start
        ParseErrorCase("fi", 1, 1, expected: "expected", found: "`fi`"),
        ParseErrorCase("then", 1, 1, expected: "expected", found: "`then`"),
        ParseErrorCase("done", 1, 1, expected: "expected", found: "`done`"),
        ParseErrorCase("esac", 1, 1, expected: "expected", found: "`esac`"),
        ParseErrorCase("elif", 1, 1, expected: "expected", found: "`elif`"),
        ParseErrorCase("else", 1, 1, expected: "expected", found: "`else`"),
        ParseErrorCase("do", 1, 1, expected: "expected", found: "`do`"),
        ParseErrorCase("}", 1, 1, expected: "expected", found: "`}`"),
        ParseErrorCase(")", 1, 1, expected: "expected", found: "`)`"),
        ParseErrorCase(";;", 1, 1, expected: "expected", found: "`;;`"),
        ParseErrorCase(";&", 1, 1, expected: "expected", found: "`;&`"),
        ParseErrorCase(";;&", 1, 1, expected: "expected", found: "`;;&`"),
        ParseErrorCase(";", 1, 1, expected: "expected", found: "`;`"),
        ParseErrorCase("a ;; b", 1, 3, expected: "expected", found: "`;;`"),
        ParseErrorCase("a ;;& b", 1, 3, expected: "expected", found: "`;;&`"),
        ParseErrorCase("a & ; b", 1, 5, expected: "expected", found: "`;`"),
        ParseErrorCase("a; ;", 1, 4, expected: "expected", found: "`;`"),
        ParseErrorCase("a )", 1, 3, expected: "expected", found: "`)`"),
        ParseErrorCase("a\nb\n  fi", 3, 3, expected: "expected", found: "`fi`"),
        ParseErrorCase("echo a; fi", 1, 9, expected: "expected", found: "`fi`"),
        ParseErrorCase("if a; then b; fi; then", 1, 19, expected: "expected", found: "`then`"),
        ParseErrorCase("f() { a; } }", 1, 12, expected: "expected", found: "`}`"),
        ParseErrorCase("{a;}", 1, 4, expected: "expected", found: "`}`"),
        ParseErrorCase("]]", 1, 1, expected: "expected a command", found: "`]]`"),
        ParseErrorCase("a; ]] x", 1, 4, expected: "expected a command", found: "`]]`"),
        ParseErrorCase("in x", 1, 1, expected: "expected a command", found: "`in`"),

        // Pipes and and-or lists with a missing side
        ParseErrorCase("|", 1, 1, expected: "expected a command", found: "`|`"),
        ParseErrorCase("| a", 1, 1, expected: "expected a command", found: "`|`"),
        ParseErrorCase("&& a", 1, 1, expected: "expected a command", found: "`&&`"),
        ParseErrorCase("|| a", 1, 1, expected: "expected a command", found: "`||`"),
        ParseErrorCase("& a", 1, 1, expected: "expected a command", found: "`&`"),
        ParseErrorCase("a |; b", 1, 4, expected: "expected a command", found: "`;`"),
        ParseErrorCase("a && ; b", 1, 6, expected: "expected a command", found: "`;`"),
        ParseErrorCase("a &&& b", 1, 5, expected: "expected a command", found: "`&`"),
        ParseErrorCase("a ||| b", 1, 5, expected: "expected a command", found: "`|`"),
        ParseErrorCase("a |&& b", 1, 5, expected: "expected a command", found: "`&`"),
        ParseErrorCase("time |", 1, 6, expected: "expected `;`, `&` or a newline", found: "`|`"),
        ParseErrorCase("! |", 1, 3, expected: "expected `;`, `&` or a newline", found: "`|`"),
        ParseErrorCase("a |", 1, 4, incomplete: true, expected: "expected a command", found: "end of input"),
        ParseErrorCase("a |&", 1, 5, incomplete: true, expected: "expected a command", found: "end of input"),
        ParseErrorCase("a &&", 1, 5, incomplete: true, expected: "expected a command", found: "end of input"),
        ParseErrorCase("a ||\n", 2, 1, incomplete: true, expected: "expected a command", found: "end of input"),
        ParseErrorCase("x=1 y=2 |", 1, 10, incomplete: true, expected: "expected a command", found: "end of input"),

        // Empty bodies and mismatched closers
        ParseErrorCase("{ }", 1, 3, expected: "expected a command before `}`", found: "`}`"),
        ParseErrorCase("( )", 1, 3, expected: "expected a command before `)`", found: "`)`"),
        ParseErrorCase("f() { }", 1, 7, expected: "expected a command before `}`", found: "`}`"),
        ParseErrorCase("if true; then fi", 1, 15, expected: "expected a command before `fi`", found: "`fi`"),
        ParseErrorCase("if true; then a; else fi", 1, 23, expected: "expected a command before `fi`", found: "`fi`"),
        ParseErrorCase("while a; do done", 1, 13, expected: "expected a command before `done`", found: "`done`"),
        ParseErrorCase("for x in a; do done", 1, 16, expected: "expected a command before `done`", found: "`done`"),
        ParseErrorCase("if; then a; fi", 1, 3, expected: "expected", found: "`;`"),
        ParseErrorCase("while; do a; done", 1, 6, expected: "expected", found: "`;`"),
        ParseErrorCase("if a; then b; elif; then c; fi", 1, 19, expected: "expected", found: "`;`"),
        ParseErrorCase("if a; then b; done", 1, 15, expected: "expected `fi` to close `if`", found: "`done`"),
        ParseErrorCase("while a; do b; fi", 1, 16, expected: "expected `done` to close `do`", found: "`fi`"),
        ParseErrorCase("{ a; )", 1, 6, expected: "expected `}` to close `{`", found: "`)`"),
        ParseErrorCase("( a; }", 1, 6, expected: "expected `)` to close the subshell", found: "`}`"),
        ParseErrorCase("(( a )) b", 1, 9, expected: "expected `;`, `&` or a newline", found: "`b`"),
        ParseErrorCase("{ a; } b", 1, 8, expected: "expected `;`, `&` or a newline", found: "`b`"),
        ParseErrorCase("( a ) b", 1, 7, expected: "expected `;`, `&` or a newline", found: "`b`"),
        ParseErrorCase("if a; then b; fi c", 1, 18, expected: "expected `;`, `&` or a newline", found: "`c`"),

        // Missing closers at the end of the input
        ParseErrorCase("if", 1, 3, incomplete: true, expected: "expected a command before `then`", found: "end of input"),
        ParseErrorCase("if true", 1, 8, incomplete: true, expected: "expected `then` to close `if`", found: "end of input"),
        ParseErrorCase("if a then b fi", 1, 15, incomplete: true, expected: "expected `then` to close `if`", found: "end of input"),
        ParseErrorCase("if a; then", 1, 11, incomplete: true, expected: "expected a command before `fi`", found: "end of input"),
        ParseErrorCase("if true; then echo", 1, 19, incomplete: true, expected: "expected `fi` to close `if`", found: "end of input"),
        ParseErrorCase("if true\nthen\n  echo\n", 4, 1, incomplete: true, expected: "expected `fi` to close `if`", found: "end of input"),
        ParseErrorCase("if a; then b; else", 1, 19, incomplete: true, expected: "expected a command before `fi`", found: "end of input"),
        ParseErrorCase("while a", 1, 8, incomplete: true, expected: "expected `do` to close `while`", found: "end of input"),
        ParseErrorCase("while true; do echo", 1, 20, incomplete: true, expected: "expected `done` to close `do`", found: "end of input"),
        ParseErrorCase("until a; do b", 1, 14, incomplete: true, expected: "expected `done` to close `do`", found: "end of input"),
        ParseErrorCase("for x", 1, 6, incomplete: true, expected: "expected `do` to close `for`", found: "end of input"),
        ParseErrorCase("for x in a b c", 1, 15, incomplete: true, expected: "expected `do` to close `for`", found: "end of input"),
        ParseErrorCase("select x", 1, 9, incomplete: true, expected: "expected `do` to close `select`", found: "end of input"),
        ParseErrorCase("case x", 1, 7, incomplete: true, expected: "expected `in` after `case WORD`", found: "end of input"),
        ParseErrorCase("case x in", 1, 10, incomplete: true, expected: "expected `esac` to close `case`", found: "end of input"),
        ParseErrorCase("case x in a) b;;", 1, 17, incomplete: true, expected: "expected `esac` to close `case`", found: "end of input"),
        ParseErrorCase("{ echo", 1, 7, incomplete: true, expected: "expected `}` to close `{`", found: "end of input"),
        ParseErrorCase("{", 1, 2, incomplete: true, expected: "expected a command before `}`", found: "end of input"),
        ParseErrorCase("( echo", 1, 1, incomplete: true, expected: "expected `)`", found: "unterminated subshell"),
        ParseErrorCase("f()", 1, 4, incomplete: true, expected: "expected a function body", found: "end of input"),
        ParseErrorCase("function f", 1, 11, incomplete: true, expected: "expected a function body", found: "end of input"),

        // Words bash reports as an unexpected newline: not incomplete
        ParseErrorCase("echo (", 1, 7, expected: "expected `)` after `echo(`", found: "end of input"),
        ParseErrorCase("f (", 1, 4, expected: "expected `)` after `f(`", found: "end of input"),
        ParseErrorCase("function", 1, 9, expected: "expected a function name after `function`", found: "end of input"),
        ParseErrorCase("for", 1, 4, expected: "expected a variable name after `for`", found: "end of input"),
        ParseErrorCase("select", 1, 7, expected: "expected a variable name after `select`", found: "end of input"),
        ParseErrorCase("case", 1, 5, expected: "expected a word after `case`", found: "end of input"),
        ParseErrorCase("case x in a", 1, 12, expected: "expected `)` after the case pattern", found: "end of input"),
        ParseErrorCase("coproc", 1, 7, expected: "expected a command", found: "end of input"),

        // Loops, case and functions
        ParseErrorCase("for 1 in a; do b; done", 1, 5, expected: "expected a variable name after `for`", found: "`1`",
                       bash: .accepts(because: "bash checks the loop variable's name only when the loop runs")),
        ParseErrorCase("select 1 in a; do b; done", 1, 8, expected: "expected a variable name after `select`", found: "`1`",
                       bash: .accepts(because: "bash checks the loop variable's name only when the loop runs")),
        ParseErrorCase("for x y; do b; done", 1, 7, expected: "expected `do` to close `for`", found: "`y`"),
        ParseErrorCase("for x in a b c; b; done", 1, 17, expected: "expected `do` to close `for`", found: "`b`"),
        ParseErrorCase("for ((i=0;i<3)); do a; done", 1, 14, expected: "expected `;` between the expressions of `for ((...))`", found: "`)`"),
        ParseErrorCase("for ((i=0;i<3;i++)) a", 1, 21, expected: "expected `do` to close `for ((...))`", found: "`a`"),
        ParseErrorCase("case x a) b;; esac", 1, 8, expected: "expected `in` after `case WORD`", found: "`a`"),
        ParseErrorCase("case x in a b) c;; esac", 1, 13, expected: "expected `)` after the case pattern", found: "`b`"),
        ParseErrorCase("case x in esac) a;; esac", 1, 15, expected: "expected", found: "`)`"),
        ParseErrorCase("case x in a) b;; esac) c;; esac", 1, 22, expected: "expected", found: "`)`"),
        ParseErrorCase("case x in |a) b;; esac", 1, 11, expected: "expected a pattern", found: "`|`"),
        ParseErrorCase("case x in a) b;; ;; esac", 1, 18, expected: "expected a pattern", found: "`;;`"),
        ParseErrorCase("f() a", 1, 5, expected: "expected a compound command as the function body", found: "`a`"),
        ParseErrorCase("f( a )", 1, 4, expected: "expected `)` after `f(`", found: "`a`"),
        ParseErrorCase("function f a", 1, 12, expected: "expected a compound command as the function body", found: "`a`"),
        ParseErrorCase("function f() a", 1, 14, expected: "expected a compound command as the function body", found: "`a`"),
        ParseErrorCase("function (){ a; }", 1, 10, expected: "expected a function name after `function`", found: "`(`"),

        // Parentheses where a word is expected
        ParseErrorCase("echo (a)", 1, 7, expected: "expected `)` after `echo(`", found: "`a`"),
        ParseErrorCase("echo a (b)", 1, 8, expected: "quote it to pass it as text", found: "`(`"),
        ParseErrorCase("x=1 (a)", 1, 5, expected: "quote it to pass it as text", found: "`(`"),
        ParseErrorCase(">f (a)", 1, 4, expected: "quote it to pass it as text", found: "`(`"),
        ParseErrorCase("echo a=(x)", 1, 8, expected: "only allowed before the command name", found: "`(`"),
        ParseErrorCase("cmd a=(x)", 1, 7, expected: "only allowed before the command name", found: "`(`"),
        ParseErrorCase("declare a (x)", 1, 11, expected: "expected", found: "`(`"),
        ParseErrorCase("a=(x;y)", 1, 5, expected: "expected", found: "`;`"),
        ParseErrorCase("a=(x|y)", 1, 5, expected: "expected", found: "`|`"),
    ]
}

@Suite("Syntax table: rejected commands")
struct CommandErrorTableTests {
    @Test(arguments: CommandErrorTable.cases)
    func row(_ row: ParseErrorCase) { TableChecks.check(row) }
}
