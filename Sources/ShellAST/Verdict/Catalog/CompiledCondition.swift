/// An ``ArgCondition`` prepared once, when its rule is built: option names with
/// their hashes, `equals` lists as byte tables. The catalog's data keeps the
/// readable DSL; the engine evaluates this form.
indirect enum CompiledCondition: Sendable {
    case always
    case option(OptionNames)
    /// The letter's ASCII value; `nil` for a letter that is not ASCII (never matches).
    case shortFlag(UInt8?)
    case optionValue(OptionNames, CompiledTest)
    case positional(Int, CompiledTest)
    case anyPositional(CompiledTest)
    case allPositionals(CompiledTest)
    case anyArgument(CompiledTest)
    case argument(Int, CompiledTest)
    case positionalCount(ClosedRange<Int>)
    case all([CompiledCondition])
    case any([CompiledCondition])
    case not(CompiledCondition)
    case analyzer(AnalyzerKind)
    case beforePositional(Int, CompiledCondition)
    case clusterValue(String, CompiledTest)
    case standardInputFed
    case repeatedFlag(UInt8?, long: [String], atLeast: Int)

    init(_ c: ArgCondition) {
        switch c {
        case .always: self = .always
        case .option(let names): self = .option(OptionNames(names))
        case .shortFlag(let letter): self = .shortFlag(letter.asciiValue)
        case .optionValue(let names, let test): self = .optionValue(OptionNames(names), CompiledTest(test))
        case .positional(let i, let test): self = .positional(i, CompiledTest(test))
        case .anyPositional(let test): self = .anyPositional(CompiledTest(test))
        case .allPositionals(let test): self = .allPositionals(CompiledTest(test))
        case .anyArgument(let test): self = .anyArgument(CompiledTest(test))
        case .argument(let i, let test): self = .argument(i, CompiledTest(test))
        case .positionalCount(let range): self = .positionalCount(range)
        case .all(let cs): self = .all(cs.map(CompiledCondition.init))
        case .any(let cs): self = .any(cs.map(CompiledCondition.init))
        case .not(let inner): self = .not(CompiledCondition(inner))
        case .analyzer(let kind): self = .analyzer(kind)
        case .beforePositional(let i, let inner): self = .beforePositional(i, CompiledCondition(inner))
        case .clusterValue(let letters, let test): self = .clusterValue(letters, CompiledTest(test))
        case .standardInputFed: self = .standardInputFed
        case .repeatedFlag(let letter, let long, let n): self = .repeatedFlag(letter.asciiValue, long: long, atLeast: n)
        }
    }

    /// Whether evaluating the condition can read the positional arguments.
    var readsPositionals: Bool {
        switch self {
        case .always, .option, .shortFlag, .optionValue, .anyArgument, .argument, .clusterValue, .standardInputFed, .repeatedFlag: false
        case .positional, .anyPositional, .allPositionals, .positionalCount, .analyzer, .beforePositional: true
        case .all(let cs), .any(let cs): cs.contains(where: \.readsPositionals)
        case .not(let inner): inner.readsPositionals
        }
    }
}

/// An ``ArgTest`` prepared for evaluation.
indirect enum CompiledTest: Sendable {
    case equals(ByteSet)
    case prefix([String])
    case suffix([String])
    case contains([String])
    case containsCaseInsensitive([String])
    case dynamic
    case path(PathKind)
    case catastrophicPath
    case remote
    case any
    case processSubstitution
    case not(CompiledTest)
    case urlPathDepth(ClosedRange<Int>)
    case all([CompiledTest])
    case splitsIntoWords

    init(_ t: ArgTest) {
        switch t {
        case .equals(let xs): self = .equals(ByteSet(xs))
        case .prefix(let xs): self = .prefix(xs)
        case .suffix(let xs): self = .suffix(xs)
        case .contains(let xs): self = .contains(xs)
        case .containsCaseInsensitive(let xs): self = .containsCaseInsensitive(xs)
        case .dynamic: self = .dynamic
        case .path(let kind): self = .path(kind)
        case .catastrophicPath: self = .catastrophicPath
        case .remote: self = .remote
        case .any: self = .any
        case .processSubstitution: self = .processSubstitution
        case .not(let inner): self = .not(CompiledTest(inner))
        case .urlPathDepth(let range): self = .urlPathDepth(range)
        case .all(let tests): self = .all(tests.map(CompiledTest.init))
        case .splitsIntoWords: self = .splitsIntoWords
        }
    }
}
