extension Analyzers {
    /// Judges inline interpreter code: always `review` (the engine cannot prove code
    /// harmless); reverse shells and `/dev/tcp` are `block`.
    static func interpreterCode(_ code: String, language: String) -> [Finding] {
        var out: [Finding] = []
        let lower = LowercasedText(code)
        let networking = lower.contains("socket") || lower.contains("net.connect") || lower.contains("net.socket")
            || lower.contains("tcpsocket") || lower.contains("fsockopen") || lower.contains("io::socket")
        let spawnsShell = lower.contains("/bin/sh") || lower.contains("/bin/bash") || lower.contains("pty.spawn")
            || lower.contains("dup2") || lower.contains("subprocess") || lower.contains("child_process") || lower.contains("exec(")
            || lower.contains("spawn(") || lower.contains("system(") || lower.contains("popen") || lower.contains("sh -i")
        if lower.contains("/dev/tcp/") || lower.contains("/dev/udp/") || (networking && spawnsShell) {
            out.append(Finding(
                rule: "network.reverse-shell", message: "inline \(language) code connects a shell to the network: a reverse shell",
                effect: .block))
        }
        // Deleting the root or a system tree through a file API.
        let treeDeleters = ["rmtree(", "rmsync(", "rmdirsync(", "rm_rf(", "rm_r(", "remove_dir_all(", "removeall(", "rimraf("]
        if treeDeleters.contains(where: { lower.contains($0) }) {
            for literal in Analyzers.stringLiterals(in: code) where PathRules.kind(of: literal) == .systemTree {
                out.append(Finding(
                    rule: "files.delete-system-tree", message: "inline \(language) code deletes `\(literal)`, the root or a system tree",
                    effect: .block))
                break
            }
        }
        // Deleting or overwriting an account, privilege or boot file, or a disk, through a file API.
        if let target = protectedFileChanged(code, lower: lower) {
            out.append(Finding(
                rule: "files.write-protected-code",
                message: "inline \(language) code deletes or overwrites `\(target)`, an account, privilege or boot file or a disk",
                effect: .block))
        }
        let destructive = ["shutil.rmtree", "os.remove", "os.unlink", "os.rmdir", "fs.rmsync", "fs.rmdirsync", "fs.unlinksync",
                           "rm_rf", "fileutils.rm", "unlink(", "rmtree", "os.system", "subprocess", "child_process", "system(", "exec(",
                           "os.execute", "io.popen"]
        if destructive.contains(where: { lower.contains($0) }) {
            out.append(Finding(
                rule: "exec.inline-code-effects", message: "inline \(language) code deletes files or runs commands",
                effect: .review))
        } else {
            out.append(Finding(
                rule: "exec.inline-code", message: "runs inline \(language) code, which the engine cannot prove harmless",
                effect: .review))
        }
        return out
    }

    /// File APIs that delete, move, overwrite, truncate or re-permission the file they name.
    static let fileChangingCalls = [
        "remove(", "unlink", "rmsync(", "rm_f(", "rm_rf(", "truncate", "rename", "os.replace(",
        "shutil.move(", "shutil.copy", "copyfile(", "copyfilesync(", "writefile(", "writefilesync(", "appendfile(", "appendfilesync(",
        "write_text(", "write_bytes(", "file_put_contents(", "chmod(", "chown(", "symlink(", "fileutils.mv", "fileutils.cp",
        "file.write(", "file.delete(", "io.writer",
    ]

    /// The protected file or disk (``PathKind/protectedFile``, ``PathKind/blockDevice``) that
    /// inline code deletes or overwrites, if it names one: a literal with a write mode in it
    /// (perl's `open(F, ">/etc/passwd")`), a literal opened with a write mode
    /// (`open("/etc/shadow", "w")`), or a literal next to a file-changing call
    /// (`os.remove("/etc/passwd")`). Reading such a file (`open("/etc/passwd")`) is not.
    static func protectedFileChanged(_ code: String, lower: LowercasedText) -> String? {
        let literals = stringLiterals(in: code)
        @inline(__always) func isProtected(_ p: String) -> Bool {
            let kind = PathRules.kind(of: p)
            return kind == .protectedFile || kind == .blockDevice
        }
        for l in literals {
            for mode in ["+>>", ">>", "+>", "+<", ">"] where l.hasPrefix(mode) {
                let rest = String(l.dropFirst(mode.count)).trimmingWhitespace()
                if isProtected(rest) { return rest }
                break
            }
        }
        let named = literals.filter(isProtected)
        guard let first = named.first else { return nil }
        if fileChangingCalls.contains(where: { lower.contains($0) }) { return first }
        // `open(PATH, MODE)` with a mode that writes.
        for (i, l) in literals.enumerated() where isProtected(l) && i + 1 < literals.count {
            let mode = literals[i + 1]
            if mode.count <= 3, mode.contains(where: { $0 == "w" || $0 == "a" || $0 == "+" }),
                mode.allSatisfy({ "rwabxt+".contains($0) })
            {
                return l
            }
        }
        // perl's three-argument `open(F, ">>", PATH)`: the mode comes first.
        for (i, l) in literals.enumerated() where i + 1 < literals.count && isProtected(literals[i + 1]) {
            if l.hasPrefix(">") || l.hasPrefix("+<") || l.hasPrefix("+>") { return literals[i + 1] }
        }
        return nil
    }

    /// Shell commands inside interpreter code: string literals passed to
    /// `os.system`, `subprocess.*`, `system`, `exec`, `popen`, backquotes, `qx`...
    static func embeddedShellStrings(_ code: String) -> [String] {
        let calls = ["system", "popen", "check_output", "check_call", "getoutput", "getstatusoutput", "run", "call", "Popen",
                     "execSync", "exec", "spawnSync", "shell_exec", "passthru", "proc_open", "execFileSync", "spawn", "execute"]
        let c = Array(code.unicodeScalars)
        var out: [String] = []
        var i = 0
        func literal(from j: Int) -> (String, Int)? {
            guard j < c.count, c[j] == "\"" || c[j] == "'" || c[j] == "`" else { return nil }
            let q = c[j]
            var k = j + 1
            var s = ""
            while k < c.count, c[k] != q {
                if c[k] == "\\", k + 1 < c.count {
                    k += 1
                    switch c[k] {
                    case "n": s.unicodeScalars.append("\n")
                    case "t": s.unicodeScalars.append("\t")
                    default: s.unicodeScalars.append(c[k])
                    }
                } else {
                    s.unicodeScalars.append(c[k])
                }
                k += 1
            }
            return k < c.count ? (s, k + 1) : nil
        }
        while i < c.count {
            if c[i] == "`" {
                if let (s, next) = literal(from: i) {
                    out.append(s)
                    i = next
                    continue
                }
            }
            if c[i].properties.isAlphabetic || c[i] == "_" {
                var j = i
                var name = ""
                while j < c.count, c[j].properties.isAlphabetic || c[j] == "_" || c[j].properties.numericType != nil {
                    name.unicodeScalars.append(c[j])
                    j += 1
                }
                if name == "qx", j < c.count, "({[/|!".unicodeScalars.contains(c[j]) {
                    let close: Unicode.Scalar = c[j] == "(" ? ")" : c[j] == "{" ? "}" : c[j] == "[" ? "]" : c[j]
                    var k = j + 1
                    var s = ""
                    while k < c.count, c[k] != close {
                        s.unicodeScalars.append(c[k])
                        k += 1
                    }
                    out.append(s)
                    i = k + 1
                    continue
                }
                if calls.contains(name) {
                    var k = j
                    while k < c.count, c[k] == " " || c[k] == "(" || c[k] == "\t" { k += 1 }
                    if k < c.count, c[k] == "[" {
                        // List form: ["rm", "-rf", "/"] → the words joined.
                        var words: [String] = []
                        k += 1
                        while k < c.count, c[k] != "]" {
                            if let (s, next) = literal(from: k) {
                                words.append(Analyzers.shellQuote(s))
                                k = next
                            } else {
                                k += 1
                            }
                        }
                        if !words.isEmpty { out.append(words.joined(separator: " ")) }
                    } else if let (s, next) = literal(from: k) {
                        out.append(s)
                        k = next
                    }
                    i = max(k, j)
                    continue
                }
                i = j
                continue
            }
            i += 1
        }
        return out.filter { !$0.isEmpty }
    }

    /// The contents of the string literals in code (single or double quoted).
    static func stringLiterals(in code: String) -> [String] {
        var out: [String] = []
        var current: String?
        var quote: Character = "\""
        var escape = false
        for c in code {
            if var s = current {
                if escape {
                    s.append(c)
                    escape = false
                } else if c == "\\" {
                    escape = true
                } else if c == quote {
                    out.append(s)
                    current = nil
                    continue
                } else {
                    s.append(c)
                }
                current = s
            } else if c == "\"" || c == "'" {
                quote = c
                current = ""
            }
        }
        return out
    }

    /// Single-quotes a word for the shell.
    static func shellQuote(_ s: String) -> String {
        if !s.isEmpty, s.allSatisfy({ $0.isLetter || $0.isNumber || "-_./=:@%+,".contains($0) }) { return s }
        return "'" + s.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
