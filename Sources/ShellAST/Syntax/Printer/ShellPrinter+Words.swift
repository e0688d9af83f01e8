extension PrinterState {
    mutating func word(_ w: Word) {
        parts(w.parts)
    }

    mutating func parts(_ ps: [WordPart]) {
        for p in ps { part(p) }
    }

    mutating func part(_ p: WordPart) {
        switch p {
        case .literal(let l):
            out += l.text
        case .singleQuoted(let q):
            out += "'" + q.text + "'"
        case .doubleQuoted(let q):
            out += q.isLocalized ? "$\"" : "\""
            let saved = inDoubleQuotes
            inDoubleQuotes = true
            parts(q.parts)
            inDoubleQuotes = saved
            out += "\""
        case .ansiCQuoted(let q):
            out += "$'" + q.raw + "'"
        case .parameter(let e):
            parameter(e)
        case .commandSubstitution(let s):
            if s.style == .backquotes {
                backquoted(s.body)
            } else {
                out += "$("
                substitutionBody(s.body)
                out += ")"
            }
        case .arithmeticExpansion(let a):
            if a.style == .dollarBrackets {
                out += "$["
                parts(a.expression.parts)
                out += "]"
            } else {
                out += "$(("
                parts(a.expression.parts)
                out += "))"
            }
        case .processSubstitution(let s):
            out += s.direction == .input ? "<(" : ">("
            substitutionBody(s.body)
            out += ")"
        case .extendedGlob(let g):
            out.append(g.op.character)
            out += "("
            parts(g.pattern)
            out += ")"
        }
    }

    /// The body of `$( )` or `<( )`: a leading `(` gets a space so it does not
    /// read as arithmetic `$((`.
    private mutating func substitutionBody(_ body: CommandList) {
        let saved = inDoubleQuotes
        inDoubleQuotes = false
        // Newlines inside `$( )` read only the here-documents opened inside it
        // (as the parser reads them), so outer pending bodies wait until after `)`.
        let outerPending = pending
        pending = []
        defer { pending = outerPending + pending }
        let mark = out.utf8.count
        list(body, terminated: false)
        if out.utf8.count > mark, out.utf8[out.utf8.index(out.utf8.startIndex, offsetBy: mark)] == UInt8(ascii: "(") {
            out.insert(" ", at: out.utf8.index(out.utf8.startIndex, offsetBy: mark))
        }
        beforeClose(space: false)
        inDoubleQuotes = saved
    }

    /// Backquotes: the body printed on its own, then `\`, `` ` `` and `$` (and `"`
    /// inside double quotes) escaped, which is exactly what bash removes.
    private mutating func backquoted(_ body: CommandList) {
        var inner = PrinterState()
        inner.list(body, terminated: false)
        inner.flushHereDocuments()
        out += "`"
        for c in inner.out.unicodeScalars {
            if c == "\\" || c == "`" || c == "$" || (inDoubleQuotes && c == "\"") { out += "\\" }
            out.unicodeScalars.append(c)
        }
        out += "`"
    }

    mutating func parameter(_ e: ParameterExpansion) {
        guard e.isBraced else {
            out += "$" + e.name
            return
        }
        out += "${"
        switch e.prefix {
        case .length?: out += "#"
        case .indirect?: out += "!"
        case nil: break
        }
        out += e.name
        // Inside `${ }` the parser scans indexes and operands with their own
        // rules, not double-quote ones; backquotes there are printed the same way.
        let savedQuotes = inDoubleQuotes
        inDoubleQuotes = false
        defer { inDoubleQuotes = savedQuotes }
        if let i = e.index { subscriptText(i) }
        if let op = e.operation {
            switch op {
            case .defaultValue(let k, let null, let w):
                if null { out += ":" }
                out.append(k.character)
                word(w)
            case .removePrefix(let longest, let w):
                out += longest ? "##" : "#"
                word(w)
            case .removeSuffix(let longest, let w):
                out += longest ? "%%" : "%"
                word(w)
            case .replace(let mode, let pattern, let replacement):
                switch mode {
                case .first: out += "/"
                case .all: out += "//"
                case .prefix: out += "/#"
                case .suffix: out += "/%"
                }
                word(pattern)
                if let r = replacement {
                    out += "/"
                    word(r)
                }
            case .changeCase(let k, let w):
                switch k {
                case .upperFirst: out += "^"
                case .upperAll: out += "^^"
                case .lowerFirst: out += ","
                case .lowerAll: out += ",,"
                }
                word(w)
            case .transform(let c):
                out += "@"
                out.append(c)
            case .substring(let offset, let length):
                out += ":"
                parts(offset.parts)
                if let l = length {
                    out += ":"
                    parts(l.parts)
                }
            case .namesWithPrefix(let star):
                out += star ? "*" : "@"
            }
        }
        out += "}"
    }
}
