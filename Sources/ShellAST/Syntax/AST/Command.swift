/// One command of a pipeline.
public enum Command: Hashable, Sendable {
    /// A simple command: assignments, words and redirections (`A=1 ls -l >out`).
    case simple(SimpleCommand)
    /// A declaration builtin (`declare`, `typeset`, `local`, `export`, `readonly`)
    /// whose arguments may be assignments, including array assignments.
    /// Boxed: declarations are rare, and inline they would double every command's size.
    indirect case declaration(DeclarationCommand)
    /// A compound command (`{ }`, `( )`, `if`, loops, `case`, `[[ ]]`, `(( ))`) with
    /// its trailing redirections.
    indirect case compound(CompoundCommand)
    /// A function definition (`f() { ...; }`, `function f { ...; }`).
    indirect case function(FunctionDefinition)
    /// `coproc [NAME] command`.
    indirect case coprocess(Coprocess)

    /// The source bytes of the command.
    public var span: SourceSpan {
        switch self {
        case .simple(let c): c.span
        case .declaration(let c): c.span
        case .compound(let c): c.span
        case .function(let c): c.span
        case .coprocess(let c): c.span
        }
    }
}

/// A simple command: leading assignments, words (the first is the command name)
/// and redirections, which may appear anywhere among the words.
public struct SimpleCommand: Hashable, Sendable {
    /// `NAME=value` words before the command name.
    public var assignments: [Assignment]
    /// The command name and its arguments. Empty for a command of only
    /// assignments and/or redirections (`A=1`, `>file`).
    public var words: [Word]
    /// Redirections, in source order.
    public var redirects: [Redirect]
    /// From the first assignment, word or redirection to the last one's end.
    public var span: SourceSpan

    /// Creates a simple command.
    public init(
        assignments: [Assignment] = [], words: [Word], redirects: [Redirect] = [],
        span: SourceSpan
    ) {
        self.assignments = assignments
        self.words = words
        self.redirects = redirects
        self.span = span
    }
}

/// An argument of a ``DeclarationCommand``.
public enum DeclarationArgument: Hashable, Sendable {
    /// An option or a name without a value (`-x`, `PATH`, `"$v"`).
    case word(Word)
    /// An assignment (`A=1`, `a=(1 2)`, `a[3]+=x`).
    case assignment(Assignment)

    /// The source bytes of the argument.
    public var span: SourceSpan {
        switch self {
        case .word(let w): w.span
        case .assignment(let a): a.span
        }
    }
}

/// `declare`, `typeset`, `local`, `export` or `readonly` with its arguments,
/// which bash parses as assignments when they look like assignments.
public struct DeclarationCommand: Hashable, Sendable {
    /// Assignments before the builtin's name (`A=1 export B`).
    public var assignments: [Assignment]
    /// The builtin's name as written (one of the five, unquoted).
    public var variant: Word
    /// The arguments after the name, in order.
    public var arguments: [DeclarationArgument]
    /// Redirections, in source order.
    public var redirects: [Redirect]
    /// The whole command.
    public var span: SourceSpan

    /// Creates a declaration command.
    public init(
        assignments: [Assignment] = [], variant: Word, arguments: [DeclarationArgument],
        redirects: [Redirect] = [], span: SourceSpan
    ) {
        self.assignments = assignments
        self.variant = variant
        self.arguments = arguments
        self.redirects = redirects
        self.span = span
    }

    /// The names bash treats as declaration builtins.
    public static let builtinNames: Set<String> = ["declare", "typeset", "local", "export", "readonly"]
}

/// How a function definition was written.
public enum FunctionStyle: UInt8, Hashable, Sendable {
    /// `name() body`.
    case posix
    /// `function name body`.
    case keyword
    /// `function name() body`.
    case keywordWithParentheses
}

/// A function definition. The body runs each time the function is called.
public struct FunctionDefinition: Hashable, Sendable {
    /// The function's name.
    public var name: String
    /// How the definition was written.
    public var style: FunctionStyle
    /// The body, a compound command with its own redirections.
    public var body: CompoundCommand
    /// From the name (or `function`) to the end of the body.
    public var span: SourceSpan

    /// Creates a function definition.
    public init(name: String, style: FunctionStyle, body: CompoundCommand, span: SourceSpan) {
        self.name = name
        self.style = style
        self.body = body
        self.span = span
    }
}

/// `coproc [NAME] command`: runs the command asynchronously with a two-way pipe.
public struct Coprocess: Hashable, Sendable {
    /// The coprocess name, allowed only before a compound command.
    public var name: String?
    /// The command that runs as the coprocess.
    public var body: Command
    /// From `coproc` to the end of the body.
    public var span: SourceSpan

    /// Creates a coprocess node.
    public init(name: String?, body: Command, span: SourceSpan) {
        self.name = name
        self.body = body
        self.span = span
    }
}
