import Testing
@testable import ShellAST

/// One row of a positive table: equivalent spellings (the first is the canonical
/// form the printer writes) and the tree they all parse to.
struct ParseCase: Sendable, CustomTestStringConvertible {
    let spellings: [String]
    let expected: ShellScript
    /// Set when the row shows a parser or printer bug that is not fixed yet.
    let knownIssue: String?
    let sourceLocation: SourceLocation

    init(
        _ spellings: String..., parsesAs expected: ShellScript, knownIssue: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        precondition(!spellings.isEmpty)
        self.spellings = spellings
        self.expected = expected
        self.knownIssue = knownIssue
        self.sourceLocation = sourceLocation
    }

    /// A row whose tree is one command (or pipeline, or and-or list).
    init(
        _ spellings: String..., parsesAs item: any ListItemBuildable, knownIssue: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        precondition(!spellings.isEmpty)
        self.spellings = spellings
        self.expected = ShellScript(body: makeList([item]), span: .zero)
        self.knownIssue = knownIssue
        self.sourceLocation = sourceLocation
    }

    var canonical: String { spellings[0] }
    var testDescription: String { canonical.debugDescription }
}

/// What `bash -O extglob -n` says about an input the parser rejects.
enum BashVerdict: Sendable, Equatable {
    /// bash rejects it too (non-zero exit status).
    case rejects
    /// bash's `-n` exits 0 but prints the error: a `[[ ]]` parse error, which
    /// bash reports and never runs.
    case rejectsWithStatusZero(String)
    /// bash's `-n` exits 0 and prints nothing, yet bash never runs the line:
    /// an empty `[[ ]]` operand.
    case silentlyRejects(String)
    /// bash accepts it; we are stricter, for the reason given.
    case accepts(because: String)
}

/// One row of a negative table: the exact position, what the message must
/// name, whether more input could complete it, and what bash says.
struct ParseErrorCase: Sendable, CustomTestStringConvertible {
    let input: String
    let line: Int
    let column: Int
    let isIncomplete: Bool
    /// Text the message must contain naming what was expected.
    let expected: String
    /// Text the message must contain naming what was found.
    let found: String
    let bash: BashVerdict
    /// A bug that makes the whole row fail (wrong position, flag, or no error).
    let knownIssue: String?
    /// A bug in the message only (it does not name what was expected).
    let messageIssue: String?
    let sourceLocation: SourceLocation

    init(
        _ input: String, _ line: Int, _ column: Int, incomplete: Bool = false, expected: String, found: String,
        bash: BashVerdict = .rejects, knownIssue: String? = nil, messageIssue: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        self.input = input
        self.line = line
        self.column = column
        self.isIncomplete = incomplete
        self.expected = expected
        self.found = found
        self.bash = bash
        self.knownIssue = knownIssue
        self.messageIssue = messageIssue
        self.sourceLocation = sourceLocation
    }

    var testDescription: String { input.debugDescription }
}

/// A `$'...'` row: the raw text between the quotes and the bytes bash makes of it.
struct ANSICCase: Sendable, CustomTestStringConvertible {
    let raw: String
    let decoded: [UInt8]
    let knownIssue: String?
    let sourceLocation: SourceLocation

    init(_ raw: String, _ decoded: [UInt8], knownIssue: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        self.raw = raw
        self.decoded = decoded
        self.knownIssue = knownIssue
        self.sourceLocation = sourceLocation
    }

    init(_ raw: String, _ decoded: String, knownIssue: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        self.init(raw, Array(decoded.utf8), knownIssue: knownIssue, sourceLocation: sourceLocation)
    }

    /// The command the row parses: `echo $'raw'`.
    var input: String { "echo $'" + raw + "'" }
    var testDescription: String { input.debugDescription }
}

/// A row with exact spans: the input and its full tree dump.
struct SpanCase: Sendable, CustomTestStringConvertible {
    let input: String
    let dump: String
    let sourceLocation: SourceLocation

    init(_ input: String, _ dump: String, sourceLocation: SourceLocation = #_sourceLocation) {
        self.input = input
        self.dump = dump
        self.sourceLocation = sourceLocation
    }

    var testDescription: String { input.debugDescription }
}
