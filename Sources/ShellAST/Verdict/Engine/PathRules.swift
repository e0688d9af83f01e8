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

/// Path normalisation and classification, on bytes.
enum PathRules {
    /// Whether lexical normalisation could change the path.
    @inline(__always)
    static func needsNormalizing(_ path: String) -> Bool {
        var previous: UInt8 = 0
        var count = 0
        for b in path.utf8 {
            if previous == UInt8(ascii: "/") && (b == UInt8(ascii: "/") || b == UInt8(ascii: ".")) { return true }
            previous = b
            count += 1
        }
        return count > 1 && previous == UInt8(ascii: "/")
    }

    /// Lexical normalisation: `//` → `/`, `/./` → `/`, `a/../` removed, trailing `/`
    /// dropped; `..` above the root stays at the root. `~` prefixes are kept.
    static func normalize(_ path: String) -> String {
        guard needsNormalizing(path) else { return path }
        let absolute = path.utf8.first == UInt8(ascii: "/")
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

    static let protectedFiles: Set<String> = [
        "/etc/passwd", "/etc/shadow", "/etc/group", "/etc/gshadow", "/etc/sudoers", "/etc/ld.so.preload",
        "/proc/sysrq-trigger", "/proc/sys/kernel/sysrq", "/etc/pam.d", "/etc/security/opasswd",
        "/proc/sys/kernel/panic", "/proc/sys/kernel/core_pattern",
    ]

    static let harmlessDevices: Set<String> = [
        "/dev/null", "/dev/zero", "/dev/stdout", "/dev/stderr", "/dev/stdin", "/dev/tty", "/dev/full",
        "/dev/random", "/dev/urandom", "/dev/console",
    ]

    static let diskPrefixes = [
        "sd", "hd", "vd", "xvd", "nvme", "mmcblk", "dm-", "md", "loop", "sr", "nbd", "rbd", "zd", "mapper/", "disk/",
        "mem", "kmem", "port", "zram", "bcache",
    ]

    /// Classifies a path for a write.
    static func kind(of rawPath: String) -> PathKind {
        guard let first = rawPath.utf8.first else { return .ordinary }
        if first != UInt8(ascii: "/") && first != UInt8(ascii: "~") { return .ordinary }
        let p = normalize(rawPath)
        if systemTrees.contains(p) { return .systemTree }
        // `~user`, `~user/`, `~user/*`: another user's home directory as a whole.
        if first == UInt8(ascii: "~"), !p.utf8HasPrefix("~/") {
            let components = p.split(separator: "/")
            if components.count == 1 || (components.count == 2 && (components[1] == "*" || components[1] == ".*")) { return .systemTree }
        }
        // `/*`, `/etc/*`, `~/*`: everything inside a system tree.
        if p.utf8HasSuffix("/*") || p.utf8HasSuffix("/.*") {
            let dir = String(p.dropLast(p.utf8HasSuffix("/.*") ? 3 : 2))
            if dir.isEmpty || systemTrees.contains(dir) { return .systemTree }
        }
        if p.utf8HasPrefix("/dev/") { return deviceKind(p) }
        if protectedFiles.contains(p) || p.utf8HasPrefix("/etc/sudoers.d/") || p.utf8HasPrefix("/boot/")
            || p.utf8HasSuffix("/.ssh/authorized_keys") || p.utf8HasSuffix("/.ssh/authorized_keys2")
        {
            return .protectedFile
        }
        if p.utf8HasPrefix("/etc/") || p.utf8HasPrefix("/proc/") || p.utf8HasPrefix("/sys/") || p.utf8HasPrefix("/usr/")
            || p.utf8HasPrefix("/bin/") || p.utf8HasPrefix("/sbin/") || p.utf8HasPrefix("/lib") || p.utf8HasPrefix("/var/spool/cron")
            || p.utf8HasPrefix("/var/lib/") || p.utf8HasPrefix("/root/") || isShellStartupFile(p) || p.utf8Contains("/.ssh/")
        {
            return .systemFile
        }
        return .ordinary
    }

    static func deviceKind(_ p: String) -> PathKind {
        if harmlessDevices.contains(p) || p.utf8HasPrefix("/dev/fd/") || p.utf8HasPrefix("/dev/pts/") { return .harmlessDevice }
        if p.utf8HasPrefix("/dev/tcp/") || p.utf8HasPrefix("/dev/udp/") { return .networkDevice }
        let name = String(p.utf8.dropFirst(5))!
        if diskPrefixes.contains(where: { name.utf8HasPrefix($0) }) { return .blockDevice }
        return .systemFile
    }

    /// Whether the path is bash's `/dev/tcp/...` or `/dev/udp/...` (matched as written, as bash does).
    @inline(__always)
    static func isNetworkDevice(_ p: String) -> Bool {
        p.utf8HasPrefix("/dev/tcp/") || p.utf8HasPrefix("/dev/udp/")
    }

    /// Shell and login start-up files: writing them runs code at the next login.
    static func isShellStartupFile(_ p: String) -> Bool {
        let base = basename(p)
        switch base {
        case ".bashrc", ".bash_profile", ".bash_login", ".profile", ".zshrc", ".zprofile", ".zshenv", ".bash_logout", ".inputrc": return true
        default: return false
        }
    }

    @inline(__always)
    static func basename(_ p: String) -> Substring {
        if let slash = p.utf8.lastIndex(of: UInt8(ascii: "/")) { return p[p.utf8.index(after: slash)...] }
        return Substring(p)
    }

    /// Whether reading the path exposes secrets: password hashes, private keys,
    /// environment files, process environments, cloud and cluster credentials.
    static func isSensitiveRead(_ rawPath: String) -> Bool {
        guard rawPath.utf8.count >= 4 else { return false }
        let base = basename(rawPath)
        // Fast paths on the file name.
        if base == ".env" || base.utf8HasPrefix(".env.") || base.utf8HasSuffix(".env") { return true }
        if base.utf8HasPrefix("id_"), !base.utf8HasSuffix(".pub"),
            base.utf8HasPrefix("id_rsa") || base.utf8HasPrefix("id_dsa") || base.utf8HasPrefix("id_ecdsa") || base.utf8HasPrefix("id_ed25519")
        {
            return true
        }
        if base == ".git-credentials" || base == ".netrc" || base == ".pgpass" || base == ".my.cnf" || base == ".vault-token"
            || base == "credentials.json" || base == "service-account.json"
        {
            return true
        }
        if base.utf8HasSuffix(".pem") || base.utf8HasSuffix(".key") || base.utf8HasSuffix(".p12") || base.utf8HasSuffix(".pfx")
            || base.utf8HasSuffix(".jks") || base.utf8HasSuffix(".keystore")
        {
            return true
        }
        guard rawPath.utf8Contains(byte: UInt8(ascii: "/")) else { return false }
        let p = normalize(rawPath)
        if sensitiveFiles.contains(p) { return true }
        if p.utf8HasPrefix("/etc/") {
            return p.utf8HasPrefix("/etc/sudoers") || (p.utf8HasPrefix("/etc/ssh/ssh_host_") && !p.utf8HasSuffix(".pub"))
                || p.utf8HasPrefix("/etc/kubernetes/pki/")
        }
        if p.utf8HasPrefix("/proc/") { return p.utf8HasSuffix("/environ") || p.utf8HasSuffix("/mem") }
        if p.utf8HasPrefix("/var/run/secrets/") || p.utf8HasPrefix("/run/secrets/") { return true }
        if sensitiveBasenames.contains(String(basename(p))) {
            for suffix in sensitiveSuffixes where p.utf8HasSuffix(suffix) { return true }
        }
        return false
    }

    static let sensitiveFiles: Set<String> = [
        "/etc/shadow", "/etc/gshadow", "/etc/shadow-", "/etc/gshadow-", "/etc/security/opasswd",
        "/etc/kubernetes/admin.conf", "/etc/kubernetes/kubelet.conf", "/root/.bash_history", "~/.bash_history",
        "/etc/rancher/k3s/k3s.yaml", "/var/lib/kubelet/kubeconfig",
    ]

    /// File names that end one of the sensitive suffixes.
    static let sensitiveBasenames: Set<String> = Set(sensitiveSuffixes.map { String($0.split(separator: "/").last!) })

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
        guard let first = arg.utf8.first, first != UInt8(ascii: "/"), first != UInt8(ascii: "."), first != UInt8(ascii: "~"),
            first != UInt8(ascii: "-")
        else { return false }
        if arg.utf8HasPrefix("rsync://") || arg.utf8HasPrefix("scp://") || arg.utf8HasPrefix("sftp://") { return true }
        guard let colon = arg.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let host = arg.utf8[..<colon]
        return !host.isEmpty && !host.contains(UInt8(ascii: "/"))
    }
}

extension Substring {
    @inline(__always)
    func utf8HasPrefix(_ prefix: String) -> Bool {
        String(self).utf8HasPrefix(prefix)
    }

    @inline(__always)
    func utf8HasSuffix(_ suffix: String) -> Bool {
        String(self).utf8HasSuffix(suffix)
    }
}
