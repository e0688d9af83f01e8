extension PrinterState {
    mutating func compound(_ c: CompoundCommand) {
        switch c.kind {
        case .braceGroup(let g):
            out += "{ "
            list(g.body, terminated: true)
            beforeClose(space: true)
            out += "}"
        case .subshell(let s):
            out += "( "
            list(s.body, terminated: false)
            beforeClose(space: true)
            out += ")"
        case .ifClause(let n):
            out += "if "
            body(n.condition)
            out += "then "
            body(n.thenBody)
            for e in n.elseIfs {
                out += "elif "
                body(e.condition)
                out += "then "
                body(e.body)
            }
            if let e = n.elseBody {
                out += "else "
                body(e)
            }
            out += "fi"
        case .conditionalLoop(let n):
            out += n.keyword == .while ? "while " : "until "
            body(n.condition)
            out += "do "
            body(n.body)
            out += "done"
        case .forLoop(let n):
            out += n.keyword == .for ? "for " : "select "
            out += n.variable
            if let items = n.items {
                out += " in"
                for w in items {
                    out += " "
                    word(w)
                }
            }
            out += "; do "
            body(n.body)
            out += "done"
        case .arithmeticFor(let n):
            out += "for (("
            parts(n.initializer.parts)
            out += ";"
            parts(n.test.parts)
            out += ";"
            parts(n.update.parts)
            out += ")); do "
            body(n.body)
            out += "done"
        case .caseClause(let n):
            out += "case "
            word(n.word)
            out += " in"
            for item in n.items {
                out += " "
                // A first pattern spelled `esac` would close the `case`; `(` keeps it a pattern.
                if item.patterns.first?.unquotedLiteral == "esac" { out += "(" }
                for (i, p) in item.patterns.enumerated() {
                    if i > 0 { out += " | " }
                    word(p)
                }
                out += ")"
                if !item.body.items.isEmpty {
                    out += " "
                    list(item.body, terminated: false)
                }
                beforeClose(space: false)
                switch item.terminator {
                case .break: out += ";;"
                case .fallThrough: out += ";&"
                case .continue: out += ";;&"
                }
            }
            out += " esac"
        case .conditional(let n):
            out += "[[ "
            conditional(n.expression)
            out += " ]]"
        case .arithmetic(let n):
            out += "(("
            parts(n.expression.parts)
            out += "))"
        }
        for r in c.redirects {
            out += " "
            redirect(r)
        }
    }

    /// A list followed by `;` and a space (or pending here-documents) before a keyword.
    private mutating func body(_ l: CommandList) {
        list(l, terminated: true)
        beforeClose(space: true)
    }

    mutating func conditional(_ e: ConditionalExpression) {
        switch e.kind {
        case .word(let w):
            word(w)
        case .unary(let op, let w):
            out += op + " "
            word(w)
        case .binary(let op, let l, let r):
            word(l)
            out += " " + op + " "
            word(r)
        case .not(let inner):
            out += "! "
            conditional(inner)
        case .and(let l, let r):
            conditional(l)
            out += " && "
            conditional(r)
        case .or(let l, let r):
            conditional(l)
            out += " || "
            conditional(r)
        case .group(let inner):
            out += "( "
            conditional(inner)
            out += " )"
        }
    }
}
