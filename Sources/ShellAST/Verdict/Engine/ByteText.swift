/// Byte-level string tests for the engine's hot paths (no `Character` walking,
/// no substring search machinery).
@inline(__always)
func withUTF8Bytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
    var copy = s
    return copy.withUTF8(body)
}

/// Whether `n` occurs in `h`.
@inline(__always)
func bytesContain(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
    bytesContain(h, n, foldCase: false)
}

@inline(__always)
func bytesEqual(_ a: UnsafeBufferPointer<UInt8>, _ aStart: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    while i < b.count {
        if a[aStart + i] != b[i] { return false }
        i += 1
    }
    return true
}

extension String {
    @inline(__always)
    func utf8HasPrefix(_ prefix: String) -> Bool {
        withUTF8Bytes(self) { a in withUTF8Bytes(prefix) { b in a.count >= b.count && bytesEqual(a, 0, b) } }
    }

    @inline(__always)
    func utf8HasSuffix(_ suffix: String) -> Bool {
        withUTF8Bytes(self) { a in withUTF8Bytes(suffix) { b in a.count >= b.count && bytesEqual(a, a.count - b.count, b) } }
    }

    /// Whether `needle` occurs in the string (byte comparison).
    func utf8Contains(_ needle: String) -> Bool {
        withUTF8Bytes(self) { h in withUTF8Bytes(needle) { n in bytesContain(h, n) } }
    }

    /// Whether `needle` (lower case) occurs in the string, ASCII letters compared without case.
    func utf8ContainsIgnoringASCIICase(_ needle: String) -> Bool {
        withUTF8Bytes(self) { h in withUTF8Bytes(needle) { n in bytesContain(h, n, foldCase: true) } }
    }

    /// Whether the string contains the byte `b`.
    @inline(__always)
    func utf8Contains(byte b: UInt8) -> Bool {
        withUTF8Bytes(self) { $0.contains(b) }
    }

    /// Every occurrence of `target` replaced by `replacement`.
    func replacingAll(_ target: String, with replacement: String) -> String {
        let t = Array(target.utf8)
        guard !t.isEmpty else { return self }
        let h = Array(utf8)
        var out: [UInt8] = []
        var i = 0
        while i < h.count {
            if i + t.count <= h.count, Array(h[i..<(i + t.count)]) == t {
                out.append(contentsOf: replacement.utf8)
                i += t.count
            } else {
                out.append(h[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `--name=value` → `--name`; other strings unchanged.
    var optionKey: Substring {
        guard utf8HasPrefix("--"), let eq = utf8.firstIndex(of: UInt8(ascii: "=")) else { return Substring(self) }
        return self[..<eq]
    }
}

/// Whether `n` occurs in `h`; with `foldCase`, upper-case ASCII letters of `h` match the
/// lower-case letters of `n`.
@inline(__always)
func bytesContain(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>, foldCase: Bool) -> Bool {
    guard let first = n.first else { return true }
    guard h.count >= n.count else { return false }
    @inline(__always) func fold(_ b: UInt8) -> UInt8 { foldCase && b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
    var i = 0
    let last = h.count - n.count
    while i <= last {
        if fold(h[i]) == first {
            var j = 1
            while j < n.count, fold(h[i + j]) == n[j] { j += 1 }
            if j == n.count { return true }
        }
        i += 1
    }
    return false
}

extension Substring {
    /// The substring's UTF-8 bytes, without making a `String` when they are contiguous.
    @inline(__always)
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = utf8.withContiguousStorageIfAvailable(body) { return r }
        return ShellAST.withUTF8Bytes(String(self), body)
    }
}

/// Whether the bytes are ASCII without a carriage return: text where every byte is
/// one `Character`, so byte comparisons, slicing and splitting agree exactly with
/// `String`'s (canonical equivalence only differs from bytes beyond ASCII, and
/// `\r\n` is the one ASCII grapheme of two bytes).
@inline(__always)
func isSimpleText(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    for x in b where x >= 0x80 || x == 0x0D { return false }
    return true
}

extension UnsafeBufferPointer<UInt8> {
    @inline(__always)
    func hasPrefix(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard count >= n else { return false }
        let p = s.utf8Start
        var i = 0
        while i < n {
            if self[i] != p[i] { return false }
            i += 1
        }
        return true
    }

    @inline(__always)
    func hasSuffix(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard count >= n else { return false }
        let p = s.utf8Start
        let base = count - n
        var i = 0
        while i < n {
            if self[base + i] != p[i] { return false }
            i += 1
        }
        return true
    }

    @inline(__always)
    func equals(_ s: StaticString) -> Bool {
        count == s.utf8CodeUnitCount && hasPrefix(s)
    }

    /// Whether `s` occurs in the bytes.
    @inline(__always)
    func contains(_ s: StaticString) -> Bool {
        bytesContain(self, UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// The bytes from `start` to the end.
    @inline(__always)
    func suffix(from start: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: self[Swift.min(start, count)...])
    }

    /// The first `n` bytes.
    @inline(__always)
    func prefix(_ n: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: self[..<Swift.min(n, count)])
    }

    /// The bytes after the last `/` (all of them when there is none).
    @inline(__always)
    func basename() -> UnsafeBufferPointer<UInt8> {
        var i = count
        while i > 0 {
            if self[i - 1] == UInt8(ascii: "/") { return suffix(from: i) }
            i -= 1
        }
        return self
    }
}

extension String {
    /// `contains(needle)` with `String`'s (`Character`) semantics; a byte search
    /// when both are plain ASCII (`isSimpleText`).
    @inline(__always)
    func characterContains(_ needle: String) -> Bool {
        let fast: Bool? = withUTF8Bytes(self) { h in
            withUTF8Bytes(needle) { n in isSimpleText(h) && isSimpleText(n) ? bytesContain(h, n) : nil }
        }
        return fast ?? contains(needle)
    }
}

/// Lower-cased text for repeated `contains` tests: `String.lowercased()` and
/// `String.contains` semantics, on bytes when the text is plain ASCII.
struct LowercasedText {
    private let bytes: [UInt8]?
    private let string: String

    init(_ text: String) {
        if withUTF8Bytes(text, { isSimpleText($0) }) {
            bytes = withUTF8Bytes(text) { b in b.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 } }
            string = ""
        } else {
            bytes = nil
            string = text.lowercased()
        }
    }

    /// Whether the lower-cased text contains `needle`.
    func contains(_ needle: String) -> Bool {
        guard let bytes else { return string.contains(needle) }
        return withUTF8Bytes(needle) { n in
            isSimpleText(n) ? bytes.withUnsafeBufferPointer { bytesContain($0, n) } : String(decoding: bytes, as: UTF8.self).contains(needle)
        }
    }
}

/// `a + b + c + d + e` built in one allocation, for reason messages made for
/// every write, sensitive read or unknown command (string interpolation grew its
/// buffer once or twice when the path was long). The bytes are copied into the
/// new string's storage directly: `String.append` cost a few hundred instructions
/// per piece, more than copying a whole message.
@inline(__always)
func joinedText(_ a: String, _ b: String, _ c: String, _ d: String = "", _ e: String = "") -> String {
    let count = a.utf8.count + b.utf8.count + c.utf8.count + d.utf8.count + e.utf8.count
    return String(unsafeUninitializedCapacity: count) { out in
        // The offset goes through return values: a variable captured by a nested
        // function would be checked for exclusive access on every piece.
        @inline(__always)
        func copy(_ piece: String, at offset: Int) -> Int {
            withUTF8Bytes(piece) { bytes in
                guard let from = bytes.baseAddress, let to = out.baseAddress else { return offset }
                (to + offset).initialize(from: from, count: bytes.count)
                return offset + bytes.count
            }
        }
        return copy(e, at: copy(d, at: copy(c, at: copy(b, at: copy(a, at: 0)))))
    }
}
