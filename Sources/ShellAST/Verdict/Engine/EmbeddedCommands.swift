/// Options whose value is a command the program runs.
struct EmbeddedOption: Sendable {
    enum Kind: Sendable {
        /// The whole value is a shell command.
        case shellString
        /// The value after this prefix is a shell command (`exec=CMD`).
        case prefixed(String)
        /// `key=value` where some keys (patterns with `*`) hold commands.
        case keyValue([String])
    }

    /// When the option holds a command at all.
    enum Gate: Sendable {
        /// Always.
        case always
        /// Only after one of these subcommands (`git clone -u CMD`; in `git log -u`, `-u` is a flag).
        case subcommands(Set<String>)
        /// Unless one of these options names a value outside the set: `ansible -m apt -a
        /// 'name=x'` holds `key=value` pairs, while no `-m`, a run-time one or `-m shell` means a command.
        case optionValueIn(OptionNames, Set<String>)
    }

    let names: [String]
    let kind: Kind
    let gate: Gate
    /// `names`, prepared for matching.
    let options: OptionNames
    /// The letters of the single-letter names (`-o` → `o`), for option clusters (`-vo`).
    let shortLetters: String

    init(names: [String], kind: Kind, gate: Gate = .always) {
        self.names = names
        self.kind = kind
        self.gate = gate
        self.options = OptionNames(names)
        self.shortLetters = names.filter { $0.utf8.count == 2 && $0.utf8.first == UInt8(ascii: "-") }.map { $0.dropFirst() }.joined()
    }
}

enum EmbeddedCommands {
    /// Configuration keys of git whose values are commands.
    static let gitCommandKeys = [
        "core.pager", "core.editor", "core.sshcommand", "core.fsmonitor", "core.hookspath", "core.askpass", "core.gitproxy",
        "diff.external", "diff.*.textconv", "diff.*.command", "merge.*.driver", "filter.*.clean", "filter.*.smudge",
        "filter.*.process", "credential.helper", "credential.*.helper", "gpg.program", "gpg.*.program", "sequence.editor",
        "pager.*", "alias.*", "uploadpack.packobjectshook", "remote.*.uploadpack", "remote.*.receivepack", "web.browser",
        "browser.*.cmd", "man.*.cmd", "difftool.*.cmd", "mergetool.*.cmd", "sendemail.*", "receive.procreceiverefs",
        "protocol.*.allow", "ssh.variant",
    ]

    static let sshCommandKeys = ["proxycommand", "localcommand", "knownhostscommand", "remotecommand"]

    /// apt configuration keys (`-o KEY=VALUE`) whose values are commands or programs
    /// apt runs. Added with the packages catalog family; apt appends to a list with
    /// a trailing `::`, so both spellings are listed.
    static let aptCommandKeys: [String] = [
        "apt::update::pre-invoke", "apt::update::post-invoke", "apt::update::post-invoke-success", "dpkg::pre-invoke", "dpkg::post-invoke",
        "dpkg::pre-install-pkgs", "dpkg::post-invoke-success", "acquire::http::proxy-auto-detect", "acquire::https::proxy-auto-detect",
        "dir::bin::dpkg", "apt::key::gpgvcommand",
    ].flatMap { [$0, $0 + "::"] }

    static let table: [String: [EmbeddedOption]] = [
        "tar": [
            EmbeddedOption(names: ["--to-command", "--use-compress-program", "-I", "--rsh-command", "--info-script", "--new-volume-script", "-F"], kind: .shellString),
            EmbeddedOption(names: ["--checkpoint-action"], kind: .prefixed("exec=")),
        ],
        "rsync": [EmbeddedOption(names: ["-e", "--rsh", "--rsync-path"], kind: .shellString)],
        "git": [
            EmbeddedOption(names: ["-c", "--config-env"], kind: .keyValue(gitCommandKeys)),
            EmbeddedOption(names: ["--upload-pack", "--receive-pack", "--exec"], kind: .shellString),
            // `-u` is `--upload-pack` where git fetches from a repository.
            EmbeddedOption(names: ["-u"], kind: .shellString, gate: .subcommands(["clone", "fetch", "pull", "ls-remote", "archive"])),
            // `git filter-branch` gives each filter to a shell, once per commit.
            EmbeddedOption(
                names: ["--tree-filter", "--index-filter", "--msg-filter", "--env-filter", "--commit-filter", "--parent-filter",
                        "--tag-name-filter"],
                kind: .shellString, gate: .subcommands(["filter-branch"])),
            // `git rebase -x CMD` is `--exec CMD`.
            EmbeddedOption(names: ["-x"], kind: .shellString, gate: .subcommands(["rebase"])),
        ],
        "ssh": [EmbeddedOption(names: ["-o"], kind: .keyValue(sshCommandKeys))],
        "scp": [EmbeddedOption(names: ["-o"], kind: .keyValue(sshCommandKeys)), EmbeddedOption(names: ["-S"], kind: .shellString)],
        "sftp": [EmbeddedOption(names: ["-o"], kind: .keyValue(sshCommandKeys)), EmbeddedOption(names: ["-S"], kind: .shellString)],
        "rg": [EmbeddedOption(names: ["--pre"], kind: .shellString)],
        "sort": [EmbeddedOption(names: ["--compress-program"], kind: .shellString)],
        "zip": [EmbeddedOption(names: ["-TT", "--unzip-command"], kind: .shellString)],
        "man": [EmbeddedOption(names: ["-P", "--pager"], kind: .shellString), EmbeddedOption(names: ["--html"], kind: .shellString)],
        "script": [EmbeddedOption(names: ["-c", "--command"], kind: .shellString)],
        // Packages family: hook commands in apt `-o` options, dpkg's invoke hooks, rpm's `--pipe`.
        "apt": [EmbeddedOption(names: ["-o", "--option"], kind: .keyValue(aptCommandKeys))],
        "apt-get": [EmbeddedOption(names: ["-o", "--option"], kind: .keyValue(aptCommandKeys))],
        "aptitude": [EmbeddedOption(names: ["-o", "--option"], kind: .keyValue(aptCommandKeys))],
        "dpkg": [EmbeddedOption(names: ["--pre-invoke", "--post-invoke", "--status-logger"], kind: .shellString)],
        "rpm": [EmbeddedOption(names: ["--pipe"], kind: .shellString)],
        // Remote commands in options: `gcloud compute ssh VM --command CMD`, `ansible HOSTS -m shell -a CMD`
        // (for other modules `-a` holds `key=value` pairs, which judge as plain assignments).
        "gcloud": [EmbeddedOption(names: ["--command"], kind: .shellString)],
        "ansible": [
            EmbeddedOption(
                names: ["-a", "--args"], kind: .shellString,
                gate: .optionValueIn(
                    OptionNames(["-m", "--module-name"]),
                    ["command", "shell", "raw", "ansible.builtin.command", "ansible.builtin.shell", "ansible.builtin.raw"]))
        ],
    ]

    /// Whether a configuration key matches a pattern such as `diff.*.textconv`.
    static func keyMatches(_ key: Substring, _ pattern: String) -> Bool {
        let k = key.split(separator: ".", omittingEmptySubsequences: false)
        let p = pattern.split(separator: ".", omittingEmptySubsequences: false)
        if p.last == "*" {
            guard k.count >= p.count - 1 else { return false }
            return zip(k, p.dropLast()).allSatisfy { $0 == $1 || $1 == "*" }
        }
        guard k.count == p.count else { return false }
        return zip(k, p).allSatisfy { $0 == $1 || $1 == "*" }
    }
}
