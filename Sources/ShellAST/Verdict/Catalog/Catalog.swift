/// The command catalog: every known program's syntax and rules, by name.
struct Catalog: Sendable {
    struct Entry: Sendable {
        var syntax: CommandSyntax
        var rules: [CatalogRule]
    }

    private(set) var entries: [String: Entry] = [:]
    /// Inconsistencies in the catalog data (a test asserts there are none).
    private(set) var problems: [String] = []

    init(families: [CatalogFamily]) {
        for family in families {
            for syntax in family.syntaxes {
                for name in syntax.names {
                    if entries[name] != nil {
                        problems.append("'\(name)' is described twice")
                        continue
                    }
                    entries[name] = Entry(syntax: syntax, rules: [])
                }
            }
        }
        for family in families {
            for rule in family.rules {
                for name in rule.commands {
                    guard entries[name] != nil else {
                        problems.append("rule \(rule.id) names '\(name)', which has no syntax entry")
                        continue
                    }
                    entries[name]!.rules.append(rule)
                }
            }
        }
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
        let positionals = args.positionals(valueOptions: entry.syntax.valueOptions)
        var matches: [Match] = []
        for rule in entry.rules {
            var rest = positionals[...]
            if !rule.subcommands.isEmpty {
                guard let sub = rule.subcommands.first(where: { Catalog.hasPrefix(positionals, $0) }) else { continue }
                rest = positionals.dropFirst(sub.count)
            }
            let ctx = ConditionContext(args: args, positionals: Array(rest))
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
    let positionals: [Argument]

    func evaluate(_ c: ArgCondition) -> SourceSpan?? {
        switch c {
        case .always:
            return .some(nil)
        case .option(let names):
            for a in args.items where a.isStatic {
                if a.text == "--" { break }
                for n in names where a.text == n || (n.hasPrefix("--") && a.text.hasPrefix(n + "=")) { return .some(a.span) }
            }
            return nil
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
            guard i < positionals.count, ConditionContext.passes(positionals[i], test) else { return nil }
            return .some(positionals[i].span)
        case .anyPositional(let test):
            for p in positionals where ConditionContext.passes(p, test) { return .some(p.span) }
            return nil
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
        }
    }

    static func passes(_ a: Argument, _ test: ArgTest) -> Bool {
        switch test {
        case .any: return true
        case .dynamic: return !a.isStatic
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
        case .prefix(let xs): return xs.contains { t.hasPrefix($0) }
        case .suffix(let xs): return xs.contains { t.hasSuffix($0) }
        case .contains(let xs): return xs.contains { t.contains($0) }
        case .containsCaseInsensitive(let xs):
            let lower = t.lowercased()
            return xs.contains { lower.contains($0) }
        case .path(let kind): return PathRules.kind(of: t) == kind
        case .remote: return PathRules.isRemote(t)
        case .any, .dynamic, .catastrophicPath: return true
        }
    }
}
