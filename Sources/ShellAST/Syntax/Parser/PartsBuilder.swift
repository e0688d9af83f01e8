/// Accumulates the parts of a word, merging literal text into one part even
/// when line continuations (or `<<-` tabs) cut it into several byte segments.
struct PartsBuilder {
    var parts: [WordPart] = []
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
        let text: String
        if isDiscontinuous {
            if segmentStart < p { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buf[segmentStart..<p])) }
            text = String(decoding: scratch, as: UTF8.self)
            scratch.removeAll(keepingCapacity: true)
            isDiscontinuous = false
        } else {
            text = String(decoding: UnsafeBufferPointer(rebasing: buf[segmentStart..<p]), as: UTF8.self)
        }
        if !text.isEmpty {
            parts.append(.literal(Literal(text: text, span: SourceSpan(start: runStart, end: p))))
        }
        runStart = -1
    }

    /// Ends the pending literal at `p` and appends `part`.
    @inline(__always) mutating func append(_ part: WordPart, literalEnd p: Int, in buf: UnsafeBufferPointer<UInt8>) {
        flush(at: p, in: buf)
        parts.append(part)
    }
}
