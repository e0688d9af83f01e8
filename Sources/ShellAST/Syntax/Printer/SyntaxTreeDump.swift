extension ShellScript {
    /// The tree in a readable indented form, one node per line, with spans
    /// (`start..<end`) unless `includeSpans` is false.
    ///
    /// With spans omitted, two trees have the same description exactly when
    /// they are structurally equal.
    public func treeDescription(includeSpans: Bool = true) -> String {
        var d = TreeDumper(includeSpans: includeSpans)
        d.node("Script", span, 0)
        d.list(body, 1)
        return d.out
    }
}

struct TreeDumper {
    let includeSpans: Bool
    var out = ""

    mutating func node(_ label: String, _ span: SourceSpan?, _ level: Int) {
        out += String(repeating: "  ", count: level)
        out += label
        if includeSpans, let s = span { out += " " + s.description }
        out += "\n"
    }

    static func quote(_ s: String) -> String {
        var r = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": r += "\\\""
            case "\\": r += "\\\\"
            case "\n": r += "\\n"
            case "\t": r += "\\t"
            default:
                if c.value < 0x20 || c.value == 0x7F {
                    r += "\\u{" + String(c.value, radix: 16) + "}"
                } else {
                    r.unicodeScalars.append(c)
                }
            }
        }
        return r + "\""
    }

    mutating func list(_ l: CommandList, _ level: Int) {
        node("List", l.span, level)
        for item in l.items {
            node("Item" + (item.separator == .background ? " background" : ""), item.span, level + 1)
            pipeline(item.andOr.first, level + 2)
            for e in item.andOr.rest {
                node(e.op == .and ? "&&" : "||", nil, level + 2)
                pipeline(e.pipeline, level + 2)
            }
        }
    }

    mutating func pipeline(_ p: Pipeline, _ level: Int) {
        var label = "Pipeline"
        if let t = p.timing { label += t == .time ? " time" : " time-p" }
        if p.isNegated { label += " negated" }
        if !p.operators.isEmpty { label += " " + p.operators.map { $0 == .pipe ? "|" : "|&" }.joined(separator: ",") }
        node(label, p.span, level)
        for c in p.commands { command(c, level + 1) }
    }

    mutating func command(_ c: Command, _ level: Int) {
        switch c {
        case .simple(let s):
            node("SimpleCommand", s.span, level)
            for a in s.assignments { assignment(a, level + 1) }
            for w in s.words { word(w, level + 1) }
            for r in s.redirects { redirect(r, level + 1) }
        case .declaration(let d):
            node("DeclarationCommand", d.span, level)
            for a in d.assignments { assignment(a, level + 1) }
            word(d.variant, level + 1)
            for arg in d.arguments {
                switch arg {
                case .word(let w): word(w, level + 1)
                case .assignment(let a): assignment(a, level + 1)
                }
            }
            for r in d.redirects { redirect(r, level + 1) }
        case .compound(let k):
            compound(k, level)
        case .function(let f):
            node("FunctionDefinition \(TreeDumper.quote(f.name)) \(f.style)", f.span, level)
            compound(f.body, level + 1)
        case .coprocess(let p):
            node("Coprocess" + (p.name.map { " " + TreeDumper.quote($0) } ?? ""), p.span, level)
            command(p.body, level + 1)
        }
    }

    mutating func assignment(_ a: Assignment, _ level: Int) {
        node("Assignment \(TreeDumper.quote(a.name))" + (a.isAppend ? " append" : ""), a.span, level)
        if let i = a.index { parts("Index", i.parts, i.span, level + 1) }
        switch a.value {
        case .scalar(let w):
            if let w { word(w, level + 1) }
        case .array(let elements):
            node("Array", nil, level + 1)
            for e in elements {
                node("Element" + (e.isAppend ? " append" : ""), e.span, level + 2)
                if let k = e.key { parts("Key", k.parts, k.span, level + 3) }
                if let v = e.value { word(v, level + 3) }
            }
        }
    }

    mutating func redirect(_ r: Redirect, _ level: Int) {
        var label = "Redirect "
        switch r.descriptor {
        case .number(let n)?: label += String(n)
        case .variable(let v)?: label += "{\(v)}"
        case nil: break
        }
        label += r.op.token
        node(label, r.span, level)
        word(r.target, level + 1)
        if let doc = r.hereDocument {
            node("HereDocument \(TreeDumper.quote(doc.delimiter))" + (doc.isQuoted ? " quoted" : ""), doc.span, level + 1)
            for p in doc.body { part(p, level + 2) }
        }
    }

    mutating func word(_ w: Word, _ level: Int) {
        parts("Word", w.parts, w.span, level)
    }

    mutating func parts(_ label: String, _ ps: [WordPart], _ span: SourceSpan, _ level: Int) {
        node(label, span, level)
        for p in ps { part(p, level + 1) }
    }

    mutating func part(_ p: WordPart, _ level: Int) {
        switch p {
        case .literal(let l): node("Literal \(TreeDumper.quote(l.text))", l.span, level)
        case .singleQuoted(let q): node("SingleQuoted \(TreeDumper.quote(q.text))", q.span, level)
        case .doubleQuoted(let q): parts(q.isLocalized ? "DoubleQuoted localized" : "DoubleQuoted", q.parts, q.span, level)
        case .ansiCQuoted(let q): node("ANSICQuoted \(TreeDumper.quote(q.raw)) = \(TreeDumper.quote(q.decoded))", q.span, level)
        case .parameter(let e): parameter(e, level)
        case .commandSubstitution(let s):
            node(s.style == .backquotes ? "CommandSubstitution backquotes" : "CommandSubstitution", s.span, level)
            list(s.body, level + 1)
        case .arithmeticExpansion(let a):
            parts(a.style == .dollarBrackets ? "ArithmeticExpansion $[]" : "ArithmeticExpansion", a.expression.parts, a.span, level)
        case .processSubstitution(let s):
            node(s.direction == .input ? "ProcessSubstitution <()" : "ProcessSubstitution >()", s.span, level)
            list(s.body, level + 1)
        case .extendedGlob(let g): parts("ExtendedGlob \(g.op.character)", g.pattern, g.span, level)
        }
    }

    mutating func parameter(_ e: ParameterExpansion, _ level: Int) {
        var label = "Parameter \(TreeDumper.quote(e.name))"
        if e.isBraced { label += " braced" }
        switch e.prefix {
        case .length?: label += " length"
        case .indirect?: label += " indirect"
        case nil: break
        }
        node(label, e.span, level)
        if let i = e.index { parts("Index", i.parts, i.span, level + 1) }
        guard let op = e.operation else { return }
        let l = level + 1
        switch op {
        case .defaultValue(let k, let null, let w): word(w, l, "Default \(null ? ":" : "")\(k.character)")
        case .removePrefix(let longest, let w): word(w, l, longest ? "RemovePrefix ##" : "RemovePrefix #")
        case .removeSuffix(let longest, let w): word(w, l, longest ? "RemoveSuffix %%" : "RemoveSuffix %")
        case .replace(let mode, let pattern, let r):
            word(pattern, l, "Replace \(mode) pattern")
            if let r { word(r, l, "Replace replacement") }
        case .changeCase(let k, let w): word(w, l, "ChangeCase \(k)")
        case .transform(let c): node("Transform @\(c)", nil, l)
        case .substring(let o, let len):
            parts("Substring offset", o.parts, o.span, l)
            if let len { parts("Substring length", len.parts, len.span, l) }
        case .namesWithPrefix(let star): node("NamesWithPrefix \(star ? "*" : "@")", nil, l)
        }
    }

    mutating func word(_ w: Word, _ level: Int, _ label: String) {
        parts(label, w.parts, w.span, level)
    }

    mutating func arithmetic(_ label: String, _ a: ArithmeticExpression, _ level: Int) {
        parts(label, a.parts, a.span, level)
    }

    mutating func compound(_ c: CompoundCommand, _ level: Int) {
        let l = level + 1
        switch c.kind {
        case .braceGroup(let g):
            node("BraceGroup", c.span, level)
            list(g.body, l)
        case .subshell(let s):
            node("Subshell", c.span, level)
            list(s.body, l)
        case .ifClause(let n):
            node("IfClause", c.span, level)
            list(n.condition, l)
            list(n.thenBody, l)
            for e in n.elseIfs {
                node("ElseIf", e.span, l)
                list(e.condition, l + 1)
                list(e.body, l + 1)
            }
            if let e = n.elseBody {
                node("Else", nil, l)
                list(e, l + 1)
            }
        case .conditionalLoop(let n):
            node(n.keyword == .while ? "WhileLoop" : "UntilLoop", c.span, level)
            list(n.condition, l)
            list(n.body, l)
        case .forLoop(let n):
            node("\(n.keyword == .for ? "ForLoop" : "SelectLoop") \(TreeDumper.quote(n.variable))" + (n.items == nil ? " no-in" : ""), c.span, level)
            for w in n.items ?? [] { word(w, l) }
            list(n.body, l)
        case .arithmeticFor(let n):
            node("ArithmeticForLoop", c.span, level)
            arithmetic("Initializer", n.initializer, l)
            arithmetic("Test", n.test, l)
            arithmetic("Update", n.update, l)
            list(n.body, l)
        case .caseClause(let n):
            node("CaseClause", c.span, level)
            word(n.word, l)
            for item in n.items {
                node("CaseItem \(item.terminator)", item.span, l)
                for p in item.patterns { word(p, l + 1, "Pattern") }
                list(item.body, l + 1)
            }
        case .conditional(let n):
            node("ConditionalCommand", c.span, level)
            conditional(n.expression, l)
        case .arithmetic(let n):
            node("ArithmeticCommand", c.span, level)
            arithmetic("Expression", n.expression, l)
        }
        for r in c.redirects { redirect(r, l) }
    }

    mutating func conditional(_ e: ConditionalExpression, _ level: Int) {
        switch e.kind {
        case .word(let w): word(w, level)
        case .unary(let op, let w):
            node("Unary \(op)", e.span, level)
            word(w, level + 1)
        case .binary(let op, let a, let b):
            node("Binary \(op)", e.span, level)
            word(a, level + 1)
            word(b, level + 1)
        case .not(let i):
            node("Not", e.span, level)
            conditional(i, level + 1)
        case .and(let a, let b):
            node("And", e.span, level)
            conditional(a, level + 1)
            conditional(b, level + 1)
        case .or(let a, let b):
            node("Or", e.span, level)
            conditional(a, level + 1)
            conditional(b, level + 1)
        case .group(let i):
            node("Group", e.span, level)
            conditional(i, level + 1)
        }
    }
}
