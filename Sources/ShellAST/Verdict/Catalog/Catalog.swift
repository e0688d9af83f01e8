/// The command catalog: every known program's syntax and rules, by name.
struct Catalog: Sendable {
    /// A program's syntax and rules (a class: shared, not copied, by the hot loop).
    final class Entry: Sendable {
        let syntax: CommandSyntax
        let rules: [CatalogRule]
        /// The single-letter options that take a value, to read clusters (`-sSLo FILE`).
        let valueLetters: ShortOptionLetters
        /// Whether some rule runs a database analyser (its results are then shared by the rules).
        let usesDatabaseAnalyzer: Bool

        init(syntax: CommandSyntax, rules: [CatalogRule]) {
            self.syntax = syntax
            self.rules = rules
            self.valueLetters = ShortOptionLetters(options: syntax.valueOptions)
            self.usesDatabaseAnalyzer = rules.contains { $0.when.usesDatabaseAnalyzer || ($0.unless?.usesDatabaseAnalyzer ?? false) }
        }
    }

    private(set) var entries: [String: Entry] = [:]
    /// Everything known about each program name (catalog entry, engine handlers).
    private(set) var profiles: [String: CommandProfile] = [:]
    /// Inconsistencies in the catalog data (a test asserts there are none).
    private(set) var problems: [String] = []

    init(families: [CatalogFamily]) {
        var syntaxes: [String: CommandSyntax] = [:]
        var rules: [String: [CatalogRule]] = [:]
        for family in families {
            for syntax in family.syntaxes {
                for name in syntax.names {
                    if syntaxes[name] != nil {
                        problems.append("'\(name)' is described twice")
                        continue
                    }
                    syntaxes[name] = syntax
                }
            }
        }
        for family in families {
            for rule in family.rules {
                for name in rule.commands {
                    guard syntaxes[name] != nil else {
                        problems.append("rule \(rule.id) names '\(name)', which has no syntax entry")
                        continue
                    }
                    rules[name, default: []].append(rule)
                }
            }
        }
        for (name, syntax) in syntaxes { entries[name] = Entry(syntax: syntax, rules: rules[name] ?? []) }
        profiles = Catalog.profiles(entries: entries)
    }

    /// The standard catalog shipped with Vigil.
    static let standard = Catalog(families: CatalogFamilies.all)

    /// One rule (or the fallback) that applies to an invocation.
    struct Match: Sendable {
        var ruleID: String
        var effect: RuleEffect
        var message: String
        var category: CommandCategory
        /// The argument that triggered the rule, when one did.
        var span: SourceSpan?
        /// Whether this is the program's fallback (no specific rule matched).
        var isFallback: Bool
    }

    /// The rules that apply to `name` with `args`, or `nil` when the program is unknown.
    /// `standardInputFed`: whether a pipe, here-document or redirection feeds standard input.
    func evaluate(name: String, args: ArgumentList, standardInputFed: Bool = false) -> [Match]? {
        guard let entry = entries[name] else { return nil }
        return Catalog.evaluate(entry, name: name, args: args, standardInputFed: standardInputFed)
    }

    /// The rules of `entry` that apply to `name` with `args` (the fallback when none does).
    /// `standardInputFed`: whether a pipe, here-document or redirection feeds standard input.
    static func evaluate(_ entry: Entry, name: String, args: ArgumentList, standardInputFed: Bool = false) -> [Match] {
        let positionals = args.positionals(valueOptions: entry.syntax.valueOptions)
        var matches: [Match] = []
        let memo = entry.usesDatabaseAnalyzer ? AnalysisMemo() : nil
        for rule in entry.rules {
            var rest = positionals[...]
            if !rule.subcommands.isEmpty {
                guard let sub = rule.subcommands.first(where: { hasPrefix(positionals, $0) }) else { continue }
                rest = positionals.dropFirst(sub.count)
            }
            let ctx = ConditionContext(args: args, positionals: rest, standardInputFed: standardInputFed, valueLetters: entry.valueLetters, memo: memo)
            guard let hit = ctx.evaluate(rule.when) else { continue }
            if let unless = rule.unless, ctx.evaluate(unless) != nil { continue }
            matches.append(Match(
                ruleID: rule.id, effect: rule.effect, message: rule.message, category: rule.category ?? entry.syntax.category,
                span: hit, isFallback: false))
        }
        if matches.isEmpty {
            matches.append(Match(
                ruleID: "\(entry.syntax.category.rawValue).\(name).default", effect: entry.syntax.fallback,
                message: entry.syntax.fallbackMessage, category: entry.syntax.category, span: nil, isFallback: true))
        }
        return matches
    }

    /// The family of a known program.
    func category(of name: String) -> CommandCategory? { entries[name]?.syntax.category }

    static func hasPrefix(_ positionals: [Argument], _ words: [String]) -> Bool {
        guard positionals.count >= words.count else { return false }
        for (i, w) in words.enumerated() {
            guard positionals[i].isStatic, positionals[i].text == w else { return false }
        }
        return true
    }
}

/// Evaluates conditions; a hit is `.some(span)` (the span of the argument that
/// made it true, when there is one).
struct ConditionContext {
    let args: ArgumentList
    let positionals: ArraySlice<Argument>
    var standardInputFed = false
    var valueLetters = ShortOptionLetters()
    var memo: AnalysisMemo? = nil

    func evaluate(_ c: ArgCondition) -> SourceSpan?? {
        switch c {
        case .always:
            return .some(nil)
        case .option(let names):
            return args.hasOptionKey(names).map { .some($0.span) }
        case .shortFlag(let letter):
            guard let ascii = letter.asciiValue else { return nil }
            for a in args.items where a.isStatic {
                if a.text == "--" { break }
                let u = a.text.utf8
                guard u.count >= 2, u.first == UInt8(ascii: "-") else { continue }
                if u[u.index(after: u.startIndex)] == UInt8(ascii: "-") { continue }
                if u.dropFirst().contains(ascii) { return .some(a.span) }
            }
            return nil
        case .optionValue(let names, let test):
            for v in args.optionValues(names) where ConditionContext.passes(v, test) { return .some(v.span) }
            return nil
        case .positional(let i, let test):
            guard i < positionals.count else { return nil }
            let p = positionals[positionals.startIndex + i]
            guard ConditionContext.passes(p, test) else { return nil }
            return .some(p.span)
        case .anyPositional(let test):
            for p in positionals where ConditionContext.passes(p, test) { return .some(p.span) }
            return nil
        case .allPositionals(let test):
            guard !positionals.isEmpty, positionals.allSatisfy({ ConditionContext.passes($0, test) }) else { return nil }
            return .some(nil)
        case .anyArgument(let test):
            for a in args.items where ConditionContext.passes(a, test) { return .some(a.span) }
            return nil
        case .argument(let i, let test):
            guard i < args.items.count, ConditionContext.passes(args.items[i], test) else { return nil }
            return .some(args.items[i].span)
        case .positionalCount(let range):
            return range.contains(positionals.count) ? .some(nil) : nil
        case .all(let cs):
            var span: SourceSpan?
            for c in cs {
                guard let hit = evaluate(c) else { return nil }
                if span == nil { span = hit }
            }
            return .some(span)
        case .any(let cs):
            for c in cs { if let hit = evaluate(c) { return hit } }
            return nil
        case .not(let inner):
            return evaluate(inner) == nil ? .some(nil) : nil
        case .analyzer(let kind):
            return Analyzers.run(kind, args: args, positionals: positionals, valueLetters: valueLetters, memo: memo)
        case .clusterValue(let letters, let test):
            for v in args.clusterValues(letters, valueLetters: valueLetters) where ConditionContext.passes(v, test) { return .some(v.span) }
            return nil
        case .beforePositional(let index, let inner):
            // Only the arguments in front of that positional; no copy when it is the
            // first argument (nothing before it) or when there is no such positional.
            guard index < positionals.count else { return evaluate(inner) }
            let target = positionals[positionals.startIndex + index].span
            guard let cut = args.items.firstIndex(where: { $0.span == target }) else { return evaluate(inner) }
            let scoped = ConditionContext(
                args: ArgumentList(cut == 0 ? [] : Array(args.items[..<cut])),
                positionals: positionals[positionals.startIndex..<(positionals.startIndex + index)],
                standardInputFed: standardInputFed, valueLetters: valueLetters, memo: nil)
            return scoped.evaluate(inner)
        case .standardInputFed:
            return standardInputFed ? .some(nil) : nil
        }
    }

    static func passes(_ a: Argument, _ test: ArgTest) -> Bool {
        switch test {
        case .any: return true
        case .not(let inner): return !passes(a, inner)
        case .all(let tests): return tests.allSatisfy { passes(a, $0) }
        case .dynamic: return !a.isStatic
        case .processSubstitution:
            if case .processSubstitution = a.word.parts.first, a.word.partCount == 1 { return true }
            return false
        case .catastrophicPath:
            if !a.isStatic { return a.mayBeRootRelative }
            return PathRules.kind(of: a.text) == .systemTree
        case .splitsIntoWords:
            return !a.isStatic && a.word.mayExpandToSeveralFields
        default:
            break
        }
        guard a.isStatic else { return false }
        let t = a.text
        switch test {
        case .equals(let xs): return xs.contains(t)
        case .prefix(let xs): return xs.contains { t.utf8HasPrefix($0) }
        case .suffix(let xs): return xs.contains { t.utf8HasSuffix($0) }
        case .contains(let xs): return xs.contains { t.utf8Contains($0) }
        case .containsCaseInsensitive(let xs):
            // ASCII case folding on bytes, without a lower-cased copy (the needles are lower case).
            return xs.contains { t.utf8ContainsIgnoringASCIICase($0) }
        case .path(let kind): return PathRules.kind(of: t) == kind
        case .urlPathDepth(let range):
            let parts = t.split(separator: "/", omittingEmptySubsequences: true)
            // `s3://bucket/x` splits into `s3:`, `bucket`, `x`: the scheme is not a component.
            let skip = t.contains("://") && parts.first?.last == ":" ? 1 : 0
            let depth = parts.dropFirst(skip).filter { $0 != "*" && $0 != "**" }.count
            return range.contains(depth)
        case .remote: return PathRules.isRemote(t)
        case .any, .dynamic, .catastrophicPath, .processSubstitution, .not, .all, .splitsIntoWords: return true
        }
    }
}

extension ArgCondition {
    /// Whether evaluating the condition may run a database analyser.
    var usesDatabaseAnalyzer: Bool {
        switch self {
        case .analyzer(.database): return true
        case .all(let cs), .any(let cs): return cs.contains { $0.usesDatabaseAnalyzer }
        case .not(let c), .beforePositional(_, let c): return c.usesDatabaseAnalyzer
        default: return false
        }
    }
}
