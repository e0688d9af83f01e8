/// Text a command writes into a file that is later run as code — a shell's startup
/// files, `rc.local`, the system crontabs — is judged as that code:
/// `echo 'rm -rf ~' >> ~/.bashrc` runs `rm -rf ~` at the next login, and
/// `cat > /etc/cron.d/job <<EOF` installs cron jobs as surely as `crontab` does.
extension Judge {
    /// How a file's content runs.
    enum CodeFile: Equatable {
        /// Shell code, run by a shell at login or start-up (`~/.bashrc`, `/etc/profile.d/x.sh`).
        case shellScript
        /// Cron lines: time fields (or `@reboot`), for the system crontabs a user name,
        /// then a shell command.
        case crontab(userField: Bool)
    }

    /// What runs the content of the file at `path`, if anything does.
    static func codeFile(_ path: String) -> CodeFile? {
        // Every such name holds one of these (most redirections write `/dev/null` or a data file).
        guard path.characterContains("rc") || path.characterContains("profile") || path.characterContains("cron")
            || path.characterContains("log") || path.characterContains("zsh")
        else { return nil }
        let normalized = PathRules.normalize(path)
        let base = normalized.split(separator: "/").last.map(String.init) ?? normalized
        if Judge.shellStartupNames.contains(base) { return .shellScript }
        if Judge.shellStartupPaths.contains(normalized) || normalized.utf8HasPrefix("/etc/profile.d/") { return .shellScript }
        if normalized == "/etc/crontab" || normalized.utf8HasPrefix("/etc/cron.d/") { return .crontab(userField: true) }
        if normalized.utf8HasPrefix("/var/spool/cron/") { return .crontab(userField: false) }
        return nil
    }

    static let shellStartupNames: Set<String> = [
        ".bashrc", ".bash_profile", ".bash_login", ".bash_logout", ".profile", ".zshrc", ".zprofile", ".zshenv", ".zlogin",
        ".zlogout", ".kshrc", ".mkshrc", ".cshrc", ".tcshrc", ".login",
    ]
    static let shellStartupPaths: Set<String> = [
        "/etc/profile", "/etc/bash.bashrc", "/etc/bashrc", "/etc/zshrc", "/etc/zsh/zshrc", "/etc/zsh/zprofile", "/etc/zsh/zshenv",
        "/etc/rc.local", "/etc/csh.cshrc", "/etc/csh.login",
    ]

    /// Judges what simple command `s` writes to standard output as the code of each
    /// code file one of its redirections writes it to, when that output is known.
    mutating func writtenCode(_ s: SimpleCommand, words: (head: Argument?, args: [Argument]), _ ctx: Context) {
        var files: [(CodeFile, String)] = []
        for r in s.redirects {
            switch r.op {
            case .output, .append, .clobber, .outputAndError, .appendOutputAndError: break
            default: continue
            }
            if let d = r.descriptor, d != .number(1) { continue }
            // A plain target that names no code file is skipped before resolving it (`\` and
            // `~` change what a literal names, so those are resolved first).
            if let literal = r.target.unquotedLiteral, !literal.characterContains("\\"), !literal.characterContains("~"),
                Judge.codeFile(literal) == nil
            {
                continue
            }
            let targets = resolver.resolveStaticValues(r.target)
            guard targets.count == 1, targets[0].isStatic, let kind = Judge.codeFile(targets[0].text) else { continue }
            files.append((kind, targets[0].text))
        }
        guard !files.isEmpty, case .staticText(let text, let span) = output(of: s, words: words, ctx) else { return }
        for (kind, path) in files { judgeWrittenCode(text, span: span, into: kind, path: path, ctx) }
    }

    /// Judges known standard input that a command copies into the file at `path`
    /// (`… | tee -a /etc/crontab`, `dd of=~/.bashrc <<< …`, `cp /dev/stdin /etc/cron.d/job`)
    /// as the code that file runs, if it is a code file.
    mutating func writtenCode(_ input: (text: String, span: SourceSpan), to path: String, _ ctx: Context) {
        guard let kind = Judge.codeFile(path) else { return }
        judgeWrittenCode(input.text, span: input.span, into: kind, path: path, ctx)
    }

    private mutating func judgeWrittenCode(_ text: String, span: SourceSpan, into kind: CodeFile, path: String, _ ctx: Context) {
        switch kind {
        case .shellScript:
            reparse(text, span: span, ctx, origin: "code written to `\(path)`, which a shell runs")
        case .crontab(let userField):
            for command in Judge.cronCommands(text, userField: userField) {
                reparse(command, span: span, ctx, origin: "a cron job written to `\(path)`")
            }
        }
    }

    /// The commands of crontab lines: each line's fields after the five time fields
    /// (or an `@` keyword) and, in the system crontabs, the user name. Comments,
    /// blank lines and variable settings are skipped.
    static func cronCommands(_ text: String, userField: Bool) -> [String] {
        var out: [String] = []
        for line in text.split(separator: "\n") {
            let t = String(line).trimmingWhitespace()
            guard !t.isEmpty, !t.hasPrefix("#") else { continue }
            let fields = t.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let first = fields.first, !first.contains("=") else { continue }
            let skip = (first.hasPrefix("@") ? 1 : 5) + (userField ? 1 : 0)
            if fields.count > skip { out.append(fields[skip...].joined(separator: " ")) }
        }
        return out
    }
}
