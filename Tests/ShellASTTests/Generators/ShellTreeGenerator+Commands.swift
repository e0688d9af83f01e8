@testable import ShellAST

extension ShellTreeGenerator {
    // MARK: Lists

    /// A list of `items` and-or lists.
    mutating func list(items: Int) -> CommandList {
        var result: [ListItem] = []
        for _ in 0..<items {
            let andOr = andOrList()
            let background = choices.chance(12) && !(andOr.rest.last?.pipeline ?? andOr.first).commands.isEmpty
            result.append(ListItem(andOr: andOr, separator: background ? .background : .sequential, span: zeroSpan))
        }
        return CommandList(items: result, span: zeroSpan)
    }

    /// A list of at least one item (the bodies of compound commands).
    mutating func nonEmptyList() -> CommandList {
        list(items: 1 + choices.weighted([8, 2, 1]))
    }

    mutating func andOrList() -> AndOrList {
        let first = pipeline(mayBeEmpty: false)
        var rest: [AndOrElement] = []
        let n = choices.weighted([8, 2, 1])
        for i in 0..<n {
            let op: LogicalOperator = choices.chance(50) ? .or : .and
            rest.append(AndOrElement(op: op, pipeline: pipeline(mayBeEmpty: i == n - 1)))
        }
        if n == 0, choices.chance(3) {
            return AndOrList(first: pipeline(mayBeEmpty: true), span: zeroSpan)
        }
        return AndOrList(first: first, rest: rest, span: zeroSpan)
    }

    /// A pipeline; a bare `time` or `!` (no command) only where bash takes one.
    mutating func pipeline(mayBeEmpty: Bool) -> Pipeline {
        var timing: PipelineTiming? = [nil, .time, .timePosix][choices.weighted([10, 2, 1])]
        let negated = choices.chance(10)
        if mayBeEmpty, timing != nil || negated, choices.chance(20) {
            return Pipeline(timing: timing, isNegated: negated, commands: [], span: zeroSpan)
        }
        let count = 1 + choices.weighted([8, 2, 1])
        var commands: [Command] = []
        var operators: [PipeOperator] = []
        for i in 0..<count {
            if i > 0 { operators.append(choices.chance(25) ? .pipeWithStderr : .pipe) }
            commands.append(command())
        }
        // `time -p` is the POSIX format option, not a command named `-p`.
        if timing == .time {
            let text = ShellPrinter.print(commands[0])
            if startsWithToken(text, "-p") { timing = .timePosix }
            // `time -p<(x)`: the parser takes `-p` alone (see KnownParserIssues).
            if options.avoidKnownIssues, text.hasPrefix("-p<(") || text.hasPrefix("-p>(") { timing = .timePosix }
        }
        return Pipeline(timing: timing, isNegated: negated, commands: commands, operators: operators, span: zeroSpan)
    }

    // MARK: Commands

    /// Any command; compound commands, functions and coprocesses need room to nest.
    mutating func command() -> Command {
        let kind = canNest ? choices.weighted([10, 2, 6, 1, 1]) : choices.weighted([10, 2])
        switch kind {
        case 0: return simpleCommand()
        case 1: return declaration()
        case 2: return nested { .compound($0.compoundCommand()) }
        case 3: return nested { $0.functionDefinition() }
        default: return nested { $0.coprocess() }
        }
    }

    mutating func simpleCommand() -> Command {
        var assignments: [Assignment] = []
        for _ in 0..<choices.weighted([8, 2, 1]) { assignments.append(assignment()) }
        var words: [Word] = []
        let wordCount = [1, 0, 2, 3, 4][choices.weighted([6, 1, 4, 2, 1])]
        for i in 0..<wordCount { words.append(word(i == 0 ? .commandName : .argument)) }
        var redirects: [Redirect] = []
        for _ in 0..<choices.weighted([8, 3, 1]) { redirects.append(redirect()) }
        if assignments.isEmpty && words.isEmpty && redirects.isEmpty { words = [literalWord("a")] }
        // A reserved word stays a command name only after a redirection (the printer writes those first).
        if assignments.isEmpty, let w = words.first?.unquotedLiteral, reservedWords.contains(w), redirects.isEmpty {
            redirects.append(Redirect(op: .output, target: literalWord("/dev/null"), span: zeroSpan))
        }
        return .simple(SimpleCommand(assignments: assignments, words: words, redirects: redirects, span: zeroSpan))
    }

    mutating func declaration() -> Command {
        var assignments: [Assignment] = []
        if choices.chance(15) { assignments.append(assignment()) }
        let variant = literalWord(choices.pick(["declare", "local", "export", "readonly", "typeset"]))
        var arguments: [DeclarationArgument] = []
        for _ in 0..<choices.weighted([2, 4, 3, 1]) {
            if choices.chance(60) {
                arguments.append(.assignment(assignment()))
            } else {
                let option = choices.chance(50)
                arguments.append(.word(option ? literalWord(choices.pick(["-a", "-A", "-x", "-r", "-i", "-g", "-n"])) : word(.declarationArgument)))
            }
        }
        var redirects: [Redirect] = []
        if choices.chance(10) { redirects.append(redirect()) }
        return .declaration(DeclarationCommand(assignments: assignments, variant: variant, arguments: arguments, redirects: redirects, span: zeroSpan))
    }

    mutating func assignment() -> Assignment {
        let name = choices.pick(LiteralPools.names)
        let index: Subscript? = choices.chance(20) ? subscriptNode(assignment: true) : nil
        let isAppend = choices.chance(20)
        let value: AssignmentValue
        switch choices.weighted([6, 2, 2]) {
        case 0: value = .scalar(word(.assignmentValue))
        case 1: value = .scalar(nil)
        default: value = .array(canNest ? nested { $0.arrayElements() } : [])
        }
        return Assignment(name: name, index: index, isAppend: isAppend, value: value, span: zeroSpan)
    }

    private mutating func arrayElements() -> [ArrayElement] {
        var elements: [ArrayElement] = []
        for _ in 0..<choices.weighted([2, 4, 3, 1]) {
            if choices.chance(30) {
                let key = subscriptNode(assignment: true)
                let value: Word? = choices.chance(75) ? word(.assignmentValue) : nil
                elements.append(ArrayElement(key: key, isAppend: choices.chance(20), value: value, span: zeroSpan))
            } else {
                elements.append(ArrayElement(value: word(.arrayElement), span: zeroSpan))
            }
        }
        return elements
    }

    /// `name() body`, `function name body` or `function name() body`.
    mutating func functionDefinition() -> Command {
        let style: FunctionStyle = choices.pick([.posix, .keyword, .keywordWithParentheses])
        var body = compoundCommand()
        // `function f ( ... )` is rejected by the parser (see KnownParserIssues).
        if options.avoidKnownIssues, style == .keyword, case .subshell = body.kind {
            body = CompoundCommand(kind: .braceGroup(BraceGroup(body: nonEmptyList(), span: zeroSpan)), redirects: body.redirects, span: zeroSpan)
        }
        return .function(FunctionDefinition(name: choices.pick(LiteralPools.functionNames), style: style, body: body, span: zeroSpan))
    }

    /// `coproc [NAME] command`: a name only before a compound command, and a
    /// simple body never reads as `NAME compound`.
    mutating func coprocess() -> Command {
        if choices.chance(50) {
            let name: String? = choices.chance(50) ? choices.pick(["CO", "P", "worker"]) : nil
            return .coprocess(Coprocess(name: name, body: .compound(compoundCommand()), span: zeroSpan))
        }
        for _ in 0..<4 {
            let body = choices.chance(20) ? declaration() : simpleCommand()
            let tokens = ShellPrinter.print(body).split(separator: " ", maxSplits: 2)
            let first = tokens.first.map(String.init) ?? ""
            let readsAsName = !first.isEmpty && first.utf8.allSatisfy(isNameChar)
                && tokens.count > 1 && (compoundStartWords.contains(String(tokens[1])) || tokens[1].hasPrefix("("))
            if !readsAsName { return .coprocess(Coprocess(name: nil, body: body, span: zeroSpan)) }
        }
        return .coprocess(Coprocess(name: nil, body: .simple(SimpleCommand(words: [literalWord("a")], span: zeroSpan)), span: zeroSpan))
    }

    // MARK: Redirections

    mutating func redirect() -> Redirect {
        // Here-document bodies may hold unbalanced parentheses: none inside arithmetic.
        let op = choices.pick(RedirectOperator.allCases.filter { arithmeticNesting == 0 || ($0 != .hereDocument && $0 != .hereDocumentStrippingTabs) })
        var descriptor: RedirectDescriptor?
        if op != .outputAndError && op != .appendOutputAndError {
            switch choices.weighted([6, 3, 1]) {
            case 0: break
            case 1: descriptor = .number(choices.pick([0, 1, 2, 3, 9, 10, 255, 123_456_789]))
            default: descriptor = .variable(choices.pick(["fd", "out", "FD2"]))
            }
        }
        switch op {
        case .hereDocument, .hereDocumentStrippingTabs:
            return hereDocumentRedirect(descriptor: descriptor, stripsTabs: op == .hereDocumentStrippingTabs)
        case .duplicateInput, .duplicateOutput:
            let target = choices.chance(70) ? literalWord(choices.pick(["1", "2", "-", "0", "5"])) : word(.redirectTarget)
            return Redirect(descriptor: descriptor, op: op, target: target, span: zeroSpan)
        default:
            return Redirect(descriptor: descriptor, op: op, target: word(.redirectTarget), span: zeroSpan)
        }
    }

    /// `<<ZZn` / `<<-ZZn` with a fresh delimiter (quoted in one of several
    /// ways, or not) and a body that ends with a newline and never holds the
    /// delimiter line.
    mutating func hereDocumentRedirect(descriptor: RedirectDescriptor?, stripsTabs: Bool) -> Redirect {
        let delimiter = "ZZ\(hereDocumentCount)"
        hereDocumentCount += 1
        let forms: [[WordPart]] = [
            [literalPart(delimiter)],
            [.singleQuoted(SingleQuoted(text: delimiter, span: zeroSpan))],
            [.doubleQuoted(DoubleQuoted(parts: [literalPart(delimiter)], span: zeroSpan))],
            [literalPart("\\" + delimiter)],
            [literalPart("Z"), .singleQuoted(SingleQuoted(text: String(delimiter.dropFirst()), span: zeroSpan))],
        ]
        let form = choices.weighted([5, 2, 2, 1, 1])
        let quoted = form != 0
        var body: [WordPart] = []
        let lines = choices.weighted([1, 4, 3, 1])
        if quoted {
            var text = ""
            for _ in 0..<lines { text += joined(LiteralPools.quotedHereDocument, upTo: 3) + "\n" }
            if !text.isEmpty { body = [literalPart(text)] }
        } else {
            var list = PartList()
            let saved = inDoubleQuotes
            inDoubleQuotes = false
            for _ in 0..<lines {
                for _ in 0..<choices.below(3) { list.append(part(.hereDocument(stripsTabs: stripsTabs))) }
                list.literal("\n")
            }
            inDoubleQuotes = saved
            body = list.parts
        }
        let printedBody = ShellPrinter.print(makeWord(body))
        let printed = printedBody.split(separator: "\n", omittingEmptySubsequences: false)
        // The printer may write a body inside a later `$(( $(...) ))` on the same line,
        // where unbalanced parentheses change how it parses (see KnownParserIssues).
        if printed.contains(where: { line in
            (stripsTabs ? String(line.drop { $0 == "\t" }) : String(line)) == delimiter
        }) || (options.avoidKnownIssues && !isNeutralForArithmeticLookahead(printedBody)) {
            body = [literalPart("body\n")]
        }
        let doc = HereDocument(delimiter: delimiter, isQuoted: quoted, body: body, span: zeroSpan)
        return Redirect(
            descriptor: descriptor, op: stripsTabs ? .hereDocumentStrippingTabs : .hereDocument,
            target: makeWord(forms[form]), hereDocument: doc, span: zeroSpan)
    }
}

/// Whether `text` starts with the word `token` (followed by a blank or the end).
func startsWithToken(_ text: String, _ token: String) -> Bool {
    guard text.hasPrefix(token) else { return false }
    let rest = text.dropFirst(token.count)
    return rest.isEmpty || rest.first == " " || rest.first == "\n" || rest.first == ";"
}

/// Whether `text`, wherever it is written inside `$(( ... ))`, leaves the
/// parser's arithmetic lookahead (which skips quotes and backslash escapes and
/// counts parentheses) where it was: quotes closed, parentheses balanced.
func isNeutralForArithmeticLookahead(_ text: String) -> Bool {
    let b = Array(text.utf8)
    var depth = 0
    var i = 0
    while i < b.count {
        switch b[i] {
        case UInt8(ascii: "("): depth += 1
        case UInt8(ascii: ")"):
            depth -= 1
            if depth < 0 { return false }
        case UInt8(ascii: "\\"): i += 1
        case UInt8(ascii: "'"):
            i += 1
            while i < b.count, b[i] != UInt8(ascii: "'") { i += 1 }
            if i >= b.count { return false }
        case UInt8(ascii: "\""):
            i += 1
            while i < b.count, b[i] != UInt8(ascii: "\"") {
                if b[i] == UInt8(ascii: "\\") { i += 1 }
                i += 1
            }
            if i >= b.count { return false }
        default: break
        }
        i += 1
    }
    return depth == 0 && i == b.count
}
