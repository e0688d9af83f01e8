@testable import ShellAST

/// Receives every node of a tree, parents before children.
protocol SyntaxNodeVisitor {
    /// A node and its span. A here-document body is `detached`: it lies after
    /// the line of its redirection, outside the redirection's span.
    mutating func enter(_ label: String, _ span: SourceSpan, detachedAfter redirect: SourceSpan?)
    /// The end of the node last entered.
    mutating func leave()
    /// A property of the node last entered (an enum case, a flag).
    mutating func feature(_ name: String)
}

extension SyntaxNodeVisitor {
    mutating func feature(_ name: String) {}
}

/// Visits every node of a tree, with its span, in source order — every node
/// type and every field that holds one, here-document bodies included.
struct SyntaxNodeWalker<V: SyntaxNodeVisitor> {
    var visitor: V

    private mutating func node(_ label: String, _ span: SourceSpan, _ children: (inout Self) -> Void) {
        visitor.enter(label, span, detachedAfter: nil)
        children(&self)
        visitor.leave()
    }

    private mutating func f(_ name: String) { visitor.feature(name) }

    mutating func script(_ s: ShellScript) {
        node("Script", s.span) { $0.list(s.body) }
    }

    mutating func list(_ l: CommandList) {
        node("List", l.span) { w in
            for item in l.items {
                w.node("Item", item.span) { w in
                    w.f("ListSeparator.\(item.separator)")
                    w.node("AndOr", item.andOr.span) { w in
                        w.pipeline(item.andOr.first)
                        for e in item.andOr.rest {
                            w.f("LogicalOperator.\(e.op)")
                            w.pipeline(e.pipeline)
                        }
                    }
                }
            }
        }
    }

    mutating func pipeline(_ p: Pipeline) {
        node("Pipeline", p.span) { w in
            if let t = p.timing { w.f("PipelineTiming.\(t)") }
            if p.isNegated { w.f("Pipeline.negated") }
            if p.commands.isEmpty { w.f("Pipeline.empty") }
            for op in p.operators { w.f("PipeOperator.\(op)") }
            for c in p.commands { w.command(c) }
        }
    }

    mutating func command(_ c: Command) {
        switch c {
        case .simple(let s):
            node("SimpleCommand", s.span) { w in
                for a in s.assignments { w.assignment(a) }
                for x in s.words { w.word(x) }
                for r in s.redirects { w.redirect(r) }
            }
        case .declaration(let d):
            node("DeclarationCommand", d.span) { w in
                for a in d.assignments { w.assignment(a) }
                w.word(d.variant)
                w.f("Declaration.\(d.variant.unquotedLiteral ?? "?")")
                for arg in d.arguments {
                    switch arg {
                    case .word(let x):
                        w.f("DeclarationArgument.word")
                        w.word(x)
                    case .assignment(let a):
                        w.f("DeclarationArgument.assignment")
                        w.assignment(a)
                    }
                }
                for r in d.redirects { w.redirect(r) }
            }
        case .compound(let k):
            compound(k)
        case .function(let fn):
            node("FunctionDefinition", fn.span) { w in
                w.f("FunctionStyle.\(fn.style)")
                w.compound(fn.body)
            }
        case .coprocess(let p):
            node("Coprocess", p.span) { w in
                w.f(p.name == nil ? "Coprocess.unnamed" : "Coprocess.named")
                w.command(p.body)
            }
        }
    }

    mutating func compound(_ c: CompoundCommand) {
        node("CompoundCommand", c.span) { w in
            switch c.kind {
            case .braceGroup(let n): w.node("BraceGroup", n.span) { $0.list(n.body) }
            case .subshell(let n): w.node("Subshell", n.span) { $0.list(n.body) }
            case .ifClause(let n):
                w.node("IfClause", n.span) { w in
                    w.list(n.condition)
                    w.list(n.thenBody)
                    for e in n.elseIfs {
                        w.node("ElseIfClause", e.span) { w in
                            w.list(e.condition)
                            w.list(e.body)
                        }
                    }
                    if let e = n.elseBody {
                        w.f("IfClause.else")
                        w.list(e)
                    }
                }
            case .conditionalLoop(let n):
                w.node("ConditionalLoop", n.span) { w in
                    w.f("LoopKeyword.\(n.keyword)")
                    w.list(n.condition)
                    w.list(n.body)
                }
            case .forLoop(let n):
                w.node("ForLoop", n.span) { w in
                    w.f("ForKeyword.\(n.keyword)")
                    w.f(n.items == nil ? "ForLoop.noIn" : n.items!.isEmpty ? "ForLoop.emptyIn" : "ForLoop.items")
                    for x in n.items ?? [] { w.word(x) }
                    w.list(n.body)
                }
            case .arithmeticFor(let n):
                w.node("ArithmeticForLoop", n.span) { w in
                    w.arithmetic(n.initializer)
                    w.arithmetic(n.test)
                    w.arithmetic(n.update)
                    w.list(n.body)
                }
            case .caseClause(let n):
                w.node("CaseClause", n.span) { w in
                    w.word(n.word)
                    for item in n.items {
                        w.node("CaseItem", item.span) { w in
                            w.f("CaseTerminator.\(item.terminator)")
                            if item.body.items.isEmpty { w.f("CaseItem.emptyBody") }
                            for p in item.patterns { w.word(p) }
                            w.list(item.body)
                        }
                    }
                }
            case .conditional(let n):
                w.node("ConditionalCommand", n.span) { $0.conditional(n.expression) }
            case .arithmetic(let n):
                w.node("ArithmeticCommand", n.span) { $0.arithmetic(n.expression) }
            }
            for r in c.redirects { w.redirect(r) }
        }
    }

    mutating func conditional(_ e: ConditionalExpression) {
        node("ConditionalExpression", e.span) { w in
            switch e.kind {
            case .word(let x):
                w.f("Conditional.word")
                w.word(x)
            case .unary(let op, let x):
                w.f("Conditional.unary")
                w.f("Conditional.unary\(op)")
                w.word(x)
            case .binary(let op, let l, let r):
                w.f("Conditional.binary")
                w.f("Conditional.binary\(op)")
                w.word(l)
                w.word(r)
            case .not(let i):
                w.f("Conditional.not")
                w.conditional(i)
            case .and(let l, let r):
                w.f("Conditional.and")
                w.conditional(l)
                w.conditional(r)
            case .or(let l, let r):
                w.f("Conditional.or")
                w.conditional(l)
                w.conditional(r)
            case .group(let i):
                w.f("Conditional.group")
                w.conditional(i)
            }
        }
    }

    mutating func assignment(_ a: Assignment) {
        node("Assignment", a.span) { w in
            if a.isAppend { w.f("Assignment.append") }
            if let i = a.index {
                w.f("Assignment.index")
                w.subscriptNode(i)
            }
            switch a.value {
            case .scalar(let x):
                w.f(x == nil ? "AssignmentValue.empty" : "AssignmentValue.scalar")
                if let x { w.word(x) }
            case .array(let elements):
                w.f("AssignmentValue.array")
                for e in elements {
                    w.node("ArrayElement", e.span) { w in
                        if let k = e.key {
                            w.f(e.isAppend ? "ArrayElement.keyedAppend" : "ArrayElement.keyed")
                            w.subscriptNode(k)
                        }
                        if let v = e.value { w.word(v) }
                    }
                }
            }
        }
    }

    mutating func redirect(_ r: Redirect) {
        node("Redirect", r.span) { w in
            w.f("RedirectOperator.\(r.op)")
            switch r.descriptor {
            case .number?: w.f("RedirectDescriptor.number")
            case .variable?: w.f("RedirectDescriptor.variable")
            case nil: break
            }
            w.word(r.target)
        }
        if let doc = r.hereDocument {
            visitor.enter("HereDocument", doc.span, detachedAfter: r.span)
            f("HereDocument.\(r.op).\(doc.isQuoted ? "quoted" : "unquoted")")
            parts(doc.body)
            visitor.leave()
        }
    }

    mutating func word(_ x: Word) {
        node("Word", x.span) { $0.parts(x.parts) }
    }

    mutating func subscriptNode(_ s: Subscript) {
        node("Subscript", s.span) { $0.parts(s.parts) }
    }

    mutating func arithmetic(_ a: ArithmeticExpression) {
        node("ArithmeticExpression", a.span) { $0.parts(a.parts) }
    }

    mutating func parts(_ ps: [WordPart]) {
        for p in ps { part(p) }
    }

    mutating func part(_ p: WordPart) {
        switch p {
        case .literal(let l): node("Literal", l.span) { _ in }
        case .singleQuoted(let q): node("SingleQuoted", q.span) { _ in }
        case .ansiCQuoted(let q): node("ANSICQuoted", q.span) { _ in }
        case .doubleQuoted(let q):
            node("DoubleQuoted", q.span) { w in
                if q.isLocalized { w.f("DoubleQuoted.localized") }
                w.parts(q.parts)
            }
        case .parameter(let e): parameter(e)
        case .commandSubstitution(let s):
            node("CommandSubstitution", s.span) { w in
                w.f("CommandSubstitutionStyle.\(s.style)")
                w.list(s.body)
            }
        case .arithmeticExpansion(let a):
            node("ArithmeticExpansion", a.span) { w in
                w.f("ArithmeticExpansionStyle.\(a.style)")
                w.arithmetic(a.expression)
            }
        case .processSubstitution(let s):
            node("ProcessSubstitution", s.span) { w in
                w.f("ProcessSubstitutionDirection.\(s.direction)")
                w.list(s.body)
            }
        case .extendedGlob(let g):
            node("ExtendedGlob", g.span) { w in
                w.f("ExtendedGlobOperator.\(g.op)")
                w.parts(g.pattern)
            }
        }
    }

    mutating func parameter(_ e: ParameterExpansion) {
        node("ParameterExpansion", e.span) { w in
            w.f(e.isBraced ? "Parameter.braced" : "Parameter.unbraced")
            if let p = e.prefix { w.f("ParameterPrefix.\(p)") }
            if let i = e.index { w.subscriptNode(i) }
            guard let op = e.operation else { return }
            switch op {
            case .defaultValue(let k, let null, let x):
                w.f("DefaultValueOperator.\(k)\(null ? ".colon" : "")")
                w.word(x)
            case .removePrefix(let longest, let x):
                w.f("ParameterOperation.removePrefix\(longest ? ".longest" : "")")
                w.word(x)
            case .removeSuffix(let longest, let x):
                w.f("ParameterOperation.removeSuffix\(longest ? ".longest" : "")")
                w.word(x)
            case .replace(let mode, let pattern, let replacement):
                w.f("ReplacementMode.\(mode)")
                w.f(replacement == nil ? "ParameterOperation.replaceWithout" : "ParameterOperation.replaceWith")
                w.word(pattern)
                if let r = replacement { w.word(r) }
            case .changeCase(let k, let x):
                w.f("CaseModification.\(k)")
                w.word(x)
            case .transform(let c):
                w.f("ParameterOperation.transform\(c)")
            case .substring(let o, let l):
                w.f(l == nil ? "ParameterOperation.substring" : "ParameterOperation.substringLength")
                w.arithmetic(o)
                if let l { w.arithmetic(l) }
            case .namesWithPrefix(let star):
                w.f("ParameterOperation.namesWithPrefix\(star ? "*" : "@")")
            }
        }
    }
}
