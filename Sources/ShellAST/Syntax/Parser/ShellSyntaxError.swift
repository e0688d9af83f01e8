/// A shell syntax error: where it is, what was expected, what was found, and
/// whether more input could complete the command.
///
/// The parser never traps: every malformed, truncated, oversized or too deeply
/// nested input becomes one of these.
public struct ShellSyntaxError: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// What went wrong, naming what was expected and what was found.
    public var message: String
    /// Byte offset of the error in the input.
    public var offset: Int
    /// 1-based line of ``offset``.
    public var line: Int
    /// 1-based column of ``offset``, counted in bytes.
    public var column: Int
    /// Whether the input ended early: an unterminated quote, a missing `fi`, an
    /// unterminated here-document. More input could make it valid.
    public var isIncomplete: Bool
    /// The broad category of the error.
    public var kind: Kind

    /// Categories of syntax error.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// A token that cannot appear where it does.
        case unexpectedToken = "unexpected_token"
        /// A quote, substitution, compound command or here-document left open.
        case unterminated
        /// Nesting deeper than ``ShellParser/Options/maxDepth``.
        case nestingTooDeep = "nesting_too_deep"
        /// Input longer than ``ShellParser/Options/maxInputBytes``.
        case inputTooLarge = "input_too_large"
        /// A byte the shell cannot receive (NUL).
        case invalidByte = "invalid_byte"
        /// A construct bash rejects, such as an invalid name or `${}`.
        case invalidConstruct = "invalid_construct"
    }

    /// Creates an error value.
    public init(message: String, offset: Int, line: Int, column: Int, isIncomplete: Bool, kind: Kind) {
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column
        self.isIncomplete = isIncomplete
        self.kind = kind
    }

    /// `line:column: message`.
    public var description: String { "\(line):\(column): \(message)" }
}

/// The parser's internal failure: an offset into the current buffer and a message.
struct ParseFailure: Error {
    var offset: Int
    var message: String
    var isIncomplete: Bool
    var kind: ShellSyntaxError.Kind
}
