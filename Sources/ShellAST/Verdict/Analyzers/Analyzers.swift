/// The code analysers a catalog rule can call.
enum AnalyzerKind: Sendable, Equatable {
    /// Statements given to a database client, judged by the worst statement.
    case database(DatabaseDialect, DatabaseSeverity)
    /// An awk program that runs commands (`system()`, `| "cmd"`, `"cmd" | getline`).
    case awkRunsCommands
    /// An awk program that writes files (`print > "file"`).
    case awkWritesFiles
    /// A sed script that runs commands (`e`, `s///e`).
    case sedRunsCommands
    /// A sed script that writes files (`w file`, `s///w file`).
    case sedWritesFiles
    /// The last operand is on another host and an earlier one is local (`scp file host:`).
    case remoteDestination
    /// A container bind mount of a host path at least this risky (`docker run -v /:/host`);
    /// added with the containers family, see `ContainerMountAnalyzer`.
    case containerMount(ContainerMountRisk)
}

/// Where a database client takes its statements from, and their language.
enum DatabaseDialect: String, Sendable, Equatable {
    /// `psql -c`, `mysql -e`, `clickhouse-client --query`, `cqlsh -e`.
    case sql
    /// `sqlite3 DB 'SQL'`: the statement follows the database file.
    case sqlite
    /// `redis-cli [options] COMMAND args`.
    case redis
    /// `mongosh --eval 'JS'`.
    case mongo
}

/// Which statements a database rule looks for.
enum DatabaseSeverity: Sendable, Equatable {
    /// Destroys data: DROP, TRUNCATE, DELETE or UPDATE without WHERE, FLUSHALL, dropDatabase.
    case catastrophic
    /// Changes schema, privileges or rows selectively: ALTER, GRANT, DELETE ... WHERE.
    case criticalWrite
    /// Adds data: INSERT, CREATE, SET.
    case write
    /// Every statement only reads.
    case readOnly
}

/// What an analyser found.
struct Finding: Sendable {
    var rule: String
    var message: String
    var effect: RuleEffect
}

enum Analyzers {
    static let sqlOptions: OptionNames = ["-c", "--command", "-e", "--execute", "--query", "-q"]

    /// Runs an analyser for a catalog condition; a hit is `.some(span)`.
    static func run(_ kind: AnalyzerKind, args: ArgumentList, positionals: Positionals) -> SourceSpan?? {
        switch kind {
        case .database(let dialect, let severity):
            guard let (text, span) = databaseText(dialect, args: args, positionals: positionals) else { return nil }
            let effects = database(dialect: dialect.rawValue, text: text).map(\.effect)
            let hit: Bool
            switch severity {
            case .catastrophic: hit = effects.contains { $0.verdict == .block }
            case .criticalWrite: hit = effects.contains { $0.verdict != .block && $0.risk == .criticalWrite }
            case .write: hit = effects.contains { $0.risk == .safeWrite }
            case .readOnly: hit = !effects.isEmpty && effects.allSatisfy { $0.risk == .readOnly && $0.verdict == nil }
            }
            return hit ? .some(span) : nil
        case .awkRunsCommands, .awkWritesFiles:
            guard let program = awkProgram(args: args, positionals: positionals) else { return nil }
            let effects = AwkAnalyzer.effects(of: program.text)
            let hit = kind == .awkRunsCommands ? effects.runsCommands : effects.writesFiles
            return hit ? .some(program.span) : nil
        case .remoteDestination:
            guard positionals.count >= 2, let last = positionals.last, ConditionContext.passes(last, .remote),
                positionals.dropLast().contains(where: { !ConditionContext.passes($0, .remote) })
            else { return nil }
            return .some(last.span)
        case .containerMount(let risk):
            return ContainerMountAnalyzer.find(risk, args: args).map { .some($0) }
        case .sedRunsCommands, .sedWritesFiles:
            for script in sedScripts(args: args, positionals: positionals) {
                let effects = SedAnalyzer.effects(of: script.text)
                if kind == .sedRunsCommands ? effects.runsCommands : effects.writesFiles { return .some(script.span) }
            }
            return nil
        }
    }

    /// The statement text given to a database client, and its span.
    static func databaseText(_ dialect: DatabaseDialect, args: ArgumentList, positionals: Positionals) -> (String, SourceSpan)? {
        switch dialect {
        case .sql:
            guard let v = args.optionValue(Analyzers.sqlOptions), v.isStatic else { return nil }
            return (v.text, v.span)
        case .mongo:
            guard let v = args.optionValue(["--eval"]), v.isStatic else { return nil }
            return (v.text, v.span)
        case .sqlite:
            let second = positionals.startIndex + 1
            guard positionals.count >= 2, positionals[second].isStatic else { return nil }
            return (positionals.dropFirst().map(\.text).joined(separator: " "), positionals[second].span)
        case .redis:
            guard let first = positionals.first, positionals.allSatisfy(\.isStatic) else { return nil }
            return (positionals.map(\.text).joined(separator: " "), first.span)
        }
    }

    /// The awk program: the first positional unless `-f` gives a file.
    static func awkProgram(args: ArgumentList, positionals: Positionals) -> Argument? {
        if args.optionValue(Judge.fileOptions) != nil { return nil }
        return positionals.first(where: \.isStatic)
    }

    /// The sed scripts: `-e` values, or the first positional.
    static func sedScripts(args: ArgumentList, positionals: Positionals) -> [Argument] {
        let e = args.optionValues(Judge.expressionOptions)
        if !e.isEmpty { return e.filter(\.isStatic) }
        if args.optionValue(Judge.fileOptions) != nil { return [] }
        return positionals.first(where: \.isStatic).map { [$0] } ?? []
    }
}
