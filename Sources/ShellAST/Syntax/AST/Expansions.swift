/// How a command substitution was written.
public enum CommandSubstitutionStyle: UInt8, Hashable, Sendable {
    /// `$(...)`.
    case dollarParentheses
    /// `` `...` ``.
    case backquotes
}

/// `$(list)` or `` `list` ``: the output of the commands becomes text.
public struct CommandSubstitution: Hashable, Sendable {
    /// The commands inside. For backquotes, parsed after bash's backslash removal;
    /// spans still point into the original input.
    public var body: CommandList
    /// `$( )` or backquotes.
    public var style: CommandSubstitutionStyle
    /// From `$(` or the opening backquote to the closing one.
    public var span: SourceSpan

    /// Creates a command substitution.
    public init(body: CommandList, style: CommandSubstitutionStyle = .dollarParentheses, span: SourceSpan) {
        self.body = body
        self.style = style
        self.span = span
    }
}

/// The direction of a process substitution.
public enum ProcessSubstitutionDirection: UInt8, Hashable, Sendable {
    /// `<(list)`: the word names a file the list's output can be read from.
    case input
    /// `>(list)`: the word names a file whose contents feed the list.
    case output
}

/// `<(list)` or `>(list)`.
public struct ProcessSubstitution: Hashable, Sendable {
    /// Read from (`<`) or write to (`>`).
    public var direction: ProcessSubstitutionDirection
    /// The commands inside.
    public var body: CommandList
    /// From `<(` or `>(` to `)`.
    public var span: SourceSpan

    /// Creates a process substitution.
    public init(direction: ProcessSubstitutionDirection, body: CommandList, span: SourceSpan) {
        self.direction = direction
        self.body = body
        self.span = span
    }
}

/// Arithmetic text: what stands between `$((` and `))`, inside `(( ))`, in a
/// C-style `for`, or in a substring offset.
///
/// Bash expands parameters and substitutions in this text and only then
/// evaluates it, so it is kept as parts (literal text and expansions) rather
/// than an operator tree; its syntax is checked when it runs, as bash does.
public struct ArithmeticExpression: Hashable, Sendable {
    /// Literal text and expansions, in source order.
    public var parts: [WordPart]
    /// The source bytes of the expression.
    public var span: SourceSpan

    /// Creates an arithmetic expression.
    public init(parts: [WordPart], span: SourceSpan) {
        self.parts = parts
        self.span = span
    }
}

/// How an arithmetic expansion was written.
public enum ArithmeticExpansionStyle: UInt8, Hashable, Sendable {
    /// `$(( ... ))`.
    case dollarDoubleParentheses
    /// `$[ ... ]` (obsolete bash form).
    case dollarBrackets
}

/// `$(( expression ))` or `$[ expression ]`.
public struct ArithmeticExpansion: Hashable, Sendable {
    /// The expression inside.
    public var expression: ArithmeticExpression
    /// Which delimiters were used.
    public var style: ArithmeticExpansionStyle
    /// From `$` to the closing delimiter.
    public var span: SourceSpan

    /// Creates an arithmetic expansion.
    public init(expression: ArithmeticExpression, style: ArithmeticExpansionStyle = .dollarDoubleParentheses, span: SourceSpan) {
        self.expression = expression
        self.style = style
        self.span = span
    }
}

/// `[index]` after an array name in an assignment or parameter expansion.
public struct Subscript: Hashable, Sendable {
    /// The text between the brackets, as literal text and expansions.
    public var parts: [WordPart]
    /// From `[` to `]`.
    public var span: SourceSpan

    /// Creates a subscript.
    public init(parts: [WordPart], span: SourceSpan) {
        self.parts = parts
        self.span = span
    }

    /// Whether the subscript is `[@]` or `[*]` (every element).
    public var isAllElements: Bool {
        if parts.count == 1, case .literal(let l) = parts[0] { return l.text == "@" || l.text == "*" }
        return false
    }
}

/// The operator of an extended glob pattern.
public enum ExtendedGlobOperator: UInt8, Hashable, Sendable {
    /// `?(...)`: zero or one occurrence.
    case zeroOrOne
    /// `*(...)`: zero or more occurrences.
    case zeroOrMore
    /// `+(...)`: one or more occurrences.
    case oneOrMore
    /// `@(...)`: exactly one of the patterns.
    case exactlyOne
    /// `!(...)`: anything except the patterns.
    case none

    /// The operator character.
    public var character: Character {
        switch self {
        case .zeroOrOne: "?"
        case .zeroOrMore: "*"
        case .oneOrMore: "+"
        case .exactlyOne: "@"
        case .none: "!"
        }
    }
}

/// An extended glob pattern such as `@(a|b)` or `!(*.log)`.
public struct ExtendedGlob: Hashable, Sendable {
    /// The operator before the parentheses.
    public var op: ExtendedGlobOperator
    /// The text between the parentheses: literal text (with `|` and nested
    /// parentheses as written), quotes and expansions, which bash expands.
    public var pattern: [WordPart]
    /// From the operator to `)`.
    public var span: SourceSpan

    /// Creates an extended glob.
    public init(op: ExtendedGlobOperator, pattern: [WordPart], span: SourceSpan) {
        self.op = op
        self.pattern = pattern
        self.span = span
    }
}
