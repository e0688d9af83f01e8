/// A parsed shell program: the top-level list of commands.
public struct ShellScript: Hashable, Sendable {
    /// The commands of the program, in source order.
    public var body: CommandList
    /// The whole input.
    public var span: SourceSpan

    /// Creates a script node.
    public init(body: CommandList, span: SourceSpan) {
        self.body = body
        self.span = span
    }
}

/// A sequence of and-or lists separated by `;`, `&` or newlines.
///
/// The separator is canonical: `a; b`, `a` newline `b` and `a; b;` all parse to
/// the same list, and a missing final separator means ``ListSeparator/sequential``.
public struct CommandList: Hashable, Sendable {
    /// The items, in source order.
    public var items: [ListItem]
    /// From the first item's start to the last item's end (empty for an empty list).
    public var span: SourceSpan

    /// Creates a list node.
    public init(items: [ListItem], span: SourceSpan) {
        self.items = items
        self.span = span
    }
}

/// How an item of a ``CommandList`` is terminated.
public enum ListSeparator: UInt8, Hashable, Sendable {
    /// `;`, a newline, or nothing: the shell waits for the item to finish.
    case sequential
    /// `&`: the item runs asynchronously in the background.
    case background
}

/// One item of a ``CommandList``: an and-or list and how it is terminated.
public struct ListItem: Hashable, Sendable {
    /// The commands joined by `&&` and `||`.
    public var andOr: AndOrList
    /// Whether the item runs in the background.
    public var separator: ListSeparator
    /// The and-or list plus its `;` or `&`, when present.
    public var span: SourceSpan

    /// Creates a list item.
    public init(andOr: AndOrList, separator: ListSeparator, span: SourceSpan) {
        self.andOr = andOr
        self.separator = separator
        self.span = span
    }
}

/// `&&` or `||` between two pipelines.
public enum LogicalOperator: UInt8, Hashable, Sendable {
    /// `&&`: run the right side if the left side succeeded.
    case and
    /// `||`: run the right side if the left side failed.
    case or
}

/// Pipelines joined by `&&` and `||`, evaluated left to right.
public struct AndOrList: Hashable, Sendable {
    /// The first pipeline.
    public var first: Pipeline
    /// Each following pipeline with the operator before it.
    public var rest: [AndOrElement]
    /// From the first pipeline's start to the last one's end.
    public var span: SourceSpan

    /// Creates an and-or list.
    public init(first: Pipeline, rest: [AndOrElement] = [], span: SourceSpan) {
        self.first = first
        self.rest = rest
        self.span = span
    }

    /// All pipelines in order.
    public var pipelines: [Pipeline] { [first] + rest.map(\.pipeline) }
}

/// A pipeline preceded by `&&` or `||` in an ``AndOrList``.
public struct AndOrElement: Hashable, Sendable {
    /// The operator before the pipeline.
    public var op: LogicalOperator
    /// The pipeline.
    public var pipeline: Pipeline

    /// Creates an element.
    public init(op: LogicalOperator, pipeline: Pipeline) {
        self.op = op
        self.pipeline = pipeline
    }
}

/// `|` or `|&` between two commands of a pipeline.
public enum PipeOperator: UInt8, Hashable, Sendable {
    /// `|`: standard output feeds the next command.
    case pipe
    /// `|&`: standard output and standard error feed the next command.
    case pipeWithStderr
}

/// The `time` reserved word in front of a pipeline.
public enum PipelineTiming: UInt8, Hashable, Sendable {
    /// `time`.
    case time
    /// `time -p` (POSIX output format).
    case timePosix
}

/// Commands joined by `|` or `|&`, optionally negated with `!` and timed with `time`.
public struct Pipeline: Hashable, Sendable {
    /// `time` or `time -p` in front of the pipeline, if any.
    public var timing: PipelineTiming?
    /// Whether the exit status is negated with `!`.
    public var isNegated: Bool
    /// The commands, left to right. Empty only for a bare `time` or `!`.
    public var commands: [Command]
    /// `operators[i]` joins `commands[i]` and `commands[i + 1]`.
    public var operators: [PipeOperator]
    /// From `time`/`!` (or the first command) to the last command's end.
    public var span: SourceSpan

    /// Creates a pipeline.
    public init(
        timing: PipelineTiming? = nil, isNegated: Bool = false, commands: [Command],
        operators: [PipeOperator] = [], span: SourceSpan
    ) {
        self.timing = timing
        self.isNegated = isNegated
        self.commands = commands
        self.operators = operators
        self.span = span
    }
}
