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
    /// Any of `-c`, `--command`, `-e`, `--execute`, `--query`, `-q` (generic; prefer the
    /// client's own dialect below, since `-e` and `-q` are flags of `psql` and `-c` of `mysql`).
    case sql
    /// `psql -c SQL` / `--command` (every `-c` counts; `-tAc SQL` too).
    case psql
    /// `mysql -e SQL` / `--execute` (also `mariadb`; `-NBe SQL` too).
    case mysql
    /// `clickhouse-client -q SQL` / `--query`.
    case clickhouse
    /// `cqlsh -e CQL` / `--execute`.
    case cql
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

/// Analyser results shared by the rules of one program evaluation: a client's four
/// statement rules (catastrophic, critical, write, read) judge the statements once.
final class AnalysisMemo {
    /// The database statements' effects for a dialect and the positionals' start (rules with
    /// subcommands see other positionals); `result` is `nil` when there is no static text.
    var database: (dialect: DatabaseDialect, start: Int, result: ([RuleEffect], SourceSpan)?)?
}

/// What an analyser found.
struct Finding: Sendable {
    var rule: String
    var message: String
    var effect: RuleEffect
}

enum Analyzers {
    /// Runs an analyser for a catalog condition; a hit is `.some(span)`.
    static func run(
        _ kind: AnalyzerKind, args: ArgumentList, positionals: Positionals, valueLetters: ShortOptionLetters = ShortOptionLetters(),
        memo: AnalysisMemo? = nil
    ) -> SourceSpan?? {
        switch kind {
        case .database(let dialect, let severity):
            let effects: [RuleEffect]
            let span: SourceSpan
            if let memo, let known = memo.database, known.dialect == dialect, known.start == positionals.startIndex {
                guard let found = known.result else { return nil }
                (effects, span) = found
            } else {
                let found = databaseText(dialect, args: args, positionals: positionals, valueLetters: valueLetters).map {
                    (database(dialect: dialect.rawValue, text: $0.0).map(\.effect), $0.1)
                }
                memo?.database = (dialect, positionals.startIndex, found)
                guard let found else { return nil }
                (effects, span) = found
            }
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
    static func databaseText(_ dialect: DatabaseDialect, args: ArgumentList, positionals: Positionals, valueLetters: ShortOptionLetters = ShortOptionLetters()) -> (String, SourceSpan)? {
        switch dialect {
        case .sql:
            return statementText(args, options: ["-c", "--command", "-e", "--execute", "--query", "-q"], letters: "ceq", valueLetters: valueLetters)
        case .psql:
            return statementText(args, options: ["-c", "--command"], letters: "c", valueLetters: valueLetters)
        case .mysql:
            return statementText(args, options: ["-e", "--execute", "--init-command"], letters: "e", valueLetters: valueLetters)
        case .cql:
            return statementText(args, options: ["-e", "--execute"], letters: "e", valueLetters: valueLetters)
        case .clickhouse:
            return statementText(args, options: ["-q", "--query"], letters: "q", valueLetters: valueLetters)
        case .mongo:
            return statementText(args, options: ["--eval"], letters: "", valueLetters: valueLetters)
        case .sqlite:
            // `-cmd` statements run first, then the ones after the database file.
            let statements = args.optionValues(["-cmd", "--cmd"]) + positionals.dropFirst()
            guard let first = statements.first, statements.allSatisfy(\.isStatic) else { return nil }
            return (statements.map(\.text).joined(separator: "\n"), first.span)
        case .redis:
            // The command word decides; arguments only known at run time (`xargs redis-cli DEL`)
            // stand in as they are written.
            guard let first = positionals.first, first.isStatic else { return nil }
            return (positionals.map(\.text).joined(separator: " "), first.span)
        }
    }

    /// Every statement given with `options` (or inside a short-option cluster ending in one of
    /// `letters`), joined: `psql -c A -c B` runs both. `nil` when there is none or one is not static.
    static func statementText(_ args: ArgumentList, options: [String], letters: String, valueLetters: ShortOptionLetters) -> (String, SourceSpan)? {
        var values: [Argument] = []
        let items = args.items
        var i = 0
        while i < items.count {
            let a = items[i]
            if a.isStatic {
                if a.text == "--" { break }
                for n in options {
                    if a.text == n {
                        if i + 1 < items.count { values.append(items[i + 1]) }
                        i += 1
                        break
                    }
                    if n.hasPrefix("--") ? a.text.hasPrefix(n + "=") : (n.utf8.count == 2 && a.text.hasPrefix(n) && a.text.utf8.count > 2) {
                        var v = a
                        v.text = String(a.text.dropFirst(n.count + (n.hasPrefix("--") ? 1 : 0)))
                        values.append(v)
                        break
                    }
                }
            }
            i += 1
        }
        if !letters.isEmpty { values.append(contentsOf: args.clusterValues(letters, valueLetters: valueLetters)) }
        guard let first = values.first, values.allSatisfy(\.isStatic) else { return nil }
        return (values.map(\.text).joined(separator: ";\n"), first.span)
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
