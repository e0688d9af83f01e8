/// Byte-level string tests for the engine's hot paths (no `Character` walking,
/// no substring search machinery).
@inline(__always)
func withUTF8Bytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
    var copy = s
    return copy.withUTF8(body)
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
        withUTF8Bytes(self) { h in withUTF8Bytes(needle) { n in bytesContain(h, n, foldCase: false) } }
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
