extension Parser {
    /// At `${`: the braced parameter expansion with its operator.
    mutating func parseBracedParameter() throws(ParseFailure) -> ParameterExpansion {
        let start = pos
        pos += 2
        while peek() == UInt8(ascii: "\\"), peek(1) == 0x0A { pos += 2 }
        try enterNesting()
        defer { leaveNesting() }
        var prefix: ParameterPrefix?
        let first = peek()
        if first == UInt8(ascii: "#") || first == UInt8(ascii: "!") {
            let n = peek(1)
            if n != UInt8(ascii: "}") && (Parser.isNameChar(n) || Parser.isSpecialParameter(n)) {
                // `${#x}`, `${!x}`, `${#@}`; but `${#}` and `${!}` are the special parameters.
                if !(first == UInt8(ascii: "#") && (n == UInt8(ascii: "-") || n == UInt8(ascii: "?") || n == UInt8(ascii: "#"))
                    && byte(at: pos + 2) != UInt8(ascii: "}"))
                {
                    prefix = first == UInt8(ascii: "#") ? .length : .indirect
                    pos += 1
                }
            }
        }
        let nameStart = pos
        let b = peek()
        if Parser.isNameStart(b) {
            while pos < end, Parser.isNameChar(buf[pos]) { pos += 1 }
        } else if Parser.isDigit(b) {
            while pos < end, Parser.isDigit(buf[pos]) { pos += 1 }
        } else if Parser.isSpecialParameter(b) {
            pos += 1
        }
        guard pos > nameStart else {
            if atEnd { throw incomplete("unterminated `${`", at: start) }
            throw failure("bad substitution: expected a parameter name after `${`, found \(describeToken())", kind: .invalidConstruct)
        }
        let name = string(nameStart, pos)
        var sub: Subscript?
        if peek() == UInt8(ascii: "["), Parser.isNameStart(buf[nameStart]) {
            sub = try parseSubscript()
        }
        var operation: ParameterOperation?
        let op = peek()
        if prefix == .indirect, sub == nil, op == UInt8(ascii: "*") || op == UInt8(ascii: "@"), peek(1) == UInt8(ascii: "}") {
            pos += 1
            operation = .namesWithPrefix(star: op == UInt8(ascii: "*"))
        } else if op != UInt8(ascii: "}") {
            operation = try parseParameterOperation(start: start)
        }
        guard pos < end else { throw incomplete("unterminated `${`: expected `}`", at: start) }
        guard buf[pos] == UInt8(ascii: "}") else {
            throw failure("bad substitution: expected `}` in `${...}`, found \(describeToken())", kind: .invalidConstruct)
        }
        pos += 1
        return ParameterExpansion(isBraced: true, prefix: prefix, name: name, index: sub, operation: operation, span: SourceSpan(start: start, end: pos))
    }

    private mutating func parseParameterOperation(start: Int) throws(ParseFailure) -> ParameterOperation {
        guard pos < end else { throw incomplete("unterminated `${`", at: start) }
        let op = buf[pos]
        switch op {
        case UInt8(ascii: ":"):
            if let kind = Parser.defaultOperator(peek(1)) {
                pos += 2
                return .defaultValue(kind, checksNull: true, word: try parseOperand(.parameterOperand))
            }
            pos += 1
            let offsetStart = pos
            let offsetParts = try scanParts(.arithmetic(.substringOffset))
            let offset = ArithmeticExpression(parts: offsetParts, span: SourceSpan(start: offsetStart, end: pos))
            var length: ArithmeticExpression?
            if peek() == UInt8(ascii: ":") {
                pos += 1
                let lengthStart = pos
                let parts = try scanParts(.arithmetic(.substringLength))
                length = ArithmeticExpression(parts: parts, span: SourceSpan(start: lengthStart, end: pos))
            }
            return .substring(offset: offset, length: length)
        case UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "+"):
            pos += 1
            return .defaultValue(Parser.defaultOperator(op)!, checksNull: false, word: try parseOperand(.parameterOperand))
        case UInt8(ascii: "#"), UInt8(ascii: "%"):
            pos += 1
            let longest = peek() == op
            if longest { pos += 1 }
            let pattern = try parseOperand(.parameterOperand)
            return op == UInt8(ascii: "#") ? .removePrefix(longest: longest, pattern: pattern) : .removeSuffix(longest: longest, pattern: pattern)
        case UInt8(ascii: "/"):
            pos += 1
            var mode = ReplacementMode.first
            switch peek() {
            case UInt8(ascii: "/"): mode = .all
            case UInt8(ascii: "#"): mode = .prefix
            case UInt8(ascii: "%"): mode = .suffix
            default: break
            }
            if mode != .first { pos += 1 }
            let pattern = try parseOperand(.parameterPattern)
            var replacement: Word?
            if peek() == UInt8(ascii: "/") {
                pos += 1
                replacement = try parseOperand(.parameterOperand)
            }
            return .replace(mode, pattern: pattern, replacement: replacement)
        case UInt8(ascii: "^"), UInt8(ascii: ","):
            pos += 1
            let all = peek() == op
            if all { pos += 1 }
            let kind: CaseModification = op == UInt8(ascii: "^") ? (all ? .upperAll : .upperFirst) : (all ? .lowerAll : .lowerFirst)
            return .changeCase(kind, pattern: try parseOperand(.parameterOperand))
        case UInt8(ascii: "@"):
            let letter = peek(1)
            guard Parser.isTransformOperator(letter) else {
                pos += 1
                if atEnd { throw incomplete("unterminated `${`", at: start) }
                throw failure("bad substitution: expected one of `QEPAaKkUuL` after `@`, found \(describeToken())", kind: .invalidConstruct)
            }
            pos += 2
            return .transform(Character(Unicode.Scalar(letter)))
        default:
            throw failure("bad substitution: expected an operator or `}` after the parameter name, found \(describeToken())", kind: .invalidConstruct)
        }
    }

    static func defaultOperator(_ b: UInt8) -> DefaultValueOperator? {
        switch b {
        case UInt8(ascii: "-"): .useDefault
        case UInt8(ascii: "="): .assignDefault
        case UInt8(ascii: "?"): .errorIfUnset
        case UInt8(ascii: "+"): .useAlternative
        default: nil
        }
    }

    static func isTransformOperator(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "Q"), UInt8(ascii: "E"), UInt8(ascii: "P"), UInt8(ascii: "A"), UInt8(ascii: "a"),
            UInt8(ascii: "K"), UInt8(ascii: "k"), UInt8(ascii: "U"), UInt8(ascii: "u"), UInt8(ascii: "L"):
            true
        default: false
        }
    }

    private mutating func parseOperand(_ mode: ScanMode) throws(ParseFailure) -> Word {
        let start = pos
        let parts = try scanParts(mode)
        return Word(parts: parts, span: SourceSpan(start: start, end: pos))
    }

    /// At `[`: the subscript up to the matching `]`, consumed.
    mutating func parseSubscript() throws(ParseFailure) -> Subscript {
        let start = pos
        pos += 1
        try enterNesting()
        defer { leaveNesting() }
        let parts = try scanParts(.index)
        guard pos < end else { throw incomplete("unterminated subscript: expected `]`", at: start) }
        pos += 1
        return Subscript(parts: parts, span: SourceSpan(start: start, end: pos))
    }
}
