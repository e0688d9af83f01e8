import Testing
@testable import ShellAST

/// The tree generator reaches every node type and every enum case of the AST,
/// so the round-trip property covers them all.
@Suite struct GeneratorCoverageTests {
    /// Every feature the walker can report for a tree.
    static var expectedFeatures: Set<String> {
        var e: Set<String> = [
            "Script", "List", "Item", "AndOr", "Pipeline", "SimpleCommand", "DeclarationCommand",
            "FunctionDefinition", "Coprocess", "CompoundCommand", "BraceGroup", "Subshell", "IfClause",
            "ElseIfClause", "ConditionalLoop", "ForLoop", "ArithmeticForLoop", "CaseClause", "CaseItem",
            "ConditionalCommand", "ArithmeticCommand", "ConditionalExpression", "Assignment", "ArrayElement",
            "Redirect", "HereDocument", "Word", "Subscript", "ArithmeticExpression", "Literal", "SingleQuoted",
            "ANSICQuoted", "DoubleQuoted", "ParameterExpansion", "CommandSubstitution", "ArithmeticExpansion",
            "ProcessSubstitution", "ExtendedGlob",
            "ListSeparator.sequential", "ListSeparator.background", "LogicalOperator.and", "LogicalOperator.or",
            "PipelineTiming.time", "PipelineTiming.timePosix", "Pipeline.negated", "Pipeline.empty",
            "PipeOperator.pipe", "PipeOperator.pipeWithStderr",
            "DeclarationArgument.word", "DeclarationArgument.assignment", "DeclarationArgument.arrayAssignment",
            "FunctionStyle.posix", "FunctionStyle.keyword", "FunctionStyle.keywordWithParentheses",
            "Coprocess.named", "Coprocess.unnamed", "IfClause.else", "LoopKeyword.while", "LoopKeyword.until",
            "ForKeyword.for", "ForKeyword.select", "ForLoop.noIn", "ForLoop.emptyIn", "ForLoop.items",
            "CaseTerminator.break", "CaseTerminator.fallThrough", "CaseTerminator.continue", "CaseItem.emptyBody",
            "Conditional.word", "Conditional.unary", "Conditional.binary", "Conditional.not", "Conditional.and",
            "Conditional.or", "Conditional.group",
            "Assignment.append", "Assignment.index", "AssignmentValue.empty", "AssignmentValue.scalar",
            "AssignmentValue.array", "ArrayElement.keyed", "ArrayElement.keyedAppend",
            "RedirectDescriptor.number", "RedirectDescriptor.variable",
            "DoubleQuoted.localized", "CommandSubstitutionStyle.dollarParentheses",
            "CommandSubstitutionStyle.backquotes", "ArithmeticExpansionStyle.dollarDoubleParentheses",
            "ArithmeticExpansionStyle.dollarBrackets", "ProcessSubstitutionDirection.input",
            "ProcessSubstitutionDirection.output", "Parameter.braced", "Parameter.unbraced",
            "ParameterPrefix.length", "ParameterPrefix.indirect",
            "ParameterOperation.removePrefix", "ParameterOperation.removePrefix.longest",
            "ParameterOperation.removeSuffix", "ParameterOperation.removeSuffix.longest",
            "ParameterOperation.replaceWith", "ParameterOperation.replaceWithout",
            "ParameterOperation.substring", "ParameterOperation.substringLength",
            "ParameterOperation.namesWithPrefix*", "ParameterOperation.namesWithPrefix@",
            "Backquotes.inDoubleQuotes", "Backquotes.nested", "HereDocument.nested",
        ]
        for d in DeclarationCommand.builtinNames { e.insert("Declaration.\(d)") }
        for op in ConditionalExpression.unaryOperators { e.insert("Conditional.unary\(op)") }
        for op in ConditionalExpression.binaryOperators { e.insert("Conditional.binary\(op)") }
        for op in RedirectOperator.allCases {
            e.insert("RedirectOperator.\(op)")
        }
        for op in [RedirectOperator.hereDocument, .hereDocumentStrippingTabs] {
            e.insert("HereDocument.\(op).quoted")
            e.insert("HereDocument.\(op).unquoted")
        }
        for k in ["useDefault", "assignDefault", "errorIfUnset", "useAlternative"] {
            e.insert("DefaultValueOperator.\(k)")
            e.insert("DefaultValueOperator.\(k).colon")
        }
        for m in ["first", "all", "prefix", "suffix"] { e.insert("ReplacementMode.\(m)") }
        for m in ["upperFirst", "upperAll", "lowerFirst", "lowerAll"] { e.insert("CaseModification.\(m)") }
        for c in "QEPAaKkUuL" { e.insert("ParameterOperation.transform\(c)") }
        for o in ["zeroOrOne", "zeroOrMore", "oneOrMore", "exactlyOne", "none"] { e.insert("ExtendedGlobOperator.\(o)") }
        return e
    }

    @Test func generatorCoversEveryNodeTypeAndCase() {
        var collector = SyntaxNodeWalker(visitor: FeatureCollector())
        for index in 0..<1500 {
            var g = ShellTreeGenerator(choices: Choices(seed: RoundTripPropertyTests.caseSeed(0xC0FE, index)))
            collector.script(g.script())
        }
        let seen = collector.visitor.features
        let missing = Self.expectedFeatures.subtracting(seen).sorted()
        #expect(missing.isEmpty, "the generator never produced: \(missing)")
        let unexpected = seen.subtracting(Self.expectedFeatures).sorted()
        #expect(unexpected.isEmpty, "features missing from the expected list: \(unexpected)")
    }
}
