@testable import ShellAST

/// Small builders for expected syntax trees, every span ``SourceSpan/zero``.
///
/// Tables conform (`enum QuotingTable: TreeBuilding`) so the builders read
/// unqualified inside them without putting free functions in the test module.
protocol TreeBuilding {}

/// Anything that can stand for a word in a builder call: a `String` is one
/// unquoted literal, a ``WordPart`` a one-part word.
protocol WordBuildable: SimpleCommandBuildable {
    var builtWord: Word { get }
}

extension String: WordBuildable {
    var builtWord: Word {
        Word(parts: [.literal(Literal(text: self, span: .zero))], span: .zero)
    }
}

extension WordPart: WordBuildable {
    var builtWord: Word { Word(parts: [self], span: .zero) }
}

extension Word: WordBuildable {
    var builtWord: Word { self }
}

extension TreeBuilding {
    // MARK: Words and quotes

    /// A word of several parts: `w(lit("a"), dq(param("b")))` is `a"$b"`.
    static func w(_ parts: WordPart...) -> Word { Word(parts: parts, span: .zero) }

    /// A word with no parts (an empty `${x:-}` operand).
    static var emptyWord: Word { Word(parts: [], span: .zero) }

    /// Unquoted (or double-quoted, or here-document) text, backslashes as written.
    static func lit(_ text: String) -> WordPart { .literal(Literal(text: text, span: .zero)) }

    /// `'text'`.
    static func sq(_ text: String) -> WordPart { .singleQuoted(SingleQuoted(text: text, span: .zero)) }

    /// `"..."`.
    static func dq(_ parts: WordPart...) -> WordPart { .doubleQuoted(DoubleQuoted(parts: parts, span: .zero)) }

    /// `$"..."`.
    static func localized(_ parts: WordPart...) -> WordPart {
        .doubleQuoted(DoubleQuoted(parts: parts, isLocalized: true, span: .zero))
    }

    /// `$'raw'`, escapes as written.
    static func ansi(_ raw: String) -> WordPart { .ansiCQuoted(ANSICQuoted(raw: raw, span: .zero)) }

    // MARK: Parameters

    /// `$name` (also `$1`, `$@`, ...).
    static func param(_ name: String) -> WordPart {
        .parameter(ParameterExpansion(isBraced: false, name: name, span: .zero))
    }

    /// `${...}`.
    static func braced(
        _ name: String, prefix: ParameterPrefix? = nil, index: Subscript? = nil, _ operation: ParameterOperation? = nil
    ) -> WordPart {
        .parameter(ParameterExpansion(
            isBraced: true, prefix: prefix, name: name, index: index, operation: operation, span: .zero))
    }

    /// `[parts]`.
    static func index(_ parts: WordPart...) -> Subscript { Subscript(parts: parts, span: .zero) }

    /// `[text]` with literal text.
    static func index(_ text: String) -> Subscript { Subscript(parts: [lit(text)], span: .zero) }

    /// The operators that take one word, by their token: `:-`, `-`, `:=`, `=`,
    /// `:?`, `?`, `:+`, `+`, `#`, `##`, `%`, `%%`, `^`, `^^`, `,`, `,,`.
    static func op(_ token: String, _ word: some WordBuildable) -> ParameterOperation {
        let w = word.builtWord
        switch token {
        case ":-": return .defaultValue(.useDefault, checksNull: true, word: w)
        case ":=": return .defaultValue(.assignDefault, checksNull: true, word: w)
        case ":?": return .defaultValue(.errorIfUnset, checksNull: true, word: w)
        case ":+": return .defaultValue(.useAlternative, checksNull: true, word: w)
        case "-": return .defaultValue(.useDefault, checksNull: false, word: w)
        case "=": return .defaultValue(.assignDefault, checksNull: false, word: w)
        case "?": return .defaultValue(.errorIfUnset, checksNull: false, word: w)
        case "+": return .defaultValue(.useAlternative, checksNull: false, word: w)
        case "#": return .removePrefix(longest: false, pattern: w)
        case "##": return .removePrefix(longest: true, pattern: w)
        case "%": return .removeSuffix(longest: false, pattern: w)
        case "%%": return .removeSuffix(longest: true, pattern: w)
        case "^": return .changeCase(.upperFirst, pattern: w)
        case "^^": return .changeCase(.upperAll, pattern: w)
        case ",": return .changeCase(.lowerFirst, pattern: w)
        case ",,": return .changeCase(.lowerAll, pattern: w)
        default: preconditionFailure("no one-word parameter operator `\(token)`")
        }
    }

    /// `/`, `//`, `/#`, `/%` with a pattern and an optional replacement.
    static func replace(_ token: String, _ pattern: some WordBuildable, _ replacement: (any WordBuildable)? = nil) -> ParameterOperation {
        let mode: ReplacementMode
        switch token {
        case "/": mode = .first
        case "//": mode = .all
        case "/#": mode = .prefix
        case "/%": mode = .suffix
        default: preconditionFailure("no replacement operator `\(token)`")
        }
        return .replace(mode, pattern: pattern.builtWord, replacement: replacement?.builtWord)
    }

    /// `:offset` or `:offset:length`.
    static func substring(_ offset: ArithmeticExpression, _ length: ArithmeticExpression? = nil) -> ParameterOperation {
        .substring(offset: offset, length: length)
    }

    // MARK: Expansions

    /// Arithmetic text of parts.
    static func arith(_ parts: WordPart...) -> ArithmeticExpression { ArithmeticExpression(parts: parts, span: .zero) }

    /// Arithmetic text that is one literal (or nothing, for `""`).
    static func arith(_ text: String) -> ArithmeticExpression {
        ArithmeticExpression(parts: text.isEmpty ? [] : [lit(text)], span: .zero)
    }

    /// `$(( ... ))`.
    static func arithExpansion(_ expression: ArithmeticExpression) -> WordPart {
        .arithmeticExpansion(ArithmeticExpansion(expression: expression, style: .dollarDoubleParentheses, span: .zero))
    }

    /// `$[ ... ]`.
    static func bracketArithmetic(_ expression: ArithmeticExpression) -> WordPart {
        .arithmeticExpansion(ArithmeticExpansion(expression: expression, style: .dollarBrackets, span: .zero))
    }

    /// `$( ... )`.
    static func commandSub(_ items: any ListItemBuildable...) -> WordPart {
        .commandSubstitution(CommandSubstitution(body: makeList(items), style: .dollarParentheses, span: .zero))
    }

    /// `` `...` ``.
    static func backquoted(_ items: any ListItemBuildable...) -> WordPart {
        .commandSubstitution(CommandSubstitution(body: makeList(items), style: .backquotes, span: .zero))
    }

    /// `<( ... )`.
    static func readFrom(_ items: any ListItemBuildable...) -> WordPart {
        .processSubstitution(ProcessSubstitution(direction: .input, body: makeList(items), span: .zero))
    }

    /// `>( ... )`.
    static func writeTo(_ items: any ListItemBuildable...) -> WordPart {
        .processSubstitution(ProcessSubstitution(direction: .output, body: makeList(items), span: .zero))
    }

    /// An extended glob: `glob("@", lit("a|b"))` is `@(a|b)`.
    static func glob(_ op: Character, _ pattern: WordPart...) -> WordPart {
        let kind: ExtendedGlobOperator
        switch op {
        case "?": kind = .zeroOrOne
        case "*": kind = .zeroOrMore
        case "+": kind = .oneOrMore
        case "@": kind = .exactlyOne
        case "!": kind = .none
        default: preconditionFailure("no extended glob operator `\(op)`")
        }
        return .extendedGlob(ExtendedGlob(op: kind, pattern: pattern, span: .zero))
    }
}
