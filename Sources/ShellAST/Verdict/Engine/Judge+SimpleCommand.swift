extension Judge {
    // MARK: Simple commands

    /// Judges a simple command; returns its resolved words (for ``output(of:words:_:)``).
    @discardableResult
    mutating func simple(_ s: SimpleCommand, _ ctx: Context, stdin: StandardInput) -> (head: Argument?, args: [Argument]) {
        for asg in s.assignments { nestedCode(in: asg, ctx) }
        for w in s.words { nestedCode(in: w, ctx) }
        for r in s.redirects { nestedCode(in: r, ctx) }

        var a = Assessment(span: ctx.span(s.span))
        for asg in s.assignments { assignment(asg, &a, ctx, standalone: s.words.isEmpty, prefixOf: s.words.first?.unquotedLiteral) }
        var input = stdin
        for r in s.redirects {
            redirect(r, &a, ctx)
            if let fed = standardInput(from: r, ctx) { input = fed }
        }
        let (head, argv) = resolvedWords(s.words)
        if let head {
            if s.assignments.isEmpty {
                invocation(head: head, args: argv, &a, ctx, stdin: input)
            } else {
                // Static prefix assignments are the environment of what runs (a shell's `-c` string sees them).
                let saved = prefixEnvironment
                prefixEnvironment = staticPrefixEnvironment(s.assignments)
                invocation(head: head, args: argv, &a, ctx, stdin: input)
                prefixEnvironment = saved
            }
            if WorkingDirectories.changesDirectory(head) { directories.enter(operands: argv) }
            if !s.assignments.isEmpty { environmentOptions(s, head: head, argv, &a, ctx, stdin: input) }
        } else if a.reasons.isEmpty {
            a.add(Reason(
                rule: "shell.assignment", message: "sets shell variables only", verdict: .allow, risk: .readOnly,
                span: ctx.span(s.span)))
        }
        record(a.finished())
        // Text written into a file that runs later as code is judged as that code.
        if !s.redirects.isEmpty, head != nil { writtenCode(s, words: (head, argv), ctx) }
        return (head, argv)
    }

    /// The static scalar values of a command's prefix assignments.
    func staticPrefixEnvironment(_ assignments: [Assignment]) -> [String: String] {
        var env: [String: String] = [:]
        for asg in assignments where asg.index == nil && !asg.isAppend {
            guard case .scalar(let w) = asg.value else { continue }
            guard let w else {
                env[asg.name] = ""
                continue
            }
            let values = resolver.resolveStaticValues(w, substituteVariables: true, split: false)
            if values.count == 1, values[0].isStatic, !values[0].hasGlob { env[asg.name] = values[0].text }
        }
        return env
    }

    mutating func declaration(_ d: DeclarationCommand, _ ctx: Context) {
        for asg in d.assignments { nestedCode(in: asg, ctx) }
        for arg in d.arguments {
            switch arg {
            case .word(let w): nestedCode(in: w, ctx)
            case .assignment(let asg): nestedCode(in: asg, ctx)
            }
        }
        for r in d.redirects { nestedCode(in: r, ctx) }
        var a = Assessment(span: ctx.span(d.span))
        a.name = d.variant.unquotedLiteral
        a.category = .shell
        for asg in d.assignments { assignment(asg, &a, ctx, standalone: false) }
        for arg in d.arguments {
            switch arg {
            case .assignment(let asg): assignment(asg, &a, ctx, standalone: true)
            case .word(let w):
                for v in resolver.resolveStaticValues(w) where v.isStatic { hiddenSubstitutions(v.text, span: w.span, &a, ctx) }
            }
        }
        for r in d.redirects { redirect(r, &a, ctx) }
        if a.reasons.isEmpty {
            a.add(Reason(
                rule: "shell.declaration", message: "declares or exports shell variables", verdict: .allow, risk: .readOnly,
                span: ctx.span(d.span)), origin: .shape)
        }
        record(a.finished())
    }

    mutating func nestedCode(in asg: Assignment, _ ctx: Context) {
        if let i = asg.index { nestedCode(in: i.parts, ctx) }
        switch asg.value {
        case .scalar(let w):
            if let w { nestedCode(in: w, ctx) }
        case .array(let elements):
            for e in elements {
                if let k = e.key { nestedCode(in: k.parts, ctx) }
                if let v = e.value { nestedCode(in: v, ctx) }
            }
        }
    }

    mutating func nestedCode(in r: Redirect, _ ctx: Context) {
        nestedCode(in: r.target, ctx)
        if let doc = r.hereDocument, !doc.isQuoted { nestedCode(in: doc.body, ctx) }
    }

    // MARK: Assignments

    /// Variables that change which program runs or load code into it.
    static let loaderVariables: Set<String> = [
        "LD_PRELOAD", "LD_LIBRARY_PATH", "LD_AUDIT", "LD_DEBUG_OUTPUT", "BASH_ENV", "ENV", "PATH", "PAGER", "GIT_PAGER",
        "GIT_EDITOR", "EDITOR", "VISUAL", "GIT_SSH", "GIT_SSH_COMMAND", "GIT_EXTERNAL_DIFF", "GIT_ASKPASS", "SSH_ASKPASS",
        "GIT_EXEC_PATH", "GIT_CONFIG", "GIT_CONFIG_GLOBAL", "GIT_CONFIG_SYSTEM", "GIT_CONFIG_PARAMETERS", "GIT_TEMPLATE_DIR",
        "GIT_PROXY_COMMAND", "PYTHONPATH", "PYTHONSTARTUP", "PYTHONHOME", "PERL5OPT", "PERL5LIB", "PERLLIB", "RUBYOPT",
        "RUBYLIB", "NODE_OPTIONS", "NODE_PATH", "PROMPT_COMMAND", "PS4", "IFS", "SHELLOPTS", "BASHOPTS", "GLOBIGNORE",
        "LESSOPEN", "LESSCLOSE", "MANPAGER", "SYSTEMD_PAGER", "BROWSER", "DOCKER_HOST", "KUBECONFIG", "SUDO_ASKPASS",
        "HISTFILE", "LD_BIND_NOW", "GCONV_PATH", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "CDPATH", "KUBECTL_EXTERNAL_DIFF",
        "GIT_WORK_TREE", "GIT_DIR", "APT_CONFIG", "GIT_INDEX_FILE", "GIT_TEMPLATE_DIR", "NPM_CONFIG_PREFIX", "PIP_INDEX_URL",
        "PIP_EXTRA_INDEX_URL", "PYTHONINSPECT", "PYTHONBREAKPOINT", "RUBYLIB", "GEM_HOME", "SSL_CERT_FILE", "CURL_CA_BUNDLE",
    ]

    /// Variables whose value is a command line some program runs.
    static let commandVariables: Set<String> = [
        "PAGER", "GIT_PAGER", "MANPAGER", "SYSTEMD_PAGER", "GIT_EDITOR", "EDITOR", "VISUAL", "GIT_SSH_COMMAND",
        "GIT_EXTERNAL_DIFF", "KUBECTL_EXTERNAL_DIFF", "PROMPT_COMMAND", "LESSOPEN", "LESSCLOSE", "BROWSER", "GIT_PROXY_COMMAND",
        "SUDO_ASKPASS", "SSH_ASKPASS", "GIT_ASKPASS", "GIT_SEQUENCE_EDITOR", "SVN_EDITOR", "FCEDIT", "TAR_OPTIONS",
    ]

    /// `prefixOf`: the command a prefix assignment is given to, written as a plain word.
    mutating func assignment(_ asg: Assignment, _ a: inout Assessment, _ ctx: Context, standalone: Bool, prefixOf command: String? = nil) {
        // `IFS= read -r line`: the builtin splits its own input with it; nothing else sees it.
        let readSplitting = asg.name == "IFS" && (command == "read" || command == "mapfile" || command == "readarray")
        if !readSplitting, Judge.loaderVariables.contains(asg.name) || asg.name.utf8HasPrefix("GIT_CONFIG_") || asg.name.utf8HasPrefix("BASH_FUNC_") {
            a.add(Reason(
                rule: "env.loader-variable",
                message: "`\(asg.name)` changes which program runs or what code it loads",
                verdict: policy.verdict(for: .criticalWrite, category: .shell), risk: .criticalWrite, span: ctx.span(asg.span)))
        }
        if case .scalar(let w?) = asg.value {
            let values = resolver.resolveStaticValues(w)
            if Judge.commandVariables.contains(asg.name) {
                // The value runs as a command when the variable is used: judge it.
                if values.count == 1, values[0].isStatic {
                    if asg.name != "TAR_OPTIONS" {
                        reparse(values[0].text, span: w.span, ctx, origin: "the command in `\(asg.name)`")
                    }
                } else {
                    a.add(Reason(
                        rule: "exec.dynamic-code", message: "`\(asg.name)` holds a command only known at run time",
                        verdict: .block, risk: .criticalWrite, span: ctx.span(asg.span)))
                }
            }
            for v in values where v.isStatic { hiddenSubstitutions(v.text, span: w.span, &a, ctx) }
        }
        if case .scalar(let w?) = asg.value, Judge.mentionsParameter(w, named: "IFS") {
            a.add(Reason(
                rule: "obfuscation.ifs", message: "copies `$IFS` into `\(asg.name)`, a filter-evasion trick",
                verdict: .block, risk: .criticalWrite, span: ctx.span(asg.span)))
        }
        guard standalone else { return }
        // Remember static scalar values so a later `$name` can be checked too.
        if asg.index == nil, !asg.isAppend, case .scalar(let w) = asg.value {
            if let w {
                let values = resolver.resolveStaticValues(w, substituteVariables: true, split: false)
                if values.count == 1, values[0].isStatic, !values[0].hasGlob {
                    resolver.variables[asg.name] = values[0].text
                    return
                }
            } else {
                resolver.variables[asg.name] = ""
                return
            }
        }
        resolver.variables[asg.name] = nil
    }

    // MARK: Redirections

    mutating func redirect(_ r: Redirect, _ a: inout Assessment, _ ctx: Context) {
        let span = ctx.span(r.span)
        switch r.op {
        case .hereDocument, .hereDocumentStrippingTabs, .hereString:
            return
        case .duplicateInput, .duplicateOutput:
            if let t = r.target.unquotedLiteral, t == "-" || t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) { return }
            if r.op == .duplicateInput {
                readFrom(r.target, &a, span)
                return
            }
        case .input:
            readFrom(r.target, &a, span)
            return
        default:
            break
        }
        if r.op == .readWrite { readFrom(r.target, &a, span) }
        let targets = resolver.resolveStaticValues(r.target)
        guard targets.count == 1, targets[0].isStatic, !targets[0].hasGlob else {
            a.add(Reason(
                rule: "redirect.dynamic-target", message: "writes to a file whose name is only known at run time",
                verdict: policy.verdict(for: .criticalWrite, category: .files), risk: .criticalWrite, span: span))
            return
        }
        writeTo(targets[0].text, &a, span, via: "redirection")
    }

    /// Judges a write to `path` (a redirection target or a file a command writes).
    mutating func writeTo(_ written: String, _ a: inout Assessment, _ span: SourceSpan, via: String) {
        // A relative path below a directory a `cd` entered: judged (and named) at its worst.
        let (kind, path) = directories.kind(of: written)
        switch kind {
        case .harmlessDevice:
            return
        case .networkDevice:
            a.add(Reason(
                rule: "network.dev-tcp", message: joinedText("`", path, "` opens a network connection: a reverse shell or exfiltration shape"),
                verdict: .block, risk: .criticalWrite, span: span))
        case .blockDevice:
            a.add(Reason(
                rule: "files.write-block-device", message: joinedText("writes directly to the device `", path, "`: destroys the data on it"),
                verdict: .block, risk: .criticalWrite, span: span))
        case .protectedFile, .systemTree:
            a.add(Reason(
                rule: "files.write-protected", message: joinedText("writes to `", path, "`: accounts, privileges, boot or kernel control"),
                verdict: .block, risk: .criticalWrite, span: span))
        case .systemFile:
            a.add(Reason(
                rule: "files.write-system", message: joinedText("writes to the system file `", path, "` (", via, ")"),
                verdict: policy.verdict(forWriteTo: path, risk: .criticalWrite), risk: .criticalWrite, span: span))
        case .ordinary:
            a.add(Reason(
                rule: "files.write", message: joinedText("writes to the file `", path, "` (", via, ")"),
                verdict: policy.verdict(forWriteTo: path, risk: .safeWrite), risk: .safeWrite, span: span))
        }
        if let protected = protectedPath(for: written, judged: path, read: false) {
            a.add(Reason(
                rule: "policy.protected-path", message: protected.message, verdict: protected.verdict,
                risk: .criticalWrite, span: span))
        }
    }

    /// The policy's protected path that `written` meets, as `judged` or (after a `cd`)
    /// below any directory entered.
    private func protectedPath(for written: String, judged: String, read: Bool) -> (verdict: Verdict, message: String)? {
        let policy = self.policy
        func lookup(_ p: String) -> (verdict: Verdict, message: String)? {
            read ? policy.protectedPath(forReadOf: p) : policy.protectedPath(forWriteTo: p)
        }
        if let hit = lookup(judged) { return hit }
        if directories.isEmpty { return nil }
        return directories.candidates(written).lazy.compactMap(lookup).first
    }

    /// Judges a read from a word (input redirection or a path argument).
    mutating func readFrom(_ target: Word, _ a: inout Assessment, _ span: SourceSpan) {
        for t in resolver.resolveStaticValues(target) where t.isStatic {
            readFrom(path: t.text, &a, span)
        }
    }

    /// Judges a read of `path`; `secrets: false` when the reader cannot reveal secrets
    /// the file may hold (`openssl x509` prints no private key).
    mutating func readFrom(path: String, _ a: inout Assessment, _ span: SourceSpan, secrets: Bool = true) {
        if PathRules.isNetworkDevice(path) {
            a.add(Reason(
                rule: "network.dev-tcp", message: joinedText("`", path, "` opens a network connection: a reverse shell or exfiltration shape"),
                verdict: .block, risk: .criticalWrite, span: span))
        } else if secrets, directories.isSensitiveRead(path) {
            a.add(Reason(
                rule: "read.sensitive", message: joinedText("reads `", path, "`, which holds secrets (passwords, keys, tokens)"),
                verdict: .review, risk: .readOnly, span: span))
        }
        if let protected = protectedPath(for: path, judged: path, read: true) {
            a.add(Reason(
                rule: "policy.protected-path", message: protected.message, verdict: protected.verdict,
                risk: .readOnly, span: span))
        }
    }

    // MARK: Standard input

    /// What a redirection feeds to standard input, if it does.
    func standardInput(from r: Redirect, _ ctx: Context) -> StandardInput? {
        switch r.op {
        case .hereString:
            let values = resolver.resolveStaticValues(r.target)
            if values.count == 1, values[0].isStatic { return .staticText(values[0].text + "\n", ctx.span(r.span)) }
            return .dynamic("a here-string with expansions", ctx.span(r.span))
        case .hereDocument, .hereDocumentStrippingTabs:
            guard let doc = r.hereDocument else { return nil }
            let span = ctx.span(SourceSpan(start: r.span.start, end: max(r.span.end, doc.span.end)))
            if let text = Judge.staticText(of: doc) { return .staticText(text, span) }
            return .dynamic("a here-document with expansions", span)
        case .input:
            return .dynamic("the file `\(ShellPrinter.print(r.target))`", ctx.span(r.span))
        default:
            return nil
        }
    }

    /// The text of a here-document when it has no expansions.
    static func staticText(of doc: HereDocument) -> String? {
        var text = ""
        for p in doc.body {
            guard case .literal(let l) = p else { return nil }
            if doc.isQuoted {
                text += l.text
            } else {
                var out = ""
                var escape = false
                for c in l.text {
                    if escape {
                        if c != "$" && c != "`" && c != "\\" { out.append("\\") }
                        out.append(c)
                        escape = false
                    } else if c == "\\" {
                        escape = true
                    } else {
                        out.append(c)
                    }
                }
                if escape { out.append("\\") }
                text += out
            }
        }
        return text
    }

    /// What a pipeline element writes to standard output, as far as it is known statically.
    func output(of c: Command, _ ctx: Context) -> StandardInput {
        guard case .simple(let s) = c else { return .dynamic("a compound command", ctx.span(c.span)) }
        return output(of: s, words: resolvedWords(s.words), ctx)
    }

    /// The words of a simple command resolved to arguments: the command name apart.
    /// (The first word mostly resolves to one argument, so the name is taken off the
    /// end before the other words are added instead of shifting every argument.)
    func resolvedWords(_ words: [Word]) -> (head: Argument?, args: [Argument]) {
        guard !words.isEmpty else { return (nil, []) }
        var argv: [Argument] = []
        argv.reserveCapacity(words.count)
        // Through the buffer: each word is passed where it lies, not copied and released.
        let head: Argument? = words.withUnsafeBufferPointer { ws in
            resolver.resolve(ws[0], into: &argv)
            let head: Argument? = argv.count == 1 ? argv.removeLast() : nil
            for i in 1..<ws.count { resolver.resolve(ws[i], into: &argv) }
            return head
        }
        if head != nil || argv.isEmpty { return (head, argv) }
        return (argv.removeFirst(), argv)
    }

    /// ``output(of:_:)`` of a simple command whose words are already resolved (the
    /// resolution of words without variable substitution depends on nothing else).
    func output(of s: SimpleCommand, words: (head: Argument?, args: [Argument]), _ ctx: Context) -> StandardInput {
        let span = ctx.span(s.span)
        guard let first = words.head, first.isStatic else { return .dynamic("a command with a dynamic name", span) }
        let rest = words.args
        guard rest.allSatisfy({ $0.isStatic && !$0.hasGlob }) else {
            return .dynamicArguments(first.text, span)
        }
        switch first.text {
        case "echo":
            var args = Array(rest)
            var newline = true
            while let f = args.first, f.text.utf8.count > 1, f.text.utf8HasPrefix("-"), f.text.dropFirst().allSatisfy({ "neE".contains($0) }) {
                if f.text.contains("e") { return .dynamic("`echo -e` output", span) }
                if f.text.contains("n") { newline = false }
                args.removeFirst()
            }
            return .staticText(args.map(\.text).joined(separator: " ") + (newline ? "\n" : ""), span)
        case "printf":
            guard rest.count == 1, let format = rest.first?.text, !format.contains("%") else {
                return .dynamic("`printf` with format directives", span)
            }
            return .staticText(Judge.printfEscapes(format), span)
        case "cat":
            if rest.isEmpty || (rest.count == 1 && rest.first?.text == "-") {
                for r in s.redirects.reversed() {
                    if let fed = standardInput(from: r, ctx) { return fed }
                }
            }
            return .dynamic("`cat` of a file", span)
        default:
            return .outputOf(first.text, span)
        }
    }

    /// The text `printf FORMAT` writes for a format without `%` directives: the
    /// same backslash escapes as `$'...'` (`\n`, `\t`, `\NNN`, `\xHH`...).
    static func printfEscapes(_ s: String) -> String {
        String(decoding: ANSICDecoder.decode(Array(s.utf8)), as: UTF8.self)
}
}
