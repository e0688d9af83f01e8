@testable import ShellAST

/// Receives every node of a tree, parents before children.
protocol SyntaxNodeVisitor {
    /// A node and its span. A here-document body is `detached`: it lies after
    /// the line of its redirection, outside the redirection's span.
    mutating func enter(_ label: String, _ span: SourceSpan, detachedAfter redirect: SourceSpan?)
    /// The end of the node last entered.
    mutating func leave()
    /// Whether the visitor wants ``feature(_:)`` calls (building their names costs time).
    var wantsFeatures: Bool { get }
    /// A property of the node last entered (an enum case, a flag).
    mutating func feature(_ name: String)
    /// Every pipeline, for visitors that look at node values.
    mutating func visit(pipeline: Pipeline)
    /// Every simple command.
    mutating func visit(simpleCommand: SimpleCommand)
    /// Every assignment.
    mutating func visit(assignment: Assignment)
}

extension SyntaxNodeVisitor {
    var wantsFeatures: Bool { false }
    mutating func feature(_ name: String) {}
    mutating func visit(pipeline: Pipeline) {}
    mutating func visit(simpleCommand: SimpleCommand) {}
    mutating func visit(assignment: Assignment) {}
}

/// Visits every node of a tree, with its span, in source order — every node
/// type and every field that holds one, here-document bodies included.
struct SyntaxNodeWalker<V: SyntaxNodeVisitor> {
    var visitor: V

    private mutating func enter(_ label: String, _ span: SourceSpan) {
        visitor.enter(label, span, detachedAfter: nil)
    }

    private mutating func leave() {
        visitor.leave()
    }

    private mutating func f(_ name: @autoclosure () -> String) {
        if visitor.wantsFeatures { visitor.feature(name()) }
    }

    mutating func script(_ s: ShellScript) {
        enter("Script", s.span)
        list(s.body)
        leave()
    }

    mutating func list(_ l: CommandList) {
        enter("List", l.span)
        for item in l.items {
            enter("Item", item.span)
            f("ListSeparator.\(item.separator)")
            enter("AndOr", item.andOr.span)
            pipeline(item.andOr.first)
            for e in item.andOr.rest {
                f("LogicalOperator.\(e.op)")
                pipeline(e.pipeline)
            }
            leave()
            leave()
        }
        leave()
    }

    mutating func pipeline(_ p: Pipeline) {
        visitor.visit(pipeline: p)
        enter("Pipeline", p.span)
        if let t = p.timing { f("PipelineTiming.\(t)") }
        if p.isNegated { f("Pipeline.negated") }
        if p.commands.isEmpty { f("Pipeline.empty") }
        for op in p.operators { f("PipeOperator.\(op)") }
        for c in p.commands { command(c) }
        leave()
    }

    mutating func command(_ c: Command) {
        switch c {
        case .simple(let s):
            visitor.visit(simpleCommand: s)
            enter("SimpleCommand", s.span)
            for a in s.assignments { assignment(a) }
            for x in s.words { word(x) }
            for r in s.redirects { redirect(r) }
            leave()
        case .declaration(let d):
            enter("DeclarationCommand", d.span)
            for a in d.assignments { assignment(a) }
            word(d.variant)
            f("Declaration.\(d.variant.unquotedLiteral ?? "?")")
            for arg in d.arguments {
                switch arg {
                case .word(let x):
                    f("DeclarationArgument.word")
                    word(x)
                case .assignment(let a):
                    f("DeclarationArgument.assignment")
                    if case .array = a.value { f("DeclarationArgument.arrayAssignment") }
                    assignment(a)
                }
            }
            for r in d.redirects { redirect(r) }
            leave()
        case .compound(let k):
            compound(k)
        case .function(let fn):
            enter("FunctionDefinition", fn.span)
            f("FunctionStyle.\(fn.style)")
            compound(fn.body)
            leave()
        case .coprocess(let p):
            enter("Coprocess", p.span)
            f(p.name == nil ? "Coprocess.unnamed" : "Coprocess.named")
            command(p.body)
            leave()
        }
    }

    mutating func compound(_ c: CompoundCommand) {
        enter("CompoundCommand", c.span)
        switch c.kind {
        case .braceGroup(let n):
            enter("BraceGroup", n.span)
            list(n.body)
            leave()
        case .subshell(let n):
            enter("Subshell", n.span)
            list(n.body)
            leave()
        case .ifClause(let n):
            enter("IfClause", n.span)
            list(n.condition)
            list(n.thenBody)
            for e in n.elseIfs {
                enter("ElseIfClause", e.span)
                list(e.condition)
                list(e.body)
                leave()
            }
            if let e = n.elseBody {
                f("IfClause.else")
                list(e)
            }
            leave()
        case .conditionalLoop(let n):
            enter("ConditionalLoop", n.span)
            f("LoopKeyword.\(n.keyword)")
            list(n.condition)
            list(n.body)
            leave()
        case .forLoop(let n):
            enter("ForLoop", n.span)
            f("ForKeyword.\(n.keyword)")
            f(n.items == nil ? "ForLoop.noIn" : n.items!.isEmpty ? "ForLoop.emptyIn" : "ForLoop.items")
            for x in n.items ?? [] { word(x) }
            list(n.body)
            leave()
        case .arithmeticFor(let n):
            enter("ArithmeticForLoop", n.span)
            arithmetic(n.initializer)
            arithmetic(n.test)
            arithmetic(n.update)
            list(n.body)
            leave()
        case .caseClause(let n):
            enter("CaseClause", n.span)
            word(n.word)
            for item in n.items {
                enter("CaseItem", item.span)
                f("CaseTerminator.\(item.terminator)")
                if item.body.items.isEmpty { f("CaseItem.emptyBody") }
                for p in item.patterns { word(p) }
                list(item.body)
                leave()
            }
            leave()
        case .conditional(let n):
            enter("ConditionalCommand", n.span)
            conditional(n.expression)
            leave()
        case .arithmetic(let n):
            enter("ArithmeticCommand", n.span)
            arithmetic(n.expression)
            leave()
        }
        for r in c.redirects { redirect(r) }
        leave()
    }

    mutating func conditional(_ e: ConditionalExpression) {
        enter("ConditionalExpression", e.span)
        switch e.kind {
        case .word(let x):
            f("Conditional.word")
            word(x)
        case .unary(let op, let x):
            f("Conditional.unary")
            f("Conditional.unary\(op)")
            word(x)
        case .binary(let op, let l, let r):
            f("Conditional.binary")
            f("Conditional.binary\(op)")
            word(l)
            word(r)
        case .not(let i):
            f("Conditional.not")
            conditional(i)
        case .and(let l, let r):
            f("Conditional.and")
            conditional(l)
            conditional(r)
        case .or(let l, let r):
            f("Conditional.or")
            conditional(l)
            conditional(r)
        case .group(let i):
            f("Conditional.group")
            conditional(i)
        }
        leave()
    }

    mutating func assignment(_ a: Assignment) {
        visitor.visit(assignment: a)
        enter("Assignment", a.span)
        if a.isAppend { f("Assignment.append") }
        if let i = a.index {
            f("Assignment.index")
            subscriptNode(i)
        }
        switch a.value {
        case .scalar(let x):
            f(x == nil ? "AssignmentValue.empty" : "AssignmentValue.scalar")
            if let x { word(x) }
        case .array(let elements):
            f("AssignmentValue.array")
            for e in elements {
                enter("ArrayElement", e.span)
                if let k = e.key {
                    f(e.isAppend ? "ArrayElement.keyedAppend" : "ArrayElement.keyed")
                    subscriptNode(k)
                }
                if let v = e.value { word(v) }
                leave()
            }
        }
        leave()
    }

    mutating func redirect(_ r: Redirect) {
        enter("Redirect", r.span)
        f("RedirectOperator.\(r.op)")
        switch r.descriptor {
        case .number?: f("RedirectDescriptor.number")
        case .variable?: f("RedirectDescriptor.variable")
        case nil: break
        }
        word(r.target)
        leave()
        if let doc = r.hereDocument {
            visitor.enter("HereDocument", doc.span, detachedAfter: r.span)
            f("HereDocument.\(r.op).\(doc.isQuoted ? "quoted" : "unquoted")")
            parts(doc.body)
            visitor.leave()
        }
    }

    mutating func word(_ x: Word) {
        enter("Word", x.span)
        parts(x.parts)
        leave()
    }

    mutating func subscriptNode(_ s: Subscript) {
        enter("Subscript", s.span)
        parts(s.parts)
        leave()
    }

    mutating func arithmetic(_ a: ArithmeticExpression) {
        enter("ArithmeticExpression", a.span)
        parts(a.parts)
        leave()
    }

    mutating func parts(_ ps: [WordPart]) {
        for p in ps { part(p) }
    }

    mutating func part(_ p: WordPart) {
        switch p {
        case .literal(let l):
            enter("Literal", l.span)
            leave()
        case .singleQuoted(let q):
            enter("SingleQuoted", q.span)
            leave()
        case .ansiCQuoted(let q):
            enter("ANSICQuoted", q.span)
            leave()
        case .doubleQuoted(let q):
            enter("DoubleQuoted", q.span)
            if q.isLocalized { f("DoubleQuoted.localized") }
            parts(q.parts)
            leave()
        case .parameter(let e): parameter(e)
        case .commandSubstitution(let s):
            enter("CommandSubstitution", s.span)
            f("CommandSubstitutionStyle.\(s.style)")
            list(s.body)
            leave()
        case .arithmeticExpansion(let a):
            enter("ArithmeticExpansion", a.span)
            f("ArithmeticExpansionStyle.\(a.style)")
            arithmetic(a.expression)
            leave()
        case .processSubstitution(let s):
            enter("ProcessSubstitution", s.span)
            f("ProcessSubstitutionDirection.\(s.direction)")
            list(s.body)
            leave()
        case .extendedGlob(let g):
            enter("ExtendedGlob", g.span)
            f("ExtendedGlobOperator.\(g.op)")
            parts(g.pattern)
            leave()
        }
    }

    mutating func parameter(_ e: ParameterExpansion) {
        enter("ParameterExpansion", e.span)
        defer { leave() }
        f(e.isBraced ? "Parameter.braced" : "Parameter.unbraced")
        if let p = e.prefix { f("ParameterPrefix.\(p)") }
        if let i = e.index { subscriptNode(i) }
        guard let op = e.operation else { return }
        switch op {
        case .defaultValue(let k, let null, let x):
            f("DefaultValueOperator.\(k)\(null ? ".colon" : "")")
            word(x)
        case .removePrefix(let longest, let x):
            f("ParameterOperation.removePrefix\(longest ? ".longest" : "")")
            word(x)
        case .removeSuffix(let longest, let x):
            f("ParameterOperation.removeSuffix\(longest ? ".longest" : "")")
            word(x)
        case .replace(let mode, let pattern, let replacement):
            f("ReplacementMode.\(mode)")
            f(replacement == nil ? "ParameterOperation.replaceWithout" : "ParameterOperation.replaceWith")
            word(pattern)
            if let r = replacement { word(r) }
        case .changeCase(let k, let x):
            f("CaseModification.\(k)")
            word(x)
        case .transform(let c):
            f("ParameterOperation.transform\(c)")
        case .substring(let o, let l):
            f(l == nil ? "ParameterOperation.substring" : "ParameterOperation.substringLength")
            arithmetic(o)
            if let l { arithmetic(l) }
        case .namesWithPrefix(let star):
            f("ParameterOperation.namesWithPrefix\(star ? "*" : "@")")
        }
    }
}
