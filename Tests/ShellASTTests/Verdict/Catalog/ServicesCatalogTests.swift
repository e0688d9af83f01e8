import Testing
@testable import ShellAST

/// Verdict table for the services family: systemctl per verb, SysV/OpenRC
/// scripts, runit, upstart, supervisorctl, pm2, monit.
@Suite struct ServicesCatalogTests {
    @Test(arguments: [
        // Read-only.
        VerdictCase("systemctl status nginx", .allow, "services.systemctl.read"),
        VerdictCase("systemctl status nginx --no-pager -l", .allow, "services.systemctl.read"),
        VerdictCase("sudo systemctl is-active --quiet nginx", .allow, "services.systemctl.read"),
        VerdictCase("systemctl list-units --type=service --state=failed", .allow, "services.systemctl.read"),
        VerdictCase("systemctl --failed", .allow, "services.systemctl.list"),
        VerdictCase("systemctl", .allow, "services.systemctl.list"),
        VerdictCase("systemctl show -p MainPID,ActiveState nginx", .allow, "services.systemctl.read"),
        VerdictCase("systemctl -H web1 status nginx", .allow, "services.systemctl.read"),
        VerdictCase("systemctl --user status app", .allow, "services.systemctl.read"),
        VerdictCase("/usr/bin/systemctl cat sshd", .allow, "services.systemctl.read"),
        VerdictCase("'systemctl' \"list-timers\" --all", .allow, "services.systemctl.read"),
        VerdictCase("systemctl list-dependencies multi-user.target", .allow, "services.systemctl.read"),
        VerdictCase("journalctl -u nginx --since '1 hour ago' --no-pager", .allow),
        VerdictCase("service nginx status", .allow, "services.service.read"),
        VerdictCase("service --status-all", .allow, "services.service.read"),
        VerdictCase("rc-service nginx status", .allow, "services.rc-service.read"),
        VerdictCase("rc-status", .allow),
        VerdictCase("chkconfig --list", .allow, "services.boot.read"),
        VerdictCase("supervisorctl status", .allow, "services.supervisorctl.read"),
        VerdictCase("supervisorctl tail -f worker stderr", .allow, "services.supervisorctl.read"),
        VerdictCase("pm2 list", .allow, "services.pm2.read"),
        VerdictCase("pm2 logs api --lines 200", .allow, "services.pm2.read"),
        VerdictCase("monit summary", .allow, "services.monit.read"),
        VerdictCase("sv status nginx", .allow, "services.sv.read"),
        VerdictCase("initctl list", .allow, "services.initctl.read"),
        VerdictCase("systemctl status $(systemctl list-units --failed --plain --no-legend | awk '{print $1}')", .allow),
        // Ordinary changes: reviewed.
        VerdictCase("systemctl restart nginx", .review, "services.systemctl.change"),
        VerdictCase("sudo systemctl reload nginx", .review, "services.systemctl.change"),
        VerdictCase("systemctl enable --now nginx", .review, "services.systemctl.change"),
        VerdictCase("systemctl daemon-reload", .review, "services.systemctl.change"),
        VerdictCase("systemctl --user restart app", .review, "services.systemctl.change"),
        VerdictCase("timeout 60 systemctl restart php8.2-fpm", .review, "services.systemctl.change"),
        VerdictCase("systemctl reset-failed", .review, "services.systemctl.change"),
        VerdictCase("systemctl start docker", .review, "services.systemctl.change"),
        VerdictCase("service nginx restart", .review, "services.service.change"),
        VerdictCase("invoke-rc.d apache2 reload", .review, "services.service.change"),
        VerdictCase("rc-service nginx restart", .review, "services.rc-service.change"),
        VerdictCase("chkconfig nginx on", .review, "services.boot.change"),
        VerdictCase("update-rc.d nginx defaults", .review, "services.boot.change"),
        VerdictCase("supervisorctl restart worker", .review, "services.supervisorctl.change"),
        VerdictCase("supervisorctl reread && supervisorctl update", .review, "services.supervisorctl.change"),
        VerdictCase("pm2 restart api", .review, "services.pm2.change"),
        VerdictCase("monit restart nginx", .review, "services.monit.change"),
        VerdictCase("sv restart worker", .review, "services.sv.change"),
        VerdictCase("supervisorctl", .review),
        // Critical: reviewed, with the reason.
        VerdictCase("systemctl stop sshd", .review, "services.systemctl.critical-unit"),
        VerdictCase("systemctl disable --now ssh.socket", .review, "services.systemctl.critical-unit"),
        VerdictCase("systemctl restart NetworkManager", .review, "services.systemctl.critical-unit"),
        VerdictCase("systemctl stop docker containerd", .review, "services.systemctl.critical-unit"),
        VerdictCase("systemctl -H db1 stop systemd-journald", .review, "services.systemctl.critical-unit"),
        VerdictCase("systemctl mask firewalld", .review, "services.systemctl.critical"),
        VerdictCase("systemctl kill -s KILL nginx", .review, "services.systemctl.critical"),
        VerdictCase("systemctl edit nginx", .review, "services.systemctl.critical"),
        VerdictCase("systemctl set-property nginx CPUQuota=50%", .review, "services.systemctl.critical"),
        VerdictCase("systemctl isolate multi-user.target", .review, "services.systemctl.critical"),
        VerdictCase("systemctl daemon-reexec", .review, "services.systemctl.critical"),
        VerdictCase("service ssh stop", .review, "services.service.critical-unit"),
        VerdictCase("chkconfig sshd off", .review, "services.boot.critical-unit"),
        VerdictCase("supervisorctl stop all", .review, "services.supervisorctl.all"),
        VerdictCase("supervisorctl shutdown", .review, "services.supervisorctl.daemon"),
        VerdictCase("pm2 kill", .review, "services.pm2.critical"),
        VerdictCase("pm2 delete all", .review, "services.pm2.all"),
        VerdictCase("pm2 deploy production update", .review, "services.pm2.remote"),
        // Block.
        VerdictCase("systemctl stop '*'", .block, "services.systemctl.all-units"),
        VerdictCase("systemctl kill --signal=KILL '*.service'", .block, "services.systemctl.all-units"),
        VerdictCase("systemctl set-environment LD_PRELOAD=/tmp/x.so", .block, "services.systemctl.loader-environment"),
        VerdictCase("systemctl restart <service_name>", .block),
        VerdictCase("systemctl restart nginx; rm -rf /etc", .block),
    ])
    func verdicts(_ c: VerdictCase) {
        expectVerdict(c)
    }
}
