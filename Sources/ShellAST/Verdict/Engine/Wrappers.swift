/// How a wrapper program (`sudo`, `timeout`, `nice`...) finds the command it runs.
struct WrapperSpec: Sendable {
    /// Options that take a separate value (`-u root`, `-n 10`).
    var valueOptions: Set<String> = []
    /// Positional arguments before the command (`timeout DURATION`, `chroot DIR`).
    var leadingPositionals = 0
    /// Options whose value is a shell command string (`su -c 'CMD'`, `flock -c`).
    var commandStringOptions: Set<String> = []
    /// Options after which no command runs (`sudo -l`, `command -v`): read-only.
    var inspectOptions: Set<String> = []
    /// Whether the wrapper starts an interactive shell when no command is given.
    var shellWithoutCommand = false
    /// Whether `NAME=value` arguments before the command set its environment (`env`).
    var takesAssignments = false
    /// What the wrapper itself does, when it matters (entering namespaces, changing root).
    var effect: (rule: String, risk: RiskClass, message: String)? = nil
    /// Options whose value is a file the wrapper writes (`strace -o FILE`).
    var outputFileOptions: Set<String> = []
    /// Whether arguments after the user go to the user's shell, and a lone `-` is
    /// the login option (`su - root -c CMD`, `su root -- -c CMD`).
    var argumentsGoToShell = false
}

/// The wrappers the engine unwraps, with knowledge of their options.
enum Wrappers {
    static let specs: [String: WrapperSpec] = {
        var s: [String: WrapperSpec] = [:]
        let sudo = WrapperSpec(
            valueOptions: ["-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-T", "-U", "--user", "--group", "--close-from",
                           "--chdir", "--host", "--prompt", "--role", "--type", "--command-timeout", "--other-user"],
            inspectOptions: ["-l", "--list", "-v", "--validate", "-k", "-K", "--reset-timestamp", "--remove-timestamp", "-V", "--version", "-h", "--help"],
            shellWithoutCommand: true)
        s["sudo"] = sudo
        s["doas"] = WrapperSpec(valueOptions: ["-u", "-C"], inspectOptions: ["-C", "-L"], shellWithoutCommand: true)
        s["pkexec"] = WrapperSpec(valueOptions: ["--user"], inspectOptions: ["--version", "--help"], shellWithoutCommand: true)
        // `su [options] [-] [USER] [-c CMD]`: options may follow the user.
        s["su"] = WrapperSpec(
            valueOptions: ["-s", "--shell", "-g", "--group", "-G", "--supp-group", "-w", "--whitelist-environment"],
            leadingPositionals: 1, commandStringOptions: ["-c", "--command", "--session-command"], shellWithoutCommand: true,
            argumentsGoToShell: true)
        s["runuser"] = WrapperSpec(
            valueOptions: ["-u", "--user", "-s", "--shell", "-g", "--group", "-G", "--supp-group", "-w"],
            leadingPositionals: 1, commandStringOptions: ["-c", "--command", "--session-command"], shellWithoutCommand: true,
            argumentsGoToShell: true)
        s["sg"] = WrapperSpec(leadingPositionals: 1, commandStringOptions: ["-c"], shellWithoutCommand: true)
        s["env"] = WrapperSpec(
            valueOptions: ["-u", "--unset", "-C", "--chdir", "-P", "--block-signal", "--default-signal", "--ignore-signal"],
            commandStringOptions: ["-S", "--split-string"], inspectOptions: ["--help", "--version"], takesAssignments: true)
        s["nohup"] = WrapperSpec()
        s["timeout"] = WrapperSpec(valueOptions: ["-s", "--signal", "-k", "--kill-after"], leadingPositionals: 1)
        s["nice"] = WrapperSpec(valueOptions: ["-n", "--adjustment"])
        s["ionice"] = WrapperSpec(valueOptions: ["-c", "--class", "-n", "--classdata", "-p", "--pid", "-P", "--pgid", "-u", "--uid"])
        s["time"] = WrapperSpec(valueOptions: ["-f", "--format", "-o", "--output"], outputFileOptions: ["-o", "--output"])
        s["stdbuf"] = WrapperSpec(valueOptions: ["-i", "-o", "-e", "--input", "--output", "--error"])
        s["setsid"] = WrapperSpec()
        s["strace"] = WrapperSpec(
            valueOptions: ["-o", "-e", "-p", "-s", "-u", "-E", "-P", "-I", "-b", "-O", "-a", "-X", "--output", "--attach", "--user", "--env"],
            effect: (rule: "wrapper.trace", risk: .readOnly, message: "traces the command's system calls"),
            outputFileOptions: ["-o", "--output"])
        s["ltrace"] = WrapperSpec(
            valueOptions: ["-o", "-e", "-p", "-s", "-u", "-n", "-l", "-A", "-D", "-F", "--output"],
            effect: (rule: "wrapper.trace", risk: .readOnly, message: "traces the command's library calls"),
            outputFileOptions: ["-o", "--output"])
        s["chroot"] = WrapperSpec(
            valueOptions: ["--userspec", "--groups"], leadingPositionals: 1, shellWithoutCommand: true,
            effect: (rule: "wrapper.chroot", risk: .criticalWrite, message: "runs the command inside another root directory"))
        s["nsenter"] = WrapperSpec(
            valueOptions: ["-t", "--target", "-S", "--setuid", "-G", "--setgid"], shellWithoutCommand: true,
            effect: (rule: "wrapper.nsenter", risk: .criticalWrite, message: "enters another process's namespaces (often the host's)"))
        s["unshare"] = WrapperSpec(
            valueOptions: ["--setgroups", "--propagation", "--map-user", "--map-group", "-S", "--setuid", "-G", "--setgid", "-R", "--root", "-w", "--wd"],
            shellWithoutCommand: true,
            effect: (rule: "wrapper.unshare", risk: .safeWrite, message: "runs the command in new namespaces"))
        s["flock"] = WrapperSpec(
            valueOptions: ["-w", "--wait", "--timeout", "-E", "--conflict-exit-code"], leadingPositionals: 1,
            commandStringOptions: ["-c", "--command"])
        s["command"] = WrapperSpec(inspectOptions: ["-v", "-V"])
        s["builtin"] = WrapperSpec()
        s["exec"] = WrapperSpec(valueOptions: ["-a"])
        s["busybox"] = WrapperSpec(inspectOptions: ["--list", "--list-full", "--help"])
        s["taskset"] = WrapperSpec(leadingPositionals: 1)
        s["prlimit"] = WrapperSpec(valueOptions: ["-p", "--pid", "-o", "--output"])
        s["chrt"] = WrapperSpec(leadingPositionals: 1)
        s["numactl"] = WrapperSpec(
            valueOptions: ["-N", "--cpunodebind", "-m", "--membind", "-C", "--physcpubind", "-p", "--preferred", "-i", "--interleave"])
        s["systemd-run"] = WrapperSpec(
            valueOptions: ["-p", "--property", "-u", "--unit", "--description", "--slice", "-E", "--setenv", "--uid", "--gid",
                           "--nice", "--working-directory", "-M", "--machine", "-H", "--host", "--on-calendar", "--on-active",
                           "--on-boot", "--on-startup", "--on-unit-active", "--on-unit-inactive", "--timer-property", "--path-property",
                           "--socket-property", "--service-type"],
            effect: (rule: "wrapper.systemd-run", risk: .safeWrite, message: "starts the command as a transient systemd unit"))
        s["sshpass"] = WrapperSpec(valueOptions: ["-p", "-f", "-d", "-P"])
        s["caffeinate"] = WrapperSpec(valueOptions: ["-t", "-w"])
        // Container entry points and process supervisors that switch user or limits, then exec.
        s["gosu"] = WrapperSpec(leadingPositionals: 1)
        s["su-exec"] = WrapperSpec(leadingPositionals: 1)
        s["chpst"] = WrapperSpec(valueOptions: ["-u", "-U", "-b", "-e", "-/", "-n", "-l", "-L", "-m", "-d", "-o", "-p", "-f", "-c", "-r", "-t"])
        s["setpriv"] = WrapperSpec(
            valueOptions: ["--reuid", "--regid", "--ruid", "--euid", "--rgid", "--egid", "--groups", "--inh-caps", "--ambient-caps",
                           "--bounding-set", "--securebits", "--pdeathsig", "--selinux-label", "--apparmor-profile", "--landlock-access",
                           "--landlock-rule", "--seccomp-filter", "--rlimit"])
        s["tini"] = WrapperSpec(valueOptions: ["-e", "-p"])
        s["cgexec"] = WrapperSpec(valueOptions: ["-g"])
        s["dbus-launch"] = WrapperSpec(valueOptions: ["--config-file"])
        s["unbuffer"] = WrapperSpec()
        s["chronic"] = WrapperSpec()
        s["entr"] = WrapperSpec()
        // `screen [options] CMD ARGS` runs CMD in a new session (`-dmS NAME` detached: a cluster);
        // `-X CMD` sends a screen command to a running session, `-ls` only lists.
        s["screen"] = WrapperSpec(
            valueOptions: ["-S", "-c", "-e", "-h", "-p", "-s", "-t", "-T", "-X", "-Logfile", "-r", "-x", "-R"],
            inspectOptions: ["-ls", "-list", "-v", "--version", "-help"], shellWithoutCommand: true,
            effect: (rule: "wrapper.screen", risk: .safeWrite, message: "starts the command in a screen session, where it keeps running"))
        // `capsh … -- ARGS` gives ARGS to a shell (`capsh -- -c CMD`).
        s["capsh"] = WrapperSpec(
            inspectOptions: ["--print", "--current", "--decode", "--supports", "--has-p", "--has-i", "--has-a", "--has-b", "--help"],
            shellWithoutCommand: true, argumentsGoToShell: true)
        return s
    }()
}

/// Programs that run another command after a subcommand: `uv run CMD`,
/// `bundle exec CMD`, `conda run -n env CMD`, `perf stat CMD`.
struct SubcommandWrapper: Sendable {
    /// The subcommand words that introduce the command.
    var subcommands: [[String]]
    /// Options between the subcommand and the command that take a separate value.
    var valueOptions: Set<String>
    /// Operands between the options and the command (`ip netns exec NAME CMD`: 1).
    var operands = 0
    /// Global options in front of the subcommand that drop those operands
    /// (`ip -all netns exec CMD` names no namespace).
    var noOperandsWith: Set<String> = []
    /// Subcommands whose command words are joined into one line a shell runs
    /// (`git submodule foreach CMD`), not run as a program with arguments.
    var shellStringSubcommands: [[String]] = []
}

extension Wrappers {
    static let subcommandWrappers: [String: SubcommandWrapper] = {
        var s: [String: SubcommandWrapper] = [:]
        s["uv"] = SubcommandWrapper(
            subcommands: [["run"], ["tool", "run"]],
            valueOptions: ["--with", "--python", "-p", "--directory", "--project", "--env-file", "--extra", "--group", "--index", "--from", "--package"])
        s["poetry"] = SubcommandWrapper(subcommands: [["run"]], valueOptions: ["-C", "--directory", "-P", "--project"])
        s["pipenv"] = SubcommandWrapper(subcommands: [["run"]], valueOptions: ["--python"])
        s["bundle"] = SubcommandWrapper(subcommands: [["exec"]], valueOptions: ["--gemfile"])
        s["npm"] = SubcommandWrapper(subcommands: [["exec"], ["x"]], valueOptions: ["-p", "--package", "-w", "--workspace", "-c", "--call"])
        s["pnpm"] = SubcommandWrapper(subcommands: [["exec"], ["dlx"]], valueOptions: ["-C", "--dir", "--filter"])
        s["yarn"] = SubcommandWrapper(subcommands: [["exec"], ["dlx"]], valueOptions: [])
        for name in ["conda", "mamba", "micromamba"] {
            s[name] = SubcommandWrapper(subcommands: [["run"]], valueOptions: ["-n", "--name", "-p", "--prefix", "--cwd"])
        }
        s["perf"] = SubcommandWrapper(
            subcommands: [["stat"], ["record"], ["trace"], ["sched", "record"], ["lock", "record"], ["mem", "record"], ["kvm", "stat"], ["c2c", "record"]],
            valueOptions: ["-e", "--event", "-p", "--pid", "-t", "--tid", "-o", "--output", "-C", "--cpu", "-G", "--cgroup", "-I", "--interval-print",
                           "-r", "--repeat", "-x", "--field-separator", "-F", "--freq", "-c", "--count", "-m", "--mmap-pages", "-u", "--uid"])
        s["nix"] = SubcommandWrapper(subcommands: [["shell"], ["develop"], ["run"]], valueOptions: ["-p", "--packages", "--arg", "--argstr", "-f", "--file"])
        s["dotnet"] = SubcommandWrapper(subcommands: [["exec"]], valueOptions: [])
        s["ip"] = SubcommandWrapper(subcommands: [["netns", "exec"]], valueOptions: [], operands: 1, noOperandsWith: ["-all", "-a"])
        // tmux gives a command to the default shell in a new session, window or pane
        // (`tmux new -d 'CMD'`), runs one (`run-shell`), or types keys into a pane's shell
        // (`send-keys 'CMD' Enter`): the words are judged as a shell line. (`-d` and `-h`
        // are flags here: detached, horizontal; `run-shell -d DELAY` then reads as a line
        // starting `DELAY`, an unknown program.)
        s["tmux"] = SubcommandWrapper(
            subcommands: [],
            valueOptions: ["-c", "-e", "-F", "-n", "-s", "-t", "-x", "-y", "-f", "-l", "-T", "-w", "-S"],
            shellStringSubcommands: Wrappers.tmuxShellCommands.map { [$0] })
        // `git bisect run CMD ARGS` runs CMD at each step; `git submodule foreach CMD`
        // gives CMD to a shell in every submodule.
        s["git"] = SubcommandWrapper(
            subcommands: [["bisect", "run"]], valueOptions: [], shellStringSubcommands: [["submodule", "foreach"]])
        return s
    }()

    /// tmux commands whose trailing words are a shell line (long names and aliases).
    static let tmuxShellCommands = [
        "new-session", "new", "new-window", "neww", "split-window", "splitw", "respawn-pane", "respawnp", "respawn-window", "respawnw",
        "run-shell", "run", "display-popup", "popup", "send-keys", "send", "pipe-pane", "pipep", "if-shell", "if",
    ]
}

extension Judge {
    /// Judges the command a subcommand wrapper runs (`uv run rm -rf /` is `rm -rf /`).
    mutating func subcommandWrapper(_ spec: SubcommandWrapper, _ name: String, _ args: ArgumentList, _ a: inout Assessment, _ ctx: Context) {
        let items = args.items
        // The subcommand words come first, after global options.
        var i = 0
        var operands = spec.operands
        while i < items.count, items[i].isStatic, items[i].text.utf8HasPrefix("-") {
            if spec.noOperandsWith.contains(items[i].text) { operands = 0 }
            i += 1
        }
        let matches = { (words: [String]) in
            i + words.count <= items.count && zip(words, items[i...]).allSatisfy { $1.isStatic && $1.text == $0 }
        }
        let shellString = spec.shellStringSubcommands.first(where: matches)
        guard let sub = shellString ?? spec.subcommands.first(where: matches) else { return }
        i += sub.count
        while i < items.count {
            let arg = items[i]
            guard arg.isStatic else { break }
            if arg.text == "--" {
                i += 1
                break
            }
            guard arg.text.utf8HasPrefix("-"), arg.text.utf8.count > 1 else { break }
            if spec.valueOptions.contains(arg.text) { i += 1 }
            i += 1
        }
        i += operands
        guard i < items.count else { return }
        if shellString != nil {
            // The words joined with spaces are the command line; one known only at run
            // time makes the whole line unknown.
            let words = items[i...]
            let line = words.first(where: { !$0.isStatic }) ?? Argument(
                madeText: words.map(\.text).joined(separator: " "),
                span: SourceSpan(start: words.first!.span.start, end: words.last!.span.end))
            codeString(line, &a, ctx, origin: "the command `\(name) \(sub.joined(separator: " "))` gives to a shell")
            return
        }
        nestedInvocation(Array(items[i...]), &a, ctx, stdin: .inherited)
        // `nix shell -c CMD` / `--command CMD` forms are handled as embedded command strings.
    }
}
