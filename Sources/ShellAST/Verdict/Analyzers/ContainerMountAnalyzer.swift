/// How much of the host a bind mount hands to a container.
///
/// Added with the containers catalog family: `-v /:/host` and friends are the
/// classic container escape, and their paths need normalising (`//:/h`,
/// `/etc/../:/h`) and parsing (`:ro`, `--mount type=bind,src=/,readonly`), which
/// plain prefix tests cannot do.
enum ContainerMountRisk: Sendable, Equatable {
    /// The container gets the host: a writable system tree (`/`, `/etc`, `/root`,
    /// `/var/lib/docker`...), devices (`/dev`, `/dev/sda`), a container runtime's
    /// socket (`/var/run/docker.sock`, even read-only: a socket still accepts
    /// requests), or a kernel control tree (`/proc/sys`, `/sys/fs/cgroup`).
    case escape
    /// The container can read host secrets (a system tree mounted read-only,
    /// credential files) or change host system files (a writable `/etc/nginx`).
    case exposure
}

/// Finds host paths that `docker run -v`, `--volume`, `--mount` (and the same
/// options of podman, nerdctl, `ctr run`) mount into a container.
enum ContainerMountAnalyzer {
    /// Host trees whose writable mount is a container escape; read-only they
    /// still expose secrets.
    static let escapeTrees: Set<String> = [
        "/", "/etc", "/root", "/proc", "/sys", "/dev", "/boot", "/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64",
        "/libx32", "/var", "/home", "~", "/var/lib", "/var/lib/docker", "/var/lib/containerd", "/var/lib/containers",
        "/var/lib/kubelet", "/var/lib/rancher", "/var/lib/etcd", "/etc/kubernetes", "/etc/systemd", "/etc/systemd/system",
        "/etc/ssh", "/etc/cron.d", "/etc/cron.daily", "/etc/cron.hourly", "/etc/crontab", "/etc/sudoers.d", "/etc/pam.d",
        "/etc/init.d", "/etc/profile.d", "/etc/ld.so.conf.d", "/etc/docker", "/etc/containerd", "/etc/rancher",
        "/etc/cni", "/opt/cni", "/opt/cni/bin", "/var/spool/cron", "/root/.ssh", "~/.ssh", "/usr/bin", "/usr/sbin",
        "/usr/lib", "/usr/local", "/usr/local/bin", "/usr/local/sbin", "/usr/libexec", "/lib/modules",
        "/usr/lib/modules", "/proc/sys", "/sys/fs/cgroup", "/sys/kernel", "/sys/firmware",
    ]

    /// Runtime directories holding control sockets: mounting them hands over the
    /// container runtime or systemd, read-only or not.
    static let runtimeDirectories: Set<String> = [
        "/run", "/var/run", "/run/containerd", "/var/run/containerd", "/run/docker", "/var/run/docker", "/run/crio",
        "/var/run/crio", "/run/podman", "/var/run/podman", "/run/dbus", "/var/run/dbus", "/run/systemd", "/var/run/systemd",
        "/run/k3s", "/run/k3s/containerd", "/run/buildkit", "/var/run/buildkit",
    ]

    static let socketSuffixes = [
        "docker.sock", "containerd.sock", "crio.sock", "podman.sock", "dockershim.sock", "cri-dockerd.sock",
        "buildkitd.sock", "/run/systemd/private", "/dbus/system_bus_socket",
    ]

    /// Directories of credentials in a home directory.
    static let credentialDirectories: Set<String> = [".aws", ".kube", ".docker", ".gnupg", ".azure", ".gcloud", ".password-store", ".vault-token"]

    /// Short options of `run`/`create` that take no value, so a cluster such as
    /// `-itv /:/host` or `-dv/:/host` still gives `-v` its value.
    static let booleanShortOptions: Set<Character> = ["i", "t", "d", "P", "q"]

    /// The first mount of at least `risk`, as the span of its argument.
    static func find(_ risk: ContainerMountRisk, args: ArgumentList) -> SourceSpan? {
        let items = args.items
        var i = 0
        while i < items.count {
            let a = items[i]
            i += 1
            guard a.isStatic else { continue }
            let t = a.text
            var spec: Argument?
            var isMountOption = false
            if t == "-v" || t == "--volume" || t == "--mount" || t == "--mount-add" {
                isMountOption = t.hasPrefix("--mount")
                if i < items.count { spec = items[i] }
            } else if let eq = t.firstIndex(of: "="), t.hasPrefix("--") {
                let name = t[..<eq]
                if name == "--volume" || name == "--mount" || name == "--mount-add" {
                    isMountOption = name != "--volume"
                    spec = value(a, after: t.index(after: eq))
                }
            } else if t.hasPrefix("-"), !t.hasPrefix("--"), let v = t.firstIndex(of: "v"), v > t.startIndex {
                // `-v/:/h`, `-v=/:/h`, `-itv /:/h`, `-itv/:/h`
                let before = t[t.index(after: t.startIndex)..<v]
                if before.allSatisfy({ booleanShortOptions.contains($0) }) {
                    var rest = t.index(after: v)
                    if rest < t.endIndex, t[rest] == "=" { rest = t.index(after: rest) }
                    if rest == t.endIndex {
                        if i < items.count { spec = items[i] }
                    } else {
                        spec = value(a, after: rest)
                    }
                }
            }
            guard let s = spec, s.isStatic else { continue }
            let found = isMountOption ? mountRisk(s.text) : volumeRisk(s.text)
            guard let f = found else { continue }
            if f == risk || (risk == .exposure && f == .escape) { return s.span }
        }
        return nil
    }

    static func value(_ a: Argument, after index: String.Index) -> Argument {
        var v = a
        v.text = String(a.text[index...])
        return v
    }

    /// `HOST:CONTAINER[:OPTIONS]`; a spec without `:` or with a volume name is not a host path.
    static func volumeRisk(_ spec: String) -> ContainerMountRisk? {
        let parts = spec.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return nil }
        let host = parts[0]
        guard let first = host.first, first == "/" || first == "~" || first == "." else { return nil }
        var readOnly = false
        if parts.count >= 3 {
            for option in parts[2].split(separator: ",") where option == "ro" || option == "readonly" || option == "O" {
                readOnly = true
            }
        }
        return hostRisk(String(host), readOnly: readOnly)
    }

    /// `type=bind,source=/,target=/host[,readonly]` (docker, podman) or
    /// `type=bind,src=/,dst=/host,options=rbind:ro` (ctr).
    static func mountRisk(_ spec: String) -> ContainerMountRisk? {
        var source: Substring?
        var readOnly = false
        for field in spec.split(separator: ",") {
            var f = field
            while f.first == "\"" || f.first == "'" { f = f.dropFirst() }
            while f.last == "\"" || f.last == "'" { f = f.dropLast() }
            let kv = f.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = kv[0].lowercased()
            let val = kv.count > 1 ? kv[1] : ""
            switch key {
            case "source", "src":
                source = val
            case "readonly", "ro":
                readOnly = kv.count == 1 || val == "true" || val == "1"
            case "options":
                if val.split(whereSeparator: { $0 == ":" || $0 == "+" }).contains("ro") { readOnly = true }
            default:
                break
            }
        }
        guard let host = source, let first = host.first, first == "/" || first == "~" || first == "." else { return nil }
        return hostRisk(String(host), readOnly: readOnly)
    }

    /// The risk of mounting the host path `raw` into a container.
    static func hostRisk(_ raw: String, readOnly: Bool) -> ContainerMountRisk? {
        let p = PathRules.normalize(raw)
        if runtimeDirectories.contains(p) || socketSuffixes.contains(where: { p.hasSuffix($0) }) { return .escape }
        let kind = PathRules.kind(of: p)
        if p == "/dev" || kind == .blockDevice { return .escape }
        if p.hasPrefix("/dev/") { return kind == .harmlessDevice ? nil : .exposure }
        if escapeTrees.contains(p) || kind == .protectedFile { return readOnly ? .exposure : .escape }
        if let slash = p.lastIndex(of: "/") {
            // A user's credential directory: `~/.ssh` (writable: authorized_keys, a login), `~/.aws`, `~/.kube`...
            let base = p[p.index(after: slash)...]
            if base == ".ssh" { return readOnly ? .exposure : .escape }
            if credentialDirectories.contains(String(base)) { return .exposure }
        }
        if PathRules.isSensitiveRead(p) { return .exposure }
        if kind == .systemTree || kind == .systemFile { return readOnly ? nil : .exposure }
        return nil
    }
}
