/// What a path names, for judging writes to it and reads from it.
enum PathKind: Equatable, Sendable {
    /// `/`, `/*`, or a top-level system tree (`/etc`, `/usr`, `/var`, `/boot`...)
    /// or a home directory as a whole: removing or overwriting it wrecks the host.
    case systemTree
    /// A disk or memory device (`/dev/sda`, `/dev/nvme0n1`, `/dev/mem`).
    case blockDevice
    /// `/dev/null`, `/dev/stdout`, `/dev/fd/N`...: writing is harmless.
    case harmlessDevice
    /// `/dev/tcp/HOST/PORT` or `/dev/udp/...`: a network connection.
    case networkDevice
    /// `/etc/passwd`, `/etc/shadow`, `/etc/group`, `/etc/sudoers*`, `/boot/*`,
    /// `/proc/sysrq-trigger`, `authorized_keys`, `/etc/ld.so.preload`: writing is catastrophic.
    case protectedFile
    /// Kernel tunables and system configuration (`/proc/sys/*`, `/sys/*`, other
    /// `/etc/*`, shell start-up files, cron, systemd units, system binaries).
    case systemFile
    /// Anything else.
    case ordinary
}

/// Path normalisation and classification.
enum PathRules {
    /// Lexical normalisation: `//` → `/`, `/./` → `/`, `a/../` removed, trailing `/`
    /// dropped; `..` above the root stays at the root. `~` prefixes are kept.
    static func normalize(_ path: String) -> String {
        if !path.contains("//") && !path.contains("/.") && !(path.count > 1 && path.hasSuffix("/")) { return path }
        let absolute = path.hasPrefix("/")
        var out: [Substring] = []
        for c in path.split(separator: "/", omittingEmptySubsequences: true) {
            if c == "." { continue }
            if c == ".." {
                if let last = out.last, last != "..", last != "~" {
                    out.removeLast()
                } else if !absolute {
                    out.append(c)
                }
                continue
            }
            out.append(c)
        }
        let joined = out.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// Top-level directories whose removal or replacement wrecks the host.
    static let systemTrees: Set<String> = [
        "/", "/bin", "/boot", "/dev", "/etc", "/home", "/lib", "/lib32", "/lib64", "/libx32", "/opt", "/proc",
        "/root", "/run", "/sbin", "/srv", "/sys", "/usr", "/var", "/usr/bin", "/usr/sbin", "/usr/lib", "/usr/lib64",
        "/usr/local", "/usr/share", "/usr/include", "/var/lib", "/var/log", "/var/spool", "/var/cache", "/etc/ssh",
        "/etc/systemd", "/etc/kubernetes", "~", "/mnt", "/media", "/snap",
    ]

    /// Classifies a path for a write.
    static func kind(of rawPath: String) -> PathKind {
        let p = normalize(rawPath)
        if systemTrees.contains(p) { return .systemTree }
        // `/*`, `/etc/*`, `~/*`: everything inside a system tree.
        if p.hasSuffix("/*") || p.hasSuffix("/.*") {
            let dir = String(p.dropLast(p.hasSuffix("/.*") ? 3 : 2))
            if dir.isEmpty || systemTrees.contains(dir) { return .systemTree }
        }
        if p == "*" && rawPath.hasPrefix("/") { return .systemTree }
        if p.hasPrefix("/dev/") { return deviceKind(p) }
        if protectedFiles.contains(p) || p.hasPrefix("/etc/sudoers.d/") || p.hasPrefix("/boot/")
            || p.hasSuffix("/.ssh/authorized_keys") || p.hasSuffix("/.ssh/authorized_keys2")
        {
            return .protectedFile
        }
        if p.hasPrefix("/etc/") || p.hasPrefix("/proc/") || p.hasPrefix("/sys/") || p.hasPrefix("/usr/")
            || p.hasPrefix("/bin/") || p.hasPrefix("/sbin/") || p.hasPrefix("/lib") || p.hasPrefix("/var/spool/cron")
            || p.hasPrefix("/var/lib/") || p.hasPrefix("/root/") || isShellStartupFile(p) || p.hasPrefix("~/.ssh/")
            || p.contains("/.ssh/")
        {
            return .systemFile
        }
        return .ordinary
    }

    static let protectedFiles: Set<String> = [
        "/etc/passwd", "/etc/shadow", "/etc/group", "/etc/gshadow", "/etc/sudoers", "/etc/ld.so.preload",
        "/proc/sysrq-trigger", "/proc/sys/kernel/sysrq", "/etc/pam.d", "/etc/security/opasswd",
        "/proc/sys/kernel/panic", "/proc/sys/kernel/core_pattern",
    ]

    static func deviceKind(_ p: String) -> PathKind {
        let harmless: Set<String> = [
            "/dev/null", "/dev/zero", "/dev/stdout", "/dev/stderr", "/dev/stdin", "/dev/tty", "/dev/full",
            "/dev/random", "/dev/urandom", "/dev/console",
        ]
        if harmless.contains(p) || p.hasPrefix("/dev/fd/") || p.hasPrefix("/dev/pts/") { return .harmlessDevice }
        if p.hasPrefix("/dev/tcp/") || p.hasPrefix("/dev/udp/") { return .networkDevice }
        let name = p.dropFirst(5)
        let diskPrefixes = ["sd", "hd", "vd", "xvd", "nvme", "mmcblk", "dm-", "md", "loop", "sr", "nbd", "rbd", "zd", "mapper/", "disk/", "mem", "kmem", "port", "zram", "bcache"]
        if diskPrefixes.contains(where: { name.hasPrefix($0) }) { return .blockDevice }
        return .systemFile
    }

    /// Shell and login start-up files: writing them runs code at the next login.
    static func isShellStartupFile(_ p: String) -> Bool {
        let names = [".bashrc", ".bash_profile", ".bash_login", ".profile", ".zshrc", ".zprofile", ".zshenv", ".bash_logout", ".inputrc"]
        if let slash = p.lastIndex(of: "/") {
            let base = p[p.index(after: slash)...]
            return names.contains(String(base))
        }
        return names.contains(p)
    }

    /// Whether reading the path exposes secrets: password hashes, private keys,
    /// environment files, process environments, cloud and cluster credentials.
    static func isSensitiveRead(_ rawPath: String) -> Bool {
        let u = rawPath.utf8
        guard u.count >= 4 else { return false }
        let p = normalize(rawPath)
        if sensitiveFiles.contains(p) { return true }
        if p.hasPrefix("/etc/sudoers") || p.hasPrefix("/etc/ssh/ssh_host_") && !p.hasSuffix(".pub") { return true }
        if p.hasPrefix("/proc/"), p.hasSuffix("/environ") || p.hasSuffix("/mem") { return true }
        if p.hasPrefix("/etc/kubernetes/pki/") || p.hasPrefix("/var/run/secrets/") || p.hasPrefix("/run/secrets/") { return true }
        let base: Substring = p.lastIndex(of: "/").map { p[p.index(after: $0)...] } ?? Substring(p)
        if base == ".env" || base.hasPrefix(".env.") || base.hasSuffix(".env") { return true }
        if base.hasPrefix("id_") && !base.hasSuffix(".pub") && (base.hasPrefix("id_rsa") || base.hasPrefix("id_dsa") || base.hasPrefix("id_ecdsa") || base.hasPrefix("id_ed25519")) {
            return true
        }
        if base.hasSuffix(".pem") || base.hasSuffix(".key") || base.hasSuffix(".p12") || base.hasSuffix(".pfx") || base.hasSuffix(".jks") || base.hasSuffix(".keystore") {
            return true
        }
        for suffix in sensitiveSuffixes where p.hasSuffix(suffix) { return true }
        return false
    }

    static let sensitiveFiles: Set<String> = [
        "/etc/shadow", "/etc/gshadow", "/etc/shadow-", "/etc/gshadow-", "/etc/security/opasswd",
        "/etc/kubernetes/admin.conf", "/etc/kubernetes/kubelet.conf", "/root/.bash_history", "~/.bash_history",
        "/etc/rancher/k3s/k3s.yaml", "/var/lib/kubelet/kubeconfig",
    ]

    static let sensitiveSuffixes = [
        "/.aws/credentials", "/.aws/config", "/.kube/config", "/.docker/config.json", "/.git-credentials", "/.netrc",
        "/.pgpass", "/.my.cnf", "/.npmrc", "/.pypirc", "/.vault-token", "/.config/gcloud/credentials.db",
        "/.config/gcloud/access_tokens.db", "/.config/gcloud/application_default_credentials.json",
        "/.azure/accessTokens.json", "/.azure/msal_token_cache.json", "/.ssh/config", "/.gnupg/secring.gpg",
        "/.bash_history", "/.zsh_history", "/.mysql_history", "/.psql_history", "/.terraformrc", "/.config/gh/hosts.yml",
        "/serviceaccount/token", "/credentials.json", "/service-account.json",
    ]

    /// Whether the argument names a remote location (`host:path`, `user@host:path`,
    /// `rsync://`, `scp://`).
    static func isRemote(_ arg: String) -> Bool {
        if arg.hasPrefix("/") || arg.hasPrefix("./") || arg.hasPrefix("~") || arg.hasPrefix("-") { return false }
        if arg.hasPrefix("rsync://") || arg.hasPrefix("scp://") || arg.hasPrefix("sftp://") { return true }
        guard let colon = arg.firstIndex(of: ":") else { return false }
        let host = arg[..<colon]
        return !host.isEmpty && !host.contains("/")
    }
}
