extension Parser {
    /// Registers the here-document whose delimiter word was just read and returns
    /// a placeholder body, filled in once the body has been read.
    mutating func registerHereDocument(delimiter word: Word, stripsTabs: Bool, operatorOffset: Int) -> HereDocument {
        var delimiter: [UInt8] = []
        var quoted = false
        var i = word.span.start
        let stop = word.span.end
        while i < stop {
            let b = buf[i]
            switch b {
            case UInt8(ascii: "\\"):
                quoted = true
                if i + 1 < stop { delimiter.append(buf[i + 1]) }
                i += 2
                continue
            case UInt8(ascii: "'"):
                quoted = true
                i += 1
                while i < stop, buf[i] != UInt8(ascii: "'") {
                    delimiter.append(buf[i])
                    i += 1
                }
            case UInt8(ascii: "\""):
                quoted = true
                i += 1
                while i < stop, buf[i] != UInt8(ascii: "\"") {
                    if buf[i] == UInt8(ascii: "\\"), i + 1 < stop,
                        [UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "$"), UInt8(ascii: "`")].contains(buf[i + 1])
                    {
                        i += 1
                    }
                    delimiter.append(buf[i])
                    i += 1
                }
            default:
                delimiter.append(b)
            }
            i += 1
        }
        let id = hereDocumentBodies.count
        hereDocumentBodies.append(nil)
        pendingHereDocuments.append(PendingHereDocument(
            id: id, delimiter: delimiter, isQuoted: quoted, stripsTabs: stripsTabs, operatorOffset: operatorOffset))
        return HereDocument(
            delimiter: String(decoding: delimiter, as: UTF8.self), isQuoted: quoted, body: [],
            span: SourceSpan(start: -(id + 1), end: -(id + 1)))
    }

    /// With the cursor at the start of a line: reads the bodies of all pending
    /// here-documents, in order, each up to its delimiter line.
    mutating func readPendingHereDocuments() throws(ParseFailure) {
        let pending = pendingHereDocuments
        pendingHereDocuments.removeAll()
        for doc in pending {
            let bodyStart = pos
            var lineStart = pos
            var logicalStart = pos
            var bodyEnd = -1
            var delimiterEnd = end
            while lineStart < end {
                var lineEnd = lineStart
                while lineEnd < end, buf[lineEnd] != 0x0A { lineEnd += 1 }
                // In an unquoted body bash joins continuation lines before testing for the delimiter.
                var joined: [UInt8]?
                if !doc.isQuoted {
                    while lineEnd < end, endsWithContinuation(lineStart, lineEnd) {
                        if joined == nil { joined = [] }
                        joined!.append(contentsOf: UnsafeBufferPointer(rebasing: buf[lineStart..<(lineEnd - 1)]))
                        lineStart = lineEnd + 1
                        lineEnd = lineStart
                        while lineEnd < end, buf[lineEnd] != 0x0A { lineEnd += 1 }
                    }
                }
                if var logical = joined {
                    logical.append(contentsOf: UnsafeBufferPointer(rebasing: buf[lineStart..<lineEnd]))
                    var from = 0
                    if doc.stripsTabs { while from < logical.count, logical[from] == 0x09 { from += 1 } }
                    if Array(logical[from...]) == doc.delimiter {
                        bodyEnd = logicalStart
                        delimiterEnd = lineEnd
                        break
                    }
                    lineStart = lineEnd + 1
                    logicalStart = lineStart
                    continue
                }
                var compareStart = lineStart
                if doc.stripsTabs {
                    while compareStart < lineEnd, buf[compareStart] == 0x09 { compareStart += 1 }
                }
                if lineEnd - compareStart == doc.delimiter.count,
                    doc.delimiter.withUnsafeBufferPointer({ d in
                        (0..<d.count).allSatisfy { buf[compareStart + $0] == d[$0] }
                    })
                {
                    bodyEnd = lineStart
                    delimiterEnd = lineEnd
                    break
                }
                lineStart = lineEnd + 1
                logicalStart = lineStart
            }
            guard bodyEnd >= 0 else {
                let name = String(decoding: doc.delimiter, as: UTF8.self)
                throw incomplete("unterminated here-document: expected a line `\(name)` to end it", at: doc.operatorOffset)
            }
            let parts: [WordPart]
            if doc.isQuoted {
                var builder = PartsBuilder()
                var i = bodyStart
                var atLineStart = true
                while i < bodyEnd {
                    if doc.stripsTabs, atLineStart, buf[i] == 0x09 {
                        var q = i
                        while q < bodyEnd, buf[q] == 0x09 { q += 1 }
                        builder.drop(from: i, to: q, in: buf)
                        i = q
                        atLineStart = false
                        continue
                    }
                    builder.begin(at: i)
                    atLineStart = buf[i] == 0x0A
                    i += 1
                }
                parts = builder.finish(at: bodyEnd, in: buf)
            } else {
                let savedEnd = end
                pos = bodyStart
                end = bodyEnd
                parts = try scanParts(.hereDocument(stripsTabs: doc.stripsTabs))
                end = savedEnd
            }
            hereDocumentBodies[doc.id] = HereDocument(
                delimiter: String(decoding: doc.delimiter, as: UTF8.self), isQuoted: doc.isQuoted, body: parts,
                span: SourceSpan(start: bodyStart, end: delimiterEnd))
            pos = delimiterEnd < end ? delimiterEnd + 1 : delimiterEnd
        }
    }

    /// Whether the line `start..<end` ends with an unescaped backslash.
    func endsWithContinuation(_ start: Int, _ end: Int) -> Bool {
        var n = 0
        var i = end - 1
        while i >= start, buf[i] == UInt8(ascii: "\\") {
            n += 1
            i -= 1
        }
        return n % 2 == 1
    }

    /// At the end of the input: every here-document must have its body, which
    /// then replaces its placeholder in `list`.
    mutating func finishHereDocuments(in list: inout CommandList) throws(ParseFailure) {
        if let doc = pendingHereDocuments.first {
            let name = String(decoding: doc.delimiter, as: UTF8.self)
            throw incomplete("unterminated here-document: expected a line `\(name)` to end it", at: doc.operatorOffset)
        }
        if !hereDocumentBodies.isEmpty {
            var filler = HereDocumentFiller(bodies: hereDocumentBodies)
            list.rewrite(&filler)
        }
    }
}

/// Replaces here-document placeholders with the bodies read after their line.
struct HereDocumentFiller: SyntaxRewriter {
    let bodies: [HereDocument?]

    mutating func rewrite(_ span: inout SourceSpan) {}

    mutating func rewrite(_ hereDocument: inout HereDocument) {
        let id = -hereDocument.span.start - 1
        if id >= 0, id < bodies.count, let body = bodies[id] { hereDocument = body }
    }
}
