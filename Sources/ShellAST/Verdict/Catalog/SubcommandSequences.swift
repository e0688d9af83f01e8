/// A rule's subcommand word sequences, prepared once so that finding the one that
/// prefixes an invocation's positionals compares integers (each word's ``ByteHash``
/// and length against the argument's ``TextFacts``) and reads bytes only when
/// they agree.
///
/// Kubernetes rules list dozens of sequences; comparing them as strings copied
/// every positional argument they looked at.
///
/// A class: rules hand out a reference, not copies of the arrays inside.
final class SubcommandSequences: Sendable {
    /// One word of a sequence.
    struct Word: Sendable {
        var hash: UInt64
        var count: Int32
    }

    /// The sequences as written.
    let sequences: [[String]]
    /// Every word of every sequence, in order.
    private let words: [Word]
    /// Where each sequence starts in `words`, then where the last one ends.
    private let starts: [Int]
    /// For each sequence, the next one with the same first word (`sequences.count`
    /// when none): the sequences a first positional can start, in order.
    private let nextWithSameFirst: [Int]

    init(_ sequences: [[String]]) {
        self.sequences = sequences
        var words: [Word] = []
        var starts: [Int] = [0]
        for seq in sequences {
            for w in seq {
                withUTF8Bytes(w) { b in words.append(Word(hash: ByteHash.of(b), count: Int32(truncatingIfNeeded: b.count))) }
            }
            starts.append(words.count)
        }
        self.words = words
        self.starts = starts
        var next = [Int](repeating: sequences.count, count: sequences.count)
        var last: [String: Int] = [:]
        for (i, seq) in sequences.enumerated() where sequences.count > 1 {
            guard let first = seq.first else { continue }
            if let previous = last[first] { next[previous] = i }
            last[first] = i
        }
        self.nextWithSameFirst = next
    }

    /// The first sequence that starts with `word`.
    func firstSequence(startingWith word: String) -> Int? {
        sequences.firstIndex { $0.first == word }
    }

    /// The length of the first sequence, in order, whose words are the first
    /// positionals (static and equal, as ``Argument/equals(_:)`` compares), or `nil`.
    ///
    /// `from`: the first sequence that starts with the first positional (found by
    /// ``RuleIndex``, which compared that word); only the sequences starting with the
    /// same word are tried, and their first word is not compared again. `nil`:
    /// every sequence is tried.
    @inline(__always)
    func firstMatch(_ positionals: Positionals, from: Int? = nil) -> Int? {
        let available = positionals.count
        return positionals.base.withUnsafeBufferPointer { items in
            // Fields are read through the buffer: no `Argument` is copied.
            positionals.slots.withUnsafeBufferPointer { slots in
                @inline(__always) func same(_ i: Int, _ s: Int, _ k: Int) -> Bool {
                    let slot = slots[i]
                    guard items[slot].isStatic else { return false }
                    guard items[slot].isSimple else { return items[slot].text == sequences[s][i] }
                    return items[slot].facts.hash == words[k].hash && items[slot].facts.count == words[k].count
                        && items[slot].equals(sequences[s][i])
                }
                @inline(__always) func matches(_ s: Int, skip: Int) -> Int? {
                    let start = starts[s]
                    let length = starts[s + 1] - start
                    guard length <= available else { return nil }
                    var i = skip
                    while i < length, same(i, s, start + i) { i += 1 }
                    return i == length ? length : nil
                }
                if var s = from {
                    while s < sequences.count {
                        if let length = matches(s, skip: 1) { return length }
                        s = nextWithSameFirst[s]
                    }
                    return nil
                }
                for s in 0..<sequences.count {
                    if let length = matches(s, skip: 0) { return length }
                }
                return nil
            }
        }
    }
}
