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
        /// Whether some rule has subcommands or a condition on positional arguments.
        let needsPositionals: Bool
        /// The single-letter options that take a value, to read clusters (`-sSLo FILE`).
        let valueLetters: ShortOptionLetters
        /// Whether some rule runs a database analyser (its results are then shared by the rules).
        let usesDatabaseAnalyzer: Bool
        /// Whether an option or argument can make a command of this program catastrophic
        /// (some rule that blocks reads options or arguments: `wipefs -a`, `dd of=/dev/sda`,
        /// `sgdisk -Z`). Only then does an argument known at run time keep a read-only rule
        /// that depends on an option's absence from applying (see ``CatalogRule/readOnlyWhenArgumentsAbsent``).
        let optionsCanBlock: Bool

        init(syntax: CommandSyntax, rules: [CatalogRule], valueOptionTable: ByteSet, index: RuleIndex) {
            self.syntax = syntax
            self.rules = rules
            self.valueOptionTable = valueOptionTable
            self.index = index
            self.needsPositionals = rules.contains {
                !$0.subcommands.isEmpty || $0.compiledWhen.readsPositionals || $0.compiledUnless?.readsPositionals == true
            }
            self.valueLetters = ShortOptionLetters(options: syntax.valueOptions)
            self.usesDatabaseAnalyzer = rules.contains { $0.when.usesDatabaseAnalyzer || ($0.unless?.usesDatabaseAnalyzer ?? false) }
            self.optionsCanBlock = rules.contains { $0.effect.verdict == .block && $0.when.testsArguments }
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
        // Aliases share their option tables and rule indexes (built once).
        var tables: [[String]: ByteSet] = [:]
        var indexes: [[ObjectIdentifier]: RuleIndex] = [:]
        for (name, syntax) in syntaxes {
            let options = syntax.valueOptions.sorted()
            let table = tables[options] ?? ByteSet(options)
            tables[options] = table
            let named = rules[name] ?? []
            let key = named.map(ObjectIdentifier.init)
            let index = indexes[key] ?? RuleIndex(named)
            indexes[key] = index
            entries[name] = Entry(syntax: syntax, rules: named, valueOptionTable: table, index: index)
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

    /// Calls `body` with each rule of `entry` that applies to `args`, in rule order, and
    /// the span of the argument that triggered it (when one did); with `nil, nil` for the
    /// entry's fallback when no rule applies.
    /// `standardInputFed`: whether a pipe, here-document or redirection feeds standard input.
    @inline(__always)
    static func forEachMatch(
        _ entry: Entry, args: ArgumentList, standardInputFed: Bool = false,
        directories: WorkingDirectories? = nil, _ body: (_ rule: CatalogRule?, _ span: SourceSpan?) -> Void
    ) {
        // Positionals only when some rule reads them (no rule of `ls` or `cat` does).
        let slots = entry.needsPositionals ? args.positionalIndices(valueOptions: entry.valueOptionTable) : []
        let positionals = Positionals(base: args.items, slots: slots[...])
        var matched = false
        let memo = entry.usesDatabaseAnalyzer ? AnalysisMemo() : nil
        // One context for every rule, not one per rule: its positionals are moved past a
        // rule's subcommand words only when their number differs from the last rule's
        // (the rules that apply to one invocation mostly agree).
        var ctx = ConditionContext(
            args: args, positionals: positionals, standardInputFed: standardInputFed, valueLetters: entry.valueLetters, memo: memo,
            directories: directories)
        var skipped = 0
        let optionsCanBlock = entry.optionsCanBlock
        entry.index.forEachCandidate(first: positionals.first) { r, sequence in
            let rule = entry.rules[r]
            // A read-only rule that holds because an option is absent does not apply when an
            // argument only known at run time could be that option (few rules ask).
            if optionsCanBlock, rule.readOnlyWhenArgumentsAbsent, Catalog.hasUnknownArgument(args, entry) { return }
            var length = 0
            if !rule.subcommands.isEmpty {
                guard let n = rule.subcommandTable.firstMatch(positionals, from: sequence) else { return }
                length = n
            }
            if length != skipped {
                ctx.positionals = positionals.dropFirst(length)
                skipped = length
            }
            guard let hit = ctx.evaluate(rule.compiledWhen) else { return }
            if let unless = rule.compiledUnless, ctx.evaluate(unless) != nil { return }
            matched = true
            body(rule, hit)
        }
        if !matched { body(nil, nil) }
    }

    /// Whether some argument is only known at run time and is not the value of an option
    /// that takes one: it could be any option (`wipefs $X /dev/sda`, `dd if=a $OF`).
    /// A substitution of a command that prints a path (`$(which sort)`, `` `command -v x` ``)
    /// or a process id (`$(cat /run/nginx.pid)`) is not an option.
    static func hasUnknownArgument(_ args: ArgumentList, _ entry: Entry) -> Bool {
        guard args.items.contains(where: { !$0.isStatic && !$0.isProcessSubstitution }) else { return false }
        var valueNext = false
        for a in args.items {
            if valueNext {
                valueNext = false
                continue
            }
            if a.isStatic {
                if a.isDoubleDash { continue }
                // `-n VALUE`, and a cluster ending in a letter that takes a value (`tar -tf FILE`).
                valueNext = withUTF8Bytes(a.text) { u in
                    guard u.count >= 2, u[0] == UInt8(ascii: "-") else { return false }
                    if u[1] != UInt8(ascii: "-"), entry.valueLetters.contains(u[u.count - 1]) { return true }
                    return entry.valueOptionTable.contains(a)
                }
                continue
            }
            if a.isProcessSubstitution || Catalog.printsPath(a.text) { continue }
            return true
        }
        return false
    }

    /// Whether a dynamic word, as printed, is one substitution of a command that prints an
    /// absolute path, or of `cat FILE.pid` (a process id).
    static func printsPath(_ printed: String) -> Bool {
        withUTF8Bytes(printed) { u in
            guard let r = ConditionContext.soleSubstitution(u) else { return false }
            let inner = UnsafeBufferPointer(rebasing: u[r])
            for b in inner where b == UInt8(ascii: ";") || b == UInt8(ascii: "|") || b == UInt8(ascii: "&") || b == UInt8(ascii: "$") {
                return false
            }
            if inner.hasPrefix("cat "), inner.hasSuffix(".pid"), !inner.suffix(from: 4).contains(UInt8(ascii: " ")) { return true }  // a process id
            return inner.hasPrefix("which ") || inner.hasPrefix("command -v ") || inner.hasPrefix("type -P ") || inner.hasPrefix("readlink -f ")
                || inner.hasPrefix("realpath ") || inner.hasPrefix("mktemp") || inner.equals("pwd")
        }
    }

    /// The family of a known program.
    func category(of name: String) -> CommandCategory? { entries[name]?.syntax.category }
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
