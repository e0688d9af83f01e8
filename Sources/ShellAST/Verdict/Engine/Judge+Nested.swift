extension Judge {
    // MARK: find -exec

    static let findExecActions = ByteSet(["-exec", "-execdir", "-ok", "-okdir"])
    static let fdExecOptions = ByteSet(["-x", "--exec", "-X", "--exec-batch"])

    /// `find ... -exec CMD {} ;` runs CMD once per file: judged with the file as
    /// a run-time argument. The catalog judges `-delete` and `-fprint`.
    mutating func findActions(_ args: ArgumentList, _ a: inout Assessment, _ ctx: Context) {
        let items = args.items
        var i = 0
        while i < items.count {
            // (`-exec`, `-execdir`, `-ok`, `-okdir`: the first two bytes rule out most
            // arguments before the set lookup.)
            if items[i].isStatic, items[i].facts.first == UInt8(ascii: "-"),
                items[i].facts.second == UInt8(ascii: "e") || items[i].facts.second == UInt8(ascii: "o"),
                Judge.findExecActions.contains(items[i])
            {
                var j = i + 1
                var inner: [Argument] = []
                while j < items.count, !(items[j].isStatic && (items[j].equals(";") || items[j].equals("+"))) {
                    var x = items[j]
                    // `{}` needs a `{` byte: most arguments skip the search.
                    if x.isStatic, x.has(.brace), x.text.characterContains("{}") { x.markDynamic(word: resolver.word(of: x)) }
                    inner.append(x)
                    j += 1
                }
                if !inner.isEmpty {
                    var sub = Assessment(span: a.span)
                    invocation(inner, &sub, ctx, stdin: .inherited)
                    a.addAllNested(sub)
                    // Run on every file under the root or a system tree, a destructive
                    // command destroys the system.
                    if sub.risk == .criticalWrite,
                        args.positionals(valueOptions: catalog.entries["find"]?.syntax.valueOptions ?? [])
                            .prefix(while: { $0.isStatic ? !$0.text.utf8HasPrefix("-") && $0.text != "(" && $0.text != "!" : true })
                            .contains(where: { ConditionContext.passes($0, .catastrophicPath, in: directories.ifAny) })
                    {
                        a.add(Reason(
                            rule: "files.find-exec-system-tree",
                            message: "runs a destructive command on every file under the root or a system tree",
                            verdict: .block, risk: .criticalWrite, span: a.span))
                    }
                }
                i = j + 1
                continue
            }
            i += 1
        }
    }

    /// `fd PATTERN -x CMD args` runs CMD per result (until `;`), like `find -exec`.
    mutating func fdActions(_ args: ArgumentList, _ a: inout Assessment, _ ctx: Context) {
        let items = args.items
        guard let x = items.firstIndex(where: { $0.isStatic && Judge.fdExecOptions.contains($0.text) }) else { return }
        var inner: [Argument] = []
        for arg in items[(x + 1)...] {
            if arg.isStatic, arg.text == ";" { break }
            var d = arg
            if d.isStatic, d.text.utf8Contains("{") { d.markDynamic(word: resolver.word(of: d)) }
            inner.append(d)
        }
        if inner.isEmpty { return }
        var placeholder = inner[inner.count - 1]
        placeholder.markDynamic(word: resolver.word(of: placeholder))
        placeholder.text = "<path>"
        inner.append(placeholder)
        var sub = Assessment(span: a.span)
        invocation(inner, &sub, ctx, stdin: .inherited)
        a.addAllNested(sub)
        // `fd PATTERN PATH...`: a destructive command over the root or a system tree.
        let roots = items[..<x].filter { !($0.isStatic && $0.text.utf8HasPrefix("-")) }.dropFirst()
        if sub.risk == .criticalWrite, roots.contains(where: { ConditionContext.passes($0, .catastrophicPath, in: directories.ifAny) }) {
            a.add(Reason(
                rule: "files.find-exec-system-tree", message: "runs a destructive command on every file under the root or a system tree",
                verdict: .block, risk: .criticalWrite, span: a.span))
        }
    }

    /// `less '+!CMD' file`: a command at start-up.
    mutating func pagerCommands(_ args: ArgumentList, _ a: inout Assessment, _ ctx: Context) {
        for arg in args.items where arg.isStatic && arg.text.utf8HasPrefix("+") {
            guard let bang = arg.text.firstIndex(of: "!") else { continue }
            var v = arg
            v.text = String(arg.text[arg.text.index(after: bang)...])
            codeString(v, &a, ctx, origin: "the start-up command of a pager")
        }
    }

    // MARK: Remote and container commands

    static let sshValueOptions = ByteSet(["-b", "-c", "-D", "-E", "-e", "-F", "-I", "-i", "-J", "-L", "-l", "-m", "-O", "-o", "-p", "-Q", "-R", "-S", "-W", "-w", "-B"])

    /// `ssh [options] HOST [COMMAND...]`: the remote command is judged like a local one.
    ///
    /// Fixed with the network catalog: the remote command is every argument after the host
    /// (after options that follow the host, as OpenSSH re-reads them), its own options
    /// included — `ssh host find / -delete` runs `find / -delete`, not `find /`; and a value
    /// letter ending a cluster takes the next argument (`ssh -tp 22 host CMD`).
    /// Without a command, the remote login shell runs what is fed to standard input:
    /// judged like text fed to `sh` (`curl … | ssh host` is download-and-execute).
    mutating func sshRemoteCommand(_ args: ArgumentList, _ a: inout Assessment, _ ctx: Context, stdin: StandardInput = .inherited) {
        let valueLetters: Set<UInt8> = Set("bcDEeFIiJLlmOopQRSWwB".utf8)
        let items = args.items
        var i = 0
        var host: Int?
        var terminated = false
        while i < items.count {
            let t = items[i]
            if !terminated, t.isStatic, t.text == "--" {
                terminated = true
                i += 1
                continue
            }
            if !terminated, t.isStatic, t.text.utf8.count > 1, t.text.utf8.first == UInt8(ascii: "-") {
                var letters = t.text.utf8.dropFirst()
                while let c = letters.first {
                    letters = letters.dropFirst()
                    if valueLetters.contains(c) {
                        if letters.isEmpty { i += 1 }
                        break
                    }
                }
                i += 1
                continue
            }
            if host != nil { break }
            host = i
            i += 1
        }
        guard host != nil else { return }
        var remote = ctx
        remote.remote = true
        guard i < items.count else {
            if case .inherited = stdin { return }
            // `ssh -F /dev/stdin host`: standard input is its configuration, not a script.
            if items.contains(where: { $0.isStatic && ($0.text == "/dev/stdin" || $0.text == "/dev/fd/0") }) { return }
            stdinCode(stdin, language: .shell, consumer: "ssh", &a, remote)
            return
        }
        codeString(Judge.join(Array(items[i...])), &a, remote, origin: "the remote command of `ssh`")
    }

    static let kubernetesGlobalOptions = ByteSet(["-n", "--namespace", "--context", "--cluster", "--kubeconfig", "-s", "--server", "--user", "-c", "--container", "-f", "--filename", "--pod-running-timeout", "--as", "--as-group"])

    static let containerRunOptions = ByteSet([
        "-e", "--env", "--env-file", "-u", "--user", "-w", "--workdir", "--detach-keys", "-v", "--volume", "-p", "--publish",
        "--name", "--network", "--net", "--entrypoint", "--mount", "-m", "--memory", "--cpus", "-l", "--label", "--restart",
        "--hostname", "-h", "--add-host", "--device", "--cap-add", "--cap-drop", "--security-opt", "--pid", "--ipc", "--uts",
        "--log-driver", "--log-opt", "--platform", "--pull", "--runtime", "--shm-size", "--tmpfs", "--ulimit", "--userns",
        "--volumes-from", "--dns", "--gpus", "-c", "--cpu-shares", "--health-cmd", "--stop-signal", "--stop-timeout",
        "--init-path", "--cgroupns", "--cidfile", "--expose", "--group-add", "--ip", "--link", "--mac-address", "--memory-swap",
        "-a", "--attach", "--label-file", "--network-alias", "--oom-score-adj", "--storage-opt", "--sysctl", "--workdir",
    ])

    /// `kubectl exec POD -- CMD`, `docker exec CONTAINER CMD`, `docker run IMAGE CMD`:
    /// the command inside the container is judged too.
    mutating func containerExec(_ name: String, _ entry: Catalog.Entry?, _ args: ArgumentList, _ a: inout Assessment, _ ctx: Context) {
        let items = args.items
        var remote = ctx
        remote.remote = true
        // Positions of the positional arguments (no argument is copied to find the verb).
        // The catalog's option list when there is one, so the engine and the catalog
        // find the same verb: otherwise `kubectl --request-timeout 5s exec p -- CMD`
        // is `exec` (read-only) to the catalog while CMD is never judged here.
        // (Changed with the kubernetes catalog family.)
        let kubernetes = name == "kubectl" || name == "oc"
        let options = entry?.valueOptionTable ?? (kubernetes ? Judge.kubernetesGlobalOptions : Judge.containerRunOptions)
        // The verb first: most invocations (`get`, `logs`, `ps`) stop there.
        guard let first = args.firstPositionalIndex(valueOptions: options), let verb = items[first].value else { return }
        if kubernetes {
            guard verb == "exec" || verb == "run" || verb == "debug" else { return }
            guard let dash = items.firstIndex(where: { $0.isStatic && $0.text == "--" }) else {
                // Old form `kubectl exec POD CMD ...`.
                let slots = args.positionalIndices(valueOptions: options)
                if verb == "exec", slots.count > 2 { remoteCommand(slots.dropFirst(2).map { items[$0] }, &a, remote) }
                return
            }
            let inner = Array(items[(dash + 1)...])
            if !inner.isEmpty { remoteCommand(inner, &a, remote) }
            return
        }
        // Same as above: agree with the catalog on the verb (`docker --context prod exec ...`).
        let containerPosition: Int
        switch verb {
        case "exec", "run", "create": containerPosition = 1
        case "compose", "container": containerPosition = 2
        default: return
        }
        let slots = args.positionalIndices(valueOptions: options)
        // `compose exec|run SERVICE CMD`, `container exec|run CONTAINER CMD`.
        if containerPosition == 2 {
            guard slots.count > 1, let sub = items[slots[1]].value, sub == "exec" || sub == "run" else { return }
        }
        // `run --entrypoint PROGRAM IMAGE ARGS`: PROGRAM runs with ARGS (`--entrypoint sh alpine -c CMD`).
        let entrypoint = verb == "exec" ? nil : args.optionValues(Judge.entrypointOption).last.flatMap { $0.isStatic && $0.text.isEmpty ? nil : $0 }
        guard slots.count > containerPosition + (entrypoint == nil ? 1 : 0) else { return }
        // The command follows the container (or image) operand.
        // (The first argument with its span: brace expansion gives several arguments one span.)
        let target = items[slots[containerPosition]].span
        guard let start = items.firstIndex(where: { $0.span == target }) else { return }
        var inner = Array(items[(start + 1)...])
        if let entrypoint {
            var program = entrypoint
            // An entrypoint only known at run time is a dynamic command name.
            if !program.isStatic { program.markDynamic(word: resolver.word(of: program)) }
            inner.insert(program, at: 0)
        }
        if !inner.isEmpty { remoteCommand(inner, &a, remote) }
    }

    static let entrypointOption = OptionNames(["--entrypoint"])

    /// Whether an embedded option's gate lets it hold a command in `args`.
    func opens(_ gate: EmbeddedOption.Gate, _ entry: Catalog.Entry?, _ args: ArgumentList) -> Bool {
        switch gate {
        case .always:
            return true
        case .subcommands(let subs):
            guard let entry else { return true }
            guard let first = args.firstPositionalIndex(valueOptions: entry.valueOptionTable), let sub = args.items[first].value
            else { return false }
            return subs.contains(sub)
        case .optionValueIn(let names, let values):
            guard let value = args.optionValues(names).last else { return true }
            return !value.isStatic || values.contains(value.text)
        }
    }

    /// The `KEY` of a `KEY=value` option value when the key is written as plain text
    /// in front of a run-time value (`ControlPath="$S"`, `-oControlPath=$S`).
    func staticKey(of value: Argument, option: EmbeddedOption) -> Substring? {
        guard case .literal(let first)? = resolver.word(of: value).parts.first else { return nil }
        var text = Substring(first.text)
        if let attached = option.names.first(where: { text.hasPrefix($0) }) { text = text.dropFirst(attached.count) }
        guard let eq = text.firstIndex(of: "="), eq > text.startIndex else { return nil }
        return text[..<eq]
    }

    private mutating func remoteCommand(_ inner: [Argument], _ a: inout Assessment, _ ctx: Context) {
        var sub = Assessment(span: a.span)
        invocation(inner, &sub, ctx, stdin: .inherited)
        for r in sub.reasons { a.add(r) }
    }

    // MARK: Database clients

    /// A database client with no inline statement reads statements from standard input.
    mutating func databaseStandardInput(_ name: String, _ args: ArgumentList, _ a: inout Assessment, _ ctx: Context, stdin: StandardInput) {
        // psql's `-e` (echo) and `-q` (quiet) are flags, not statements.
        let inline: [String] = name == "psql"
            ? ["-c", "--command", "-f", "--file"]
            : ["-c", "--command", "-e", "--execute", "-f", "--file", "--eval", "--query", "-q", "-x"]
        if args.hasOption(inline) { return }
        if case .inherited = stdin { return }
        stdinCode(stdin, language: .sql(name), consumer: name, &a, ctx)
    }

    // MARK: Options whose values are commands

    /// Options that hand a command to the program (`tar --to-command`, `rsync -e`,
    /// `git -c core.pager=...`, `ssh -o ProxyCommand=...`): the command is judged.
    mutating func embeddedCommands(
        _ name: String, _ entry: Catalog.Entry?, _ options: [EmbeddedOption], _ args: ArgumentList, _ a: inout Assessment, _ ctx: Context
    ) {
        if name == "git" { gitConfigCommand(entry, args, &a, ctx) }
        for option in options where opens(option.gate, entry, args) {
            var values = args.optionValues(option.options)
            // `ssh -vo KEY=VALUE`: a short option inside a cluster of flags.
            if !option.shortLetters.isEmpty {
                values += args.clusterValues(option.shortLetters, valueLetters: entry?.valueLetters ?? ShortOptionLetters())
            }
            for value in values {
                var v = value
                switch option.kind {
                case .shellString:
                    break
                case .prefixed(let prefix):
                    guard v.isStatic, v.text.hasPrefix(prefix) else { continue }
                    v.text = String(v.text.dropFirst(prefix.count))
                case .keyValue(let keys):
                    guard v.isStatic, let eq = v.text.firstIndex(of: "=") else {
                        // `-o ControlPath="$S"`: a run-time value under a key written out is code only for a command key.
                        if !v.isStatic, let key = staticKey(of: v, option: option)?.lowercased(),
                            !keys.contains(where: { EmbeddedCommands.keyMatches(Substring(key), $0) })
                        {
                            continue
                        }
                        if !v.isStatic { codeString(v, &a, ctx, origin: "`\(name) \(option.names[0])`") }
                        continue
                    }
                    let key = v.text[..<eq].lowercased()
                    guard keys.contains(where: { EmbeddedCommands.keyMatches(Substring(key), $0) }) else { continue }
                    v.text = String(v.text[v.text.index(after: eq)...])
                    if v.text.utf8HasPrefix("!") { v.text.removeFirst() }
                    if key == "core.hookspath" {
                        a.add(Reason(rule: "git.hooks-path", message: "runs hook scripts from `\(v.text)`, whose contents are not analysed", verdict: .review, risk: .criticalWrite, span: ctx.span(value.span)), origin: .shape)
                        continue
                    }
                }
                codeString(v, &a, ctx, origin: "the command given to `\(name) \(option.names[0])`")
            }
        }
    }

    /// `git config [set] KEY VALUE` for a key whose value git runs (`core.pager`, `alias.*`
    /// with `!`, `core.sshCommand`...): the value is judged as the command it becomes, as
    /// for `git -c KEY=VALUE`, since every later git command may run it.
    mutating func gitConfigCommand(_ entry: Catalog.Entry?, _ args: ArgumentList, _ a: inout Assessment, _ ctx: Context) {
        let p = args.positionals(valueOptions: entry?.valueOptionTable ?? ByteSet([String]()))
        guard p.count >= 3, p[0].isStatic, p[0].text == "config" else { return }
        var i = 1
        if p[i].isStatic, p[i].text == "set" || p[i].text == "--add" { i += 1 }
        guard i + 1 < p.count, p[i].isStatic else { return }
        let key = p[i].text.lowercased()
        guard EmbeddedCommands.gitCommandKeys.contains(where: { EmbeddedCommands.keyMatches(Substring(key), $0) }), key != "core.hookspath" else {
            return
        }
        var value = p[i + 1]
        if value.isStatic, value.text.utf8HasPrefix("!") {
            value.text.removeFirst()
        } else if key.utf8HasPrefix("alias.") {
            return  // an alias without `!` names git subcommands, not a shell command
        } else if key.utf8HasPrefix("credential."), !(value.isStatic && value.text.utf8HasPrefix("/")) {
            return  // `credential.helper store` runs `git credential-store`; only `!CMD` or a path is a command
        }
        codeString(value, &a, ctx, origin: "the command `git config \(p[i].text)` sets, which later git commands run")
    }
}
