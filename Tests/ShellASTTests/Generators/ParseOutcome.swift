@testable import ShellAST

/// What the robustness properties demand of one parse: an error with a valid,
/// consistent position, or a tree whose spans nest and that round-trips.
enum ParseOutcome {
    struct Failure: CustomStringConvertible {
        /// A short category, compared while shrinking.
        var kind: String
        var detail: String
        var description: String { "\(kind): \(detail)" }
    }

    /// Parses `bytes` and checks the result; `nil` when everything holds.
    static func check(_ bytes: [UInt8]) -> Failure? {
        let tree: ShellScript
        do {
            tree = try ShellParser.parse(utf8: bytes)
        } catch {
            return checkError(error, in: bytes)
        }
        if tree.span != SourceSpan(start: 0, end: bytes.count) {
            return Failure(kind: "script span", detail: "\(tree.span) for \(bytes.count) bytes")
        }
        let violations = SpanChecker.violations(in: tree, inputCount: bytes.count)
        if let v = violations.first {
            return Failure(kind: "span", detail: "\(violations.count) span violations, first: \(v)")
        }
        if let f = RoundTrip.check(tree) {
            return Failure(kind: "round trip: \(f.kind.rawValue)", detail: f.description)
        }
        return nil
    }

    /// The error's offset lies in the input and its line and column are the
    /// 1-based line and byte column of that offset.
    static func checkError(_ error: ShellSyntaxError, in bytes: [UInt8]) -> Failure? {
        guard (0...bytes.count).contains(error.offset) else {
            return Failure(kind: "error offset", detail: "offset \(error.offset) outside 0...\(bytes.count): \(error)")
        }
        var line = 1
        var lineStart = 0
        for i in 0..<error.offset where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        let column = error.offset - lineStart + 1
        guard error.line == line, error.column == column, error.line >= 1, error.column >= 1 else {
            return Failure(kind: "error position", detail: "reported \(error.line):\(error.column), offset \(error.offset) is \(line):\(column)")
        }
        guard !error.message.isEmpty else { return Failure(kind: "error message", detail: "empty message") }
        return nil
    }
}
