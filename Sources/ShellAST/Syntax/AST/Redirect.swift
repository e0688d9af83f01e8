/// The redirection operators of bash.
public enum RedirectOperator: UInt8, Hashable, Sendable, CaseIterable {
    /// `<`: read from a file.
    case input
    /// `>`: write to a file (truncating).
    case output
    /// `>>`: append to a file.
    case append
    /// `>|`: write, even with `noclobber`.
    case clobber
    /// `<>`: open for reading and writing.
    case readWrite
    /// `<<`: here-document.
    case hereDocument
    /// `<<-`: here-document with leading tabs stripped.
    case hereDocumentStrippingTabs
    /// `<<<`: here-string.
    case hereString
    /// `<&`: duplicate (or with `-`, close) an input descriptor.
    case duplicateInput
    /// `>&`: duplicate (or close) an output descriptor; with a file name, like `&>`.
    case duplicateOutput
    /// `&>`: standard output and standard error to a file.
    case outputAndError
    /// `&>>`: append standard output and standard error to a file.
    case appendOutputAndError

    /// The operator as written.
    public var token: String {
        switch self {
        case .input: "<"
        case .output: ">"
        case .append: ">>"
        case .clobber: ">|"
        case .readWrite: "<>"
        case .hereDocument: "<<"
        case .hereDocumentStrippingTabs: "<<-"
        case .hereString: "<<<"
        case .duplicateInput: "<&"
        case .duplicateOutput: ">&"
        case .outputAndError: "&>"
        case .appendOutputAndError: "&>>"
        }
    }

    /// Whether the operator opens a file for writing (or may, as `>&` with a file name does).
    public var writes: Bool {
        switch self {
        case .output, .append, .clobber, .readWrite, .duplicateOutput, .outputAndError, .appendOutputAndError: true
        default: false
        }
    }
}

/// The descriptor written before a redirection operator.
public enum RedirectDescriptor: Hashable, Sendable {
    /// `2>`: a file descriptor number.
    case number(Int)
    /// `{name}>`: bash allocates a descriptor and stores it in the variable.
    case variable(String)
}

/// A redirection such as `>out`, `2>&1`, `<<EOF` or `{fd}<file`.
public struct Redirect: Hashable, Sendable {
    /// The descriptor before the operator, if written.
    public var descriptor: RedirectDescriptor?
    /// The operator.
    public var op: RedirectOperator
    /// The file name, descriptor or here-string word; for a here-document, its
    /// delimiter word as written (quotes included).
    public var target: Word
    /// The body of a here-document; `nil` for every other operator.
    public var hereDocument: HereDocument?
    /// From the descriptor (or operator) to the end of the target word; a
    /// here-document's body lies outside it.
    public var span: SourceSpan

    /// Creates a redirection.
    public init(
        descriptor: RedirectDescriptor? = nil, op: RedirectOperator, target: Word,
        hereDocument: HereDocument? = nil, span: SourceSpan
    ) {
        self.descriptor = descriptor
        self.op = op
        self.target = target
        self.hereDocument = hereDocument
        self.span = span
    }
}

/// The body of a here-document.
public struct HereDocument: Hashable, Sendable {
    /// The delimiter after quote removal.
    public var delimiter: String
    /// Whether any part of the delimiter word was quoted; then the body is plain
    /// text and no expansion happens in it.
    public var isQuoted: Bool
    /// The body's lines up to (not including) the delimiter line. With a quoted
    /// delimiter, a single literal; otherwise literal text and expansions.
    /// For `<<-`, leading tabs are already removed.
    public var body: [WordPart]
    /// The source bytes of the body, from the line after the operator's line to
    /// the end of the delimiter line.
    public var span: SourceSpan

    /// Creates a here-document body.
    public init(delimiter: String, isQuoted: Bool, body: [WordPart], span: SourceSpan) {
        self.delimiter = delimiter
        self.isQuoted = isQuoted
        self.body = body
        self.span = span
    }
}
