/// Matching policy command shapes against commands.
///
/// An `allow` shape bounds what it covers (every option, operand and namespace
/// must be within it; anything unknown at judging time is outside it); a
/// `forbid` shape states conditions (one matching word suffices, and a word
/// only known at run time counts as matching: forbidding fails closed).
enum ShapeMatcher {
    static let namespaceOptions = ["-n", "--namespace"]
    static let allNamespacesOptions = ["-A", "--all-namespaces"]
    /// The programs whose `-n`/`--namespace` is a Kubernetes namespace.
    static let namespacedPrograms: Set<String> = ["kubectl", "oc", "helm"]

    /// Whether `shape` covers the command `name args`.
    static func matches(_ shape: CommandShape, name: String, args: ArgumentList, forbid: Bool) -> Bool {
        guard shape.command == name else { return false }
        let valueOptions: Set<String> = Catalog.standard.entries[name]?.syntax.valueOptions ?? []
        var operands = args.positionals(valueOptions: valueOptions)
        if let sub = shape.subcommand {
            guard operands.count >= sub.count else { return false }
            for (word, arg) in zip(sub, operands) where arg.isStatic ? arg.text != word : !forbid { return false }
            operands.removeFirst(sub.count)
        }
        if let namespaces = shape.namespaces, !namespaceMatches(namespaces, args, forbid: forbid) { return false }
        if !optionsMatch(shape, args, forbid: forbid) { return false }
        if forbid {
            if let patterns = shape.arguments, !operands.contains(where: { forbiddenArgument($0, patterns) }) { return false }
            if let patterns = shape.paths, !operands.contains(where: { forbiddenPath($0, patterns) }) { return false }
            return true
        }
        if shape.arguments == nil && shape.paths == nil { return true }
        return operands.allSatisfy { allowedOperand($0, shape) }
    }

    // MARK: Namespaces

    static func namespaceMatches(_ patterns: [String], _ args: ArgumentList, forbid: Bool) -> Bool {
        // Every namespace, the kubeconfig's (no option) or one computed at run time: unknown.
        if args.hasOptionKey(allNamespacesOptions) != nil { return forbid }
        let values = args.optionValues(namespaceOptions)
        guard !values.isEmpty, values.allSatisfy(\.isStatic) else { return forbid }
        let covered = { (v: Argument) in patterns.contains { Glob.matches($0, v.text) } }
        return forbid ? values.contains(where: covered) : values.allSatisfy(covered)
    }

    // MARK: Options

    /// The option words before `--`, without the namespace options when the shape has `namespaces`.
    static func optionWords(_ args: ArgumentList, skipNamespaceOptions: Bool) -> [String] {
        var words: [String] = []
        for (index, key) in args.optionKeys {
            let text = args.items[index].text
            if text == "-" { continue }  // standard input: an operand
            if skipNamespaceOptions {
                if namespaceOptions.contains(key) || allNamespacesOptions.contains(key) { continue }
                if text.utf8HasPrefix("-n"), !text.utf8HasPrefix("--") { continue }  // `-nprod`
            }
            words.append(text)
        }
        return words
    }

    static func optionsMatch(_ shape: CommandShape, _ args: ArgumentList, forbid: Bool) -> Bool {
        let words = optionWords(args, skipNamespaceOptions: shape.namespaces != nil)
        guard let patterns = shape.options else { return forbid || words.isEmpty }
        if forbid {
            return words.contains { word in spellings(word).contains { s in patterns.contains { Glob.matches($0, s) } } }
        }
        return words.allSatisfy { word in patterns.contains { Glob.matches($0, word) } }
    }

    /// An option word and what it also means: `--name=value` is `--name`; `-rf` is `-r` and `-f`.
    static func spellings(_ word: String) -> [String] {
        var out = [word]
        if word.utf8HasPrefix("--") {
            if let eq = word.firstIndex(of: "=") { out.append(String(word[..<eq])) }
        } else if word.utf8.count > 2 {
            for c in word.dropFirst() { out.append("-" + String(c)) }
        }
        return out
    }

    // MARK: Operands

    /// Whether an operand is a path: it starts with `/`, `~` or `.`, or contains `/`.
    static func isPathLike(_ text: String) -> Bool {
        guard let f = text.utf8.first else { return false }
        return f == UInt8(ascii: "/") || f == UInt8(ascii: "~") || f == UInt8(ascii: ".")
            || text.utf8Contains(byte: UInt8(ascii: "/"))
    }

    /// Whether the text has a `..` path component (`../x`, `a/../b`, `..`).
    static func climbs(_ text: String) -> Bool {
        text.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }

    /// For text with glob characters (`*`, `?`, `[`): the normalised directory all
    /// its expansions lie in (the part before the first glob character, up to its
    /// last `/`; `.` when there is none), or nil when the text climbs out (`..`).
    static func globDirectory(_ text: String) -> String? {
        guard !climbs(text), let meta = text.firstIndex(where: { $0 == "*" || $0 == "?" || $0 == "[" }) else { return nil }
        let head = text[..<meta]
        guard let slash = head.lastIndex(of: "/") else { return "." }
        return PathRules.normalize(slash == text.startIndex ? "/" : String(text[..<slash]))
    }

    static func hasGlobCharacters(_ text: String) -> Bool {
        text.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    static func allowedOperand(_ arg: Argument, _ shape: CommandShape) -> Bool {
        guard arg.isStatic else { return false }
        if arg.hasGlob {
            // The files a glob expands to are unknown: covered only when all of them
            // lie inside a `dir/**` tree the shape names (`/var/cache/app/*`).
            guard let paths = shape.paths, isPathLike(arg.text), let dir = globDirectory(arg.text) else { return false }
            return paths.contains { $0.utf8HasSuffix("/**") && Glob.matchesTree($0, dir) }
        }
        if let paths = shape.paths, isPathLike(arg.text) {
            let path = PathRules.normalize(arg.text)
            return paths.contains { Glob.matches($0, path, pathMode: true) }
        }
        guard let patterns = shape.arguments, !climbs(arg.text) else { return false }
        return patterns.contains { Glob.matches($0, arg.text) }
    }

    static func forbiddenArgument(_ arg: Argument, _ patterns: [String]) -> Bool {
        guard arg.isStatic else { return true }
        if patterns.contains(where: { Glob.matches($0, arg.text) }) { return true }
        guard isPathLike(arg.text) else { return false }
        let path = PathRules.normalize(arg.text)
        return patterns.contains { Glob.matches($0, path) }
    }

    static func forbiddenPath(_ arg: Argument, _ patterns: [String]) -> Bool {
        guard arg.isStatic else { return true }
        guard isPathLike(arg.text) else { return false }
        if arg.hasGlob {
            // Fail closed: the glob may expand to a forbidden path.
            guard let dir = globDirectory(arg.text) else { return true }
            return patterns.contains { Glob.mayMatchInside($0, dir) }
        }
        let path = PathRules.normalize(arg.text)
        return patterns.contains { Glob.matchesTree($0, path) }
    }
}

// MARK: Examples

extension ShapeMatcher {
    /// Why an example command cannot be checked against a shape, or the command it is.
    enum Example {
        case command(name: String, args: ArgumentList)
        case unusable(String)
    }

    /// The example as the engine would see it: one simple command whose program has
    /// a static name (a path in a system directory counts as the program's name).
    static func example(_ text: String) -> Example {
        guard let script = try? ShellParser.parse(text) else { return .unusable("`\(text)` does not parse as shell") }
        let items = script.body.items
        guard items.count == 1, items[0].andOr.rest.isEmpty, items[0].andOr.first.commands.count == 1,
            case .simple(let s) = items[0].andOr.first.commands[0]
        else { return .unusable("`\(text)` is not one simple command (no lists, pipes or compound commands)") }
        let argv = s.words.flatMap { StaticResolver().resolve($0) }
        guard let head = argv.first, head.isStatic, !head.hasGlob else {
            return .unusable("`\(text)` has no program name known before it runs")
        }
        var name = head.text
        if name.utf8Contains(byte: UInt8(ascii: "/")) {
            let path = PathRules.normalize(name)
            guard let slash = path.lastIndex(of: "/"),
                Judge.systemDirectories.contains(slash == path.startIndex ? "/" : String(path[..<slash]))
            else { return .unusable("`\(text)` runs a program outside the system directories, which no shape covers") }
            name = String(path[path.index(after: slash)...])
        }
        return .command(name: name, args: ArgumentList(Array(argv.dropFirst())))
    }

    /// Checks a shape's `examples`: each `match` command must match, each `no_match` must not.
    static func checkExamples(_ shape: CommandShape, field: String, forbid: Bool) throws(VerdictPolicyError) {
        guard let ex = shape.examples else { return }
        for (key, list, expected) in [("match", ex.match, true), ("no_match", ex.noMatch, false)] {
            for (i, text) in list.enumerated() {
                let f = "\(field).examples.\(key)[\(i)]"
                switch example(text) {
                case .unusable(let why):
                    throw VerdictPolicyError(field: f, message: why)
                case .command(let name, let args):
                    let m = matches(shape, name: name, args: args, forbid: forbid)
                    if m && !expected {
                        throw VerdictPolicyError(field: f, message: "the shape matches `\(text)`, which it must not")
                    }
                    if !m && expected { throw VerdictPolicyError(field: f, message: "the shape does not match `\(text)`") }
                }
            }
        }
    }
}
