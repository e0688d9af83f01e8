private typealias Rules = RuleVocabulary

/// Services: `systemctl` per verb, including its power verbs (`reboot`,
/// `poweroff`, `rescue`...), whose rules carry the `power` category so a
/// policy's power override applies to them. Other service managers are in
/// `Services+Managers.swift`; `journalctl` stays a diagnostic.
enum ServicesFamily {
    static let family = CatalogFamily(syntaxes: syntaxes, rules: systemctlRules + systemctlPowerRules)

    static let syntaxes: [CommandSyntax] = [
        .reviewed(["systemctl"], .services, "controls systemd units",
                  valueOptions: ["-t", "--type", "-p", "--property", "-P", "-s", "--signal", "-H", "--host", "-M", "--machine", "-n", "--lines",
                                 "-o", "--output", "--state", "--kill-whom", "--kill-value", "--what", "--root", "--image", "--image-policy",
                                 "--job-mode", "--timestamp", "--preset-mode", "--boot-loader-entry", "--boot-loader-menu", "--reboot-argument",
                                 "--message", "--when", "--drop-in", "--check-inhibitors"]),
    ]

    static let readVerbs = [
        "status", "is-active", "is-enabled", "is-failed", "is-system-running", "list-units", "list-unit-files", "list-sockets", "list-timers",
        "list-jobs", "list-dependencies", "list-machines", "list-automounts", "list-paths", "show", "cat", "help", "get-default",
        "show-environment", "whoami",
    ]
    static let safeVerbs = [
        "start", "stop", "restart", "reload", "try-restart", "reload-or-restart", "try-reload-or-restart", "condrestart", "condreload", "condstop",
        "force-reload", "enable", "disable", "reenable", "daemon-reload", "reset-failed", "set-environment", "unset-environment",
        "import-environment", "freeze", "thaw", "log-level", "log-target", "service-log-level", "service-log-target", "cancel", "service-watchdogs",
    ]
    static let criticalVerbs = [
        "mask", "unmask", "kill", "edit", "set-property", "preset", "preset-all", "revert", "link", "isolate", "set-default", "daemon-reexec",
        "clean", "add-wants", "add-requires", "bind", "mount-image", "default", "switch-root",
    ]
    /// Verbs that stop, disable or disrupt a unit.
    static let disruptiveVerbs = [
        "stop", "restart", "try-restart", "reload-or-restart", "try-reload-or-restart", "condrestart", "condstop", "kill", "disable", "mask",
        "freeze", "clean", "set-property", "edit", "revert", "preset", "link", "reenable",
    ]
    static let powerVerbs = [
        "poweroff", "reboot", "halt", "kexec", "suspend", "hibernate", "hybrid-sleep", "suspend-then-hibernate", "sleep", "rescue", "emergency",
        "exit", "soft-reboot",
    ]
    /// Units whose loss cuts remote access, logging, the system bus, the network
    /// or the container runtime.
    static let criticalUnits: [String] = {
        let names = [
            "ssh", "sshd", "systemd-journald", "dbus", "dbus-broker", "networking", "network", "NetworkManager", "systemd-networkd",
            "systemd-resolved", "docker", "containerd", "kubelet", "crio", "cri-o", "systemd-logind", "systemd-udevd", "firewalld", "nftables",
            "iptables", "ufw", "polkit", "auditd", "wpa_supplicant", "systemd-timesyncd",
        ]
        var out: [String] = []
        for n in names { out += [n, n + ".service", n + ".socket"] }
        return out + ["multi-user.target", "network.target", "network-online.target", "sockets.target", "basic.target", "sysinit.target",
                      "default.target", "graphical.target", "local-fs.target", "remote-fs.target", "getty.target", "-.mount", "-.slice", "init.scope"]
    }()
    /// Name prefixes (and globs such as `ssh*`) of the same units.
    static let criticalUnitPrefixes = ["ssh", "systemd-journald", "dbus", "network", "NetworkManager", "systemd-networkd", "docker", "containerd", "kubelet"]
    /// Globs that name every unit.
    static let allUnits = ["*", "*.service", "*.*", "*.socket", "*.target", "*.mount", "*.timer", "*.scope", "*.slice", "?*"]
    static let powerTargets = [
        "poweroff.target", "reboot.target", "halt.target", "kexec.target", "rescue.target", "emergency.target", "shutdown.target",
        "runlevel0.target", "runlevel1.target", "runlevel6.target", "ctrl-alt-del.target", "sleep.target", "suspend.target",
        "hibernate.target", "hybrid-sleep.target", "suspend-then-hibernate.target", "soft-reboot.target", "exit.target",
        "poweroff", "reboot", "halt", "rescue", "emergency", "kexec",
    ]

    static let systemctlRules: [CatalogRule] = [
        CatalogRule(
            id: "services.systemctl.read", commands: ["systemctl"], subcommands: Rules.words(readVerbs),
            effect: .readOnly, message: "shows units, their state, properties or unit files",
            examples: ["systemctl status nginx", "systemctl is-active --quiet nginx", "systemctl list-units --type=service --state=failed",
                       "systemctl show -p MainPID nginx", "systemctl cat nginx", "systemctl --user status app", "systemctl -H web1 status nginx",
                       "sudo systemctl status sshd --no-pager -l", "systemctl list-timers --all"],
            counterexamples: ["systemctl restart nginx"]),
        CatalogRule(
            id: "services.systemctl.list", commands: ["systemctl"], when: .positionalCount(0...0),
            effect: .readOnly, message: "lists loaded units",
            examples: ["systemctl", "systemctl --failed", "systemctl --version", "systemctl -a --no-pager"], counterexamples: ["systemctl stop nginx"]),
        CatalogRule(
            id: "services.systemctl.change", commands: ["systemctl"], subcommands: Rules.words(safeVerbs),
            effect: .safeWrite, message: "starts, stops, restarts, reloads, enables or disables units",
            examples: ["systemctl restart nginx", "systemctl enable --now nginx", "systemctl daemon-reload", "systemctl --user restart app",
                       "systemctl reset-failed", "systemctl stop app.service", "\"systemctl\" 'restart' nginx"],
            counterexamples: ["systemctl status nginx"]),
        CatalogRule(
            id: "services.systemctl.critical", commands: ["systemctl"], subcommands: Rules.words(criticalVerbs),
            effect: .criticalWrite, message: "masks, kills, edits, re-executes or isolates units, or changes their properties or the default target",
            examples: ["systemctl mask nginx", "systemctl kill -s HUP nginx", "systemctl edit nginx", "systemctl isolate multi-user.target",
                       "systemctl set-property nginx CPUQuota=50%", "systemctl daemon-reexec", "systemctl set-default graphical.target"],
            counterexamples: ["systemctl restart nginx"]),
        CatalogRule(
            id: "services.systemctl.critical-unit", commands: ["systemctl"], subcommands: Rules.words(disruptiveVerbs),
            when: .any([.anyPositional(.equals(criticalUnits)), .anyPositional(.prefix(criticalUnitPrefixes))]),
            effect: .criticalWrite, message: "stops, disables or disrupts a unit that remote access, logging, the system bus, the network or the container runtime depends on",
            examples: ["systemctl stop sshd", "systemctl disable --now ssh.socket", "systemctl restart networking", "systemctl mask systemd-journald",
                       "systemctl stop docker containerd", "systemctl kill kubelet", "systemctl -H db1 stop NetworkManager"],
            counterexamples: ["systemctl restart nginx", "systemctl status sshd", "systemctl start docker"]),
        CatalogRule(
            id: "services.systemctl.all-units", commands: ["systemctl"], subcommands: Rules.words(disruptiveVerbs),
            when: .anyPositional(.equals(allUnits)),
            effect: .block, message: "stops, kills, masks or disables every unit matching a glob that names them all",
            examples: ["systemctl stop '*'", "systemctl kill --signal=KILL '*.service'", "systemctl mask '*'"], counterexamples: ["systemctl stop 'nginx*'"]),
        CatalogRule(
            id: "services.systemctl.loader-environment", commands: ["systemctl"], subcommands: [["set-environment"], ["import-environment"]],
            when: .anyPositional(.prefix(["LD_PRELOAD", "LD_LIBRARY_PATH", "LD_AUDIT", "BASH_ENV", "ENV=", "PATH=", "PYTHONPATH", "PERL5OPT", "NODE_OPTIONS"])),
            effect: .block, message: "sets a loader or interpreter variable for every service the manager starts from now on",
            examples: ["systemctl set-environment LD_PRELOAD=/tmp/x.so", "systemctl import-environment LD_PRELOAD"],
            counterexamples: ["systemctl set-environment HTTP_PROXY=http://proxy:3128"]),
    ]

    static let systemctlHardReset: ArgCondition = .any([.anyArgument(.equals(["-ff", "-iff", "-ffi"])), .all([.option(["-f"]), .option(["--force"])])])

    static let systemctlPowerRules: [CatalogRule] = [
        CatalogRule(
            id: "power.systemctl.power", commands: ["systemctl"], subcommands: Rules.words(powerVerbs),
            effect: .criticalWrite, message: "reboots, powers off, suspends the host or drops it to rescue/emergency mode (which stops sshd and networking); reviewed: a legitimate critical remediation",
            examples: ["systemctl reboot", "systemctl poweroff", "systemctl kexec", "systemctl suspend", "systemctl rescue", "systemctl reboot --force", "sudo systemctl halt"],
            counterexamples: ["systemctl status"], category: .power),
        CatalogRule(
            id: "power.systemctl.power-target", commands: ["systemctl"], subcommands: [["isolate"], ["start"], ["restart"], ["enable"]],
            when: .anyPositional(.equals(powerTargets)),
            effect: .criticalWrite, message: "starts or isolates a power or rescue target: the host shuts down, reboots or drops to rescue mode",
            examples: ["systemctl isolate rescue.target", "systemctl start reboot.target", "systemctl isolate runlevel0.target"],
            counterexamples: ["systemctl isolate multi-user.target"], category: .power),
        CatalogRule(
            id: "power.systemctl.hard-reset", commands: ["systemctl"], subcommands: Rules.words(["poweroff", "reboot", "halt", "kexec", "soft-reboot"]),
            when: systemctlHardReset,
            effect: .block, message: "`--force` twice reboots or powers off immediately without stopping services or unmounting: data is lost",
            examples: ["systemctl reboot -ff", "systemctl poweroff --force -f"], counterexamples: ["systemctl reboot --force"], category: .power),
    ]
}
