/// Option names with their hashes, so testing an argument against them compares
/// integers first (``TextFacts``) and bytes only on a hash match.
///
/// The names are the engine's and the catalog's literals (plain ASCII, checked for
/// the catalog by `Catalog.nonASCIIData`); a list with any other name falls back to
/// `String` comparisons.
///
/// A class: conditions and tables hand out a reference, not copies of the arrays inside.
final class OptionNames: Sendable, ExpressibleByArrayLiteral {
    /// One name: its hash, length and shape.
    struct Key: Sendable {
        var hash: UInt64
        var count: Int32
        /// Whether the name contains `=` (then `NAME=` forms are compared byte by byte).
        var hasEquals: Bool
        /// Whether the name starts with `--`.
        var isLong: Bool
        /// Whether the name starts with `-`.
        var startsWithDash: Bool
        /// The name's second byte (0 when it is shorter).
        var second: UInt8
    }

    let names: [String]
    let keys: [Key]
    /// Whether every name is plain ASCII (`isSimpleText`).
    let simple: Bool
    /// Whether every name starts with `-`.
    let dashed: Bool
    /// The names an argument can match, by lookup (lists of 9 to 64 names; a shorter
    /// list is tested name by name).
    let candidates: OptionCandidates?

    init(_ names: [String]) {
        self.names = names
        var keys: [Key] = []
        keys.reserveCapacity(names.count)
        var simple = true
        for n in names {
            withUTF8Bytes(n) { b in
                if !isSimpleText(b) { simple = false }
                keys.append(Key(
                    hash: ByteHash.of(b), count: Int32(truncatingIfNeeded: b.count), hasEquals: b.contains(UInt8(ascii: "=")),
                    isLong: b.hasPrefix("--"), startsWithDash: b.first == UInt8(ascii: "-"),
                    second: b.count > 1 ? b[1] : 0))
            }
        }
        self.keys = keys
        self.simple = simple
        self.dashed = keys.allSatisfy(\.startsWithDash)
        self.candidates = keys.count > 8 ? OptionCandidates(keys) : nil
    }

    convenience init(arrayLiteral elements: String...) {
        self.init(elements)
    }
}

extension Argument {
    /// Whether the first `count` bytes of the text are `name` (bytes).
    @inline(__always)
    func hasBytePrefix(_ name: String) -> Bool {
        withUTF8Bytes(text) { b in withUTF8Bytes(name) { n in b.count >= n.count && bytesEqual(b, 0, n) } }
    }

    /// Text equal to the name `k` (bytes, after a hash match).
    @inline(__always)
    func equalsName(_ name: String, _ k: OptionNames.Key) -> Bool {
        facts.hash == k.hash && facts.count == k.count && hasBytePrefix(name)
    }

    /// Text of the form `NAME=...` for the name `k` (bytes).
    @inline(__always)
    func isAssignment(to name: String, _ k: OptionNames.Key) -> Bool {
        if k.hasEquals {
            return facts.count > k.count && hasBytePrefix(name) && withUTF8Bytes(text) { $0[Int(k.count)] == UInt8(ascii: "=") }
        }
        return facts.equalsAt == k.count && facts.keyHash == k.hash && hasBytePrefix(name)
    }
}
