/// `PathRules` as first written, on `String`s: used for text that is not plain
/// ASCII (see `isSimpleText`), where `Character` and canonical-equivalence
/// semantics must be kept exactly. The byte-level fast paths in `PathRules.swift`
/// give the same answers on plain ASCII text.
extension PathRules {
    /// Classifies a path for a write.
    static func generalKind(of rawPath: String) -> PathKind {
        guard let first = rawPath.utf8.first else { return .ordinary }
        if first == UInt8(ascii: "."), withUTF8Bytes(rawPath, { climbsToAnyRoot($0) }) { return .systemTree }
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
        if p.utf8HasPrefix("/dev/") { return generalDeviceKind(p) }
        if protectedFiles.contains(p) || p.utf8HasPrefix("/etc/sudoers.d/") || p.utf8HasPrefix("/boot/")
            || p.utf8HasSuffix("/.ssh/authorized_keys") || p.utf8HasSuffix("/.ssh/authorized_keys2")
            || (p.utf8HasPrefix("/sys/") && (p.utf8HasSuffix("/device/delete") || (p.utf8HasPrefix("/sys/bus/") && p.utf8HasSuffix("/remove"))))
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

    static func generalDeviceKind(_ p: String) -> PathKind {
        if harmlessDevices.contains(p) || p.utf8HasPrefix("/dev/fd/") || p.utf8HasPrefix("/dev/pts/") { return .harmlessDevice }
        if p.utf8HasPrefix("/dev/tcp/") || p.utf8HasPrefix("/dev/udp/") { return .networkDevice }
        let name = String(p.utf8.dropFirst(5))!
        if diskPrefixes.contains(where: { name.utf8HasPrefix($0) }) { return .blockDevice }
        return .systemFile
    }

    /// Whether reading the path exposes secrets: password hashes, private keys,
    /// environment files, process environments, cloud and cluster credentials.
    static func generalIsSensitiveRead(_ rawPath: String) -> Bool {
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

extension PathRules {
    /// Whether a glob pattern (`/e*`, `/[e]tc`, `/u*/b*`, `/*/*`) can expand to a system tree,
    /// or to everything inside one (`/v*/l*/*`). Only absolute patterns: relative ones name
    /// paths below the working directory.
    static func globMayNameSystemTree(_ pattern: String) -> Bool {
        guard pattern.utf8.first == UInt8(ascii: "/") else { return false }
        let parts = normalize(pattern).split(separator: "/")
        // Component by component: a literal component must equal the tree's, a pattern
        // component must match it; a last `*` or `.*` more than the tree's components is
        // everything inside it.
        func matches(_ tree: [Substring]) -> Bool {
            var n = parts.count
            if n == tree.count + 1, parts[n - 1] == "*" || parts[n - 1] == ".*" { n -= 1 }
            guard n == tree.count else { return false }
            for k in 0..<n {
                let p = parts[k]
                if p.contains(where: { $0 == "*" || $0 == "?" || $0 == "[" }) {
                    if !Glob.matches(String(p), String(tree[k])) { return false }
                } else if p != tree[k] {
                    return false
                }
            }
            return true
        }
        for tree in systemTreeComponents where matches(tree) { return true }
        return false
    }

    /// The absolute system trees, split into components.
    static let systemTreeComponents: [[Substring]] = systemTrees.sorted().filter { $0.utf8.first == UInt8(ascii: "/") }.map {
        $0.split(separator: "/")
    }
}
