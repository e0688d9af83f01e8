private typealias Rules = RuleVocabulary

/// Package managers for applications: snap, flatpak, Homebrew.
extension PackagesFamily {
    static let appManagers = CatalogFamily(syntaxes: appSyntaxes, rules: sandboxRules)

    static let appSyntaxes: [CommandSyntax] = [
        .reviewed(["snap"], .packages, "installs, refreshes or removes snaps", valueOptions: ["--channel", "--revision", "--cohort", "--color", "--unicode"]),
        .reviewed(["flatpak"], .packages, "installs, updates or runs Flatpak applications",
                  valueOptions: ["--installation", "--arch", "--columns", "--subpath", "--title", "--comment", "--filter", "--gpg-import", "--branch"]),
        .reviewed(["brew"], .packages, "installs, upgrades or removes Homebrew packages"),
    ]

    // MARK: snap, flatpak, brew

    static let sandboxRules: [CatalogRule] = [
        CatalogRule(
            id: "packages.snap.read", commands: ["snap"],
            subcommands: Rules.words(["list", "info", "find", "search", "connections", "interfaces", "services", "logs", "version", "changes", "change",
                                               "tasks", "aliases", "get", "known", "model", "warnings", "routine", "saved", "help", "whoami"]),
            effect: .readOnly, message: "lists or shows snaps, services, logs or changes",
            examples: ["snap list", "snap info lxd", "snap services", "snap logs -n 100 lxd", "snap changes"], counterexamples: ["snap remove lxd"]),
        CatalogRule(
            id: "packages.snap.refresh-list", commands: ["snap"], subcommands: [["refresh"]], when: .option(["--list", "--time"]),
            effect: .readOnly, message: "lists pending refreshes",
            examples: ["snap refresh --list"], counterexamples: ["snap refresh"]),
        CatalogRule(
            id: "packages.snap.change", commands: ["snap"],
            subcommands: Rules.words(["install", "refresh", "revert", "enable", "disable", "start", "stop", "restart", "set", "unset", "connect",
                                               "disconnect", "alias", "unalias", "prefer", "switch", "save", "forget", "abort", "login", "logout", "check-snapshot",
                                               "restore", "wait"]),
            unless: .option(["--list", "--time"]),
            effect: .safeWrite, message: "installs, refreshes, reverts or reconfigures snaps",
            examples: ["snap install jq", "snap refresh lxd", "snap restart lxd", "snap install core24 --channel=latest/stable"], counterexamples: ["snap list"]),
        CatalogRule(
            id: "packages.snap.critical", commands: ["snap"], subcommands: Rules.words(["remove", "ack", "set-quota", "remove-quota", "remodel"]),
            effect: .criticalWrite, message: "removes snaps, trusts an assertion or changes the device model or quotas",
            examples: ["snap remove lxd", "snap remove --purge microk8s", "snap ack my.assert"], counterexamples: ["snap list"]),
        CatalogRule(
            id: "packages.snap.unconfined", commands: ["snap"], subcommands: [["install"], ["refresh"]],
            when: .option(["--dangerous", "--devmode", "--classic", "--jailmode", "--unaliased"]),
            effect: .criticalWrite, message: "installs an unsigned (`--dangerous`) or unconfined (`--classic`, `--devmode`) snap",
            examples: ["snap install --dangerous ./app.snap", "snap install --classic certbot"], counterexamples: ["snap install jq"]),
        CatalogRule(
            id: "packages.flatpak.read", commands: ["flatpak"],
            subcommands: Rules.words(["list", "info", "search", "remotes", "remote-ls", "remote-info", "history", "ps", "documents", "document-info",
                                               "permissions", "permission-show", "config"]),
            unless: .option(["--set", "--unset"]),
            effect: .readOnly, message: "lists or shows Flatpak applications and remotes",
            examples: ["flatpak list", "flatpak remotes", "flatpak info org.gimp.GIMP"], counterexamples: ["flatpak uninstall org.gimp.GIMP"]),
        CatalogRule(
            id: "packages.flatpak.change", commands: ["flatpak"],
            subcommands: Rules.words(["install", "update", "upgrade", "uninstall", "remove", "repair", "remote-modify", "remote-delete", "mask", "pin",
                                               "make-current", "kill"]),
            effect: .safeWrite, message: "installs, updates or removes Flatpak applications",
            examples: ["flatpak install -y flathub org.gimp.GIMP", "flatpak update -y", "flatpak uninstall --unused"], counterexamples: ["flatpak list"]),
        CatalogRule(
            id: "packages.flatpak.critical", commands: ["flatpak"],
            subcommands: Rules.words(["remote-add", "override", "permission-set", "permission-remove", "permission-reset"]),
            effect: .criticalWrite, message: "adds a remote or changes an application's sandbox permissions",
            examples: ["flatpak remote-add --if-not-exists flathub https://dl.flathub.org/repo/flathub.flatpakrepo", "flatpak override --filesystem=host org.x.App"],
            counterexamples: ["flatpak remotes"]),
        CatalogRule(
            id: "packages.flatpak.unverified", commands: ["flatpak"], when: .option(["--no-gpg-verify", "--delete-data", "--all"]),
            effect: .criticalWrite, message: "skips signature checks, or removes every application or its data",
            examples: ["flatpak remote-add --no-gpg-verify local /srv/repo", "flatpak uninstall --all --delete-data"], counterexamples: ["flatpak uninstall org.x.App"]),
        CatalogRule(
            id: "packages.flatpak.run", commands: ["flatpak"], subcommands: Rules.words(["run", "enter", "build", "build-init", "build-finish", "build-export", "spawn"]),
            effect: .review, message: "runs or builds an application; what it does is not analysed",
            examples: ["flatpak run org.x.App", "flatpak run --command=sh org.x.App"], counterexamples: ["flatpak list"]),
        CatalogRule(
            id: "packages.brew.read", commands: ["brew"],
            subcommands: Rules.words(["list", "ls", "info", "abv", "search", "outdated", "deps", "uses", "leaves", "config", "doctor", "dr", "desc", "home",
                                               "commands", "tap-info", "missing", "log", "cat"])
                + [["services", "list"], ["services", "info"]],
            effect: .readOnly, message: "lists or shows Homebrew packages",
            examples: ["brew list", "brew info jq", "brew outdated", "brew services list"], counterexamples: ["brew install jq"]),
        CatalogRule(
            id: "packages.brew.paths", commands: ["brew"], when: .all([.positionalCount(0...1), .option(["--prefix", "--cellar", "--repository", "--cache", "--env", "--version"])]),
            effect: .readOnly, message: "prints Homebrew's paths or version",
            examples: ["brew --prefix", "brew --prefix openssl"], counterexamples: ["brew install jq"]),
        CatalogRule(
            id: "packages.brew.change", commands: ["brew"],
            subcommands: Rules.words(["install", "uninstall", "remove", "rm", "reinstall", "update", "cleanup", "link", "unlink", "pin", "unpin",
                                               "autoremove", "untap", "bundle", "postinstall"])
                + [["services", "start"], ["services", "stop"], ["services", "restart"], ["services", "run"], ["services", "cleanup"]],
            effect: .safeWrite, message: "installs, removes or updates Homebrew packages or services",
            examples: ["brew install jq", "brew uninstall wget", "brew update", "brew services restart postgresql@16"], counterexamples: ["brew list"]),
        CatalogRule(
            id: "packages.brew.upgrade", commands: ["brew"], subcommands: [["upgrade"]],
            effect: .safeWrite, message: "upgrades packages",
            examples: ["brew upgrade jq"], counterexamples: ["brew list"]),
        CatalogRule(
            id: "packages.brew.critical", commands: ["brew"], subcommands: [["tap"]], when: .positionalCount(1...Int.max),
            effect: .criticalWrite, message: "adds a third-party tap: its formulae run code when installed",
            examples: ["brew tap someone/tools"], counterexamples: ["brew tap"]),
        CatalogRule(
            id: "packages.brew.code", commands: ["brew"], subcommands: Rules.words(["sh", "ruby", "irb", "edit", "extract", "create", "exec"]),
            effect: .review, message: "opens a shell, Ruby or an editor in Homebrew's environment",
            examples: ["brew sh", "brew ruby -e 'puts 1'"], counterexamples: ["brew info jq"]),
    ]
}
