/// Where a node sits, as the walker reports it.
public struct WalkContext: Hashable, Sendable {
    /// The constructs that hold a node.
    public enum Container: Hashable, Sendable {
        /// The top-level list.
        case script
        /// The body or condition of a compound command.
        case compoundCommand
        /// A function definition's body (runs when the function is called).
        case functionBody
        /// A coprocess body.
        case coprocess
        /// `$( )` or backquotes.
        case commandSubstitution
        /// `<( )` or `>( )`.
        case processSubstitution
    }

    /// How many containers enclose the node (0 at the top level).
    public var depth: Int
    /// The innermost container.
    public var container: Container
    /// Whether the node is inside a word (a substitution in an argument, an
    /// assignment, a redirection target, a here-document body, arithmetic, an
    /// index, a parameter operand...), where it runs as part of expanding that word.
    public var isInsideWord: Bool

    /// The context of a top-level node.
    public static let topLevel = WalkContext(depth: 0, container: .script, isInsideWord: false)

    func entering(_ c: Container, word: Bool = false) -> WalkContext {
        WalkContext(depth: depth + 1, container: c, isInsideWord: isInsideWord || word)
    }
}

/// A visitor over a syntax tree. Every method has a default that visits
/// everything, so a visitor implements only what it needs.
public protocol SyntaxVisitor {
    /// Called for every command (simple, declaration, compound, function
    /// definition, coprocess) before its parts; return `false` to skip them.
    mutating func visit(command: Command, context: WalkContext) -> Bool
    /// Called for every word, including operands, patterns and here-document
    /// delimiters, before its parts; return `false` to skip them.
    mutating func visit(word: Word, context: WalkContext) -> Bool
}

extension SyntaxVisitor {
    /// Visits the command's parts.
    public mutating func visit(command: Command, context: WalkContext) -> Bool { true }
    /// Visits the word's parts.
    public mutating func visit(word: Word, context: WalkContext) -> Bool { true }
}

extension ShellScript {
    /// Walks the whole tree in source order, calling `visitor` for every command
    /// and word: those in lists and pipelines, in compound-command bodies and
    /// conditions, in function and coprocess bodies, and in every word
    /// (substitutions, here-document bodies, arithmetic, indexes, parameter
    /// operands, extended-glob patterns, `[[ ]]` operands).
    public func walk<V: SyntaxVisitor>(_ visitor: inout V) {
        var w = TreeWalker(visitor: visitor)
        w.list(body, .topLevel)
        visitor = w.visitor
    }

    /// Calls `body` for every command in the tree, nested ones included, in source order.
    public func forEachCommand(_ body: (Command, WalkContext) -> Void) {
        withoutActuallyEscaping(body) { escapable in
            var v = ClosureVisitor(body: escapable)
            walk(&v)
        }
    }
}

private struct ClosureVisitor: SyntaxVisitor {
    let body: (Command, WalkContext) -> Void
    mutating func visit(command: Command, context: WalkContext) -> Bool {
        body(command, context)
        return true
    }
}

struct TreeWalker<V: SyntaxVisitor> {
    var visitor: V

    mutating func list(_ l: CommandList, _ ctx: WalkContext) {
        for item in l.items {
            pipeline(item.andOr.first, ctx)
            for e in item.andOr.rest { pipeline(e.pipeline, ctx) }
        }
    }

    mutating func pipeline(_ p: Pipeline, _ ctx: WalkContext) {
        for c in p.commands { command(c, ctx) }
    }

    mutating func command(_ c: Command, _ ctx: WalkContext) {
        guard visitor.visit(command: c, context: ctx) else { return }
        switch c {
        case .simple(let s):
            for a in s.assignments { assignment(a, ctx) }
            for w in s.words { word(w, ctx) }
            for r in s.redirects { redirect(r, ctx) }
        case .declaration(let d):
            for a in d.assignments { assignment(a, ctx) }
            word(d.variant, ctx)
            for arg in d.arguments {
                switch arg {
                case .word(let w): word(w, ctx)
                case .assignment(let a): assignment(a, ctx)
                }
            }
            for r in d.redirects { redirect(r, ctx) }
        case .compound(let k):
            compound(k, ctx.entering(.compoundCommand))
        case .function(let f):
            compound(f.body, ctx.entering(.functionBody))
        case .coprocess(let p):
            command(p.body, ctx.entering(.coprocess))
        }
    }

    mutating func compound(_ c: CompoundCommand, _ ctx: WalkContext) {
        switch c.kind {
        case .braceGroup(let g): list(g.body, ctx)
        case .subshell(let s): list(s.body, ctx)
        case .ifClause(let n):
            list(n.condition, ctx)
            list(n.thenBody, ctx)
            for e in n.elseIfs {
                list(e.condition, ctx)
                list(e.body, ctx)
            }
            if let e = n.elseBody { list(e, ctx) }
        case .conditionalLoop(let n):
            list(n.condition, ctx)
            list(n.body, ctx)
        case .forLoop(let n):
            for w in n.items ?? [] { word(w, ctx) }
            list(n.body, ctx)
        case .arithmeticFor(let n):
            parts(n.initializer.parts, ctx)
            parts(n.test.parts, ctx)
            parts(n.update.parts, ctx)
            list(n.body, ctx)
        case .caseClause(let n):
            word(n.word, ctx)
            for item in n.items {
                for p in item.patterns { word(p, ctx) }
                list(item.body, ctx)
            }
        case .conditional(let n):
            conditional(n.expression, ctx)
        case .arithmetic(let n):
            parts(n.expression.parts, ctx)
        }
        for r in c.redirects { redirect(r, ctx) }
    }

    mutating func conditional(_ e: ConditionalExpression, _ ctx: WalkContext) {
        switch e.kind {
        case .word(let w): word(w, ctx)
        case .unary(_, let w): word(w, ctx)
        case .binary(_, let a, let b):
            word(a, ctx)
            word(b, ctx)
        case .not(let i), .group(let i): conditional(i, ctx)
        case .and(let a, let b), .or(let a, let b):
            conditional(a, ctx)
            conditional(b, ctx)
        }
    }

    mutating func assignment(_ a: Assignment, _ ctx: WalkContext) {
        if let i = a.index { parts(i.parts, ctx) }
        switch a.value {
        case .scalar(let w):
            if let w { word(w, ctx) }
        case .array(let elements):
            for e in elements {
                if let k = e.key { parts(k.parts, ctx) }
                if let v = e.value { word(v, ctx) }
            }
        }
    }

    mutating func redirect(_ r: Redirect, _ ctx: WalkContext) {
        word(r.target, ctx)
        if let doc = r.hereDocument { parts(doc.body, ctx) }
    }

    mutating func word(_ w: Word, _ ctx: WalkContext) {
        guard visitor.visit(word: w, context: ctx) else { return }
        parts(w.parts, ctx)
    }

    mutating func parts(_ ps: [WordPart], _ ctx: WalkContext) {
        for p in ps { part(p, ctx) }
    }

    mutating func part(_ p: WordPart, _ ctx: WalkContext) {
        switch p {
        case .literal, .singleQuoted, .ansiCQuoted: break
        case .doubleQuoted(let q): parts(q.parts, ctx)
        case .parameter(let e): parameter(e, ctx)
        case .commandSubstitution(let s): list(s.body, ctx.entering(.commandSubstitution, word: true))
        case .processSubstitution(let s): list(s.body, ctx.entering(.processSubstitution, word: true))
        case .arithmeticExpansion(let a): parts(a.expression.parts, ctx)
        case .extendedGlob(let g): parts(g.pattern, ctx)
        }
    }

    mutating func parameter(_ e: ParameterExpansion, _ ctx: WalkContext) {
        if let i = e.index { parts(i.parts, ctx) }
        guard let op = e.operation else { return }
        switch op {
        case .defaultValue(_, _, let w), .removePrefix(_, let w), .removeSuffix(_, let w), .changeCase(_, let w):
            word(w, ctx)
        case .replace(_, let pattern, let replacement):
            word(pattern, ctx)
            if let r = replacement { word(r, ctx) }
        case .substring(let o, let l):
            parts(o.parts, ctx)
            if let l { parts(l.parts, ctx) }
        case .transform, .namesWithPrefix:
            break
        }
    }
}
