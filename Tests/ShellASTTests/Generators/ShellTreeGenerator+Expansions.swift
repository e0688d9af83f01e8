@testable import ShellAST

/// Where arithmetic text ends, which decides what its literal text may hold.
enum ArithmeticContext {
    /// `$(( ))`, `(( ))`.
    case doubleParenthesis
    /// `$[ ]`.
    case bracket
    /// One clause of `for (( ; ; ))`.
    case forClause
    /// `${x:offset}`: must not start with `-`, `=`, `?` or `+` (a default-value operator).
    case substringOffset
    /// `${x:offset:length}`.
    case substringLength
}

extension ShellTreeGenerator {
    // MARK: Parameter expansion

    /// `$name`, `$1`, `$@` or `${...}` with any prefix, subscript and operator.
    mutating func parameter() -> ParameterExpansion {
        if !choices.chance(60) {
            // Unbraced: a name, one digit, or a special parameter.
            let name: String
            switch choices.weighted([6, 2, 3]) {
            case 0: name = choices.pick(LiteralPools.names)
            case 1: name = String(choices.below(10))
            default: name = choices.pick(LiteralPools.special)
            }
            return ParameterExpansion(isBraced: false, name: name, span: zeroSpan)
        }
        return nested { $0.bracedParameter() }
    }

    private mutating func bracedParameter() -> ParameterExpansion {
        let prefix: ParameterPrefix? = [nil, .length, .indirect][choices.weighted([7, 2, 2])]
        let nameKind = choices.weighted([7, 1, 2])
        let name: String
        switch nameKind {
        case 0: name = choices.pick(LiteralPools.names)
        case 1: name = choices.pick(["1", "10", "123"])
        default: name = choices.pick(LiteralPools.special)
        }
        let index: Subscript? = nameKind == 0 && choices.chance(20) ? subscriptNode(assignment: false) : nil
        var operation: ParameterOperation?
        if prefix != .length, choices.chance(60) {
            operation = parameterOperation(name: name, prefix: prefix, hasIndex: index != nil, isName: nameKind == 0)
        }
        return ParameterExpansion(isBraced: true, prefix: prefix, name: name, index: index, operation: operation, span: zeroSpan)
    }

    /// An operator for `${prefix name [index] ...}` that the parser reads back as such.
    private mutating func parameterOperation(name: String, prefix: ParameterPrefix?, hasIndex: Bool, isName: Bool) -> ParameterOperation {
        // `${#...}` and `${!...}` read `#`/`!` as a prefix before a special
        // parameter, so after a bare `#` or `!` only operators starting with a
        // character that is not a parameter can follow.
        let restricted = prefix == nil && (name == "#" || name == "!")
        while true {
            switch choices.weighted([6, 2, 2, 3, 2, 2, 3, 1]) {
            case 0:
                let op: DefaultValueOperator = choices.pick([.useDefault, .assignDefault, .errorIfUnset, .useAlternative])
                let checksNull = restricted || !choices.chance(40)
                return .defaultValue(op, checksNull: checksNull, word: operand(pattern: false))
            case 1:
                if restricted { continue }
                let longest = choices.chance(50)
                let w = operand(pattern: false, mustNotStartWith: longest ? nil : "#")
                return .removePrefix(longest: longest, pattern: w)
            case 2:
                let longest = choices.chance(50)
                return .removeSuffix(longest: longest, pattern: operand(pattern: false, mustNotStartWith: longest ? nil : "%"))
            case 3:
                let mode: ReplacementMode = choices.pick([.first, .all, .prefix, .suffix])
                var pattern = operand(pattern: true, mustNotStartWith: mode == .first ? "#%" : nil)
                let replacement: Word? = choices.chance(60) ? operand(pattern: false) : nil
                // `${x//r}` is "replace all"; `${x/` + `` + `/r}` would print the same.
                if mode == .first, pattern.parts.isEmpty, replacement != nil { pattern = literalWord("x") }
                return .replace(mode, pattern: pattern, replacement: replacement)
            case 4:
                let kind: CaseModification = choices.pick([.upperFirst, .upperAll, .lowerFirst, .lowerAll])
                let forbidden: String? = kind == .upperFirst ? "^" : kind == .lowerFirst ? "," : nil
                return .changeCase(kind, pattern: operand(pattern: false, mustNotStartWith: forbidden))
            case 5:
                if restricted { continue }
                return .transform(choices.pick(Array("QEPAaKkUuL")))
            case 6:
                let offset = arithmetic(.substringOffset)
                let length: ArithmeticExpression? = choices.chance(50) ? arithmetic(.substringLength) : nil
                return .substring(offset: offset, length: length)
            default:
                guard prefix == .indirect, !hasIndex, isName else { continue }
                return .namesWithPrefix(star: choices.chance(50))
            }
        }
    }

    /// An operand word (possibly empty) whose text does not start with any
    /// character of `mustNotStartWith` (which would change the operator).
    private mutating func operand(pattern: Bool, mustNotStartWith forbidden: String? = nil) -> Word {
        let saved = quotedOperandNesting
        if inDoubleQuotes { quotedOperandNesting += 1 }
        defer { quotedOperandNesting = saved }
        var p = parts(.operand(pattern: pattern), count: choices.below(3))
        if let forbidden, let first = ShellPrinter.print(makeWord(p)).first, forbidden.contains(first) {
            p.insert(literalPart("x"), at: 0)
            var list = PartList()
            for part in p { list.append(part) }
            p = list.parts
        }
        return makeWord(p)
    }

    // MARK: Arithmetic

    /// Arithmetic text for `context`: literal text with balanced parentheses
    /// and brackets, and expansions.
    mutating func arithmetic(_ context: ArithmeticContext) -> ArithmeticExpression {
        arithmeticNesting += 1
        defer { arithmeticNesting -= 1 }
        var list = PartList()
        let count = choices.weighted([2, 4, 3, 2])
        for _ in 0..<(count * 2) {
            if choices.chance(75) || !canNest {
                var pool = LiteralPools.arithmetic
                if options.avoidKnownIssues, assignmentSubscriptNesting > 0 { pool.removeAll { $0.contains("\n") || $0.contains("|") || $0.contains("&") } }
                list.literal(choices.pick(pool))
            } else {
                list.append(nested { $0.arithmeticOperandPart() })
            }
        }
        if context == .substringOffset, case .literal(let l)? = list.parts.first,
            let f = l.text.first, "-=?+".contains(f)
        {
            list.parts[0] = literalPart(" " + l.text)
        }
        return ArithmeticExpression(parts: list.parts, span: zeroSpan)
    }

    /// A non-literal part inside arithmetic text.
    private mutating func arithmeticOperandPart() -> WordPart {
        var w = [6, 2, 0, 2, 1, 1, 1]
        if options.avoidKnownIssues, assignmentSubscriptNesting > 0 { w[1] = 0; w[5] = 0; w[6] = 0 }
        switch choices.weighted(w) {
        case 0: return .parameter(parameter())
        case 1: return commandSubstitution(style: .dollarParentheses)
        case 2: return commandSubstitution(style: .backquotes)
        case 3: return arithmeticExpansion()
        case 4: return .singleQuoted(SingleQuoted(text: choices.pick(["1", "x", "a b"]), span: zeroSpan))
        case 5: return doubleQuoted(localized: false)
        default: return .ansiCQuoted(ANSICQuoted(raw: choices.pick(["1", "\\x31"]), span: zeroSpan))
        }
    }
}
