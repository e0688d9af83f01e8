@testable import ShellAST

/// Where a word stands; each place adds its own rule about how a word may start.
enum WordRole {
    case argument
    case commandName
    case assignmentValue
    case arrayElement
    case redirectTarget
    case caseWord
    case casePattern
    case forItem
    case declarationArgument
    case conditional
}

/// The contexts in which the parser scans word parts, each with its own
/// literal text and its own set of possible parts.
enum PartContext: Equatable {
    /// An unquoted shell word (`parseWord`): every kind of part.
    case unquoted
    /// Inside `"..."`: literal text, parameters, substitutions, arithmetic.
    case doubleQuoted
    /// An unquoted here-document body; `<<-` bodies never have a tab at a line start.
    case hereDocument(stripsTabs: Bool)
    /// A `${x:-word}` operand; `pattern` for `${x/pattern/...}`, which ends at `/`.
    case operand(pattern: Bool)
    /// `[index]` of a parameter or (`assignment`) of an assignment.
    case index(assignment: Bool)
    /// The right side of `=~`.
    case regex
    /// Inside `@( ... )`.
    case extendedGlob
}

extension ShellTreeGenerator {
    // MARK: Words

    /// A word that may stand in `role`; a word that breaks the role's rule is
    /// drawn again (a few times) before falling back to a plain literal.
    mutating func word(_ role: WordRole) -> Word {
        for _ in 0..<4 {
            let w = makeWord(parts(.unquoted, count: 1 + choices.weighted([8, 3, 1])))
            if accepts(w, as: role) { return w }
        }
        return literalWord(role == .casePattern ? "p" : "w")
    }

    /// Whether the parser reads `w` back as one word in `role`.
    func accepts(_ w: Word, as role: WordRole) -> Bool {
        // Only a literal can print a leading `#`; every other part starts with a quote, `$`, `` ` ``, `<`, `>` or an operator.
        guard let firstPart = w.parts.first else { return false }
        if case .literal(let l) = firstPart, l.text.utf8.first == UInt8(ascii: "#") { return false }
        if role == .argument || role == .forItem || role == .redirectTarget { return true }
        let text = ShellPrinter.print(w)
        guard let first = text.utf8.first else { return false }
        let startsWithProcessSubstitution: Bool = {
            if case .processSubstitution = firstPart { return true }
            return false
        }()
        switch role {
        case .argument, .forItem, .redirectTarget:
            return true
        case .commandName:
            if looksLikeAssignment(text) { return false }
            // `{<(x)`, `time<(x)`: the parser takes the reserved word (see KnownParserIssues).
            if options.avoidKnownIssues, startsWithReservedWordBeforeProcessSubstitution(w) { return false }
            if let l = w.unquotedLiteral, DeclarationCommand.builtinNames.contains(l) { return false }
            return w.unquotedLiteral != "in" && w.unquotedLiteral != "]]"
        case .declarationArgument:
            return !looksLikeAssignment(text)
        case .assignmentValue:
            return true
        case .arrayElement:
            return first != UInt8(ascii: "[")
        case .casePattern:
            return !startsWithProcessSubstitution && !(options.avoidKnownIssues && startsWithReservedWordBeforeProcessSubstitution(w))
        case .caseWord:
            return !startsWithProcessSubstitution
        case .conditional:
            return text != "]]" && !(options.avoidKnownIssues && startsWithReservedWordBeforeProcessSubstitution(w))
        }
    }

    // MARK: Parts

    /// `count` parts for `context`, in normal form.
    mutating func parts(_ context: PartContext, count: Int) -> [WordPart] {
        var list = PartList()
        for _ in 0..<count { list.append(part(context)) }
        return list.parts
    }

    /// One part that may appear in `context`.
    mutating func part(_ context: PartContext) -> WordPart {
        // Weights: literal, '..', "..", $"..", $'..', parameter, $(..), `..`, arithmetic, <(..), @(..)
        var w = [50, 6, 8, 2, 4, 14, 4, 2, 3, 2, 3]
        switch context {
        case .unquoted:
            break
        case .doubleQuoted, .hereDocument:
            w[1] = 0; w[2] = 0; w[3] = 0; w[4] = 0; w[9] = 0; w[10] = 0
        case .operand, .index, .regex, .extendedGlob:
            w[9] = 0; w[10] = 0
        }
        if !canNest {
            w[2] = 0; w[3] = 0; w[6] = 0; w[7] = 0; w[8] = 0; w[9] = 0; w[10] = 0
        }
        // Like bash, the parser tells `$((`/`((` arithmetic from `$( (` by counting
        // parentheses up to `))` without parsing what is nested; so nothing inside
        // arithmetic may print unbalanced parentheses (backquotes escape them).
        if arithmeticNesting > 0 { w[7] = 0 }
        if options.avoidKnownIssues {
            // `a[$(x; y)]=1`, `a[$'\'']=1`: the parser does not see an assignment (see KnownParserIssues).
            if assignmentSubscriptNesting > 0 { w[2] = 0; w[3] = 0; w[4] = 0; w[6] = 0; w[7] = 0; w[8] = 0 }
            // `"${x:-`...`}"`: the printer escapes `"` in the backquotes (see KnownParserIssues).
            if inDoubleQuotes && context != .doubleQuoted { w[7] = 0 }
        }
        switch choices.weighted(w) {
        case 0: return literalPart(literalText(context))
        case 1: return .singleQuoted(SingleQuoted(text: joined(LiteralPools.singleQuoted, upTo: 3), span: zeroSpan))
        case 2: return doubleQuoted(localized: false)
        case 3: return doubleQuoted(localized: true)
        case 4:
            let pool = arithmeticNesting > 0 ? LiteralPools.ansiC.filter { $0 != "\\'" } : LiteralPools.ansiC
            return .ansiCQuoted(ANSICQuoted(raw: joined(pool, upTo: 3), span: zeroSpan))
        case 5: return .parameter(parameter())
        case 6: return commandSubstitution(style: .dollarParentheses)
        case 7: return commandSubstitution(style: .backquotes)
        case 8: return arithmeticExpansion()
        case 9: return processSubstitution()
        default: return extendedGlob()
        }
    }

    /// Literal text for `context`: one to three pool pieces.
    mutating func literalText(_ context: PartContext) -> String {
        switch context {
        case .unquoted: return joined(LiteralPools.unquoted, upTo: 3, atLeastOne: true)
        case .doubleQuoted: return joined(LiteralPools.doubleQuoted, upTo: 3, atLeastOne: true)
        case .hereDocument(let strips):
            let pool = strips ? LiteralPools.hereDocument : LiteralPools.hereDocument + ["\t"]
            var text = joined(pool, upTo: 3, atLeastOne: true)
            if choices.chance(30) { text += "\n" }
            return text
        case .operand(let pattern):
            var pool = LiteralPools.operand
            if pattern { pool.removeAll { $0 == "/" } }
            if arithmeticNesting > 0 { pool.removeAll { $0.contains("(") || $0.contains(")") } }
            if options.avoidKnownIssues && assignmentSubscriptNesting > 0 {
                pool.removeAll { $0.contains(";") || $0.contains("&") || $0.contains("|") || $0.contains("\n") || $0.contains("[") || $0.contains("]") }
            }
            return joined(pool, upTo: 3, atLeastOne: true)
        case .index: return joined(LiteralPools.index, upTo: 2, atLeastOne: true)
        case .regex: return joined(LiteralPools.regex, upTo: 3, atLeastOne: true)
        case .extendedGlob: return joined(LiteralPools.extendedGlob, upTo: 3, atLeastOne: true)
        }
    }

    /// Up to `n` pieces of `pool`, joined.
    mutating func joined(_ pool: [String], upTo n: Int, atLeastOne: Bool = false) -> String {
        let count = atLeastOne ? 1 + choices.below(n) : choices.below(n + 1)
        var s = ""
        for _ in 0..<count { s += choices.pick(pool) }
        return s
    }

    mutating func doubleQuoted(localized: Bool) -> WordPart {
        let saved = inDoubleQuotes
        inDoubleQuotes = true
        defer { inDoubleQuotes = saved }
        let body = nested { $0.parts(.doubleQuoted, count: $0.choices.below(4)) }
        return .doubleQuoted(DoubleQuoted(parts: body, isLocalized: localized, span: zeroSpan))
    }

    mutating func commandSubstitution(style: CommandSubstitutionStyle) -> WordPart {
        let saved = inDoubleQuotes
        inDoubleQuotes = false
        defer { inDoubleQuotes = saved }
        let body = nested { $0.list(items: $0.choices.weighted([1, 8, 1])) }
        return .commandSubstitution(CommandSubstitution(body: body, style: style, span: zeroSpan))
    }

    mutating func processSubstitution() -> WordPart {
        let direction: ProcessSubstitutionDirection = choices.chance(40) ? .output : .input
        let body = nested { $0.list(items: $0.choices.weighted([1, 8, 1])) }
        return .processSubstitution(ProcessSubstitution(direction: direction, body: body, span: zeroSpan))
    }

    mutating func extendedGlob() -> WordPart {
        let ops: [ExtendedGlobOperator] = [.exactlyOne, .zeroOrOne, .zeroOrMore, .oneOrMore, .none]
        let op = choices.pick(ops)
        let pattern = nested { $0.parts(.extendedGlob, count: $0.choices.below(3)) }
        return .extendedGlob(ExtendedGlob(op: op, pattern: pattern, span: zeroSpan))
    }

    mutating func arithmeticExpansion() -> WordPart {
        let style: ArithmeticExpansionStyle = choices.chance(25) ? .dollarBrackets : .dollarDoubleParentheses
        let expr = nested { $0.arithmetic(style == .dollarBrackets ? .bracket : .doubleParenthesis) }
        return .arithmeticExpansion(ArithmeticExpansion(expression: expr, style: style, span: zeroSpan))
    }

    /// `[index]` after a parameter name or (`assignment`) an assignment's name.
    mutating func subscriptNode(assignment: Bool) -> Subscript {
        if assignment { assignmentSubscriptNesting += 1 }
        defer { if assignment { assignmentSubscriptNesting -= 1 } }
        let p = nested { $0.parts(.index(assignment: assignment), count: 1 + $0.choices.below(2)) }
        return Subscript(parts: p, span: zeroSpan)
    }
}

/// Whether `w` is a reserved word (or `!`, or `]]`) glued to a process
/// substitution: `{<(x)`, `!>(y)`, `]]<(z)`.
func startsWithReservedWordBeforeProcessSubstitution(_ w: Word) -> Bool {
    guard w.parts.count > 1, case .literal(let l) = w.parts[0], case .processSubstitution = w.parts[1] else { return false }
    return reservedWords.contains(l.text) || l.text == "]]"
}
