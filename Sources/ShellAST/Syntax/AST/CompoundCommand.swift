/// A compound command and the redirections that follow it (`{ ...; } >log`).
public struct CompoundCommand: Hashable, Sendable {
    /// What kind of compound command this is.
    public var kind: CompoundKind
    /// Redirections after the closing keyword, applied to the whole command.
    public var redirects: [Redirect]
    /// From the opening keyword to the last redirection.
    public var span: SourceSpan

    /// Creates a compound command.
    public init(kind: CompoundKind, redirects: [Redirect] = [], span: SourceSpan) {
        self.kind = kind
        self.redirects = redirects
        self.span = span
    }
}

/// The kinds of compound command.
public enum CompoundKind: Hashable, Sendable {
    /// `{ list; }`: runs in the current shell.
    case braceGroup(BraceGroup)
    /// `( list )`: runs in a subshell.
    case subshell(Subshell)
    /// `if ...; then ...; [elif ...; then ...;] [else ...;] fi`.
    case ifClause(IfClause)
    /// `while ...; do ...; done` or `until ...; do ...; done`.
    case conditionalLoop(ConditionalLoop)
    /// `for name [in words]; do ...; done` or `select name [in words]; do ...; done`.
    case forLoop(ForLoop)
    /// `for ((init; test; update)); do ...; done`.
    case arithmeticFor(ArithmeticForLoop)
    /// `case word in pattern) ...;; esac`.
    case caseClause(CaseClause)
    /// `[[ expression ]]`.
    case conditional(ConditionalCommand)
    /// `(( expression ))`.
    case arithmetic(ArithmeticCommand)

    /// The source bytes of the construct, without trailing redirections.
    public var span: SourceSpan {
        switch self {
        case .braceGroup(let n): n.span
        case .subshell(let n): n.span
        case .ifClause(let n): n.span
        case .conditionalLoop(let n): n.span
        case .forLoop(let n): n.span
        case .arithmeticFor(let n): n.span
        case .caseClause(let n): n.span
        case .conditional(let n): n.span
        case .arithmetic(let n): n.span
        }
    }
}

/// `{ list; }`.
public struct BraceGroup: Hashable, Sendable {
    /// The commands inside the braces.
    public var body: CommandList
    /// From `{` to `}`.
    public var span: SourceSpan

    /// Creates a brace group.
    public init(body: CommandList, span: SourceSpan) {
        self.body = body
        self.span = span
    }
}

/// `( list )`.
public struct Subshell: Hashable, Sendable {
    /// The commands inside the parentheses.
    public var body: CommandList
    /// From `(` to `)`.
    public var span: SourceSpan

    /// Creates a subshell.
    public init(body: CommandList, span: SourceSpan) {
        self.body = body
        self.span = span
    }
}

/// `if` with its `elif` and `else` branches.
public struct IfClause: Hashable, Sendable {
    /// The list after `if`.
    public var condition: CommandList
    /// The list after `then`.
    public var thenBody: CommandList
    /// The `elif` branches, in order.
    public var elseIfs: [ElseIfClause]
    /// The list after `else`, if any.
    public var elseBody: CommandList?
    /// From `if` to `fi`.
    public var span: SourceSpan

    /// Creates an if clause.
    public init(
        condition: CommandList, thenBody: CommandList, elseIfs: [ElseIfClause] = [],
        elseBody: CommandList? = nil, span: SourceSpan
    ) {
        self.condition = condition
        self.thenBody = thenBody
        self.elseIfs = elseIfs
        self.elseBody = elseBody
        self.span = span
    }
}

/// `elif condition; then body`.
public struct ElseIfClause: Hashable, Sendable {
    /// The list after `elif`.
    public var condition: CommandList
    /// The list after `then`.
    public var body: CommandList
    /// From `elif` to the end of the body.
    public var span: SourceSpan

    /// Creates an elif branch.
    public init(condition: CommandList, body: CommandList, span: SourceSpan) {
        self.condition = condition
        self.body = body
        self.span = span
    }
}

/// `while` or `until`.
public enum LoopKeyword: UInt8, Hashable, Sendable {
    /// Loop while the condition succeeds.
    case `while`
    /// Loop until the condition succeeds.
    case until
}

/// `while condition; do body; done` or `until condition; do body; done`.
public struct ConditionalLoop: Hashable, Sendable {
    /// `while` or `until`.
    public var keyword: LoopKeyword
    /// The condition list.
    public var condition: CommandList
    /// The list between `do` and `done`.
    public var body: CommandList
    /// From the keyword to `done`.
    public var span: SourceSpan

    /// Creates a loop.
    public init(keyword: LoopKeyword, condition: CommandList, body: CommandList, span: SourceSpan) {
        self.keyword = keyword
        self.condition = condition
        self.body = body
        self.span = span
    }
}

/// `for` or `select`.
public enum ForKeyword: UInt8, Hashable, Sendable {
    /// `for name in words`.
    case `for`
    /// `select name in words` (an interactive menu).
    case select
}

/// `for name [in words]; do body; done` and `select name [in words]; do body; done`.
///
/// A body written as `{ ...; }` parses to the same node as `do ...; done`.
public struct ForLoop: Hashable, Sendable {
    /// `for` or `select`.
    public var keyword: ForKeyword
    /// The loop variable.
    public var variable: String
    /// The words after `in`; `nil` when there is no `in` (loop over `"$@"`).
    public var items: [Word]?
    /// The loop body.
    public var body: CommandList
    /// From the keyword to `done`.
    public var span: SourceSpan

    /// Creates a for or select loop.
    public init(keyword: ForKeyword, variable: String, items: [Word]?, body: CommandList, span: SourceSpan) {
        self.keyword = keyword
        self.variable = variable
        self.items = items
        self.body = body
        self.span = span
    }
}

/// `for ((init; test; update)); do body; done`.
public struct ArithmeticForLoop: Hashable, Sendable {
    /// The initialiser expression (may be empty).
    public var initializer: ArithmeticExpression
    /// The test expression (may be empty, meaning true).
    public var test: ArithmeticExpression
    /// The update expression (may be empty).
    public var update: ArithmeticExpression
    /// The loop body.
    public var body: CommandList
    /// From `for` to `done`.
    public var span: SourceSpan

    /// Creates an arithmetic for loop.
    public init(
        initializer: ArithmeticExpression, test: ArithmeticExpression, update: ArithmeticExpression,
        body: CommandList, span: SourceSpan
    ) {
        self.initializer = initializer
        self.test = test
        self.update = update
        self.body = body
        self.span = span
    }
}

/// `case word in ... esac`.
public struct CaseClause: Hashable, Sendable {
    /// The word matched against the patterns.
    public var word: Word
    /// The branches, in order.
    public var items: [CaseItem]
    /// From `case` to `esac`.
    public var span: SourceSpan

    /// Creates a case clause.
    public init(word: Word, items: [CaseItem], span: SourceSpan) {
        self.word = word
        self.items = items
        self.span = span
    }
}

/// What happens after a case branch runs.
public enum CaseTerminator: UInt8, Hashable, Sendable {
    /// `;;` (or none on the last branch): stop.
    case `break`
    /// `;&`: run the next branch's body too.
    case fallThrough
    /// `;;&`: keep testing the following patterns.
    case `continue`
}

/// One branch of a ``CaseClause``: `pattern | pattern) body ;;`.
public struct CaseItem: Hashable, Sendable {
    /// The patterns, at least one.
    public var patterns: [Word]
    /// The commands run on a match (may be empty).
    public var body: CommandList
    /// How the branch ends.
    public var terminator: CaseTerminator
    /// From the first pattern to the terminator.
    public var span: SourceSpan

    /// Creates a case branch.
    public init(patterns: [Word], body: CommandList, terminator: CaseTerminator, span: SourceSpan) {
        self.patterns = patterns
        self.body = body
        self.terminator = terminator
        self.span = span
    }
}

/// `[[ expression ]]`.
public struct ConditionalCommand: Hashable, Sendable {
    /// The test expression.
    public var expression: ConditionalExpression
    /// From `[[` to `]]`.
    public var span: SourceSpan

    /// Creates a conditional command.
    public init(expression: ConditionalExpression, span: SourceSpan) {
        self.expression = expression
        self.span = span
    }
}

/// `(( expression ))`.
public struct ArithmeticCommand: Hashable, Sendable {
    /// The arithmetic text between the parentheses.
    public var expression: ArithmeticExpression
    /// From `((` to `))`.
    public var span: SourceSpan

    /// Creates an arithmetic command.
    public init(expression: ArithmeticExpression, span: SourceSpan) {
        self.expression = expression
        self.span = span
    }
}
