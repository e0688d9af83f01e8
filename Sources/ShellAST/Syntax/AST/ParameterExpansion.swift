/// What stands before a parameter name inside `${...}`.
public enum ParameterPrefix: UInt8, Hashable, Sendable {
    /// `${#name}`: the length of the value.
    case length
    /// `${!name}`: indirection (the value names another parameter), or with
    /// `[@]`/`[*]` the array's keys, or with a trailing `*`/`@` the matching names.
    case indirect
}

/// `$name`, `$1`, `$@`, or `${...}` with every bash operator.
public struct ParameterExpansion: Hashable, Sendable {
    /// Whether braces were used (`${x}` rather than `$x`).
    public var isBraced: Bool
    /// `#` or `!` before the name, if any.
    public var prefix: ParameterPrefix?
    /// The parameter: a name, digits, or one of `@ * # ? - $ ! 0`.
    public var name: String
    /// An array subscript after the name, if any.
    public var index: Subscript?
    /// The operator after the name, if any.
    public var operation: ParameterOperation?
    /// From `$` to the end of the name or the closing brace.
    public var span: SourceSpan

    /// Creates a parameter expansion.
    public init(
        isBraced: Bool, prefix: ParameterPrefix? = nil, name: String, index: Subscript? = nil,
        operation: ParameterOperation? = nil, span: SourceSpan
    ) {
        self.isBraced = isBraced
        self.prefix = prefix
        self.name = name
        self.index = index
        self.operation = operation
        self.span = span
    }
}

/// The four "use a default" operators and their tests.
public enum DefaultValueOperator: UInt8, Hashable, Sendable {
    /// `-`: use the word if unset.
    case useDefault
    /// `=`: assign the word if unset.
    case assignDefault
    /// `?`: fail with the word as message if unset.
    case errorIfUnset
    /// `+`: use the word if set.
    case useAlternative

    /// The operator character.
    public var character: Character {
        switch self {
        case .useDefault: "-"
        case .assignDefault: "="
        case .errorIfUnset: "?"
        case .useAlternative: "+"
        }
    }
}

/// Where `${name/pattern/replacement}` replaces.
public enum ReplacementMode: UInt8, Hashable, Sendable {
    /// `/`: the first match.
    case first
    /// `//`: every match.
    case all
    /// `/#`: a match at the start.
    case prefix
    /// `/%`: a match at the end.
    case suffix
}

/// The case-modification operators.
public enum CaseModification: UInt8, Hashable, Sendable {
    /// `^`: upper-case the first matching character.
    case upperFirst
    /// `^^`: upper-case every matching character.
    case upperAll
    /// `,`: lower-case the first matching character.
    case lowerFirst
    /// `,,`: lower-case every matching character.
    case lowerAll
}

/// The operator part of `${...}`.
public indirect enum ParameterOperation: Hashable, Sendable {
    /// `${x-w}`, `${x:-w}`, `=`, `?`, `+`; `checksNull` is the colon form.
    case defaultValue(DefaultValueOperator, checksNull: Bool, word: Word)
    /// `${x#p}` / `${x##p}`.
    case removePrefix(longest: Bool, pattern: Word)
    /// `${x%p}` / `${x%%p}`.
    case removeSuffix(longest: Bool, pattern: Word)
    /// `${x/p/r}` and friends; `replacement` is `nil` without the second slash.
    case replace(ReplacementMode, pattern: Word, replacement: Word?)
    /// `${x^p}`, `${x^^p}`, `${x,p}`, `${x,,p}`.
    case changeCase(CaseModification, pattern: Word)
    /// `${x@Q}` and the other `@` transformations; the operator letter.
    case transform(Character)
    /// `${x:offset}` / `${x:offset:length}`.
    case substring(offset: ArithmeticExpression, length: ArithmeticExpression?)
    /// `${!prefix*}` / `${!prefix@}`: the names of variables starting with the prefix.
    case namesWithPrefix(star: Bool)
}
