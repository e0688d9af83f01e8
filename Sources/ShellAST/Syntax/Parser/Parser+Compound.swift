extension Parser {
    // MARK: Groups

    /// At `(`.
    mutating func parseSubshell() throws(ParseFailure) -> Subshell {
        let start = pos
        pos += 1
        let body = try parseNonEmptyList(before: "`)`")
        guard pos < end else { throw incomplete("unterminated subshell: expected `)`", at: start) }
        guard buf[pos] == UInt8(ascii: ")") else { throw expected("`)` to close the subshell") }
        pos += 1
        return Subshell(body: body, span: SourceSpan(start: start, end: pos))
    }

    /// At `{`.
    mutating func parseBraceGroup() throws(ParseFailure) -> BraceGroup {
        let start = pos
        consume(.openBrace)
        let body = try parseNonEmptyList(before: "`}`")
        try expectClosing(.closeBrace, opener: "`{`", at: start)
        return BraceGroup(body: body, span: SourceSpan(start: start, end: pos))
    }

    /// Requires the reserved word `k` at the cursor after a list.
    mutating func expectClosing(_ k: Keyword, opener: String, at start: Int) throws(ParseFailure) {
        if atEnd { throw incomplete("expected `\(k.text)` to close \(opener), found end of input", at: pos) }
        guard peekKeyword() == k else { throw expected("`\(k.text)` to close \(opener)") }
        consume(k)
    }

    /// At `((` known to be arithmetic.
    mutating func parseArithmeticCommand() throws(ParseFailure) -> ArithmeticCommand {
        let start = pos
        pos += 2
        let expr = try parseArithmeticUntilDoubleParen(open: start)
        return ArithmeticCommand(expression: expr, span: SourceSpan(start: start, end: pos))
    }

    // MARK: if, while, until

    mutating func parseIf() throws(ParseFailure) -> IfClause {
        let start = pos
        consume(.if)
        let condition = try parseNonEmptyList(before: "`then`")
        try expectClosing(.then, opener: "`if`", at: start)
        let thenBody = try parseNonEmptyList(before: "`fi`")
        var elseIfs: [ElseIfClause] = []
        var elseBody: CommandList?
        while peekKeyword() == .elif {
            let elifStart = pos
            consume(.elif)
            let c = try parseNonEmptyList(before: "`then`")
            try expectClosing(.then, opener: "`elif`", at: elifStart)
            let body = try parseNonEmptyList(before: "`fi`")
            elseIfs.append(ElseIfClause(condition: c, body: body, span: SourceSpan(start: elifStart, end: body.span.end)))
        }
        if peekKeyword() == .else {
            consume(.else)
            elseBody = try parseNonEmptyList(before: "`fi`")
        }
        try expectClosing(.fi, opener: "`if`", at: start)
        return IfClause(condition: condition, thenBody: thenBody, elseIfs: elseIfs, elseBody: elseBody, span: SourceSpan(start: start, end: pos))
    }

    mutating func parseConditionalLoop(_ keyword: LoopKeyword) throws(ParseFailure) -> ConditionalLoop {
        let start = pos
        consume(keyword == .while ? .while : .until)
        let condition = try parseNonEmptyList(before: "`do`")
        let body = try parseLoopBody(opener: keyword == .while ? "`while`" : "`until`", start: start)
        return ConditionalLoop(keyword: keyword, condition: condition, body: body, span: SourceSpan(start: start, end: pos))
    }

    /// `do list done`, or for `for`/`select` also `{ list }`.
    private mutating func parseLoopBody(opener: String, start: Int, allowBraces: Bool = false) throws(ParseFailure) -> CommandList {
        try skipLinebreaks()
        if allowBraces, peekKeyword() == .openBrace {
            consume(.openBrace)
            let body = try parseNonEmptyList(before: "`}`")
            try expectClosing(.closeBrace, opener: "`{`", at: start)
            return body
        }
        try expectClosing(.do, opener: opener, at: start)
        let body = try parseNonEmptyList(before: "`done`")
        try expectClosing(.done, opener: "`do`", at: start)
        return body
    }

    // MARK: for and select

    mutating func parseFor() throws(ParseFailure) -> CompoundKind {
        let start = pos
        let keyword: ForKeyword = peekKeyword() == .for ? .for : .select
        consume(keyword == .for ? .for : .select)
        skipBlanks()
        if keyword == .for, peek() == UInt8(ascii: "("), peek(1) == UInt8(ascii: "(") {
            return .arithmeticFor(try parseArithmeticFor(start: start))
        }
        let nameStart = pos
        while pos < end, Parser.isNameChar(buf[pos]) { pos += 1 }
        guard pos > nameStart, Parser.isNameStart(buf[nameStart]), isWordBoundary(pos) else {
            pos = nameStart
            if atEnd { throw expected("a variable name after `\(keyword == .for ? "for" : "select")`", incompleteAtEnd: false) }
            throw failure("expected a variable name after `\(keyword == .for ? "for" : "select")`, found \(describeToken())", kind: .invalidConstruct)
        }
        let variable = string(nameStart, pos)
        var items: [Word]?
        skipBlanksAndComment()
        if peek() == UInt8(ascii: ";") {
            pos += 1
        } else {
            var look = self
            try look.skipLinebreaks()
            if look.peekKeyword() == .in {
                self = look
                consume(.in)
                var words: [Word] = []
                while true {
                    skipBlanks()
                    guard pos < end else { break }
                    let b = buf[pos]
                    if b == UInt8(ascii: ";") {
                        pos += 1
                        break
                    }
                    if b == 0x0A || b == UInt8(ascii: "#") { break }
                    if Parser.isMeta(b), !((b == UInt8(ascii: "<") || b == UInt8(ascii: ">")) && peek(1) == UInt8(ascii: "(")) {
                        throw failure("expected a word in the word list of `\(keyword == .for ? "for" : "select")`, found \(describeToken())")
                    }
                    words.append(try parseWord())
                }
                items = words
            }
        }
        let body = try parseLoopBody(opener: "`\(keyword == .for ? "for" : "select")`", start: start, allowBraces: true)
        return .forLoop(ForLoop(keyword: keyword, variable: variable, items: items, body: body, span: SourceSpan(start: start, end: pos)))
    }

    private mutating func parseArithmeticFor(start: Int) throws(ParseFailure) -> ArithmeticForLoop {
        pos += 2
        var clauses: [ArithmeticExpression] = []
        for index in 0..<3 {
            let clauseStart = pos
            let parts = try scanParts(.arithmetic(.forClause))
            clauses.append(ArithmeticExpression(parts: parts, span: SourceSpan(start: clauseStart, end: pos)))
            guard pos < end else { throw incomplete("unterminated `for ((`: expected `))`", at: start) }
            if index < 2 {
                guard buf[pos] == UInt8(ascii: ";") else { throw expected("`;` between the expressions of `for ((...))`") }
                pos += 1
            }
        }
        guard peek() == UInt8(ascii: ")"), peek(1) == UInt8(ascii: ")") else { throw expected("`))` to close `for ((`") }
        pos += 2
        skipBlanks()
        if peek() == UInt8(ascii: ";") { pos += 1 }
        let body = try parseLoopBody(opener: "`for ((...))`", start: start, allowBraces: true)
        return ArithmeticForLoop(initializer: clauses[0], test: clauses[1], update: clauses[2], body: body, span: SourceSpan(start: start, end: pos))
    }

    // MARK: case

    mutating func parseCase() throws(ParseFailure) -> CaseClause {
        let start = pos
        consume(.case)
        skipBlanks()
        guard pos < end, !Parser.isMeta(buf[pos]) else { throw expected("a word after `case`", incompleteAtEnd: false) }
        let word = try parseWord()
        try skipLinebreaks()
        guard peekKeyword() == .in else { throw expected("`in` after `case WORD`") }
        consume(.in)
        var items: [CaseItem] = []
        while true {
            try skipLinebreaks()
            if peekKeyword() == .esac {
                consume(.esac)
                break
            }
            guard pos < end else { throw incomplete("expected `esac` to close `case`, found end of input") }
            let itemStart = pos
            if buf[pos] == UInt8(ascii: "(") {
                pos += 1
                skipBlanks()
            }
            var patterns: [Word] = []
            while true {
                skipBlanks()
                guard pos < end else { throw expected("a pattern") }
                let b = buf[pos]
                if Parser.isMeta(b), !(Parser.isExtglobOperator(b)) {
                    throw expected("a pattern")
                }
                patterns.append(try parseWord())
                skipBlanks()
                if peek() == UInt8(ascii: "|") {
                    pos += 1
                    continue
                }
                break
            }
            guard peek() == UInt8(ascii: ")") else { throw expected("`)` after the case pattern", incompleteAtEnd: false) }
            pos += 1
            let body = try parseCommandList()
            var terminator = CaseTerminator.break
            var itemEnd = body.items.isEmpty ? pos : body.span.end
            if peek() == UInt8(ascii: ";") {
                if peek(1) == UInt8(ascii: ";") {
                    pos += 2
                    if peek() == UInt8(ascii: "&") {
                        pos += 1
                        terminator = .continue
                    }
                } else if peek(1) == UInt8(ascii: "&") {
                    pos += 2
                    terminator = .fallThrough
                } else {
                    throw expected("`;;`")
                }
                itemEnd = pos
                items.append(CaseItem(patterns: patterns, body: body, terminator: terminator, span: SourceSpan(start: itemStart, end: itemEnd)))
                continue
            }
            items.append(CaseItem(patterns: patterns, body: body, terminator: terminator, span: SourceSpan(start: itemStart, end: itemEnd)))
            try skipLinebreaks()
            try expectClosing(.esac, opener: "`case`", at: start)
            break
        }
        return CaseClause(word: word, items: items, span: SourceSpan(start: start, end: pos))
    }
}
