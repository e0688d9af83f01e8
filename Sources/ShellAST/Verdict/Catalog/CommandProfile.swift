/// Commands whose meaning is running other code, handled by the engine.
enum SpecialHandler: Sendable {
    case wrapper(WrapperSpec)
    case shell
    case foreignShell
    case eval
    case source
    case trap
    case alias
    case xargs
    case parallel
    case watch
    case at
    case interpreter(InterpreterSpec)
}

/// Programs with code inside their arguments, judged in addition to their catalog rules.
enum NestedHandler: Sendable {
    case find
    case ssh
    case kubernetesExec
    case containerExec
    case databaseClient
    case fd
    case pager
    case awk
    case sed
    case subcommandWrapper(SubcommandWrapper)
    case crontab
}

/// Everything the engine knows about a program name, found with one lookup.
struct CommandProfile: Sendable {
    var special: SpecialHandler?
    var nested: NestedHandler?
    var entry: Catalog.Entry?
    var embedded: [EmbeddedOption]?
}

extension Catalog {
    /// Builds the per-name profiles from the catalog entries and the engine's tables.
    static func profiles(entries: [String: Entry]) -> [String: CommandProfile] {
        var p: [String: CommandProfile] = [:]
        for (name, entry) in entries { p[name, default: CommandProfile()].entry = entry }
        for (name, spec) in Wrappers.specs { p[name, default: CommandProfile()].special = .wrapper(spec) }
        for name in Judge.shells { p[name, default: CommandProfile()].special = .shell }
        for name in Judge.foreignShells { p[name, default: CommandProfile()].special = .foreignShell }
        for (name, spec) in Interpreters.specs { p[name, default: CommandProfile()].special = .interpreter(spec) }
        let builtins: [(String, SpecialHandler)] = [
            ("eval", .eval), ("source", .source), (".", .source), ("trap", .trap), ("alias", .alias), ("xargs", .xargs),
            ("parallel", .parallel), ("watch", .watch), ("at", .at), ("batch", .at),
        ]
        for (name, h) in builtins { p[name, default: CommandProfile()].special = h }
        let nested: [(String, NestedHandler)] = [
            ("find", .find), ("ssh", .ssh), ("kubectl", .kubernetesExec), ("oc", .kubernetesExec), ("docker", .containerExec),
            ("podman", .containerExec), ("nerdctl", .containerExec), ("crictl", .containerExec), ("psql", .databaseClient),
            ("mysql", .databaseClient), ("mariadb", .databaseClient), ("sqlite3", .databaseClient), ("redis-cli", .databaseClient),
            ("mongosh", .databaseClient), ("mongo", .databaseClient), ("clickhouse-client", .databaseClient), ("cqlsh", .databaseClient),
            ("fd", .fd), ("fdfind", .fd), ("less", .pager), ("more", .pager), ("most", .pager), ("man", .pager),
            ("docker-compose", .containerExec), ("podman-compose", .containerExec),
            ("awk", .awk), ("gawk", .awk), ("mawk", .awk), ("nawk", .awk), ("sed", .sed), ("gsed", .sed),
        ]
        for (name, h) in nested { p[name, default: CommandProfile()].nested = h }
        for (name, spec) in Wrappers.subcommandWrappers { p[name, default: CommandProfile()].nested = .subcommandWrapper(spec) }
        p["crontab", default: CommandProfile()].nested = .crontab
        for (name, options) in EmbeddedCommands.table { p[name, default: CommandProfile()].embedded = options }
        return p
    }
}
