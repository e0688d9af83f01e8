/// The command catalog: every known program's syntax and rules, by name.
///
/// A class: built once, shared by every judgement without copying its tables.
final class Catalog: Sendable {
    /// A program's syntax and rules (a class: shared, not copied, by the hot loop).
    final class Entry: Sendable {
        let syntax: CommandSyntax
        let rules: [CatalogRule]
        /// `syntax.valueOptions`, for byte-level lookups.
        let valueOptionTable: ByteSet
        /// The rules to try for an invocation, by its first positional argument.
        let index: RuleIndex

        init(syntax: CommandSyntax, rules: [CatalogRule], valueOptionTable: ByteSet) {
            self.syntax = syntax
            self.rules = rules
            self.valueOptionTable = valueOptionTable
            self.index = RuleIndex(rules)
        }
    }

    let entries: [String: Entry]
    /// Everything known about each program name (catalog entry, engine handlers).
    let profiles: [String: CommandProfile]
    /// Every name with a profile or an engine table entry, for one lookup per command.
    private let names: ByteSet
    private let infos: [CommandInfo]
    /// Inconsistencies in the catalog data (a test asserts there are none).
    let problems: [String]

    init(families: [CatalogFamily]) {
        var problems: [String] = []
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
        var entries: [String: Entry] = [:]
        var tables: [[String]: ByteSet] = [:]
        for (name, syntax) in syntaxes {
            let options = syntax.valueOptions.sorted()
            let table = tables[options] ?? ByteSet(options)
            tables[options] = table
            entries[name] = Entry(syntax: syntax, rules: rules[name] ?? [], valueOptionTable: table)
        }
        self.entries = entries
        profiles = Catalog.profiles(entries: entries)
        (names, infos) = Catalog.infos(profiles: profiles)
        self.problems = problems + Catalog.nonASCIIData(families)
    }

    /// What the engine knows about the program `name`, found with one lookup.
    @inline(__always)
    func info(_ name: String) -> CommandInfo? {
        names.index(of: name).map { infos[$0] }
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
        var matches: [Match] = []
        forEachMatch(entry, fallbackRuleID: "\(entry.syntax.category.rawValue).\(name).default", args: args) { matches.append($0) }
        return matches
    }

    /// Calls `body` with each rule of `entry` that applies to `args`, in rule order,
    /// or with the fallback (`fallbackRuleID`) when none does.
    @inline(__always)
    static func forEachMatch(_ entry: Entry, fallbackRuleID: String, args: ArgumentList, _ body: (Match) -> Void) {
        let positionals = args.positionals(valueOptions: entry.valueOptionTable)
        var matched = false
        entry.index.forEachCandidate(first: positionals.first) { r in
            let rule = entry.rules[r]
            var rest = positionals[...]
            if !rule.subcommands.isEmpty {
                guard let sub = rule.subcommands.first(where: { hasPrefix(positionals, $0) }) else { return }
                rest = positionals.dropFirst(sub.count)
            }
            let ctx = ConditionContext(args: args, positionals: rest)
            guard let hit = ctx.evaluate(rule.when) else { return }
            if let unless = rule.unless, ctx.evaluate(unless) != nil { return }
            matched = true
            body(Match(
                ruleID: rule.id, effect: rule.effect, message: rule.message, category: rule.category ?? entry.syntax.category,
                span: hit, isFallback: false))
        }
        if !matched {
            body(Match(
                ruleID: fallbackRuleID, effect: entry.syntax.fallback,
                message: entry.syntax.fallbackMessage, category: entry.syntax.category, span: nil, isFallback: true))
        }
    }

    /// The family of a known program.
    func category(of name: String) -> CommandCategory? { entries[name]?.syntax.category }

    static func hasPrefix(_ positionals: [Argument], _ words: [String]) -> Bool {
        guard positionals.count >= words.count else { return false }
        for (i, w) in words.enumerated() {
            guard positionals[i].isStatic, positionals[i].equals(w) else { return false }
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
                if a.isDoubleDash { break }
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
            return a.isProcessSubstitution
        case .catastrophicPath:
            if !a.isStatic { return a.mayBeRootRelative }
            return PathRules.kind(of: a.text) == .systemTree
        default:
            break
        }
        guard a.isStatic else { return false }
        let t = a.text
        switch test {
        case .equals(let xs): return xs.contains { a.equals($0) }
        case .prefix(let xs): return withUTF8Bytes(t) { b in xs.contains { withUTF8Bytes($0) { p in b.count >= p.count && bytesEqual(b, 0, p) } } }
        case .suffix(let xs): return xs.contains { t.utf8HasSuffix($0) }
        case .contains(let xs): return withUTF8Bytes(t) { b in xs.contains { withUTF8Bytes($0) { n in bytesContain(b, n) } } }
        case .containsCaseInsensitive(let xs):
            if a.isSimple {
                // ASCII: lower-casing and a byte search agree with `String`'s.
                let bytes = withUTF8Bytes(t) { b in b.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 } }
                return bytes.withUnsafeBufferPointer { b in xs.contains { withUTF8Bytes($0) { n in bytesContain(b, n) } } }
            }
            let lower = t.lowercased()
            return xs.contains { lower.contains($0) }
        case .path(let kind): return PathRules.kind(of: t) == kind
        case .remote: return PathRules.isRemote(t)
        case .any, .dynamic, .catastrophicPath, .processSubstitution: return true
        }
    }
}
