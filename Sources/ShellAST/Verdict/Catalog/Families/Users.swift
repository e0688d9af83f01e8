private typealias Rules = RuleVocabulary

/// Users, groups, passwords, sudoers and scheduled jobs. `su` and `sudo` are
/// wrappers; `id`, `who`, `last`, `getent` are diagnostics; `at`/`batch` are
/// judged by the engine (their standard input is code).
///
/// Every account change is a critical write. A second root (UID 0), deleting
/// root or sshd's privilege-separation account, deleting root's password, and
/// deleting the groups that hold administrator rights are `block`.
enum UsersFamily {
    static let family = CatalogFamily(syntaxes: syntaxes, rules: accountRules + passwordRules + scheduleRules)

    /// Membership in these groups is root, or close to it.
    static let privilegedGroups = [
        "sudo", "wheel", "root", "admin", "adm", "docker", "lxd", "libvirt", "disk", "shadow", "kmem", "systemd-journal", "staff", "0",
    ]
    static let accountValueOptions: Set<String> = [
        "-b", "--base-dir", "-c", "--comment", "-d", "--home-dir", "--home", "-e", "--expiredate", "-f", "--inactive", "-g", "--gid", "-G", "--groups",
        "-aG", "-Ga", "-k", "--skel", "-K", "--key", "-l", "--login", "-p", "--password", "-s", "--shell", "-u", "--uid", "-Z", "--selinux-user",
        "-R", "--root", "-P", "--prefix", "--ingroup", "--gecos", "--firstuid", "--lastuid", "--firstgid", "--lastgid", "--conf", "--backup-to",
        "--add-subuids", "--del-subuids", "--add-subgids", "--del-subgids", "-v", "-V", "-w", "-W", "--extrausers",
    ]
    static let uidZero: ArgCondition = .any([
        .optionValue(["-u", "--uid", "--firstuid"], .equals(["0", "00", "000"])), .anyArgument(.equals(["-u0", "-ou0", "--uid=0"])),
        .all([.anyArgument(.equals(["-ou", "-uo"])), .anyPositional(.equals(["0"]))]),
    ])
    static let privilegeGrant: ArgCondition = .any([
        Rules.listNames(["-G", "--groups", "-aG", "-Ga", "-g", "--gid", "--ingroup"], privilegedGroups),
    ])

    static let syntaxes: [CommandSyntax] = [
        .reviewed(["useradd", "adduser"], .users, "creates an account", valueOptions: accountValueOptions, fallback: .criticalWrite),
        .reviewed(["usermod"], .users, "changes an account", valueOptions: accountValueOptions, fallback: .criticalWrite),
        .reviewed(["userdel", "deluser"], .users, "deletes an account", valueOptions: ["-R", "--root", "-P", "--prefix", "--conf", "--backup-to"], fallback: .criticalWrite),
        .reviewed(["groupadd", "addgroup"], .users, "creates a group", valueOptions: ["-g", "--gid", "-K", "--key", "-p", "--password", "-R", "--root", "-P", "--prefix", "-U", "--users", "--conf"],
                  fallback: .safeWrite),
        .reviewed(["groupdel", "delgroup", "groupmod"], .users, "deletes or changes a group",
                  valueOptions: ["-g", "--gid", "-n", "--new-name", "-p", "--password", "-R", "--root", "-P", "--prefix", "-U", "--users", "--conf"], fallback: .criticalWrite),
        .reviewed(["gpasswd"], .users, "administers group membership",
                  valueOptions: ["-a", "--add", "-d", "--delete", "-A", "--administrators", "-M", "--members", "-R", "--root", "-Q"], fallback: .criticalWrite),
        .reviewed(["passwd"], .users, "changes passwords",
                  valueOptions: ["-n", "--mindays", "-x", "--maxdays", "-w", "--warndays", "-i", "--inactive", "-r", "--repository", "-R", "--root", "-P", "--prefix"],
                  fallback: .criticalWrite),
        .reviewed(["chpasswd", "newusers", "vipw", "vigr"], .users, "changes passwords or account databases in bulk", valueOptions: ["-c", "--crypt-method", "-s", "--sha-rounds", "-R", "--root"],
                  fallback: .criticalWrite),
        .reviewed(["chage"], .users, "changes password ageing",
                  valueOptions: ["-d", "--lastday", "-E", "--expiredate", "-I", "--inactive", "-m", "--mindays", "-M", "--maxdays", "-W", "--warndays", "-R", "--root", "-P", "--prefix"],
                  fallback: .criticalWrite),
        .reviewed(["chsh"], .users, "changes a login shell", valueOptions: ["-s", "--shell", "-R", "--root"], fallback: .criticalWrite),
        .reviewed(["chfn"], .users, "changes account details", valueOptions: ["-f", "-r", "-w", "-h", "-o", "-R", "--root"], fallback: .safeWrite),
        .reviewed(["visudo"], .users, "edits the sudoers policy", valueOptions: ["-f", "--file"], fallback: .criticalWrite),
        .reviewed(["sudoedit"], .users, "edits files as another user", valueOptions: ["-u", "--user", "-g", "--group", "-C", "-D", "-h", "--host", "-p"], fallback: .criticalWrite),
        .reviewed(["pwck", "grpck"], .users, "checks (and may fix) the account databases", valueOptions: ["-R", "--root"], fallback: .safeWrite),
        .reviewed(["faillock", "pam_tally2"], .users, "shows or resets failed-login counters", valueOptions: ["--user", "-u", "--dir", "--file"], fallback: .readOnly),
        .readOnly(["lslogins"], "lists accounts", category: .users, valueOptions: ["-o", "--output", "-g", "--groups", "-l", "--logins"]),
        .reviewed(["htpasswd"], .users, "manages HTTP basic-auth password files", fallback: .safeWrite),
        .reviewed(["crontab"], .users, "lists or replaces scheduled jobs", valueOptions: ["-u", "-n"], fallback: .criticalWrite),
        .readOnly(["atq"], "lists scheduled `at` jobs", category: .users, valueOptions: ["-q"]),
        .reviewed(["atrm"], .users, "removes scheduled `at` jobs", fallback: .safeWrite),
    ]

    // MARK: Accounts and groups

    static let accountRules: [CatalogRule] = [
        CatalogRule(
            id: "users.useradd", commands: ["useradd", "adduser"], unless: Rules.helpOrVersion,
            effect: .criticalWrite, message: "creates an account",
            examples: ["useradd -m -s /bin/bash deploy", "adduser --disabled-password --gecos '' app", "sudo useradd -r -s /usr/sbin/nologin svc"]),
        CatalogRule(
            id: "users.uid-zero", commands: ["useradd", "adduser", "usermod"], when: uidZero,
            effect: .block, message: "gives an account UID 0: a second root",
            examples: ["useradd -o -u 0 -g 0 backdoor", "usermod -u 0 -o deploy", "adduser --uid 0 toor", "useradd -ou 0 x", "usermod --uid=0 bob"],
            counterexamples: ["useradd -u 1500 deploy", "usermod -u 2000 deploy"]),
        CatalogRule(
            id: "users.privilege-grant", commands: ["useradd", "adduser", "usermod"],
            when: .any([privilegeGrant, .all([.positionalCount(2...2), .positional(1, .equals(privilegedGroups))])]),
            effect: .criticalWrite, message: "puts an account in an administrator group (sudo, wheel, docker...): a privilege grant",
            examples: ["usermod -aG sudo deploy", "usermod -a -G wheel,docker bob", "useradd -G sudo -m alice", "adduser bob sudo", "usermod --append --groups docker ci"],
            counterexamples: ["usermod -aG www-data deploy", "adduser bob"]),
        CatalogRule(
            id: "users.usermod", commands: ["usermod"], unless: Rules.helpOrVersion,
            effect: .criticalWrite, message: "changes an account (groups, shell, home, lock state, expiry)",
            examples: ["usermod -L olduser", "usermod -s /bin/bash deploy", "usermod -aG www-data deploy"]),
        CatalogRule(
            id: "users.userdel", commands: ["userdel", "deluser"], unless: Rules.helpOrVersion,
            effect: .criticalWrite, message: "deletes an account (`-r` also deletes its home and mail)",
            examples: ["userdel olduser", "userdel -r olduser", "deluser --remove-home olduser", "deluser bob sudo"]),
        CatalogRule(
            id: "users.userdel.system", commands: ["userdel", "deluser"], when: .positional(0, .equals(["root", "sshd", "0"])),
            effect: .block, message: "deletes root or sshd's privilege-separation account: the host becomes unmanageable",
            examples: ["userdel -r root", "userdel -f root", "deluser --remove-home root", "userdel sshd", "userdel -R /mnt/sysroot root"], counterexamples: ["userdel -r olduser", "deluser bob root"]),
        CatalogRule(
            id: "users.deluser.all-files", commands: ["deluser"], when: .option(["--remove-all-files"]),
            effect: .criticalWrite, message: "`--remove-all-files` deletes every file the account owns anywhere on the system",
            examples: ["deluser --remove-all-files app"], counterexamples: ["deluser app"]),
        CatalogRule(
            id: "users.groupadd", commands: ["groupadd", "addgroup"], unless: Rules.helpOrVersion,
            effect: .safeWrite, message: "creates a group",
            examples: ["groupadd deploy", "addgroup --system app"]),
        CatalogRule(
            id: "users.groupadd.gid-zero", commands: ["groupadd", "addgroup", "groupmod"],
            when: .any([.optionValue(["-g", "--gid"], .equals(["0", "00"])), .option(["-o", "--non-unique"])]),
            effect: .criticalWrite, message: "creates or renumbers a group with GID 0 or a duplicate GID, which shares that group's rights",
            examples: ["groupadd -o -g 0 rootish", "groupmod -g 0 ops"], counterexamples: ["groupadd -g 2000 ops"]),
        CatalogRule(
            id: "users.groupmod", commands: ["groupdel", "delgroup", "groupmod", "gpasswd"], unless: Rules.helpOrVersion,
            effect: .criticalWrite, message: "deletes, renames or changes the membership of a group",
            examples: ["groupdel oldteam", "groupmod -n ops2 ops", "gpasswd -d bob docker", "gpasswd -M alice,bob ops"]),
        CatalogRule(
            id: "users.groupdel.privileged", commands: ["groupdel", "delgroup"], when: .anyPositional(.equals(["root", "sudo", "wheel", "admin", "shadow", "adm"])),
            effect: .block, message: "deletes a group that holds administrator or password-database rights: admins lose access",
            examples: ["groupdel sudo", "groupdel wheel", "delgroup shadow"], counterexamples: ["groupdel oldteam"]),
        CatalogRule(
            id: "users.gpasswd.privileged", commands: ["gpasswd"],
            when: .all([.option(["-a", "--add", "-M", "--members", "-A", "--administrators"]), .anyPositional(.equals(privilegedGroups))]),
            effect: .criticalWrite, message: "adds members or administrators to an administrator group: a privilege grant",
            examples: ["gpasswd -a bob sudo", "gpasswd -M alice wheel"], counterexamples: ["gpasswd -a bob www-data"]),
        CatalogRule(
            id: "users.version", commands: ["useradd", "adduser", "usermod", "userdel", "deluser", "groupadd", "addgroup", "groupdel", "delgroup", "groupmod",
                                           "gpasswd", "passwd", "chpasswd", "chage", "chsh", "chfn", "visudo", "pwck", "grpck", "crontab", "newusers"],
            when: Rules.helpOrVersion,
            effect: .readOnly, message: "prints the version or help",
            examples: ["useradd --help", "visudo -V", "passwd --help"], counterexamples: ["useradd bob"]),
    ]

    // MARK: Passwords and sudoers

    static let passwordRules: [CatalogRule] = [
        CatalogRule(
            id: "users.passwd.status", commands: ["passwd"], when: .option(["-S", "--status"]),
            effect: .readOnly, message: "shows password status",
            examples: ["passwd -S deploy", "passwd --status root", "passwd -S -a"], counterexamples: ["passwd deploy"]),
        CatalogRule(
            id: "users.passwd.change", commands: ["passwd"], unless: .any([.option(["-S", "--status"]), Rules.helpOrVersion]),
            effect: .criticalWrite, message: "changes, locks, unlocks, expires or deletes a password",
            examples: ["passwd deploy", "passwd root", "passwd -l olduser", "passwd -e alice", "echo 'x' | passwd --stdin deploy"], counterexamples: ["passwd -S deploy"]),
        CatalogRule(
            id: "users.passwd.delete-root", commands: ["passwd"],
            when: .all([.option(["-d", "--delete"]), .any([.positionalCount(0...0), .anyPositional(.equals(["root"]))])]),
            effect: .block, message: "deletes root's password: root can log in without one",
            examples: ["passwd -d root", "passwd --delete root", "sudo passwd -d"], counterexamples: ["passwd -d guest", "passwd -l root"]),
        CatalogRule(
            id: "users.chpasswd", commands: ["chpasswd", "newusers", "vipw", "vigr"], unless: Rules.helpOrVersion,
            effect: .criticalWrite, message: "sets passwords or accounts from standard input, or edits the account databases in an editor",
            examples: ["echo 'deploy:s3cret' | chpasswd", "chpasswd -e < hashes.txt", "newusers users.txt", "vipw -s"]),
        CatalogRule(
            id: "users.chage.list", commands: ["chage"], when: .option(["-l", "--list"]),
            effect: .readOnly, message: "shows password ageing",
            examples: ["chage -l deploy"], counterexamples: ["chage -M 90 deploy"]),
        CatalogRule(
            id: "users.chage.change", commands: ["chage"], unless: .any([.option(["-l", "--list"]), Rules.helpOrVersion]),
            effect: .criticalWrite, message: "changes password ageing or account expiry (`-E 0` locks the account out)",
            examples: ["chage -M 90 deploy", "chage -E 0 olduser", "chage -d 0 alice"], counterexamples: ["chage -l deploy"]),
        CatalogRule(
            id: "users.chsh", commands: ["chsh"], unless: .any([.option(["-l", "--list-shells"]), Rules.helpOrVersion]),
            effect: .criticalWrite, message: "changes a login shell (`/sbin/nologin` locks the account out)",
            examples: ["chsh -s /bin/zsh deploy", "chsh -s /usr/sbin/nologin root"], counterexamples: ["chsh -l"]),
        CatalogRule(
            id: "users.visudo.check", commands: ["visudo"], when: visudoCheck,
            effect: .readOnly, message: "checks the sudoers syntax without editing",
            examples: ["visudo -c", "visudo -cf /etc/sudoers.d/deploy", "visudo -c -f /tmp/sudoers.new"], counterexamples: ["visudo"]),
        CatalogRule(
            id: "users.visudo.edit", commands: ["visudo"], unless: .any([visudoCheck, Rules.helpOrVersion]),
            effect: .criticalWrite, message: "edits the sudoers policy: who may run what as root",
            examples: ["visudo", "visudo -f /etc/sudoers.d/deploy", "EDITOR=nano visudo", "visudo -f/etc/sudoers.d/ci"], counterexamples: ["visudo -c"]),
        CatalogRule(
            id: "users.sudoedit.protected", commands: ["sudoedit"], when: .any([.anyPositional(.path(.protectedFile)), .anyPositional(.path(.blockDevice))]),
            effect: .block, message: "edits an account, privilege or boot file outside `visudo`'s checks",
            examples: ["sudoedit /etc/sudoers", "sudoedit /etc/shadow"], counterexamples: ["sudoedit /etc/hosts"]),
        CatalogRule(
            id: "users.pwck.read", commands: ["pwck", "grpck"], when: .option(["-r", "--read-only"]),
            effect: .readOnly, message: "checks the account databases without changing them",
            examples: ["pwck -r", "grpck -r"], counterexamples: ["pwck -s"]),
        CatalogRule(
            id: "users.faillock.reset", commands: ["faillock", "pam_tally2"], when: .option(["--reset", "-r"]),
            effect: .safeWrite, message: "resets failed-login counters (unlocks the account)",
            examples: ["faillock --user bob --reset", "pam_tally2 -u bob -r"], counterexamples: ["faillock --user bob"]),
        CatalogRule(
            id: "users.htpasswd.verify", commands: ["htpasswd"], when: .option(["-v"]),
            effect: .readOnly, message: "verifies a password against the file",
            examples: ["htpasswd -v .htpasswd admin"], counterexamples: ["htpasswd -c .htpasswd admin"]),
    ]

    // MARK: Scheduled jobs

    static let crontabNonInstall: ArgCondition = .any([.option(["-l", "-r", "-e", "-i", "-T", "-V", "-h", "--help"]), .anyArgument(.equals(["-ir", "-ri"]))])
    static let visudoCheck: ArgCondition = .anyArgument(.equals(["-c", "--check", "-cf", "-cq", "-qc", "-cs", "-sc", "-cqf", "-qcf", "-csf", "-scf", "-cqs", "-qsc"]))

    static let scheduleRules: [CatalogRule] = [
        CatalogRule(
            id: "users.crontab.list", commands: ["crontab"], when: .option(["-l", "-T", "-V"]),
            unless: .any([.option(["-r", "-e"]), .anyArgument(.equals(["-ir", "-ri"]))]),
            effect: .readOnly, message: "lists (or syntax-checks) a crontab",
            examples: ["crontab -l", "crontab -l -u www-data", "sudo crontab -u root -l", "crontab -l | grep backup"], counterexamples: ["crontab -r", "crontab -ulol jobs.txt"]),
        CatalogRule(
            id: "users.crontab.remove", commands: ["crontab"], when: .any([.option(["-r"]), .anyArgument(.equals(["-ir", "-ri"]))]),
            effect: .criticalWrite, message: "`crontab -r` deletes every job of the user at once, without asking",
            examples: ["crontab -r", "crontab -r -u deploy", "crontab -ir", "crontab -u deploy -r"], counterexamples: ["crontab -l"]),
        CatalogRule(
            id: "users.crontab.edit", commands: ["crontab"], when: .option(["-e"]),
            effect: .criticalWrite, message: "edits a crontab in an editor; the jobs it schedules are not analysed",
            examples: ["crontab -e", "crontab -u root -e"], counterexamples: ["crontab -l"]),
        CatalogRule(
            id: "users.crontab.install", commands: ["crontab"], unless: crontabNonInstall,
            effect: .criticalWrite, message: "replaces the whole crontab with a file or standard input; the jobs it schedules are not analysed",
            examples: ["crontab mycron.txt", "crontab -u root /tmp/jobs", "echo '* * * * * /opt/x.sh' | crontab -", "(crontab -l; echo '0 3 * * * /opt/backup.sh') | crontab -"],
            counterexamples: ["crontab -l", "crontab -e"]),
        CatalogRule(
            id: "users.atrm", commands: ["atrm"], unless: Rules.helpOrVersion,
            effect: .safeWrite, message: "removes scheduled `at` jobs",
            examples: ["atrm 12", "atrm 3 4 5"]),
    ]
}
