import Testing
@testable import ShellAST

/// Wrappers run the command that follows them; the engine must find it past
/// each wrapper's own options and judge it as if it stood alone.
@Suite("Bypass: wrappers")
struct VerdictWrapperBypassTests {
    static let wrappers = BypassFamily(
        name: "wrappers",
        cases: [
            VerdictCase("sudo rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("sudo -u root rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("sudo -uroot rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("sudo --user=root rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("sudo -u root -g root -H rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("sudo -s -- rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("sudo sudo sudo rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("doas rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("doas -u root rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("pkexec rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("runuser -u root -- rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("env rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("env -i rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("env -u FOO rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("env -uFOO rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("env A=1 B=2 rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("env -C / rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("/usr/bin/env -S 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("env --split-string='rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("timeout 5 rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("timeout -s KILL 5 rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("timeout -sKILL 5 rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("timeout --kill-after=2 5 rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("timeout -k 5 10 rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("nice -n 5 nohup rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("nice rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("nice -5 rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("nice --adjustment=5 rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("nohup rm -rf / &", .block, RuleID.rmRoot),
            VerdictCase("ionice -c 3 rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("ionice -c3 rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("stdbuf -o0 rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("setsid -f rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("strace -f rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("strace -o /tmp/t -f rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("time rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("time -p rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("flock /tmp/l rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("chroot / rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("exec rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("exec -a foo rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("command rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("command -p rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("command -- rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("builtin eval 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("busybox rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("busybox sh -c 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("chrt -f 99 rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("numactl -N 0 rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("unshare -r rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("nsenter -t 1 -m -u -i -n -p rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("systemd-run rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("watch rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("watch -x rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("watch -n 1 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("xargs rm -rf / < /dev/null", .block, RuleID.rmRoot),
            VerdictCase("xargs -n 1 -P 4 rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("nohup nice timeout 5 sudo env rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("sudo -E env PATH=/x rm -rf /", .block, RuleID.rmRoot),
            // A wrapper without a command starts a shell that reads the terminal.
            VerdictCase("nsenter -t 1 -m -u -i -n -p", .review, "exec.interactive"),
            VerdictCase("sudo -i", .review, "exec.interactive"),
        ],
        gaps: [
            KnownEngineGap(
                "sudo rm -rf / -e", .block, RuleID.rmRoot, today: .review,
                bug: "`sudo` looks for `-e` (`--edit`) among all arguments, the command's included: any command with `-e` is only `sudoedit`"),
            KnownEngineGap(
                "sudo perl -e 'system(\"rm -rf /\")'", .block, RuleID.rmRoot, today: .review,
                bug: "`sudo` takes the command's `-e` for its own `--edit`: the command is never judged"),
            KnownEngineGap(
                "sudo bash -e -c 'rm -rf /'", .block, RuleID.rmRoot, today: .review,
                bug: "`sudo` takes the command's `-e` for its own `--edit`: the command is never judged"),
            KnownEngineGap(
                "sudo rsync -e 'rm -rf /' a b", .block, RuleID.rmRoot, today: .review,
                bug: "`sudo` takes the command's `-e` for its own `--edit`: the command is never judged"),
            KnownEngineGap(
                "sudo grep -e ERROR /var/log/syslog", .allow, today: .review,
                bug: "`sudo` takes the command's `-e` for its own `--edit`: a read-only search needs review"),
            KnownEngineGap(
                "sudo -e /etc/sudoers", .block, RuleID.writeProtected, today: .review,
                bug: "`sudoedit` of an account or privilege file is only a critical write; the path rules are not applied"),
            KnownEngineGap(
                "env -S'rm -rf /'", .block, RuleID.rmRoot, today: .allow,
                bug: "`env -S` with its value attached (`-S'CMD'`) is not seen: `env` looks like it prints the environment"),
            KnownEngineGap(
                "env -Srm\\ -rf\\ /", .block, RuleID.rmRoot, today: .allow,
                bug: "`env -S` with its value attached (`-S'CMD'`) is not seen: `env` looks like it prints the environment"),
            KnownEngineGap(
                "flock /tmp/l -c 'rm -rf /'", .block, RuleID.rmRoot, today: .review,
                bug: "`flock FILE -c CMD`: options after the lock file are not parsed, `-c` is taken for the program"),
            KnownEngineGap(
                "taskset -c 0 rm -rf /", .block, RuleID.rmRoot, today: .review,
                bug: "`taskset -c LIST CMD` has no mask operand; the engine skips `rm` as if it were the mask"),
            KnownEngineGap(
                "parallel ::: 'rm -rf /'", .block, RuleID.rmRoot, today: .review,
                bug: "`parallel` without a command runs its arguments as commands"),
            KnownEngineGap(
                "parallel rm -rf ::: /", .block, RuleID.rmRoot, today: .review,
                bug: "the arguments after `:::` are not given to the command"),
        ])

    @Test(arguments: wrappers.cases) func wrappersVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: wrappers.gaps) func knownGaps(_ g: KnownEngineGap) { expectKnownGap(g) }
}
