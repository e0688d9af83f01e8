/// Read-only diagnostics: reading files, searching, listing, system state.
enum Diagnostics {
    static let family = CatalogFamily(
        syntaxes: [
            .readOnly(["ls", "ll", "dir", "vdir", "tree", "exa", "eza"], "lists files"),
            .readOnly(["cat", "tac", "nl", "bat", "batcat", "more", "less", "most", "zcat", "bzcat", "xzcat", "lzcat", "zstdcat", "zless", "zmore", "zipinfo"], "prints files"),
            .readOnly(["head", "tail"], "prints part of files", valueOptions: ["-n", "-c", "--lines", "--bytes", "--pid", "-s", "--sleep-interval"]),
            .readOnly(["grep", "egrep", "fgrep", "zgrep", "zegrep", "ag", "ack", "pgrep", "agrep"], "searches text", valueOptions: ["-e", "-f", "-m", "-A", "-B", "-C", "--include", "--exclude", "--exclude-dir", "--color", "--regexp", "--file", "--max-count", "--context", "--after-context", "--before-context", "-d", "-D", "--label"]),
            .readOnly(["rg"], "searches text", valueOptions: ["-e", "-f", "-g", "--glob", "-t", "--type", "-T", "-m", "-A", "-B", "-C", "-j", "--pre", "--pre-glob", "--max-depth", "-M", "--sort", "--sortr", "-r", "--replace"]),
            .readOnly(["wc", "cut", "tr", "uniq", "fold", "fmt", "column", "paste", "join", "comm", "expand", "unexpand", "rev", "shuf", "tsort", "numfmt", "look", "iconv", "csplit", "colrm"], "transforms text", valueOptions: ["-d", "-f", "-c", "-b", "-t", "-w", "-s", "-o", "-1", "-2", "-j", "-n", "--output"]),
            .readOnly(["sort"], "sorts text", valueOptions: ["-k", "-t", "-o", "--output", "-S", "-T", "--key", "--field-separator", "--buffer-size", "--temporary-directory", "--parallel", "--batch-size", "--compress-program", "--files0-from"]),
            .readOnly(["diff", "cmp", "sdiff", "diff3", "colordiff", "zdiff", "zcmp", "md5sum", "sha1sum", "sha224sum", "sha256sum", "sha384sum", "sha512sum", "b2sum", "cksum", "sum", "md5", "od", "objdump", "readelf", "nm", "hexdump", "strings", "file", "stat", "readlink", "realpath", "basename", "dirname", "namei", "pathchk", "base32"], "inspects files or data"),
            .readOnly(["base64"], "encodes or decodes data", valueOptions: ["-w", "--wrap"]),
            .readOnly(["jq", "yq", "xq", "gojq", "jless", "fx", "xmllint", "csvlook", "mlr"], "queries structured data", valueOptions: ["--arg", "--argjson", "-f", "--from-file", "--slurpfile", "--rawfile", "--indent"]),
            .readOnly(["echo", "printf", "true", "false", ":", "test", "[", "[[", "seq", "yes", "expr", "bc", "dc", "factor", "sleep", "wait", "pwd", "cd", "pushd", "popd", "dirs", "type", "hash", "which", "whereis", "whatis", "apropos", "help", "man", "info", "tldr", "read", "mapfile", "readarray", "shift", "set", "unset", "getopts", "let", "return", "exit", "logout", "times", "ulimit", "umask", "shopt", "history", "fc", "jobs", "fg", "bg", "disown", "suspend", "enable", "compgen", "complete", "caller", "break", "continue", "clear", "reset", "tput", "stty", "tty", "locale", "cal", "ncal", "banner", "figlet", "cowsay", "lolcat"], "a shell builtin or utility that only reads or prints", category: .shell),
            .readOnly(["export", "declare", "typeset", "local", "readonly"], "declares or exports shell variables", category: .shell),
            .readOnly(["date"], "prints the date", valueOptions: ["-d", "--date", "-f", "--file", "-r", "--reference", "-I", "--iso-8601"]),
            .readOnly(["df", "du", "free", "smem", "uptime", "uname", "arch", "nproc", "lscpu", "lsmem", "lspci", "lsusb", "lsmod", "lshw", "lsblk", "lsof", "lslocks", "lsns", "lsipc", "lsirq", "blkid", "findmnt", "vmstat", "iostat", "mpstat", "pidstat", "sar", "nstat", "ifstat", "dstat", "iotop", "top", "htop", "atop", "btop", "glances", "ps", "pstree", "pidof", "pmap", "pwdx", "w", "who", "whoami", "id", "groups", "last", "lastb", "lastlog", "users", "finger", "getent", "logname", "hostid", "env", "printenv", "dmidecode", "sensors", "smartctl", "nvidia-smi", "numastat", "slabtop", "tload", "watch-free", "ipcs", "getconf", "ldd", "sysctl", "timedatectl", "hostnamectl", "localectl", "loginctl", "busctl", "coredumpctl", "systemd-analyze", "systemd-cgls", "systemd-cgtop", "systemd-detect-virt", "getenforce", "selinuxenabled", "sestatus", "sesearch", "seinfo", "secon", "aa-status", "apparmor_status", "dumpe2fs", "xfs_info", "pvs", "vgs", "lvs", "pvdisplay", "vgdisplay", "lvdisplay", "perf", "bpftrace", "tcpdump", "ss", "netstat", "ping", "ping6", "traceroute", "traceroute6", "tracepath", "mtr", "dig", "nslookup", "host", "whois", "arp", "arping", "iftop", "nethogs", "nload", "bmon", "vnstat", "iperf", "iperf3", "speedtest", "openssl", "keytool", "certtool", "ssh-keyscan", "ssh-keygen", "resolvectl", "dmesg", "modinfo", "lsattr", "getfacl", "getcap", "quota", "repquota", "journalctl", "apt-cache", "dpkg-query", "locate", "mlocate", "plocate", "fd", "fdfind", "fincore", "findfs", "systemd-path", "lsb_release", "aureport", "ausearch"], "reports system or file state", valueOptions: ["-o", "-p", "-u", "-U", "-C", "-c", "-n", "-w", "-W", "-i", "-t", "-s", "-e", "-k", "-d", "-b", "-q", "--output", "--pid", "--format", "--sort", "--user", "-T", "-I", "-f", "-O", "-P", "-r", "-x", "-g"]),
        ],
        rules: [
            CatalogRule(
                id: "diagnostics.read", commands: ["ls", "cat", "grep", "head", "tail", "wc", "df", "du", "ps", "free", "uptime"],
                effect: .readOnly, message: "only reads",
                examples: ["ls -la /var/log", "cat /etc/os-release", "grep -r ERROR /var/log/app", "tail -n 100 /var/log/syslog", "df -h", "ps aux"]),
            // Shell builtins that change more than the shell's own variables (corpus review, `Docs/Verdicts.md`).
            CatalogRule(
                id: "shell.history.change", commands: ["history"], when: .any([.shortFlag("c"), .shortFlag("d"), .shortFlag("w"), .shortFlag("a")]),
                effect: .safeWrite, message: "`history -c`/`-d` deletes shell history; `-w`/`-a` writes the history file",
                examples: ["history -c", "history -d 12", "history -w"], counterexamples: ["history", "history 20"]),
            CatalogRule(
                id: "shell.fc.runs", commands: ["fc"], unless: .shortFlag("l"),
                effect: .review, message: "`fc` runs commands again from the history (after editing them); what runs is not known",
                examples: ["fc -s", "fc -e - 10", "fc"], counterexamples: ["fc -l", "fc -ln -5"]),
            CatalogRule(
                id: "shell.enable.load", commands: ["enable"], when: .shortFlag("f"),
                effect: .review, message: "`enable -f` loads a builtin from a shared library: code the engine cannot see",
                examples: ["enable -f ./mybuiltin.so mybuiltin"], counterexamples: ["enable -a"]),
            CatalogRule(
                id: "shell.hash.path", commands: ["hash"], when: .shortFlag("p"),
                effect: .review, message: "`hash -p PATH NAME` makes NAME run another program",
                examples: ["hash -p /tmp/x/ls ls"], counterexamples: ["hash -r", "hash"]),
            CatalogRule(
                id: "diagnostics.sort.output", commands: ["sort"], when: .option(["-o", "--output"]),
                effect: .safeWrite, message: "`sort -o` writes the sorted output to a file",
                examples: ["sort -o sorted.txt data.txt", "sort --output=out.txt in.txt"], counterexamples: ["sort -n data.txt"]),
            CatalogRule(
                id: "diagnostics.uniq.output", commands: ["uniq"], when: .positionalCount(2...2),
                effect: .safeWrite, message: "`uniq INPUT OUTPUT` writes to the output file",
                examples: ["uniq in.txt out.txt"], counterexamples: ["uniq -c in.txt"]),
            CatalogRule(
                id: "diagnostics.date.set", commands: ["date"], when: .option(["-s", "--set"]),
                effect: .criticalWrite, message: "`date -s` sets the system clock",
                examples: ["date -s '2024-01-01 00:00'"], counterexamples: ["date +%s", "date -u"]),
            CatalogRule(
                id: "diagnostics.sysctl.write", commands: ["sysctl"],
                when: .any([.option(["-w", "--write", "-p", "--load", "--system"]), .anyPositional(.contains(["="]))]),
                effect: .criticalWrite, message: "changes kernel parameters",
                examples: ["sysctl -w vm.swappiness=10", "sysctl net.ipv4.ip_forward=1", "sysctl -p"], counterexamples: ["sysctl -a", "sysctl vm.swappiness"]),
            CatalogRule(
                id: "diagnostics.dmesg.clear", commands: ["dmesg"], when: .any([.option(["-c", "-C", "--clear", "--read-clear", "-D", "-E", "--console-off", "--console-on", "-n", "--console-level"])]),
                effect: .safeWrite, message: "clears the kernel ring buffer or changes console logging",
                examples: ["dmesg -c", "dmesg --clear"], counterexamples: ["dmesg -T", "dmesg | tail"]),
            CatalogRule(
                id: "diagnostics.hostname.set", commands: ["hostnamectl"], when: .anyPositional(.equals(["set-hostname", "set-icon-name", "set-chassis", "set-deployment", "set-location"])),
                effect: .criticalWrite, message: "changes the host name",
                examples: ["hostnamectl set-hostname web-01"], counterexamples: ["hostnamectl status"]),
            CatalogRule(
                id: "diagnostics.timedatectl.set", commands: ["timedatectl"], when: .anyPositional(.prefix(["set-"])),
                effect: .criticalWrite, message: "changes time settings",
                examples: ["timedatectl set-ntp true", "timedatectl set-time '2024-01-01'"], counterexamples: ["timedatectl status"]),
            CatalogRule(
                id: "diagnostics.localectl.set", commands: ["localectl"], when: .anyPositional(.prefix(["set-"])),
                effect: .safeWrite, message: "changes locale settings",
                examples: ["localectl set-locale LANG=en_US.UTF-8"], counterexamples: ["localectl status"]),
            CatalogRule(
                id: "diagnostics.loginctl.act", commands: ["loginctl"],
                when: .anyPositional(.equals(["terminate-session", "terminate-user", "kill-session", "kill-user", "lock-session", "lock-sessions", "enable-linger", "disable-linger", "attach", "flush-devices", "activate"])),
                effect: .criticalWrite, message: "terminates or changes login sessions",
                examples: ["loginctl terminate-user alice"], counterexamples: ["loginctl list-sessions"]),
            CatalogRule(
                id: "diagnostics.base64.decode", commands: ["base64"], when: .option(["-d", "--decode", "-D"]),
                effect: .readOnly, message: "decodes data (judged further if piped into a shell)",
                examples: ["base64 -d payload.txt"], counterexamples: ["base64 file.bin"]),
            CatalogRule(
                id: "diagnostics.find.delete", commands: ["find"], when: .option(["-delete"]),
                effect: .criticalWrite, message: "`find -delete` deletes every file it finds",
                examples: ["find /tmp -name '*.tmp' -delete"], counterexamples: ["find /var/log -name '*.gz'"]),
            CatalogRule(
                id: "diagnostics.find.delete-root", commands: ["find"],
                when: .all([.option(["-delete"]), .anyPositional(.catastrophicPath)]),
                effect: .block, message: "`find -delete` over a system tree or the root deletes the system",
                examples: ["find / -delete", "find /etc -type f -delete"], counterexamples: ["find /tmp/build -delete"]),
            CatalogRule(
                id: "shell.declaration.loader-variable", commands: ["export", "declare", "typeset", "local", "readonly"],
                when: .anyPositional(.prefix(Judge.loaderVariables.sorted().map { $0 + "=" })),
                effect: .criticalWrite, message: "sets a variable that changes which program runs or what code it loads",
                examples: ["'export' LD_PRELOAD=/tmp/x.so", "\"declare\" -x PATH=/tmp:/usr/bin"], counterexamples: ["'export' FOO=bar"]),
            CatalogRule(
                id: "diagnostics.find.dynamic-expression", commands: ["find"],
                // A run-time word where an operand or a primary goes (`find "$d"`: a value starting
                // with `-` begins the expression), or a primary's value the shell may split into
                // several words (`-name $p`). A quoted value of a primary (`-name "$USER.*"`) is one
                // word the primary consumes: it cannot become `-delete` or `-exec`.
                when: .any([.anyPositional(.dynamic), .optionValue(Diagnostics.findValuePrimaries.sorted(), .splitsIntoWords)]),
                effect: .review, message: "`find` with arguments only known at run time (one could be `-delete` or `-exec`)",
                examples: ["find / $OPTS", "x=-delete; find / $x", "find . \"$@\"", "find \"$dir\" -type f", "find . -name $pattern", "find . -name \"$@\""],
                counterexamples: ["find . -name '*.log'", "find /tmp -maxdepth 1 -name \"$USER.*\"", "find . -newermt \"$(date +%F)\" -type f"]),
            CatalogRule(
                id: "diagnostics.busctl.call", commands: ["busctl"],
                when: .anyPositional(.equals(["call", "emit", "set-property", "wait"])),
                effect: .criticalWrite, message: "`busctl call` invokes a D-Bus method (it can reboot, stop units, change settings)",
                examples: ["busctl call org.freedesktop.login1 /org/freedesktop/login1 org.freedesktop.login1.Manager Reboot b true"],
                counterexamples: ["busctl list", "busctl status"]),
            CatalogRule(
                id: "diagnostics.find.write", commands: ["find"], when: .option(["-fprint", "-fprint0", "-fprintf", "-fls"]),
                effect: .safeWrite, message: "`find -fprint` writes its output to a file",
                examples: ["find . -name '*.log' -fprint list.txt"], counterexamples: ["find . -print"]),
            CatalogRule(
                id: "diagnostics.tcpdump.write", commands: ["tcpdump"], when: .option(["-w", "-z"]),
                effect: .safeWrite, message: "`tcpdump -w` writes a capture file (`-z` runs a command on it)",
                examples: ["tcpdump -i eth0 -w cap.pcap"], counterexamples: ["tcpdump -i eth0 -c 10"]),
            CatalogRule(
                id: "diagnostics.ssh-keygen.write", commands: ["ssh-keygen"], when: .not(.option(["-l", "-F", "-y", "-L", "-Q", "-e"])),
                effect: .safeWrite, message: "`ssh-keygen` creates or changes key files",
                examples: ["ssh-keygen -t ed25519 -f key"], counterexamples: ["ssh-keygen -l -f key.pub"]),
            CatalogRule(
                id: "diagnostics.gpg.write", commands: ["gpg", "gpg2"],
                when: .any([.option(Diagnostics.gpgWriteCommands), .shortFlag("e"), .shortFlag("s"), .shortFlag("c"), .shortFlag("d"), .shortFlag("b"), .shortFlag("o")]),
                effect: .safeWrite, message: "`gpg` changes the keyring or writes files",
                examples: ["gpg --import key.asc", "gpg --symmetric doc.txt", "gpg -c doc.txt", "gpg -ea -r ops report.txt", "gpg --clearsign notes.txt"],
                counterexamples: ["gpg --list-keys", "gpg -k", "gpg --verify file.sig file"]),
            CatalogRule(
                id: "diagnostics.openssl.write", commands: ["openssl"],
                when: .any([.option(["-out", "-keyout"]), .anyPositional(.equals(["genrsa", "genpkey", "req", "ca"]))]),
                unless: .all([.anyPositional(.equals(["req"])), .option(["-noout"]), .not(.option(["-out", "-keyout", "-new"]))]),
                effect: .safeWrite, message: "`openssl` writes keys or certificates",
                examples: ["openssl genrsa -out key.pem 2048"], counterexamples: ["openssl x509 -in cert.pem -noout -text", "openssl s_client -connect example.com:443"]),
            CatalogRule(
                id: "diagnostics.perf.record", commands: ["perf"], when: .anyPositional(.equals(["record", "probe", "trace", "lock", "sched", "kvm"])),
                effect: .safeWrite, message: "`perf record` instruments the system and writes a data file",
                examples: ["perf record -g -p 1234"], counterexamples: ["perf top", "perf stat -p 1234"]),
            CatalogRule(
                id: "diagnostics.journalctl.vacuum", commands: ["journalctl"],
                when: .option(["--vacuum-size", "--vacuum-time", "--vacuum-files", "--rotate", "--flush", "--relinquish-var", "--smart-relinquish-var", "--sync", "--setup-keys", "--update-catalog"]),
                effect: .criticalWrite, message: "`journalctl --vacuum`/`--rotate` deletes or rewrites logs",
                examples: ["journalctl --vacuum-time=2d", "journalctl --vacuum-size=500M"], counterexamples: ["journalctl -u nginx --since today", "journalctl -xe"]),
        ])
}
