@testable import ShellAST

extension TreeBuilding {
    private static func compound(_ kind: CompoundKind, _ redirects: [Redirect]) -> Command {
        .compound(CompoundCommand(kind: kind, redirects: redirects, span: .zero))
    }

    // MARK: Groups

    /// `{ items; }`.
    static func group(_ items: any ListItemBuildable..., redirects: [Redirect] = []) -> Command {
        compound(.braceGroup(BraceGroup(body: makeList(items), span: .zero)), redirects)
    }

    /// `( items )`.
    static func subshell(_ items: any ListItemBuildable..., redirects: [Redirect] = []) -> Command {
        compound(.subshell(Subshell(body: makeList(items), span: .zero)), redirects)
    }

    // MARK: Conditionals and loops

    /// `if cond; then body; [elif ...;] [else ...;] fi`.
    static func ifThen(
        _ condition: [any ListItemBuildable], then body: [any ListItemBuildable],
        elif elifs: [([any ListItemBuildable], [any ListItemBuildable])] = [],
        else elseBody: [any ListItemBuildable]? = nil, redirects: [Redirect] = []
    ) -> Command {
        compound(.ifClause(IfClause(
            condition: makeList(condition), thenBody: makeList(body),
            elseIfs: elifs.map { ElseIfClause(condition: makeList($0.0), body: makeList($0.1), span: .zero) },
            elseBody: elseBody.map(makeList), span: .zero)), redirects)
    }

    /// `while cond; do body; done`.
    static func whileLoop(_ condition: [any ListItemBuildable], do body: [any ListItemBuildable], redirects: [Redirect] = []) -> Command {
        compound(.conditionalLoop(ConditionalLoop(keyword: .while, condition: makeList(condition), body: makeList(body), span: .zero)), redirects)
    }

    /// `until cond; do body; done`.
    static func untilLoop(_ condition: [any ListItemBuildable], do body: [any ListItemBuildable], redirects: [Redirect] = []) -> Command {
        compound(.conditionalLoop(ConditionalLoop(keyword: .until, condition: makeList(condition), body: makeList(body), span: .zero)), redirects)
    }

    /// `for name [in items]; do body; done` (`items` nil: no `in`).
    static func forLoop(_ name: String, in items: [any WordBuildable]?, do body: [any ListItemBuildable], redirects: [Redirect] = []) -> Command {
        compound(.forLoop(ForLoop(
            keyword: .for, variable: name, items: items?.map(\.builtWord), body: makeList(body), span: .zero)), redirects)
    }

    /// `select name [in items]; do body; done`.
    static func selectLoop(_ name: String, in items: [any WordBuildable]?, do body: [any ListItemBuildable]) -> Command {
        compound(.forLoop(ForLoop(
            keyword: .select, variable: name, items: items?.map(\.builtWord), body: makeList(body), span: .zero)), [])
    }

    /// `for ((init; test; update)); do body; done`.
    static func arithmeticFor(
        _ initializer: ArithmeticExpression, _ test: ArithmeticExpression, _ update: ArithmeticExpression,
        do body: [any ListItemBuildable]
    ) -> Command {
        compound(.arithmeticFor(ArithmeticForLoop(
            initializer: initializer, test: test, update: update, body: makeList(body), span: .zero)), [])
    }

    /// `case word in items esac`.
    static func caseOf(_ word: some WordBuildable, _ items: CaseItem..., redirects: [Redirect] = []) -> Command {
        compound(.caseClause(CaseClause(word: word.builtWord, items: items, span: .zero)), redirects)
    }

    /// `pattern | pattern) body ;;`.
    static func branch(
        _ patterns: [any WordBuildable], _ body: [any ListItemBuildable] = [], _ terminator: CaseTerminator = .break
    ) -> CaseItem {
        CaseItem(patterns: patterns.map(\.builtWord), body: makeList(body), terminator: terminator, span: .zero)
    }

    // MARK: [[ ]] and (( ))

    /// `[[ expression ]]`.
    static func test(_ expression: ConditionalExpression, redirects: [Redirect] = []) -> Command {
        compound(.conditional(ConditionalCommand(expression: expression, span: .zero)), redirects)
    }

    /// A lone word in `[[ ]]`.
    static func cword(_ word: some WordBuildable) -> ConditionalExpression {
        ConditionalExpression(kind: .word(word.builtWord), span: .zero)
    }

    /// `-f file` and the other unary tests.
    static func unary(_ op: String, _ operand: some WordBuildable) -> ConditionalExpression {
        ConditionalExpression(kind: .unary(op: op, operand: operand.builtWord), span: .zero)
    }

    /// `left op right`.
    static func binary(_ left: some WordBuildable, _ op: String, _ right: some WordBuildable) -> ConditionalExpression {
        ConditionalExpression(kind: .binary(op: op, left: left.builtWord, right: right.builtWord), span: .zero)
    }

    static func not(_ e: ConditionalExpression) -> ConditionalExpression {
        ConditionalExpression(kind: .not(e), span: .zero)
    }

    static func and(_ l: ConditionalExpression, _ r: ConditionalExpression) -> ConditionalExpression {
        ConditionalExpression(kind: .and(l, r), span: .zero)
    }

    static func or(_ l: ConditionalExpression, _ r: ConditionalExpression) -> ConditionalExpression {
        ConditionalExpression(kind: .or(l, r), span: .zero)
    }

    static func parenthesized(_ e: ConditionalExpression) -> ConditionalExpression {
        ConditionalExpression(kind: .group(e), span: .zero)
    }

    /// `(( expression ))`.
    static func arithmeticCommand(_ expression: ArithmeticExpression, redirects: [Redirect] = []) -> Command {
        compound(.arithmetic(ArithmeticCommand(expression: expression, span: .zero)), redirects)
    }

    // MARK: Functions and coprocesses

    /// A function definition; `body` must be a compound command.
    static func function(_ name: String, _ style: FunctionStyle = .posix, _ body: Command) -> Command {
        guard case .compound(let c) = body else { preconditionFailure("a function body is a compound command") }
        return .function(FunctionDefinition(name: name, style: style, body: c, span: .zero))
    }

    /// `coproc [name] body`.
    static func coproc(_ body: Command, name: String? = nil) -> Command {
        .coprocess(Coprocess(name: name, body: body, span: .zero))
    }
}
