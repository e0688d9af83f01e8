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

    var names: [String]
    var kind: Kind
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

    static let table: [String: [EmbeddedOption]] = [
        "tar": [
            EmbeddedOption(names: ["--to-command", "--use-compress-program", "-I", "--rsh-command", "--info-script", "--new-volume-script", "-F"], kind: .shellString),
            EmbeddedOption(names: ["--checkpoint-action"], kind: .prefixed("exec=")),
        ],
        "rsync": [EmbeddedOption(names: ["-e", "--rsh", "--rsync-path"], kind: .shellString)],
        "git": [
            EmbeddedOption(names: ["-c", "--config-env"], kind: .keyValue(gitCommandKeys)),
            EmbeddedOption(names: ["--upload-pack", "--receive-pack", "--exec"], kind: .shellString),
        ],
        "ssh": [EmbeddedOption(names: ["-o"], kind: .keyValue(sshCommandKeys))],
        "scp": [EmbeddedOption(names: ["-o"], kind: .keyValue(sshCommandKeys)), EmbeddedOption(names: ["-S"], kind: .shellString)],
        "sftp": [EmbeddedOption(names: ["-o"], kind: .keyValue(sshCommandKeys)), EmbeddedOption(names: ["-S"], kind: .shellString)],
        "rg": [EmbeddedOption(names: ["--pre"], kind: .shellString)],
        "sort": [EmbeddedOption(names: ["--compress-program"], kind: .shellString)],
        "zip": [EmbeddedOption(names: ["-TT", "--unzip-command"], kind: .shellString)],
        "man": [EmbeddedOption(names: ["-P", "--pager"], kind: .shellString)],
        "script": [EmbeddedOption(names: ["-c", "--command"], kind: .shellString)],
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
