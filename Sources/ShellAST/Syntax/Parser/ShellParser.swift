/// The entry point of the bash parser.
///
/// ```swift
/// let script = try ShellParser.parse("kubectl get pods -n prod | grep -v Running")
/// let list = script.body.items[0].andOr.first
/// print(list.commands.count) // 2
/// ```
///
/// The parser reads UTF-8 bytes with an integer cursor, builds value-type nodes
/// that carry byte spans, and reports every failure as a ``ShellSyntaxError``.
/// Recursion is bounded by ``Options/maxDepth`` and the input size by
/// ``Options/maxInputBytes``, so no input can overflow the stack or run long.
public enum ShellParser {
    /// Limits applied while parsing.
    public struct Options: Hashable, Sendable {
        /// Deepest allowed nesting of compound commands, substitutions, quotes and
        /// `${...}`. Past it the parser returns a ``ShellSyntaxError/Kind/nestingTooDeep``
        /// error. Values above ``maximumDepthLimit`` are clamped to it.
        ///
        /// Each level costs stack: measured about 2.5 KiB in release builds and up to
        /// 20 KiB in debug builds, so the default of 64 fits a 512 KiB thread stack in
        /// release and the 8 MiB stacks of Linux threads in either. Raise it only for
        /// threads with stacks to match.
        public var maxDepth: Int
        /// Largest accepted input in bytes.
        public var maxInputBytes: Int

        /// Creates options; the defaults suit commands and scripts a person would write.
        public init(maxDepth: Int = 64, maxInputBytes: Int = 16 << 20) {
            self.maxDepth = maxDepth
            self.maxInputBytes = maxInputBytes
        }

        /// The defaults.
        public static let `default` = Options()

        /// The largest ``maxDepth`` honoured (it needs a stack of several MiB).
        public static let maximumDepthLimit = 1000
    }

    /// Parses `source` as a bash program.
    ///
    /// - Throws: ``ShellSyntaxError`` when the input is not valid bash, is incomplete,
    ///   or exceeds a limit.
    /// - Complexity: O(*n* · *d*) for *n* bytes and nesting depth *d* ≤ ``Options/maxDepth``.
    public static func parse(_ source: String, options: Options = .default) throws(ShellSyntaxError) -> ShellScript {
        var copy = source
        let result: Result<ShellScript, ShellSyntaxError> = copy.withUTF8 { buffer in
            parseResult(buffer, options: options)
        }
        return try result.get()
    }

    /// Parses UTF-8 bytes as a bash program. Invalid UTF-8 is accepted; string
    /// values in the tree replace it with U+FFFD.
    @inlinable  // specialised for the caller's collection: no generic calls per parse
    public static func parse(utf8 bytes: some Collection<UInt8>, options: Options = .default) throws(ShellSyntaxError) -> ShellScript {
        let result: Result<ShellScript, ShellSyntaxError>
        if let r = bytes.withContiguousStorageIfAvailable({ parseResult($0, options: options) }) {
            result = r
        } else {
            result = Array(bytes).withUnsafeBufferPointer { parseResult($0, options: options) }
        }
        return try result.get()
    }

    @usableFromInline
    static func parseResult(_ buffer: UnsafeBufferPointer<UInt8>, options: Options) -> Result<ShellScript, ShellSyntaxError> {
        if buffer.count > options.maxInputBytes {
            return .failure(ShellSyntaxError(
                message: "input is \(buffer.count) bytes, more than the limit of \(options.maxInputBytes)",
                offset: 0, line: 1, column: 1, isIncomplete: false, kind: .inputTooLarge))
        }
        var parser = Parser(buffer, maxDepth: min(max(options.maxDepth, 1), Options.maximumDepthLimit))
        do {
            return .success(try parser.parseScript())
        } catch {
            return .failure(error.located(in: buffer))
        }
    }
}

extension ParseFailure {
    /// Converts the failure to the public error, computing line and column.
    func located(in buffer: UnsafeBufferPointer<UInt8>) -> ShellSyntaxError {
        let offset = Swift.min(Swift.max(self.offset, 0), buffer.count)
        var line = 1
        var lineStart = 0
        for i in 0..<offset where buffer[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        return ShellSyntaxError(
            message: message, offset: offset, line: line, column: offset - lineStart + 1,
            isIncomplete: isIncomplete, kind: kind)
    }
}
