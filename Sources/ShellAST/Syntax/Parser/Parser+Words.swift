/// The contexts in which word parts are scanned, each with its own stop rule.
enum ScanMode: Equatable {
    /// `${x:-word}` and other operands: ends at `}` (nested braces counted).
    case parameterOperand
    /// `${x/pattern/...}`: ends at `/` or `}`.
    case parameterPattern
    /// Arithmetic text with the given terminator.
    case arithmetic(ArithmeticStop)
    /// `[index]`: ends at the matching `]`.
    case index
    /// Inside `"..."`: ends at `"`; only `$`, backquote and `\` are special.
    case doubleQuoted
    /// An unquoted here-document body: runs to the end of the body range.
    case hereDocument(stripsTabs: Bool)
    /// The right side of `=~` in `[[ ]]`: ends at a blank outside parentheses.
    case regex
    /// Inside `@( ... )`: ends at the matching `)`.
    case extendedGlob
}

/// Where arithmetic text ends.
enum ArithmeticStop: Equatable {
    /// `)` outside parentheses (the caller expects `))`).
    case doubleParenthesis
    /// `]` outside brackets (`$[ ... ]`).
    case bracket
    /// `;` or `)` outside parentheses (C-style `for`).
    case forClause
    /// `:` or `}` (substring offset).
    case substringOffset
    /// `}` (substring length).
    case substringLength
}

extension Parser {
    // MARK: Unquoted words

    /// Parses an unquoted word in command context; fails if none is at the cursor.
    mutating func parseWord() throws(ParseFailure) -> Word {
        let wordEnd = plainWordEnd()
        guard wordEnd >= 0 else { return try parseWordParts(plainEnd: ~wordEnd) }
        return takePlainWord(to: wordEnd)
    }

    /// Parses the word at the cursor that ``plainWordEnd()`` declined: quotes,
    /// expansions, escapes, or plain bytes up to `plainEnd` followed by any of those.
    @inline(never)
    mutating func parseWordParts(plainEnd i: Int) throws(ParseFailure) -> Word {
        let start = pos
        if i == start, i < end, let word = quotedWord(at: start) { return word }
        var builder = PartsBuilder()
        var escapeEnd = start
        if i > start {
            // The plain bytes already scanned start the pending literal.
            builder.begin(at: start)
            pos = i
        }
        while pos < end {
            let b = buf[pos]
            if Parser.isPlain(b) {
                builder.begin(at: pos)
                pos += 1
                continue
            }
            switch b {
            case UInt8(ascii: "\\"):
                if byte(at: pos + 1) == 0x0A {
                    builder.drop(from: pos, to: pos + 2, in: buf)
                    pos += 2
                } else if pos + 1 == end, end == buf.count {
                    builder.drop(from: pos, to: pos + 1, in: buf)
                    pos += 1
                } else {
                    builder.begin(at: pos)
                    pos = min(pos + 2, end)
                    escapeEnd = pos
                }
            case UInt8(ascii: "'"):
                let part = try parseSingleQuoted()
                builder.append(part, literalEnd: part.span.start, in: buf)
            case UInt8(ascii: "\""):
                let part = try parseDoubleQuoted(localized: false)
                builder.append(part, literalEnd: part.span.start, in: buf)
            case UInt8(ascii: "$"):
                let at = pos
                if let part = try parseDollar(quoted: false) {
                    builder.append(part, literalEnd: at, in: buf)
                } else {
                    builder.begin(at: pos)
                    pos += 1
                }
            case UInt8(ascii: "`"):
                let part = try parseBackquoted(inDoubleQuotes: false)
                builder.append(part, literalEnd: part.span.start, in: buf)
            case UInt8(ascii: "<"), UInt8(ascii: ">"):
                guard byte(at: pos + 1) == UInt8(ascii: "(") else { return try finishWord(&builder, start) }
                let at = pos
                let part = try parseProcessSubstitution()
                builder.append(part, literalEnd: at, in: buf)
            case UInt8(ascii: "("):
                guard pos > escapeEnd, builder.runStart >= 0, builder.runStart < pos,
                    Parser.isExtglobOperator(buf[pos - 1])
                else { return try finishWord(&builder, start) }
                let at = pos - 1
                pos = at
                let part = try parseExtendedGlob()
                builder.append(part, literalEnd: at, in: buf)
            default:
                return try finishWord(&builder, start)
            }
        }
        return try finishWord(&builder, start)
    }

    /// The word at `start` when it is one quoted string stored without arrays:
    /// `'text'`, or `"text"` without `\`, `$` or backquotes, followed by the end
    /// of the word. `nil` (cursor unchanged) for any other word, which the general
    /// path parses.
    @inline(__always)
    private mutating func quotedWord(at start: Int) -> Word? {
        let quote = buf[start]
        var j = start + 1
        if quote == UInt8(ascii: "'") {
            while j < end, buf[j] != quote { j += 1 }
        } else if quote == UInt8(ascii: "\""), depth < maxDepth {
            while j < end {
                let b = buf[j]
                if b == quote || b == UInt8(ascii: "\\") || b == UInt8(ascii: "$") || b == UInt8(ascii: "`") { break }
                j += 1
            }
            // `""` has no literal part; escapes and expansions take the general path.
            guard j > start + 1, j < end, buf[j] == quote else { return nil }
        } else {
            return nil
        }
        guard j < end else { return nil }
        let after = j + 1
        if after < end {
            let b = buf[after]
            guard Parser.isMeta(b), !((b == UInt8(ascii: "<") || b == UInt8(ascii: ">")) && byte(at: after + 1) == UInt8(ascii: "(")) else {
                return nil
            }
        }
        pos = after
        let text = text(start + 1, j)
        let span = SourceSpan(start: start, end: after)
        return Word(storage: quote == UInt8(ascii: "'") ? .singleQuoted(text) : .doubleQuotedLiteral(text), span: span)
    }

    private mutating func finishWord(_ builder: inout PartsBuilder, _ start: Int) throws(ParseFailure) -> Word {
        if pos == start { throw expected("a word") }
        return builder.finishWord(at: pos, start: start, in: buf)
    }

    @inline(__always) static func isExtglobOperator(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "@") || b == UInt8(ascii: "!") || b == UInt8(ascii: "+") || b == UInt8(ascii: "*")
            || b == UInt8(ascii: "?")
    }

    // MARK: Quotes

    mutating func parseSingleQuoted() throws(ParseFailure) -> WordPart {
        let start = pos
        var i = pos + 1
        while i < end, buf[i] != UInt8(ascii: "'") { i += 1 }
        guard i < end else { throw incomplete("unterminated single quote", at: start) }
        pos = i + 1
        return .singleQuoted(SingleQuoted(rawText: text(start + 1, i), span: SourceSpan(start: start, end: pos)))
    }

    /// At `"` (or at `"` after the `$` of `$"`, with `start` at the `$`).
    mutating func parseDoubleQuoted(localized: Bool, start: Int? = nil) throws(ParseFailure) -> WordPart {
        let open = start ?? pos
        pos += 1
        try enterNesting()
        defer { leaveNesting() }
        let parts = try scanParts(.doubleQuoted)
        guard pos < end else { throw incomplete("unterminated double quote", at: open) }
        pos += 1
        return .doubleQuoted(DoubleQuoted(parts: parts, isLocalized: localized, span: SourceSpan(start: open, end: pos)))
    }

    /// At `$'`.
    mutating func parseANSICQuoted() throws(ParseFailure) -> WordPart {
        let start = pos
        var i = pos + 2
        while i < end, buf[i] != UInt8(ascii: "'") {
            i += buf[i] == UInt8(ascii: "\\") ? 2 : 1
        }
        guard i < end else { throw incomplete("unterminated `$'` string", at: start) }
        pos = i + 1
        return .ansiCQuoted(ANSICQuoted(raw: string(start + 2, i), span: SourceSpan(start: start, end: pos)))
    }

    /// At `@(`, `!(`, `+(`, `*(` or `?(`.
    mutating func parseExtendedGlob() throws(ParseFailure) -> WordPart {
        let start = pos
        let op: ExtendedGlobOperator
        switch buf[pos] {
        case UInt8(ascii: "?"): op = .zeroOrOne
        case UInt8(ascii: "*"): op = .zeroOrMore
        case UInt8(ascii: "+"): op = .oneOrMore
        case UInt8(ascii: "@"): op = .exactlyOne
        default: op = .none
        }
        pos += 2
        try enterNesting()
        defer { leaveNesting() }
        let parts = try scanParts(.extendedGlob)
        guard pos < end else { throw incomplete("unterminated extended glob `\(op.character)(`", at: start) }
        pos += 1
        return .extendedGlob(ExtendedGlob(op: op, pattern: parts, span: SourceSpan(start: start, end: pos)))
    }

    /// At `<(` or `>(`.
    mutating func parseProcessSubstitution() throws(ParseFailure) -> WordPart {
        let start = pos
        let direction: ProcessSubstitutionDirection = buf[pos] == UInt8(ascii: "<") ? .input : .output
        pos += 2
        try enterNesting()
        defer { leaveNesting() }
        let outer = pendingHereDocuments
        pendingHereDocuments = []
        let body = try parseCommandList()
        pendingHereDocuments = outer + pendingHereDocuments
        guard pos < end else { throw incomplete("unterminated process substitution: expected `)`", at: start) }
        guard buf[pos] == UInt8(ascii: ")") else { throw expected("`)` to close the process substitution") }
        pos += 1
        return .processSubstitution(ProcessSubstitution(direction: direction, body: body, span: SourceSpan(start: start, end: pos)))
    }

    // MARK: Parts in other contexts

    /// Scans word parts until the stop rule of `mode` holds; the cursor is left on
    /// the stopping byte (or at the end, which the caller reports).
    mutating func scanParts(_ mode: ScanMode) throws(ParseFailure) -> [WordPart] {
        var builder = PartsBuilder()
        var parens = 0
        var brackets = 0
        var braces = 0
        let quotesActive: Bool
        let quotedContext: Bool
        var lineStart = true
        var stripsTabs = false
        switch mode {
        case .doubleQuoted:
            quotesActive = false
            quotedContext = true
        case .hereDocument(let strip):
            quotesActive = false
            quotedContext = true
            stripsTabs = strip
        default:
            quotesActive = true
            quotedContext = false
        }
        while pos < end {
            let b = buf[pos]
            if stripsTabs, lineStart, b == 0x09 {
                var q = pos
                while q < end, buf[q] == 0x09 { q += 1 }
                builder.drop(from: pos, to: q, in: buf)
                pos = q
                lineStart = false
                continue
            }
            lineStart = b == 0x0A
            switch b {
            case UInt8(ascii: "\\"):
                if byte(at: pos + 1) == 0x0A {
                    builder.drop(from: pos, to: pos + 2, in: buf)
                    pos += 2
                } else {
                    builder.begin(at: pos)
                    pos = min(pos + 2, end)
                }
                continue
            case UInt8(ascii: "$"):
                let at = pos
                if let part = try parseDollar(quoted: quotedContext) {
                    builder.append(part, literalEnd: at, in: buf)
                } else {
                    builder.begin(at: pos)
                    pos += 1
                }
                continue
            case UInt8(ascii: "`"):
                let part = try parseBackquoted(inDoubleQuotes: mode == .doubleQuoted)
                builder.append(part, literalEnd: part.span.start, in: buf)
                continue
            case UInt8(ascii: "'") where quotesActive:
                let part = try parseSingleQuoted()
                builder.append(part, literalEnd: part.span.start, in: buf)
                continue
            case UInt8(ascii: "\"") where quotesActive:
                let part = try parseDoubleQuoted(localized: false)
                builder.append(part, literalEnd: part.span.start, in: buf)
                continue
            default:
                break
            }
            if stops(mode, at: b, parens: &parens, brackets: &brackets, braces: &braces) { break }
            builder.begin(at: pos)
            pos += 1
        }
        return builder.finish(at: pos, in: buf)
    }

    /// Whether byte `b` ends a scan in `mode`; updates nesting counters otherwise.
    @inline(__always)
    private func stops(_ mode: ScanMode, at b: UInt8, parens: inout Int, brackets: inout Int, braces: inout Int) -> Bool {
        switch mode {
        case .doubleQuoted:
            return b == UInt8(ascii: "\"")
        case .hereDocument:
            return false
        case .parameterOperand, .parameterPattern:
            if b == UInt8(ascii: "{") {
                braces += 1
            } else if b == UInt8(ascii: "}") {
                if braces == 0 { return true }
                braces -= 1
            } else if b == UInt8(ascii: "/"), mode == .parameterPattern, braces == 0 {
                return true
            }
            return false
        case .index:
            if b == UInt8(ascii: "[") {
                brackets += 1
            } else if b == UInt8(ascii: "]") {
                if brackets == 0 { return true }
                brackets -= 1
            }
            return false
        case .regex:
            if b == UInt8(ascii: "(") {
                parens += 1
            } else if b == UInt8(ascii: ")") {
                if parens == 0 { return true }
                parens -= 1
            } else if parens == 0, b == 0x20 || b == 0x09 || b == 0x0A {
                return true
            }
            return false
        case .extendedGlob:
            if b == UInt8(ascii: "(") {
                parens += 1
            } else if b == UInt8(ascii: ")") {
                if parens == 0 { return true }
                parens -= 1
            }
            return false
        case .arithmetic(let stop):
            switch b {
            case UInt8(ascii: "("):
                parens += 1
            case UInt8(ascii: ")"):
                if parens == 0 {
                    return stop == .doubleParenthesis || stop == .forClause
                }
                parens -= 1
            case UInt8(ascii: "["):
                brackets += 1
            case UInt8(ascii: "]"):
                if brackets == 0 { return stop == .bracket }
                brackets -= 1
            case UInt8(ascii: ";"):
                return parens == 0 && stop == .forClause
            case UInt8(ascii: ":"):
                return parens == 0 && stop == .substringOffset
            case UInt8(ascii: "}"):
                return stop == .substringOffset || stop == .substringLength
            default:
                break
            }
            return false
        }
    }
}
