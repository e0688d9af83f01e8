/// The rules of one program that can apply to an invocation, found from its
/// first positional argument instead of trying every rule's subcommands.
///
/// A rule with subcommands applies only when one of its word sequences prefixes
/// the positionals, so only rules whose sequences start with the first positional
/// (or rules without subcommands, or with an empty sequence) are candidates. The
/// candidates are visited in rule order, so the matches are the same as trying
/// every rule.
struct RuleIndex: Sendable {
    /// Rules that are candidates whatever the first positional is.
    private let always: [Int]
    /// First words of subcommand sequences.
    private let firstWords: ByteSet
    /// For each of `firstWords`, the rules (ascending) with a sequence starting with it.
    private let byFirstWord: [[Int]]

    init(_ rules: [CatalogRule]) {
        var always: [Int] = []
        var byWord: [String: [Int]] = [:]
        var words: [String] = []
        for (i, rule) in rules.enumerated() {
            if rule.subcommands.isEmpty || rule.subcommands.contains(where: \.isEmpty) {
                always.append(i)
                continue
            }
            for seq in rule.subcommands {
                let w = seq[0]
                if byWord[w] == nil { words.append(w) }
                if byWord[w, default: []].last != i { byWord[w, default: []].append(i) }
            }
        }
        self.always = always
        self.firstWords = ByteSet(words)
        self.byFirstWord = firstWords.members.map { byWord[$0] ?? [] }
    }

    /// Calls `body` with each candidate rule index, ascending.
    @inline(__always)
    func forEachCandidate(first: Argument?, _ body: (Int) -> Void) {
        var listed: [Int] = []
        if let first, first.isStatic, let w = firstWords.index(of: first.text) { listed = byFirstWord[w] }
        var i = 0
        var j = 0
        while i < always.count || j < listed.count {
            if j == listed.count || (i < always.count && always[i] < listed[j]) {
                body(always[i])
                i += 1
            } else {
                body(listed[j])
                j += 1
            }
        }
    }
}

/// Everything the engine looks up by a program's name, found with one lookup.
struct CommandInfo: Sendable {
    /// The catalog entry and engine handlers (`nil` when the name only appears in
    /// the engine's output tables).
    var profile: CommandProfile?
    /// The fallback rule's identifier, `category.name.default`.
    var fallbackRuleID: String?
    /// Options whose value is a file the program writes.
    var outputOptions: OptionNames?
    /// Whether some positional arguments are files the program writes.
    var writesPositionals = false
}

extension Catalog {
    /// The per-name lookup table: profiles plus the output tables.
    static func infos(profiles: [String: CommandProfile]) -> (ByteSet, [CommandInfo]) {
        var table: [String: CommandInfo] = [:]
        for (name, p) in profiles {
            var info = CommandInfo(profile: p)
            if let e = p.entry { info.fallbackRuleID = "\(e.syntax.category.rawValue).\(name).default" }
            table[name] = info
        }
        for (name, options) in OutputTargets.options { table[name, default: CommandInfo()].outputOptions = OptionNames(options) }
        for name in OutputTargets.allPositionals.union(OutputTargets.lastPositional).union(["uniq", "dd"]) {
            table[name, default: CommandInfo()].writesPositionals = true
        }
        let names = ByteSet(table.keys.sorted())
        return (names, names.members.map { table[$0]! })
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
            case .always, .positionalCount, .analyzer: break
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
