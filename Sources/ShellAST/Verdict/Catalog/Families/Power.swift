private typealias Rules = RuleVocabulary

/// Power: shutdown, reboot, halt, runlevels, suspend, kexec. The `systemctl`
/// power verbs (`systemctl reboot`...) are in `Services.swift`, with this
/// family's category, because `systemctl` has one syntax entry.
///
/// An orderly reboot or power-off is a critical write that a human reviews, not
/// `block`: rebooting an instance is a legitimate critical remediation (the
/// seed's `reboot_instance` action), and a policy can only ever tighten `block`.
/// What is blocked is the disorderly variant that equals a hardware reset —
/// forced twice or without syncing disks (`reboot -ff`, `--no-sync`,
/// `kexec -e`) — exactly as `echo b > /proc/sysrq-trigger` is blocked by the
/// path rules: services are not stopped, disks are not synced, data is lost.
enum PowerFamily {
    static let family = CatalogFamily(syntaxes: syntaxes, rules: rules)

    static let syntaxes: [CommandSyntax] = [
        .reviewed(["shutdown"], .power, "shuts the host down or reboots it", valueOptions: ["-t"], fallback: .criticalWrite),
        .reviewed(["reboot", "halt", "poweroff"], .power, "reboots, halts or powers off the host", fallback: .criticalWrite),
        .reviewed(["init", "telinit"], .power, "changes the runlevel"),
        .readOnly(["runlevel"], "prints the previous and current runlevel", category: .power),
        .reviewed(["rtcwake"], .power, "suspends the host until a wake-up time",
                  valueOptions: ["-m", "--mode", "-s", "--seconds", "-t", "--time", "--date", "-d", "--device", "-A", "--adjfile"], fallback: .criticalWrite),
        .reviewed(["kexec"], .power, "loads or boots another kernel", valueOptions: ["--initrd", "--append", "--command-line", "--dtb", "-t", "--type"], fallback: .block),
        .reviewed(["pm-suspend", "pm-hibernate", "pm-suspend-hybrid"], .power, "suspends or hibernates the host", fallback: .criticalWrite),
    ]

    static let hardReset: ArgCondition = .any([
        .repeatedFlag("f", long: ["--force"], atLeast: 2), .shortFlag("n"), .option(["--no-sync"]),
    ])
    static let powerHelp: ArgCondition = .option(["--help", "-h", "--version"])

    static let rules: [CatalogRule] = [
        CatalogRule(
            id: "power.reboot", commands: ["reboot"], unless: .any([.option(["-w", "--wtmp-only", "-p", "--poweroff", "--halt"]), powerHelp]),
            effect: .criticalWrite, message: "reboots the host: every service stops and it is unreachable until it is back (reviewed: a legitimate critical remediation)",
            examples: ["reboot", "sudo reboot", "/sbin/reboot", "systemd-run --on-active=60 reboot"], counterexamples: ["reboot --wtmp-only"]),
        CatalogRule(
            id: "power.poweroff", commands: ["halt", "poweroff"], unless: .any([.option(["-w", "--wtmp-only", "--reboot"]), powerHelp]),
            effect: .criticalWrite, message: "halts or powers off the host: it does not come back without out-of-band access",
            examples: ["poweroff", "halt", "halt -p", "sudo /usr/sbin/poweroff"], counterexamples: ["poweroff --wtmp-only"]),
        CatalogRule(
            id: "power.reboot.poweroff", commands: ["reboot"], when: .option(["-p", "--poweroff", "--halt"]), unless: .any([.option(["-w", "--wtmp-only"]), powerHelp]),
            effect: .criticalWrite, message: "`reboot -p`/`--halt` powers the host off or halts it instead of rebooting",
            examples: ["reboot -p", "reboot --halt"], counterexamples: ["reboot"]),
        CatalogRule(
            id: "power.poweroff.reboot", commands: ["halt", "poweroff"], when: .option(["--reboot"]), unless: .any([.option(["-w", "--wtmp-only"]), powerHelp]),
            effect: .criticalWrite, message: "`--reboot` reboots the host",
            examples: ["poweroff --reboot"], counterexamples: ["poweroff"]),
        CatalogRule(
            id: "power.force", commands: ["halt", "poweroff", "reboot"], when: .any([.option(["-f", "--force"]), .shortFlag("f")]),
            effect: .criticalWrite, message: "`--force` skips the orderly stop of services",
            examples: ["reboot -f", "poweroff --force"], counterexamples: ["reboot"]),
        CatalogRule(
            id: "power.hard-reset", commands: ["halt", "poweroff", "reboot"], when: hardReset,
            effect: .block, message: "powers off or reboots immediately without stopping services or syncing disks: a hardware reset that loses data",
            examples: ["reboot -ff", "poweroff --no-sync", "reboot -f --force", "halt -n", "reboot -f -f", "poweroff --force --force", "reboot -fnf", "reboot -nf", "halt -dn"],
            counterexamples: ["reboot -f", "reboot", "reboot --force", "reboot -f -- -f"]),
        CatalogRule(
            id: "power.wtmp-only", commands: ["halt", "poweroff", "reboot"], when: .option(["-w", "--wtmp-only"]),
            effect: .safeWrite, message: "only writes the shutdown record to wtmp; nothing is stopped",
            examples: ["reboot -w"], counterexamples: ["reboot"]),
        CatalogRule(
            id: "power.shutdown", commands: ["shutdown"], unless: .any([.option(["-c", "-k"]), .all([.option(["--show", "--help"]), .positionalCount(0...0)])]),
            effect: .criticalWrite, message: "shuts down (powers off by default) or with `-r` reboots the host at the given time (reviewed: a legitimate critical remediation)",
            examples: ["shutdown -h now", "shutdown -r now", "shutdown -r +5 'kernel update'", "shutdown now", "shutdown -P 23:00"], counterexamples: ["shutdown -c"]),
        CatalogRule(
            id: "power.shutdown.cancel", commands: ["shutdown"], when: .option(["-c", "-k"]),
            effect: .safeWrite, message: "cancels a pending shutdown (`-c`), or only warns logged-in users (`-k`)",
            examples: ["shutdown -c", "shutdown -k +5 'maintenance soon'"], counterexamples: ["shutdown -r now"]),
        CatalogRule(
            id: "power.shutdown.show", commands: ["shutdown", "halt", "poweroff", "reboot"], when: .all([.option(["--show", "--help"]), .positionalCount(0...0)]),
            unless: .option(["-c", "-k"]),
            effect: .readOnly, message: "shows the pending shutdown or help",
            examples: ["shutdown --show", "reboot --help"], counterexamples: ["shutdown now", "shutdown -r now --show"]),
        CatalogRule(
            id: "power.init.halt", commands: ["init", "telinit"], subcommands: [["0"], ["6"]],
            effect: .criticalWrite, message: "runlevel 0 powers the host off, runlevel 6 reboots it",
            examples: ["init 0", "init 6", "telinit 6", "sudo init 0"], counterexamples: ["init q"]),
        CatalogRule(
            id: "power.init.runlevel", commands: ["init", "telinit"],
            subcommands: ["1", "2", "3", "4", "5", "s", "S", "single", "emergency", "rescue", "a", "b", "c"].map { [$0] },
            effect: .criticalWrite, message: "switches runlevel: services are stopped (single-user mode also stops sshd and networking)",
            examples: ["init 1", "telinit 3", "init S"], counterexamples: ["telinit q"]),
        CatalogRule(
            id: "power.init.reload", commands: ["init", "telinit"], subcommands: [["q"], ["Q"], ["u"], ["U"]],
            effect: .safeWrite, message: "re-reads the init configuration or re-executes init in place",
            examples: ["init q", "telinit u"], counterexamples: ["init 6"]),
        CatalogRule(
            id: "power.init.version", commands: ["init", "telinit", "kexec", "rtcwake"], when: Rules.helpOrVersion,
            effect: .readOnly, message: "prints the version or help",
            examples: ["init --version", "kexec --version"], counterexamples: ["init 0"]),
        CatalogRule(
            id: "power.rtcwake.show", commands: ["rtcwake"],
            when: .any([.option(["-n", "--dry-run", "--list-modes"]), .optionValue(["-m", "--mode"], .equals(["show"]))]),
            effect: .readOnly, message: "shows the wake alarm or the modes; nothing is suspended",
            examples: ["rtcwake -m show", "rtcwake -n -m mem -s 60", "rtcwake --list-modes"], counterexamples: ["rtcwake -m mem -s 600", "rtcwake -l -m off -s 60"]),
        CatalogRule(
            id: "power.rtcwake.alarm", commands: ["rtcwake"], when: .optionValue(["-m", "--mode"], .equals(["no", "disable"])),
            unless: .option(["-n", "--dry-run"]),
            effect: .safeWrite, message: "sets or clears the wake alarm without suspending",
            examples: ["rtcwake -m no -s 3600"], counterexamples: ["rtcwake -m off -s 3600"]),
        CatalogRule(
            id: "power.rtcwake.suspend", commands: ["rtcwake"],
            unless: .any([.option(["-n", "--dry-run", "--list-modes"]), .optionValue(["-m", "--mode"], .equals(["show", "no", "disable"])), Rules.helpOrVersion]),
            effect: .criticalWrite, message: "suspends, hibernates or powers off the host until the alarm",
            examples: ["rtcwake -m mem -s 600", "rtcwake -m off -t 1700000000"], counterexamples: ["rtcwake -m show"]),
        CatalogRule(
            id: "power.kexec.load", commands: ["kexec"],
            when: .option(["-l", "--load", "-p", "--load-panic", "-u", "--unload", "-S", "--status"]),
            unless: .option(["-e", "--exec"]),
            effect: .safeWrite, message: "loads or unloads a kernel for a later kexec or crash dump; nothing boots yet",
            examples: ["kexec -l /boot/vmlinuz --initrd=/boot/initrd.img --reuse-cmdline", "kexec -p /boot/vmlinuz-crash"], counterexamples: ["kexec -e"]),
        CatalogRule(
            id: "power.kexec.exec", commands: ["kexec"],
            unless: .any([.all([.option(["-l", "--load", "-p", "--load-panic", "-u", "--unload", "-S", "--status"]),
                               .not(.option(["-e", "--exec"]))]), Rules.helpOrVersion]),
            effect: .block, message: "boots a kernel immediately, without stopping services or syncing disks",
            examples: ["kexec -e", "kexec /boot/vmlinuz", "kexec -l /boot/vmlinuz -e"], counterexamples: ["kexec -l /boot/vmlinuz"]),
        CatalogRule(
            id: "power.suspend", commands: ["pm-suspend", "pm-hibernate", "pm-suspend-hybrid"],
            effect: .criticalWrite, message: "suspends or hibernates the host: it stops answering until woken",
            examples: ["pm-suspend", "pm-hibernate"]),
    ]
}
