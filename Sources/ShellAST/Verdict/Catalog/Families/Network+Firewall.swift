/// Networking, firewalls: iptables and its siblings, nftables, ufw, firewalld, conntrack,
/// IPVS and ipsets.
///
/// Listing is read-only. Every rule change is a critical write. Flushing all rules and a
/// `DROP` default policy stay critical (review) rather than blocked: firewall work needs them,
/// and only a human can see whether an allow rule for the session comes first. firewalld's panic
/// mode drops every packet by design, so it is blocked.
enum NetworkFirewall {
    static let iptables = ["iptables", "ip6tables", "iptables-legacy", "ip6tables-legacy", "iptables-nft", "ip6tables-nft", "ebtables", "arptables", "ebtables-nft", "arptables-nft"]
    static let iptablesSave = ["iptables-save", "ip6tables-save", "iptables-legacy-save", "ip6tables-legacy-save", "iptables-nft-save", "ip6tables-nft-save", "ebtables-save", "arptables-save"]
    static let iptablesRestore = ["iptables-restore", "ip6tables-restore", "iptables-legacy-restore", "ip6tables-legacy-restore", "iptables-nft-restore", "ip6tables-nft-restore", "ebtables-restore", "arptables-restore", "iptables-apply", "ip6tables-apply"]

    /// An iptables command that changes rules, chains, counters or policies.
    static let iptablesWrites: ArgCondition = .any([
        .option(["-A", "--append", "-I", "--insert", "-D", "--delete", "-R", "--replace", "-N", "--new-chain", "--new", "-X", "--delete-chain",
                 "-Z", "--zero", "-F", "--flush", "-P", "--policy", "-E", "--rename-chain", "--init-table", "--atomic-commit", "--atomic-init"]),
        .shortFlag("A"), .shortFlag("I"), .shortFlag("D"), .shortFlag("R"), .shortFlag("N"), .shortFlag("X"), .shortFlag("Z"), .shortFlag("F"),
        .shortFlag("P"), .shortFlag("E"),
    ])

    static let ufwDryRun: ArgCondition = .option(["--dry-run"])

    static let family = CatalogFamily(
        syntaxes: [
            .reviewed(iptables, .network, "runs an iptables command the engine does not know",
                      valueOptions: ["-t", "--table", "-j", "--jump", "-g", "--goto", "-p", "--protocol", "-s", "--source", "-d", "--destination",
                                     "-i", "--in-interface", "-o", "--out-interface", "-m", "--match", "--dport", "--sport", "--dports", "--sports",
                                     "--state", "--ctstate", "--comment", "--to-destination", "--to-source", "--to-ports", "--log-prefix",
                                     "--log-level", "--reject-with", "--set-mark", "--mark", "--limit", "--limit-burst", "--icmp-type",
                                     "--uid-owner", "--src-range", "--dst-range", "--set-xmark", "--to", "--modprobe"]),
            .reviewed(iptablesSave, .network, "prints the firewall rules", valueOptions: ["-t", "--table", "-M", "--modprobe", "-f", "--file"], fallback: .readOnly),
            .reviewed(iptablesRestore, .network, "replaces the firewall rules with what it reads",
                      valueOptions: ["-T", "--table", "-M", "--modprobe", "-w", "--wait", "-W", "--wait-interval", "-t", "--timeout"], fallback: .criticalWrite),
            .reviewed(["nft"], .network, "runs an nftables command the engine does not know",
                      valueOptions: ["-f", "--file", "-I", "--includepath", "-D", "--define", "-d", "--debug", "-o", "--optimize"]),
            .reviewed(["ufw"], .network, "changes the ufw firewall", fallback: .criticalWrite),
            .reviewed(["firewall-cmd", "firewall-offline-cmd"], .network, "runs a firewalld command the engine does not know",
                      valueOptions: ["--zone", "--timeout", "--type", "--option", "--family", "--policy"]),
            .reviewed(["conntrack"], .network, "runs a conntrack command the engine does not know",
                      valueOptions: ["-p", "--proto", "-s", "--src", "--orig-src", "-d", "--dst", "--orig-dst", "-r", "--reply-src", "-q", "--reply-dst",
                                     "--sport", "--orig-port-src", "--dport", "--orig-port-dst", "--reply-port-src", "--reply-port-dst", "-m", "--mark",
                                     "-f", "--family", "-o", "--output", "-w", "--zone", "-t", "--timeout", "-u", "--status", "-e", "--event-mask",
                                     "-b", "--buffer-size", "--label", "--state"]),
            .reviewed(["ipvsadm"], .network, "runs an IPVS command the engine does not know",
                      valueOptions: ["-t", "--tcp-service", "-u", "--udp-service", "-f", "--fwmark-service", "-s", "--scheduler", "-r", "--real-server",
                                     "-w", "--weight", "-x", "--u-threshold", "-y", "--l-threshold", "-p", "--persistent", "-M", "--netmask", "--mcast-interface", "--syncid"]),
            .reviewed(["ipvsadm-save"], .network, "prints the IPVS table", fallback: .readOnly),
            .reviewed(["ipvsadm-restore"], .network, "replaces the IPVS table with what it reads", fallback: .criticalWrite),
            .reviewed(["ipset"], .network, "changes IP sets used by firewall rules", valueOptions: ["-o", "-output", "-f", "-file"], fallback: .criticalWrite),
        ],
        rules: [
            // iptables, ip6tables, ebtables, arptables
            CatalogRule(
                id: "network.iptables.list", commands: iptables,
                when: .any([.option(["-L", "--list", "-S", "--list-rules", "-C", "--check", "-V", "--version", "-h", "--help"]), .shortFlag("L"), .shortFlag("S")]),
                unless: iptablesWrites,
                effect: .readOnly, message: "lists or checks firewall rules",
                examples: ["iptables -L", "iptables -nvL", "iptables -t nat -L -n -v", "iptables -S INPUT", "ip6tables --list --line-numbers", "sudo iptables -L -n", "ebtables -L", "iptables -C INPUT -p tcp --dport 22 -j ACCEPT"],
                counterexamples: ["iptables -A INPUT -p tcp --dport 80 -j ACCEPT", "iptables -L -Z"]),
            CatalogRule(
                id: "network.iptables.change", commands: iptables, when: iptablesWrites,
                effect: .criticalWrite, message: "adds, deletes or replaces firewall rules or chains",
                examples: ["iptables -A INPUT -p tcp --dport 8080 -j ACCEPT", "iptables -I INPUT 1 -s 10.0.0.5 -j DROP", "iptables -D INPUT 3", "iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE", "ip6tables -N LOGGING", "iptables -Z"],
                counterexamples: ["iptables -nvL"]),
            CatalogRule(
                id: "network.iptables.flush", commands: iptables,
                when: .any([.option(["-F", "--flush", "-X", "--delete-chain"]), .shortFlag("F"), .shortFlag("X")]),
                effect: .criticalWrite, message: "flushes firewall rules or deletes chains: with a DROP policy this locks everyone out, with ACCEPT it opens the host",
                examples: ["iptables -F", "iptables -t nat -F", "iptables --flush INPUT", "iptables -X", "ebtables -F"], counterexamples: ["iptables -L"]),
            CatalogRule(
                id: "network.iptables.policy-drop", commands: iptables,
                when: .all([.any([.option(["-P", "--policy"]), .shortFlag("P")]), .anyPositional(.equals(["DROP", "REJECT", "drop"]))]),
                effect: .criticalWrite, message: "sets a chain's default policy to DROP: without an allow rule for the session first, this locks everyone out",
                examples: ["iptables -P INPUT DROP", "ip6tables --policy FORWARD DROP"], counterexamples: ["iptables -P INPUT ACCEPT"]),
            CatalogRule(
                id: "network.iptables-save.file", commands: iptablesSave, when: .option(["-f", "--file"]),
                effect: .safeWrite, message: "writes the firewall rules to a file",
                examples: ["iptables-save -f /tmp/rules.v4"], counterexamples: ["iptables-save", "ip6tables-save -t filter"]),
            CatalogRule(
                id: "network.iptables-restore.test", commands: iptablesRestore.filter { !$0.hasSuffix("-apply") }, when: .option(["-t", "--test", "-h", "--help"]),
                effect: .readOnly, message: "only parses the rules (`--test`)",
                examples: ["iptables-restore --test < rules.v4", "iptables-restore -t rules.v4"], counterexamples: ["iptables-restore < /etc/iptables/rules.v4"]),
            // nftables
            CatalogRule(
                id: "network.nft.list", commands: ["nft"],
                when: .any([.positional(0, .prefix(["list", "monitor", "describe", "help"])), .option(["-v", "--version", "-V", "-h", "--help"])]),
                unless: .anyPositional(.contains([";", "\n"])),
                effect: .readOnly, message: "lists the nftables ruleset",
                examples: ["nft list ruleset", "nft -a list table inet filter", "nft list tables", "nft -j list ruleset", "nft 'list chain inet filter input'", "nft monitor"],
                counterexamples: ["nft flush ruleset", "nft 'list ruleset; flush ruleset'"]),
            CatalogRule(
                id: "network.nft.check", commands: ["nft"], when: .all([.option(["-c", "--check"]), .not(.option(["-i", "--interactive"]))]),
                effect: .readOnly, message: "only checks a ruleset (`--check`)",
                examples: ["nft -c -f /etc/nftables.conf", "nft --check 'add rule inet filter input drop'"], counterexamples: ["nft -f /etc/nftables.conf"]),
            CatalogRule(
                id: "network.nft.change", commands: ["nft"],
                when: .any([
                    .positional(0, .prefix(["add", "insert", "create", "replace", "delete", "destroy", "flush", "reset", "rename", "import"])),
                    .option(["-f", "--file"]),
                    .anyPositional(.contains([";", "\n"])),
                ]),
                unless: .option(["-c", "--check"]),
                effect: .criticalWrite, message: "changes nftables rules, chains, tables or sets",
                examples: ["nft add rule inet filter input tcp dport 22 accept", "nft 'delete rule inet filter input handle 5'", "nft -f /etc/nftables.conf", "nft flush chain inet filter input"],
                counterexamples: ["nft list ruleset", "nft -c -f new.nft"]),
            CatalogRule(
                id: "network.nft.flush-ruleset", commands: ["nft"], when: .any([.positional(0, .prefix(["flush ruleset"])), .all([.positional(0, .equals(["flush"])), .positional(1, .equals(["ruleset"]))])]),
                unless: .option(["-c", "--check"]),
                effect: .criticalWrite, message: "removes every nftables table and rule: the host's firewall is gone (or, with base-chain policies elsewhere, traffic stops)",
                examples: ["nft flush ruleset", "nft 'flush ruleset'"], counterexamples: ["nft list ruleset"]),
            CatalogRule(
                id: "network.nft.interactive", commands: ["nft"], when: .option(["-i", "--interactive"]),
                effect: .review, message: "opens an interactive nftables session", examples: ["nft -i"], counterexamples: ["nft list ruleset"]),
            // ufw
            CatalogRule(
                id: "network.ufw.status", commands: ["ufw"],
                when: .any([
                    .positional(0, .equals(["status", "show", "version", "help"])),
                    .all([.positional(0, .equals(["app"])), .positional(1, .equals(["list", "info"]))]),
                    .option(["--version", "-h", "--help"]), ufwDryRun,
                ]),
                effect: .readOnly, message: "shows the firewall status or what a change would do (`--dry-run`)",
                examples: ["ufw status", "ufw status verbose", "sudo ufw status numbered", "ufw show added", "ufw app list", "ufw --dry-run deny 22"],
                counterexamples: ["ufw allow 22/tcp", "ufw disable"]),
            CatalogRule(
                id: "network.ufw.change", commands: ["ufw"],
                when: .positional(0, .equals(["allow", "deny", "reject", "limit", "delete", "insert", "prepend", "route", "reload", "logging"])),
                unless: ufwDryRun,
                effect: .criticalWrite, message: "adds or deletes firewall rules",
                examples: ["ufw allow 22/tcp", "ufw deny from 203.0.113.7", "ufw delete 3", "ufw --force delete allow 80"], counterexamples: ["ufw status"]),
            CatalogRule(
                id: "network.ufw.toggle", commands: ["ufw"], when: .positional(0, .equals(["enable", "disable", "reset", "default"])),
                unless: ufwDryRun,
                effect: .criticalWrite, message: "turns the firewall on or off, resets it or changes its default policy: this can lock everyone out or open the host",
                examples: ["ufw enable", "ufw --force enable", "ufw disable", "ufw --force reset", "ufw default deny incoming"], counterexamples: ["ufw --dry-run enable"]),
            // firewalld
            CatalogRule(
                id: "network.firewall-cmd.query", commands: ["firewall-cmd", "firewall-offline-cmd"],
                when: .any([
                    .anyArgument(.prefix(["--list-", "--get-", "--query-", "--info-"])),
                    .option(["--state", "--check-config", "--version", "-V", "--help", "-h"]),
                ]),
                effect: .readOnly, message: "shows firewalld zones, services and rules",
                examples: ["firewall-cmd --state", "firewall-cmd --list-all", "firewall-cmd --zone=public --list-ports", "firewall-cmd --get-active-zones", "firewall-cmd --permanent --list-services", "firewall-cmd --query-service=ssh"],
                counterexamples: ["firewall-cmd --add-port=8080/tcp", "firewall-cmd --reload"]),
            CatalogRule(
                id: "network.firewall-cmd.change", commands: ["firewall-cmd", "firewall-offline-cmd"],
                when: .any([
                    .anyArgument(.prefix(["--add-", "--remove-", "--set-", "--new-", "--delete-", "--change-", "--load-", "--reset-"])),
                    .option(["--reload", "--complete-reload", "--runtime-to-permanent", "--panic-off", "--lockdown-on", "--lockdown-off", "--passthrough", "--direct"]),
                ]),
                effect: .criticalWrite, message: "changes firewalld zones, services, ports or rules",
                examples: ["firewall-cmd --add-port=8080/tcp", "firewall-cmd --permanent --zone=public --add-service=http", "firewall-cmd --reload", "firewall-cmd --remove-service=ssh", "firewall-cmd --set-default-zone=drop", "firewall-cmd --direct --passthrough ipv4 -F"],
                counterexamples: ["firewall-cmd --list-all"]),
            CatalogRule(
                id: "network.firewall-cmd.panic", commands: ["firewall-cmd"], when: .option(["--panic-on"]),
                effect: .block, message: "panic mode drops every packet: the host drops off the network, this session included",
                examples: ["firewall-cmd --panic-on", "sudo firewall-cmd --panic-on"], counterexamples: ["firewall-cmd --query-panic", "firewall-cmd --panic-off"]),
            // conntrack, IPVS, ipsets
            CatalogRule(
                id: "network.conntrack.list", commands: ["conntrack"],
                when: .option(["-L", "--dump", "-G", "--get", "-C", "--count", "-S", "--stats", "-E", "--event", "-V", "--version", "-h", "--help"]),
                effect: .readOnly, message: "lists connection-tracking entries",
                examples: ["conntrack -L", "conntrack -L -p tcp --dport 443", "conntrack -C", "conntrack -S"], counterexamples: ["conntrack -F"]),
            CatalogRule(
                id: "network.conntrack.change", commands: ["conntrack"],
                when: .option(["-D", "--delete", "-I", "--create", "-U", "--update", "-F", "--flush", "-R", "--load-file"]),
                effect: .criticalWrite, message: "deletes or changes connection-tracking entries: matching connections can break",
                examples: ["conntrack -D -s 10.0.0.5", "conntrack -F", "conntrack -U -m 1"], counterexamples: ["conntrack -L"]),
            CatalogRule(
                id: "network.ipvsadm.list", commands: ["ipvsadm"],
                when: .any([.option(["-L", "-l", "--list", "-S", "--save", "-h", "--help", "--version"]), .shortFlag("L"), .shortFlag("l")]),
                unless: .option(["-A", "--add-service", "-E", "--edit-service", "-D", "--delete-service", "-C", "--clear", "-R", "--restore", "-a", "--add-server",
                                 "-e", "--edit-server", "-d", "--delete-server", "--set", "--start-daemon", "--stop-daemon", "-Z", "--zero"]),
                effect: .readOnly, message: "lists the IPVS virtual server table",
                examples: ["ipvsadm -Ln", "ipvsadm -L -n --stats", "ipvsadm -S -n"], counterexamples: ["ipvsadm -C"]),
            CatalogRule(
                id: "network.ipvsadm.change", commands: ["ipvsadm"],
                when: .option(["-A", "--add-service", "-E", "--edit-service", "-D", "--delete-service", "-C", "--clear", "-R", "--restore", "-a", "--add-server",
                               "-e", "--edit-server", "-d", "--delete-server", "--set", "--start-daemon", "--stop-daemon", "-Z", "--zero"]),
                effect: .criticalWrite, message: "changes the IPVS virtual servers or their real servers (`-C` clears them all)",
                examples: ["ipvsadm -A -t 10.0.0.1:80 -s rr", "ipvsadm -d -t 10.0.0.1:80 -r 10.0.0.5:80", "ipvsadm -C"], counterexamples: ["ipvsadm -Ln"]),
            CatalogRule(
                id: "network.ipset.list", commands: ["ipset"],
                when: .any([.positional(0, .equals(["list", "save", "test", "help", "version", "-L", "-S", "-T", "-v"])), .option(["-L", "-S", "-T", "-v", "--version", "-h", "--help"])]),
                effect: .readOnly, message: "lists or tests IP sets",
                examples: ["ipset list", "ipset -L blocklist", "ipset test blocklist 10.0.0.5"], counterexamples: ["ipset flush blocklist"]),
        ])
}
