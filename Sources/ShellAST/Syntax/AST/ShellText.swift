/// The text of a literal, held as UTF-8 bytes: up to 16 bytes inline, longer
/// text in a `String`. Creating one from parser input costs a copy, not a
/// UTF-8 validation; invalid UTF-8 is repaired (U+FFFD) so the stored bytes are
/// always those of a valid `String`.
@usableFromInline
struct ShellText: Hashable, Sendable {
    @usableFromInline
    enum Storage: Hashable, Sendable {
        /// Bytes 0–7 in `low`, 8–15 in `high` (little-endian), `count` ≤ 16.
        case inline(low: UInt64, high: UInt64, count: UInt8)
        /// More than 16 bytes.
        case heap(String)
    }

    @usableFromInline
    var storage: Storage

    init(storage: Storage) {
        self.storage = storage
    }

    /// Text from source bytes.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        if n <= 16, let base = bytes.baseAddress {
            var words: (UInt64, UInt64) = (0, 0)
            withUnsafeMutableBytes(of: &words) { $0.baseAddress!.copyMemory(from: base, byteCount: n) }
            if (words.0 | words.1) & 0x8080_8080_8080_8080 == 0 {
                storage = .inline(low: UInt64(littleEndian: words.0), high: UInt64(littleEndian: words.1), count: UInt8(n))
                return
            }
        }
        storage = ShellText(String(decoding: bytes, as: UTF8.self)).storage
    }

    /// Text from a string.
    init(_ string: String) {
        var s = string
        let n = s.utf8.count
        if n <= 16 {
            storage = s.withUTF8 { buf in
                var low: UInt64 = 0
                var high: UInt64 = 0
                var i = n
                while i > 8 {
                    i -= 1
                    high = (high << 8) | UInt64(buf[i])
                }
                while i > 0 {
                    i -= 1
                    low = (low << 8) | UInt64(buf[i])
                }
                return .inline(low: low, high: high, count: UInt8(n))
            }
        } else {
            storage = .heap(s)
        }
    }

    /// The number of UTF-8 bytes.
    var count: Int {
        switch storage {
        case .inline(_, _, let n): Int(n)
        case .heap(let s): s.utf8.count
        }
    }

    /// The text as a `String`.
    var string: String {
        switch storage {
        case .heap(let s):
            return s
        case .inline:
            // The bytes are valid UTF-8 (checked ASCII from the parser, or a `String`'s),
            // so decoding repairs nothing.
            return withUTF8 { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// Calls `body` with the UTF-8 bytes of the text.
    @inline(__always)
    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        switch storage {
        case .heap(let s):
            var copy = s
            return copy.withUTF8(body)
        case .inline(let low, let high, let n):
            var words = (low.littleEndian, high.littleEndian)
            return withUnsafeBytes(of: &words) { raw in
                body(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: Int(n)))
            }
        }
    }

    /// Whether the text is exactly the ASCII `literal` (compared without making a `String`).
    func equals(_ literal: StaticString) -> Bool {
        guard literal.utf8CodeUnitCount == count else { return false }
        let p = literal.utf8Start
        switch storage {
        case .heap(let s):
            var i = 0
            for b in s.utf8 {
                if b != p[i] { return false }
                i += 1
            }
            return true
        case .inline(let low, let high, let n):
            for i in 0..<Int(n) {
                let b = i < 8 ? UInt8(truncatingIfNeeded: low >> (8 * UInt64(i))) : UInt8(truncatingIfNeeded: high >> (8 * UInt64(i - 8)))
                if b != p[i] { return false }
            }
            return true
        }
    }

    /// For texts of at most 8 bytes, the bytes packed little-endian (as the
    /// parser's keyword tables use them); 0 otherwise.
    var packed: UInt64 {
        if case .inline(let low, _, let n) = storage, n <= 8 { return low }
        return 0
    }
}
