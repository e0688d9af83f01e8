/// Accumulates the parts of a word, merging literal text into one part even
/// when line continuations (or `<<-` tabs) cut it into several byte segments.
struct PartsBuilder {
    /// Parts before the last one, once there are two or more.
    var parts: [WordPart] = []
    /// The only literal so far, kept out of `parts` so a word that is one
    /// literal needs no array.
    var soleLiteral: Literal?
    /// Where the pending literal starts (its span), or -1 when none is pending.
    var runStart = -1
    /// Start of the current contiguous byte segment of the pending literal.
    var segmentStart = 0
    /// Bytes of earlier segments when the literal is discontinuous.
    var scratch: [UInt8] = []
    var isDiscontinuous = false

    @inline(__always) mutating func begin(at p: Int) {
        if runStart < 0 {
            runStart = p
            segmentStart = p
        }
    }

    /// Bytes `p..<q` belong to the pending literal's span but not to its text.
    mutating func drop(from p: Int, to q: Int, in buf: UnsafeBufferPointer<UInt8>) {
        if runStart < 0 {
            runStart = p
        } else {
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buf[segmentStart..<p]))
        }
        segmentStart = q
        isDiscontinuous = true
    }

    /// Ends the pending literal at `p`.
    mutating func flush(at p: Int, in buf: UnsafeBufferPointer<UInt8>) {
        guard runStart >= 0 else { return }
        let text: ShellText
        if isDiscontinuous {
            if segmentStart < p { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buf[segmentStart..<p])) }
            text = scratch.withUnsafeBufferPointer { ShellText($0) }
            scratch.removeAll(keepingCapacity: true)
            isDiscontinuous = false
        } else {
            text = ShellText(UnsafeBufferPointer(rebasing: buf[segmentStart..<p]))
        }
        if text.count > 0 {
            let literal = Literal(rawText: text, span: SourceSpan(start: runStart, end: p))
            if parts.isEmpty && soleLiteral == nil {
                soleLiteral = literal
            } else {
                parts.append(.literal(literal))
            }
        }
        runStart = -1
    }

    /// Ends the pending literal at `p` and appends `part`.
    @inline(__always) mutating func append(_ part: WordPart, literalEnd p: Int, in buf: UnsafeBufferPointer<UInt8>) {
        flush(at: p, in: buf)
        // Room for a few parts at once: a part after literal text, or a second
        // part, would otherwise regrow the array.
        if parts.isEmpty { parts.reserveCapacity(4) }
        if let l = soleLiteral {
            parts.append(.literal(l))
            soleLiteral = nil
        }
        parts.append(part)
    }

    /// Ends the pending literal at `p` and returns all parts.
    mutating func finish(at p: Int, in buf: UnsafeBufferPointer<UInt8>) -> [WordPart] {
        flush(at: p, in: buf)
        if let l = soleLiteral { return [.literal(l)] }
        return parts
    }

    /// Ends the pending literal at `p` and returns the word of all parts.
    mutating func finishWord(at p: Int, start: Int, in buf: UnsafeBufferPointer<UInt8>) -> Word {
        flush(at: p, in: buf)
        let span = SourceSpan(start: start, end: p)
        if let l = soleLiteral {
            if l.span == span { return Word(literal: l.rawText, span: span) }
            return Word(parts: [.literal(l)], span: span)
        }
        return Word(parts: parts, span: span)
    }
}
