/// A reasoning line assembled as UTF-8 bytes, then made a `String` once.
///
/// `String.append` costs a few hundred instructions a piece (capacity and
/// uniqueness checks, ASCII flags); a decision appends dozens of pieces, so
/// lines with many pieces copy bytes into a reserved buffer instead.
struct LineBuilder {
    private var bytes: [UInt8] = []

    /// An empty line with room for `capacity` bytes.
    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Appends the UTF-8 of `s`.
    mutating func append(_ s: String) {
        if let done: Void = s.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) {
            return done
        }
        bytes.append(contentsOf: s.utf8)
    }

    /// Appends `n` in decimal, as `String(n)` writes it.
    mutating func append(_ n: Int) {
        guard n >= 0 else { return append(String(n)) }
        var start = bytes.count
        var v = n
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(v % 10))
            v /= 10
        } while v > 0
        // Least significant digit first: reverse in place (a slice's `reverse()` copied the array).
        var end = bytes.count - 1
        while start < end {
            bytes.swapAt(start, end)
            start += 1
            end -= 1
        }
    }

    /// The line.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// `a + b + c` in one allocation, the bytes copied into the new string's storage.
    static func join(_ a: String, _ b: String, _ c: String) -> String {
        String(unsafeUninitializedCapacity: a.utf8.count + b.utf8.count + c.utf8.count) { out in
            // The offset is threaded through return values: a variable captured by a
            // nested function cost a dynamic exclusivity check per access.
            copy(c, into: out, at: copy(b, into: out, at: copy(a, into: out, at: 0)))
        }
    }

    /// Writes `piece`'s UTF-8 into `out` from `at`; the offset after it.
    private static func copy(_ piece: String, into out: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        let copied: Int? = piece.utf8.withContiguousStorageIfAvailable { bytes in
            guard let from = bytes.baseAddress, let to = out.baseAddress else { return 0 }
            (to + at).initialize(from: from, count: bytes.count)
            return bytes.count
        }
        if let copied { return at + copied }
        var i = at
        for byte in piece.utf8 {
            out[i] = byte
            i += 1
        }
        return i
    }
}
