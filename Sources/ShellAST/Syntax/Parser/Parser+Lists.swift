extension Parser {
    // MARK: Script and lists

    mutating func parseScript() throws(ParseFailure) -> ShellScript {
        if let i = firstNUL() {
            throw failure("NUL byte in input: a command line cannot contain one", at: i, kind: .invalidByte)
        }
        var body = try parseCommandList()
        if !atEnd { throw failure("expected a command or the end of input, found \(describeToken())") }
        try finishHereDocuments(in: &body)
        return ShellScript(body: body, span: SourceSpan(start: 0, end: end))
    }

    /// The offset of the first NUL byte, if any, checking eight bytes at a time.
    func firstNUL() -> Int? {
        var i = 0
        if let base = buf.baseAddress, end >= 8 {
            let raw = UnsafeRawPointer(base)
            @inline(__always) func zeroByte(_ v: UInt64) -> UInt64 { (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080 }
            while i + 16 <= end {
                let a = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let b = raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
                if zeroByte(a) | zeroByte(b) != 0 { break }
                i += 16
            }
            if i + 16 > end {
                // The last bytes in at most two overlapping loads: without a NUL, done.
                let a = raw.loadUnaligned(fromByteOffset: i + 8 <= end ? i : end - 8, as: UInt64.self)
                let b = raw.loadUnaligned(fromByteOffset: end - 8, as: UInt64.self)
                if zeroByte(a) | zeroByte(b) == 0 { return nil }
            }
        }
        while i < end {
            if buf[i] == 0 { return i }
            i += 1
        }
        return nil
    }

    /// Parses and-or lists until the end, `)`, a case terminator or a reserved word
    /// that closes a list. The caller checks that what stopped it was expected.
    mutating func parseCommandList() throws(ParseFailure) -> CommandList {
        // The only item so far, kept out of `items` (most lists have one), and
        // `items`, made at the second item.
        var first: ListItem?
        var items: [ListItem]?
        var listStart = -1
        var listEnd = pos
        while true {
            try skipLinebreaks()
            if atEnd { break }
            let b = buf[pos]
            if b == UInt8(ascii: ")") { break }
            if b == UInt8(ascii: ";") {
                let n = peek(1)
                if n == UInt8(ascii: ";") || n == UInt8(ascii: "&") { break }
                throw failure("expected a command before `;`, found `;`")
            }
            let keyword = peekKeyword()
            if let k = keyword, k.closesList { break }
            let itemStart = pos
            if listStart < 0 { listStart = itemStart }
            let andOr = try parseAndOr(keyword: keyword)
            skipBlanksAndComment()
            var separator = ListSeparator.sequential
            var itemEnd = andOr.span.end
            if pos < end {
                let c = buf[pos]
                let n = peek(1)
                if c == UInt8(ascii: ";") && n != UInt8(ascii: ";") && n != UInt8(ascii: "&") {
                    pos += 1
                    itemEnd = pos
                } else if c == UInt8(ascii: "&") && n != UInt8(ascii: "&") && n != UInt8(ascii: ">") {
                    pos += 1
                    itemEnd = pos
                    separator = .background
                } else if c == 0x0A || c == UInt8(ascii: ")") || c == UInt8(ascii: ";") {
                    // A newline, the end of an enclosing construct, or a case terminator.
                } else if let k = peekKeyword(), k.closesList {
                    // `{ a; } }`: a reserved word right after a compound command.
                } else {
                    throw expected("`;`, `&` or a newline")
                }
            }
            let item = ListItem(andOr: andOr, separator: separator, span: SourceSpan(start: itemStart, end: itemEnd))
            if items != nil {
                items!.append(item)
            } else if let f = first.take() {
                // A second item: room for a few more at once.
                var list: [ListItem] = []
                list.reserveCapacity(4)
                list.append(f)
                list.append(item)
                items = list
            } else {
                first = item
            }
            listEnd = itemEnd
        }
        let start = listStart < 0 ? pos : listStart
        let span = SourceSpan(start: start, end: max(listEnd, start))
        if let items { return CommandList(items: items, span: span) }
        if let f = first { return CommandList(items: [f], span: span) }
        return CommandList(items: [], span: span)
    }

    /// A list that must hold at least one command (bodies of compound commands).
    mutating func parseNonEmptyList(before closer: String) throws(ParseFailure) -> CommandList {
        let list = try parseCommandList()
        if list.items.isEmpty { throw expected("a command before \(closer)") }
        return list
    }

    /// Parses an and-or list; `keyword` is ``peekKeyword()`` at the cursor, which
    /// must be on the first word (blanks skipped).
    mutating func parseAndOr(keyword: Keyword?) throws(ParseFailure) -> AndOrList {
        let first = try parsePipeline(keyword: keyword)
        var rest: [AndOrElement] = []
        var stop = first.span.end
        while true {
            skipBlanks()
            let b = peek()
            guard (b == UInt8(ascii: "&") || b == UInt8(ascii: "|")) && peek(1) == b else { break }
            pos += 2
            try skipLinebreaks()
            let pipeline = try parsePipeline(keyword: peekKeyword())
            rest.append(AndOrElement(op: b == UInt8(ascii: "&") ? .and : .or, pipeline: pipeline))
            stop = pipeline.span.end
        }
        return AndOrList(first: first, rest: rest, span: SourceSpan(start: first.span.start, end: stop))
    }

    /// Parses a pipeline; `keyword` is ``peekKeyword()`` at the cursor, which must
    /// be on the first word (blanks skipped).
    mutating func parsePipeline(keyword: Keyword?) throws(ParseFailure) -> Pipeline {
        let start = pos
        var timing: PipelineTiming?
        var negated = false
        var prefixEnd = pos
        var keyword = keyword
        while true {
            guard let k = keyword else { break }
            if k == .time && timing == nil {
                consume(.time)
                prefixEnd = pos
                timing = .time
                skipBlanks()
                if peek() == UInt8(ascii: "-"), peek(1) == UInt8(ascii: "p"), isKeywordBoundary(pos + 2) {
                    pos += 2
                    prefixEnd = pos
                    timing = .timePosix
                }
            } else if k == .bang {
                consume(.bang)
                prefixEnd = pos
                negated.toggle()
            } else {
                break
            }
            skipBlanks()
            keyword = peekKeyword()
        }
        if timing != nil || negated, atPipelineEnd() {
            return Pipeline(timing: timing, isNegated: negated, commands: [], span: SourceSpan(start: start, end: prefixEnd))
        }
        let first = try parseCommand(keyword: keyword)
        skipBlanks()
        guard peek() == UInt8(ascii: "|"), peek(1) != UInt8(ascii: "|") else {
            return Pipeline(
                timing: timing, isNegated: negated, commands: [first], span: SourceSpan(start: start, end: first.span.end))
        }
        // A real pipeline: room for a few commands up front instead of regrowing.
        var commands: [Command] = []
        commands.reserveCapacity(4)
        commands.append(consume first)
        // Built only once a `|&` appears; until then every operator is `|`.
        var mixed: [PipeOperator]?
        while true {
            skipBlanks()
            guard peek() == UInt8(ascii: "|"), peek(1) != UInt8(ascii: "|") else { break }
            if peek(1) == UInt8(ascii: "&") {
                pos += 2
                if mixed == nil { mixed = Array(repeating: .pipe, count: commands.count - 1) }
                mixed!.append(.pipeWithStderr)
            } else {
                pos += 1
                mixed?.append(.pipe)
            }
            try skipLinebreaks()
            commands.append(try parseCommand(keyword: peekKeyword()))
        }
        let allPipes = Parser.allPipes
        let operators = mixed ?? (commands.count <= allPipes.count ? allPipes[commands.count - 1] : Array(repeating: .pipe, count: commands.count - 1))
        return Pipeline(
            timing: timing, isNegated: negated, commands: commands, operators: operators,
            span: SourceSpan(start: start, end: commands[commands.count - 1].span.end))
    }

    /// `allPipes[n]` is `n` pipe operators: pipelines of up to eight commands joined
    /// by `|` share these arrays instead of allocating their own.
    static let allPipes: [[PipeOperator]] = (0..<8).map { Array(repeating: .pipe, count: $0) }

    /// Whether nothing that could start a command follows (after `time` or `!`).
    func atPipelineEnd() -> Bool {
        if atEnd { return true }
        switch buf[pos] {
        case 0x0A, UInt8(ascii: ";"), UInt8(ascii: ")"), UInt8(ascii: "#"): return true
        case UInt8(ascii: "&"): return peek(1) != UInt8(ascii: ">")
        case UInt8(ascii: "|"): return true
        default: return peekKeyword()?.closesList ?? false
        }
    }

    // MARK: Commands

    /// Parses a command at the cursor.
    mutating func parseCommand() throws(ParseFailure) -> Command {
        skipBlanks()
        return try parseCommand(keyword: peekKeyword())
    }

    /// Parses a command; `keyword` is ``peekKeyword()`` at the cursor, which must
    /// be on the command's first word (blanks skipped).
    @inline(__always)
    mutating func parseCommand(keyword: Keyword?) throws(ParseFailure) -> Command {
        // Most commands are simple: no reserved word, and a first byte none of the
        // checks in `parseOtherCommand` stops at. Those take no extra call.
        if keyword == nil, pos < end {
            switch buf[pos] {
            case UInt8(ascii: "("), 0x0A, UInt8(ascii: ";"), UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: ")"),
                UInt8(ascii: "]"):
                break
            default:
                return try parseSimpleCommand()
            }
        }
        return try parseOtherCommand(keyword: keyword)
    }

    /// ``parseCommand(keyword:)`` for any command: compound commands, reserved
    /// words, and the errors of a missing command.
    @inline(never)
    private mutating func parseOtherCommand(keyword: Keyword?) throws(ParseFailure) -> Command {
        guard pos < end else { throw expected("a command") }
        let b = buf[pos]
        switch b {
        case UInt8(ascii: "("):
            return .compound(try parseCompoundCommand())
        case 0x0A, UInt8(ascii: ";"), UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: ")"):
            if b == UInt8(ascii: "&"), peek(1) == UInt8(ascii: ">") { return try parseSimpleCommand() }
            throw expected("a command")
        default:
            break
        }
        if b == UInt8(ascii: "]"), peek(1) == UInt8(ascii: "]"), isWordBoundary(pos + 2) {
            throw failure("expected a command, found `]]`")
        }
        if let k = keyword {
            if k.startsCompound { return .compound(try parseCompoundCommand()) }
            switch k {
            case .function: return try parseFunctionKeyword()
            case .coproc: return try parseCoprocess()
            case .time, .bang: break
            default: throw failure("expected a command, found `\(k.text)`")
            }
        }
        return try parseSimpleCommand()
    }

    /// Parses a compound command at the cursor and the redirections after it.
    mutating func parseCompoundCommand() throws(ParseFailure) -> CompoundCommand {
        try enterNesting()
        defer { leaveNesting() }
        let start = pos
        let kind: CompoundKind
        if buf[pos] == UInt8(ascii: "(") {
            if peek(1) == UInt8(ascii: "("), looksLikeArithmetic(openAt: pos) {
                kind = .arithmetic(try parseArithmeticCommand())
            } else {
                kind = .subshell(try parseSubshell())
            }
        } else {
            switch peekKeyword() {
            case .openBrace?: kind = .braceGroup(try parseBraceGroup())
            case .if?: kind = .ifClause(try parseIf())
            case .while?: kind = .conditionalLoop(try parseConditionalLoop(.while))
            case .until?: kind = .conditionalLoop(try parseConditionalLoop(.until))
            case .for?: kind = try parseFor()
            case .select?: kind = try parseFor()
            case .case?: kind = .caseClause(try parseCase())
            case .openDoubleBracket?: kind = .conditional(try parseConditional())
            default: throw expected("a compound command")
            }
        }
        var redirects: [Redirect] = []
        var stop = kind.span.end
        while true {
            skipBlanks()
            guard let r = try parseRedirectIfPresent() else { break }
            redirects.append(r)
            stop = r.span.end
        }
        return CompoundCommand(kind: kind, redirects: redirects, span: SourceSpan(start: start, end: stop))
    }
}
