@testable import ShellAST

// MARK: What builders accept

/// One element of a simple command in a builder call: a word, an assignment
/// or a redirection, sorted into place by ``TreeBuilding/simple(_:)``.
protocol SimpleCommandBuildable: Sendable {}

extension Assignment: SimpleCommandBuildable {}
extension Redirect: SimpleCommandBuildable {}

/// Anything that can be an item of a command list.
protocol ListItemBuildable: Sendable {
    var builtItem: ListItem { get }
}

/// Anything that can be an and-or list.
protocol AndOrBuildable: ListItemBuildable {
    var builtAndOr: AndOrList { get }
}

/// Anything that can be a pipeline.
protocol PipelineBuildable: AndOrBuildable {
    var builtPipeline: Pipeline { get }
}

extension AndOrBuildable {
    var builtItem: ListItem { ListItem(andOr: builtAndOr, separator: .sequential, span: .zero) }
}

extension PipelineBuildable {
    var builtAndOr: AndOrList { AndOrList(first: builtPipeline, span: .zero) }
}

extension Command: PipelineBuildable {
    var builtPipeline: Pipeline { Pipeline(commands: [self], span: .zero) }
}

extension Pipeline: PipelineBuildable {
    var builtPipeline: Pipeline { self }
}

extension AndOrList: AndOrBuildable {
    var builtAndOr: AndOrList { self }
}

extension ListItem: ListItemBuildable {
    var builtItem: ListItem { self }
}

/// A list from builder items.
func makeList(_ items: [any ListItemBuildable]) -> CommandList {
    CommandList(items: items.map(\.builtItem), span: .zero)
}

extension TreeBuilding {
    // MARK: Scripts and lists

    static func script(_ items: any ListItemBuildable...) -> ShellScript {
        ShellScript(body: makeList(items), span: .zero)
    }

    static func list(_ items: any ListItemBuildable...) -> CommandList { makeList(items) }

    /// An item run in the background (`... &`).
    static func background(_ x: any AndOrBuildable) -> ListItem {
        ListItem(andOr: x.builtAndOr, separator: .background, span: .zero)
    }

    /// `a && b || c` as `chain(a, .and, b, .or, c)`-style pairs.
    static func chain(_ first: any PipelineBuildable, _ rest: (LogicalOperator, any PipelineBuildable)...) -> AndOrList {
        AndOrList(
            first: first.builtPipeline,
            rest: rest.map { AndOrElement(op: $0.0, pipeline: $0.1.builtPipeline) }, span: .zero)
    }

    /// Commands joined by `|` (or the operators given).
    static func pipe(
        _ commands: Command..., operators: [PipeOperator]? = nil, negated: Bool = false, timing: PipelineTiming? = nil
    ) -> Pipeline {
        Pipeline(
            timing: timing, isNegated: negated, commands: commands,
            operators: operators ?? Array(repeating: .pipe, count: max(commands.count - 1, 0)), span: .zero)
    }

    // MARK: Simple commands

    /// Words, assignments and redirections, each put in its place.
    static func simple(_ elements: any SimpleCommandBuildable...) -> Command { buildSimple(elements) }

    /// `echo` and its arguments, the most common command in the tables.
    static func echo(_ elements: any SimpleCommandBuildable...) -> Command { buildSimple(["echo"] + elements) }

    private static func buildSimple(_ elements: [any SimpleCommandBuildable]) -> Command {
        var words: [Word] = []
        var assignments: [Assignment] = []
        var redirects: [Redirect] = []
        for e in elements {
            switch e {
            case let a as Assignment: assignments.append(a)
            case let r as Redirect: redirects.append(r)
            case let x as any WordBuildable: words.append(x.builtWord)
            default: preconditionFailure("not a simple-command element: \(e)")
            }
        }
        return .simple(SimpleCommand(assignments: assignments, words: words, redirects: redirects, span: .zero))
    }

    /// A declaration builtin: arguments are words or assignments; `prefix` are
    /// assignments before the builtin's name.
    static func declaration(_ name: String, prefix: [Assignment] = [], _ arguments: any SimpleCommandBuildable...) -> Command {
        var args: [DeclarationArgument] = []
        var redirects: [Redirect] = []
        for a in arguments {
            switch a {
            case let x as Assignment: args.append(.assignment(x))
            case let r as Redirect: redirects.append(r)
            case let x as any WordBuildable: args.append(.word(x.builtWord))
            default: preconditionFailure("not a declaration argument: \(a)")
            }
        }
        return .declaration(DeclarationCommand(
            assignments: prefix, variant: name.builtWord, arguments: args, redirects: redirects, span: .zero))
    }

    // MARK: Assignments

    /// `name=value` (`name=` when `value` is nil), `name[i]=value`, `name+=value`.
    static func assign(_ name: String, _ value: (any WordBuildable)? = nil, index: Subscript? = nil, append: Bool = false) -> Assignment {
        Assignment(name: name, index: index, isAppend: append, value: .scalar(value?.builtWord), span: .zero)
    }

    /// `name=(elements)` or `name+=(elements)`.
    static func assignArray(_ name: String, _ elements: ArrayElement..., append: Bool = false) -> Assignment {
        Assignment(name: name, isAppend: append, value: .array(elements), span: .zero)
    }

    /// A plain array element.
    static func element(_ value: some WordBuildable) -> ArrayElement {
        ArrayElement(value: value.builtWord, span: .zero)
    }

    /// `[key]=value` (or `[key]+=value`); `[key]=` when `value` is nil.
    static func element(key: Subscript, _ value: (any WordBuildable)?, append: Bool = false) -> ArrayElement {
        ArrayElement(key: key, isAppend: append, value: value?.builtWord, span: .zero)
    }

    // MARK: Redirections

    private static func redirectOperator(_ token: String) -> RedirectOperator {
        guard let op = RedirectOperator.allCases.first(where: { $0.token == token }) else {
            preconditionFailure("no redirection operator `\(token)`")
        }
        return op
    }

    /// `[fd]op target`, e.g. `redirect(">", "out")`, `redirect(">&", "1", fd: 2)`.
    static func redirect(_ token: String, _ target: some WordBuildable, fd: Int? = nil) -> Redirect {
        Redirect(descriptor: fd.map { .number($0) }, op: redirectOperator(token), target: target.builtWord, span: .zero)
    }

    /// `{name}op target`.
    static func redirect(_ token: String, _ target: some WordBuildable, variable: String) -> Redirect {
        Redirect(descriptor: .variable(variable), op: redirectOperator(token), target: target.builtWord, span: .zero)
    }

    /// `<<word` (or `<<-word` when `stripTabs`) with its body; `delimiter` is the word after quote removal.
    static func hereDoc(
        _ word: some WordBuildable, stripTabs: Bool = false, delimiter: String, quoted: Bool = false,
        body: [WordPart], fd: Int? = nil
    ) -> Redirect {
        Redirect(
            descriptor: fd.map { .number($0) }, op: stripTabs ? .hereDocumentStrippingTabs : .hereDocument, target: word.builtWord,
            hereDocument: HereDocument(delimiter: delimiter, isQuoted: quoted, body: body, span: .zero), span: .zero)
    }
}
