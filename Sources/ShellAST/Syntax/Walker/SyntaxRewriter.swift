/// Rewrites every span (and here-document) of a tree in place.
///
/// One traversal serves three jobs: erasing spans for structural comparison,
/// moving spans of backquoted text to the original input, and filling in
/// here-document bodies read after their operator's line.
protocol SyntaxRewriter {
    mutating func rewrite(_ span: inout SourceSpan)
    mutating func rewrite(_ hereDocument: inout HereDocument)
}

extension SyntaxRewriter {
    mutating func rewrite(_ hereDocument: inout HereDocument) {}
}

/// Sets every span to ``SourceSpan/zero``.
struct SpanEraser: SyntaxRewriter {
    mutating func rewrite(_ span: inout SourceSpan) { span = .zero }
}

extension ShellScript {
    mutating func rewrite<R: SyntaxRewriter>(_ r: inout R) {
        body.rewrite(&r)
        r.rewrite(&span)
    }
}

extension CommandList {
    mutating func rewrite<R: SyntaxRewriter>(_ r: inout R) {
        for i in items.indices { items[i].rewrite(&r) }
        r.rewrite(&span)
    }
}

extension ListItem {
    mutating func rewrite<R: SyntaxRewriter>(_ r: inout R) {
        andOr.first.rewrite(&r)
        for i in andOr.rest.indices { andOr.rest[i].pipeline.rewrite(&r) }
        r.rewrite(&andOr.span)
        r.rewrite(&span)
    }
}

extension Pipeline {
    mutating func rewrite<R: SyntaxRewriter>(_ r: inout R) {
        for i in commands.indices { commands[i].rewrite(&r) }
        r.rewrite(&span)
    }
}

extension Command {
    mutating func rewrite<R: SyntaxRewriter>(_ r: inout R) {
        switch self {
        case .simple(var c):
            c.rewrite(&r)
            self = .simple(c)
        case .declaration(var c):
            for i in c.assignments.indices { c.assignments[i].rewrite(&r) }
            c.variant.rewrite(&r)
            for i in c.arguments.indices {
                switch c.arguments[i] {
                case .word(var w):
                    w.rewrite(&r)
                    c.arguments[i] = .word(w)
                case .assignment(var a):
                    a.rewrite(&r)
                    c.arguments[i] = .assignment(a)
                }
            }
            for i in c.redirects.indices { c.redirects[i].rewrite(&r) }
            r.rewrite(&c.span)
            self = .declaration(c)
        case .compound(var c):
            c.rewrite(&r)
            self = .compound(c)
        case .function(var f):
            f.body.rewrite(&r)
            r.rewrite(&f.span)
            self = .function(f)
        case .coprocess(var c):
            c.body.rewrite(&r)
            r.rewrite(&c.span)
            self = .coprocess(c)
        }
    }
}

extension SimpleCommand {
    mutating func rewrite<R: SyntaxRewriter>(_ r: inout R) {
        for i in assignments.indices { assignments[i].rewrite(&r) }
        for i in words.indices { words[i].rewrite(&r) }
        for i in redirects.indices { redirects[i].rewrite(&r) }
        r.rewrite(&span)
    }
}

extension Assignment {
    mutating func rewrite<R: SyntaxRewriter>(_ r: inout R) {
        self.index?.rewrite(&r)
        switch value {
        case .scalar(var w):
            w?.rewrite(&r)
            value = .scalar(w)
        case .array(var elements):
            for i in elements.indices {
                elements[i].key?.rewrite(&r)
                elements[i].value?.rewrite(&r)
                r.rewrite(&elements[i].span)
            }
            value = .array(elements)
        }
        r.rewrite(&span)
    }
}

extension Redirect {
    mutating func rewrite<R: SyntaxRewriter>(_ r: inout R) {
        target.rewrite(&r)
        if var doc = hereDocument {
            r.rewrite(&doc)
            rewriteParts(&doc.body, &r)
            r.rewrite(&doc.span)
            hereDocument = doc
        }
        r.rewrite(&span)
    }
}

extension CompoundCommand {
    mutating func rewrite<R: SyntaxRewriter>(_ r: inout R) {
        switch kind {
        case .braceGroup(var n):
            n.body.rewrite(&r)
            r.rewrite(&n.span)
            kind = .braceGroup(n)
        case .subshell(var n):
            n.body.rewrite(&r)
            r.rewrite(&n.span)
            kind = .subshell(n)
        case .ifClause(var n):
            n.condition.rewrite(&r)
            n.thenBody.rewrite(&r)
            for i in n.elseIfs.indices {
                n.elseIfs[i].condition.rewrite(&r)
                n.elseIfs[i].body.rewrite(&r)
                r.rewrite(&n.elseIfs[i].span)
            }
            n.elseBody?.rewrite(&r)
            r.rewrite(&n.span)
            kind = .ifClause(n)
        case .conditionalLoop(var n):
            n.condition.rewrite(&r)
            n.body.rewrite(&r)
            r.rewrite(&n.span)
            kind = .conditionalLoop(n)
        case .forLoop(var n):
            if var items = n.items {
                for i in items.indices { items[i].rewrite(&r) }
                n.items = items
            }
            n.body.rewrite(&r)
            r.rewrite(&n.span)
            kind = .forLoop(n)
        case .arithmeticFor(var n):
            n.initializer.rewrite(&r)
            n.test.rewrite(&r)
            n.update.rewrite(&r)
            n.body.rewrite(&r)
            r.rewrite(&n.span)
            kind = .arithmeticFor(n)
        case .caseClause(var n):
            n.word.rewrite(&r)
            for i in n.items.indices {
                for j in n.items[i].patterns.indices { n.items[i].patterns[j].rewrite(&r) }
                n.items[i].body.rewrite(&r)
                r.rewrite(&n.items[i].span)
            }
            r.rewrite(&n.span)
            kind = .caseClause(n)
        case .conditional(var n):
            n.expression.rewrite(&r)
            r.rewrite(&n.span)
            kind = .conditional(n)
        case .arithmetic(var n):
            n.expression.rewrite(&r)
            r.rewrite(&n.span)
            kind = .arithmetic(n)
        }
        for i in redirects.indices { redirects[i].rewrite(&r) }
        r.rewrite(&span)
    }
}

extension ConditionalExpression {
    mutating func rewrite<R: SyntaxRewriter>(_ r: inout R) {
        switch kind {
        case .word(var w):
            w.rewrite(&r)
            kind = .word(w)
        case .unary(let op, var w):
            w.rewrite(&r)
            kind = .unary(op: op, operand: w)
        case .binary(let op, var a, var b):
            a.rewrite(&r)
            b.rewrite(&r)
            kind = .binary(op: op, left: a, right: b)
        case .not(var e):
            e.rewrite(&r)
            kind = .not(e)
        case .and(var a, var b):
            a.rewrite(&r)
            b.rewrite(&r)
            kind = .and(a, b)
        case .or(var a, var b):
            a.rewrite(&r)
            b.rewrite(&r)
            kind = .or(a, b)
        case .group(var e):
            e.rewrite(&r)
            kind = .group(e)
        }
        r.rewrite(&span)
    }
}

extension Word {
    mutating func rewrite<R: SyntaxRewriter>(_ r: inout R) {
        var ps = parts
        rewriteParts(&ps, &r)
        r.rewrite(&span)
        parts = ps  // re-normalises the storage for the new spans
    }
}

extension ArithmeticExpression {
    mutating func rewrite<R: SyntaxRewriter>(_ r: inout R) {
        rewriteParts(&parts, &r)
        r.rewrite(&span)
    }
}

extension Subscript {
    mutating func rewrite<R: SyntaxRewriter>(_ r: inout R) {
        rewriteParts(&parts, &r)
        r.rewrite(&span)
    }
}

func rewriteParts<R: SyntaxRewriter>(_ parts: inout [WordPart], _ r: inout R) {
    for i in parts.indices { parts[i].rewrite(&r) }
}

extension WordPart {
    mutating func rewrite<R: SyntaxRewriter>(_ r: inout R) {
        switch self {
        case .literal(var p):
            r.rewrite(&p.span)
            self = .literal(p)
        case .singleQuoted(var p):
            r.rewrite(&p.span)
            self = .singleQuoted(p)
        case .doubleQuoted(var p):
            rewriteParts(&p.parts, &r)
            r.rewrite(&p.span)
            self = .doubleQuoted(p)
        case .ansiCQuoted(var p):
            r.rewrite(&p.span)
            self = .ansiCQuoted(p)
        case .parameter(var p):
            p.rewrite(&r)
            self = .parameter(p)
        case .commandSubstitution(var p):
            p.body.rewrite(&r)
            r.rewrite(&p.span)
            self = .commandSubstitution(p)
        case .arithmeticExpansion(var p):
            p.expression.rewrite(&r)
            r.rewrite(&p.span)
            self = .arithmeticExpansion(p)
        case .processSubstitution(var p):
            p.body.rewrite(&r)
            r.rewrite(&p.span)
            self = .processSubstitution(p)
        case .extendedGlob(var p):
            rewriteParts(&p.pattern, &r)
            r.rewrite(&p.span)
            self = .extendedGlob(p)
        }
    }
}

extension ParameterExpansion {
    mutating func rewrite<R: SyntaxRewriter>(_ r: inout R) {
        self.index?.rewrite(&r)
        if let op = operation {
            switch op {
            case .defaultValue(let k, let null, var w):
                w.rewrite(&r)
                operation = .defaultValue(k, checksNull: null, word: w)
            case .removePrefix(let longest, var w):
                w.rewrite(&r)
                operation = .removePrefix(longest: longest, pattern: w)
            case .removeSuffix(let longest, var w):
                w.rewrite(&r)
                operation = .removeSuffix(longest: longest, pattern: w)
            case .replace(let mode, var p, var rep):
                p.rewrite(&r)
                rep?.rewrite(&r)
                operation = .replace(mode, pattern: p, replacement: rep)
            case .changeCase(let k, var w):
                w.rewrite(&r)
                operation = .changeCase(k, pattern: w)
            case .substring(var o, var l):
                o.rewrite(&r)
                l?.rewrite(&r)
                operation = .substring(offset: o, length: l)
            case .transform, .namesWithPrefix:
                break
            }
        }
        r.rewrite(&span)
    }
}
