/// Commands that run other commands later, repeatedly or per input item: `trap`,
/// `xargs`, `watch`, `at`/`batch`. Each one's command is judged.
extension Judge {
    mutating func trap(_ args: ArgumentList, _ a: inout Assessment, _ ctx: Context) {
        let items = args.items.filter { !($0.isStatic && $0.text == "--") }
        if let first = items.first, first.isStatic, ["-l", "-p", "-P"].contains(first.text) || items.count == 1 {
            a.add(Reason(rule: "shell.trap.list", message: "lists or resets signal handlers", verdict: .allow, risk: .readOnly, span: a.span), origin: .shape)
            return
        }
        guard let code = items.first else {
            a.add(Reason(rule: "shell.trap.list", message: "lists signal handlers", verdict: .allow, risk: .readOnly, span: a.span), origin: .shape)
            return
        }
        a.add(Reason(rule: "shell.trap", message: "sets a signal handler (its code is judged)", verdict: .allow, risk: .readOnly, span: a.span), origin: .shape)
        if code.isStatic, code.text == "-" || code.text.isEmpty { return }
        codeString(code, &a, ctx, origin: "the handler given to `trap`")
    }

    static let xargsValueOptions = ByteSet([
        "-a", "--arg-file", "-d", "--delimiter", "-E", "-I", "-L", "-n", "--max-args", "-P", "--max-procs", "-s", "--max-chars", "--process-slot-var",
    ])
    static let parallelValueOptions = ByteSet([
        "-j", "--jobs", "-S", "--sshlogin", "-a", "--arg-file", "--delay", "--timeout", "--joblog", "--results", "-N", "-n", "--max-args",
        "--colsep", "-d", "--delimiter", "-I", "--tmpdir", "--workdir", "--basefile", "--env", "--tag-string", "--retries", "--halt",
    ])
    static let fileOptions: OptionNames = ["-f", "--file"]
    static let expressionOptions: OptionNames = ["-e", "--expression"]
    static let awkAssignOptions: OptionNames = ["-v", "--assign"]
    static let watchValueOptions = ByteSet(["-n", "--interval", "-q", "--equexit", "--differences"])

    mutating func xargs(_ name: String, _ args: ArgumentList, _ a: inout Assessment, _ ctx: Context, stdin: StandardInput) {
        let valueOptions = name == "xargs" ? Judge.xargsValueOptions : Judge.parallelValueOptions
        var replace: String? = name == "parallel" ? "{}" : nil
        var i = 0
        let items = args.items
        while i < items.count, items[i].isStatic, items[i].text.utf8HasPrefix("-"), items[i].text.utf8.count > 1 {
            let t = items[i].text
            if t == "--" {
                i += 1
                break
            }
            if t == "-I", i + 1 < items.count { replace = items[i + 1].text }
            if t.utf8HasPrefix("-I"), t.utf8.count > 2 { replace = String(t.dropFirst(2)) }
            if t == "-i" || t.utf8HasPrefix("--replace") { replace = t.contains("=") ? String(t.drop(while: { $0 != "=" }).dropFirst()) : "{}" }
            if t.utf8HasPrefix("-i"), t.utf8.count > 2 { replace = String(t.dropFirst(2)) }
            if valueOptions.contains(t) { i += 1 }
            i += 1
        }
        var inner = Array(items[min(i, items.count)...])
        if name == "parallel", let sep = inner.firstIndex(where: { $0.isStatic && ($0.text == ":::" || $0.text == "::::" || $0.text == ":::+") }) {
            let values = inner[(sep + 1)...].filter { !($0.isStatic && $0.text.utf8HasPrefix(":::")) }
            inner = Array(inner[..<sep])
            if inner.isEmpty {
                // `parallel ::: CMD...`: each value is a command line.
                for v in values { codeString(v, &a, ctx, origin: "a command given to `parallel`") }
                a.add(Reason(rule: "wrapper.parallel", message: "`parallel` runs the commands listed after `:::`", verdict: .allow, risk: .readOnly, span: a.span), origin: .shape)
                return
            }
            // `parallel CMD ::: values`: CMD runs with each value appended (or in place of `{}`).
            for v in values.prefix(16) where v.isStatic {
                let withValue = inner.contains(where: { $0.isStatic && $0.text.utf8Contains("{}") })
                    ? inner.map { arg -> Argument in
                        var x = arg
                        if x.isStatic { x.text = x.text.replacingAll("{}", with: v.text) }
                        return x
                    }
                    : inner + [v]
                var sub = Assessment(span: a.span)
                invocation(withValue, &sub, ctx, stdin: .inherited)
                for r in sub.reasons where r.verdict > .allow { a.add(r) }
            }
        }
        if inner.isEmpty {
            if name == "parallel" {
                stdinCode(stdin, language: .shell, consumer: "parallel", &a, ctx)
            } else {
                a.add(Reason(rule: "shell.xargs.echo", message: "`xargs` without a command echoes its input", verdict: .allow, risk: .readOnly, span: a.span), origin: .shape)
            }
            return
        }
        if name == "parallel" { parallelShellLine(inner, options: items[..<min(i, items.count)], &a, ctx) }
        let command = inner
        // Arguments that carry the input items are only known at run time.
        inner = inner.map { arg in
            guard arg.isStatic, let r = replace, !r.isEmpty, arg.text.characterContains(r) else { return arg }
            var d = arg
            d.markDynamic(word: resolver.word(of: d))
            return d
        }
        var placeholder = inner[inner.count - 1]
        placeholder.markDynamic(word: resolver.word(of: placeholder))
        placeholder.text = "<input items>"
        if replace == nil { inner.append(placeholder) }
        a.add(Reason(rule: "wrapper.\(name)", message: "`\(name)` runs the command that follows with items from its input", verdict: .allow, risk: .readOnly, span: a.span), origin: .shape)
        invocation(inner, &a, ctx, stdin: .dynamic("the input of `\(name)`", a.span))
        // Input the engine knows (and no `-a FILE` reading other input): judged with it too.
        if name == "xargs", case .staticText(let text, let span) = stdin {
            let options = items[..<min(i, items.count)]
            let readsFile = options.contains { $0.isStatic && ($0.text.utf8HasPrefix("-a") || $0.text.utf8HasPrefix("--arg-file")) }
            if !readsFile { xargsStaticInput(text, span: span, command: command, options: options, replace: replace, &a, ctx) }
        }
    }

    mutating func watch(_ args: ArgumentList, _ a: inout Assessment, _ ctx: Context) {
        let valueOptions = Judge.watchValueOptions
        var i = 0
        var direct = false
        let items = args.items
        while i < items.count, items[i].isStatic, items[i].text.utf8HasPrefix("-"), items[i].text.utf8.count > 1 {
            let t = items[i].text
            if t == "--" {
                i += 1
                break
            }
            if t == "-x" || t == "--exec" { direct = true }
            if valueOptions.contains(t) { i += 1 }
            i += 1
        }
        let inner = Array(items[min(i, items.count)...])
        guard !inner.isEmpty else {
            a.add(Reason(rule: "shell.watch.empty", message: "`watch` without a command", verdict: .allow, risk: .readOnly, span: a.span), origin: .shape)
            return
        }
        a.add(Reason(rule: "wrapper.watch", message: "`watch` runs the command repeatedly; that command is judged", verdict: .allow, risk: .readOnly, span: a.span), origin: .shape)
        if direct {
            invocation(inner, &a, ctx, stdin: .inherited)
        } else {
            codeString(Judge.join(inner), &a, ctx, origin: "the command run by `watch`")
        }
    }

    mutating func atJob(_ name: String, _ args: ArgumentList, _ a: inout Assessment, _ ctx: Context, stdin: StandardInput) {
        a.category = .users
        if args.hasOption(["-l", "-c", "-V"]) {
            a.add(Reason(rule: "users.at.list", message: "lists scheduled jobs", verdict: .allow, risk: .readOnly, span: a.span), origin: .shape)
            return
        }
        if args.hasOption(["-r", "-d"]) {
            a.add(Reason(rule: "users.at.remove", message: "removes scheduled jobs", verdict: policy.verdict(for: .safeWrite, category: .users), risk: .safeWrite, span: a.span), origin: .shape)
            return
        }
        a.add(Reason(rule: "users.at.schedule", message: "schedules commands to run later", verdict: policy.verdict(for: .safeWrite, category: .users), risk: .safeWrite, span: a.span), origin: .shape)
        if let file = args.optionValue(["-f"]) {
            a.add(Reason(rule: "exec.script-file", message: "`\(name)` schedules the script `\(file.text)`; its contents are not analysed", verdict: .review, risk: .criticalWrite, span: ctx.span(file.span)), origin: .shape)
            return
        }
        stdinCode(stdin, language: .shell, consumer: name, &a, ctx)
    }
}
