/// The words a ``StaticResolver`` has resolved, so each ``Argument`` refers to
/// its word by index instead of carrying a copy (arguments are copied often; a
/// `Word` is an enum of enums with references inside).
final class WordArena {
    // Appends and reads never overlap (no access escapes a call), so the dynamic
    // exclusivity check on this class property is skipped.
    @exclusivity(unchecked) private var words: [Word]

    init() {
        words = []
        // Room for a typical command line; 16 words stay a small allocation.
        words.reserveCapacity(16)
    }

    /// The reference of the empty word (`Judge.join` of no arguments).
    static let emptyWord: Int32 = -1

    /// Stores `word`; returns its reference.
    @inline(__always)
    func add(_ word: Word) -> Int32 {
        words.append(word)
        return Int32(truncatingIfNeeded: words.count - 1)
    }

    /// The word stored under `ref`.
    subscript(ref: Int32) -> Word {
        ref < 0 ? Word(parts: [], span: .zero) : words[Int(ref)]
    }
}
