/// File modes and privileged programs: whether a `chmod` mode sets the set-user-ID or
/// set-group-ID bit, and whether a program given that bit (or a capability) would
/// hand a shell to anyone who runs it.
enum FileModes {
    /// Whether the `chmod` mode sets the set-user-ID or set-group-ID bit.
    ///
    /// Octal modes (one to five digits, `4755`, `02755`): the special digit has 4 or 2.
    /// Symbolic modes (`u+s`, `+xs`, `ug=rwxs,o-w`): a clause whose operator is `+` or
    /// `=` grants `s`, for the user or group (no `who`, `a`, `u` or `g`). A text that is
    /// neither is not a mode (`chmod` would reject it) and sets nothing.
    static func setsPrivilegeBits(_ mode: String) -> Bool {
        withUTF8Bytes(mode) { setsPrivilegeBits(bytes: $0) }
    }

    private static func setsPrivilegeBits(bytes u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !u.isEmpty else { return false }
        // Most arguments are neither octal nor symbolic modes: a mode holds an `s` or is all digits.
        var octal = true
        var hasS = false
        for b in u {
            if b < UInt8(ascii: "0") || b > UInt8(ascii: "7") { octal = false }
            if b == UInt8(ascii: "s") { hasS = true }
        }
        if octal {
            guard u.count <= 5 else { return false }
            var value = 0
            for b in u { value = value * 8 + Int(b - UInt8(ascii: "0")) }
            return value <= 0o7777 && value & 0o6000 != 0
        }
        guard hasS else { return false }
        var start = 0
        for i in 0...u.count where i == u.count || u[i] == UInt8(ascii: ",") {
            if symbolicClauseSetsPrivilegeBits(UnsafeBufferPointer(rebasing: u[start..<i])) { return true }
            start = i + 1
        }
        return false
    }

    /// One clause of a symbolic mode: `[ugoa]*([-+=][rwxXst]*|[-+=][ugo])+`.
    private static func symbolicClauseSetsPrivilegeBits(_ clause: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        var userOrGroup = false
        var anyWho = false
        while i < clause.count {
            let who = clause[i]
            guard who == UInt8(ascii: "u") || who == UInt8(ascii: "g") || who == UInt8(ascii: "o") || who == UInt8(ascii: "a") else { break }
            anyWho = true
            if who != UInt8(ascii: "o") { userOrGroup = true }
            i += 1
        }
        if !anyWho { userOrGroup = true }
        // After the `who` letters comes an operator, or the clause is not a mode.
        guard i < clause.count, clause[i] == UInt8(ascii: "+") || clause[i] == UInt8(ascii: "-") || clause[i] == UInt8(ascii: "=") else {
            return false
        }
        var granting = false
        var sets = false
        while i < clause.count {
            switch clause[i] {
            case UInt8(ascii: "+"), UInt8(ascii: "="): granting = true
            case UInt8(ascii: "-"): granting = false
            case UInt8(ascii: "s"): if granting { sets = true }
            case UInt8(ascii: "r"), UInt8(ascii: "w"), UInt8(ascii: "x"), UInt8(ascii: "X"), UInt8(ascii: "t"),
                UInt8(ascii: "u"), UInt8(ascii: "g"), UInt8(ascii: "o"):
                break
            default:
                return false
            }
            i += 1
        }
        return sets && userOrGroup
    }

    /// Whether the program at `path` (by its file name) runs whatever it is told, or
    /// writes any file it is told to: a shell, an interpreter, or a tool with a
    /// command, shell or file-write escape. With the set-user-ID bit or a privilege
    /// capability, any user who runs it has root.
    static func isCommandRunner(path: String) -> Bool {
        let base = PathRules.basename(path)
        guard !base.isEmpty else { return false }
        let name = String(base)
        if Judge.shells.contains(name) || Interpreters.specs[name] != nil || commandRunners.contains(name) { return true }
        // Versioned interpreters: `python3.12`, `perl5.36.0`, `php8.2`, `ruby3.1`, `lua5.4`.
        for prefix in ["python", "perl", "php", "ruby", "lua", "node", "pypy"] where name.utf8HasPrefix(prefix) {
            let rest = name.utf8.dropFirst(prefix.utf8.count)
            if rest.allSatisfy({ ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ".") }) { return true }
        }
        return false
    }

    /// Programs with a command, shell or arbitrary-file-write escape (the set-user-ID
    /// and capability entries of the GTFOBins list, the common ones). Not `sudo`, `su`,
    /// `doas` or `pkexec`: they carry the bit by design and ask for a password.
    static let commandRunners: Set<String> = [
        "env", "find", "awk", "gawk", "mawk", "nawk", "busybox", "vim", "vi", "nvim", "vim.basic", "vim.tiny", "rvim", "view", "ex",
        "ed", "nano", "pico", "emacs", "less", "more", "man", "pg", "xargs", "tar", "zip", "rsync", "nmap", "gdb", "strace",
        "ltrace", "socat", "nc", "ncat", "netcat", "script", "make", "git", "ssh", "scp", "sed", "tclsh", "wish", "expect",
        "ionice", "nice", "timeout", "stdbuf", "taskset", "flock", "setsid", "chroot", "capsh", "nohup", "watch", "time", "docker",
        "podman", "systemctl", "journalctl", "tee", "dd", "cp", "mv", "install", "chmod", "chown", "openssl", "run-parts",
        "start-stop-daemon", "unshare", "nsenter", "screen", "tmux",
    ]
}
