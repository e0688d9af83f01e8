import Testing
@testable import ShellAST

/// Environment variables that change what runs, and redirections: writes judged
/// by their target, targets only known at run time, network devices.
@Suite("Bypass: loader environment variables and redirections")
struct VerdictEnvironmentAndRedirectBypassTests {
    static let loaderVariables = BypassFamily(
        name: "loader environment variables",
        cases: [
            VerdictCase("LD_PRELOAD=/tmp/x.so ls", .review, RuleID.loader),
            VerdictCase("BASH_ENV=/tmp/x bash -c ls", .review, RuleID.loader),
            VerdictCase("PATH=/tmp:$PATH ls", .review, RuleID.loader),
            VerdictCase("env LD_PRELOAD=/tmp/x.so ls", .review, RuleID.loader),
            VerdictCase("env 'LD_PRELOAD=/tmp/x.so' ls", .review, RuleID.loader),
            VerdictCase("LD_LIBRARY_PATH=/tmp ls", .review, RuleID.loader),
            VerdictCase("LD_AUDIT=/tmp/a.so ls", .review, RuleID.loader),
            VerdictCase("ENV=/tmp/x sh", .review, RuleID.loader),
            VerdictCase("export LD_PRELOAD=/tmp/x.so", .review, RuleID.loader),
            VerdictCase("export PATH=/tmp:$PATH", .review, RuleID.loader),
            VerdictCase("declare -x BASH_ENV=/tmp/x", .review, RuleID.loader),
            VerdictCase("PYTHONPATH=/tmp python3 -m json.tool f", .review, RuleID.loader),
            VerdictCase("NODE_OPTIONS='--require /tmp/x.js' node app.js", .review, RuleID.loader),
            VerdictCase("GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=core.pager GIT_CONFIG_VALUE_0=sh git log", .review, RuleID.loader),
            VerdictCase("LD_PRELOAD=/tmp/x.so rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("env -i PATH=/usr/bin ls", .review, RuleID.loader),
            VerdictCase("PAGER='rm -rf /' man ls", .block, RuleID.rmRoot),
            VerdictCase("GIT_SSH_COMMAND='rm -rf /' git fetch", .block, RuleID.rmRoot),
            VerdictCase("PROMPT_COMMAND='rm -rf /' bash -i", .block, RuleID.rmRoot),
        ],
        gaps: [
        ])

    static let redirectTargets = BypassFamily(
        name: "redirect targets",
        cases: [
            VerdictCase("echo x > /dev/sda", .block, RuleID.writeDevice),
            VerdictCase("cat x > /dev/nvme0n1", .block, RuleID.writeDevice),
            VerdictCase("echo x > /dev/mem", .block, RuleID.writeDevice),
            VerdictCase("echo x &> /dev/sda", .block, RuleID.writeDevice),
            VerdictCase("echo x >> /etc/sudoers", .block, RuleID.writeProtected),
            VerdictCase("echo x > /etc/passwd", .block, RuleID.writeProtected),
            VerdictCase("echo x >> /etc/shadow", .block, RuleID.writeProtected),
            VerdictCase("echo x >| /etc/group", .block, RuleID.writeProtected),
            VerdictCase("echo x 2> /etc/passwd", .block, RuleID.writeProtected),
            VerdictCase("echo x &>> /etc/sudoers", .block, RuleID.writeProtected),
            VerdictCase("echo x > /etc/sudoers.d/evil", .block, RuleID.writeProtected),
            VerdictCase("echo x >> ~/.ssh/authorized_keys", .block, RuleID.writeProtected),
            VerdictCase("echo x > /boot/grub/grub.cfg", .block, RuleID.writeProtected),
            VerdictCase("echo b > /proc/sysrq-trigger", .block, RuleID.writeProtected),
            VerdictCase("echo 1 > /proc/sys/kernel/panic", .block, RuleID.writeProtected),
            VerdictCase("echo 1 > /sys/block/sda/device/delete", .block, RuleID.writeProtected),
            VerdictCase("echo 1 | sudo tee /sys/bus/pci/devices/0000:00:1f.2/remove", .block, "files.tee.protected"),
            VerdictCase("echo 1 > /sys/bus/pci/rescan", .review, RuleID.writeSystem),
            VerdictCase("echo x > /etc//passwd", .block, RuleID.writeProtected),
            VerdictCase("echo x > /etc/ssh/../passwd", .block, RuleID.writeProtected),
            VerdictCase("{ ls; } > /etc/passwd", .block, RuleID.writeProtected),
            VerdictCase("sudo tee /etc/sudoers < x", .block, "files.tee.protected"),
            VerdictCase("echo 1 > /proc/sys/net/ipv4/ip_forward", .review, RuleID.writeSystem),
            VerdictCase("echo x > /etc/hosts", .review, RuleID.writeSystem),
            VerdictCase("echo x >> ~/.bashrc", .review, RuleID.writeSystem),
            VerdictCase("echo x > out.txt", .review, RuleID.write),
            // Harmless targets.
            VerdictCase("ls > /dev/null", .allow),
            VerdictCase("ls > /dev/null 2>&1", .allow),
            VerdictCase("ls &>/dev/null", .allow),
            VerdictCase("ls 1>&2 2>/dev/null", .allow),
            VerdictCase("ls > /dev/stderr", .allow),
            VerdictCase("exec 2>/dev/null", .allow),
        ])

    static let dynamicTargets = BypassFamily(
        name: "dynamic redirect targets",
        cases: [
            VerdictCase("echo x > \"$F\"", .review, RuleID.dynamicTarget),
            VerdictCase("cat x > $(echo /etc/passwd)", .review, RuleID.dynamicTarget),
            VerdictCase("echo x > $F", .review, RuleID.dynamicTarget),
            VerdictCase("echo x > \"${F}.log\"", .review, RuleID.dynamicTarget),
            VerdictCase("echo x >> \"$(date +%F).log\"", .review, RuleID.dynamicTarget),
            VerdictCase("echo x > `echo /etc/shadow`", .review, RuleID.dynamicTarget),
            VerdictCase("echo x > /tmp/*.log", .review, RuleID.dynamicTarget),
            VerdictCase("echo x > ~/$F", .review, RuleID.dynamicTarget),
            VerdictCase("ls > $(rm -rf /)", .block, RuleID.rmRoot),
            VerdictCase("echo x > ${F:-$(rm -rf /)}", .block, RuleID.rmRoot),
        ])

    @Test(arguments: loaderVariables.cases) func loaderVariablesVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: redirectTargets.cases) func redirectTargetsVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: dynamicTargets.cases) func dynamicRedirectTargetsVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: loaderVariables.gaps) func knownGaps(_ g: KnownEngineGap) { expectKnownGap(g) }
}
