extension Parser {
    /// At `[[`: the expression up to `]]`.
    mutating func parseConditional() throws(ParseFailure) -> ConditionalCommand {
        let start = pos
        consume(.openDoubleBracket)
        let expression = try parseConditionalOr()
        try skipConditionalSpace()
        guard isConditionalClose() else {
            if atEnd { throw expected("`]]` to close `[[`", incompleteAtEnd: false) }
            throw failure("expected `]]` or a conditional operator, found \(describeToken())")
        }
        pos += 2
        return ConditionalCommand(expression: expression, span: SourceSpan(start: start, end: pos))
    }

    private mutating func skipConditionalSpace() throws(ParseFailure) {
        try skipLinebreaks()
    }

    private func isConditionalClose() -> Bool {
        peek() == UInt8(ascii: "]") && peek(1) == UInt8(ascii: "]") && isWordBoundary(pos + 2)
    }

    private mutating func parseConditionalOr() throws(ParseFailure) -> ConditionalExpression {
        var left = try parseConditionalAnd()
        while true {
            try skipConditionalSpace()
            guard peek() == UInt8(ascii: "|"), peek(1) == UInt8(ascii: "|") else { return left }
            pos += 2
            let right = try parseConditionalAnd()
            left = ConditionalExpression(kind: .or(left, right), span: SourceSpan(start: left.span.start, end: right.span.end))
        }
    }

    private mutating func parseConditionalAnd() throws(ParseFailure) -> ConditionalExpression {
        var left = try parseConditionalNot()
        while true {
            try skipConditionalSpace()
            guard peek() == UInt8(ascii: "&"), peek(1) == UInt8(ascii: "&") else { return left }
            pos += 2
            let right = try parseConditionalNot()
            left = ConditionalExpression(kind: .and(left, right), span: SourceSpan(start: left.span.start, end: right.span.end))
        }
    }

    private mutating func parseConditionalNot() throws(ParseFailure) -> ConditionalExpression {
        try skipConditionalSpace()
        if peek() == UInt8(ascii: "!"), isWordBoundary(pos + 1) {
            let start = pos
            pos += 1
            try enterNesting()
            defer { leaveNesting() }
            let inner = try parseConditionalNot()
            return ConditionalExpression(kind: .not(inner), span: SourceSpan(start: start, end: inner.span.end))
        }
        return try parseConditionalPrimary()
    }

    private mutating func parseConditionalPrimary() throws(ParseFailure) -> ConditionalExpression {
        try skipConditionalSpace()
        guard pos < end else { throw expected("a conditional expression") }
        let start = pos
        if buf[pos] == UInt8(ascii: "(") {
            pos += 1
            try enterNesting()
            defer { leaveNesting() }
            let inner = try parseConditionalOr()
            try skipConditionalSpace()
            guard peek() == UInt8(ascii: ")") else { throw expected("`)` in the conditional expression", incompleteAtEnd: false) }
            pos += 1
            return ConditionalExpression(kind: .group(inner), span: SourceSpan(start: start, end: pos))
        }
        if isConditionalClose() { throw failure("expected a conditional expression before `]]`") }
        let first = try parseConditionalWord()
        skipBlanks()
        if let op = first.unquotedLiteral, ConditionalExpression.unaryOperators.contains(op), peek() == 0x0A {
            throw expected("an operand after the conditional operator `\(op)`", incompleteAtEnd: false)
        }
        if let op = first.unquotedLiteral, ConditionalExpression.unaryOperators.contains(op), !atConditionalOperandEnd() {
            let operand = try parseConditionalWord()
            return ConditionalExpression(kind: .unary(op: op, operand: operand), span: SourceSpan(start: start, end: operand.span.end))
        }
        if let op = peekConditionalBinaryOperator() {
            pos += op.utf8.count
            skipBlanks()
            let right: Word
            if op == "=~" {
                guard pos < end, !(buf[pos] == 0x0A), !isConditionalClose() else {
                    throw expected("a regular expression after `=~`", incompleteAtEnd: false)
                }
                let regexStart = pos
                let parts = try scanParts(.regex)
                guard pos > regexStart else { throw expected("a regular expression after `=~`") }
                right = Word(parts: parts, span: SourceSpan(start: regexStart, end: pos))
            } else {
                right = try parseConditionalWord()
            }
            return ConditionalExpression(kind: .binary(op: op, left: first, right: right), span: SourceSpan(start: start, end: right.span.end))
        }
        if let op = first.unquotedLiteral, ConditionalExpression.unaryOperators.contains(op) {
            throw expected("an operand after the conditional operator `\(op)`", incompleteAtEnd: false)
        }
        if !atConditionalOperandEnd() {
            throw expected("a conditional binary operator", incompleteAtEnd: false)
        }
        return ConditionalExpression(kind: .word(first), span: first.span)
    }

    /// Whether the next token ends an operand: `]]`, `&&`, `||`, `)`, or the end.
    private func atConditionalOperandEnd() -> Bool {
        if atEnd || isConditionalClose() { return true }
        let b = buf[pos]
        let n = peek(1)
        // A newline after a lone word is an error in bash (it expects a binary operator there).
        return (b == UInt8(ascii: "&") && n == b) || (b == UInt8(ascii: "|") && n == b) || b == UInt8(ascii: ")")
    }

    /// The binary operator at the cursor, if any (`<` and `>` compare strings here).
    private func peekConditionalBinaryOperator() -> String? {
        guard pos < end else { return nil }
        let b = buf[pos]
        if b == UInt8(ascii: "<") || b == UInt8(ascii: ">") {
            return peek(1) == UInt8(ascii: "(") ? nil : String(UnicodeScalar(b))
        }
        var stop = pos
        while stop < end, stop - pos < 4, !Parser.isMeta(buf[stop]) { stop += 1 }
        guard isWordBoundary(stop) else { return nil }
        let text = string(pos, stop)
        return ConditionalExpression.binaryOperators.contains(text) ? text : nil
    }

    /// A word inside `[[ ]]`; `]]` and operators are not words.
    private mutating func parseConditionalWord() throws(ParseFailure) -> Word {
        skipBlanks()
        guard pos < end else { throw expected("a word in `[[ ]]`", incompleteAtEnd: false) }
        if isConditionalClose() || (Parser.isMeta(buf[pos]) && !((buf[pos] == UInt8(ascii: "<") || buf[pos] == UInt8(ascii: ">")) && peek(1) == UInt8(ascii: "("))) {
            throw expected("a word in `[[ ]]`")
        }
        return try parseWord()
    }
}
