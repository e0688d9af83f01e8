/// Processes: signalling, killing and re-prioritising. `nice`, `ionice`,
/// `timeout` and friends are wrappers the engine unwraps; `pgrep`, `pidof` and
/// `ps` are diagnostics.
///
/// Signalling one process is a reviewed write. Signalling PID 1, every process
/// (`kill -1`, `killall5`), every process of root, or init, systemd or sshd by
/// name is `block`: no orderly intent is expressed that way (`systemctl` is the
/// orderly path) and the host or every remote session goes down with it.
enum ProcessesFamily {
    static let family = CatalogFamily(syntaxes: syntaxes, rules: killRules + patternRules + otherRules)

    static let syntaxes: [CommandSyntax] = [
        .reviewed(["kill"], .processes, "sends a signal to processes", valueOptions: ["-s", "-n", "--signal", "-q", "--queue", "--timeout"], fallback: .safeWrite),
        .reviewed(["pkill"], .processes, "signals every process whose name matches a pattern",
                  valueOptions: ["-g", "--pgroup", "-G", "--group", "-P", "--parent", "-s", "--session", "-t", "--terminal", "-u", "--euid", "-U", "--uid",
                                 "-F", "--pidfile", "--ns", "--nslist", "-q", "--queue", "--signal", "-O", "--older", "--cgroup", "-e"],
                  fallback: .criticalWrite),
        .reviewed(["killall"], .processes, "signals every process with a given name",
                  valueOptions: ["-u", "--user", "-s", "--signal", "-o", "--older-than", "-y", "--younger-than", "-n", "--ns", "-Z", "--context"],
                  fallback: .criticalWrite),
        .reviewed(["killall5"], .processes, "signals every process on the host", fallback: .block),
        .reviewed(["skill", "snice"], .processes, "signals or re-prioritises processes by user, terminal or command",
                  valueOptions: ["-t", "--tty", "-u", "--user", "-p", "--pid", "-c", "--command", "--ns", "--nslist"], fallback: .criticalWrite),
        .reviewed(["fuser"], .processes, "shows (or with `-k` kills) the processes using files or sockets",
                  valueOptions: ["-n", "--namespace"], fallback: .readOnly),
        .reviewed(["renice"], .processes, "changes the scheduling priority of running processes",
                  valueOptions: ["-n", "--priority", "--relative", "-g", "--pgrp", "-p", "--pid", "-u", "--user"], fallback: .safeWrite),
    ]

    // `kill` reads options only before the first operand (`kill 1 -l` signals PID 1,
    // then fails on `-l`), so its read-only forms are recognised by position.
    static let signalZero: ArgCondition = .any([
        .argument(0, .equals(["-0", "-SIG0", "-sig0", "--signal=0"])),
        .all([.argument(0, .equals(["-s", "-n", "--signal"])), .argument(1, .equals(["0", "SIG0", "sig0"]))]),
    ])
    static let listSignals: ArgCondition = .argument(0, .equals(["-l", "-L", "--list", "--table"]))
    /// `-1` in any position but the first is pid -1 (first, it is the signal HUP).
    static let minusOneAsPid: ArgCondition = .any((1...16).map { ArgCondition.argument($0, .equals(pidMinusOne)) })
    static let forceSignal: ArgCondition = .any([
        .anyArgument(.equals(["-9", "-KILL", "-SIGKILL", "-kill", "-sigkill"])),
        .optionValue(["-s", "-n", "--signal"], .equals(["9", "KILL", "SIGKILL", "kill", "sigkill"])),
    ])

    /// PID 1 and pid -1 as `kill` parses them (decimal, so leading zeros and `+` change nothing).
    static let pidOne = ["1", "01", "001", "0001", "+1", "+01"]
    static let pidMinusOne = ["-1", "-01", "-001", "-0001"]

    static let killRules: [CatalogRule] = [
        CatalogRule(
            id: "processes.kill.list", commands: ["kill"], when: listSignals,
            effect: .readOnly, message: "lists signal names",
            examples: ["kill -l", "kill -L", "kill -l 9"], counterexamples: ["kill 1234", "kill 1 -l", "kill -9 1 -l"]),
        CatalogRule(
            id: "processes.kill.check", commands: ["kill"], when: signalZero, unless: listSignals,
            effect: .readOnly, message: "signal 0 only checks that the process exists",
            // `kill -0 $PID`: the unquoted `$PID` could hold `-s 9 1`, so the check does not apply.
            examples: ["kill -0 1234", "kill -s 0 $(cat /run/app.pid)", "kill -0 1"],
            counterexamples: ["kill -9 1234", "kill 1 -0", "kill -9 1 -s 0", "kill -0 $PID"]),
        CatalogRule(
            id: "processes.kill.signal", commands: ["kill"], unless: .any([listSignals, signalZero]),
            effect: .safeWrite, message: "sends a signal to a process (by default SIGTERM, which ends it)",
            examples: ["kill 1234", "kill -HUP 4242", "kill -s TERM 1234", "kill %1", "kill $(cat /run/app.pid)"], counterexamples: ["kill -0 1234", "kill -l"]),
        CatalogRule(
            id: "processes.kill.force", commands: ["kill"], when: forceSignal, unless: listSignals,
            effect: .criticalWrite, message: "SIGKILL ends a process without letting it clean up (unflushed data, stale locks)",
            examples: ["kill -9 1234", "kill -KILL 1234", "kill -s KILL 1234", "kill -9 $(pgrep java)", "kill --signal=9 1234"], counterexamples: ["kill -15 1234"]),
        CatalogRule(
            id: "processes.kill.process-group", commands: ["kill"],
            when: .any([.anyPositional(.equals(["0"])), .anyPositional(.prefix(["-"]))]), unless: .any([listSignals, signalZero]),
            effect: .criticalWrite, message: "signals a whole process group (`0` is the caller's own group)",
            examples: ["kill 0", "kill -- -4242", "kill -TERM -- -4242"], counterexamples: ["kill 4242"]),
        CatalogRule(
            id: "processes.kill.init", commands: ["kill"], when: .anyPositional(.equals(pidOne)), unless: .any([listSignals, signalZero]),
            effect: .block, message: "signals PID 1 (init/systemd): the whole host depends on it",
            examples: ["kill 1", "kill -9 1", "kill -HUP 1", "kill -s TERM 1", "sudo kill -SEGV 1", "/bin/kill -TERM 1", "kill -9 01", "kill +1"], counterexamples: ["kill -0 1", "kill 12"]),
        CatalogRule(
            id: "processes.kill.all", commands: ["kill"],
            when: .any([.anyPositional(.equals(pidMinusOne)), minusOneAsPid]),
            unless: .any([listSignals, signalZero]),
            effect: .block, message: "pid -1 signals every process the caller may signal (as root: the whole host)",
            examples: ["kill -9 -1", "kill -- -1", "kill -s KILL -1", "kill -TERM -1", "kill -1 -1", "kill -kill -1", "kill -9 -01", "kill 1234 -1"],
            counterexamples: ["kill -1 1234", "kill -0 -1", "kill 1234", "kill -1"]),
    ]

    /// Patterns and names whose processes keep the host alive or reachable.
    static let vitalProcessNames = [
        "init", "systemd", "sshd", "ssh", "dbus-daemon", "dbus", "dbus-broker", "systemd-journald", "systemd-logind", "journald",
        "^systemd", "^sshd", "sshd:", "^init$", "^systemd$", "^sshd$", "^init", "^ssh", "ssh$", "sshd$", "^ssh.*", "ssh.*", "sshd.*",
        "systemd$", "init$", "[s]shd", "s[s]hd", "ss[h]d", "ssh[d]",
    ]
    /// Patterns that match every process.
    static let matchAllPatterns = ["", ".", ".*", ".+", "^", "$", "^.*", ".*$", "^.*$", "*", "[a-z]", "[a-z]*", "\\w", "\\w*"]
    static let userOptions = ["-u", "--user", "--euid", "-U", "--uid"]
    /// `-u root`, `-u 0`, or root in a list (`-u deploy,root`).
    static let rootUser: ArgCondition = RuleVocabulary.listNames(userOptions, ["root", "0"])

    static let patternRules: [CatalogRule] = [
        CatalogRule(
            id: "processes.pkill.check", commands: ["pkill", "killall"],
            when: .any([.anyArgument(.equals(["-0"])), .optionValue(["-s", "--signal"], .equals(["0"])), .option(["-l", "--list"])]),
            effect: .readOnly, message: "signal 0 only checks for matching processes; `killall -l` lists signals",
            examples: ["pkill -0 nginx", "killall -l"], counterexamples: ["pkill nginx"]),
        CatalogRule(
            id: "processes.pkill.signal", commands: ["pkill", "killall"],
            unless: .any([.anyArgument(.equals(["-0"])), .optionValue(["-s", "--signal"], .equals(["0"])), .option(["-l", "--list", "-V", "--version", "-h", "--help"])]),
            effect: .criticalWrite, message: "signals every process whose name or command line matches, which may be more than intended",
            examples: ["pkill nginx", "pkill -HUP -f 'gunicorn: master'", "killall -9 java", "pkill -u deploy node"], counterexamples: ["pkill -0 nginx"]),
        CatalogRule(
            id: "processes.pkill.vital", commands: ["pkill", "killall"],
            when: .any([.anyPositional(.equals(vitalProcessNames)), .anyPositional(.equals(matchAllPatterns)), rootUser,
                        .optionValue(["-P", "--parent"], .equals(pidOne))]),
            unless: .any([.anyArgument(.equals(["-0"])), .option(["-l", "--list"])]),
            effect: .block, message: "signals init, systemd, sshd or the system bus, every process of root, every child of PID 1, or every process",
            examples: ["pkill sshd", "killall -9 systemd", "pkill -9 -u root", "pkill -f .", "killall -u root", "pkill -P 1", "pkill -KILL -f '.*'", "killall init", "pkill -u deploy,root"],
            counterexamples: ["pkill -f myapp.jar", "killall nginx", "pkill -u deploy"]),
        CatalogRule(
            id: "processes.killall.regex-all", commands: ["killall"], when: .all([.option(["-r", "--regexp"]), .anyPositional(.equals(matchAllPatterns))]),
            effect: .block, message: "`killall -r` with a pattern that matches every process",
            examples: ["killall -r '.*'"], counterexamples: ["killall -r 'php-fpm.*'"]),
        CatalogRule(
            id: "processes.killall5", commands: ["killall5"],
            effect: .block, message: "`killall5` signals every process except the caller's session (used by shutdown scripts)",
            examples: ["killall5", "killall5 -9", "sudo killall5 -15"]),
        CatalogRule(
            id: "processes.skill.read", commands: ["skill", "snice"], when: .option(["-l", "-L", "--list", "--table", "-n", "--no-action", "-V", "--version", "-h", "--help"]),
            effect: .readOnly, message: "lists signals, or only shows what would be affected",
            examples: ["skill -l", "skill -n -u deploy", "snice -n -u deploy"], counterexamples: ["skill -KILL -u deploy"]),
        CatalogRule(
            id: "processes.skill.vital", commands: ["skill"],
            when: .any([rootUser, .optionValue(["-c", "--command"], .equals(vitalProcessNames)), .anyPositional(.equals(["root"] + vitalProcessNames))]),
            unless: .option(["-l", "-L", "--list", "--table", "-n", "--no-action"]),
            effect: .block, message: "signals every process of root, or init, systemd or sshd",
            examples: ["skill -KILL -u root", "skill -9 root", "skill -c sshd"], counterexamples: ["skill -STOP -u deploy"]),
    ]

    static let otherRules: [CatalogRule] = [
        CatalogRule(
            id: "processes.fuser.kill", commands: ["fuser"], when: .any([.shortFlag("k"), .option(["--kill"])]),
            effect: .criticalWrite, message: "`fuser -k` kills every process using the files, mounts or ports",
            examples: ["fuser -k 8080/tcp", "fuser -km /mnt/data", "fuser -k -TERM /var/log/app.log"], counterexamples: ["fuser -v /mnt/data", "fuser -vm /mnt/data"]),
        CatalogRule(
            id: "processes.fuser.kill-system", commands: ["fuser"],
            when: .all([.any([.shortFlag("k"), .option(["--kill"])]), .any([.anyPositional(.catastrophicPath), .anyPositional(.equals(["22/tcp", "ssh/tcp"]))])]),
            effect: .block, message: "kills every process using the root or a system file system, or sshd's port",
            examples: ["fuser -km /", "fuser -k -m /usr", "fuser -k 22/tcp"], counterexamples: ["fuser -km /mnt/data"]),
        CatalogRule(
            id: "processes.fuser.list", commands: ["fuser"], unless: .any([.shortFlag("k"), .option(["--kill"])]),
            effect: .readOnly, message: "shows which processes use files, mounts or ports",
            examples: ["fuser -v /var/lib/dpkg/lock", "fuser -vm /mnt/data", "fuser 80/tcp"], counterexamples: ["fuser -k 80/tcp"]),
        CatalogRule(
            id: "processes.renice", commands: ["renice"], unless: .option(["-V", "--version", "-h", "--help"]),
            effect: .safeWrite, message: "changes the priority of running processes",
            examples: ["renice -n 10 -p 1234", "renice +5 -u deploy"], counterexamples: ["renice --version"]),
        CatalogRule(
            id: "processes.snice", commands: ["snice"], unless: .option(["-l", "-L", "--list", "--table", "-n", "--no-action", "-V", "--version", "-h", "--help"]),
            effect: .safeWrite, message: "changes the priority of processes chosen by user, terminal or command",
            examples: ["snice +4 -u deploy"], counterexamples: ["snice -n -u deploy"]),
        CatalogRule(
            id: "processes.renice.version", commands: ["renice"], when: .option(["-V", "--version", "-h", "--help"]),
            effect: .readOnly, message: "prints the version or help",
            examples: ["renice --version"], counterexamples: ["renice -n 5 -p 1"]),
    ]
}
