extension Parser {
    // MARK: Dollar forms

    /// Parses the expansion starting with `$` at the cursor, or returns `nil`
    /// (cursor unchanged) when the `$` is literal text. In a quoted context
    /// (double quotes, here-document) `$'` and `$"` are literal.
    mutating func parseDollar(quoted: Bool) throws(ParseFailure) -> WordPart? {
        if peek(1) == UInt8(ascii: "\\"), peek(2) == 0x0A {
            // bash removes line continuations first: `$\⏎x` is `$x`.
            var k = pos + 1
            while byte(at: k) == UInt8(ascii: "\\"), byte(at: k + 1) == 0x0A { k += 2 }
            let n = byte(at: k)
            let startsExpansion = n == UInt8(ascii: "(") || n == UInt8(ascii: "{") || n == UInt8(ascii: "[")
                || Parser.isNameStart(n) || Parser.isDigit(n) || Parser.isSpecialParameter(n)
                || (!quoted && (n == UInt8(ascii: "'") || n == UInt8(ascii: "\"")))
            guard startsExpansion else { return nil }
            let dollar = pos
            pos = k - 1
            guard let part = try parseDollar(quoted: quoted) else {
                pos = dollar
                return nil
            }
            return part
        }
        let start = pos
        let n = peek(1)
        switch n {
        case UInt8(ascii: "'"):
            if quoted { return nil }
            return try parseANSICQuoted()
        case UInt8(ascii: "\""):
            if quoted { return nil }
            pos += 1
            return try parseDoubleQuoted(localized: true, start: start)
        case UInt8(ascii: "("):
            if peek(2) == UInt8(ascii: "("), looksLikeArithmetic(openAt: pos + 1) {
                pos += 3
                return try finishArithmeticExpansion(start: start)
            }
            return try parseCommandSubstitution()
        case UInt8(ascii: "["):
            pos += 2
            try enterNesting()
            defer { leaveNesting() }
            let exprStart = pos
            let parts = try scanParts(.arithmetic(.bracket))
            guard pos < end else { throw incomplete("unterminated `$[`: expected `]`", at: start) }
            let expr = ArithmeticExpression(parts: parts, span: SourceSpan(start: exprStart, end: pos))
            pos += 1
            return .arithmeticExpansion(ArithmeticExpansion(expression: expr, style: .dollarBrackets, span: SourceSpan(start: start, end: pos)))
        case UInt8(ascii: "{"):
            return .parameter(try parseBracedParameter())
        default:
            if Parser.isNameStart(n) {
                var i = pos + 2
                while i < end, Parser.isNameChar(buf[i]) { i += 1 }
                pos = i
                return .parameter(ParameterExpansion(isBraced: false, name: string(start + 1, i), span: SourceSpan(start: start, end: i)))
            }
            if Parser.isDigit(n) || Parser.isSpecialParameter(n) {
                pos += 2
                return .parameter(ParameterExpansion(isBraced: false, name: string(start + 1, pos), span: SourceSpan(start: start, end: pos)))
            }
            return nil
        }
    }

    @inline(__always) static func isSpecialParameter(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "@"), UInt8(ascii: "*"), UInt8(ascii: "#"), UInt8(ascii: "?"), UInt8(ascii: "-"),
            UInt8(ascii: "$"), UInt8(ascii: "!"):
            true
        default: false
        }
    }

    /// At `$(` (not arithmetic).
    mutating func parseCommandSubstitution() throws(ParseFailure) -> WordPart {
        let start = pos
        pos += 2
        try enterNesting()
        defer { leaveNesting() }
        // Newlines inside `$( )` read only the here-documents opened inside it.
        let outer = pendingHereDocuments
        pendingHereDocuments = []
        let body = try parseCommandList()
        pendingHereDocuments = outer + pendingHereDocuments
        guard pos < end else { throw incomplete("unterminated command substitution: expected `)`", at: start) }
        guard buf[pos] == UInt8(ascii: ")") else { throw expected("`)` to close the command substitution") }
        pos += 1
        return .commandSubstitution(CommandSubstitution(body: body, style: .dollarParentheses, span: SourceSpan(start: start, end: pos)))
    }

    /// After `$((`: the expression and the closing `))`.
    private mutating func finishArithmeticExpansion(start: Int) throws(ParseFailure) -> WordPart {
        try enterNesting()
        defer { leaveNesting() }
        let expr = try parseArithmeticUntilDoubleParen(open: start)
        return .arithmeticExpansion(ArithmeticExpansion(expression: expr, style: .dollarDoubleParentheses, span: SourceSpan(start: start, end: pos)))
    }

    /// Scans arithmetic text up to `))` and consumes it.
    mutating func parseArithmeticUntilDoubleParen(open: Int) throws(ParseFailure) -> ArithmeticExpression {
        let exprStart = pos
        let parts = try scanParts(.arithmetic(.doubleParenthesis))
        let exprEnd = pos
        guard pos < end else { throw incomplete("unterminated arithmetic: expected `))`", at: open) }
        guard peek(1) == UInt8(ascii: ")") else {
            pos += 1
            throw expected("`)` to close the arithmetic `((`")
        }
        pos += 2
        return ArithmeticExpression(parts: parts, span: SourceSpan(start: exprStart, end: exprEnd))
    }

    /// With `open` at the first `(` of `((`: whether the text closes with `))`
    /// at its own nesting level (arithmetic) rather than with `)` followed by
    /// something else (a nested subshell, as bash decides).
    func looksLikeArithmetic(openAt open: Int) -> Bool {
        var i = open + 2
        var depth = 0
        while i < end {
            switch buf[i] {
            case UInt8(ascii: "("):
                depth += 1
            case UInt8(ascii: ")"):
                if depth == 0 { return i + 1 >= end || byte(at: i + 1) == UInt8(ascii: ")") }
                depth -= 1
            case UInt8(ascii: "\\"):
                i += 1
            case UInt8(ascii: "'"):
                i += 1
                while i < end, buf[i] != UInt8(ascii: "'") { i += 1 }
            case UInt8(ascii: "\""):
                i += 1
                while i < end, buf[i] != UInt8(ascii: "\"") {
                    if buf[i] == UInt8(ascii: "\\") { i += 1 }
                    i += 1
                }
            default:
                break
            }
            i += 1
        }
        return true
    }

    // MARK: Backquotes

    /// At a backquote: removes bash's backslash escaping from the quoted text,
    /// parses it as a command list, and maps spans back into this buffer.
    mutating func parseBackquoted(inDoubleQuotes: Bool) throws(ParseFailure) -> WordPart {
        let start = pos
        // Without a backslash the text needs no unescaping: parse it where it lies.
        var close = pos + 1
        while close < end, buf[close] != UInt8(ascii: "`"), buf[close] != UInt8(ascii: "\\") { close += 1 }
        if close < end, buf[close] == UInt8(ascii: "`") {
            return try parseBackquotedInPlace(start: start, close: close)
        }
        var inner: [UInt8] = []
        var map: [Int] = []
        inner.reserveCapacity(64)
        map.reserveCapacity(65)
        var i = pos + 1
        var closed = false
        while i < end {
            let b = buf[i]
            if b == UInt8(ascii: "`") {
                closed = true
                break
            }
            if b == UInt8(ascii: "\\"), i + 1 < end {
                let n = buf[i + 1]
                if n == UInt8(ascii: "$") || n == UInt8(ascii: "`") || n == UInt8(ascii: "\\")
                    || (inDoubleQuotes && n == UInt8(ascii: "\""))
                {
                    inner.append(n)
                    map.append(i)
                    i += 2
                    continue
                }
            }
            inner.append(b)
            map.append(i)
            i += 1
        }
        guard closed else { throw incomplete("unterminated backquote", at: start) }
        map.append(i)
        pos = i + 1
        try enterNesting()
        defer { leaveNesting() }
        let depth = self.depth
        let maxDepth = self.maxDepth
        let outcome: Result<CommandList, ParseFailure> = inner.withUnsafeBufferPointer { ib in
            var sub = Parser(ib, maxDepth: maxDepth, depth: depth)
            do throws(ParseFailure) {
                var body = try sub.parseCommandList()
                if !sub.atEnd { throw sub.failure("expected the end of the backquoted command, found \(sub.describeToken())") }
                try sub.finishHereDocuments(in: &body)
                return .success(body)
            } catch {
                return .failure(error)
            }
        }
        switch outcome {
        case .success(var body):
            var remap = SpanRemapper(map: map)
            body.rewrite(&remap)
            return .commandSubstitution(CommandSubstitution(body: body, style: .backquotes, span: SourceSpan(start: start, end: pos)))
        case .failure(var failure):
            failure.offset = map[min(max(failure.offset, 0), map.count - 1)]
            throw failure
        }
    }
}

extension Parser {
    /// A backquoted command whose text, from `start + 1` to the closing backquote
    /// at `close`, has no backslash: the text as written is the command, so it is
    /// parsed in this buffer and its spans need no mapping.
    private mutating func parseBackquotedInPlace(start: Int, close: Int) throws(ParseFailure) -> WordPart {
        pos = close + 1
        try enterNesting()
        defer { leaveNesting() }
        var sub = Parser(buf, maxDepth: maxDepth, depth: depth)
        sub.pos = start + 1
        sub.end = close
        do throws(ParseFailure) {
            var body = try sub.parseCommandList()
            if !sub.atEnd { throw sub.failure("expected the end of the backquoted command, found \(sub.describeToken())") }
            try sub.finishHereDocuments(in: &body)
            return .commandSubstitution(CommandSubstitution(body: body, style: .backquotes, span: SourceSpan(start: start, end: pos)))
        } catch {
            var failure = error
            failure.offset = min(max(failure.offset, start + 1), close)
            throw failure
        }
    }
}

/// Moves spans of a tree parsed from unescaped backquote text to the original input.
struct SpanRemapper: SyntaxRewriter {
    let map: [Int]

    mutating func rewrite(_ span: inout SourceSpan) {
        guard span.start >= 0 else { return }  // here-document placeholders are filled later
        span = SourceSpan(start: map[min(span.start, map.count - 1)], end: map[min(span.end, map.count - 1)])
    }
}
