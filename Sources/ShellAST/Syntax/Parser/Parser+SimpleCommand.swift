extension Parser {
    // MARK: Simple commands

    mutating func parseSimpleCommand() throws(ParseFailure) -> Command {
        let start = pos
        var assignments: [Assignment] = []
        var words: [Word] = []
        // Room for the words at once (regrowing costs another allocation and a
        // copy): about one per four bytes left, at least 4 and at most 16.
        words.reserveCapacity(Swift.min(Swift.max((end &- pos) &>> 2, 4), 16))
        var redirects: [Redirect] = []
        var stop = pos
        while true {
            skipBlanks()
            guard pos < end else { break }
            let b = buf[pos]
            if Parser.mayStartRedirect(b), let r = try parseRedirectIfPresent() {
                redirects.append(r)
                stop = r.span.end
                continue
            }
            if Parser.isMeta(b), !startsProcessSubstitution() {
                guard b == UInt8(ascii: "(") else { break }
                return try parseParenthesis(start: start, assignments: assignments, words: words, redirects: redirects)
            }
            if b == UInt8(ascii: "#") {
                skipBlanksAndComment()
                break
            }
            if words.isEmpty, Parser.isNameStart(b), looksLikeAssignment(), let a = try parseAssignmentIfPresent() {
                assignments.append(a)
                stop = a.span.end
                continue
            }
            let wordEnd = plainWordEnd()
            let word = wordEnd >= 0 ? takePlainWord(to: wordEnd) : try parseWordParts(plainEnd: ~wordEnd)
            stop = word.span.end
            if words.isEmpty, isDeclarationBuiltin(word) {
                return try parseDeclaration(start: start, assignments: assignments, variant: word, redirects: redirects)
            }
            words.append(word)
        }
        if assignments.isEmpty && words.isEmpty && redirects.isEmpty { throw expected("a command") }
        return .simple(SimpleCommand(
            assignments: assignments, words: words, redirects: redirects, span: SourceSpan(start: start, end: stop)))
    }

    /// Whether a redirection can start with byte `b` (`<`, `>`, `&>`, a digit, `{var}`).
    @inline(__always) static func mayStartRedirect(_ b: UInt8) -> Bool {
        byteClasses[Int(b)] & redirectFlag != 0
    }

    /// Whether the cursor is at `<(` or `>(`.
    func startsProcessSubstitution() -> Bool {
        let b = peek()
        return (b == UInt8(ascii: "<") || b == UInt8(ascii: ">")) && peek(1) == UInt8(ascii: "(")
    }

    @inline(__always) private func isDeclarationBuiltin(_ word: Word) -> Bool {
        guard case .literal(let text) = word.storage else { return false }
        switch text.packed {
        case 0x74726f707865, 0x6c61636f6c, 0x6572616c636564, 0x796c6e6f64616572, 0x74657365707974: return true
        default: return false
        }
    }

    /// At `(` after the start of a simple command: `name ( )` begins a function
    /// definition; any other `(` is an error. Out of line, as it is rare.
    @inline(never)
    private mutating func parseParenthesis(
        start: Int, assignments: [Assignment], words: [Word], redirects: [Redirect]
    ) throws(ParseFailure) -> Command {
        if words.count == 1, assignments.isEmpty, redirects.isEmpty, let name = words[0].unquotedLiteral {
            return try parseFunctionDefinition(name: name, start: start)
        }
        if pos > 0, buf[pos - 1] == UInt8(ascii: "="), !words.isEmpty {
            throw failure("expected a word, found `(`: an array assignment is only allowed before the command name or after a declaration builtin")
        }
        throw failure("expected a word, found `(` in a command's arguments (quote it to pass it as text)")
    }

    @inline(never)
    private mutating func parseDeclaration(
        start: Int, assignments: [Assignment], variant: Word, redirects: [Redirect]
    ) throws(ParseFailure) -> Command {
        var redirects = redirects
        var arguments: [DeclarationArgument] = []
        var stop = variant.span.end
        while true {
            skipBlanks()
            guard pos < end else { break }
            if let r = try parseRedirectIfPresent() {
                redirects.append(r)
                stop = r.span.end
                continue
            }
            let b = buf[pos]
            if Parser.isMeta(b), !startsProcessSubstitution() {
                if b == UInt8(ascii: "(") { throw failure("expected a word, found `(` in a declaration's arguments") }
                break
            }
            if b == UInt8(ascii: "#") {
                skipBlanksAndComment()
                break
            }
            if looksLikeAssignment(), let a = try parseAssignmentIfPresent() {
                arguments.append(.assignment(a))
                stop = a.span.end
            } else {
                let w = try parseWord()
                arguments.append(.word(w))
                stop = w.span.end
            }
        }
        return .declaration(DeclarationCommand(
            assignments: assignments, variant: variant, arguments: arguments, redirects: redirects,
            span: SourceSpan(start: start, end: stop)))
    }

    // MARK: Assignments

    /// A cheap check before ``parseAssignmentIfPresent()``: a name followed by
    /// `=`, `+=` or `[`.
    @inline(__always) func looksLikeAssignment() -> Bool {
        var i = pos
        guard i < end, Parser.isNameStart(buf[i]) else { return false }
        i += 1
        while i < end, Parser.isNameChar(buf[i]) { i += 1 }
        guard i < end else { return false }
        let b = buf[i]
        return b == UInt8(ascii: "=") || b == UInt8(ascii: "[") || (b == UInt8(ascii: "+") && byte(at: i + 1) == UInt8(ascii: "="))
    }

    /// Parses `name=value`, `name+=value`, `name[sub]=value` or `name=(...)` at the
    /// cursor; returns `nil` (cursor unchanged) when the word is not an assignment.
    mutating func parseAssignmentIfPresent() throws(ParseFailure) -> Assignment? {
        let start = pos
        guard pos < end, Parser.isNameStart(buf[pos]) else { return nil }
        var i = pos + 1
        while i < end, Parser.isNameChar(buf[i]) { i += 1 }
        let nameEnd = i
        var hasSubscript = false
        if i < end, buf[i] == UInt8(ascii: "[") {
            guard let close = matchingBracket(from: i) else {
                // bash reads `name[` as the start of an assignment up to `]`.
                if !buf[i..<end].contains(UInt8(ascii: "]")) {
                    throw incomplete("expected `]` to close `\(string(start, i))[`, found end of input", at: end)
                }
                return nil
            }
            hasSubscript = true
            i = close + 1
        }
        var isAppend = false
        if i < end, buf[i] == UInt8(ascii: "+") {
            isAppend = true
            i += 1
        }
        guard i < end, buf[i] == UInt8(ascii: "=") else { return nil }
        let name = string(start, nameEnd)
        var sub: Subscript?
        if hasSubscript {
            pos = nameEnd
            sub = try parseSubscript()
        }
        pos = i + 1
        let value: AssignmentValue
        if pos < end, buf[pos] == UInt8(ascii: "(") {
            value = .array(try parseArrayElements())
        } else if isWordBoundary(pos), !startsProcessSubstitution() {
            value = .scalar(nil)
        } else {
            let w = try parseWord()
            value = .scalar(w.partCount == 0 ? nil : w)
        }
        return Assignment(name: name, index: sub, isAppend: isAppend, value: value, span: SourceSpan(start: start, end: pos))
    }

    /// At `[`: the offset of the matching `]`, skipping quotes, `$( )`, `${ }`,
    /// `$'...'` and backquotes; `nil` if the brackets do not close before an
    /// unquoted newline, `;`, `&` or `|`, or the end.
    func matchingBracket(from open: Int) -> Int? {
        var i = open + 1
        var depth = 0
        while i < end {
            switch buf[i] {
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"):
                if depth == 0 { return i }
                depth -= 1
            case UInt8(ascii: "\\"): i += 1
            case UInt8(ascii: "'"):
                guard let close = skipQuoted(from: i, quote: UInt8(ascii: "'"), escapes: false) else { return nil }
                i = close
            case UInt8(ascii: "\""):
                guard let close = skipQuoted(from: i, quote: UInt8(ascii: "\""), escapes: true) else { return nil }
                i = close
            case UInt8(ascii: "`"):
                guard let close = skipQuoted(from: i, quote: UInt8(ascii: "`"), escapes: true) else { return nil }
                i = close
            case UInt8(ascii: "$"):
                let n = byte(at: i + 1)
                if n == UInt8(ascii: "(") || n == UInt8(ascii: "{") {
                    guard let close = skipBalanced(from: i + 1) else { return nil }
                    i = close
                } else if n == UInt8(ascii: "'") {
                    guard let close = skipQuoted(from: i + 1, quote: UInt8(ascii: "'"), escapes: true) else { return nil }
                    i = close
                }
            case 0x0A, UInt8(ascii: ";"), UInt8(ascii: "&"), UInt8(ascii: "|"):
                return nil
            default: break
            }
            i += 1
        }
        return nil
    }

    /// At an opening quote: the offset of its closing quote, or `nil`.
    func skipQuoted(from open: Int, quote: UInt8, escapes: Bool) -> Int? {
        var i = open + 1
        while i < end {
            if escapes, buf[i] == UInt8(ascii: "\\") {
                i += 2
                continue
            }
            if buf[i] == quote { return i }
            i += 1
        }
        return nil
    }

    /// At `(` or `{`: the offset of the matching closer, skipping quotes; `nil` if none.
    func skipBalanced(from open: Int) -> Int? {
        let opener = buf[open]
        let closer: UInt8 = opener == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "}")
        var depth = 0
        var i = open
        while i < end {
            let b = buf[i]
            if b == opener {
                depth += 1
            } else if b == closer {
                depth -= 1
                if depth == 0 { return i }
            } else if b == UInt8(ascii: "\\") {
                i += 1
            } else if b == UInt8(ascii: "'") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "`") {
                guard let close = skipQuoted(from: i, quote: b, escapes: b != UInt8(ascii: "'")) else { return nil }
                i = close
            }
            i += 1
        }
        return nil
    }

    /// At `(` after `name=`: the elements up to `)`.
    private mutating func parseArrayElements() throws(ParseFailure) -> [ArrayElement] {
        let open = pos
        pos += 1
        try enterNesting()
        defer { leaveNesting() }
        var elements: [ArrayElement] = []
        while true {
            try skipLinebreaks()
            guard pos < end else { throw incomplete("unterminated array `(`: expected `)`", at: open) }
            let b = buf[pos]
            if b == UInt8(ascii: ")") {
                pos += 1
                return elements
            }
            if Parser.isMeta(b) && !(b == UInt8(ascii: "<") || b == UInt8(ascii: ">")) {
                throw failure("expected a word or `)` in an array assignment, found \(describeToken())")
            }
            let start = pos
            if b == UInt8(ascii: "["), let close = matchingBracket(from: pos) {
                var i = close + 1
                var isAppend = false
                if byte(at: i) == UInt8(ascii: "+") {
                    isAppend = true
                    i += 1
                }
                if byte(at: i) == UInt8(ascii: "=") {
                    let key = try parseSubscript()
                    pos = i + 1
                    var value: Word? = isWordBoundary(pos) && !startsProcessSubstitution() ? nil : try parseWord()
                    if value?.partCount == 0 { value = nil }
                    elements.append(ArrayElement(key: key, isAppend: isAppend, value: value, span: SourceSpan(start: start, end: pos)))
                    continue
                }
            }
            let w = try parseWord()
            elements.append(ArrayElement(value: w, span: w.span))
        }
    }

    // MARK: Functions

    /// After `name` when `(` follows: `name ( ) compound-command`.
    private mutating func parseFunctionDefinition(name: String, start: Int) throws(ParseFailure) -> Command {
        pos += 1
        skipBlanks()
        guard peek() == UInt8(ascii: ")") else { throw expected("`)` after `\(name)(`", incompleteAtEnd: false) }
        pos += 1
        let body = try parseFunctionBody()
        return .function(FunctionDefinition(name: name, style: .posix, body: body, span: SourceSpan(start: start, end: body.span.end)))
    }

    /// `function name [()] compound-command`.
    mutating func parseFunctionKeyword() throws(ParseFailure) -> Command {
        let start = pos
        consume(.function)
        skipBlanks()
        let nameStart = pos
        while pos < end, !Parser.isMeta(buf[pos]), Parser.isPlain(buf[pos]) { pos += 1 }
        guard pos > nameStart, isWordBoundary(pos) else { throw expected("a function name after `function`", incompleteAtEnd: false) }
        let name = string(nameStart, pos)
        var style = FunctionStyle.keyword
        skipBlanks()
        if peek() == UInt8(ascii: "("), !(peek(1) == UInt8(ascii: "(")) {
            let open = pos
            pos += 1
            skipBlanks()
            if peek() == UInt8(ascii: ")") {
                pos += 1
                style = .keywordWithParentheses
            } else {
                pos = open  // `function f ( a )`: the body is a subshell.
            }
        }
        let body = try parseFunctionBody()
        return .function(FunctionDefinition(name: name, style: style, body: body, span: SourceSpan(start: start, end: body.span.end)))
    }

    private mutating func parseFunctionBody() throws(ParseFailure) -> CompoundCommand {
        try skipLinebreaks()
        guard pos < end else { throw expected("a function body") }
        if buf[pos] == UInt8(ascii: "(") || (peekKeyword()?.startsCompound ?? false) {
            return try parseCompoundCommand()
        }
        throw expected("a compound command as the function body, such as `{ ...; }`")
    }

    // MARK: Coprocesses

    /// `coproc [NAME] command`; a NAME is only taken before a compound command.
    mutating func parseCoprocess() throws(ParseFailure) -> Command {
        let start = pos
        consume(.coproc)
        try enterNesting()
        defer { leaveNesting() }
        skipBlanks()
        if atEnd { throw expected("a command", incompleteAtEnd: false) }
        var name: String?
        if pos < end, !(peekKeyword()?.startsCompound ?? false), buf[pos] != UInt8(ascii: "(") {
            var look = self
            let nameStart = look.pos
            while look.pos < look.end, Parser.isNameChar(look.buf[look.pos]) { look.pos += 1 }
            if look.pos > nameStart, look.isWordBoundary(look.pos) {
                let candidate = look.string(nameStart, look.pos)
                look.skipBlanks()
                if look.pos < look.end, look.buf[look.pos] == UInt8(ascii: "(") || (look.peekKeyword()?.startsCompound ?? false) {
                    name = candidate
                    self = look
                }
            }
        }
        let body = try parseCommand()
        return .coprocess(Coprocess(name: name, body: body, span: SourceSpan(start: start, end: body.span.end)))
    }
}
