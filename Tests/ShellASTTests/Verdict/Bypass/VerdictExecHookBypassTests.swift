import Testing
@testable import ShellAST

/// Programs that run other programs: `find -exec`, `xargs`, awk's `system`, sed's
/// `e`, tar's checkpoint actions, git's command-valued configuration, rsync's
/// remote shell, and other options whose value is a command or a file written.
@Suite("Bypass: exec hooks and option values")
struct VerdictExecHookBypassTests {
    static let find = BypassFamily(
        name: "find -exec",
        cases: [
            VerdictCase("find /etc -exec sh -c 'rm -rf /' \\;", .block, RuleID.rmRoot),
            VerdictCase("find . -exec bash -c 'rm -rf /' \\;", .block, RuleID.rmRoot),
            VerdictCase("find . -ok rm -rf / \\;", .block, RuleID.rmRoot),
            VerdictCase("find . -execdir rm -rf / \\;", .block, RuleID.rmRoot),
            VerdictCase("'find' / -exec 'rm' -rf / '\\;'", .block, RuleID.rmRoot),
            VerdictCase("find . -type f -exec chmod 777 /etc/shadow \\;", .block, "files.chmod.protected"),
            VerdictCase("find / -delete", .block, "diagnostics.find.delete-root"),
            VerdictCase("find . -name '*.tmp' -exec rm {} \\;", .review, "files.rm"),
            VerdictCase("find . -name x -exec sh -c \"$CMD\" \\;", .block, RuleID.dynamicCode),
        ],
        gaps: [
            KnownEngineGap(
                "find / -exec rm -rf {} \\;", .block, RuleID.rmRoot, today: .review,
                bug: "`{}` is judged as an unknown argument; under `find /` it stands for every path, `/` included"),
            KnownEngineGap(
                "find / -exec rm -rf {} +", .block, RuleID.rmRoot, today: .review,
                bug: "`{}` is judged as an unknown argument; under `find /` it stands for every path, `/` included"),
            KnownEngineGap(
                "find / -name '*' -execdir rm {} \\;", .block, RuleID.rmRoot, today: .review,
                bug: "`{}` is judged as an unknown argument; under `find /` it stands for every path"),
            KnownEngineGap(
                "find / $IFS-delete", .block, today: .allow,
                bug: "`$IFS-delete` splits into `-delete`; `$IFS` is only looked for in command names"),
            KnownEngineGap(
                "x=-delete; find / $x", .block, today: .allow,
                bug: "static variables are not substituted in arguments: `find / $x` with `x=-delete` is allowed"),
        ])

    static let xargs = BypassFamily(
        name: "xargs and parallel",
        cases: [
            VerdictCase("find . -name x | xargs rm -rf", .review, "files.rm.recursive"),
            VerdictCase("xargs -I{} sh -c 'rm {}'", .block, "exec.dynamic-code"),
            VerdictCase("ls | xargs -I{} rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("xargs sh -c 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("ls | xargs -I % sh -c 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("ls | parallel rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("'xargs' rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("xargs -a list rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("cat cmds.txt | parallel", .block, RuleID.stdinCode),
            VerdictCase("ls | xargs -I % sh -c '%'", .block, RuleID.dynamicCode),
        ],
        gaps: [
            KnownEngineGap(
                "ls | xargs -I{} sh -c '{}'", .block, RuleID.dynamicCode, today: .review,
                bug: "`xargs -I{}` with the replacement string attached is not recognised: `sh -c '{}'` is judged as the command `{}`"),
        ])

    static let awk = BypassFamily(
        name: "awk",
        cases: [
            VerdictCase("awk '{print | \"sh\"}' cmds", .block, "exec.stdin-code"),
            VerdictCase("gawk 'BEGIN{system(\"ls\")}'", .review, "interpreters.awk.runs-commands"),
            VerdictCase("awk 'BEGIN { while ((\"ls\" | getline l) > 0) print l }'", .review, "interpreters.awk.runs-commands"),
            VerdictCase("awk '{printf \"%s\\n\", $0 |& \"sh\"}' f", .review, "interpreters.awk.runs-commands"),
            VerdictCase("awk -f prog.awk data", .review, "interpreters.awk.program-file"),
        ],
        gaps: [
            KnownEngineGap(
                "awk 'BEGIN{system(\"rm -rf /\")}'", .block, RuleID.rmRoot, today: .review,
                bug: "the string given to awk's `system()` is not judged as a command"),
            KnownEngineGap(
                "awk 'BEGIN { while ((\"rm -rf /\" | getline l) > 0) print l }'", .block, RuleID.rmRoot, today: .review,
                bug: "the command string before awk's `| getline` is not judged"),
            KnownEngineGap(
                "awk -v cmd='rm -rf /' 'BEGIN{system(cmd)}'", .block, today: .review,
                bug: "a static `-v` variable passed to `system()` is not judged"),
            KnownEngineGap(
                "awk \"$PROG\" data", .block, RuleID.dynamicCode, today: .allow,
                bug: "an awk program only known at run time is allowed; it may run commands (`python3 -c \"$X\"` is blocked)"),
        ])

    static let sed = BypassFamily(
        name: "sed",
        cases: [
            VerdictCase("sed -e 's/x/y/e' f", .review, "interpreters.sed.runs-commands"),
            VerdictCase("sed 's/.*/rm &/e' list", .review, "interpreters.sed.runs-commands"),
            VerdictCase("sed -i 's/a/b/' /etc/passwd", .block, "interpreters.sed.in-place-protected"),
            VerdictCase("sed -f edit.sed data", .review, "interpreters.sed.script-file"),
        ],
        gaps: [
            KnownEngineGap(
                "sed 's/.*/rm -rf \\//e'", .block, RuleID.rmRoot, today: .review,
                bug: "the replacement of `s///e` runs as a command and is static here; it is not judged"),
            KnownEngineGap(
                "sed 'e rm -rf /' f", .block, RuleID.rmRoot, today: .review,
                bug: "the command after sed's `e` is static; it is not judged"),
            KnownEngineGap(
                "sed -n '1e rm -rf /' f", .block, RuleID.rmRoot, today: .review,
                bug: "the command after sed's `e` is static; it is not judged"),
            KnownEngineGap(
                "sed \"$SCRIPT\" f", .block, RuleID.dynamicCode, today: .allow,
                bug: "a sed script only known at run time is allowed; it may run commands with `e`"),
            KnownEngineGap(
                "sed 's/.*/x/'\"$FLAGS\" f", .block, RuleID.dynamicCode, today: .allow,
                bug: "a sed script with a dynamic part is allowed; the dynamic part may be the `e` flag"),
        ])

    static let tar = BypassFamily(
        name: "tar",
        cases: [
            VerdictCase("tar -cf /dev/null x --checkpoint=1 --checkpoint-action=exec='rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("tar -cf a x --checkpoint-action exec='rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("tar -cf a.tar --to-command='rm -rf /' x", .block, RuleID.rmRoot),
            VerdictCase("tar -I 'rm -rf /' -cf a.tar x", .block, RuleID.rmRoot),
            VerdictCase("tar --use-compress-program='sh -c \"rm -rf /\"' -cf a x", .block, RuleID.rmRoot),
            VerdictCase("tar -cf a x --checkpoint-action=exec='bash -c \"rm -rf /\"'", .block, RuleID.rmRoot),
            VerdictCase("tar -xf a.tar -C /", .block, "files.tar.extract-root"),
            VerdictCase("tar -xf a.tar --directory=/etc", .block, "files.tar.extract-root"),
        ],
        gaps: [
            KnownEngineGap(
                "tar xf a.tar -C /", .block, "files.tar.extract-root", today: .review,
                bug: "old-style tar keys without a dash (`tar xf`) are not read as options"),
        ])

    static let git = BypassFamily(
        name: "git",
        cases: [
            VerdictCase("git -c core.pager='rm -rf /' log", .block, RuleID.rmRoot),
            VerdictCase("git -c core.sshCommand='rm -rf /' fetch", .block, RuleID.rmRoot),
            VerdictCase("git -c diff.external='rm -rf /' diff", .block, RuleID.rmRoot),
            VerdictCase("git -c alias.x='!rm -rf /' x", .block, RuleID.rmRoot),
            VerdictCase("git -c core.editor='rm -rf /' commit", .block, RuleID.rmRoot),
            VerdictCase("git -c 'core.pager=sh -c \"rm -rf /\"' log", .block, RuleID.rmRoot),
            VerdictCase("git --upload-pack='rm -rf /' fetch origin", .block, RuleID.rmRoot),
            VerdictCase("git -c core.pager=\"$P\" log", .block, RuleID.dynamicCode),
        ])

    static let rsync = BypassFamily(
        name: "rsync",
        cases: [
            VerdictCase("rsync -e 'sh -c \"rm -rf /\"' a b:", .block, RuleID.rmRoot),
            VerdictCase("rsync -e 'rm -rf /' a b", .block, RuleID.rmRoot),
            VerdictCase("rsync --rsh='sh -c \"rm -rf /\"' a b", .block, RuleID.rmRoot),
            VerdictCase("rsync --rsync-path='rm -rf /' a host:b", .block, RuleID.rmRoot),
            VerdictCase("rsync -a /var/lib/data/ user@host:/backup/", .block, "files.remote-destination"),
        ],
        gaps: [
            KnownEngineGap(
                "rsync -a --delete empty/ /", .block, today: .review,
                bug: "`rsync --delete` onto the root or a system tree is only a critical write"),
        ])

    /// Options whose value is a command, or a file the program writes.
    static let optionValues = BypassFamily(
        name: "option values",
        cases: [
            VerdictCase("ssh -o ProxyCommand='rm -rf /' host", .block, RuleID.rmRoot),
            VerdictCase("scp -S 'rm -rf /' a b", .block, RuleID.rmRoot),
            VerdictCase("rg --pre 'rm -rf /' x", .block, RuleID.rmRoot),
            VerdictCase("sort --compress-program='rm -rf /' f", .block, RuleID.rmRoot),
            VerdictCase("man -P 'rm -rf /' ls", .block, RuleID.rmRoot),
            VerdictCase("strace -o /etc/passwd ls", .block, RuleID.writeProtected),
            VerdictCase("ssh host 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("kubectl exec pod -- rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("docker exec c rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("docker run --rm alpine rm -rf /", .block, RuleID.rmRoot),
        ],
        gaps: [
            KnownEngineGap(
                "ssh -oProxyCommand='rm -rf /' host", .block, RuleID.rmRoot, today: .review,
                bug: "option values attached to short options (`-oKEY=CMD`) are not searched for commands"),
            KnownEngineGap(
                "man -P'rm -rf /' ls", .block, RuleID.rmRoot, today: .allow,
                bug: "option values attached to short options (`-PCMD`) are not searched for commands: `man` looks read-only"),
            KnownEngineGap(
                "tar -I'rm -rf /' -cf a.tar x", .block, RuleID.rmRoot, today: .review,
                bug: "option values attached to short options (`-ICMD`) are not searched for commands"),
            KnownEngineGap(
                "rsync -e'rm -rf /' a b", .block, RuleID.rmRoot, today: .review,
                bug: "option values attached to short options (`-eCMD`) are not searched for commands"),
            KnownEngineGap(
                "git -ccore.pager='rm -rf /' log", .block, RuleID.rmRoot, today: .review,
                bug: "option values attached to short options (`-cKEY=CMD`) are not searched for commands"),
            KnownEngineGap(
                "sort -o/etc/passwd x", .block, RuleID.writeProtected, today: .allow,
                bug: "`sort -oFILE` (value attached) is not recognised as `-o`: a write to any file is allowed"),
            KnownEngineGap(
                "sort -o /etc/passwd x", .block, RuleID.writeProtected, today: .review,
                bug: "the file `sort -o` writes is not judged by the path rules"),
            KnownEngineGap(
                "uniq in /etc/passwd", .block, RuleID.writeProtected, today: .review,
                bug: "the output file of `uniq IN OUT` is not judged by the path rules"),
            KnownEngineGap(
                "dd if=x of=/etc/sudoers", .block, today: .review,
                bug: "`dd of=` is checked against a list of prefixes that leaves out `/etc/sudoers`, `/etc/group`..."),
            KnownEngineGap(
                "tcpdump -w /dev/sda", .block, RuleID.writeDevice, today: .review,
                bug: "the file `tcpdump -w` writes is not judged by the path rules"),
            KnownEngineGap(
                "find . -fprint /etc/passwd", .block, RuleID.writeProtected, today: .review,
                bug: "the file `find -fprint` writes is not judged by the path rules"),
            KnownEngineGap(
                "sed -n 'w /etc/passwd' f", .block, RuleID.writeProtected, today: .review,
                bug: "the file sed's `w` command writes is not judged by the path rules"),
            KnownEngineGap(
                "awk '{print > \"/etc/passwd\"}' f", .block, RuleID.writeProtected, today: .review,
                bug: "the file awk's `print >` writes is not judged by the path rules"),
            KnownEngineGap(
                "ssh host find / -delete", .block, today: .review,
                bug: "the remote command of `ssh` loses its options: `find / -delete` is judged as `find /`"),
        ])

    /// Tools catalogued as read-only diagnostics that can run a command.
    static let diagnosticRunners = BypassFamily(
        name: "diagnostic tools that run commands",
        cases: [
            VerdictCase("strace -e trace=none rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("ltrace -o /tmp/t rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("nice -n 5 strace -f sh -c 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("tcpdump -i any -w a.pcap -z gzip", .review, "diagnostics.tcpdump.write"),
            VerdictCase("rg --pre=sh x", .review, "exec.interactive"),
        ],
        gaps: [
            KnownEngineGap(
                "perf stat rm -rf /", .block, RuleID.rmRoot, today: .allow,
                bug: "`perf stat CMD` runs CMD; `perf` is read-only in the catalog and the command is never judged"),
            KnownEngineGap(
                "timeout 5 perf stat -- rm -rf /", .block, RuleID.rmRoot, today: .allow,
                bug: "`perf stat -- CMD` runs CMD; the command is never judged"),
            KnownEngineGap(
                "perf trace -- rm -rf /", .block, RuleID.rmRoot, today: .review,
                bug: "`perf trace CMD` runs CMD; only the write of a data file is judged"),
            KnownEngineGap(
                "fd . / -x rm -rf", .block, RuleID.rmRoot, today: .allow,
                bug: "`fd -x`/`--exec` runs a command per file like `find -exec`; `fd` is read-only in the catalog"),
            KnownEngineGap(
                "fdfind -e log --exec rm {}", .review, "files.rm", today: .allow,
                bug: "`fd --exec` runs a command per file like `find -exec`; the command is never judged"),
            KnownEngineGap(
                "bpftrace --unsafe -e 'BEGIN { system(\"rm -rf /\") }'", .block, RuleID.rmRoot, today: .allow,
                bug: "bpftrace programs can run commands with `system()`; `bpftrace` is read-only in the catalog"),
            KnownEngineGap(
                "less '+!rm -rf /' f", .block, RuleID.rmRoot, today: .allow,
                bug: "`less +CMDS` runs less commands at start-up, and `!` runs a shell command"),
            KnownEngineGap(
                "busctl call org.freedesktop.systemd1 /org/freedesktop/systemd1 org.freedesktop.systemd1.Manager Reboot", .block, today: .allow,
                bug: "`busctl call` invokes any D-Bus method (here: reboot); `busctl` is read-only in the catalog"),
        ])

    @Test(arguments: find.cases) func findExecVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: xargs.cases) func xargsVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: awk.cases) func awkVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: sed.cases) func sedVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: tar.cases) func tarVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: git.cases) func gitVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: rsync.cases) func rsyncVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: optionValues.cases) func optionValuesVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: diagnosticRunners.cases) func diagnosticRunnersVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: [find, xargs, awk, sed, tar, rsync, optionValues, diagnosticRunners].flatMap(\.gaps)) func knownGaps(_ g: KnownEngineGap) { expectKnownGap(g) }
}
