private typealias Rules = RuleVocabulary

/// Server daemons run by hand: nginx, Apache, HAProxy, BIND (`named-checkconf`,
/// `rndc`), sshd, and the time daemons' clients (`chronyc`, `ntpq`, `ntpdate`).
///
/// Their configuration checks (`nginx -t`, `apachectl configtest`, `haproxy -c`, `sshd -t`)
/// and status queries (`chronyc tracking`, `ntpq -p`) only read: everyday diagnostics.
/// A check against a configuration outside the daemon's own directory is not read-only: a
/// configuration test loads the modules the file names (`load_module`, `LoadModule`), which
/// is running code. Signals and reloads are safe writes; stopping is a critical write;
/// running the daemon itself, or any use the engine does not know, needs a human.
extension ServicesFamily {
    static let nginxConfigDirectories = ["/etc/nginx/", "/usr/local/nginx/conf/", "/usr/local/etc/nginx/", "/opt/homebrew/etc/nginx/"]
    static let apacheConfigDirectories = ["/etc/apache2/", "/etc/httpd/", "/usr/local/apache2/conf/", "/usr/local/etc/httpd/"]
    static let apache = ["apachectl", "apache2ctl", "httpd"]
    static let chronyReadVerbs = [
        "tracking", "sources", "sourcestats", "activity", "ntpdata", "serverstats", "clients", "rtcdata", "smoothing", "selectdata",
        "authdata", "sourcename", "waitsync", "help",
    ]

    static let servers = CatalogFamily(
        syntaxes: [
            .reviewed(["nginx"], .services, "starts nginx, or an nginx with the options given", valueOptions: ["-c", "-g", "-p", "-e", "-s"]),
            .reviewed(apache, .services, "starts, stops or signals Apache httpd",
                      valueOptions: ["-f", "-C", "-c", "-d", "-D", "-k", "-e", "-E"]),
            .reviewed(["haproxy"], .services, "starts or reloads HAProxy",
                      valueOptions: ["-f", "-p", "-L", "-sf", "-st", "-x", "-S", "-C", "-n", "-N", "-m"]),
            .readOnly(["named-checkconf", "named-checkzone"], "checks BIND configuration or zone files", category: .services,
                      valueOptions: ["-t", "-o", "-i", "-k", "-m", "-n", "-r", "-s", "-S", "-T", "-W", "-c", "-f", "-F", "-D", "-L", "-M", "-l", "-J"]),
            .reviewed(["named-compilezone"], .services, "compiles a zone file into an output file",
                      valueOptions: ["-t", "-o", "-i", "-k", "-m", "-n", "-r", "-s", "-S", "-T", "-W", "-c", "-f", "-F", "-D", "-L", "-M", "-l", "-J"],
                      fallback: .safeWrite),
            .reviewed(["rndc"], .services, "controls the BIND name server", valueOptions: ["-b", "-c", "-k", "-p", "-s", "-y"]),
            .reviewed(["sshd"], .services, "starts an SSH server", valueOptions: ["-f", "-c", "-h", "-o", "-p", "-E", "-g", "-k", "-C"]),
            .reviewed(["chronyc"], .services, "sends a command to chronyd", valueOptions: ["-h", "-p", "-f"]),
            .reviewed(["ntpq"], .services, "queries or reconfigures an NTP server", valueOptions: ["-c", "--command"]),
            .reviewed(["ntpdate"], .services, "sets the system clock from NTP servers", valueOptions: ["-a", "-e", "-k", "-o", "-p", "-t"],
                      fallback: .criticalWrite),
            .readOnly(["ntpstat"], "reports clock synchronisation", category: .services),
        ],
        rules: [
            CatalogRule(
                id: "services.nginx.check", commands: ["nginx"],
                when: .any([.shortFlag("t"), .shortFlag("T"), .option(["-v", "-V", "-h", "-?"])]),
                unless: .any([.option(["-s", "-g", "-p"]), .optionValue(["-c"], .not(.prefix(nginxConfigDirectories)))]),
                effect: .readOnly, message: "tests the configuration or prints the version",
                examples: ["nginx -t", "sudo nginx -T", "nginx -V", "nginx -t -c /etc/nginx/nginx.conf", "nginx -tq"],
                counterexamples: ["nginx", "nginx -t -c /tmp/nginx.conf", "nginx -t -g 'load_module /tmp/x.so;'", "nginx -s reload"]),
            CatalogRule(
                id: "services.nginx.signal", commands: ["nginx"], when: .option(["-s"]),
                effect: .safeWrite, message: "signals the running nginx (reload the configuration, reopen the logs)",
                examples: ["nginx -s reload", "sudo nginx -s reopen"], counterexamples: ["nginx -t"]),
            CatalogRule(
                id: "services.nginx.stop", commands: ["nginx"], when: .optionValue(["-s"], .not(.equals(["reload", "reopen"]))),
                effect: .criticalWrite, message: "stops nginx: every site it serves goes down",
                examples: ["nginx -s stop", "nginx -s quit"], counterexamples: ["nginx -s reload"]),
            CatalogRule(
                id: "services.apachectl.check", commands: apache,
                when: .any([
                    .positional(0, .equals(["configtest", "status", "fullstatus", "-t", "-S", "-M", "-v", "-V", "-l", "-L"])),
                    .option(["-t", "-S", "-M", "-v", "-V", "-l", "-L", "-h"]),
                ]),
                unless: .any([.option(["-k", "-C", "-c"]), .optionValue(["-f", "-d"], .not(.prefix(apacheConfigDirectories)))]),
                effect: .readOnly, message: "tests the configuration, lists modules or virtual hosts, or shows the server status",
                examples: ["apachectl configtest", "apache2ctl -S", "httpd -t", "apachectl -M", "apachectl status", "httpd -t -f /etc/httpd/conf/httpd.conf"],
                counterexamples: ["apachectl graceful", "httpd -t -f /tmp/httpd.conf", "apachectl -k stop"]),
            CatalogRule(
                id: "services.apachectl.change", commands: apache,
                when: .any([
                    .positional(0, .equals(["start", "restart", "graceful"])), .optionValue(["-k"], .equals(["start", "restart", "graceful"])),
                ]),
                effect: .safeWrite, message: "starts Apache or reloads it",
                examples: ["apachectl graceful", "apache2ctl restart", "httpd -k graceful"], counterexamples: ["apachectl configtest"]),
            CatalogRule(
                id: "services.apachectl.stop", commands: apache,
                when: .any([.positional(0, .equals(["stop", "graceful-stop"])), .optionValue(["-k"], .equals(["stop", "graceful-stop"]))]),
                effect: .criticalWrite, message: "stops Apache: every site it serves goes down",
                examples: ["apachectl stop", "httpd -k graceful-stop"], counterexamples: ["apachectl graceful"]),
            CatalogRule(
                id: "services.haproxy.check", commands: ["haproxy"], when: .option(["-c", "-v", "-vv", "-V"]),
                unless: .any([
                    .option(["-D", "-W", "-Ws", "-sf", "-st", "-x", "-S"]),
                    .optionValue(["-f"], .not(.prefix(["/etc/haproxy/", "/usr/local/etc/haproxy/"]))),
                ]),
                effect: .readOnly, message: "checks the configuration or prints the version",
                examples: ["haproxy -c -f /etc/haproxy/haproxy.cfg", "haproxy -vv"],
                counterexamples: ["haproxy -f /etc/haproxy/haproxy.cfg -D", "haproxy -c -f /tmp/x.cfg", "haproxy -f /etc/haproxy/haproxy.cfg -sf 123"]),
            CatalogRule(
                id: "services.named-checkzone.output", commands: ["named-checkzone"], when: .option(["-o"]),
                effect: .safeWrite, message: "`-o` writes the zone to a file",
                examples: ["named-checkzone -o out.db example.com example.com.db"], counterexamples: ["named-checkzone example.com example.com.db"]),
            CatalogRule(
                id: "services.rndc.read", commands: ["rndc"], subcommands: Rules.words(["status", "zonestatus", "showzone", "tsig-list"]),
                effect: .readOnly, message: "shows the name server's or a zone's status",
                examples: ["rndc status", "rndc zonestatus example.com"], counterexamples: ["rndc reload"]),
            CatalogRule(
                id: "services.rndc.change", commands: ["rndc"],
                subcommands: Rules.words(["reload", "reconfig", "flush", "flushname", "flushtree", "refresh", "retransfer", "notify", "freeze", "thaw",
                                          "sync", "querylog", "trace", "notrace", "dumpdb", "stats", "recursing"]),
                effect: .safeWrite, message: "reloads zones, flushes caches or writes the server's dump files",
                examples: ["rndc reload example.com", "rndc flush", "rndc freeze example.com"], counterexamples: ["rndc status"]),
            CatalogRule(
                id: "services.rndc.stop", commands: ["rndc"], subcommands: Rules.words(["stop", "halt", "addzone", "delzone", "modzone"]),
                effect: .criticalWrite, message: "stops the name server, or adds, deletes or changes a zone",
                examples: ["rndc stop", "rndc delzone example.com"], counterexamples: ["rndc reload"]),
            CatalogRule(
                id: "services.sshd.check", commands: ["sshd"], when: .any([.shortFlag("t"), .shortFlag("T"), .option(["-V"])]),
                effect: .readOnly, message: "tests the configuration or prints the effective settings",
                examples: ["sshd -t", "sudo sshd -T", "sshd -T -C user=deploy,host=ci,addr=10.0.0.5", "/usr/sbin/sshd -t -f /etc/ssh/sshd_config"],
                counterexamples: ["sshd -D", "sshd -p 2222"]),
            CatalogRule(
                id: "services.chronyc.read", commands: ["chronyc"], subcommands: Rules.words(chronyReadVerbs), unless: .option(["-m"]),
                effect: .readOnly, message: "shows the clock's synchronisation state or its sources",
                examples: ["chronyc tracking", "chronyc sources -v", "chronyc -n sourcestats", "chronyc -c tracking", "chronyc activity"],
                counterexamples: ["chronyc makestep", "chronyc -m tracking makestep"]),
            CatalogRule(
                id: "services.chronyc.read-several", commands: ["chronyc"], when: .all([.option(["-m"]), .allPositionals(.equals(chronyReadVerbs))]),
                effect: .readOnly, message: "runs several status commands",
                examples: ["chronyc -m tracking sources"], counterexamples: ["chronyc -m tracking makestep"]),
            CatalogRule(
                id: "services.chronyc.change", commands: ["chronyc"],
                when: .anyPositional(.equals(["burst", "online", "offline", "onoffline", "refresh", "reselect", "reload", "cyclelogs", "dump", "writertc",
                                              "trimrtc", "rekey", "add", "delete", "maxdelay", "maxdelayratio", "maxdelaydevratio", "maxpoll",
                                              "minpoll", "minstratum", "polltarget", "maxupdateskew", "allow", "deny", "cmdallow", "cmddeny"])),
                effect: .safeWrite, message: "changes how chronyd polls its sources, or writes its files",
                examples: ["chronyc burst 4/4", "chronyc online", "chronyc reload sources"], counterexamples: ["chronyc tracking"]),
            CatalogRule(
                id: "services.chronyc.clock", commands: ["chronyc"],
                when: .anyPositional(.equals(["makestep", "settime", "shutdown", "local", "manual", "reset"])),
                effect: .criticalWrite, message: "steps or sets the system clock, or stops chronyd",
                examples: ["chronyc makestep", "chronyc settime 16:30", "chronyc -m tracking makestep"], counterexamples: ["chronyc sources"]),
            CatalogRule(
                id: "services.ntpq.read", commands: ["ntpq"], when: .any([.shortFlag("p"), .option(["--peers", "-c", "--command"])]),
                unless: .any([
                    .option(["-i", "--interactive"]),
                    .optionValue(["-c", "--command"], .containsCaseInsensitive([":config", "config-from-file", "writevar", "writelist", "keyid", "passwd",
                                                                                "keytype", "authenticate"])),
                    .optionValue(["-c", "--command"], .dynamic),
                ]),
                effect: .readOnly, message: "lists an NTP server's peers or variables",
                examples: ["ntpq -p", "ntpq -pn", "ntpq -c rv", "ntpq -c 'rv 0 offset,sys_jitter' localhost"],
                counterexamples: ["ntpq", "ntpq -c ':config server 10.0.0.1'", "ntpq -i"]),
            CatalogRule(
                id: "services.ntpdate.query", commands: ["ntpdate"], when: .any([.shortFlag("q"), .shortFlag("d")]),
                effect: .readOnly, message: "queries the servers without setting the clock",
                examples: ["ntpdate -q pool.ntp.org", "ntpdate -d time.example.com"], counterexamples: ["ntpdate pool.ntp.org"]),
            CatalogRule(
                id: "services.server.version", commands: ["rndc", "chronyc", "ntpq", "ntpdate", "named-compilezone", "rmmod", "insmod", "kmod"],
                when: Rules.helpOrVersion,
                effect: .readOnly, message: "prints the version or help",
                examples: ["chronyc --version", "ntpq --help", "rmmod --version", "kmod --help"], counterexamples: ["chronyc makestep", "rmmod nvme"]),
        ])
}
