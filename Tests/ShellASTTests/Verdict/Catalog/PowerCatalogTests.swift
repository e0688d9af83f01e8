import Testing
@testable import ShellAST

/// Verdict table for the power family: orderly power changes are reviewed,
/// hardware-reset equivalents are blocked, systemctl's power verbs count as power.
@Suite struct PowerCatalogTests {
    @Test(arguments: [
        // Read-only.
        VerdictCase("runlevel", .allow, "power.runlevel.default"),
        VerdictCase("shutdown --show", .allow, "power.shutdown.show"),
        VerdictCase("reboot --help", .allow, "power.shutdown.show"),
        VerdictCase("who -b; uptime -s", .allow),
        VerdictCase("last -x reboot | head", .allow),
        VerdictCase("init --version", .allow, "power.init.version"),
        VerdictCase("rtcwake -m show", .allow, "power.rtcwake.show"),
        VerdictCase("systemctl get-default", .allow, "services.systemctl.read"),
        VerdictCase("systemctl is-system-running", .allow, "services.systemctl.read"),
        VerdictCase("echo reboot", .allow),
        VerdictCase("grep -i reboot /var/log/syslog", .allow),
        VerdictCase("journalctl --list-boots", .allow),
        // Orderly power changes: critical, reviewed (a legitimate remediation).
        VerdictCase("reboot", .review, "power.reboot"),
        VerdictCase("sudo reboot", .review, "power.reboot"),
        VerdictCase("/sbin/reboot", .review, "power.reboot"),
        VerdictCase("\"reboot\"", .review, "power.reboot"),
        VerdictCase("timeout 5 reboot", .review, "power.reboot"),
        VerdictCase("reboot -f", .review, "power.force"),
        VerdictCase("poweroff", .review, "power.poweroff"),
        VerdictCase("halt -p", .review, "power.poweroff"),
        VerdictCase("reboot -p", .review, "power.reboot.poweroff"),
        VerdictCase("shutdown -r now", .review, "power.shutdown"),
        VerdictCase("shutdown -h +5 'maintenance'", .review, "power.shutdown"),
        VerdictCase("shutdown now", .review, "power.shutdown"),
        VerdictCase("shutdown -c", .review, "power.shutdown.cancel"),
        VerdictCase("shutdown -k +5 'reboot soon'", .review, "power.shutdown.cancel"),
        VerdictCase("reboot -w", .review, "power.wtmp-only"),
        VerdictCase("init 0", .review, "power.init.halt"),
        VerdictCase("telinit 6", .review, "power.init.halt"),
        VerdictCase("init 1", .review, "power.init.runlevel"),
        VerdictCase("init q", .review, "power.init.reload"),
        VerdictCase("systemctl reboot", .review, "power.systemctl.power"),
        VerdictCase("sudo systemctl poweroff", .review, "power.systemctl.power"),
        VerdictCase("systemctl kexec", .review, "power.systemctl.power"),
        VerdictCase("systemctl suspend", .review, "power.systemctl.power"),
        VerdictCase("systemctl rescue", .review, "power.systemctl.power"),
        VerdictCase("systemctl isolate rescue.target", .review, "power.systemctl.power-target"),
        VerdictCase("systemctl start reboot.target", .review, "power.systemctl.power-target"),
        VerdictCase("systemctl reboot --force", .review, "power.systemctl.power"),
        VerdictCase("rtcwake -m mem -s 600", .review, "power.rtcwake.suspend"),
        VerdictCase("kexec -l /boot/vmlinuz --initrd=/boot/initrd.img --reuse-cmdline", .review, "power.kexec.load"),
        VerdictCase("pm-suspend", .review, "power.suspend"),
        VerdictCase("openrc reboot", .review, "power.openrc.shutdown"),
        VerdictCase("ssh web1 sudo reboot", .review, "power.reboot"),
        // Hardware-reset equivalents: block.
        VerdictCase("reboot -ff", .block, "power.hard-reset"),
        VerdictCase("poweroff --no-sync", .block, "power.hard-reset"),
        VerdictCase("reboot -f --force", .block, "power.hard-reset"),
        VerdictCase("halt -n", .block, "power.hard-reset"),
        VerdictCase("systemctl reboot -ff", .block, "power.systemctl.hard-reset"),
        VerdictCase("systemctl poweroff --force -f", .block, "power.systemctl.hard-reset"),
        VerdictCase("kexec -e", .block, "power.kexec.exec"),
        VerdictCase("kexec /boot/vmlinuz", .block, "power.kexec.exec"),
        VerdictCase("echo b > /proc/sysrq-trigger", .block),
        VerdictCase("echo o | sudo tee /proc/sysrq-trigger", .block),
    ])
    func verdicts(_ c: VerdictCase) {
        expectVerdict(c)
    }

    /// `systemctl reboot` is judged in the power category: a policy that blocks
    /// critical power actions blocks it, while a services restart is unaffected.
    @Test func systemctlPowerVerbsFollowThePowerCategory() throws {
        let policy = VerdictPolicy(categories: ["power": RiskVerdicts(criticalWrite: .block)])
        let engine = try VerdictEngine(policy: policy)
        expectVerdict(VerdictCase("systemctl reboot", .block, "power.systemctl.power"), engine: engine)
        expectVerdict(VerdictCase("reboot", .block, "power.reboot"), engine: engine)
        expectVerdict(VerdictCase("systemctl restart nginx", .review, "services.systemctl.change"), engine: engine)
        expectVerdict(VerdictCase("systemctl stop sshd", .review, "services.systemctl.critical-unit"), engine: engine)
    }
}
