/// Pieces of literal text the tree generator joins, one pool per context.
///
/// Each piece is raw source text that the parser keeps as one literal in its
/// context: no unescaped character that would end the context or start
/// another part, a backslash only as a two-character escape, and `$` only
/// before a character that cannot start an expansion. No piece ends in `$`
/// or a lone backslash, so pieces (and the parts around them) can be joined
/// freely. The first piece of every pool is the simplest.
enum LiteralPools {
    /// Unquoted words (command words, arguments, assignment values, targets).
    static let unquoted: [String] = [
        "a", "b", "x", "foo", "bar", "ls", "-l", "--all", "-n", "-p", "1", "42", "0", "/", "/tmp/x.log", ".", "..",
        "~", "~/x", "*", "?", "[a-z]", "{a,b}", "{1..3}", ":", ",", "+", "%", "@", "^", "!", "=", "a=b", "]", "[",
        "{", "}", "#", "é", "日本", "-", "_", "x.y", "k=v", "--opt=1", "\\ ", "\\;", "\\&", "\\|", "\\<", "\\>",
        "\\(", "\\)", "\\$", "\\`", "\\\"", "\\'", "\\\\", "\\n", "\\#", "\\{", "$.", "$/", "$%", "$:", "$,",
        "if", "then", "fi", "do", "done", "esac", "in", "time", "[[", "]]", "{}", "a]b", "!x", "a@b",
    ]

    /// Text between double quotes.
    static let doubleQuoted: [String] = [
        "a", " ", "hello world", "$.", "'", "it's", "\\\"", "\\\\", "\\$", "\\`", "\\x", "\n", "\t", ";", "&&",
        "|", "<", ">", "(", ")", "#", "!", "*", "?", "{", "}", "~", "é", "a b", "--", "=", "-",
    ]

    /// An unquoted here-document body line's text (no newline; quotes are plain).
    static let hereDocument: [String] = [
        "line", " ", "text with words", "\"quoted\"", "'single'", "\\$", "\\\\", "\\`", "\\a", "$.", ";", "&",
        "|", "<", ">", "(", ")", "#", "!", "*", "{", "}", "é", "-", "=",
    ]

    /// A quoted here-document body line's text: taken as is.
    static let quotedHereDocument: [String] = [
        "raw", " ", "$x", "${y}", "$(cmd)", "`cmd`", "\\", "\\$", "\"", "'", "#", ";", "|", "&", "é", "$((1+2))",
        "\\n", "*",
    ]

    /// `${x:-word}` operands (and patterns, without `/`).
    static let operand: [String] = [
        "a", "b c", "*", "?", "/", ".", "-", "x y", ";", "&", "|", "<", ">", "#", "%", "^", ",", "@", "=", "+",
        "~", "[", "]", "{a}", "é", "\\}", "\\$", "\\/", "\n", "!", ":", "(", ")", "()",
    ]

    /// Arithmetic text (balanced parentheses and brackets, no `;`, `:` or `}`).
    static let arithmetic: [String] = [
        "1", "42", "x", "a_b", " ", "+", "-", "*", "/", "%", "<<", ">>", "<", "<=", ">", ">=", "==", "!=", "&",
        "&&", "|", "||", "^", "~", "!", "?", ",", "=", "+=", "++", "--", "16#ff", "0x1F", "a[1]", "(1+2)", "(x)",
        "\n", "(a?b:c)", "i", "2#101",
    ]

    /// `[index]` text (balanced brackets; no blank, newline, `;`, `&` or `|`).
    static let index: [String] = ["0", "1", "i", "@", "*", "i+1", "-1", "n*2", "a[0]", "k", "x_y", "é", "#"]

    /// The right side of `=~` (no blank outside parentheses, no `$`).
    static let regex: [String] = [
        "a", "^a", ".*", "[0-9]+", "(a|b)", "x{2}", "\\.", "a+", "?", "(a b)", "[[:space:]]", "^", "b|c", "\\$",
    ]

    /// The text of `@( ... )` and friends (balanced parentheses).
    static let extendedGlob: [String] = ["a", "b", "*", ".txt", "|", "a|b", "x(y)z", " ", "?", "[ab]", "!", "-", "é"]

    /// `'...'` text (anything but `'`).
    static let singleQuoted: [String] = [
        "a", " ", "$x", "`x`", "\\", "\"", "\n", "*", "é", "hello world", "$(cmd)", "!", "#", ";", "\t", "{}",
    ]

    /// `$'...'` text: escapes as written.
    static let ansiC: [String] = [
        "a", "\\n", "\\t", "\\x41", "\\u00e9", "\\'", "\\\\", "\\0", "\\cA", " ", "é", "\"", "\\e", "\\101", "$",
    ]

    /// Variable names.
    static let names: [String] = ["x", "a", "HOME", "PATH", "_v", "arr", "i", "n1", "FOO_BAR", "y"]

    /// Special parameters.
    static let special: [String] = ["@", "*", "#", "?", "-", "$", "!", "0"]

    /// Function names.
    static let functionNames: [String] = ["f", "g", "main", "do_it", "a-b", "x.y", "cleanup", "f2", "_h"]
}
