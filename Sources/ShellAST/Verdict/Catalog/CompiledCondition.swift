/// An ``ArgCondition`` prepared once, when its rule is built: option names with
/// their hashes, `equals` lists as byte tables, `prefix`/`suffix`/`contains` lists
/// as ``ByteNeedles``. The catalog's data keeps the readable DSL; the engine
/// evaluates this form.
///
/// A final class with a kind tag and `let` fields instead of an enum with
/// payloads: evaluating reads the fields of a borrowed node, where matching an
/// enum case copied (retained and released) its payload on every rule.
final class CompiledCondition: Sendable {
    enum Kind: UInt8, Sendable {
        case always, option, shortFlag, optionValue, positional, anyPositional, allPositionals, anyArgument, argument
        case positionalCount, all, any, not, analyzer, beforePositional, clusterValue, standardInputFed, repeatedFlag
    }

    let kind: Kind
    /// `option`, `optionValue`.
    let names: OptionNames?
    /// The test of `optionValue`, `positional`, `anyPositional`, `allPositionals`,
    /// `anyArgument`, `argument`, `clusterValue`.
    let test: CompiledTest?
    /// `positional`, `argument`, `beforePositional`: the index; `repeatedFlag`: the count needed.
    let index: Int
    /// `positionalCount`.
    let range: ClosedRange<Int>
    /// `all`, `any`; the one inner condition of `not` and `beforePositional`.
    let children: [CompiledCondition]
    /// The ASCII value of the letter of `shortFlag` and `repeatedFlag`; `nil` for a
    /// letter that is not ASCII (never matches).
    let letter: UInt8?
    /// `repeatedFlag`: the long spellings.
    let long: [String]
    /// `clusterValue`: the letters.
    let letters: String
    /// `analyzer`.
    let analyzer: AnalyzerKind?
    /// Whether evaluating the condition can read the positional arguments.
    let readsPositionals: Bool

    private init(
        kind: Kind, names: OptionNames? = nil, test: CompiledTest? = nil, index: Int = 0, range: ClosedRange<Int> = 0...0,
        children: [CompiledCondition] = [], letter: UInt8? = nil, long: [String] = [], letters: String = "",
        analyzer: AnalyzerKind? = nil
    ) {
        self.kind = kind
        self.names = names
        self.test = test
        self.index = index
        self.range = range
        self.children = children
        self.letter = letter
        self.long = long
        self.letters = letters
        self.analyzer = analyzer
        switch kind {
        case .always, .option, .shortFlag, .optionValue, .anyArgument, .argument, .clusterValue, .standardInputFed, .repeatedFlag:
            readsPositionals = false
        case .positional, .anyPositional, .allPositionals, .positionalCount, .analyzer, .beforePositional:
            readsPositionals = true
        case .all, .any, .not:
            readsPositionals = children.contains(where: \.readsPositionals)
        }
    }

    convenience init(_ c: ArgCondition) {
        switch c {
        case .always: self.init(kind: .always)
        case .option(let names): self.init(kind: .option, names: OptionNames(names))
        case .shortFlag(let letter): self.init(kind: .shortFlag, letter: letter.asciiValue)
        case .optionValue(let names, let test): self.init(kind: .optionValue, names: OptionNames(names), test: CompiledTest(test))
        case .positional(let i, let test): self.init(kind: .positional, test: CompiledTest(test), index: i)
        case .anyPositional(let test): self.init(kind: .anyPositional, test: CompiledTest(test))
        case .allPositionals(let test): self.init(kind: .allPositionals, test: CompiledTest(test))
        case .anyArgument(let test): self.init(kind: .anyArgument, test: CompiledTest(test))
        case .argument(let i, let test): self.init(kind: .argument, test: CompiledTest(test), index: i)
        case .positionalCount(let range): self.init(kind: .positionalCount, range: range)
        case .all(let cs): self.init(kind: .all, children: cs.map(CompiledCondition.init))
        case .any(let cs): self.init(kind: .any, children: cs.map(CompiledCondition.init))
        case .not(let inner): self.init(kind: .not, children: [CompiledCondition(inner)])
        case .analyzer(let kind): self.init(kind: .analyzer, analyzer: kind)
        case .beforePositional(let i, let inner): self.init(kind: .beforePositional, index: i, children: [CompiledCondition(inner)])
        case .clusterValue(let letters, let test): self.init(kind: .clusterValue, test: CompiledTest(test), letters: letters)
        case .standardInputFed: self.init(kind: .standardInputFed)
        case .repeatedFlag(let letter, let long, let n): self.init(kind: .repeatedFlag, index: n, letter: letter.asciiValue, long: long)
        }
    }
}

/// An ``ArgTest`` prepared for evaluation (a final class, for the reason given on
/// ``CompiledCondition``).
final class CompiledTest: Sendable {
    enum Kind: UInt8, Sendable {
        case equals, prefix, suffix, contains, containsCaseInsensitive, dynamic, path, catastrophicPath, remote, any
        case processSubstitution, not, urlPathDepth, all, splitsIntoWords, setsPrivilegeBits, commandRunnerProgram, sensitiveFile, embedsCommandOutput
    }

    let kind: Kind
    /// `equals`.
    let set: ByteSet?
    /// `prefix`, `suffix`, `contains`, `containsCaseInsensitive`.
    let needles: ByteNeedles?
    /// `path`.
    let pathKind: PathKind
    /// `urlPathDepth`.
    let range: ClosedRange<Int>
    /// `all`; the one inner test of `not`.
    let children: [CompiledTest]

    private init(
        kind: Kind, set: ByteSet? = nil, needles: ByteNeedles? = nil, pathKind: PathKind = .ordinary, range: ClosedRange<Int> = 0...0,
        children: [CompiledTest] = []
    ) {
        self.kind = kind
        self.set = set
        self.needles = needles
        self.pathKind = pathKind
        self.range = range
        self.children = children
    }

    convenience init(_ t: ArgTest) {
        switch t {
        case .equals(let xs): self.init(kind: .equals, set: ByteSet(xs))
        case .prefix(let xs): self.init(kind: .prefix, needles: ByteNeedles(xs))
        case .suffix(let xs): self.init(kind: .suffix, needles: ByteNeedles(xs))
        case .contains(let xs): self.init(kind: .contains, needles: ByteNeedles(xs))
        case .containsCaseInsensitive(let xs): self.init(kind: .containsCaseInsensitive, needles: ByteNeedles(xs))
        case .dynamic: self.init(kind: .dynamic)
        case .path(let kind): self.init(kind: .path, pathKind: kind)
        case .catastrophicPath: self.init(kind: .catastrophicPath)
        case .remote: self.init(kind: .remote)
        case .any: self.init(kind: .any)
        case .processSubstitution: self.init(kind: .processSubstitution)
        case .not(let inner): self.init(kind: .not, children: [CompiledTest(inner)])
        case .urlPathDepth(let range): self.init(kind: .urlPathDepth, range: range)
        case .all(let tests): self.init(kind: .all, children: tests.map(CompiledTest.init))
        case .splitsIntoWords: self.init(kind: .splitsIntoWords)
        case .setsPrivilegeBits: self.init(kind: .setsPrivilegeBits)
        case .commandRunnerProgram: self.init(kind: .commandRunnerProgram)
        case .sensitiveFile: self.init(kind: .sensitiveFile)
        case .embedsCommandOutput: self.init(kind: .embedsCommandOutput)
        }
    }
}

/// The strings of a `prefix`, `suffix` or `contains` test as one byte buffer, with
/// cheap filters (the shortest length, the first and last bytes) that reject most
/// arguments before any byte comparison.
final class ByteNeedles: Sendable {
    /// Concatenated needle bytes; needle `i` is `bytes[offsets[i]..<offsets[i + 1]]`.
    private let bytes: [UInt8]
    private let offsets: [Int]
    /// Bits of the needles' first bytes and last bytes (256-bit sets).
    private let firstBytes: ByteBits
    private let lastBytes: ByteBits
    /// The shortest needle's length.
    private let shortest: Int
    /// Whether some needle is empty (it matches every text).
    private let hasEmpty: Bool

    init(_ needles: [String]) {
        var bytes: [UInt8] = []
        var offsets = [0]
        var first = ByteBits()
        var last = ByteBits()
        var shortest = Int.max
        for n in needles {
            withUTF8Bytes(n) { b in
                bytes.append(contentsOf: b)
                if let f = b.first, let l = b.last {
                    first.insert(f)
                    last.insert(l)
                }
                shortest = min(shortest, b.count)
            }
            offsets.append(bytes.count)
        }
        self.bytes = bytes
        self.offsets = offsets
        self.firstBytes = first
        self.lastBytes = last
        self.shortest = shortest
        self.hasEmpty = shortest == 0
    }

    /// Whether some needle starts `a`'s text (bytes).
    @inline(__always)
    func anyPrefix(of a: Argument) -> Bool {
        if hasEmpty { return true }
        let f = a.facts
        // `facts.first` is the real first byte whenever the text is not empty.
        guard Int(f.count) >= shortest, firstBytes.contains(f.first) else { return false }
        return withUTF8Bytes(a.text) { b in
            bytes.withUnsafeBufferPointer { all in
                for i in 0..<(offsets.count - 1) {
                    let s = offsets[i]
                    let n = offsets[i + 1] - s
                    if n <= b.count, bytesEqual(b, 0, UnsafeBufferPointer(rebasing: all[s..<(s + n)])) { return true }
                }
                return false
            }
        }
    }

    /// Whether some needle ends `a`'s text (bytes).
    @inline(__always)
    func anySuffix(of a: Argument) -> Bool {
        if hasEmpty { return true }
        guard Int(a.facts.count) >= shortest else { return false }
        return withUTF8Bytes(a.text) { b in
            guard let l = b.last, lastBytes.contains(l) else { return false }
            return bytes.withUnsafeBufferPointer { all in
                for i in 0..<(offsets.count - 1) {
                    let s = offsets[i]
                    let n = offsets[i + 1] - s
                    if n <= b.count, bytesEqual(b, b.count - n, UnsafeBufferPointer(rebasing: all[s..<(s + n)])) { return true }
                }
                return false
            }
        }
    }

    /// Whether some needle occurs in `a`'s text (bytes; with `foldCase`, ASCII letters
    /// of the text compared in lower case: the needles are lower case).
    @inline(__always)
    func anyContained(in a: Argument, foldCase: Bool) -> Bool {
        if hasEmpty { return true }
        guard Int(a.facts.count) >= shortest else { return false }
        return withUTF8Bytes(a.text) { b in
            bytes.withUnsafeBufferPointer { all in
                for i in 0..<(offsets.count - 1) {
                    let s = offsets[i]
                    let n = offsets[i + 1] - s
                    if bytesContain(b, UnsafeBufferPointer(rebasing: all[s..<(s + n)]), foldCase: foldCase) { return true }
                }
                return false
            }
        }
    }
}

/// A set of byte values (256 bits).
struct ByteBits: Sendable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    mutating func insert(_ b: UInt8) {
        let bit = UInt64(1) << UInt64(b & 63)
        switch b >> 6 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }

    @inline(__always)
    func contains(_ b: UInt8) -> Bool {
        let bit = UInt64(1) << UInt64(b & 63)
        switch b >> 6 {
        case 0: return words.0 & bit != 0
        case 1: return words.1 & bit != 0
        case 2: return words.2 & bit != 0
        default: return words.3 & bit != 0
        }
    }
}
