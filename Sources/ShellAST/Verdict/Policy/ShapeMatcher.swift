/// Matching policy command shapes against commands.
enum ShapeMatcher {
    static let namespaceOptions = ["-n", "--namespace"]

    /// Whether `shape` covers the command `name args`. For `allow`, every argument
    /// after the subcommand must match an argument pattern (when given); for
    /// `forbid`, one matching argument suffices.
    static func matches(_ shape: CommandShape, name: String, args: ArgumentList, forbid: Bool) -> Bool {
        guard shape.command == name else { return false }
        let valueOptions: Set<String> = Catalog.standard.entries[name]?.syntax.valueOptions ?? []
        var positionals = args.positionals(valueOptions: valueOptions)
        if let sub = shape.subcommand {
            guard Catalog.hasPrefix(positionals, sub) else { return false }
            positionals.removeFirst(sub.count)
        }
        if let namespaces = shape.namespaces {
            let ns = args.optionValue(namespaceOptions)
            let value = ns?.value ?? (ns == nil ? "default" : nil)
            guard let value, namespaces.contains(where: { Glob.matches($0, value) }) else { return false }
        }
        if let patterns = shape.arguments {
            // Options count as arguments: an allow shape for `docker system prune -af`
            // must not cover `docker system prune -af --volumes`.
            let rest = remainder(
                args, valueOptions: valueOptions, skipping: shape.subcommand?.count ?? 0,
                namespaceOptions: shape.namespaces == nil ? [] : namespaceOptions)
            if forbid {
                guard rest.contains(where: { arg in arg.isStatic && patterns.contains { Glob.matches($0, arg.text) } }) else { return false }
            } else {
                guard rest.allSatisfy({ arg in arg.isStatic && patterns.contains { Glob.matches($0, arg.text) } }) else { return false }
            }
        }
        if let paths = shape.paths {
            let pathArgs = positionals.filter { $0.isStatic && ($0.text.utf8HasPrefix("/") || $0.text.utf8HasPrefix("~") || $0.text.utf8HasPrefix(".")) }
            if forbid {
                guard pathArgs.contains(where: { a in paths.contains { Glob.matches($0, PathRules.normalize(a.text), pathMode: true) } }) else { return false }
            } else {
                guard positionals.allSatisfy(\.isStatic),
                    pathArgs.allSatisfy({ a in paths.contains { Glob.matches($0, PathRules.normalize(a.text), pathMode: true) } })
                else { return false }
            }
        }
        return true
    }

    /// The arguments after the program in order — options, their values and
    /// operands — without the first `skipping` operands (the subcommand words)
    /// and without the namespace options and their values (matched on their own).
    static func remainder(
        _ args: ArgumentList, valueOptions: Set<String>, skipping: Int, namespaceOptions: [String]
    ) -> [Argument] {
        var out: [Argument] = []
        var skip = skipping
        var i = 0
        var afterDoubleDash = false
        while i < args.count {
            let a = args[i]
            let isOption = !afterDoubleDash && a.isStatic && a.text.utf8HasPrefix("-") && a.text.utf8.count > 1
            if !afterDoubleDash, a.isStatic, a.text == "--" {
                afterDoubleDash = true
            } else if isOption, namespaceOptions.contains(a.text) {
                i += 1
            } else if isOption, namespaceOptions.contains(where: { a.text.utf8HasPrefix($0 + "=") }) {
                // `--namespace=prod`: checked by the namespace rule.
            } else if isOption {
                out.append(a)
                if valueOptions.contains(a.text), i + 1 < args.count {
                    i += 1
                    out.append(args[i])
                }
            } else if skip > 0 {
                skip -= 1
            } else {
                out.append(a)
            }
            i += 1
        }
        return out
    }

    /// Whether the shape matches an example command line (its first simple command).
    static func matches(_ shape: CommandShape, example: String, forbid: Bool) -> Bool? {
        guard let script = try? ShellParser.parse(example),
            let first = script.body.items.first?.andOr.first.commands.first, case .simple(let s) = first
        else { return nil }
        let resolver = StaticResolver()
        let argv = s.words.flatMap { resolver.resolve($0) }
        guard let head = argv.first, head.isStatic else { return nil }
        var name = head.text
        if let slash = name.lastIndex(of: "/") { name = String(name[name.index(after: slash)...]) }
        return matches(shape, name: name, args: ArgumentList(Array(argv.dropFirst())), forbid: forbid)
    }

    static func checkExamples(_ shape: CommandShape, field: String, forbid: Bool) throws(VerdictPolicyError) {
        guard let ex = shape.examples else { return }
        for (i, e) in ex.match.enumerated() {
            guard let m = matches(shape, example: e, forbid: forbid) else {
                throw VerdictPolicyError(field: "\(field).examples.match[\(i)]", message: "`\(e)` is not a simple command with a static name")
            }
            guard m else { throw VerdictPolicyError(field: "\(field).examples.match[\(i)]", message: "the shape does not match `\(e)`") }
        }
        for (i, e) in ex.noMatch.enumerated() {
            if matches(shape, example: e, forbid: forbid) == true {
                throw VerdictPolicyError(field: "\(field).examples.no_match[\(i)]", message: "the shape matches `\(e)`, which it must not")
            }
        }
    }
}
