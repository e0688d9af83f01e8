extension Parser {
    // MARK: Reserved words

    /// The reserved word at the cursor, if the next word is exactly one.
    func peekKeyword() -> Keyword? {
        guard pos < end else { return nil }
        let first = buf[pos]
        switch first {
        case UInt8(ascii: "{"):
            return isKeywordBoundary(pos + 1) ? .openBrace : nil
        case UInt8(ascii: "}"):
            return isKeywordBoundary(pos + 1) ? .closeBrace : nil
        case UInt8(ascii: "!"):
            return isKeywordBoundary(pos + 1) && byte(at: pos + 1) != UInt8(ascii: "(") ? .bang : nil
        case UInt8(ascii: "["):
            return byte(at: pos + 1) == UInt8(ascii: "[") && isKeywordBoundary(pos + 2) ? .openDoubleBracket : nil
        default:
            // Only the lengths a reserved word starting with `first` can have are tried:
            // the word must end there, and its bytes must then be the reserved word.
            var lengths = Parser.keywordLengths(startingWith: first)
            while lengths != 0 {
                let n = lengths.trailingZeroBitCount
                lengths &= lengths &- 1
                if pos + n > end { return nil }  // longer than what is left (lengths ascend)
                if isKeywordBoundary(pos + n), let k = keyword(pos, pos + n) { return k }
            }
            return nil
        }
    }

    /// Bit `n` is set when a reserved word of `n` letters starts with `first`:
    /// most command names (`cat`, `find`, `sed`) are rejected without a scan.
    @inline(__always) static func keywordLengths(startingWith first: UInt8) -> UInt16 {
        switch first {
        case UInt8(ascii: "c"): (1 << 4) | (1 << 6)  // case coproc
        case UInt8(ascii: "d"): (1 << 2) | (1 << 4)  // do done
        case UInt8(ascii: "e"): 1 << 4  // elif else esac
        case UInt8(ascii: "f"): (1 << 2) | (1 << 3) | (1 << 8)  // fi for function
        case UInt8(ascii: "i"): 1 << 2  // if in
        case UInt8(ascii: "s"): 1 << 6  // select
        case UInt8(ascii: "t"): 1 << 4  // then time
        case UInt8(ascii: "u"), UInt8(ascii: "w"): 1 << 5  // until while
        default: 0
        }
    }

    @inline(__always) private func keyword(_ s: Int, _ e: Int) -> Keyword? {
        switch packedWord(s, e) {
        case 0x6669: .if
        case 0x6966: .fi
        case 0x6f64: .do
        case 0x6e69: .in
        case 0x726f66: .for
        case 0x6e656874: .then
        case 0x66696c65: .elif
        case 0x65736c65: .else
        case 0x656e6f64: .done
        case 0x65736163: .case
        case 0x63617365: .esac
        case 0x656d6974: .time
        case 0x656c696877: .while
        case 0x6c69746e75: .until
        case 0x7463656c6573: .select
        case 0x636f72706f63: .coproc
        case 0x6e6f6974636e7566: .function
        default: nil
        }
    }

    /// Bytes `s..<e` (at most 8) packed little-endian into an integer, for
    /// comparing short words against constants; 0 when longer than 8 bytes.
    @inline(__always) func packedWord(_ s: Int, _ e: Int) -> UInt64 {
        let n = e - s
        guard n <= 8, n > 0, let base = buf.baseAddress else { return 0 }
        if s + 8 <= buf.count {
            let v = UInt64(littleEndian: UnsafeRawPointer(base + s).loadUnaligned(as: UInt64.self))
            return n == 8 ? v : v & ((UInt64(1) << UInt64(8 * n)) &- 1)
        }
        return Parser.packedTail(base + s, n)
    }

    /// ``packedWord(_:_:)`` near the end of the buffer, byte by byte (kept out of
    /// line: a stack buffer here would cost every caller a stack-protector check).
    @inline(never)
    static func packedTail(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        var v: UInt64 = 0
        for i in stride(from: n - 1, through: 0, by: -1) { v = (v << 8) | UInt64(p[i]) }
        return v
    }

    /// Whether a reserved word ending at `i` ends there: a metacharacter other
    /// than the `<`/`>` of a process substitution (`{<(x)` is one word), or the end.
    @inline(__always) func isKeywordBoundary(_ i: Int) -> Bool {
        guard i < end else { return true }
        let b = buf[i]
        guard Parser.isMeta(b) else { return false }
        return !((b == UInt8(ascii: "<") || b == UInt8(ascii: ">")) && byte(at: i + 1) == UInt8(ascii: "("))
    }

    /// Whether a word ending at `i` ends there (metacharacter or end of input).
    @inline(__always) func isWordBoundary(_ i: Int) -> Bool {
        i >= end || Parser.isMeta(buf[i])
    }

    /// Consumes the reserved word `k`, which `peekKeyword()` just returned.
    mutating func consume(_ k: Keyword) {
        pos += k.text.utf8.count
    }

    mutating func expectKeyword(_ k: Keyword) throws(ParseFailure) {
        try skipLinebreaks()
        guard peekKeyword() == k else { throw expected("`\(k.text)`") }
        consume(k)
    }
}
