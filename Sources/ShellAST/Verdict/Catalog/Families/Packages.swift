private typealias Rules = RuleVocabulary

/// Package managers. This file: apt, apt-get, aptitude, dpkg and the Debian
/// tools around them. RPM, pacman, apk, snap, flatpak, brew and nix are in
/// `Packages+System.swift`; language package managers in `Packages+Language.swift`.
/// `apt-cache` and `dpkg-query` are diagnostics.
///
/// Installing from the configured repositories is a reviewed write; upgrading or
/// removing is critical; trusting new keys or repositories, or disabling
/// signature checks, is critical. Removing the packages a host cannot run
/// without (libc, systemd, sshd, sudo, bash, coreutils, the package manager,
/// kernels and boot loaders as a whole), or every package matching a catch-all
/// pattern, is `block`.
enum PackagesFamily {
    static let family = CatalogFamily(syntaxes: debianSyntaxes, rules: aptRules + debianToolRules + dpkgRules)

    /// Packages whose removal leaves a host that cannot boot, log in, run
    /// shells or manage packages.
    static let corePackages: [String] = [
        // Debian and Ubuntu
        "libc6", "libc-bin", "systemd", "systemd-sysv", "init", "sysvinit-core", "udev", "dbus", "openssh-server", "ssh", "sudo", "bash", "dash",
        "coreutils", "util-linux", "login", "passwd", "base-files", "base-passwd", "apt", "dpkg", "debianutils", "libpam0g", "libpam-modules",
        "libpam-modules-bin", "libpam-runtime", "tar", "findutils", "grep", "sed", "gzip", "hostname", "mount", "perl-base", "python3",
        "python3-minimal", "libselinux1", "zlib1g", "gpgv", "e2fsprogs", "grub-pc", "grub-efi-amd64", "grub-efi-amd64-signed", "grub2-common",
        "grub-common", "shim-signed", "linux-generic", "linux-image-generic", "linux-image-virtual", "linux-virtual", "linux-image-amd64",
        "linux-image-cloud-amd64", "linux-image-arm64", "ubuntu-minimal", "ubuntu-server", "netplan.io", "ifupdown", "network-manager", "iproute2",
        "libsystemd0", "libssl3", "libcrypt1", "procps", "libgcc-s1", "libstdc++6",
        // RHEL, Fedora, SUSE
        "glibc", "glibc-common", "systemd-libs", "rpm", "yum", "dnf", "python3-dnf", "microdnf", "zypper", "kernel", "kernel-core", "kernel-default",
        "grub2", "grub2-pc", "grub2-efi-x64", "shim-x64", "shadow-utils", "pam", "filesystem", "setup", "basesystem", "selinux-policy",
        "selinux-policy-targeted", "libselinux", "NetworkManager", "initscripts", "iproute", "openssh", "util-linux-core", "dracut", "openssl-libs",
        "python3-libs", "libdnf", "polkit",
        // Alpine and Arch
        "musl", "busybox", "alpine-base", "apk-tools", "alpine-baselayout", "alpine-keys", "openrc", "libc-utils", "musl-utils", "pacman", "linux",
        "linux-lts", "linux-zen", "linux-hardened", "base",
    ]
    /// Patterns that name every package, every kernel or a core library family.
    static let catchAllPatterns = [
        "*", ".*", "^", ".", "~i", "?installed", "?essential", "~E", "linux-image-*", "linux-image*", "linux-*", "linux*", "kernel*", "kernel-*",
        "lib*", "libc*", "glibc*", "systemd*", "openssh*", "python3*", "python*", "grub*", "*-dev*",
    ]
    /// Core package names with an architecture (`libc6:amd64`, `glibc.x86_64`).
    static let coreQualifiedNames: [String] = corePackages.flatMap { name in
        [":amd64", ":arm64", ":i386", ":armhf", ":all", ".x86_64", ".aarch64", ".i686", ".noarch", ".ppc64le", ".s390x"].map { name + $0 }
    }
    /// Full RPM names of the most vital packages (`glibc-2.34-60.el9`). A versioned kernel
    /// (`kernel-5.14.0-70.el9`) is one old kernel among several: critical, like
    /// `linux-image-5.4.0-42-generic`; `kernel` alone removes them all: core.
    static let coreVersionedPrefixes: [String] = ["glibc", "systemd", "openssh-server", "sudo", "bash", "coreutils", "rpm", "dnf", "yum", "pam"]
        .flatMap { name in (0...9).map { name + "-\($0)" } }
    static let coreRemoval: ArgCondition = .any([
        .anyPositional(.equals(corePackages + catchAllPatterns + coreQualifiedNames)), .anyPositional(.prefix(coreVersionedPrefixes)),
    ])

    static let aptSimulateFlags = ["-s", "--simulate", "--just-print", "--dry-run", "--recon", "--no-act", "-sy", "-ys", "-sq", "-qs", "-sqq", "-qqs",
                                   "-syq", "-ysq", "-qsy", "-qys", "-sqy", "-yqs"]
    /// `-s`/`--simulate`, unless a later spelling turns it off (`--simulate=no`,
    /// `--no-simulate`) or a configuration option could (`-o`, `-c`).
    static let aptSimulate: ArgCondition = .all([
        .anyArgument(.equals(aptSimulateFlags)),
        .not(.anyArgument(.prefix(["--simulate=", "--dry-run=", "--just-print=", "--recon=", "--no-act=", "--no-simulate", "--no-dry-run",
                                   "--no-just-print", "--no-recon", "-o", "--option", "-c", "--config-file"]))),
    ])
    static let aptOptionValues = ["-o", "--option"]

    static let debianSyntaxes: [CommandSyntax] = [
        .reviewed(["apt", "apt-get", "aptitude"], .packages, "installs, upgrades or removes Debian packages",
                  valueOptions: ["-o", "--option", "-c", "--config-file", "-t", "--target-release", "--default-release", "-a", "--host-architecture",
                                 "-P", "--build-profiles", "--solver", "-F", "--display-format", "-w", "--width", "--sort", "-O", "--planner"]),
        .reviewed(["apt-mark"], .packages, "marks packages", valueOptions: ["-o", "--option", "-c", "--config-file", "--file"]),
        .reviewed(["apt-key"], .packages, "manages the keys apt trusts", valueOptions: ["--keyring"], fallback: .criticalWrite),
        .reviewed(["add-apt-repository", "apt-add-repository"], .packages, "adds a package repository", valueOptions: ["-k", "--keyserver", "-c", "--component", "--pocket", "--uri", "-p"],
                  fallback: .criticalWrite),
        .reviewed(["apt-file"], .packages, "searches package contents", valueOptions: ["-a", "--architecture", "-c", "--cache", "-I", "--index-names", "-o", "--option"]),
        .reviewed(["do-release-upgrade"], .packages, "upgrades the distribution release", valueOptions: ["-f", "--frontend", "-m", "--mode"], fallback: .criticalWrite),
        .reviewed(["unattended-upgrade", "unattended-upgrades"], .packages, "installs pending updates unattended", fallback: .criticalWrite),
        .reviewed(["dpkg"], .packages, "installs, removes or queries Debian packages",
                  valueOptions: ["--root", "--instdir", "--admindir", "--log", "--status-fd", "--status-logger", "--path-exclude", "--path-include",
                                 "--ignore-depends", "--pre-invoke", "--post-invoke", "--compare-versions"]),
        .reviewed(["dpkg-reconfigure"], .packages, "re-runs a package's configuration", valueOptions: ["-f", "--frontend", "-p", "--priority"], fallback: .safeWrite),
        .reviewed(["dpkg-divert"], .packages, "diverts a package's files", valueOptions: ["--package", "--divert", "--admindir", "--instdir", "--root"], fallback: .criticalWrite),
        .reviewed(["update-alternatives", "alternatives"], .packages, "selects alternative commands",
                  valueOptions: ["--altdir", "--admindir", "--log", "--slave", "--family", "--initscript"], fallback: .safeWrite),
        .reviewed(["debconf-set-selections"], .packages, "pre-seeds package configuration answers", fallback: .safeWrite),
        .readOnly(["debconf-show", "apt-rdepends", "apt-show-versions", "checkrestart"], "reports package state", category: .packages),
        .reviewed(["debsums"], .packages, "verifies installed files against package checksums", valueOptions: ["-r", "--root", "-d", "--admindir", "-p", "--deb-path"],
                  fallback: .readOnly),
        .reviewed(["needrestart"], .packages, "finds (and by default restarts) services running outdated libraries", valueOptions: ["-r", "-c", "-n"]),
    ]

    // MARK: apt, apt-get, aptitude

    static let aptWrite = ["apt", "apt-get", "aptitude"]

    static let aptRules: [CatalogRule] = [
        CatalogRule(
            id: "packages.apt.read", commands: aptWrite,
            subcommands: Rules.words(["list", "search", "show", "showsrc", "policy", "depends", "rdepends", "changelog", "moo", "help", "check",
                                               "indextargets", "showpkg", "versions", "why", "why-not", "show-versions", "madison"]),
            effect: .readOnly, message: "lists, searches or shows packages",
            examples: ["apt list --installed", "apt search nginx", "apt show nginx", "apt policy openssl", "apt-get changelog bash", "aptitude why libssl3",
                       "apt list --upgradable 2>/dev/null | grep -i security"],
            counterexamples: ["apt install nginx"]),
        CatalogRule(
            id: "packages.apt.simulate", commands: aptWrite, when: aptSimulate,
            effect: .readOnly, message: "`-s`/`--simulate` only shows what would happen; nothing is changed",
            examples: ["apt-get -s upgrade", "apt-get --simulate dist-upgrade", "apt-get install -s nginx", "apt-get -sy remove libc6", "aptitude -s full-upgrade"],
            counterexamples: ["apt-get --simulate=no upgrade", "apt-get -s -o APT::Get::Simulate=false upgrade", "apt-get -y upgrade"]),
        CatalogRule(
            id: "packages.apt.version", commands: aptWrite + ["apt-mark", "apt-key", "apt-file", "dpkg", "dpkg-reconfigure", "add-apt-repository"], when: Rules.helpOrVersion,
            effect: .readOnly, message: "prints the version or help",
            examples: ["apt --version", "apt-get -h", "dpkg --version"], counterexamples: ["apt update"]),
        CatalogRule(
            id: "packages.apt.update", commands: aptWrite, subcommands: [["update"]],
            effect: .safeWrite, message: "refreshes the package lists",
            examples: ["apt update", "apt-get update -qq", "sudo apt-get -y update"], counterexamples: ["apt list"]),
        CatalogRule(
            id: "packages.apt.install", commands: aptWrite,
            subcommands: Rules.words(["install", "reinstall", "build-dep", "satisfy", "source", "download", "clean", "autoclean", "markauto",
                                               "unmarkauto", "hold", "unhold", "forget-new", "keep", "keep-all", "purge-cache"]),
            unless: aptSimulate,
            effect: .safeWrite, message: "installs packages from the configured repositories (their maintainer scripts run as root)",
            examples: ["apt install -y nginx", "apt-get install --no-install-recommends -y curl", "apt-get install ./app_1.2.deb", "apt-get clean",
                       "DEBIAN_FRONTEND=noninteractive apt-get install -y jq"],
            counterexamples: ["apt-get -s install nginx"]),
        CatalogRule(
            id: "packages.apt.upgrade", commands: aptWrite, subcommands: Rules.words(["upgrade", "full-upgrade", "dist-upgrade", "safe-upgrade"]),
            unless: aptSimulate,
            effect: .criticalWrite, message: "upgrades every upgradable package (services restart; some upgrades remove packages)",
            examples: ["apt upgrade -y", "apt-get dist-upgrade", "apt full-upgrade --autoremove"], counterexamples: ["apt-get -s upgrade"]),
        CatalogRule(
            id: "packages.apt.remove", commands: aptWrite, subcommands: Rules.words(["remove", "purge", "autoremove", "autopurge"]),
            unless: aptSimulate,
            effect: .criticalWrite, message: "removes packages (and with purge, their configuration)",
            examples: ["apt remove nginx", "apt-get purge -y apache2", "apt autoremove", "apt-get remove 'php7.4*'"], counterexamples: ["apt-get -s remove nginx"]),
        CatalogRule(
            id: "packages.apt.install-removes", commands: aptWrite, subcommands: Rules.words(["install", "reinstall"]),
            when: .anyPositional(.suffix(["-", "_"])), unless: aptSimulate,
            effect: .criticalWrite, message: "a package name ending in `-` (or `_` for aptitude) is removed, not installed",
            examples: ["apt-get install nginx-", "aptitude install apache2_"], counterexamples: ["apt install nginx"]),
        CatalogRule(
            id: "packages.apt.core-removal", commands: aptWrite,
            subcommands: Rules.words(["remove", "purge", "autoremove", "autopurge"]), when: coreRemoval, unless: aptSimulate,
            effect: .block, message: "removes a package the host cannot run without (libc, systemd, sshd, sudo, bash, the package manager, kernels or boot loader), or every package matching a catch-all pattern",
            examples: ["apt remove -y systemd", "apt-get purge libc6", "apt-get remove --purge openssh-server", "apt remove 'linux-image-*'",
                       "apt-get autoremove sudo", "apt-get remove '.*'", "sudo apt purge -y bash", "apt-get purge -y libc6:amd64"],
            counterexamples: ["apt remove nginx", "apt-get -s purge libc6", "apt install libc6", "apt-get remove linux-image-5.4.0-42-generic"]),
        CatalogRule(
            id: "packages.apt.core-removal-by-install", commands: aptWrite, subcommands: Rules.words(["install", "reinstall"]),
            when: .anyPositional(.equals(corePackages.map { $0 + "-" } + corePackages.map { $0 + "_" })), unless: aptSimulate,
            effect: .block, message: "a trailing `-` (or `_`) removes the package: here one the host cannot run without",
            examples: ["apt install libc6-", "apt-get install -y nginx systemd-", "aptitude install sudo_"], counterexamples: ["apt install libc6", "apt-get install nginx-"]),
        CatalogRule(
            id: "packages.apt.pattern-removal", commands: aptWrite, subcommands: Rules.words(["remove", "purge"]),
            when: .anyPositional(.contains(["*", "?", "~", "^", "[", "|"])), unless: aptSimulate,
            effect: .criticalWrite, message: "removes every package matching a pattern or regular expression",
            examples: ["apt-get remove 'php7.4*'", "apt purge '~c'"], counterexamples: ["apt remove php7.4-fpm"]),
        CatalogRule(
            id: "packages.apt.unverified", commands: aptWrite + ["apt-mark"],
            when: .any([
                .option(["--allow-unauthenticated", "--allow-downgrades", "--allow-change-held-packages", "--force-yes", "--allow-insecure-repositories",
                         "--allow-releaseinfo-change", "--no-check-signature"]),
                .optionValue(aptOptionValues, .containsCaseInsensitive(["allowunauthenticated", "allowinsecure", "allowdowngrade", "verify-peer", "verify-host",
                                                                       "check-valid-until", "allow-insecure", "trusted", "allow-weak"])),
            ]),
            unless: aptSimulate,
            effect: .criticalWrite, message: "installs from unauthenticated or insecure sources, downgrades, or overrides held packages",
            examples: ["apt-get install --allow-unauthenticated pkg", "apt-get -o Acquire::https::Verify-Peer=false update",
                       "apt-get update --allow-insecure-repositories", "apt-get -o APT::Get::AllowUnauthenticated=true install x"],
            counterexamples: ["apt-get install -y nginx"]),
        CatalogRule(
            id: "packages.apt.remove-essential", commands: aptWrite,
            when: .any([.option(["--allow-remove-essential"]), .optionValue(aptOptionValues, .containsCaseInsensitive(["remove-essential"]))]),
            unless: aptSimulate,
            effect: .block, message: "`--allow-remove-essential` lets apt remove the packages every Debian system needs",
            examples: ["apt-get remove --allow-remove-essential -y coreutils", "apt-get -o APT::Get::allow-remove-essential=true purge dash"],
            counterexamples: ["apt-get remove nginx"]),
        CatalogRule(
            id: "packages.apt.hook", commands: aptWrite + ["apt-mark", "apt-file"],
            when: .any([
                .optionValue(aptOptionValues, .containsCaseInsensitive(["invoke", "pre-install-pkgs", "dir::bin", "proxy-auto-detect", "gpgvcommand",
                                                                       "::pager", "apt::key", "dir::etc"])),
                .option(["-c", "--config-file"]),
            ]),
            effect: .review, message: "runs a command hidden in an apt configuration option, or loads a configuration that can define one (a hook command given inline is judged too)",
            examples: ["apt-get -o APT::Update::Pre-Invoke::='touch /tmp/x' update", "apt-get -o DPkg::Post-Invoke::=\"id\" install -y jq", "apt-get -c /tmp/apt.conf update"],
            counterexamples: ["apt-get -o Dpkg::Options::=--force-confold install -y nginx"]),
        CatalogRule(
            id: "packages.apt.edit-sources", commands: ["apt"], subcommands: [["edit-sources"]],
            effect: .criticalWrite, message: "edits the repository list in an editor",
            examples: ["apt edit-sources"], counterexamples: ["apt list"]),
    ]

    // MARK: Debian tools

    static let debianToolRules: [CatalogRule] = [
        CatalogRule(
            id: "packages.apt-mark.read", commands: ["apt-mark"],
            subcommands: Rules.words(["showhold", "showauto", "showmanual", "showinstall", "showremove", "showpurge", "showheld"]),
            effect: .readOnly, message: "lists package marks",
            examples: ["apt-mark showhold", "apt-mark showmanual"], counterexamples: ["apt-mark hold nginx"]),
        CatalogRule(
            id: "packages.apt-mark.change", commands: ["apt-mark"], subcommands: Rules.words(["hold", "unhold", "auto", "manual", "minimize-manual", "install", "remove", "purge"]),
            effect: .safeWrite, message: "holds, unholds or marks packages",
            examples: ["apt-mark hold nginx", "apt-mark manual curl"], counterexamples: ["apt-mark showhold"]),
        CatalogRule(
            id: "packages.apt-key.read", commands: ["apt-key"], subcommands: Rules.words(["list", "finger", "fingerprint", "export", "exportall"]),
            effect: .readOnly, message: "lists the keys apt trusts",
            examples: ["apt-key list", "apt-key fingerprint"], counterexamples: ["apt-key add key.gpg"]),
        CatalogRule(
            id: "packages.apt-key.trust", commands: ["apt-key"], subcommands: Rules.words(["add", "adv", "del", "net-update", "update", "delete"]),
            effect: .criticalWrite, message: "adds or removes a key apt trusts: packages signed with it install as root",
            examples: ["apt-key add repo.gpg", "curl -fsSL https://example.com/key.gpg | apt-key add -", "apt-key adv --keyserver keyserver.ubuntu.com --recv-keys ABCD1234"],
            counterexamples: ["apt-key list"]),
        CatalogRule(
            id: "packages.add-apt-repository", commands: ["add-apt-repository", "apt-add-repository"], unless: .option(["-L", "--list", "-h", "--help"]),
            effect: .criticalWrite, message: "adds (or removes) a package repository: its packages install as root",
            examples: ["add-apt-repository ppa:ondrej/php", "add-apt-repository -y 'deb [arch=amd64] https://download.docker.com/linux/ubuntu jammy stable'", "add-apt-repository --remove ppa:x/y"],
            counterexamples: ["add-apt-repository --list"]),
        CatalogRule(
            id: "packages.apt-file.read", commands: ["apt-file"], subcommands: Rules.words(["search", "find", "list", "show"]),
            effect: .readOnly, message: "searches package contents",
            examples: ["apt-file search bin/dig"], counterexamples: ["apt-file update"]),
        CatalogRule(
            id: "packages.apt-file.update", commands: ["apt-file"], subcommands: [["update"]],
            effect: .safeWrite, message: "refreshes the contents index",
            examples: ["apt-file update"], counterexamples: ["apt-file list nginx"]),
        CatalogRule(
            id: "packages.release-upgrade.check", commands: ["do-release-upgrade", "unattended-upgrade", "unattended-upgrades"],
            when: .option(["-c", "--check-dist-upgrade-only", "--dry-run", "-h", "--help"]),
            effect: .readOnly, message: "only checks for a new release or shows what would be upgraded",
            examples: ["do-release-upgrade -c", "unattended-upgrade --dry-run -d"], counterexamples: ["do-release-upgrade"]),
        CatalogRule(
            id: "packages.release-upgrade", commands: ["do-release-upgrade", "unattended-upgrade", "unattended-upgrades"],
            unless: .option(["-c", "--check-dist-upgrade-only", "--dry-run", "-h", "--help"]),
            effect: .criticalWrite, message: "upgrades the distribution release or installs every pending update",
            examples: ["do-release-upgrade -f DistUpgradeViewNonInteractive", "unattended-upgrade -v"], counterexamples: ["do-release-upgrade -c"]),
        CatalogRule(
            id: "packages.dpkg-divert.list", commands: ["dpkg-divert"], when: .option(["--list", "--listpackage", "--truename"]),
            effect: .readOnly, message: "lists diversions",
            examples: ["dpkg-divert --list"], counterexamples: ["dpkg-divert --add /usr/bin/x"]),
        CatalogRule(
            id: "packages.alternatives.read", commands: ["update-alternatives", "alternatives"],
            when: .option(["--display", "--query", "--list", "--get-selections", "--help", "--version"]),
            unless: .option(["--set", "--install", "--remove", "--remove-all", "--auto", "--all", "--config", "--set-selections"]),
            effect: .readOnly, message: "shows alternative links",
            examples: ["update-alternatives --display java", "update-alternatives --list editor"], counterexamples: ["update-alternatives --set java /usr/lib/jvm/x/bin/java"]),
        CatalogRule(
            id: "packages.debsums.generate", commands: ["debsums"], when: .option(["-g", "--generate"]),
            effect: .safeWrite, message: "writes missing checksum files",
            examples: ["debsums --generate=missing"], counterexamples: ["debsums -s"]),
        CatalogRule(
            id: "packages.needrestart.list", commands: ["needrestart"], when: .any([.option(["-b", "-l"]), .optionValue(["-r"], .equals(["l"]))]),
            unless: .optionValue(["-r"], .equals(["a", "i"])),
            effect: .readOnly, message: "lists services and processes that need a restart",
            examples: ["needrestart -b", "needrestart -r l"], counterexamples: ["needrestart -r a"]),
        CatalogRule(
            id: "packages.needrestart.restart", commands: ["needrestart"], unless: .any([.option(["-b", "-l"]), .optionValue(["-r"], .equals(["l"]))]),
            effect: .safeWrite, message: "restarts services that run outdated libraries (automatically with `-r a`)",
            examples: ["needrestart -r a", "needrestart"], counterexamples: ["needrestart -b"]),
        CatalogRule(
            id: "packages.debconf-set-selections.check", commands: ["debconf-set-selections"], when: .option(["-c", "--checkonly"]),
            effect: .readOnly, message: "checks the answers' syntax without storing them",
            examples: ["debconf-set-selections -c answers.txt"], counterexamples: ["debconf-set-selections answers.txt"]),
    ]

    // MARK: dpkg

    static let dpkgInstall: ArgCondition = .any([
        .option(["-i", "--install", "--unpack", "--configure", "--triggers-only", "--add-architecture", "--remove-architecture", "--update-avail",
                 "--merge-avail", "--clear-avail", "--set-selections", "--clear-selections", "--record-avail", "-A", "--forget-old-unavail"]),
        .anyArgument(.equals(["-iR", "-Ri", "-Ei", "-iE", "-iG", "-Gi", "-Bi", "-iB"])),
    ])
    static let dpkgRemove: ArgCondition = .option(["-r", "--remove", "-P", "--purge"])

    static let dpkgRules: [CatalogRule] = [
        CatalogRule(
            id: "packages.dpkg.read", commands: ["dpkg"],
            when: .any([.anyArgument(.prefix(["-l", "-L", "-s", "-S", "-p", "-c", "-I", "-C", "-V", "-W"])),
                        .option(["--list", "--listfiles", "--status", "--search", "--print-avail", "--contents", "--info", "--audit", "--verify",
                                 "--get-selections", "--print-architecture", "--print-foreign-architectures", "--compare-versions", "--show",
                                 "--field", "--fsys-tarfile", "--validate-pkgname", "--validate-version"])]),
            unless: .any([dpkgInstall, dpkgRemove]),
            effect: .readOnly, message: "lists, queries or verifies installed packages",
            examples: ["dpkg -l", "dpkg -l | grep nginx", "dpkg -L openssl", "dpkg -S /usr/bin/dig", "dpkg --get-selections", "dpkg -s libc6", "dpkg --print-architecture"],
            counterexamples: ["dpkg -i app.deb", "dpkg -r nginx"]),
        CatalogRule(
            id: "packages.dpkg.install", commands: ["dpkg"], when: dpkgInstall,
            effect: .safeWrite, message: "installs or configures packages from local files (their maintainer scripts run as root)",
            examples: ["dpkg -i app_1.2_amd64.deb", "dpkg --configure -a", "dpkg --add-architecture i386"], counterexamples: ["dpkg -l"]),
        CatalogRule(
            id: "packages.dpkg.remove", commands: ["dpkg"], when: dpkgRemove,
            effect: .criticalWrite, message: "removes or purges packages",
            examples: ["dpkg -r nginx", "dpkg --purge apache2"], counterexamples: ["dpkg -L nginx"]),
        CatalogRule(
            id: "packages.dpkg.force", commands: ["dpkg"], when: .anyArgument(.prefix(["--force-"])),
            effect: .criticalWrite, message: "overrides dpkg's dependency, conflict or overwrite checks",
            examples: ["dpkg -i --force-depends app.deb", "dpkg -i --force-overwrite x.deb", "dpkg --force-all -i x.deb"], counterexamples: ["dpkg -i x.deb"]),
        CatalogRule(
            id: "packages.dpkg.core-removal", commands: ["dpkg"],
            when: .any([.all([dpkgRemove, coreRemoval]), .option(["--force-remove-essential", "--force-remove-protected"]),
                        .all([dpkgRemove, .option(["--force-all"])])]),
            effect: .block, message: "removes a package the host cannot run without, or forces removal of essential packages",
            examples: ["dpkg -r --force-depends libc6", "dpkg --purge systemd", "dpkg --force-remove-essential -r bash", "dpkg -P --force-all sudo"],
            counterexamples: ["dpkg -r nginx", "dpkg -s libc6"]),
        CatalogRule(
            id: "packages.dpkg.hook", commands: ["dpkg"], when: .option(["--pre-invoke", "--post-invoke", "--status-logger"]),
            effect: .review, message: "runs a hook command given in an option (judged too)",
            examples: ["dpkg --post-invoke='touch /tmp/x' -i app.deb"], counterexamples: ["dpkg -i app.deb"]),
    ]
}
