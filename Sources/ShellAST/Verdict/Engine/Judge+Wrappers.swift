extension Judge {
    /// Unwraps a wrapper: judges its own options and the command it runs.
    /// Returns `false` when `name` is not a wrapper.
    mutating func wrapper(_ name: String, _ spec: WrapperSpec, _ args: ArgumentList, _ a: inout Assessment, _ ctx: Context, stdin: StandardInput) {
        let span = a.span
        a.category = .shell
        // What the wrapper itself does is added once the options are read: not when an
        // inspect option makes it only report (`screen -ls`).
        if let change = Wrappers.stateChange(name, args) {
            a.add(Reason(
                rule: change.rule, message: change.message, verdict: policy.verdict(for: .criticalWrite, category: .processes), risk: .criticalWrite, span: span))
        }
        var i = 0
        var positionalsSeen = 0
        let items = args.items
        while i < items.count {
            let arg = items[i]
            guard arg.isStatic else { break }
            let t = arg.text
            if t == "--" {
                i += 1
                break
            }
            if t == "-", spec.argumentsGoToShell {
                i += 1
                continue
            }
            if spec.takesAssignments, positionalsSeen == 0, let eq = t.firstIndex(of: "="), eq != t.startIndex, !t.utf8HasPrefix("-") {
                let variable = String(t[..<eq])
                if Judge.loaderVariables.contains(variable) || variable.utf8HasPrefix("GIT_CONFIG_") {
                    a.add(Reason(
                        rule: "env.loader-variable", message: "`\(variable)` changes which program runs or what code it loads",
                        verdict: policy.verdict(for: .criticalWrite, category: .shell), risk: .criticalWrite, span: ctx.span(arg.span)))
                }
                i += 1
                continue
            }
            if t.utf8HasPrefix("-"), t.utf8.count > 1, positionalsSeen == 0 || spec.leadingPositionals == 0 || spec.argumentsGoToShell
                || (positionalsSeen < spec.leadingPositionals || spec.commandStringOptions.contains(Judge.splitOption(t).0))
            {
                var (option, attached) = Judge.splitOption(t)
                // `-cCMD`, `-S'...'`: a short option with its value attached.
                if attached == nil, !t.utf8HasPrefix("--"), t.utf8.count > 2 {
                    let short = String(t.prefix(2))
                    if spec.commandStringOptions.contains(short) || spec.valueOptions.contains(short) || spec.outputFileOptions.contains(short) {
                        option = short
                        attached = String(t.dropFirst(2))
                    } else if !spec.valueOptions.contains(t), !spec.commandStringOptions.contains(t), !spec.outputFileOptions.contains(t),
                        !spec.inspectOptions.contains(t)
                    {
                        // `-Eu root`, `-lc CMD`, `-dmS NAME`: flags clustered in front of a letter
                        // that takes the next argument.
                        let last = "-" + String(t.suffix(1))
                        if spec.commandStringOptions.contains(last) || spec.valueOptions.contains(last) || spec.outputFileOptions.contains(last) {
                            option = last
                        }
                    }
                }
                if name == "sudo", option == "-e" || option == "--edit" || (!t.utf8HasPrefix("--") && t.dropFirst().contains("e")) {
                    // `sudo -e FILE...` edits files; the files meet the path rules.
                    a.add(Reason(
                        rule: "files.sudoedit", message: "edits files as another user",
                        verdict: policy.verdict(for: .criticalWrite, category: .files), risk: .criticalWrite, span: span), origin: .shape)
                    for f in items[(i + 1)...] where f.isStatic && !f.text.utf8HasPrefix("-") { writeTo(f.text, &a, ctx.span(f.span), via: "`sudo -e`") }
                    return
                }
                if spec.inspectOptions.contains(option) {
                    a.add(Reason(
                        rule: "shell.\(name).inspect", message: "`\(name) \(option)` only reports; nothing runs",
                        verdict: .allow, risk: .readOnly, span: span), origin: .shape)
                    return
                }
                if spec.commandStringOptions.contains(option) {
                    addWrapperEffect(spec, &a)
                    let value: Argument? = attached != nil ? Judge.attachedValue(arg, attached!) : (i + 1 < items.count ? items[i + 1] : nil)
                    if let value { codeString(value, &a, ctx, origin: "the command string of `\(name) \(option)`") }
                    return
                }
                if spec.outputFileOptions.contains(option) {
                    let value: Argument? = attached != nil ? Judge.attachedValue(arg, attached!) : (i + 1 < items.count ? items[i + 1] : nil)
                    if let value, value.isStatic { writeTo(value.text, &a, ctx.span(value.span), via: "`\(name) \(option)`") }
                }
                if attached == nil, spec.valueOptions.contains(option) { i += 1 }
                i += 1
                continue
            }
            if positionalsSeen < spec.leadingPositionals {
                positionalsSeen += 1
                i += 1
                continue
            }
            break
        }
        addWrapperEffect(spec, &a)
        let inner = Array(items[min(i, items.count)...])
        if inner.isEmpty {
            if spec.shellWithoutCommand {
                stdinCode(stdin, language: .shell, consumer: name, &a, ctx)
            } else if name == "env" {
                a.add(Reason(
                    rule: "diagnostics.env.print", message: "prints the environment", verdict: .allow, risk: .readOnly, span: span),
                    origin: .shape)
            } else {
                a.add(Reason(
                    rule: "shell.\(name).no-command", message: "`\(name)` without a command does nothing here",
                    verdict: .allow, risk: .readOnly, span: span), origin: .shape)
            }
            return
        }
        if spec.effect == nil || spec.effect?.risk == .readOnly {
            a.add(Reason(
                rule: "wrapper.\(name)", message: "`\(name)` runs the command that follows; that command is judged",
                verdict: .allow, risk: .readOnly, span: span), origin: .shape)
        }
        if spec.argumentsGoToShell, let first = inner.first {
            // `su root -- -c CMD`, `su - user script.sh`: the arguments are the shell's
            // own (`sh -c CMD`, `sh script.sh`). A command written there (`su root rm -rf /`)
            // is also judged as the command it reads as: the worse reading counts.
            nestedInvocation([Argument(madeText: "sh", span: first.span)] + inner, &a, ctx, stdin: stdin)
            if first.isStatic, first.text.utf8HasPrefix("-") { return }
        }
        nestedInvocation(inner, &a, ctx, stdin: stdin)
    }

    /// The reason for what a wrapper itself does (entering namespaces, changing root), if anything.
    func addWrapperEffect(_ spec: WrapperSpec, _ a: inout Assessment) {
        guard let e = spec.effect else { return }
        a.add(Reason(rule: e.rule, message: e.message, verdict: policy.verdict(for: e.risk, category: .shell), risk: e.risk, span: a.span))
    }

    /// `--opt=value` → ("--opt", "value"); `-ovalue` stays whole (short options with
    /// attached values are rare among wrappers and treated as flags).
    static func splitOption(_ t: String) -> (String, String?) {
        if t.utf8HasPrefix("--"), let eq = t.firstIndex(of: "=") {
            return (String(t[..<eq]), String(t[t.index(after: eq)...]))
        }
        return (t, nil)
    }

    static func attachedValue(_ arg: Argument, _ value: String) -> Argument {
        var v = arg
        v.text = value
        return v
    }

    /// A string the shell will run: reparsed when static, blocked when not.
    mutating func codeString(_ value: Argument, _ a: inout Assessment, _ ctx: Context, origin: String) {
        if value.isStatic {
            reparse(value.text, span: value.span, ctx, origin: origin)
        } else {
            a.add(Reason(
                rule: "exec.dynamic-code", message: "\(origin) is only known at run time; the code that runs cannot be judged",
                verdict: .block, risk: .criticalWrite, span: ctx.span(value.span)))
        }
    }
}
