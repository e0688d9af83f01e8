private typealias Rules = RuleVocabulary

/// Package managers: rpm, yum, dnf, zypper, pacman, apk, nix. (snap, flatpak and brew
/// are in `Packages+Apps.swift`.)
extension PackagesFamily {
    static let systemManagers = CatalogFamily(syntaxes: systemSyntaxes, rules: rpmRules + dnfRules + otherManagerRules)

    static let dnfNames = ["yum", "dnf", "microdnf", "dnf5", "tdnf"]
    static let urlPrefixes = ["http://", "https://", "ftp://", "git+", "git://", "ssh://", "file://"]

    static let systemSyntaxes: [CommandSyntax] = [
        .reviewed(["rpm"], .packages, "installs, removes or queries RPM packages",
                  valueOptions: ["--root", "--dbpath", "-D", "--define", "--undefine", "--predefine", "--eval", "-E", "--qf", "--queryformat", "--pipe",
                                 "--rcfile", "--macros", "--target", "--relocate", "--excludepath", "--prefix", "--whatprovides", "--whatrequires"]),
        .reviewed(dnfNames, .packages, "installs, upgrades or removes RPM packages",
                  valueOptions: ["-c", "--config", "--installroot", "--releasever", "--enablerepo", "--disablerepo", "--repo", "--repoid", "-x", "--exclude",
                                 "--setopt", "-d", "--debuglevel", "-e", "--errorlevel", "--downloaddir", "--destdir", "--color", "--rpmverbosity",
                                 "--forcearch", "--repofrompath", "--advisory", "--advisories", "--cve", "--bz", "--sec-severity", "--comment",
                                 "--disableplugin", "--enableplugin"]),
        .reviewed(["yum-config-manager"], .packages, "changes repository configuration", valueOptions: ["--setopt", "--add-repo"], fallback: .safeWrite),
        .reviewed(["zypper"], .packages, "installs, upgrades or removes SUSE packages",
                  valueOptions: ["-r", "--repo", "--root", "-c", "--config", "--from", "-t", "--type", "-C", "--cache-dir"]),
        .reviewed(["pacman"], .packages, "installs, upgrades or removes Arch packages",
                  valueOptions: ["--config", "--dbpath", "-b", "--root", "-r", "--cachedir", "--gpgdir", "--hookdir", "--logfile", "--arch",
                                 "--assume-installed", "--ignore", "--ignoregroup", "--overwrite", "--print-format", "--sysroot"]),
        .reviewed(["apk"], .packages, "installs, upgrades or removes Alpine packages",
                  valueOptions: ["-X", "--repository", "-p", "--root", "--arch", "--cache-dir", "--keys-dir", "-t", "--virtual", "--repositories-file", "--progress-fd"]),
        .reviewed(["nix-env"], .packages, "installs or removes Nix packages", valueOptions: ["-f", "--file", "-p", "--profile", "-I", "--include", "--arg", "--argstr"]),
        .reviewed(["nix-channel"], .packages, "manages Nix channels", fallback: .criticalWrite),
        .reviewed(["nix-collect-garbage"], .packages, "deletes unreachable Nix store paths", valueOptions: ["--delete-older-than", "--max-freed"], fallback: .safeWrite),
    ]

    // MARK: rpm

    static let rpmChange: ArgCondition = .any([
        .anyArgument(.prefix(["-i", "-U", "-F", "-e"])),
        .option(["--install", "--upgrade", "--freshen", "--erase", "--reinstall", "--import", "--rebuilddb", "--initdb", "--setperms", "--setugids", "--restore", "--delete"]),
    ])

    static let rpmRules: [CatalogRule] = [
        CatalogRule(
            id: "packages.rpm.query", commands: ["rpm"],
            when: .any([.anyArgument(.prefix(["-q", "-V", "-K"])), .option(["--query", "--verify", "--checksig", "--querytags", "--showrc", "--eval", "-E", "--version", "--help"])]),
            unless: .any([rpmChange, .anyArgument(.contains(["%(", "%{lua"])), .option(["--pipe", "--rcfile", "--macros", "--load"])]),
            effect: .readOnly, message: "queries, verifies or checks signatures of packages",
            examples: ["rpm -qa", "rpm -qa | grep kernel", "rpm -qi openssl", "rpm -qf /usr/bin/ls", "rpm -V openssh-server", "rpm -K pkg.rpm", "rpm -q --changelog bash",
                       "rpm --eval '%{_arch}'"],
            counterexamples: ["rpm -ivh pkg.rpm", "rpm -e httpd", "rpm --eval '%(id)'"]),
        CatalogRule(
            id: "packages.rpm.install", commands: ["rpm"], when: .any([.anyArgument(.prefix(["-i", "-U", "-F"])), .option(["--install", "--upgrade", "--freshen", "--reinstall"])]),
            effect: .safeWrite, message: "installs or upgrades packages from files (their scriptlets run as root)",
            examples: ["rpm -ivh pkg.rpm", "rpm -Uvh app-1.2.rpm", "rpm -Fvh *.rpm"], counterexamples: ["rpm -qi pkg"]),
        CatalogRule(
            id: "packages.rpm.erase", commands: ["rpm"], when: .any([.anyArgument(.prefix(["-e"])), .option(["--erase"])]),
            effect: .criticalWrite, message: "removes packages",
            examples: ["rpm -e httpd", "rpm -ev --nodeps old-agent"], counterexamples: ["rpm -qa"]),
        CatalogRule(
            id: "packages.rpm.unsafe", commands: ["rpm"],
            when: .option(["--nodeps", "--force", "--nosignature", "--nodigest", "--noverify", "--replacefiles", "--replacepkgs", "--oldpackage", "--noscripts",
                           "--import", "--setperms", "--setugids", "--restore", "--delete"]),
            effect: .criticalWrite, message: "skips dependency or signature checks, forces files over others, trusts a new key, or resets file permissions",
            examples: ["rpm -ivh --nodeps x.rpm", "rpm --import https://example.com/RPM-GPG-KEY", "rpm -Uvh --force x.rpm", "rpm --setperms -a"],
            counterexamples: ["rpm -ivh x.rpm"]),
        CatalogRule(
            id: "packages.rpm.url", commands: ["rpm"],
            when: .all([.any([.anyArgument(.prefix(["-i", "-U", "-F"])), .option(["--install", "--upgrade", "--freshen", "--reinstall"])]), .anyPositional(.prefix(urlPrefixes))]),
            effect: .criticalWrite, message: "downloads a package and runs its scriptlets as root",
            examples: ["rpm -Uvh https://dl.fedoraproject.org/pub/epel/epel-release-latest-9.noarch.rpm"], counterexamples: ["rpm -Uvh local.rpm"]),
        CatalogRule(
            id: "packages.rpm.unsigned-download", commands: ["rpm"],
            when: .all([.anyPositional(.prefix(urlPrefixes)), .option(["--nosignature", "--nodigest", "--noverify"])]),
            effect: .block, message: "downloads a package, skips its signature check and runs its scriptlets as root: download-and-execute",
            examples: ["rpm -ivh --nosignature http://example.com/x.rpm"], counterexamples: ["rpm -ivh http://example.com/x.rpm"]),
        CatalogRule(
            id: "packages.rpm.core-removal", commands: ["rpm"],
            when: .all([.any([.anyArgument(.prefix(["-e"])), .option(["--erase"])]), coreRemoval]),
            effect: .block, message: "removes a package the host cannot run without",
            examples: ["rpm -e --nodeps glibc", "rpm -e systemd", "rpm -ev kernel-core", "rpm -e --nodeps glibc-2.34-60.el9.x86_64", "rpm -e sudo.x86_64"],
            counterexamples: ["rpm -e httpd", "rpm -q glibc", "rpm -e glibc-devel", "rpm -e kernel-devel-5.14.0"]),
        CatalogRule(
            id: "packages.rpm.macro-code", commands: ["rpm"], when: .any([.anyArgument(.contains(["%(", "%{lua"])), .option(["--pipe"])]),
            effect: .review, message: "runs shell or Lua code through a macro expansion, or pipes output into a command (judged where given inline)",
            examples: ["rpm --eval '%(id)'", "rpm -qa --pipe 'sort -u'", "rpm -E '%{lua: os.execute(\"id\")}'"], counterexamples: ["rpm --eval '%{_libdir}'"]),
    ]

    // MARK: yum and dnf

    static let dnfAssumeNo: ArgCondition = .all([.option(["--assumeno"]), .not(.option(["-y", "--assumeyes"]))])
    static let dnfUnverified: ArgCondition = .any([
        .option(["--nogpgcheck", "--no-gpgchecks", "--repofrompath", "--skip-broken", "--allowerasing"]),
        .optionValue(["--setopt"], .containsCaseInsensitive(["gpgcheck=0", "gpgcheck=false", "gpgcheck=no", "sslverify=0", "sslverify=false", "sslverify=no"])),
    ])

    static let dnfRules: [CatalogRule] = [
        CatalogRule(
            id: "packages.dnf.read", commands: dnfNames,
            subcommands: Rules.words(["list", "info", "search", "repolist", "repoinfo", "repoquery", "check-update", "check", "provides", "whatprovides",
                                               "deplist", "updateinfo", "grouplist", "groupinfo", "needs-restarting", "help", "changelog", "leaves", "list-security",
                                               "repository-packages", "version", "dump"])
                + [["module", "list"], ["module", "info"], ["module", "provides"], ["group", "list"], ["group", "info"], ["groups", "list"],
                   ["groups", "info"], ["advisory", "list"], ["advisory", "info"], ["alias", "list"], ["versionlock", "list"]],
            effect: .readOnly, message: "lists, searches or shows packages, repositories or updates",
            examples: ["yum list installed", "dnf info nginx", "dnf repolist", "yum check-update", "dnf repoquery --whatrequires openssl", "yum provides '*/bin/dig'",
                       "dnf updateinfo list --security", "dnf module list nodejs", "sudo yum list updates"],
            counterexamples: ["dnf install nginx"]),
        CatalogRule(
            id: "packages.dnf.history", commands: dnfNames, subcommands: [["history"]],
            unless: .positional(0, .equals(["undo", "redo", "rollback", "replay", "store"])),
            effect: .readOnly, message: "shows the transaction history",
            examples: ["yum history", "dnf history info 42"], counterexamples: ["dnf history undo 42"]),
        CatalogRule(
            id: "packages.dnf.history-undo", commands: dnfNames, subcommands: [["history", "undo"], ["history", "redo"], ["history", "rollback"], ["history", "replay"]],
            effect: .criticalWrite, message: "undoes, repeats or rolls back earlier transactions",
            examples: ["dnf history undo 42", "yum history rollback 30"], counterexamples: ["yum history list"]),
        CatalogRule(
            id: "packages.dnf.assumeno", commands: dnfNames, when: dnfAssumeNo,
            effect: .readOnly, message: "`--assumeno` answers no: the transaction is shown, not run",
            examples: ["dnf upgrade --assumeno", "yum remove --assumeno httpd"], counterexamples: ["dnf upgrade -y --assumeno"]),
        CatalogRule(
            id: "packages.dnf.install", commands: dnfNames,
            subcommands: Rules.words(["install", "reinstall", "localinstall", "groupinstall", "makecache", "clean", "download", "builddep", "mark",
                                               "debuginfo-install", "config-manager", "versionlock", "update-minimal", "upgrade-minimal"])
                + [["group", "install"], ["groups", "install"], ["module", "install"], ["module", "enable"], ["module", "disable"], ["module", "reset"],
                   ["module", "switch-to"], ["alias", "add"]],
            unless: dnfAssumeNo,
            effect: .safeWrite, message: "installs packages from the configured repositories (their scriptlets run as root), or refreshes metadata",
            examples: ["dnf install -y nginx", "yum install -y httpd mod_ssl", "dnf makecache", "yum clean all", "microdnf install jq"],
            counterexamples: ["dnf install --assumeno nginx", "dnf list"]),
        CatalogRule(
            id: "packages.dnf.update-some", commands: dnfNames, subcommands: Rules.words(["update", "upgrade"]), when: .positionalCount(1...Int.max),
            unless: dnfAssumeNo,
            effect: .safeWrite, message: "upgrades the named packages",
            examples: ["yum update openssl", "dnf upgrade -y nginx"], counterexamples: ["yum update"]),
        CatalogRule(
            id: "packages.dnf.update-all", commands: dnfNames,
            subcommands: Rules.words(["update", "upgrade", "distro-sync", "dist-upgrade", "distrosync", "system-upgrade", "upgrade-to"]),
            when: .positionalCount(0...0), unless: dnfAssumeNo,
            effect: .criticalWrite, message: "upgrades every package on the host (services restart; kernels change at the next boot)",
            examples: ["yum update -y", "dnf upgrade --refresh", "dnf distro-sync", "yum -y update --security"], counterexamples: ["yum update openssl"]),
        CatalogRule(
            id: "packages.dnf.remove", commands: dnfNames,
            subcommands: Rules.words(["remove", "erase", "autoremove", "downgrade", "swap", "groupremove", "grouperase"])
                + [["group", "remove"], ["groups", "remove"], ["module", "remove"], ["system-upgrade", "reboot"]],
            unless: dnfAssumeNo,
            effect: .criticalWrite, message: "removes or downgrades packages (dependants are removed too)",
            examples: ["yum remove httpd", "dnf autoremove", "dnf downgrade openssl", "dnf swap iptables-legacy iptables-nft"], counterexamples: ["dnf remove --assumeno httpd"]),
        CatalogRule(
            id: "packages.dnf.core-removal", commands: dnfNames, subcommands: Rules.words(["remove", "erase", "autoremove"]), when: coreRemoval,
            unless: dnfAssumeNo,
            effect: .block, message: "removes a package the host cannot run without (glibc, systemd, sshd, sudo, the package manager, kernels...)",
            examples: ["yum remove -y systemd", "dnf remove kernel", "dnf erase glibc", "yum remove python3", "dnf remove 'kernel*'"], counterexamples: ["yum remove httpd"]),
        CatalogRule(
            id: "packages.dnf.unverified", commands: dnfNames, when: dnfUnverified, unless: dnfAssumeNo,
            effect: .criticalWrite, message: "skips signature or TLS checks, adds an ad-hoc repository, or lets the solver remove packages",
            examples: ["dnf install --nogpgcheck x.rpm", "yum install --setopt=sslverify=0 pkg", "dnf install --allowerasing curl",
                       "dnf --repofrompath=tmp,http://10.0.0.5/repo install x"],
            counterexamples: ["dnf install x"]),
        CatalogRule(
            id: "packages.dnf.url", commands: dnfNames, subcommands: Rules.words(["install", "localinstall", "reinstall", "update", "upgrade"]),
            when: .anyPositional(.prefix(urlPrefixes)), unless: dnfAssumeNo,
            effect: .criticalWrite, message: "downloads a package from a URL and runs its scriptlets as root (command-line packages are often not signature-checked)",
            examples: ["dnf install -y https://dl.fedoraproject.org/pub/epel/epel-release-latest-9.noarch.rpm"], counterexamples: ["dnf install epel-release"]),
        CatalogRule(
            id: "packages.dnf.unsigned-download", commands: dnfNames, subcommands: Rules.words(["install", "localinstall", "reinstall", "update", "upgrade"]),
            when: .all([.anyPositional(.prefix(urlPrefixes)), dnfUnverified]), unless: dnfAssumeNo,
            effect: .block, message: "downloads a package, skips its signature check and runs its scriptlets as root: download-and-execute",
            examples: ["yum install --nogpgcheck -y http://10.0.0.9/agent.rpm"], counterexamples: ["yum install -y http://10.0.0.9/agent.rpm"]),
        CatalogRule(
            id: "packages.dnf.repo", commands: dnfNames + ["yum-config-manager"],
            when: .any([.option(["--add-repo", "--addrepo"]), .all([.anyPositional(.equals(["copr"])), .anyPositional(.equals(["enable"]))])]),
            effect: .criticalWrite, message: "adds a third-party repository: its packages install as root",
            examples: ["dnf config-manager --add-repo https://download.docker.com/linux/centos/docker-ce.repo", "yum-config-manager --add-repo http://x/y.repo", "dnf copr enable user/project"],
            counterexamples: ["dnf config-manager --set-enabled crb"]),
        CatalogRule(
            id: "packages.dnf.shell", commands: dnfNames, subcommands: [["shell"]],
            effect: .review, message: "opens dnf's interactive shell or runs a transaction script",
            examples: ["dnf shell", "dnf shell transaction.txt"], counterexamples: ["dnf list"]),
        CatalogRule(
            id: "packages.dnf.version", commands: dnfNames + ["rpm", "zypper", "pacman", "apk", "snap", "flatpak", "brew", "nix-env"], when: Rules.helpOrVersion,
            effect: .readOnly, message: "prints the version or help",
            examples: ["dnf --version", "pacman -V", "apk --version"], counterexamples: ["dnf upgrade"]),
    ]

    // MARK: zypper, pacman, apk, nix

    static let pacmanSyncRead = ["-Ss", "-Ssq", "-Sqs", "-Si", "-Sii", "-Sl", "-Slq", "-Sql", "-Sg", "-Sgg", "-Sgq", "-Sp", "-Spq", "-Sqp", "-Siq", "-Sqi"]
    static let pacmanRemove: ArgCondition = .any([.anyArgument(.prefix(["-R"])), .option(["--remove"])])
    static let pacmanSync: ArgCondition = .all([.any([.anyArgument(.prefix(["-S"])), .option(["--sync"])]), .not(.anyArgument(.equals(pacmanSyncRead)))])
    static let zypperDryRun: ArgCondition = .option(["--dry-run"])
    static let apkSimulate: ArgCondition = .option(["-s", "--simulate"])

    static let otherManagerRules: [CatalogRule] = [
        CatalogRule(
            id: "packages.zypper.read", commands: ["zypper"],
            subcommands: Rules.words(["search", "se", "info", "if", "list-updates", "lu", "list-patches", "lp", "patches", "pch", "packages", "pa",
                                               "repos", "lr", "services", "ls", "products", "pd", "patterns", "pt", "what-provides", "wp", "locks", "ll", "ps",
                                               "help", "versioncmp", "vcmp", "targetos", "tos", "licenses", "patch-check", "pchk", "search-packages", "sp"]),
            effect: .readOnly, message: "searches or lists packages, patches or repositories",
            examples: ["zypper se nginx", "zypper lu", "zypper lr -u", "zypper ps -s"], counterexamples: ["zypper in nginx"]),
        CatalogRule(
            id: "packages.zypper.dry-run", commands: ["zypper"], when: zypperDryRun,
            effect: .readOnly, message: "`--dry-run` shows the transaction without running it",
            examples: ["zypper in --dry-run nginx", "zypper dup --dry-run"], counterexamples: ["zypper in nginx", "zypper -D /tmp/repos.d in x"]),
        CatalogRule(
            id: "packages.zypper.install", commands: ["zypper"],
            subcommands: Rules.words(["install", "in", "refresh", "ref", "clean", "cc", "addlock", "al", "removelock", "rl", "install-new-recommends", "inr",
                                               "source-install", "si", "download", "modifyrepo", "mr", "removerepo", "rr", "renamerepo", "nr", "verify", "ve"]),
            unless: zypperDryRun,
            effect: .safeWrite, message: "installs packages or refreshes repositories",
            examples: ["zypper in -y nginx", "zypper --non-interactive install curl", "zypper ref"], counterexamples: ["zypper se nginx"]),
        CatalogRule(
            id: "packages.zypper.change", commands: ["zypper"],
            subcommands: Rules.words(["remove", "rm", "dist-upgrade", "dup", "patch", "update", "up", "addrepo", "ar", "addservice", "as", "migration"]),
            unless: zypperDryRun,
            effect: .criticalWrite, message: "removes packages, upgrades the system or adds a repository",
            examples: ["zypper rm apache2", "zypper dup", "zypper up", "zypper ar https://download.opensuse.org/repositories/x/y.repo"], counterexamples: ["zypper lu"]),
        CatalogRule(
            id: "packages.zypper.unverified", commands: ["zypper"], when: .option(["--no-gpg-checks", "--gpg-auto-import-keys", "--allow-unsigned-rpm", "--force-resolution"]),
            unless: zypperDryRun,
            effect: .criticalWrite, message: "skips or auto-accepts signature checks",
            examples: ["zypper --no-gpg-checks in x", "zypper --gpg-auto-import-keys ref"], counterexamples: ["zypper ref"]),
        CatalogRule(
            id: "packages.zypper.core-removal", commands: ["zypper"], subcommands: [["remove"], ["rm"]], when: coreRemoval, unless: zypperDryRun,
            effect: .block, message: "removes a package the host cannot run without",
            examples: ["zypper rm -y glibc", "zypper remove systemd"], counterexamples: ["zypper rm apache2"]),
        CatalogRule(
            id: "packages.pacman.read", commands: ["pacman"],
            when: .any([.anyArgument(.prefix(["-Q", "-T", "-V"])), .anyArgument(.equals(pacmanSyncRead + ["-F", "-Fl", "-Fx", "-Fq"])),
                        .option(["--query", "--deptest", "--version", "--help"])]),
            unless: .any([pacmanRemove, pacmanSync, .anyArgument(.prefix(["-U", "-D", "-Fy"])), .option(["--upgrade", "--database", "--refresh"])]),
            effect: .readOnly, message: "queries installed or available packages",
            examples: ["pacman -Q", "pacman -Qi openssh", "pacman -Ss nginx", "pacman -Qdt", "pacman -Si linux"], counterexamples: ["pacman -S nginx", "pacman -Rns nginx"]),
        CatalogRule(
            id: "packages.pacman.install", commands: ["pacman"], when: .any([pacmanSync, .anyArgument(.prefix(["-U", "-D", "-Fy"])), .option(["--upgrade", "--database"])]),
            effect: .safeWrite, message: "installs packages or refreshes databases",
            examples: ["pacman -S --noconfirm nginx", "pacman -Sy", "pacman -U pkg.tar.zst", "pacman -Scc"], counterexamples: ["pacman -Ss nginx"]),
        CatalogRule(
            id: "packages.pacman.upgrade", commands: ["pacman"], when: .all([pacmanSync, .any([.shortFlag("u"), .option(["--sysupgrade"])])]),
            effect: .criticalWrite, message: "upgrades every package on the host",
            examples: ["pacman -Syu", "pacman -Syyu --noconfirm", "pacman -S -u"], counterexamples: ["pacman -S nginx"]),
        CatalogRule(
            id: "packages.pacman.remove", commands: ["pacman"], when: .any([pacmanRemove, .option(["--overwrite"]), .anyPositional(.prefix(urlPrefixes))]),
            effect: .criticalWrite, message: "removes packages, overwrites files of other packages, or installs from a URL",
            examples: ["pacman -Rns nginx", "pacman -R --noconfirm old", "pacman -U https://example.com/x.pkg.tar.zst"], counterexamples: ["pacman -Q"]),
        CatalogRule(
            id: "packages.pacman.core-removal", commands: ["pacman"], when: .all([pacmanRemove, coreRemoval]),
            effect: .block, message: "removes a package the host cannot run without",
            examples: ["pacman -Rdd glibc", "pacman -R systemd", "pacman -Rns linux"], counterexamples: ["pacman -R nginx"]),
        CatalogRule(
            id: "packages.apk.read", commands: ["apk"],
            subcommands: Rules.words(["info", "search", "list", "policy", "dot", "stats", "audit", "version", "verify", "manifest"]),
            effect: .readOnly, message: "lists or searches packages",
            examples: ["apk info", "apk search -v nginx", "apk list --installed", "apk version -l '<'"], counterexamples: ["apk add nginx"]),
        CatalogRule(
            id: "packages.apk.simulate", commands: ["apk"], when: apkSimulate,
            effect: .readOnly, message: "`--simulate` shows the changes without making them",
            examples: ["apk add -s nginx", "apk upgrade --simulate"], counterexamples: ["apk add nginx"]),
        CatalogRule(
            id: "packages.apk.add", commands: ["apk"], subcommands: Rules.words(["add", "update", "fix", "cache", "fetch", "index"]), unless: apkSimulate,
            effect: .safeWrite, message: "installs packages or refreshes the index",
            examples: ["apk add --no-cache curl", "apk update"], counterexamples: ["apk info"]),
        CatalogRule(
            id: "packages.apk.change", commands: ["apk"], subcommands: [["del"], ["upgrade"]], unless: apkSimulate,
            effect: .criticalWrite, message: "removes packages or upgrades every package",
            examples: ["apk del nginx", "apk upgrade"], counterexamples: ["apk add nginx"]),
        CatalogRule(
            id: "packages.apk.unverified", commands: ["apk"],
            when: .any([.option(["--allow-untrusted", "--force-broken-world", "--force-overwrite", "--force-non-repository", "-X", "--repository"])]),
            unless: apkSimulate,
            effect: .criticalWrite, message: "installs unsigned packages, overwrites files, or pulls from an extra repository",
            examples: ["apk add --allow-untrusted x.apk", "apk add -X http://10.0.0.5/repo agent"], counterexamples: ["apk add curl"]),
        CatalogRule(
            id: "packages.apk.core-removal", commands: ["apk"], subcommands: [["del"]], when: coreRemoval, unless: apkSimulate,
            effect: .block, message: "removes a package the host cannot run without (musl, busybox, apk-tools, alpine-base...)",
            examples: ["apk del musl", "apk del busybox apk-tools"], counterexamples: ["apk del nginx"]),
        CatalogRule(
            id: "packages.nix-env.query", commands: ["nix-env"], when: .any([.anyArgument(.prefix(["-q"])), .option(["--query", "--list-generations"])]),
            unless: .anyArgument(.prefix(["-i", "-e", "-u", "-G", "--install", "--uninstall", "--upgrade", "--rollback", "--switch", "--delete", "--set"])),
            effect: .readOnly, message: "lists installed or available Nix packages or generations",
            examples: ["nix-env -q", "nix-env -qaP firefox", "nix-env --list-generations"], counterexamples: ["nix-env -iA nixpkgs.hello"]),
        CatalogRule(
            id: "packages.nix-env.install", commands: ["nix-env"],
            when: .anyArgument(.prefix(["-i", "-e", "-u", "--install", "--uninstall", "--upgrade", "--set"])),
            effect: .safeWrite, message: "installs, upgrades or removes packages in a Nix profile",
            examples: ["nix-env -iA nixpkgs.hello", "nix-env -e hello", "nix-env -u"], counterexamples: ["nix-env -q"]),
        CatalogRule(
            id: "packages.nix-env.generations", commands: ["nix-env"],
            when: .anyArgument(.prefix(["-G", "--rollback", "--switch-generation", "--delete-generations"])),
            effect: .criticalWrite, message: "rolls back, switches or deletes profile generations",
            examples: ["nix-env --rollback", "nix-env --delete-generations old"], counterexamples: ["nix-env --list-generations"]),
        CatalogRule(
            id: "packages.nix-env.remove-all", commands: ["nix-env"],
            when: .all([.anyArgument(.prefix(["-e", "--uninstall"])), .anyPositional(.equals([".*", "*", ".+"]))]),
            effect: .block, message: "uninstalls every package of the profile",
            examples: ["nix-env -e '.*'"], counterexamples: ["nix-env -e hello"]),
        CatalogRule(
            id: "packages.nix-channel.list", commands: ["nix-channel"], when: .option(["--list", "--help", "--version"]),
            effect: .readOnly, message: "lists Nix channels",
            examples: ["nix-channel --list"], counterexamples: ["nix-channel --add https://nixos.org/channels/nixos-unstable"]),
        CatalogRule(
            id: "packages.nix-channel.update", commands: ["nix-channel"], when: .option(["--update"]),
            effect: .safeWrite, message: "refreshes channel contents",
            examples: ["nix-channel --update"], counterexamples: ["nix-channel --list"]),
        CatalogRule(
            id: "packages.nix-collect-garbage.dry-run", commands: ["nix-collect-garbage"], when: .option(["--dry-run"]),
            effect: .readOnly, message: "only reports what would be deleted",
            examples: ["nix-collect-garbage --dry-run"], counterexamples: ["nix-collect-garbage -d"]),
        CatalogRule(
            id: "packages.nix-collect-garbage.generations", commands: ["nix-collect-garbage"], when: .option(["-d", "--delete-old", "--delete-older-than"]),
            unless: .option(["--dry-run"]),
            effect: .criticalWrite, message: "deletes old profile generations: rollbacks to them become impossible",
            examples: ["nix-collect-garbage -d"], counterexamples: ["nix-collect-garbage"]),
    ]
}
