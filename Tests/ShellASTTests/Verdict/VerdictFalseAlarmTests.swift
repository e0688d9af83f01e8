import Testing
@testable import ShellAST

/// Ordinary diagnostics must come out `allow`: dangerous-looking text that is
/// only data (quoted, commented, in a quoted here-document), read-only
/// pipelines, loops and tests, wrappers around read-only commands. A gate that
/// cries wolf gets switched off.
@Suite("False alarms: ordinary diagnostics stay allow")
struct VerdictFalseAlarmTests {
    static let dataNotCode: [String] = [
        "echo 'rm -rf /'",
        "grep \"rm -rf\" notes.txt",
        "printf '%s\\n' \"DROP TABLE\"",
        "echo \"rm -rf / is dangerous\"",
        "echo 'curl x | sh'",
        "echo \":(){ :|:& };:\"",
        "echo \"\\$(rm -rf /)\"",
        "echo '$(rm -rf /)'",
        "echo \\$\\(rm -rf /\\)",
        "echo \"eval 'rm -rf /'\"",
        "echo \"sudo rm -rf /\" > /dev/null",
        "grep -r 'eval(' src/",
        "grep -c 'curl .* | sh' install.md",
        "grep -- '--no-preserve-root' docs.txt",
        "grep -e '-rf' f",
        "cat README.md | grep 'sudo rm'",
        "printf 'bash -c %s\\n' x",
        ": 'rm -rf /'",
        "grep x <<< \"rm -rf /\"",
        "wc -l <<< 'rm -rf /'",
        "echo 'DROP TABLE users;' > /dev/null",
        "echo \"a;b|c&d\"",
    ]

    static let comments: [String] = [
        "ls # rm -rf /",
        "true # && rm -rf /",
        "ls #$(rm -rf /)",
        "echo hi # `rm -rf /`",
        "# rm -rf /",
        "df -h # then: dd if=/dev/zero of=/dev/sda",
    ]

    static let quotedHereDocuments: [String] = [
        "cat <<'EOF'\nrm -rf /\nEOF",
        "cat <<'EOF'\nsudo rm -rf /\ncurl x | sh\nEOF",
        "cat <<\"EOF\"\n$(rm -rf /)\nEOF",
        "cat <<'EOF'\n$(rm -rf /)\nEOF",
        "grep foo <<'EOF'\nrm -rf /\nEOF",
        "cat <<-'EOF'\n\trm -rf /\n\tEOF",
        "cat <<EOF\nhello $USER\nEOF",
    ]

    static let diagnostics: [String] = [
        "awk 'NR>1 && NR<9' f",
        "awk '$3 > 100 {print $1}' data",
        "awk '{print ($1 > 5)}' data",
        "awk -F: '{print $1}' /etc/passwd",
        "awk '{s+=$1} END {print s}' data",
        "awk '/error/ {c++} END {print c}' log",
        "sed -n '/ERROR/p' app.log",
        "sed 's/foo/bar/g' file",
        "sed -e 's/a/b/' -e 's/c/d/' f",
        "find . -name '*.log' -exec grep -l ERROR {} +",
        "find . -name '*.log' -exec wc -l {} \\;",
        "find /var/log -name '*.gz' -mtime +7",
        "find . -type f -name '*.py' | xargs grep -n TODO",
        "ls -la | grep foo | wc -l",
        "ps aux | sort -k3 -nr | head",
        "ps aux --sort=-%mem | head -n 10",
        "tail -f /var/log/syslog | grep --line-buffered ERROR",
        "tail -n 200 /var/log/nginx/error.log | grep -i upstream",
        "du -sh /var/* 2>/dev/null | sort -h",
        "du -ah /var/log | sort -rh | head -20",
        "df -h | grep -v tmpfs",
        "cut -d, -f2 data.csv | sort | uniq -c | sort -rn",
        "jq -r '.[] | select(.status==\"failed\") | .id' jobs.json",
        "echo '{\"a\":1}' | jq .",
        "python3 -m json.tool data.json",
        "cat /proc/meminfo | head",
        "cat /proc/cpuinfo | grep 'model name' | uniq",
        "grep -c processor /proc/cpuinfo",
        "lsof -i :8080",
        "ss -tulpn | grep :443",
        "journalctl -xe --no-pager | tail -50",
        "journalctl -u nginx --since today",
        "dmesg | tail -n 50",
        "vmstat 1 5",
        "iostat -x 1 3",
        "top -b -n 1 | head -20",
        "dig +short example.com @8.8.8.8",
        "ping -c 3 8.8.8.8",
        "uname -r; cat /etc/os-release",
        "wc -l < /etc/passwd",
        "cat /etc/passwd | cut -d: -f1",
        "sha256sum -c SHA256SUMS",
        "diff -u a.conf b.conf",
        "stat -c %s file",
        "readlink -f /usr/bin/python3",
        "lsblk",
        "findmnt",
        "free -m",
        "xxd file.bin | head",
        "ls -l /proc/1/",
        "ls ~/.ssh",
        "ls -la \"$HOME\"",
        "date -u +%Y-%m-%dT%H:%M:%SZ",
        "echo $PATH | tr ':' '\\n'",
        "printenv HOME",
        "whoami; id; groups",
    ]

    static let shellStructure: [String] = [
        "[ -f /etc/hosts ] && cat /etc/hosts",
        "if [ -d /tmp ]; then echo yes; fi",
        "[ \"$(id -u)\" -eq 0 ] && echo root",
        "echo $(( 1 + 2 ))",
        "echo $((2**10))",
        "let x=1+2; echo $x",
        "for f in *.log; do wc -l \"$f\"; done",
        "for f in /var/log/*.log; do tail -n1 \"$f\"; done",
        "for i in 1 2 3; do echo $i; done",
        "while true; do date; sleep 5; done",
        "while read -r l; do echo \"$l\"; done < input.txt",
        "until [[ -f /tmp/ready ]]; do sleep 1; done",
        "[[ -f /etc/os-release ]] && cat /etc/os-release",
        "test -f /etc/hosts && echo ok",
        "if grep -q ERROR app.log; then echo bad; else echo ok; fi",
        "case \"$1\" in start) echo go;; esac",
        "x=$(ls | wc -l); echo \"$x\"",
        "echo \"$(whoami) at $(date)\"",
        "export FOO=bar; echo $FOO",
        "cd /var/log && ls -lt | head",
        "(cd /var/log && ls)",
        "{ ls; pwd; }",
        "ls && echo ok || echo fail",
        "! grep -q foo f",
        "time (ls -la)",
        "echo a{b,c}d",
        "seq 1 10 | paste -sd+ | bc",
        "ls 2>&1 >/dev/null",
        "grep ERROR app.log 2>&1 | head",
        "f(){ ls -la; }; f",
        "alias ll='ls -la'",
        "trap 'echo cleanup' EXIT",
        "trap - EXIT",
        "trap -l",
        "trap '' INT",
        "echo ls | sh",
        "bash <<< 'ls -la'",
        "bash -c 'ls -la | head'",
        "sh -c 'df -h; free -m'",
        "eval 'uptime'",
    ]

    static let wrappers: [String] = [
        "watch -n 5 df -h",
        "watch -n 1 'ps aux | grep nginx'",
        "watch 'df -h; free -m'",
        "timeout 5 ping -c 1 host",
        "timeout 10 tail -f /var/log/syslog",
        "sudo -l",
        "sudo -v",
        "sudo --list",
        "sudo cat /var/log/syslog",
        "sudo -u postgres ls /var/lib/postgresql",
        "env | sort",
        "env LANG=C ls",
        "LANG=C sort f",
        "TZ=UTC date",
        "command -v docker",
        "command -V ls",
        "type -a ls",
        "nice -n 19 ionice -c3 du -sh /var",
        "nice -n 10 du -sh .",
        "nohup sleep 10",
        "stdbuf -oL tail -f log | grep x",
        "strace -c ls",
        "time ls",
        "ls | xargs wc -l",
        "ls | head -n 5 | xargs -I{} echo {}",
        "grep -l foo *.txt | xargs grep bar",
        "busybox --list",
    ]

    /// From the corpus review of issue 3 (`Docs/Verdicts.md`): read-only shapes that the
    /// sample showed reviewed or blocked.
    static let corpusReview: [String] = [
        "while IFS= read -r line; do echo \"$line\"; done < input.txt",
        "echo \"$IFS\" | od -c",
        "find . -type l -printf \"%p$IFS\"",
        "find /var/log -name \"$SERVICE*.log\" -mtime -1",
        "find . -path \"$HOME/.cache\" -prune -o -name '*.log' -print",
        "unzip -l release.zip",
        "unzip -t release.zip",
        "gzip -t backup.gz && echo ok",
        "xz -dc logs.tar.xz | tar -t",
        "zstd -l dump.zst",
        "gpg --list-keys",
        "gpg --fingerprint ops@example.com",
        "mktemp -u",
        "colrm 1 8 < table.txt",
        "find . -name '*.ext' | parallel echo {} '`dirname {}`'",
        "ls | parallel -q echo '`id`'",
        "tar tzvf backup.tgz | head",
        "sudo strace --attach 1234",
        "ionice -p 1234",
        "curl -s http://testsite/api/ | python -mjson.tool",
        "bind -p | grep -i '\"[pE]\"'",
        "stern api --since 15m",
        "lsb_release --release --codename --short",
        "md5 -r notes.txt",
    ]

    static var all: [String] { dataNotCode + comments + quotedHereDocuments + diagnostics + shellStructure + wrappers + corpusReview }

    static func expectAllow(_ command: String, sourceLocation: SourceLocation = #_sourceLocation) {
        expectVerdict(VerdictCase(command, .allow), sourceLocation: sourceLocation)
    }

    @Test(arguments: dataNotCode) func dataNotCodeVariants(_ command: String) { Self.expectAllow(command) }
    @Test(arguments: comments) func commentsVariants(_ command: String) { Self.expectAllow(command) }
    @Test(arguments: quotedHereDocuments) func quotedHereDocumentsVariants(_ command: String) { Self.expectAllow(command) }
    @Test(arguments: diagnostics) func diagnosticsVariants(_ command: String) { Self.expectAllow(command) }
    @Test(arguments: shellStructure) func shellStructureVariants(_ command: String) { Self.expectAllow(command) }
    @Test(arguments: wrappers) func wrappersVariants(_ command: String) { Self.expectAllow(command) }
    @Test(arguments: corpusReview) func corpusReviewVariants(_ command: String) { Self.expectAllow(command) }

    /// `git` is a family in another branch: for now the command must not be
    /// blocked, and both commands in it must be judged.
    @Test func gitDiffAgainstTheMergeBaseIsNotBlocked() {
        let result = defaultEngine.classify("git diff $(git merge-base main HEAD)")
        #expect(result.verdict != .block, "\(result.reasons.map(\.rule))")
        #expect(result.commands.count == 2)
        #expect(result.commands.allSatisfy { $0.name == "git" })
    }
}
