extension Judge {
    /// Directories whose programs are the tools of the same name.
    static let systemDirectories: Set<String> = [
        "/bin", "/sbin", "/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin", "/usr/libexec",
    ]

    /// Judges a command line (already resolved to arguments), unwrapping wrappers
    /// and following code the command runs.
    mutating func invocation(_ argv: [Argument], _ a: inout Assessment, _ ctx: Context, stdin: StandardInput) {
        guard let head = argv.first else { return }
        invocation(head: head, args: Array(argv.dropFirst()), &a, ctx, stdin: stdin)
    }

    /// ``invocation(_:_:_:stdin:)`` with the command word and its arguments apart.
    mutating func invocation(head: Argument, args argItems: [Argument], _ a: inout Assessment, _ ctx: Context, stdin: StandardInput) {
        checkPlaceholders(head, argItems, &a, ctx)
        obfuscationAndHiddenCode(head, argItems, &a, ctx)
        guard head.isStatic, !head.hasGlob else {
            dynamicName(head, argItems, &a, ctx, stdin: stdin)
            return
        }
        var name = head.text
        if name.utf8Contains(byte: UInt8(ascii: "/")) {
            let normalized = PathRules.normalize(name)
            // A relative name can normalise to one component with no slash left (`x/`,
            // `./`, `a/..`): still a path outside the system directories. (Force-unwrapping
            // the slash crashed the engine on a command as short as `x/`.)
            let slash = normalized.lastIndex(of: "/")
            let dir = slash.map { $0 == normalized.startIndex ? "/" : String(normalized[..<$0]) } ?? ""
            let base = slash.map { String(normalized[normalized.index(after: $0)...]) } ?? ""
            guard Judge.systemDirectories.contains(dir), !base.isEmpty else {
                a.name = name
                a.add(Reason(
                    rule: "command.unknown-program",
                    message: joinedText("runs the program `", name, "` from outside the system directories; its effect is unknown"),
                    verdict: .review, risk: .criticalWrite, span: ctx.span(head.span)), origin: .shape)
                return
            }
            name = base
        }
        a.name = name
        let args = ArgumentList(argItems)
        let info = catalog.info(name)
        if !functions.isEmpty, functions.contains(name) {
            a.add(Reason(
                rule: "shell.function-call", message: "calls the function `\(name)` defined in this script (its body is judged)",
                verdict: .allow, risk: .readOnly, span: ctx.span(head.span)), origin: .shape)
            // A function named like a program may not be what runs (a conditional or
            // subshell definition, `command`, `sudo`...): judge the program too.
            if info?.hasProfile != true { return }
        }
        if let handler = info?.special, special(handler, name, args, &a, ctx, stdin: stdin) {
            // (The policy was skipped here: `forbid` shapes for sudo, bash, python, xargs... were ignored.)
            policy.apply(name: name, args: args, to: &a, ctx: ctx, directories: directories.ifAny)
            return
        }
        if let nested = info?.nested { self.nested(nested, name, info?.entry, args, &a, ctx, stdin: stdin) }
        catalogJudgement(name, info?.entry, fallbackRuleID: info?.fallbackRuleID, args, &a, ctx, stdin: stdin)
        if let embedded = info?.embedded { embeddedCommands(name, info?.entry, embedded, args, &a, ctx) }
        if let info, info.outputOptions != nil || info.writesPositionals {
            var copied: (text: String, span: SourceSpan)?
            if case .staticText(let text, let span) = stdin { copied = (text, span) }
            outputTargets(name, info, args, &a, ctx, copiedInput: copied)
        }
        pathArguments(args, &a, ctx)
        propagatedArguments(head, argItems, &a, ctx, stdin: stdin)
        policy.apply(name: name, args: args, to: &a, ctx: ctx, directories: directories.ifAny)
    }

    /// Judges a command that the command of `a` runs (`sudo CMD`, `npm exec CMD`) in an
    /// assessment of its own, so the policy sees it as itself, and adds its reasons to
    /// `a` as nested: a policy allow entry for the outer command never lowers them.
    /// (Sharing `a` let an allow entry for `npm` or `find` lower `rm -rf` run inside.)
    mutating func nestedInvocation(_ argv: [Argument], _ a: inout Assessment, _ ctx: Context, stdin: StandardInput) {
        var inner = Assessment(span: a.span)
        invocation(argv, &inner, ctx, stdin: stdin)
        if let n = inner.name { a.name = n }
        if let c = inner.category { a.category = c }
        a.addAllNested(inner)
    }

    /// The catalog's rules for a known program; unknown programs need review.
    mutating func catalogJudgement(
        _ name: String, _ entry: Catalog.Entry?, fallbackRuleID: String?, _ args: ArgumentList, _ a: inout Assessment, _ ctx: Context,
        stdin: StandardInput = .inherited
    ) {
        guard let entry else {
            a.add(Reason(
                rule: "command.unknown", message: joinedText("`", name, "` is not in the catalog; its effect is unknown"),
                verdict: .review, risk: .criticalWrite, span: a.span), origin: .shape)
            return
        }
        var fed = true
        if case .inherited = stdin { fed = false }
        Catalog.forEachMatch(entry, args: args, standardInputFed: fed, directories: directories.ifAny) { rule, hit in
            // `rule` is nil for the entry's fallback.
            let effect = rule?.effect ?? entry.syntax.fallback
            let category = rule?.category ?? entry.syntax.category
            a.category = category
            a.add(Reason(
                rule: rule?.id ?? fallbackRuleID ?? joinedText(category.rawValue, ".", name, ".default"),
                message: rule?.message ?? entry.syntax.fallbackMessage,
                verdict: effect.verdict ?? policy.verdict(for: effect.risk, category: category),
                risk: effect.risk, span: hit.map { ctx.span($0) } ?? a.span), origin: .shape)
        }
    }

    // MARK: Dynamic command names

    mutating func dynamicName(_ head: Argument, _ args: [Argument], _ a: inout Assessment, _ ctx: Context, stdin: StandardInput) {
        if Judge.mentionsParameter(resolver.word(of: head), named: "IFS") {
            a.add(Reason(
                rule: "obfuscation.ifs", message: "splits the command with `$IFS`, a filter-evasion trick",
                verdict: .block, risk: .criticalWrite, span: ctx.span(head.span)))
        }
        a.add(Reason(
            rule: head.hasGlob ? "command.glob-name" : "command.dynamic-name",
            message: head.hasGlob
                ? "the command name is a glob pattern; the program that runs depends on the file system"
                : "the command name is only known at run time",
            verdict: .review, risk: .criticalWrite, span: ctx.span(head.span)), origin: .shape)
        // Constant propagation: if the name is a variable set earlier, judge that too.
        if !head.isStatic {
            let substituted = resolver.resolve(resolver.word(of: head), substituteVariables: true)
            if let first = substituted.first, first.isStatic, !first.hasGlob {
                var again = substituted
                again.append(contentsOf: args)
                nestedInvocation(again, &a, ctx, stdin: stdin)
            }
        }
    }

    /// `$IFS` in any word is a filter-evasion trick; `a[$(cmd)]` inside a quoted
    /// string runs `cmd` wherever bash evaluates it arithmetically (`let`,
    /// `declare`, `read`, `printf -v`, `[[ -eq ]]`, `$((x))`...): that code is judged.
    mutating func obfuscationAndHiddenCode(_ head: Argument, _ args: [Argument], _ a: inout Assessment, _ ctx: Context) {
        if head.isStatic, head.has(.bracket) { hiddenSubstitutions(head.text, span: head.span, &a, ctx) }
        for i in args.indices {
            if !args[i].isStatic {
                // Only an unquoted `$IFS` splits an argument; `"$IFS"` is one word (`echo "$IFS"`).
                if Judge.mentionsParameter(resolver.word(of: args[i]), named: "IFS", unquotedOnly: true) {
                    a.add(Reason(
                        rule: "obfuscation.ifs", message: "splits words with `$IFS`, a filter-evasion trick",
                        verdict: .block, risk: .criticalWrite, span: ctx.span(args[i].span)))
                }
            } else if args[i].has(.bracket) {
                hiddenSubstitutions(args[i].text, span: args[i].span, &a, ctx)
            }
        }
    }

    /// Command substitutions inside `name[...]` in static text, which arithmetic evaluation runs.
    mutating func hiddenSubstitutions(_ text: String, span: SourceSpan, _ a: inout Assessment, _ ctx: Context) {
        guard withUTF8Bytes(text, { $0.contains(UInt8(ascii: "[")) }) else { return }
        let u = Array(text.utf8)
        guard let open = u.firstIndex(of: UInt8(ascii: "[")),
            u[open...].contains(UInt8(ascii: "`")) || Judge.find([UInt8(ascii: "$"), UInt8(ascii: "(")], in: u, from: open) != nil
        else { return }
        for code in Judge.substitutions(in: u, from: open) {
            reparse(code, span: span, ctx, origin: "a command substitution inside an array subscript that bash evaluates")
        }
    }

    /// The texts of `$( ... )` and backquoted commands in `u` from `start`.
    static func substitutions(in u: [UInt8], from start: Int) -> [String] {
        var out: [String] = []
        var i = start
        while i < u.count {
            if u[i] == UInt8(ascii: "$"), i + 1 < u.count, u[i + 1] == UInt8(ascii: "(") {
                var depth = 0
                var j = i + 1
                while j < u.count {
                    if u[j] == UInt8(ascii: "(") { depth += 1 }
                    if u[j] == UInt8(ascii: ")") {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    j += 1
                }
                out.append(String(decoding: u[(i + 2)..<min(j, u.count)], as: UTF8.self))
                i = j + 1
                continue
            }
            if u[i] == UInt8(ascii: "`"), let close = u[(i + 1)...].firstIndex(of: UInt8(ascii: "`")) {
                out.append(String(decoding: u[(i + 1)..<close], as: UTF8.self))
                i = close + 1
                continue
            }
            i += 1
        }
        return out
    }

    /// Arguments whose value comes from a variable assigned a static value earlier
    /// in the script: the command is judged again with the values substituted
    /// (unquoted ones split into words), so `a=/; rm -rf $a` is `rm -rf /`.
    mutating func propagatedArguments(_ head: Argument, _ args: [Argument], _ a: inout Assessment, _ ctx: Context, stdin: StandardInput) {
        guard !resolver.variables.isEmpty, args.contains(where: { !$0.isStatic }), propagationDepth < 2 else { return }
        var substituted: [Argument] = []
        var changed = false
        for arg in CollectionOfOne(head) + args {
            if arg.isStatic {
                substituted.append(arg)
                continue
            }
            let values = resolver.resolveStaticValues(resolver.word(of: arg), substituteVariables: true)
            if values.allSatisfy(\.isStatic) {
                changed = true
                substituted.append(contentsOf: values)
            } else {
                substituted.append(arg)
            }
        }
        guard changed else { return }
        propagationDepth += 1
        defer { propagationDepth -= 1 }
        var again = Assessment(span: a.span)
        invocation(substituted, &again, ctx, stdin: stdin)
        for r in again.reasons where r.verdict > .allow { a.add(r) }
    }

    /// Whether the word expands the parameter `name` (with `unquotedOnly`, outside double quotes).
    static func mentionsParameter(_ w: Word, named name: String, unquotedOnly: Bool = false) -> Bool {
        func scan(_ parts: [WordPart]) -> Bool {
            for p in parts {
                switch p {
                case .parameter(let e) where e.name == name: return true
                case .doubleQuoted(let q): if !unquotedOnly, scan(q.parts) { return true }
                default: continue
                }
            }
            return false
        }
        return scan(w.parts)
    }

    // MARK: Placeholders

    /// Template placeholders a model left unfilled (`<PID>`, `{{pod}}`) mean the
    /// command is not the one that will run.
    static let textTools: Set<String> = ["echo", "printf", "grep", "egrep", "fgrep", "rg", "sed", "awk", "gawk", "jq", "yq"]
    /// ``textTools`` for byte lookups with the argument's hash (`String` equality, as `Set`).
    static let textToolTable = ByteSet(textTools.sorted())

    mutating func checkPlaceholders(_ head: Argument, _ args: [Argument], _ a: inout Assessment, _ ctx: Context) {
        @inline(__always)
        func candidate(_ arg: Argument) -> Bool { arg.isStatic && (arg.has(.lessThan) || arg.has(.brace)) }
        guard candidate(head) || args.contains(where: candidate) else { return }
        if head.isStatic, Judge.textToolTable.contains(head) { return }
        // A placeholder needs a `<` or a `{`: only those arguments are searched.
        for i in -1..<args.count {
            let arg = i < 0 ? head : args[i]
            guard candidate(arg) else { continue }
            if let placeholder = Judge.placeholder(in: arg.text) {
                a.add(Reason(
                    rule: "input.placeholder", message: "`\(placeholder)` is an unfilled placeholder; the command is incomplete",
                    verdict: .block, risk: .criticalWrite, span: ctx.span(arg.span)))
                return
            }
        }
    }

    static let goTemplateWords: Set<String> = [
        "json", "range", "end", "if", "else", "index", "len", "printf", "print", "println", "with", "define", "template",
        "block", "upper", "lower", "title", "join", "table", "and", "or", "not", "eq", "ne", "lt", "le", "gt", "ge",
    ]

    static let placeholderWords: Set<String> = [
        "pid", "name", "host", "hostname", "ip", "port", "file", "filename", "path", "dir", "directory", "namespace", "ns",
        "pod", "service", "container", "user", "username", "id", "node", "deployment", "image", "tag", "value", "key",
        "password", "token", "url", "domain", "branch", "commit", "cluster", "region", "zone", "device", "disk", "volume",
    ]

    /// The placeholder in `text`, if any.
    static func placeholder(in text: String) -> String? {
        // Both shapes need `<` or `{{`; most candidates (`{}`, `-name '{a,b}'`) have neither.
        let possible = withUTF8Bytes(text) { b in
            var previous: UInt8 = 0
            for x in b {
                if x == UInt8(ascii: "<") || (x == UInt8(ascii: "{") && previous == x) { return true }
                previous = x
            }
            return false
        }
        guard possible else { return nil }
        let u = Array(text.utf8)
        var i = 0
        while i < u.count {
            if u[i] == UInt8(ascii: "<"), let close = u[(i + 1)...].firstIndex(of: UInt8(ascii: ">")), close > i + 1 {
                let inner = String(decoding: u[(i + 1)..<close], as: UTF8.self)
                let ok = inner.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || "_- .".unicodeScalars.contains($0) }
                if ok, inner.first?.isLetter == true {
                    let looksLikeTemplate = inner.contains(where: { $0.isUppercase || $0 == "_" || $0 == " " || $0 == "-" })
                        || placeholderWords.contains(inner.lowercased())
                    if looksLikeTemplate { return "<\(inner)>" }
                }
            }
            if u[i] == UInt8(ascii: "{"), i + 1 < u.count, u[i + 1] == UInt8(ascii: "{"),
                let close = Judge.find([UInt8(ascii: "}"), UInt8(ascii: "}")], in: u, from: i + 2)
            {
                let inner = String(decoding: u[(i + 2)..<close], as: UTF8.self).trimmingSpaces()
                if let f = inner.first, f.isLetter || f == "_",
                    inner.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }),
                    !goTemplateWords.contains(inner)
                {
                    return "{{\(inner)}}"
                }
            }
            i += 1
        }
        return nil
    }

    static func find(_ needle: [UInt8], in u: [UInt8], from start: Int) -> Int? {
        guard u.count >= needle.count else { return nil }
        var i = start
        while i + needle.count <= u.count {
            if Array(u[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    // MARK: Path arguments

    /// Options whose value is a credential file the program uses (not prints).
    static let credentialOptions: Set<String> = [
        "--kubeconfig", "-i", "--identity", "--identity-file", "--key", "--cert", "--cacert", "--client-key", "--client-certificate",
        "--certificate-authority", "--tlscacert", "--tlscert", "--tlskey", "--ssl-key", "--ssl-cert", "--ssl-ca", "-K", "--keyfile",
        "--key-file", "--cert-file", "--ca-file", "--credentials", "--service-account-key-file", "--private-key", "--password-file",
        "-f", "--file", "--config", "--env-file",
    ]

    static let credentialOptionTable = ByteSet(credentialOptions)

    /// Reads of secrets and network devices named as arguments.
    mutating func pathArguments(_ args: ArgumentList, _ a: inout Assessment, _ ctx: Context) {
        let items = args.items
        // `openssl x509|crl|verify` read certificates and revocation lists, which are public:
        // given a `.pem` that also holds a private key, they never print the key.
        let certificatesOnly = a.name == "openssl" && items.first.map { $0.isStatic && Judge.opensslCertificateSubcommands.contains($0.text) } == true
        for index in items.indices where items[index].isStatic {
            let f = items[index].facts
            // The conditions are independent: the cheap tests on the text itself come first.
            // After a `cd`, any operand may name a file there (`cd /etc && cat shadow`).
            let belowDirectory = !directories.isEmpty && f.first != UInt8(ascii: "-")
            guard f.count >= 4 || belowDirectory else { continue }
            let pathLike = belowDirectory || f.first == UInt8(ascii: "/") || f.first == UInt8(ascii: ".") || f.first == UInt8(ascii: "~")
                || withUTF8Bytes(items[index].text) { b in
                    b.contains(UInt8(ascii: "/")) || b.hasSuffix(".env") || b.hasPrefix("id_") || b.hasSuffix(".pem") || b.hasSuffix(".key")
                }
            guard pathLike else { continue }
            if index > 0, items[index - 1].isStatic, Judge.credentialOptionTable.contains(items[index - 1]),
                a.name != "cat", a.name != "less", a.name != "head", a.name != "tail", a.name != "more"
            {
                continue
            }
            let t = items[index].text
            if items[index].isSimple {
                // `--name=value`: the key is `--name` (for plain text, a shorter key means a `=`).
                if items[index].startsWithDoubleDash, f.equalsAt >= 0,
                    withUTF8Bytes(t, { Judge.credentialOptionTable.containsASCII($0.prefix(Int(f.equalsAt))) })
                {
                    continue
                }
            } else if let key = Optional(t.optionKey), key.count < t.count, Judge.credentialOptions.contains(String(key)) {
                continue
            }
            if f.first == UInt8(ascii: "-") {
                guard let eq = t.utf8.firstIndex(of: UInt8(ascii: "=")) else { continue }
                readFrom(path: String(t[t.utf8.index(after: eq)...]), &a, ctx.span(items[index].span), secrets: !certificatesOnly)
            } else {
                readFrom(path: t, &a, ctx.span(items[index].span), secrets: !certificatesOnly)
            }
        }
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}

extension Judge {
    /// `openssl` subcommands whose inputs are certificates or revocation lists.
    static let opensslCertificateSubcommands: Set<String> = ["x509", "crl", "verify"]
}
