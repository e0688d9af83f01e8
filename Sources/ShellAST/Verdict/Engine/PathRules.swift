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
    /// `/proc/sysrq-trigger`, `authorized_keys`, `/etc/ld.so.preload`, and the `/sys` files that
    /// detach a disk or a PCI device (`/sys/block/sda/device/delete`, `/sys/bus/pci/devices/…/remove`):
    /// writing is catastrophic.
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

    /// Whether lexical normalisation could change the path (bytes of the path).
    @inline(__always)
    static func needsNormalizing(_ path: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for b in path {
            if previous == UInt8(ascii: "/") && (b == UInt8(ascii: "/") || b == UInt8(ascii: ".")) { return true }
            previous = b
        }
        return path.count > 1 && previous == UInt8(ascii: "/")
    }

    /// Lexical normalisation: `//` → `/`, `/./` → `/`, `a/../` removed, trailing `/`
    /// dropped; `..` above the root stays at the root. `~` prefixes are kept.
    static func normalize(_ path: String) -> String {
        guard needsNormalizing(path) else { return path }
        if let simple = withUTF8Bytes(path, { isSimpleText($0) ? normalizeSimple($0) : nil }) { return simple }
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

    /// ``normalize(_:)`` on bytes, for plain ASCII text (`isSimpleText`): every byte is a
    /// `Character` there, so splitting and comparing bytes gives the same components.
    private static func normalizeSimple(_ p: UnsafeBufferPointer<UInt8>) -> String {
        let absolute = p.first == UInt8(ascii: "/")
        @inline(__always) func isDots(_ r: Range<Int>, _ n: Int) -> Bool {
            r.count == n && (r.lowerBound..<r.upperBound).allSatisfy { p[$0] == UInt8(ascii: ".") }
        }
        var out: [Range<Int>] = []
        var i = 0
        while i < p.count {
            if p[i] == UInt8(ascii: "/") {
                i += 1
                continue
            }
            var j = i
            while j < p.count, p[j] != UInt8(ascii: "/") { j += 1 }
            let c = i..<j
            i = j
            if isDots(c, 1) { continue }
            if isDots(c, 2) {
                if let last = out.last, !isDots(last, 2), !(last.count == 1 && p[last.lowerBound] == UInt8(ascii: "~")) {
                    out.removeLast()
                } else if !absolute {
                    out.append(c)
                }
                continue
            }
            out.append(c)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(p.count + 1)
        if absolute { bytes.append(UInt8(ascii: "/")) }
        for (k, c) in out.enumerated() {
            if k > 0 { bytes.append(UInt8(ascii: "/")) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[c]))
        }
        if bytes.isEmpty { return "." }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Classifies a path for a write.
    static func kind(of rawPath: String) -> PathKind {
        withUTF8Bytes(rawPath) { raw in
            guard let first = raw.first else { return .ordinary }
            if first == UInt8(ascii: "."), climbsToAnyRoot(raw) { return .systemTree }
            if first != UInt8(ascii: "/") && first != UInt8(ascii: "~") { return .ordinary }
            guard isSimpleText(raw) else { return generalKind(of: rawPath) }
            if needsNormalizing(raw) {
                return withUTF8Bytes(normalize(rawPath)) { simpleKind($0, first: first) }
            }
            return simpleKind(raw, first: first)
        }
    }

    /// Whether a relative path only climbs, three levels or more (`../../..`,
    /// `./../../../`, `../../../*`): from a working directory that deep or shallower
    /// it names the root, and the engine does not know the working directory.
    static func climbsToAnyRoot(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var ups = 0
        var i = 0
        while i < p.count {
            var j = i
            while j < p.count, p[j] != UInt8(ascii: "/") { j += 1 }
            let n = j - i
            if n == 2, p[i] == UInt8(ascii: "."), p[i + 1] == UInt8(ascii: ".") {
                ups += 1
            } else if n == 1, p[i] == UInt8(ascii: "*"), j == p.count {
                // `../../../*`: everything in that directory.
            } else if !(n == 0 || (n == 1 && p[i] == UInt8(ascii: "."))) {
                return false
            }
            i = j + 1
        }
        return ups >= 3
    }

    /// `kind(of:)` for a normalised path of plain ASCII (`isSimpleText`).
    private static func simpleKind(_ p: UnsafeBufferPointer<UInt8>, first: UInt8) -> PathKind {
        if systemTreeTable.containsASCII(p) { return .systemTree }
        // `~user`, `~user/`, `~user/*`: another user's home directory as a whole.
        if first == UInt8(ascii: "~"), !p.hasPrefix("~/") {
            var components = 0
            var last = p.prefix(0)
            var i = 0
            while i < p.count {
                if p[i] == UInt8(ascii: "/") {
                    i += 1
                    continue
                }
                var j = i
                while j < p.count, p[j] != UInt8(ascii: "/") { j += 1 }
                components += 1
                last = UnsafeBufferPointer(rebasing: p[i..<j])
                i = j
            }
            if components == 1 || (components == 2 && (last.equals("*") || last.equals(".*"))) { return .systemTree }
        }
        // `/*`, `/etc/*`, `~/*`: everything inside a system tree.
        if p.hasSuffix("/*") || p.hasSuffix("/.*") {
            let dir = p.prefix(p.count - (p.hasSuffix("/.*") ? 3 : 2))
            if dir.isEmpty || systemTreeTable.containsASCII(dir) { return .systemTree }
        }
        if p.hasPrefix("/dev/") { return simpleDeviceKind(p) }
        if protectedFileTable.containsASCII(p) || p.hasPrefix("/etc/sudoers.d/") || p.hasPrefix("/boot/")
            || p.hasSuffix("/.ssh/authorized_keys") || p.hasSuffix("/.ssh/authorized_keys2")
            || (p.hasPrefix("/sys/") && (p.hasSuffix("/device/delete") || (p.hasPrefix("/sys/bus/") && p.hasSuffix("/remove"))))
        {
            return .protectedFile
        }
        if p.hasPrefix("/etc/") || p.hasPrefix("/proc/") || p.hasPrefix("/sys/") || p.hasPrefix("/usr/")
            || p.hasPrefix("/bin/") || p.hasPrefix("/sbin/") || p.hasPrefix("/lib") || p.hasPrefix("/var/spool/cron")
            || p.hasPrefix("/var/lib/") || p.hasPrefix("/root/") || isShellStartupFile(p.basename()) || p.contains("/.ssh/")
        {
            return .systemFile
        }
        return .ordinary
    }

    private static func simpleDeviceKind(_ p: UnsafeBufferPointer<UInt8>) -> PathKind {
        if harmlessDeviceTable.containsASCII(p) || p.hasPrefix("/dev/fd/") || p.hasPrefix("/dev/pts/") { return .harmlessDevice }
        if p.hasPrefix("/dev/tcp/") || p.hasPrefix("/dev/udp/") { return .networkDevice }
        let name = p.suffix(from: 5)
        for prefix in diskPrefixes where withUTF8Bytes(prefix, { name.count >= $0.count && bytesEqual(name, 0, $0) }) {
            return .blockDevice
        }
        return .systemFile
    }

    /// Whether the file name is a shell start-up file.
    private static func isShellStartupFile(_ base: UnsafeBufferPointer<UInt8>) -> Bool {
        base.equals(".bashrc") || base.equals(".bash_profile") || base.equals(".bash_login") || base.equals(".profile")
            || base.equals(".zshrc") || base.equals(".zprofile") || base.equals(".zshenv") || base.equals(".bash_logout")
            || base.equals(".inputrc")
    }

    /// Whether reading the path exposes secrets: password hashes, private keys,
    /// environment files, process environments, cloud and cluster credentials.
    static func isSensitiveRead(_ rawPath: String) -> Bool {
        withUTF8Bytes(rawPath) { raw in
            guard raw.count >= 4 else { return false }
            guard isSimpleText(raw) else { return generalIsSensitiveRead(rawPath) }
            return simpleIsSensitiveRead(raw, rawPath)
        }
    }

    private static func simpleIsSensitiveRead(_ raw: UnsafeBufferPointer<UInt8>, _ rawPath: String) -> Bool {
        let base = raw.basename()
        // Fast paths on the file name.
        if base.equals(".env") || base.hasPrefix(".env.") || base.hasSuffix(".env") { return true }
        if base.hasPrefix("id_"), !base.hasSuffix(".pub"),
            base.hasPrefix("id_rsa") || base.hasPrefix("id_dsa") || base.hasPrefix("id_ecdsa") || base.hasPrefix("id_ed25519")
        {
            return true
        }
        if base.equals(".git-credentials") || base.equals(".netrc") || base.equals(".pgpass") || base.equals(".my.cnf")
            || base.equals(".vault-token") || base.equals("credentials.json") || base.equals("service-account.json")
        {
            return true
        }
        if base.hasSuffix(".pem") || base.hasSuffix(".key") || base.hasSuffix(".p12") || base.hasSuffix(".pfx")
            || base.hasSuffix(".jks") || base.hasSuffix(".keystore")
        {
            return true
        }
        guard raw.contains(UInt8(ascii: "/")) else { return false }
        if needsNormalizing(raw) { return withUTF8Bytes(normalize(rawPath)) { simpleIsSensitive(normalized: $0) } }
        return simpleIsSensitive(normalized: raw)
    }

    private static func simpleIsSensitive(normalized p: UnsafeBufferPointer<UInt8>) -> Bool {
        if sensitiveFileTable.containsASCII(p) { return true }
        if p.hasPrefix("/etc/") {
            return p.hasPrefix("/etc/sudoers") || (p.hasPrefix("/etc/ssh/ssh_host_") && !p.hasSuffix(".pub"))
                || p.hasPrefix("/etc/kubernetes/pki/")
        }
        if p.hasPrefix("/proc/") { return p.hasSuffix("/environ") || p.hasSuffix("/mem") }
        if p.hasPrefix("/var/run/secrets/") || p.hasPrefix("/run/secrets/") { return true }
        if sensitiveBasenameTable.containsASCII(p.basename()) {
            for suffix in sensitiveSuffixes where withUTF8Bytes(suffix, { p.count >= $0.count && bytesEqual(p, p.count - $0.count, $0) }) {
                return true
            }
        }
        return false
    }

    static let systemTreeTable = ByteSet(systemTrees)
    static let protectedFileTable = ByteSet(protectedFiles)
    static let harmlessDeviceTable = ByteSet(harmlessDevices)
    static let sensitiveFileTable = ByteSet(sensitiveFiles)
    static let sensitiveBasenameTable = ByteSet(sensitiveBasenames)

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
