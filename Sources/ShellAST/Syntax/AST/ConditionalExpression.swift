/// An expression inside `[[ ]]`.
public struct ConditionalExpression: Hashable, Sendable {
    /// The shape of the expression.
    public var kind: Kind
    /// The source bytes of the expression.
    public var span: SourceSpan

    /// Creates an expression node.
    public init(kind: Kind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }

    /// The shapes of a `[[ ]]` expression.
    public indirect enum Kind: Hashable, Sendable {
        /// A lone word: true when it expands to a non-empty string.
        case word(Word)
        /// A unary test such as `-f file` or `-z "$s"`; `op` is the operator as written.
        case unary(op: String, operand: Word)
        /// A binary test such as `a == b`, `x -lt 3` or `s =~ regex`; `op` as written.
        case binary(op: String, left: Word, right: Word)
        /// `! expression`.
        case not(ConditionalExpression)
        /// `left && right`.
        case and(ConditionalExpression, ConditionalExpression)
        /// `left || right`.
        case or(ConditionalExpression, ConditionalExpression)
        /// `( expression )`.
        case group(ConditionalExpression)
    }

    /// Unary operators of `[[ ]]`.
    public static let unaryOperators: Set<String> = [
        "-a", "-b", "-c", "-d", "-e", "-f", "-g", "-h", "-k", "-p", "-r", "-s", "-t", "-u", "-w",
        "-x", "-G", "-L", "-N", "-O", "-S", "-z", "-n", "-o", "-v", "-R",
    ]

    /// Binary operators of `[[ ]]` (`<` and `>` compare strings here).
    public static let binaryOperators: Set<String> = [
        "==", "=", "!=", "<", ">", "=~", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot", "-ef",
    ]
}
