/// The rules of one program that can apply to an invocation, found from its
/// first positional argument instead of trying every rule's subcommands.
///
/// A rule with subcommands applies only when one of its word sequences prefixes
/// the positionals, so only rules whose sequences start with the first positional
/// (or rules without subcommands, or with an empty sequence) are candidates. The
/// candidates are visited in rule order, so the matches are the same as trying
/// every rule.
struct RuleIndex: Sendable {
    /// A rule with a sequence starting with a given word.
    struct Listed: Sendable {
        var rule: Int
        /// The rule's first sequence starting with the word (``SubcommandSequences/firstMatch(_:from:)``).
        var sequence: Int
    }

    /// Rules that are candidates whatever the first positional is.
    private let always: [Int]
    /// First words of subcommand sequences.
    private let firstWords: ByteSet
    /// For each of `firstWords`, the rules (ascending) with a sequence starting with it.
    private let byFirstWord: [[Listed]]

    init(_ rules: [CatalogRule]) {
        var always: [Int] = []
        var byWord: [String: [Listed]] = [:]
        var words: [String] = []
        for (i, rule) in rules.enumerated() {
            if rule.subcommands.isEmpty || rule.subcommands.contains(where: \.isEmpty) {
                always.append(i)
                continue
            }
            for seq in rule.subcommands {
                let w = seq[0]
                if byWord[w] == nil { words.append(w) }
                if byWord[w, default: []].last?.rule != i, let s = rule.subcommandTable.firstSequence(startingWith: w) {
                    byWord[w, default: []].append(Listed(rule: i, sequence: s))
                }
            }
        }
        self.always = always
        self.firstWords = ByteSet(words)
        self.byFirstWord = firstWords.members.map { byWord[$0] ?? [] }
    }

    /// Calls `body` with each candidate rule index, ascending, and for a rule listed
    /// by the first positional (which equals the first word of that sequence), its
    /// first sequence starting with it; `nil` for the rules that are always candidates.
    @inline(__always)
    func forEachCandidate(first: Argument?, _ body: (Int, Int?) -> Void) {
        var listed: [Listed] = []
        if let first, first.isStatic, let w = firstWords.index(of: first.text) { listed = byFirstWord[w] }
        var i = 0
        var j = 0
        while i < always.count || j < listed.count {
            if j == listed.count || (i < always.count && always[i] < listed[j].rule) {
                body(always[i], nil)
                i += 1
            } else {
                body(listed[j].rule, listed[j].sequence)
                j += 1
            }
        }
    }
}

/// Everything the engine looks up by a program's name, found with one lookup
/// (a class: the lookup hands out a reference, not a copy of the tables inside).
final class CommandInfo: Sendable {
    /// Whether the name has a profile (a catalog entry or an engine handler), and
    /// the profile's parts, read without copying the whole profile.
    let hasProfile: Bool
    let special: SpecialHandler?
    let nested: NestedHandler?
    let entry: Catalog.Entry?
    let embedded: [EmbeddedOption]?
    /// The fallback rule's identifier, `category.name.default`.
    let fallbackRuleID: String?
    /// Options whose value is a file the program writes.
    let outputOptions: OptionNames?
    /// Whether some positional arguments are files the program writes.
    let writesPositionals: Bool

    init(profile: CommandProfile?, fallbackRuleID: String?, outputOptions: OptionNames?, writesPositionals: Bool) {
        self.hasProfile = profile != nil
        self.special = profile?.special
        self.nested = profile?.nested
        self.entry = profile?.entry
        self.embedded = profile?.embedded
        self.fallbackRuleID = fallbackRuleID
        self.outputOptions = outputOptions
        self.writesPositionals = writesPositionals
    }
}

extension Catalog {
    /// The per-name lookup table: profiles plus the output tables.
    static func infos(profiles: [String: CommandProfile]) -> (ByteSet, [CommandInfo]) {
        let writers = OutputTargets.allPositionals.union(OutputTargets.lastPositional).union(OutputTargets.secondPositional).union(["dd"])
        let names = ByteSet(Set(profiles.keys).union(OutputTargets.options.keys).union(writers).sorted())
        let infos = names.members.map { name in
            CommandInfo(
                profile: profiles[name], fallbackRuleID: profiles[name]?.entry.map { "\($0.syntax.category.rawValue).\(name).default" },
                outputOptions: OutputTargets.options[name].map(OptionNames.init), writesPositionals: writers.contains(name))
        }
        return (names, infos)
    }

    /// Catalog strings that are not plain ASCII (`isSimpleText`): the engine's
    /// byte-level comparisons assume option names, subcommands and test values are.
    static func nonASCIIData(_ families: [CatalogFamily]) -> [String] {
        var out: [String] = []
        func check(_ s: String, _ rule: String) {
            if !withUTF8Bytes(s, { isSimpleText($0) }) { out.append("rule \(rule): '\(s)' is not plain ASCII") }
        }
        func check(_ t: ArgTest, _ rule: String) {
            switch t {
            case .equals(let xs), .prefix(let xs), .suffix(let xs), .contains(let xs), .containsCaseInsensitive(let xs):
                for x in xs { check(x, rule) }
            case .not(let inner): check(inner, rule)
            case .all(let tests): for x in tests { check(x, rule) }
            default: break
            }
        }
        func check(_ c: ArgCondition, _ rule: String) {
            switch c {
            case .option(let names): for n in names { check(n, rule) }
            case .optionValue(let names, let t):
                for n in names { check(n, rule) }
                check(t, rule)
            case .positional(_, let t), .anyPositional(let t), .allPositionals(let t), .anyArgument(let t), .argument(_, let t):
                check(t, rule)
            case .all(let cs), .any(let cs): for x in cs { check(x, rule) }
            case .not(let x), .beforePositional(_, let x): check(x, rule)
            case .shortFlag(let ch): check(String(ch), rule)
            case .repeatedFlag(let ch, let long, _):
                check(String(ch), rule)
                for n in long { check(n, rule) }
            case .clusterValue(let letters, let t):
                check(letters, rule)
                check(t, rule)
            case .always, .positionalCount, .analyzer, .standardInputFed: break
            }
        }
        for family in families {
            for syntax in family.syntaxes {
                for n in syntax.names { check(n, "syntax") }
                for v in syntax.valueOptions { check(v, "syntax") }
            }
            for rule in family.rules {
                for seq in rule.subcommands { for w in seq { check(w, rule.id) } }
                check(rule.when, rule.id)
                if let u = rule.unless { check(u, rule.id) }
            }
        }
        return out
    }
}
