/// The language of code read from standard input.
enum CodeLanguage {
    case shell
    case interpreter(String)
    case sql(String)
}

extension Judge {
    static let shells: Set<String> = ["sh", "bash", "dash", "zsh", "ksh", "ash", "mksh", "rbash", "lksh", "pdksh", "yash", "posh"]
    static let foreignShells: Set<String> = ["fish", "csh", "tcsh", "xonsh", "nu", "elvish", "pwsh", "powershell"]

    /// Commands whose meaning is running other code. Returns `true` when handled
    /// (the catalog is then not consulted).
    mutating func special(_ handler: SpecialHandler, _ name: String, _ args: ArgumentList, _ a: inout Assessment, _ ctx: Context, stdin: StandardInput) -> Bool {
        switch handler {
        case .wrapper(let spec):
            wrapper(name, spec, args, &a, ctx, stdin: stdin)
        case .shell:
            shell(name, args, &a, ctx, stdin: stdin)
        case .foreignShell:
            a.category = .interpreters
            a.add(Reason(
                rule: "exec.foreign-shell", message: "`\(name)` runs code in a language the engine does not parse",
                verdict: .review, risk: .criticalWrite, span: a.span), origin: .shape)
        case .interpreter(let spec):
            interpreter(name, spec, args, &a, ctx, stdin: stdin)
        case .eval:
            a.category = .shell
            a.add(Reason(rule: "shell.eval", message: "`eval` runs its arguments as shell code (judged below)", verdict: .allow, risk: .readOnly, span: a.span), origin: .shape)
            codeString(Judge.join(args.items), &a, ctx, origin: "the text given to `eval`")
        case .source:
            a.category = .shell
            guard let script = args.items.first else {
                a.add(Reason(rule: "shell.source.missing", message: "`\(name)` without a file does nothing", verdict: .allow, risk: .readOnly, span: a.span), origin: .shape)
                return true
            }
            scriptOperand(script, consumer: name, &a, ctx, stdin: stdin)
        case .trap:
            a.category = .shell
            trap(args, &a, ctx)
        case .alias:
            a.category = .shell
            for arg in args.items {
                if arg.isStatic, let eq = arg.text.firstIndex(of: "=") {
                    var value = arg
                    value.text = String(arg.text[arg.text.index(after: eq)...])
                    codeString(value, &a, ctx, origin: "the alias `\(arg.text[..<eq])`")
                } else if !arg.isStatic {
                    codeString(arg, &a, ctx, origin: "an alias definition")
                }
            }
            a.add(Reason(rule: "shell.alias", message: "defines or lists aliases (their text is judged as code)", verdict: .allow, risk: .readOnly, span: a.span), origin: .shape)
        case .xargs, .parallel:
            a.category = .shell
            xargs(name, args, &a, ctx, stdin: stdin)
        case .watch:
            a.category = .shell
            watch(args, &a, ctx)
        case .at:
            atJob(name, args, &a, ctx, stdin: stdin)
        }
        return true
    }

    /// Code inside the arguments of programs that also have catalog rules.
    mutating func nested(
        _ handler: NestedHandler, _ name: String, _ entry: Catalog.Entry?, _ args: ArgumentList, _ a: inout Assessment, _ ctx: Context,
        stdin: StandardInput
    ) {
        switch handler {
        case .find: findActions(args, &a, ctx)
        case .ssh: sshRemoteCommand(args, &a, ctx, stdin: stdin)
        case .kubernetesExec, .containerExec: containerExec(name, entry, args, &a, ctx)
        case .databaseClient: databaseStandardInput(name, args, &a, ctx, stdin: stdin)
        case .fd: fdActions(args, &a, ctx)
        case .pager: pagerCommands(args, &a, ctx)
        case .awk, .sed: textProgramCommands(handler, name, entry, args, &a, ctx)
        case .subcommandWrapper(let spec): subcommandWrapper(spec, name, args, &a, ctx)
        case .crontab: crontabLines(args, &a, ctx, stdin: stdin)
        }
    }

    /// `crontab -` (or no file) installs the lines on standard input: each job's
    /// command is judged; jobs only known at run time cannot be.
    mutating func crontabLines(_ args: ArgumentList, _ a: inout Assessment, _ ctx: Context, stdin: StandardInput) {
        let positionals = args.positionals(valueOptions: ["-u", "-s"])
        let readsStdin = positionals.first?.value == "-" || (positionals.isEmpty && !args.hasOption(["-l", "-r", "-e", "-i", "-T", "-V"]) && !args.isEmpty)
            || (positionals.isEmpty && args.isEmpty)
        guard readsStdin else { return }
        switch stdin.described {
        case .staticText(let text, let span):
            for line in text.split(separator: "\n") {
                let t = String(line).trimmingWhitespace()
                guard !t.isEmpty, !t.hasPrefix("#") else { continue }
                let fields = t.split(separator: " ", omittingEmptySubsequences: true)
                // `@reboot CMD` or five time fields, then the command.
                let skip = fields.first?.hasPrefix("@") == true ? 1 : 5
                if fields.count > skip, !(fields.first?.contains("=") ?? false) {
                    reparse(fields[skip...].joined(separator: " "), span: span, ctx, origin: "a cron job installed by `crontab`")
                }
            }
        case .dynamic(let what, let span):
            a.add(Reason(
                rule: "users.crontab.dynamic-jobs", message: "`crontab` installs jobs read from \(what); they are not analysed",
                verdict: .review, risk: .criticalWrite, span: ctx.span(span)))
        case .inherited:
            break
        }
    }

    /// Commands inside awk programs and sed scripts are judged; a program only known
    /// at run time is unknowable code.
    mutating func textProgramCommands(
        _ handler: NestedHandler, _ name: String, _ entry: Catalog.Entry?, _ args: ArgumentList, _ a: inout Assessment, _ ctx: Context
    ) {
        // The first positional argument, found by position (no argument copied).
        let first = args.firstPositionalIndex(valueOptions: entry?.valueOptionTable ?? ByteSet.empty).map { args.items[$0] }
        var programs: [Argument] = []
        if case .awk = handler {
            if args.optionValue(Judge.fileOptions) == nil, let p = first { programs = [p] }
        } else {
            let e = args.optionValues(Judge.expressionOptions)
            if !e.isEmpty {
                programs = e
            } else if args.optionValue(Judge.fileOptions) == nil, let p = first {
                programs = [p]
            }
        }
        for p in programs {
            guard p.isStatic else {
                a.add(Reason(
                    rule: "exec.dynamic-code", message: "the `\(name)` program is only known at run time; the code that runs cannot be judged",
                    verdict: .block, risk: .criticalWrite, span: ctx.span(p.span)))
                continue
            }
            let isAwk: Bool
            if case .awk = handler { isAwk = true } else { isAwk = false }
            if isAwk, p.text.utf8Contains("/inet/") || p.text.utf8Contains("/inet4/") || p.text.utf8Contains("/inet6/") {
                a.add(Reason(
                    rule: "network.reverse-shell", message: "the awk program opens a network connection (`/inet/tcp`): a reverse shell or exfiltration shape",
                    verdict: .block, risk: .criticalWrite, span: ctx.span(p.span)))
            }
            let commands = isAwk ? AwkAnalyzer.commands(in: p.text) : SedAnalyzer.commands(in: p.text)
            let written = isAwk ? AwkAnalyzer.writtenFiles(in: p.text) : SedAnalyzer.writtenFiles(in: p.text)
            for file in written where file != "/dev/stdout" && file != "/dev/stderr" {
                writeTo(file, &a, ctx.span(p.span), via: "the `\(name)` program")
            }
            if isAwk {
                // `awk -v cmd='...' '{system(cmd)}'`: the value runs as a command.
                let used = AwkAnalyzer.commandVariables(in: p.text)
                for v in args.optionValues(Judge.awkAssignOptions) where v.isStatic {
                    guard let eq = v.text.firstIndex(of: "="), used.contains(String(v.text[..<eq])) else { continue }
                    reparse(String(v.text[v.text.index(after: eq)...]), span: v.span, ctx, origin: "a command passed to the awk program")
                }
            }
            for command in commands {
                // A leading U+0001 marks a command that reads the program's output.
                if command.unicodeScalars.first == "\u{1}" {
                    reparse(String(command.dropFirst()), span: p.span, ctx, origin: "a command run by the `\(name)` program",
                            input: .dynamic("the output of the `\(name)` program", ctx.span(p.span)))
                } else {
                    reparse(command, span: p.span, ctx, origin: "a command run by the `\(name)` program")
                }
            }
        }
    }

    static func join(_ items: [Argument]) -> Argument {
        guard let first = items.first else {
            return Argument(madeText: "", span: .zero)
        }
        var joined = first
        joined.text = items.map(\.text).joined(separator: " ")
        joined.isStatic = items.allSatisfy(\.isStatic)
        joined.span = SourceSpan(start: first.span.start, end: items.last!.span.end)
        return joined
    }

    // MARK: Shells

    mutating func shell(_ name: String, _ args: ArgumentList, _ a: inout Assessment, _ ctx: Context, stdin: StandardInput) {
        a.category = .shell
        var commandMode = false
        var readsStdin = false
        var i = 0
        let items = args.items
        while i < items.count {
            let arg = items[i]
            guard arg.isStatic else { break }
            let t = arg.text
            if t == "--" || t == "-" {
                if t == "-" { readsStdin = true }
                i += 1
                break
            }
            if t.utf8HasPrefix("--") {
                if ["--rcfile", "--init-file"].contains(t) { i += 1 }
                if t == "--version" || t == "--help" {
                    a.add(Reason(rule: "shell.\(name).version", message: "prints version or help", verdict: .allow, risk: .readOnly, span: a.span), origin: .shape)
                    return
                }
                i += 1
                continue
            }
            if (t.utf8HasPrefix("-") || t.utf8HasPrefix("+")) && t.utf8.count > 1 {
                let letters = t.dropFirst()
                if letters.contains("c") && t.utf8HasPrefix("-") { commandMode = true }
                if letters.contains("s") && t.utf8HasPrefix("-") { readsStdin = true }
                if letters.contains("o") || letters.contains("O") { i += 1 }
                i += 1
                continue
            }
            break
        }
        let operands = Array(items[min(i, items.count)...])
        if commandMode {
            guard let code = operands.first else {
                a.add(Reason(rule: "exec.missing-code", message: "`\(name) -c` without a command string", verdict: .review, risk: .criticalWrite, span: a.span), origin: .shape)
                return
            }
            a.add(Reason(rule: "exec.shell-string", message: "runs a shell command string (judged below)", verdict: .allow, risk: .readOnly, span: a.span), origin: .shape)
            // The words after the string are `$0`, `$1`...: known values are substituted, and
            // so are the environment's (`X=/ bash -c 'rm -rf "$X"'`).
            var parameters = prefixEnvironment
            for (n, arg) in operands.dropFirst().enumerated() where arg.isStatic { parameters[String(n)] = arg.text }
            if code.isStatic {
                reparse(code.text, span: code.span, ctx, origin: "the command string of `\(name) -c`", parameters: parameters)
            } else {
                codeString(code, &a, ctx, origin: "the command string of `\(name) -c`")
            }
            return
        }
        if let script = operands.first, !readsStdin {
            scriptOperand(script, consumer: name, &a, ctx, stdin: stdin)
            return
        }
        stdinCode(stdin, language: .shell, consumer: name, &a, ctx)
    }

    /// A script file given to a shell or `source`: standard input and process
    /// substitutions carry code; a file's contents are not analysed.
    mutating func scriptOperand(_ script: Argument, consumer: String, _ a: inout Assessment, _ ctx: Context, stdin: StandardInput) {
        if script.isStatic, script.text == "/dev/stdin" || script.text == "-" || script.text == "/proc/self/fd/0" {
            stdinCode(stdin, language: .shell, consumer: consumer, &a, ctx)
            return
        }
        if resolver.word(of: script).parts.contains(where: { if case .processSubstitution = $0 { return true } else { return false } }) {
            a.add(Reason(
                rule: "exec.process-substitution-code",
                message: "`\(consumer)` runs code produced by a process substitution: download-and-execute or an encoded payload",
                verdict: .block, risk: .criticalWrite, span: ctx.span(script.span)))
            return
        }
        a.add(Reason(
            rule: "exec.script-file", message: "`\(consumer)` runs the script `\(script.text)`; its contents are not analysed",
            verdict: .review, risk: .criticalWrite, span: ctx.span(script.span)), origin: .shape)
    }

    /// Code a shell or interpreter reads from standard input.
    mutating func stdinCode(_ stdin: StandardInput, language: CodeLanguage, consumer: String, _ a: inout Assessment, _ ctx: Context) {
        switch stdin.described {
        case .inherited:
            a.add(Reason(
                rule: "exec.interactive", message: "`\(consumer)` reads commands from the terminal: an interactive session",
                verdict: .review, risk: .criticalWrite, span: a.span), origin: .shape)
        case .staticText(let text, let span):
            switch language {
            case .shell:
                a.add(Reason(rule: "exec.stdin-static", message: "`\(consumer)` runs text fed to it (judged below)", verdict: .allow, risk: .readOnly, span: a.span), origin: .shape)
                reparse(text, span: span, ctx, origin: "the text fed to `\(consumer)`")
            case .interpreter(let lang):
                interpreterCode(text, language: lang, span: span, &a, ctx)
            case .sql(let dialect):
                for f in Analyzers.database(dialect: dialect, text: text) {
                    a.add(Reason(rule: f.rule, message: f.message, verdict: f.effect.verdict ?? policy.verdict(for: f.effect.risk, category: .databases),
                                 risk: f.effect.risk, span: ctx.span(span)), origin: .shape)
                }
            }
        case .dynamic(let what, let span):
            switch language {
            case .sql:
                a.add(Reason(
                    rule: "databases.stdin-dynamic", message: "`\(consumer)` runs statements from \(what), which cannot be judged",
                    verdict: .review, risk: .criticalWrite, span: ctx.span(span)), origin: .shape)
            default:
                a.add(Reason(
                    rule: "exec.stdin-code",
                    message: "`\(consumer)` runs code it reads from \(what): download-and-execute or an encoded payload",
                    verdict: .block, risk: .criticalWrite, span: ctx.span(span)))
            }
        }
    }
}
