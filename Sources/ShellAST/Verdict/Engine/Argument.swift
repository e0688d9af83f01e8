/// One argument of a command after static word resolution.
///
/// Copied often, so it holds one reference (`text`) and plain values: its word
/// is kept by the resolver (``StaticResolver/word(of:)``).
struct Argument: Sendable {
    /// The value the shell would pass, when `isStatic`; otherwise the word as written.
    var text: String {
        didSet { facts = TextFacts(text) }
    }
    /// Whether the value is known without running anything.
    var isStatic: Bool
    /// Whether unquoted glob characters remain (`*`, `?`, `[`), so the shell would
    /// replace the word with matching file names.
    var hasGlob: Bool
    /// Whether the word begins with an expansion that is not guarded by `${x:?}`
    /// and is followed by `/`, so it could resolve to the root directory (`"$DIR"/*`).
    var mayBeRootRelative: Bool
    /// Whether the word is one process substitution (`<(cmd)`, `>(cmd)`).
    private(set) var isProcessSubstitution = false
    /// Whether the word is not static and the shell may turn it into several words, or none
    /// (``Word/mayExpandToSeveralFields``).
    private(set) var mayExpandToSeveralFields = false
    /// The word's bytes in the input.
    var span: SourceSpan
    /// The word, in the resolver's ``WordArena``.
    let wordRef: Int32
    /// What a scan of `text` found (hashes, a few bytes, plain ASCII or not).
    private(set) var facts: TextFacts

    /// Whether `text` is plain ASCII without a carriage return (`isSimpleText`), so
    /// byte comparisons agree with `String`'s.
    @inline(__always) var isSimple: Bool { facts.isSimple }
    /// ``ByteHash`` of `text`.
    @inline(__always) var hash: UInt64 { facts.hash }

    /// Static text the engine made, not resolved from a word of the input (an
    /// item `xargs` reads, the shell `su` hands its arguments to): no glob, no word.
    init(madeText text: String, span: SourceSpan) {
        self.init(text: text, isStatic: true, hasGlob: false, mayBeRootRelative: false, span: span, wordRef: WordArena.emptyWord)
    }

    init(text: String, isStatic: Bool, hasGlob: Bool, mayBeRootRelative: Bool, span: SourceSpan, wordRef: Int32) {
        self.text = text
        self.isStatic = isStatic
        self.hasGlob = hasGlob
        self.mayBeRootRelative = mayBeRootRelative
        self.span = span
        self.wordRef = wordRef
        self.facts = TextFacts(text)
    }

    /// An argument whose text's facts are already known (`facts` must be `TextFacts(text)`).
    init(text: String, facts: TextFacts, isStatic: Bool, hasGlob: Bool, mayBeRootRelative: Bool, span: SourceSpan, wordRef: Int32) {
        self.text = text
        self.isStatic = isStatic
        self.hasGlob = hasGlob
        self.mayBeRootRelative = mayBeRootRelative
        self.span = span
        self.wordRef = wordRef
        self.facts = facts
    }

    /// A dynamic argument whose text is `word` as written (empty without `printed`, for
    /// callers that read static values only: printing a word is most of its cost).
    init(dynamic word: Word, ref: Int32, mayBeRootRelative: Bool, printed: Bool = true) {
        self.init(
            text: printed ? ShellPrinter.print(word) : "", isStatic: false, hasGlob: false, mayBeRootRelative: mayBeRootRelative, span: word.span,
            wordRef: ref)
        if case .processSubstitution = word.parts.first, word.partCount == 1 { isProcessSubstitution = true }
        mayExpandToSeveralFields = word.mayExpandToSeveralFields
    }

    /// Marks a static argument as only known at run time (a `{}` of `find -exec`, the
    /// items of `xargs`); `word` is its word (``StaticResolver/word(of:)``), which then
    /// decides ``mayExpandToSeveralFields``. No change to a dynamic argument.
    mutating func markDynamic(word: Word) {
        guard isStatic else { return }
        isStatic = false
        mayExpandToSeveralFields = word.mayExpandToSeveralFields
    }

    /// The static value, or `nil`.
    var value: String? { isStatic ? text : nil }

    /// This argument with `text` replaced by the bytes of `text` from `start`
    /// (an attached option value: `--name=value`, `-nvalue`).
    @inline(__always)
    func droppingBytes(_ start: Int) -> Argument {
        var v = self
        v.text = withUTF8Bytes(text) { String(decoding: $0.suffix(from: start), as: UTF8.self) }
        return v
    }

    /// Bytes worth knowing about without scanning the text again.
    enum ByteFlag: UInt8 {
        case lessThan = 1
        case brace = 2
        case bracket = 4
    }

    /// Whether `text` contains the byte of `flag`.
    @inline(__always)
    func has(_ flag: ByteFlag) -> Bool { facts.flags & flag.rawValue != 0 }
}

/// What one scan of an argument's text finds, so the option and table tests that
/// run for every catalog rule compare hashes and lengths instead of text.
struct TextFacts: Sendable {
    /// ``ByteHash`` of the whole text.
    var hash: UInt64
    /// ``ByteHash`` of the bytes before the first `=` (the whole text when there is none).
    var keyHash: UInt64
    /// The number of UTF-8 bytes.
    var count: Int32
    /// The offset of the first `=`, or -1.
    var equalsAt: Int32
    /// ``Argument/ByteFlag`` bits.
    var flags: UInt8
    /// The first two bytes (0 past the end).
    var first: UInt8
    var second: UInt8
    /// Plain ASCII without a carriage return (`isSimpleText`).
    var isSimple: Bool

    @inline(__always)
    init(_ text: String) {
        self = withUTF8Bytes(text) { TextFacts(bytes: $0) }
    }

    /// The facts of the text whose UTF-8 bytes are `b`.
    @inline(__always)
    init(bytes b: UnsafeBufferPointer<UInt8>) {
        self = {
            var simple = true
            var flags: UInt8 = 0
            var h = ByteHash.seed
            var key = ByteHash.seed
            var eq = -1
            for (i, x) in b.enumerated() {
                switch x {
                case UInt8(ascii: "<"): flags |= Argument.ByteFlag.lessThan.rawValue
                case UInt8(ascii: "{"): flags |= Argument.ByteFlag.brace.rawValue
                case UInt8(ascii: "["): flags |= Argument.ByteFlag.bracket.rawValue
                case UInt8(ascii: "="): if eq < 0 { eq = i; key = h }
                case 0x0D, 0x80...: simple = false
                default: break
                }
                h = ByteHash.step(h, x)
            }
            return TextFacts(
                hash: h, keyHash: eq < 0 ? h : key, count: Int32(truncatingIfNeeded: b.count), equalsAt: Int32(truncatingIfNeeded: eq),
                flags: flags, first: b.count > 0 ? b[0] : 0, second: b.count > 1 ? b[1] : 0, isSimple: simple)
        }()
    }

    /// The facts of an unquoted literal and whether it holds a glob (`*`, `?`, or `[`
    /// with a later `]`), in one pass over its bytes; `nil` when it has a backslash or a
    /// `{` (escapes and braces are resolved elsewhere). The facts are `TextFacts(bytes: b)`.
    @inline(__always)
    static func literal(_ b: UnsafeBufferPointer<UInt8>) -> (facts: TextFacts, glob: Bool)? {
        var simple = true
        var flags: UInt8 = 0
        var h = ByteHash.seed
        var key = ByteHash.seed
        var eq = -1
        var glob = false
        var bracket = false
        var i = 0
        while i < b.count {
            let x = b[i]
            switch x {
            case UInt8(ascii: "\\"), UInt8(ascii: "{"): return nil
            case UInt8(ascii: "*"), UInt8(ascii: "?"): glob = true
            case UInt8(ascii: "["):
                bracket = true
                flags |= Argument.ByteFlag.bracket.rawValue
            case UInt8(ascii: "]"): if bracket { glob = true }
            case UInt8(ascii: "<"): flags |= Argument.ByteFlag.lessThan.rawValue
            case UInt8(ascii: "="): if eq < 0 { eq = i; key = h }
            case 0x0D, 0x80...: simple = false
            default: break
            }
            h = ByteHash.step(h, x)
            i += 1
        }
        let facts = TextFacts(
            hash: h, keyHash: eq < 0 ? h : key, count: Int32(truncatingIfNeeded: b.count), equalsAt: Int32(truncatingIfNeeded: eq),
            flags: flags, first: b.count > 0 ? b[0] : 0, second: b.count > 1 ? b[1] : 0, isSimple: simple)
        return (facts, glob)
    }

    private init(hash: UInt64, keyHash: UInt64, count: Int32, equalsAt: Int32, flags: UInt8, first: UInt8, second: UInt8, isSimple: Bool) {
        self.hash = hash
        self.keyHash = keyHash
        self.count = count
        self.equalsAt = equalsAt
        self.flags = flags
        self.first = first
        self.second = second
        self.isSimple = isSimple
    }
}

extension Argument {
    /// Whether the text equals `s` (`String` equality; bytes for plain ASCII text
    /// compared with the engine's ASCII literals).
    @inline(__always)
    func equals(_ s: String) -> Bool {
        guard isSimple else { return text == s }
        return withUTF8Bytes(text) { b in withUTF8Bytes(s) { b.count == $0.count && bytesEqual(b, 0, $0) } }
    }

    /// Whether the text is `--` (`String` equality).
    @inline(__always)
    var isDoubleDash: Bool {
        isSimple ? facts.count == 2 && facts.first == UInt8(ascii: "-") && facts.second == UInt8(ascii: "-") : text == "--"
    }

    /// Whether the text starts with `--` (bytes).
    @inline(__always)
    var startsWithDoubleDash: Bool { facts.first == UInt8(ascii: "-") && facts.second == UInt8(ascii: "-") }
}
