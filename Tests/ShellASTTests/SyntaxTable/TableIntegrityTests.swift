import Testing
@testable import ShellAST

/// Every table, for the checks that look across all of them.
enum SyntaxTables {
    static let parseCases: [ParseCase] =
        SimpleCommandTable.cases + RedirectionTable.cases + PipelineListTable.cases + CompoundCommandTable.cases
        + FunctionCoprocTable.cases + ConditionalArithmeticTable.cases + QuotingTable.cases
        + ParameterExpansionTable.cases + SubstitutionTable.cases + ExtendedGlobTable.cases + HereDocumentTable.cases

    static let errorCases: [ParseErrorCase] = CommandErrorTable.cases + WordErrorTable.cases

    /// Every input of every table with where it is written.
    static var allInputs: [(input: String, location: SourceLocation)] {
        parseCases.flatMap { row in row.spellings.map { ($0, row.sourceLocation) } }
            + ANSICDecodingTable.cases.map { ($0.input, $0.sourceLocation) }
            + SpanTable.cases.map { ($0.input, $0.sourceLocation) }
            + errorCases.map { ($0.input, $0.sourceLocation) }
    }
}

@Suite("Syntax tables: integrity")
struct TableIntegrityTests {
    @Test func noInputAppearsTwice() {
        var seen: [String: SourceLocation] = [:]
        for (input, location) in SyntaxTables.allInputs {
            if let first = seen[input] {
                Issue.record("duplicate input \(input.debugDescription), first at \(first)", sourceLocation: location)
            } else {
                seen[input] = location
            }
        }
        #expect(seen.count == SyntaxTables.allInputs.count)
    }

    @Test func tablesHoldEnoughRows() {
        let positive = SyntaxTables.parseCases.count + ANSICDecodingTable.cases.count + SpanTable.cases.count
        let negative = SyntaxTables.errorCases.count
        #expect(positive + negative >= 300)
        #expect(positive >= 550, "positive rows: \(positive)")
        #expect(negative >= 180, "negative rows: \(negative)")
    }

    /// Each construct of the issue's list appears in at least one expected tree,
    /// found by the labels of the span-free dump.
    @Test(arguments: [
        // Commands, lists and pipelines
        "SimpleCommand", "DeclarationCommand", "Assignment …", "Assignment … append", "Array", "Element append", "Key", "Index",
        "Pipeline |", "Pipeline |&", "Pipeline negated", "Pipeline time", "Pipeline time-p…", "Item background", "&&", "||",
        "FunctionDefinition … posix", "FunctionDefinition … keyword", "FunctionDefinition … keywordWithParentheses",
        "Coprocess", "Coprocess …",
        // Compound commands
        "BraceGroup", "Subshell", "IfClause", "ElseIf", "Else", "WhileLoop", "UntilLoop", "ForLoop …", "ForLoop … no-in",
        "SelectLoop …", "ArithmeticForLoop", "CaseClause", "CaseItem break", "CaseItem fallThrough", "CaseItem continue",
        "ConditionalCommand", "Unary -f", "Binary ==", "Binary =~", "Binary <", "Binary -nt", "Not", "And", "Or", "Group",
        "ArithmeticCommand",
        // Redirections
        "Redirect <", "Redirect >", "Redirect >>", "Redirect >|", "Redirect <>", "Redirect <<", "Redirect <<-",
        "Redirect <<<", "Redirect <&", "Redirect >&", "Redirect &>", "Redirect &>>", "Redirect 2>", "Redirect 3<&",
        "Redirect {fd}>", "HereDocument …", "HereDocument … quoted",
        // Words
        "Literal …", "SingleQuoted …", "DoubleQuoted", "DoubleQuoted localized", "ANSICQuoted …", "Parameter …",
        "Parameter … braced", "Parameter … braced length", "Parameter … braced indirect",
        "Default :-", "Default :=", "Default :?", "Default :+", "Default -", "Default =", "Default ?", "Default +",
        "RemovePrefix #", "RemovePrefix ##", "RemoveSuffix %", "RemoveSuffix %%",
        "Replace first pattern", "Replace all pattern", "Replace prefix pattern", "Replace suffix pattern", "Replace replacement",
        "ChangeCase upperFirst", "ChangeCase upperAll", "ChangeCase lowerFirst", "ChangeCase lowerAll",
        "Transform @Q", "Transform @P", "NamesWithPrefix *", "NamesWithPrefix @", "Substring offset", "Substring length",
        "CommandSubstitution", "CommandSubstitution backquotes", "ArithmeticExpansion", "ArithmeticExpansion $[]",
        "ProcessSubstitution <()", "ProcessSubstitution >()",
        "ExtendedGlob @", "ExtendedGlob !", "ExtendedGlob +", "ExtendedGlob *", "ExtendedGlob ?",
    ])
    func constructIsCovered(_ label: String) {
        // `…` stands for a quoted name or value.
        let pieces = label.split(separator: "…", omittingEmptySubsequences: false).map(String.init)
        let found = TableIntegrityTests.labels.contains { line in
            if pieces.count == 1 { return line == label }
            guard line.hasPrefix(pieces[0]), line.hasSuffix(pieces[pieces.count - 1]) else { return false }
            return line.count >= pieces[0].count + pieces[pieces.count - 1].count
        }
        #expect(found, "no positive row has a `\(label)` node")
    }

    static let labels: Set<String> = {
        var all = Set<String>()
        for row in SyntaxTables.parseCases {
            for line in row.expected.treeDescription(includeSpans: false).split(separator: "\n") {
                all.insert(String(line.drop(while: { $0 == " " })))
            }
        }
        return all
    }()
}
