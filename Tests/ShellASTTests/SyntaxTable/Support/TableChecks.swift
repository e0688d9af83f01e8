import Testing
@testable import ShellAST

/// The checks every table row goes through.
enum TableChecks {
    /// Every spelling parses to the expected tree; the tree prints as the
    /// canonical spelling; printing round-trips and is idempotent.
    static func check(_ row: ParseCase) {
        if let issue = row.knownIssue {
            withKnownIssue(Comment(rawValue: issue), sourceLocation: row.sourceLocation) {
                checkUnwrapped(row)
            }
        } else {
            checkUnwrapped(row)
        }
    }

    private static func checkUnwrapped(_ row: ParseCase) {
        let expected = row.expected.erasingSpans()
        for spelling in row.spellings {
            let tree: ShellScript
            do {
                tree = try ShellParser.parse(spelling)
            } catch {
                Issue.record("\(spelling.debugDescription) does not parse: \(error)", sourceLocation: row.sourceLocation)
                continue
            }
            #expect(
                tree.treeDescription(includeSpans: false) == expected.treeDescription(includeSpans: false),
                "tree of \(spelling.debugDescription)", sourceLocation: row.sourceLocation)
            let sameStructure = tree.isStructurallyEqual(to: expected)
            #expect(sameStructure, "structure of \(spelling.debugDescription)", sourceLocation: row.sourceLocation)
            #expect(ShellPrinter.print(tree) == row.canonical, "canonical form of \(spelling.debugDescription)", sourceLocation: row.sourceLocation)
            checkRoundTrip(tree, sourceLocation: row.sourceLocation)
        }
    }

    /// `parse(print(tree))` equals `tree` without spans, and printing is idempotent.
    static func checkRoundTrip(_ tree: ShellScript, sourceLocation: SourceLocation) {
        let printed = ShellPrinter.print(tree)
        do {
            let again = try ShellParser.parse(printed)
            #expect(
                again.treeDescription(includeSpans: false) == tree.treeDescription(includeSpans: false),
                "round trip through \(printed.debugDescription)", sourceLocation: sourceLocation)
            let sameStructure = again.isStructurallyEqual(to: tree)
            #expect(sameStructure, "round trip through \(printed.debugDescription)", sourceLocation: sourceLocation)
            #expect(ShellPrinter.print(again) == printed, "printing is idempotent", sourceLocation: sourceLocation)
        } catch {
            Issue.record("the printed form \(printed.debugDescription) does not parse: \(error)", sourceLocation: sourceLocation)
        }
    }

    /// The input fails at the exact line and column, with the incomplete flag
    /// and a message naming what was expected and what was found.
    static func check(_ row: ParseErrorCase) {
        if let issue = row.knownIssue {
            withKnownIssue(Comment(rawValue: issue), sourceLocation: row.sourceLocation) {
                checkUnwrapped(row)
            }
        } else {
            checkUnwrapped(row)
        }
    }

    private static func checkUnwrapped(_ row: ParseErrorCase) {
        let loc = row.sourceLocation
        let error: ShellSyntaxError
        do {
            let tree = try ShellParser.parse(row.input)
            Issue.record("\(row.input.debugDescription) parses, as \(ShellPrinter.print(tree).debugDescription)", sourceLocation: loc)
            return
        } catch let e {
            error = e
        }
        #expect("\(error.line):\(error.column)" == "\(row.line):\(row.column)", "position; message: \(error.message)", sourceLocation: loc)
        #expect(error.isIncomplete == row.isIncomplete, "incomplete flag; message: \(error.message)", sourceLocation: loc)
        #expect(error.message.contains(row.found), "names what was found: \(error.message)", sourceLocation: loc)
        if let issue = row.messageIssue {
            withKnownIssue(Comment(rawValue: issue), sourceLocation: loc) {
                #expect(containsWord(error.message, row.expected), "names what was expected: \(error.message)", sourceLocation: loc)
            }
        } else {
            #expect(containsWord(error.message, row.expected), "names what was expected: \(error.message)", sourceLocation: loc)
        }
        // The position and the offset agree.
        let prefix = Array(row.input.utf8.prefix(error.offset))
        let line = prefix.count(where: { $0 == 0x0A }) + 1
        let column = prefix.count - (prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
        #expect(line == error.line && column == error.column, "offset \(error.offset) is \(line):\(column)", sourceLocation: loc)
    }

    /// Whether `fragment` occurs in `message` at the start of a word, so that
    /// "expected" is not found inside "unexpected".
    static func containsWord(_ message: String, _ fragment: String) -> Bool {
        let m = Array(message)
        let f = Array(fragment)
        guard !f.isEmpty, f.count <= m.count else { return f.isEmpty }
        for i in 0...(m.count - f.count) where (i == 0 || !m[i - 1].isLetter) && Array(m[i..<(i + f.count)]) == f {
            return true
        }
        return false
    }

    /// `echo $'raw'` parses to one ANSI-C part whose decoding is `decoded`.
    static func check(_ row: ANSICCase) {
        if let issue = row.knownIssue {
            withKnownIssue(Comment(rawValue: issue), sourceLocation: row.sourceLocation) {
                checkUnwrapped(row)
            }
        } else {
            checkUnwrapped(row)
        }
    }

    private static func checkUnwrapped(_ row: ANSICCase) {
        let loc = row.sourceLocation
        do {
            let tree = try ShellParser.parse(row.input)
            let expected = ShellScript(
                body: makeList([Command.simple(SimpleCommand(
                    words: [Word(parts: [.literal(Literal(text: "echo", span: .zero))], span: .zero),
                            Word(parts: [.ansiCQuoted(ANSICQuoted(raw: row.raw, span: .zero))], span: .zero)],
                    span: .zero))]),
                span: .zero)
            let sameStructure = tree.isStructurallyEqual(to: expected)
            #expect(sameStructure, "tree: \(tree.treeDescription(includeSpans: false))", sourceLocation: loc)
            guard case .simple(let s) = tree.body.items.first?.andOr.first.commands.first,
                s.words.count == 2, case .ansiCQuoted(let q) = s.words[1].parts.first
            else {
                Issue.record("no $'...' part", sourceLocation: loc)
                return
            }
            #expect(q.decodedBytes == row.decoded, "decoded bytes", sourceLocation: loc)
            #expect(q.decoded == String(decoding: row.decoded, as: UTF8.self), "decoded string", sourceLocation: loc)
            #expect(ShellPrinter.print(tree) == row.input, "canonical form", sourceLocation: loc)
            checkRoundTrip(tree, sourceLocation: loc)
        } catch {
            Issue.record("\(row.input.debugDescription) does not parse: \(error)", sourceLocation: loc)
        }
    }

    /// The input's full dump, spans included, is exactly `dump`.
    static func check(_ row: SpanCase) {
        do {
            let tree = try ShellParser.parse(row.input)
            #expect(tree.treeDescription(includeSpans: true) == row.dump, sourceLocation: row.sourceLocation)
            checkRoundTrip(tree, sourceLocation: row.sourceLocation)
        } catch {
            Issue.record("\(row.input.debugDescription) does not parse: \(error)", sourceLocation: row.sourceLocation)
        }
    }
}
