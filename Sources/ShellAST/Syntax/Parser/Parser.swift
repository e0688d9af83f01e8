/// The recursive-descent bash parser over a UTF-8 byte buffer.
///
/// A `struct`, so lookahead is a copy. Grammar productions live in extensions
/// (lists, commands, compound commands, `[[ ]]`, words, expansions,
/// here-documents); this file holds the cursor, byte classes and errors.
struct Parser {
    let buf: UnsafeBufferPointer<UInt8>
    /// One past the last byte the parser may read (narrowed while parsing a
    /// here-document body).
    var end: Int
    var pos: Int = 0
    var depth: Int = 0
    let maxDepth: Int
    /// Here-documents whose operator was read but whose body was not yet.
    var pendingHereDocuments: [PendingHereDocument] = []
    /// Bodies read so far, by registration id.
    var hereDocumentBodies: [HereDocument?] = []
    /// Whether the surrounding backquoted text sat inside double quotes.
    var backquoteInDoubleQuotes = false

    init(_ buf: UnsafeBufferPointer<UInt8>, maxDepth: Int, depth: Int = 0) {
        self.buf = buf
        self.end = buf.count
        self.maxDepth = maxDepth
        self.depth = depth
    }

    // MARK: Cursor

    @inline(__always) var atEnd: Bool { pos >= end }

    /// The byte at `pos + k`, or 0 past the end (NUL is rejected up front).
    @inline(__always) func peek(_ k: Int = 0) -> UInt8 {
        let i = pos &+ k
        return i < end ? buf[i] : 0
    }

    @inline(__always) func byte(at i: Int) -> UInt8 { i < end ? buf[i] : 0 }

    @inline(__always) func text(_ start: Int, _ stop: Int) -> ShellText {
        let n = stop &- start
        let count = buf.count
        // Fast path: the 16 bytes at `start` (near the end of the buffer, its last
        // 16 bytes, shifted down to `start`), masked to the text.
        if n <= 16, count >= 16, let base = buf.baseAddress {
            let from = Swift.min(start, count &- 16)
            let raw = UnsafeRawPointer(base + from)
            var low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            var high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            if from != start {
                let shift = UInt64(truncatingIfNeeded: (start &- from) &* 8)
                if shift >= 64 {
                    low = high &>> (shift &- 64)
                    high = 0
                } else {
                    low = (low &>> shift) | (high &<< (64 &- shift))
                    high &>>= shift
                }
            }
            let bits = UInt64(truncatingIfNeeded: n &* 8)
            if n < 8 {
                low &= (1 &<< bits) &- 1
                high = 0
            } else if n < 16 {
                high &= (1 &<< (bits &- 64)) &- 1
            }
            if (low | high) & 0x8080_8080_8080_8080 == 0 {
                return ShellText(storage: .inline(low: low, high: high, count: UInt8(truncatingIfNeeded: n)))
            }
        }
        return Parser.copiedText(UnsafeBufferPointer(rebasing: buf[start..<stop]))
    }

    /// ``text(_:_:)`` for long or non-ASCII text, or a buffer under 16 bytes
    /// (out of line, to keep the fast path small).
    @inline(never)
    static func copiedText(_ bytes: UnsafeBufferPointer<UInt8>) -> ShellText {
        ShellText(bytes)
    }

    func string(_ start: Int, _ stop: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: buf[start..<stop]), as: UTF8.self)
    }

    // MARK: Errors

    func failure(_ message: String, at offset: Int? = nil, kind: ShellSyntaxError.Kind = .unexpectedToken) -> ParseFailure {
        let at = offset ?? pos
        return ParseFailure(offset: at, message: message, isIncomplete: false, kind: kind)
    }

    func incomplete(_ message: String, at offset: Int? = nil) -> ParseFailure {
        ParseFailure(offset: offset ?? pos, message: message, isIncomplete: true, kind: .unterminated)
    }

    /// "expected X, found Y" at the cursor. At the end of the input the error is
    /// incomplete unless `incompleteAtEnd` is false: where bash would reject the
    /// newline that ends the line rather than wait for more input.
    func expected(_ what: String, incompleteAtEnd: Bool = true) -> ParseFailure {
        if atEnd {
            return incompleteAtEnd
                ? incomplete("expected \(what), found end of input") : failure("expected \(what), found end of input")
        }
        return failure("expected \(what), found \(describeToken())")
    }

    /// A short description of the token at the cursor, for messages.
    func describeToken() -> String {
        if atEnd { return "end of input" }
        let b = peek()
        if b == 0x0A { return "newline" }
        var stop = pos
        if Parser.isMeta(b) {
            stop = pos + 1
            while stop < end, stop - pos < 3, Parser.isOperatorByte(buf[stop]), Parser.isOperatorByte(b) { stop += 1 }
        } else {
            while stop < end, stop - pos < 24, !Parser.isMeta(buf[stop]) { stop += 1 }
        }
        return "`\(string(pos, max(stop, pos + 1)))`"
    }

    mutating func enterNesting() throws(ParseFailure) {
        depth += 1
        if depth > maxDepth {
            throw failure("nesting deeper than the limit of \(maxDepth)", kind: .nestingTooDeep)
        }
    }

    @inline(__always) mutating func leaveNesting() { depth -= 1 }

    // MARK: Byte classes

    /// Whether `b` can continue an unquoted word without any special handling.
    @inline(__always) static func isPlain(_ b: UInt8) -> Bool {
        byteClasses[Int(b)] & specialFlag == 0
    }

    /// Whether `b` is a metacharacter that ends an unquoted word.
    @inline(__always) static func isMeta(_ b: UInt8) -> Bool {
        byteClasses[Int(b)] & metaFlag != 0
    }

    @inline(__always) static func isOperatorByte(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ";") || b == UInt8(ascii: "&") || b == UInt8(ascii: "|")
            || b == UInt8(ascii: "<") || b == UInt8(ascii: ">")
    }

    @inline(__always) static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }

    @inline(__always) static func isNameStart(_ b: UInt8) -> Bool {
        (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") || b == UInt8(ascii: "_")
    }

    @inline(__always) static func isNameChar(_ b: UInt8) -> Bool { byteClasses[Int(b)] & nameFlag != 0 }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- UInt8(ascii: "0") < 10 }

    // MARK: Blanks, comments, newlines

    /// Skips blanks and line continuations on the current line.
    @inline(__always) mutating func skipBlanks() {
        while pos < end {
            let b = buf[pos]
            if b == 0x20 || b == 0x09 {
                pos += 1
            } else if b == UInt8(ascii: "\\"), pos + 1 < end, buf[pos + 1] == 0x0A {
                pos += 2
            } else if b == UInt8(ascii: "\\"), pos + 1 == end, end == buf.count {
                pos += 1  // bash drops a backslash that ends the input (a continuation with nothing after it)
            } else {
                return
            }
        }
    }

    /// Skips blanks and a comment, leaving the cursor on the newline or the end.
    mutating func skipBlanksAndComment() {
        skipBlanks()
        if pos < end, buf[pos] == UInt8(ascii: "#") {
            while pos < end, buf[pos] != 0x0A { pos += 1 }
        }
    }

    /// Consumes one newline and reads any pending here-document bodies after it.
    mutating func consumeNewline() throws(ParseFailure) {
        pos += 1
        if !pendingHereDocuments.isEmpty { try readPendingHereDocuments() }
    }

    /// Skips blanks, comments and newlines (reading here-documents as they come).
    mutating func skipLinebreaks() throws(ParseFailure) {
        while true {
            skipBlanksAndComment()
            if pos < end, buf[pos] == 0x0A {
                try consumeNewline()
            } else {
                return
            }
        }
    }
}
