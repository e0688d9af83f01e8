/// A here-document whose operator has been read and whose body has not.
struct PendingHereDocument {
    var id: Int
    var delimiter: [UInt8]
    var isQuoted: Bool
    var stripsTabs: Bool
    var operatorOffset: Int
}

extension Parser {
    // MARK: Redirections

    /// Parses a redirection at the cursor (`2>&1`, `>>log`, `{fd}<in`, `<<EOF`),
    /// or returns `nil` with the cursor unchanged.
    mutating func parseRedirectIfPresent() throws(ParseFailure) -> Redirect? {
        guard pos < end else { return nil }
        let start = pos
        let b = buf[pos]
        var descriptor: RedirectDescriptor?
        switch b {
        case UInt8(ascii: "<"), UInt8(ascii: ">"):
            if peek(1) == UInt8(ascii: "(") { return nil }
        case UInt8(ascii: "&"):
            if peek(1) != UInt8(ascii: ">") { return nil }
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            var i = pos
            while i < end, Parser.isDigit(buf[i]) { i += 1 }
            guard i < end, buf[i] == UInt8(ascii: "<") || buf[i] == UInt8(ascii: ">"), byte(at: i + 1) != UInt8(ascii: "(") else {
                return nil
            }
            guard i - pos <= 9 else {
                throw failure("file descriptor number `\(string(pos, i))` is out of range", kind: .invalidConstruct)
            }
            var n = 0
            for j in pos..<i { n = n * 10 + Int(buf[j] &- UInt8(ascii: "0")) }
            descriptor = .number(n)
            pos = i
        case UInt8(ascii: "{"):
            var i = pos + 1
            guard i < end, Parser.isNameStart(buf[i]) else { return nil }
            while i < end, Parser.isNameChar(buf[i]) { i += 1 }
            guard byte(at: i) == UInt8(ascii: "}"), byte(at: i + 1) == UInt8(ascii: "<") || byte(at: i + 1) == UInt8(ascii: ">"),
                byte(at: i + 2) != UInt8(ascii: "(")
            else { return nil }
            descriptor = .variable(string(pos + 1, i))
            pos = i + 1
        default:
            return nil
        }
        let op = lexRedirectOperator()
        skipBlanks()
        if atEnd || (Parser.isMeta(buf[pos]) && !(peek(1) == UInt8(ascii: "(") && (buf[pos] == UInt8(ascii: "<") || buf[pos] == UInt8(ascii: ">")))) {
            throw expected("a word after `\(op.token)`", incompleteAtEnd: false)
        }
        let target = try parseWord()
        var hereDocument: HereDocument?
        if op == .hereDocument || op == .hereDocumentStrippingTabs {
            hereDocument = registerHereDocument(delimiter: target, stripsTabs: op == .hereDocumentStrippingTabs, operatorOffset: start)
        }
        return Redirect(descriptor: descriptor, op: op, target: target, hereDocument: hereDocument, span: SourceSpan(start: start, end: pos))
    }

    private mutating func lexRedirectOperator() -> RedirectOperator {
        let b = buf[pos]
        pos += 1
        let n = peek()
        switch b {
        case UInt8(ascii: "&"):
            pos += 1  // `>`
            if peek() == UInt8(ascii: ">") {
                pos += 1
                return .appendOutputAndError
            }
            return .outputAndError
        case UInt8(ascii: "<"):
            switch n {
            case UInt8(ascii: "<"):
                pos += 1
                if peek() == UInt8(ascii: "<") {
                    pos += 1
                    return .hereString
                }
                if peek() == UInt8(ascii: "-") {
                    pos += 1
                    return .hereDocumentStrippingTabs
                }
                return .hereDocument
            case UInt8(ascii: "&"):
                pos += 1
                return .duplicateInput
            case UInt8(ascii: ">"):
                pos += 1
                return .readWrite
            default:
                return .input
            }
        default:
            switch n {
            case UInt8(ascii: ">"):
                pos += 1
                return .append
            case UInt8(ascii: "&"):
                pos += 1
                return .duplicateOutput
            case UInt8(ascii: "|"):
                pos += 1
                return .clobber
            default:
                return .output
            }
        }
    }
}
