/// Writes a syntax tree back as canonical shell text.
///
/// The output is normalised (single spaces, `;` between commands, `do ... done`
/// loop bodies, redirections after the words) and parses back to the same tree:
/// for every tree the parser produces, `parse(print(tree))` equals `tree` with
/// spans ignored, and printing is idempotent.
///
/// ```swift
/// let tree = try ShellParser.parse("if  true\nthen echo   hi ;fi")
/// ShellPrinter.print(tree) // "if true; then echo hi; fi"
/// ```
public enum ShellPrinter {
    /// The canonical text of a whole script.
    public static func print(_ script: ShellScript) -> String {
        var p = PrinterState()
        p.list(script.body, terminated: false)
        p.flushHereDocuments()
        return p.out
    }

    /// The canonical text of a single command.
    public static func print(_ command: Command) -> String {
        var p = PrinterState()
        p.command(command)
        p.flushHereDocuments()
        return p.out
    }

    /// The canonical text of a single word.
    public static func print(_ word: Word) -> String {
        var p = PrinterState()
        p.word(word)
        return p.out
    }
}

/// The printer's output and the here-documents waiting for the next newline.
struct PrinterState {
    var out = ""
    var pending: [Redirect] = []
    /// Whether a backquoted substitution is printed inside double quotes.
    var inDoubleQuotes = false
    /// Whether the command being printed follows `time` (where a first word `-p` would be read as its option).
    var afterTime = false

    // MARK: Lists

    /// Prints the items of `list`; when `terminated`, the last one is followed by
    /// `;` (or `&`) so a closing keyword can follow.
    mutating func list(_ list: CommandList, terminated: Bool) {
        for (i, item) in list.items.enumerated() {
            if i > 0 { separate() }
            andOr(item.andOr)
            if item.separator == .background {
                out += " &"
            } else if i < list.items.count - 1 || terminated {
                out += ";"
            }
        }
    }

    /// Between list items: a space, or a newline and the pending here-document bodies.
    mutating func separate() {
        if pending.isEmpty {
            out += " "
        } else {
            out += "\n"
            writeHereDocumentBodies()
        }
    }

    /// Before a closing token: pending here-documents must be written first.
    mutating func beforeClose(space: Bool) {
        if pending.isEmpty {
            if space { out += " " }
        } else {
            out += "\n"
            writeHereDocumentBodies()
        }
    }

    mutating func flushHereDocuments() {
        if !pending.isEmpty {
            out += "\n"
            writeHereDocumentBodies()
        }
    }

    private mutating func writeHereDocumentBodies() {
        let docs = pending
        pending.removeAll()
        for r in docs {
            guard let doc = r.hereDocument else { continue }
            let saved = inDoubleQuotes
            inDoubleQuotes = false
            parts(doc.body)
            inDoubleQuotes = saved
            if let last = out.utf8.last, last != 0x0A, !doc.body.isEmpty { out += "\n" }
            out += doc.delimiter
            out += "\n"
        }
    }

    mutating func andOr(_ a: AndOrList) {
        pipeline(a.first)
        for e in a.rest {
            out += e.op == .and ? " && " : " || "
            pipeline(e.pipeline)
        }
    }

    mutating func pipeline(_ p: Pipeline) {
        var needsSpace = false
        if let t = p.timing {
            out += t == .time ? "time" : "time -p"
            needsSpace = true
        }
        if p.isNegated {
            if needsSpace { out += " " }
            out += "!"
            needsSpace = true
        }
        for (i, c) in p.commands.enumerated() {
            if i > 0 {
                out += p.operators[i - 1] == .pipe ? " | " : " |& "
            } else if needsSpace {
                out += " "
            }
            afterTime = i == 0 && p.timing == .time && !p.isNegated
            command(c)
            afterTime = false
        }
    }

    // MARK: Commands

    mutating func command(_ c: Command) {
        switch c {
        case .simple(let s):
            simple(s)
        case .declaration(let d):
            var first = true
            for a in d.assignments {
                assignment(a)
                out += " "
            }
            word(d.variant)
            first = false
            for arg in d.arguments {
                if !first { out += " " }
                switch arg {
                case .word(let w): word(w)
                case .assignment(let a): assignment(a)
                }
            }
            for r in d.redirects {
                out += " "
                redirect(r)
            }
        case .compound(let k):
            compound(k)
        case .function(let f):
            switch f.style {
            case .posix: out += f.name + "() "
            case .keyword: out += "function " + f.name + " "
            case .keywordWithParentheses: out += "function " + f.name + "() "
            }
            compound(f.body)
        case .coprocess(let c):
            out += "coproc "
            if let name = c.name { out += name + " " }
            command(c.body)
        }
    }

    mutating func simple(_ s: SimpleCommand) {
        var items = 0
        func space(_ p: inout PrinterState) {
            if items > 0 { p.out += " " }
            items += 1
        }
        // A first word spelled like a reserved word only stays a word after a
        // redirection, so keep the redirections first then.
        let redirectsFirst = s.assignments.isEmpty
            && ((s.words.first.map(PrinterState.isReservedWord) ?? false) || (afterTime && s.words.first?.unquotedLiteral == "-p"))
        if redirectsFirst {
            for r in s.redirects {
                space(&self)
                redirect(r)
            }
        }
        for a in s.assignments {
            space(&self)
            assignment(a)
        }
        for w in s.words {
            space(&self)
            word(w)
        }
        if !redirectsFirst {
            for r in s.redirects {
                space(&self)
                redirect(r)
            }
        }
    }

    static func isReservedWord(_ w: Word) -> Bool {
        guard let t = w.unquotedLiteral else { return false }
        switch t {
        case "if", "then", "elif", "else", "fi", "do", "done", "case", "esac", "while", "until", "for", "select",
            "function", "time", "coproc", "{", "}", "[[", "]]", "!", "in":
            return true
        default:
            return false
        }
    }

    mutating func assignment(_ a: Assignment) {
        out += a.name
        if let i = a.index { subscriptText(i) }
        out += a.isAppend ? "+=" : "="
        switch a.value {
        case .scalar(let w):
            if let w { word(w) }
        case .array(let elements):
            out += "("
            for (i, e) in elements.enumerated() {
                if i > 0 { out += " " }
                if let k = e.key {
                    subscriptText(k)
                    out += e.isAppend ? "+=" : "="
                }
                if let v = e.value { word(v) }
            }
            out += ")"
        }
    }

    mutating func subscriptText(_ s: Subscript) {
        out += "["
        parts(s.parts)
        out += "]"
    }

    mutating func redirect(_ r: Redirect) {
        switch r.descriptor {
        case .number(let n)?: out += String(n)
        case .variable(let v)?: out += "{" + v + "}"
        case nil: break
        }
        out += r.op.token
        if case .processSubstitution? = r.target.parts.first { out += " " }
        word(r.target)
        if r.hereDocument != nil { pending.append(r) }
    }
}
