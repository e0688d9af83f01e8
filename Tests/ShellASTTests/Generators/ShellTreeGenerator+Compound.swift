@testable import ShellAST

extension ShellTreeGenerator {
    // MARK: Compound commands

    /// Any compound command, sometimes with trailing redirections.
    mutating func compoundCommand() -> CompoundCommand {
        let kind: CompoundKind
        // A case pattern's `)` would unbalance an enclosing arithmetic's parentheses.
        switch choices.weighted([4, 3, 3, 2, 2, 1, arithmeticNesting > 0 ? 0 : 2, 3, 2]) {
        case 0: kind = .braceGroup(BraceGroup(body: nonEmptyList(), span: zeroSpan))
        case 1: kind = .subshell(Subshell(body: nonEmptyList(), span: zeroSpan))
        case 2: kind = .ifClause(ifClause())
        case 3:
            let keyword: LoopKeyword = choices.chance(40) ? .until : .while
            kind = .conditionalLoop(ConditionalLoop(keyword: keyword, condition: nonEmptyList(), body: nonEmptyList(), span: zeroSpan))
        case 4: kind = .forLoop(forLoop())
        case 5:
            kind = .arithmeticFor(ArithmeticForLoop(
                initializer: arithmetic(.forClause), test: arithmetic(.forClause), update: arithmetic(.forClause),
                body: nonEmptyList(), span: zeroSpan))
        case 6: kind = .caseClause(caseClause())
        case 7: kind = .conditional(ConditionalCommand(expression: conditionalOr(depth: 3), span: zeroSpan))
        default: kind = .arithmetic(ArithmeticCommand(expression: arithmetic(.doubleParenthesis), span: zeroSpan))
        }
        var redirects: [Redirect] = []
        for _ in 0..<choices.weighted([8, 2, 1]) { redirects.append(redirect()) }
        return CompoundCommand(kind: kind, redirects: redirects, span: zeroSpan)
    }

    private mutating func ifClause() -> IfClause {
        let condition = nonEmptyList()
        let thenBody = nonEmptyList()
        var elseIfs: [ElseIfClause] = []
        for _ in 0..<choices.weighted([6, 3, 1]) {
            elseIfs.append(ElseIfClause(condition: nonEmptyList(), body: nonEmptyList(), span: zeroSpan))
        }
        let elseBody: CommandList? = choices.chance(40) ? nonEmptyList() : nil
        return IfClause(condition: condition, thenBody: thenBody, elseIfs: elseIfs, elseBody: elseBody, span: zeroSpan)
    }

    private mutating func forLoop() -> ForLoop {
        let keyword: ForKeyword = choices.chance(25) ? .select : .for
        var items: [Word]?
        switch choices.weighted([6, 2, 1]) {
        case 0:
            items = []
            for _ in 0..<(1 + choices.below(3)) { items!.append(word(.forItem)) }
        case 1: items = nil
        default: items = []
        }
        return ForLoop(keyword: keyword, variable: choices.pick(LiteralPools.names), items: items, body: nonEmptyList(), span: zeroSpan)
    }

    private mutating func caseClause() -> CaseClause {
        let subject = word(.caseWord)
        var items: [CaseItem] = []
        for _ in 0..<choices.weighted([1, 5, 3, 1]) {
            var patterns: [Word] = []
            for i in 0..<(1 + choices.weighted([6, 2, 1])) {
                var p = word(.casePattern)
                // `esac` in the first pattern's place closes the `case`.
                if i == 0, p.unquotedLiteral == "esac" { p = literalWord("p") }
                patterns.append(p)
            }
            let body = choices.chance(20) ? CommandList(items: [], span: zeroSpan) : nonEmptyList()
            let terminator: CaseTerminator = [.break, .fallThrough, .continue][choices.weighted([6, 1, 1])]
            items.append(CaseItem(patterns: patterns, body: body, terminator: terminator, span: zeroSpan))
        }
        return CaseClause(word: subject, items: items, span: zeroSpan)
    }

    // MARK: [[ ]]

    /// `a || b` is left-associative and binds loosest: its right side is never an `||`.
    mutating func conditionalOr(depth: Int) -> ConditionalExpression {
        guard depth > 0, choices.chance(25) else { return conditionalAnd(depth: depth) }
        let left = conditionalOr(depth: depth - 1)
        let right = conditionalAnd(depth: depth - 1)
        return ConditionalExpression(kind: .or(left, right), span: zeroSpan)
    }

    /// `a && b`: its left side may be an `&&`, its right side is a `!` or a primary.
    mutating func conditionalAnd(depth: Int) -> ConditionalExpression {
        guard depth > 0, choices.chance(25) else { return conditionalNot(depth: depth) }
        let left = conditionalAnd(depth: depth - 1)
        let right = conditionalNot(depth: depth - 1)
        return ConditionalExpression(kind: .and(left, right), span: zeroSpan)
    }

    /// `! e` binds tightest: its operand is a `!` or a primary.
    mutating func conditionalNot(depth: Int) -> ConditionalExpression {
        guard depth > 0, choices.chance(15) else { return conditionalPrimary(depth: depth) }
        return ConditionalExpression(kind: .not(conditionalNot(depth: depth - 1)), span: zeroSpan)
    }

    mutating func conditionalPrimary(depth: Int) -> ConditionalExpression {
        switch choices.weighted([3, 3, 5, 1]) {
        case 0:
            return ConditionalExpression(kind: .word(conditionalWord(operand: false)), span: zeroSpan)
        case 1:
            let op = choices.pick(ConditionalExpression.unaryOperators.sorted())
            return ConditionalExpression(kind: .unary(op: op, operand: conditionalWord(operand: true)), span: zeroSpan)
        case 2:
            let op = choices.pick(ConditionalExpression.binaryOperators.sorted())
            let left = conditionalWord(operand: false)
            let right: Word
            if op == "=~" {
                let regex = nested { $0.parts(.regex, count: 1 + $0.choices.below(3)) }
                right = makeWord(regex)
            } else {
                right = conditionalWord(operand: true)
            }
            return ConditionalExpression(kind: .binary(op: op, left: left, right: right), span: zeroSpan)
        default:
            guard depth > 0 else { return ConditionalExpression(kind: .word(literalWord("x")), span: zeroSpan) }
            return ConditionalExpression(kind: .group(conditionalOr(depth: depth - 1)), span: zeroSpan)
        }
    }

    /// A word inside `[[ ]]`. A word in an operator's place (a lone word or a
    /// binary test's left side) is never `!`, an operator, or an extended glob
    /// `!(...)`, which reads as `! ( ... )`.
    private mutating func conditionalWord(operand: Bool) -> Word {
        for _ in 0..<4 {
            let w = word(.conditional)
            if operand { return w }
            let text = ShellPrinter.print(w)
            if text == "!" || text.hasPrefix("!(") { continue }
            if options.avoidKnownIssues, startsWithReservedWordBeforeProcessSubstitution(w) { continue }
            if let l = w.unquotedLiteral,
                ConditionalExpression.unaryOperators.contains(l) || ConditionalExpression.binaryOperators.contains(l)
            {
                continue
            }
            return w
        }
        return literalWord("w")
    }
}
