private typealias Rules = RuleVocabulary

/// Services: SysV and OpenRC scripts, runit, upstart, supervisord, pm2, monit.
extension ServicesFamily {
    static let scriptRunners = ["service", "invoke-rc.d"]
    static let scriptReadActions = ["status", "configtest", "configcheck", "checkconfig"]
    static let scriptChangeActions = [
        "start", "stop", "restart", "reload", "force-reload", "try-restart", "condrestart", "graceful", "force-stop", "force-restart", "zap",
        "pause", "--full-restart", "upgrade", "rotate",
    ]
    static let scriptStopActions = ["stop", "restart", "force-stop", "force-restart", "try-restart", "condrestart", "zap", "pause", "--full-restart", "upgrade"]

    static let managers = CatalogFamily(syntaxes: managerSyntaxes, rules: scriptRules + supervisorRules)

    static let managerSyntaxes: [CommandSyntax] = [
        .reviewed(scriptRunners, .services, "runs a service's init script"),
        .reviewed(["update-rc.d", "chkconfig", "rc-update"], .services, "enables or disables services at boot", valueOptions: ["--level"]),
        .reviewed(["rc-service"], .services, "runs an OpenRC service script"),
        .readOnly(["rc-status"], "shows OpenRC service state", category: .services),
        .reviewed(["openrc"], .services, "switches the OpenRC runlevel", fallback: .criticalWrite),
        .reviewed(["sv"], .services, "controls runit services", valueOptions: ["-w"]),
        .reviewed(["initctl"], .services, "controls upstart jobs"),
        .reviewed(["supervisorctl"], .services, "controls supervisord programs",
                  valueOptions: ["-c", "--configuration", "-s", "--serverurl", "-u", "--username", "-p", "--password", "-r", "--history-file"]),
        .reviewed(["pm2"], .services, "controls pm2-managed Node.js processes",
                  valueOptions: ["--name", "-n", "-i", "--instances", "--env", "-l", "--log", "-o", "--output", "-e", "--error", "--cwd", "--interpreter",
                                 "--node-args", "--max-memory-restart", "--cron", "--namespace", "--lines", "--log-date-format", "--user", "-u", "--hp"]),
        .reviewed(["monit"], .services, "controls monit-supervised services", valueOptions: ["-c", "-d", "-g", "-l", "-p", "-s"]),
        .reviewed(["rabbitmqctl"], .services, "runs a RabbitMQ command the engine does not know",
                  valueOptions: ["-n", "--node", "-p", "--vhost", "-t", "--timeout", "--formatter"]),
    ]

    static let scriptRules: [CatalogRule] = [
        CatalogRule(
            id: "services.service.read", commands: scriptRunners,
            when: .any([.positional(1, .equals(scriptReadActions)), .option(["--status-all", "--query", "--help", "-h", "--version"])]),
            effect: .readOnly, message: "shows a service's status",
            examples: ["service nginx status", "service --status-all", "invoke-rc.d --query nginx start", "sudo service ssh status", "service nginx configtest"],
            counterexamples: ["service nginx restart"]),
        CatalogRule(
            id: "services.service.change", commands: scriptRunners, when: .positional(1, .equals(scriptChangeActions)), unless: .option(["--query"]),
            effect: .safeWrite, message: "starts, stops, restarts or reloads a service",
            examples: ["service nginx restart", "service php8.1-fpm reload", "invoke-rc.d apache2 stop"], counterexamples: ["service nginx status"]),
        CatalogRule(
            id: "services.service.critical-unit", commands: scriptRunners + ["rc-service", "sv", "initctl"],
            when: .any([.all([.positional(0, .equals(criticalUnits)), .positional(1, .equals(scriptStopActions))]),
                        .all([.positional(1, .equals(criticalUnits)), .positional(0, .equals(scriptStopActions + ["down", "kill", "exit", "term", "force-shutdown", "shutdown", "once"]))])]),
            unless: .option(["--query"]),
            effect: .criticalWrite, message: "stops or restarts a service that remote access, logging, the system bus, the network or the container runtime depends on",
            examples: ["service ssh stop", "service networking restart", "rc-service sshd stop", "sv down sshd", "initctl stop ssh", "service docker stop"],
            counterexamples: ["service nginx stop", "service ssh status"]),
        CatalogRule(
            id: "services.rc-service.read", commands: ["rc-service"],
            when: .any([.positional(1, .equals(["status", "describe"])), .option(["-l", "--list", "-e", "--exists", "-r", "--resolve", "-h", "--help"])]),
            effect: .readOnly, message: "shows or lists OpenRC services",
            examples: ["rc-service nginx status", "rc-service -l"], counterexamples: ["rc-service nginx restart"]),
        CatalogRule(
            id: "services.rc-service.change", commands: ["rc-service"], when: .positional(1, .equals(scriptChangeActions)),
            effect: .safeWrite, message: "starts, stops or restarts an OpenRC service",
            examples: ["rc-service nginx restart", "rc-service -i php-fpm82 reload"], counterexamples: ["rc-service nginx status"]),
        CatalogRule(
            id: "services.boot.read", commands: ["update-rc.d", "chkconfig", "rc-update"],
            when: .any([.option(["--list", "-n", "--help", "-h"]), .positional(0, .equals(["show"])), .positionalCount(0...0),
                        .all([.positionalCount(1...1), .not(.option(["--add", "--del", "--override"]))])]),
            unless: .option(["--add", "--del", "-u", "--update"]),
            effect: .readOnly, message: "shows which services start at boot",
            examples: ["chkconfig --list", "chkconfig nginx", "rc-update show", "rc-update", "update-rc.d -n nginx defaults"],
            counterexamples: ["chkconfig nginx on", "rc-update add nginx default"]),
        CatalogRule(
            id: "services.boot.change", commands: ["update-rc.d", "chkconfig", "rc-update"],
            when: .any([.positionalCount(2...Int.max), .option(["--add", "--del", "--override", "-u", "--update"])]), unless: .option(["-n"]),
            effect: .safeWrite, message: "enables or disables a service at boot",
            examples: ["update-rc.d nginx defaults", "chkconfig nginx on", "chkconfig --add nginx", "rc-update add nginx default", "rc-update del nginx"],
            counterexamples: ["chkconfig --list"]),
        CatalogRule(
            id: "services.boot.critical-unit", commands: ["update-rc.d", "chkconfig", "rc-update"],
            when: .all([.anyPositional(.equals(criticalUnits)), .any([.anyPositional(.equals(["remove", "disable", "off", "del", "delete"])), .option(["--del"])])]),
            unless: .option(["-n"]),
            effect: .criticalWrite, message: "stops a service that remote access, logging, the bus or the network depends on from starting at boot",
            examples: ["update-rc.d -f ssh remove", "chkconfig sshd off", "rc-update del sshd default", "chkconfig --del network"],
            counterexamples: ["chkconfig sshd on"]),
        CatalogRule(
            id: "power.openrc.shutdown", commands: ["openrc"], subcommands: [["shutdown"], ["reboot"], ["off"], ["single"]],
            effect: .criticalWrite, message: "switches OpenRC to the shutdown, reboot or single-user runlevel", examples: ["openrc shutdown", "openrc reboot"],
            counterexamples: ["openrc default"], category: .power),
        CatalogRule(
            id: "services.sv.read", commands: ["sv"], subcommands: [["status"], ["s"], ["check"]],
            effect: .readOnly, message: "shows runit service status",
            examples: ["sv status nginx", "sv s /etc/service/*"], counterexamples: ["sv restart nginx"]),
        CatalogRule(
            id: "services.sv.change", commands: ["sv"],
            subcommands: Rules.words(["up", "u", "down", "d", "once", "o", "pause", "p", "cont", "c", "hup", "h", "alarm", "a", "interrupt", "i", "quit", "q", "1", "2",
                                "term", "t", "start", "stop", "restart", "reload", "try-restart", "force-reload", "force-restart"]),
            effect: .safeWrite, message: "starts, stops or signals a runit service",
            examples: ["sv restart nginx", "sv down worker"], counterexamples: ["sv status nginx"]),
        CatalogRule(
            id: "services.sv.kill", commands: ["sv"], subcommands: Rules.words(["kill", "k", "exit", "e", "shutdown", "force-stop", "force-shutdown"]),
            effect: .criticalWrite, message: "kills a runit service or its supervisor",
            examples: ["sv kill worker", "sv exit nginx"], counterexamples: ["sv up nginx"]),
        CatalogRule(
            id: "services.initctl.read", commands: ["initctl"], subcommands: Rules.words(["list", "status", "show-config", "version", "check-config", "list-env", "get-env", "usage"]),
            effect: .readOnly, message: "shows upstart jobs",
            examples: ["initctl list", "initctl status ssh"], counterexamples: ["initctl restart nginx"]),
        CatalogRule(
            id: "services.initctl.change", commands: ["initctl"], subcommands: Rules.words(["start", "stop", "restart", "reload", "emit", "reload-configuration", "set-env", "unset-env"]),
            effect: .safeWrite, message: "starts, stops or signals upstart jobs",
            examples: ["initctl restart nginx", "initctl reload-configuration"], counterexamples: ["initctl list"]),
        CatalogRule(
            id: "services.manager.version", commands: ["sv", "initctl", "openrc", "monit", "pm2", "supervisorctl", "rc-service"], when: Rules.helpOrVersion,
            effect: .readOnly, message: "prints the version or help",
            examples: ["pm2 --version", "monit -V", "supervisorctl --help"], counterexamples: ["pm2 kill"]),
    ]

    static let supervisorRules: [CatalogRule] = [
        CatalogRule(
            id: "services.supervisorctl.read", commands: ["supervisorctl"], subcommands: Rules.words(["status", "avail", "tail", "pid", "version", "help", "maintail"]),
            effect: .readOnly, message: "shows supervisord programs or their logs",
            examples: ["supervisorctl status", "supervisorctl tail -f worker stderr", "supervisorctl -c /etc/supervisord.conf status app:*"],
            counterexamples: ["supervisorctl restart app"]),
        CatalogRule(
            id: "services.supervisorctl.change", commands: ["supervisorctl"],
            subcommands: Rules.words(["start", "stop", "restart", "signal", "update", "reread", "add", "remove", "clear"]),
            effect: .safeWrite, message: "starts, stops, restarts or reloads supervisord programs",
            examples: ["supervisorctl restart worker", "supervisorctl reread", "supervisorctl update"], counterexamples: ["supervisorctl status"]),
        CatalogRule(
            id: "services.supervisorctl.all", commands: ["supervisorctl"], subcommands: Rules.words(["stop", "restart", "signal", "remove", "clear"]),
            when: .anyPositional(.equals(["all"])),
            effect: .criticalWrite, message: "acts on every program supervisord manages",
            examples: ["supervisorctl stop all", "supervisorctl restart all"], counterexamples: ["supervisorctl restart worker"]),
        CatalogRule(
            id: "services.supervisorctl.daemon", commands: ["supervisorctl"], subcommands: Rules.words(["reload", "shutdown"]),
            effect: .criticalWrite, message: "restarts or stops supervisord itself, and every program with it",
            examples: ["supervisorctl reload", "supervisorctl shutdown"], counterexamples: ["supervisorctl status"]),
        CatalogRule(
            id: "services.pm2.read", commands: ["pm2"],
            subcommands: Rules.words(["list", "ls", "l", "status", "describe", "desc", "info", "show", "logs", "log", "monit", "imonit",
                                "id", "ping", "report", "dashboard", "dash", "pid", "conf"]),
            effect: .readOnly, message: "shows pm2 processes or their logs",
            examples: ["pm2 list", "pm2 logs api --lines 200", "pm2 describe 0"], counterexamples: ["pm2 restart api", "pm2 jlist"]),
        CatalogRule(
            id: "services.pm2.environment", commands: ["pm2"], subcommands: [["env"], ["jlist"], ["prettylist"]],
            effect: RuleEffect(risk: .readOnly, verdict: .review), message: "prints the processes' full environment, which usually holds secrets",
            examples: ["pm2 env 0", "pm2 jlist"], counterexamples: ["pm2 list"]),
        CatalogRule(
            id: "services.pm2.change", commands: ["pm2"],
            subcommands: Rules.words(["start", "restart", "reload", "gracefulReload", "stop", "delete", "del", "scale", "save", "dump", "resurrect", "flush",
                                "reloadLogs", "reset", "update", "ecosystem", "init", "set", "unset"]),
            effect: .safeWrite, message: "starts, stops, restarts or deletes pm2 processes",
            examples: ["pm2 restart api", "pm2 reload all", "pm2 start ecosystem.config.js", "pm2 save", "pm2 flush"], counterexamples: ["pm2 list"]),
        CatalogRule(
            id: "services.pm2.critical", commands: ["pm2"],
            subcommands: Rules.words(["kill", "startup", "unstartup", "install", "uninstall", "module:install", "module:uninstall", "sendSignal", "serve", "link",
                                "unlink", "plus"]),
            effect: .criticalWrite, message: "kills the pm2 daemon, installs modules or boot scripts, serves files over HTTP or links to a remote dashboard",
            examples: ["pm2 kill", "pm2 startup systemd", "pm2 install pm2-logrotate", "pm2 serve ./dist 8080"], counterexamples: ["pm2 status"]),
        CatalogRule(
            id: "services.pm2.all", commands: ["pm2"], subcommands: Rules.words(["stop", "delete", "del"]), when: .anyPositional(.equals(["all"])),
            effect: .criticalWrite, message: "stops or deletes every pm2 process",
            examples: ["pm2 delete all", "pm2 stop all"], counterexamples: ["pm2 stop api"]),
        CatalogRule(
            id: "services.pm2.remote", commands: ["pm2"], subcommands: Rules.words(["deploy", "trigger"]),
            effect: .review, message: "runs deployment commands on remote hosts, or an action inside the application; neither is analysed",
            examples: ["pm2 deploy production update"], counterexamples: ["pm2 list"]),
        CatalogRule(
            id: "services.monit.read", commands: ["monit"], when: .any([.positional(0, .equals(["status", "summary", "report", "procmatch"])), .option(["-t"])]),
            effect: .readOnly, message: "shows monit's view of services, or checks its configuration",
            examples: ["monit status", "monit summary", "monit -t"], counterexamples: ["monit restart nginx"]),
        CatalogRule(
            id: "services.monit.change", commands: ["monit"],
            when: .any([.positional(0, .equals(["start", "stop", "restart", "monitor", "unmonitor", "reload", "quit", "validate"])), .positionalCount(0...0)]),
            unless: .option(["-t", "-h", "-V"]),
            effect: .safeWrite, message: "starts, stops or (un)monitors services, or starts the monit daemon",
            examples: ["monit restart nginx", "monit unmonitor all", "monit reload"], counterexamples: ["monit status"]),
        // Corpus review (`Docs/Verdicts.md`): RabbitMQ's listings are diagnostics; every other verb stays reviewed.
        CatalogRule(
            id: "services.rabbitmqctl.read", commands: ["rabbitmqctl"],
            when: .any([
                .positional(0, .prefix(["list_"])),
                .positional(0, .equals(["status", "cluster_status", "ping", "node_health_check", "version", "help", "await_startup"])),
                Rules.helpOrVersion,
            ]),
            effect: .readOnly, message: "lists queues, connections, vhosts or users, or shows the node's status",
            examples: ["rabbitmqctl list_vhosts", "rabbitmqctl list_queues -p / name messages consumers", "rabbitmqctl cluster_status"],
            counterexamples: ["rabbitmqctl purge_queue jobs", "rabbitmqctl set_permissions --vhost v user '.*' '.*' '.*'", "rabbitmqctl environment"]),
        CatalogRule(
            id: "services.monit.all", commands: ["monit"], when: .all([.positional(0, .equals(["stop", "restart", "unmonitor"])), .positional(1, .equals(["all"]))]),
            effect: .criticalWrite, message: "stops, restarts or stops monitoring every service",
            examples: ["monit stop all"], counterexamples: ["monit stop nginx"]),
    ]
}
