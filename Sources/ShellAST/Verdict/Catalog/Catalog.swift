/// The command catalog: every known program's syntax and rules, by name.
struct Catalog: Sendable {
    /// A program's syntax and rules (a class: shared, not copied, by the hot loop).
    final class Entry: Sendable {
        let syntax: CommandSyntax
        let rules: [CatalogRule]

        init(syntax: CommandSyntax, rules: [CatalogRule]) {
            self.syntax = syntax
            self.rules = rules
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
    func evaluate(name: String, args: ArgumentList) -> [Match]? {
        guard let entry = entries[name] else { return nil }
        return Catalog.evaluate(entry, name: name, args: args)
    }

    /// The rules of `entry` that apply to `name` with `args` (the fallback when none does).
    static func evaluate(_ entry: Entry, name: String, args: ArgumentList) -> [Match] {
        let positionals = args.positionals(valueOptions: entry.syntax.valueOptions)
        var matches: [Match] = []
        for rule in entry.rules {
            var rest = positionals[...]
            if !rule.subcommands.isEmpty {
                guard let sub = rule.subcommands.first(where: { hasPrefix(positionals, $0) }) else { continue }
                rest = positionals.dropFirst(sub.count)
            }
            let ctx = ConditionContext(args: args, positionals: rest)
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
            return Analyzers.run(kind, args: args, positionals: positionals)
        case .beforePositional(let index, let inner):
            // Only the arguments in front of that positional; no copy when it is the
            // first argument (nothing before it) or when there is no such positional.
            guard index < positionals.count else { return evaluate(inner) }
            let target = positionals[positionals.startIndex + index].span
            guard let cut = args.items.firstIndex(where: { $0.span == target }) else { return evaluate(inner) }
            let scoped = ConditionContext(
                args: ArgumentList(cut == 0 ? [] : Array(args.items[..<cut])),
                positionals: positionals[positionals.startIndex..<(positionals.startIndex + index)])
            return scoped.evaluate(inner)
        }
    }

    static func passes(_ a: Argument, _ test: ArgTest) -> Bool {
        switch test {
        case .any: return true
        case .dynamic: return !a.isStatic
        case .processSubstitution:
            if case .processSubstitution = a.word.parts.first, a.word.partCount == 1 { return true }
            return false
        case .catastrophicPath:
            if !a.isStatic { return a.mayBeRootRelative }
            return PathRules.kind(of: a.text) == .systemTree
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
            let lower = t.lowercased()
            return xs.contains { lower.contains($0) }
        case .path(let kind): return PathRules.kind(of: t) == kind
        case .remote: return PathRules.isRemote(t)
        case .any, .dynamic, .catastrophicPath, .processSubstitution: return true
        }
    }
}
