/// A shell word: a sequence of parts that the shell expands and joins.
///
/// `"a"$b'c'` is one word of three parts. A word whose parts are all literal
/// text or quotes is static: its value is known without running anything.
public struct Word: Hashable, Sendable {
    /// Most words are one unquoted literal; they are stored without an array.
    @usableFromInline
    enum Storage: Hashable, Sendable {
        /// One unquoted literal part whose span is the word's span.
        case literal(ShellText)
        /// One single-quoted part whose span is the word's span (`'*.txt'`).
        case singleQuoted(ShellText)
        /// One `"..."` part (not `$"..."`) spanning the word, holding one literal that
        /// spans everything between the quotes (`"*.txt"`).
        case doubleQuotedLiteral(ShellText)
        /// Any other sequence of parts.
        case parts([WordPart])
    }

    @usableFromInline
    var storage: Storage

    /// The source bytes of the word.
    public var span: SourceSpan

    /// Creates a word.
    public init(parts: [WordPart], span: SourceSpan) {
        self.span = span
        self.storage = Word.storage(for: parts, span: span)
    }

    /// Creates a word of one unquoted literal part spanning the whole word.
    init(literal text: ShellText, span: SourceSpan) {
        self.span = span
        self.storage = .literal(text)
    }

    /// Creates a word from its storage; the storage must be the canonical one
    /// ``storage(for:span:)`` gives for the parts it stands for.
    init(storage: Storage, span: SourceSpan) {
        self.span = span
        self.storage = storage
    }

    /// The canonical storage of `parts`: equal words get equal storage.
    private static func storage(for parts: [WordPart], span: SourceSpan) -> Storage {
        guard parts.count == 1 else { return .parts(parts) }
        switch parts[0] {
        case .literal(let l) where l.span == span:
            return .literal(l.rawText)
        case .singleQuoted(let q) where q.span == span:
            return .singleQuoted(q.rawText)
        case .doubleQuoted(let q) where q.span == span && !q.isLocalized && q.parts.count == 1:
            if case .literal(let l) = q.parts[0], l.span == SourceSpan(start: span.start + 1, end: span.end - 1) {
                return .doubleQuotedLiteral(l.rawText)
            }
            return .parts(parts)
        default:
            return .parts(parts)
        }
    }

    /// The parts, in source order. Adjacent unquoted literal text is one part.
    public var parts: [WordPart] {
        get {
            switch storage {
            case .literal(let text): [.literal(Literal(rawText: text, span: span))]
            case .singleQuoted(let text): [.singleQuoted(SingleQuoted(rawText: text, span: span))]
            case .doubleQuotedLiteral(let text):
                [.doubleQuoted(DoubleQuoted(
                    parts: [.literal(Literal(rawText: text, span: SourceSpan(start: span.start + 1, end: span.end - 1)))],
                    span: span))]
            case .parts(let parts): parts
            }
        }
        set { storage = Word.storage(for: newValue, span: span) }
    }

    /// The number of parts.
    public var partCount: Int {
        switch storage {
        case .literal, .singleQuoted, .doubleQuotedLiteral: 1
        case .parts(let parts): parts.count
        }
    }

    /// The raw text of the word when it is a single unquoted literal part
    /// (`ls`, `-la`, `*.txt`), else `nil`. Backslashes are kept as written.
    public var unquotedLiteral: String? {
        switch storage {
        case .literal(let text): return text.string
        case .singleQuoted, .doubleQuotedLiteral: return nil
        case .parts(let parts):
            if parts.count == 1, case .literal(let l) = parts[0] { return l.text }
            return nil
        }
    }
}

/// One part of a ``Word``.
public enum WordPart: Hashable, Sendable {
    /// Unquoted text, kept as written (backslash escapes included).
    case literal(Literal)
    /// `'text'`.
    case singleQuoted(SingleQuoted)
    /// `"..."` or `$"..."`, with its own parts.
    case doubleQuoted(DoubleQuoted)
    /// `$'...'` with ANSI-C escapes.
    case ansiCQuoted(ANSICQuoted)
    /// `$name`, `${...}`.
    case parameter(ParameterExpansion)
    /// `$(...)` or a backquoted command.
    case commandSubstitution(CommandSubstitution)
    /// `$(( ... ))` or `$[ ... ]`.
    case arithmeticExpansion(ArithmeticExpansion)
    /// `<(...)` or `>(...)`.
    case processSubstitution(ProcessSubstitution)
    /// An extended glob pattern: `@(...)`, `!(...)`, `+(...)`, `*(...)`, `?(...)`.
    case extendedGlob(ExtendedGlob)

    /// The source bytes of the part.
    public var span: SourceSpan {
        switch self {
        case .literal(let p): p.span
        case .singleQuoted(let p): p.span
        case .doubleQuoted(let p): p.span
        case .ansiCQuoted(let p): p.span
        case .parameter(let p): p.span
        case .commandSubstitution(let p): p.span
        case .arithmeticExpansion(let p): p.span
        case .processSubstitution(let p): p.span
        case .extendedGlob(let p): p.span
        }
    }
}

/// Literal text, unquoted or inside double quotes or a here-document, kept as written.
///
/// Backslash escapes stay in `text` (`\$` is two characters); line continuations
/// (a backslash before a newline) are removed, as the shell removes them.
public struct Literal: Hashable, Sendable {
    @usableFromInline
    var rawText: ShellText
    /// The source bytes, line continuations included.
    public var span: SourceSpan

    /// Creates a literal.
    public init(text: String, span: SourceSpan) {
        self.rawText = ShellText(text)
        self.span = span
    }

    init(rawText: ShellText, span: SourceSpan) {
        self.rawText = rawText
        self.span = span
    }

    /// The text as written, without line continuations.
    public var text: String {
        get { rawText.string }
        set { rawText = ShellText(newValue) }
    }
}

/// `'text'`: every character stands for itself.
public struct SingleQuoted: Hashable, Sendable {
    @usableFromInline
    var rawText: ShellText
    /// From the opening to the closing quote.
    public var span: SourceSpan

    /// Creates a single-quoted part.
    public init(text: String, span: SourceSpan) {
        self.rawText = ShellText(text)
        self.span = span
    }

    init(rawText: ShellText, span: SourceSpan) {
        self.rawText = rawText
        self.span = span
    }

    /// The text between the quotes.
    public var text: String {
        get { rawText.string }
        set { rawText = ShellText(newValue) }
    }
}

/// `"..."` (or `$"..."`, a string translated by the locale).
public struct DoubleQuoted: Hashable, Sendable {
    /// Literal text and expansions between the quotes.
    public var parts: [WordPart]
    /// Whether it was written `$"..."`.
    public var isLocalized: Bool
    /// From the opening `"` (or `$`) to the closing quote.
    public var span: SourceSpan

    /// Creates a double-quoted part.
    public init(parts: [WordPart], isLocalized: Bool = false, span: SourceSpan) {
        self.parts = parts
        self.isLocalized = isLocalized
        self.span = span
    }
}

/// `$'...'`: a string with ANSI-C backslash escapes.
public struct ANSICQuoted: Hashable, Sendable {
    /// The text between the quotes, escapes as written.
    public var raw: String
    /// From `$'` to the closing quote.
    public var span: SourceSpan

    /// Creates an ANSI-C quoted part.
    public init(raw: String, span: SourceSpan) {
        self.raw = raw
        self.span = span
    }

    /// The bytes the shell produces for this string: escapes decoded
    /// (`\n \t \r \a \b \e \E \f \v \\ \' \" \? \xHH \uHHHH \UHHHHHHHH \nnn \cX`),
    /// ending at the first NUL as bash does.
    public var decodedBytes: [UInt8] { ANSICDecoder.decode(Array(raw.utf8)) }

    /// ``decodedBytes`` as a string (invalid UTF-8 replaced by U+FFFD).
    public var decoded: String { String(decoding: decodedBytes, as: UTF8.self) }
}
