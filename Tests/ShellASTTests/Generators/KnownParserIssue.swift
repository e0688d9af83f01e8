@testable import ShellAST

/// Parser and printer bugs found by the property tests and not fixed yet. Each
/// has a failing test in `KnownParserIssues.swift`, wrapped in `withKnownIssue`;
/// the generators avoid their shapes, and the robustness properties report an
/// input that fails only because of one of them as a known issue.
enum KnownParserIssue: String, CaseIterable {
    /// Line continuations (`\` newline) are removed inside word text only, not
    /// before the input is split into tokens as bash does: `$\<NL>(cmd)`,
    /// `i\<NL>f`, `a\<NL>=1`, `esac\<NL>`, and a word made only of a
    /// continuation becomes an empty word.
    case lineContinuation = "line continuation not removed before tokenizing"
    /// A word ending in a lone backslash at the end of the input is printed
    /// before the redirections, where the backslash escapes the next blank.
    case danglingBackslash = "trailing lone backslash printed before redirections"
    /// `name[...]=` is not seen as an assignment (nor `[k]=v` as a keyed array
    /// element) when the brackets hold `;`, `&`, `|`, a newline, `$( )`,
    /// `${ }` or `$'...'`; the pieces print back as something else.
    case subscriptDetection = "assignment subscript detection stops inside substitutions"
    /// `time >f -p` runs a command named `-p`; the printer writes the words
    /// first, `time -p >f`, which is `time -p` with a redirection.
    case timedCommandNamedP = "`time >f -p` printed as `time -p >f`"
    /// Backquotes in a `${...}` operand or in arithmetic inside double quotes:
    /// bash (and the parser) do not unescape `\"` there, but the printer escapes `"`.
    case backquoteInQuotedExpansion = "the printer escapes `\"` in backquotes inside `\"${...}\"`"

    /// The known issue that explains why `input` fails with `failure`, if any:
    /// the failure goes away when the issue's trigger is removed from the input.
    static func classify(_ input: [UInt8], _ failure: ParseOutcome.Failure) -> KnownParserIssue? {
        if input.last == UInt8(ascii: "\\") {
            let trimmed = Array(input.dropLast())
            if ParseOutcome.check(trimmed)?.kind != failure.kind { return .danglingBackslash }
        }
        if let tree = try? ShellParser.parse(utf8: input) {
            let shapes = KnownShapeFinder.find(in: tree, input: input)
            if shapes.misreadSubscript { return .subscriptDetection }
            if shapes.timedCommandNamedP { return .timedCommandNamedP }
            if shapes.continuationInHereDocument { return .lineContinuation }
            if shapes.backquoteInQuotedExpansion { return .backquoteInQuotedExpansion }
        }
        let stripped = removingLineContinuations(input)
        if stripped.count != input.count, ParseOutcome.check(stripped)?.kind != failure.kind {
            return .lineContinuation
        }
        return nil
    }

    /// `input` without any backslash-newline pair, as bash reads it (outside quotes).
    static func removingLineContinuations(_ input: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var i = 0
        while i < input.count {
            if input[i] == UInt8(ascii: "\\"), i + 1 < input.count {
                if input[i + 1] == 0x0A {
                    i += 2
                    continue
                }
                out.append(input[i])
                out.append(input[i + 1])
                i += 2
                continue
            }
            out.append(input[i])
            i += 1
        }
        return out
    }
}

/// Finds the tree shapes of ``KnownParserIssue/subscriptDetection`` and
/// ``KnownParserIssue/timedCommandNamedP``.
/// and ``KnownParserIssue/lineContinuation`` in a here-document body.
struct KnownShapeFinder: SyntaxNodeVisitor {
    let input: [UInt8]
    var misreadSubscript = false
    var timedCommandNamedP = false
    var continuationInHereDocument = false
    var backquoteInQuotedExpansion = false
    private var labels: [String] = []

    var wantsFeatures: Bool { true }

    /// A backquoted substitution inside `${...}` or arithmetic inside `"..."`.
    mutating func feature(_ name: String) {
        guard name == "CommandSubstitutionStyle.backquotes", let quote = labels.lastIndex(of: "DoubleQuoted") else { return }
        let between = labels[(quote + 1)..<(labels.count - 1)]
        if between.contains(where: { $0 == "ParameterExpansion" || $0 == "ArithmeticExpansion" }),
            !between.contains(where: { $0 == "CommandSubstitution" || $0 == "ProcessSubstitution" })
        {
            backquoteInQuotedExpansion = true
        }
    }

    static func find(in tree: ShellScript, input: [UInt8]) -> KnownShapeFinder {
        var walker = SyntaxNodeWalker(visitor: KnownShapeFinder(input: input))
        walker.script(tree)
        return walker.visitor
    }

    init(input: [UInt8]) {
        self.input = input
    }

    /// A here-document literal whose source holds `\` newline (possibly
    /// escaped inside backquotes).
    mutating func enter(_ label: String, _ span: SourceSpan, detachedAfter redirect: SourceSpan?) {
        if label == "Literal", labels.contains("HereDocument"), span.start >= 0, span.end <= input.count, span.count > 1 {
            for i in span.start..<(span.end - 1) where input[i] == UInt8(ascii: "\\") && input[i + 1] == 0x0A {
                continuationInHereDocument = true
            }
        }
        labels.append(label)
    }

    mutating func leave() {
        labels.removeLast()
    }

    /// `time >f -p`.
    mutating func visit(pipeline: Pipeline) {
        if pipeline.timing == .time, case .simple(let c)? = pipeline.commands.first,
            c.words.first?.unquotedLiteral == "-p", !c.redirects.isEmpty
        {
            timedCommandNamedP = true
        }
    }

    /// A command named like `name[...]=...`: an assignment the parser missed.
    mutating func visit(simpleCommand c: SimpleCommand) {
        if let w = c.words.first, looksLikeAssignment(ShellPrinter.print(w)) { misreadSubscript = true }
    }

    /// A subscript running past its assignment (`a[${x%]=}]`), or an array
    /// element `[...]=...` not read as a keyed element.
    mutating func visit(assignment a: Assignment) {
        if let i = a.index, !a.span.contains(i.span) { misreadSubscript = true }
        if let i = a.index, case .scalar(let w?) = a.value, w.span.start < i.span.end { misreadSubscript = true }
        guard case .array(let elements) = a.value else { return }
        for e in elements where e.key == nil {
            if let v = e.value, ShellPrinter.print(v).hasPrefix("[") { misreadSubscript = true }
        }
    }
}
