extension Parser {
    // MARK: Plain words

    /// Where the word at the cursor ends when it is plain bytes up to a word
    /// boundary (`ls`, `-la`, `/tmp/x`), the most common word: one literal, no
    /// parts (``takePlainWord(to:)`` makes it). For any other word, `~e` (negative)
    /// where `e` is the end of the plain bytes at the cursor, for
    /// ``parseWordParts(plainEnd:)``.
    @inline(__always)
    func plainWordEnd() -> Int {
        let start = pos
        let i = plainRunEnd(from: start)
        if i > start, i >= end || (Parser.isMeta(buf[i]) && !(buf[i] == UInt8(ascii: "(") && Parser.isExtglobOperator(buf[i - 1]))
            && !((buf[i] == UInt8(ascii: "<") || buf[i] == UInt8(ascii: ">")) && byte(at: i + 1) == UInt8(ascii: "(")))
        {
            return i
        }
        return ~i
    }

    /// The plain word from the cursor to `wordEnd` (from ``plainWordEnd()``); moves the cursor there.
    @inline(__always)
    mutating func takePlainWord(to wordEnd: Int) -> Word {
        let start = pos
        pos = wordEnd
        return Word(literal: text(start, wordEnd), span: SourceSpan(start: start, end: wordEnd))
    }

    /// The end of the run of plain bytes (``isPlain(_:)``) starting at `start`,
    /// four bytes per step while four remain.
    @inline(__always)
    func plainRunEnd(from start: Int) -> Int {
        var i = start
        while i &+ 4 <= end {
            if !Parser.isPlain(buf[i]) { return i }
            if !Parser.isPlain(buf[i &+ 1]) { return i &+ 1 }
            if !Parser.isPlain(buf[i &+ 2]) { return i &+ 2 }
            if !Parser.isPlain(buf[i &+ 3]) { return i &+ 3 }
            i &+= 4
        }
        while i < end, Parser.isPlain(buf[i]) { i &+= 1 }
        return i
    }
}
