extension Analyzers {
    /// Judges database statements: SQL for `sql`/`sqlite`, commands for `redis`,
    /// JavaScript for `mongo`. One finding per statement kind found.
    static func database(dialect: String, text: String) -> [Finding] {
        switch dialect {
        case "redis", "redis-cli": return redis(text)
        case "mongo", "mongosh": return mongo(text)
        default: return sql(text)
        }
    }

    // MARK: SQL

    static func sql(_ text: String) -> [Finding] {
        var findings: [Finding] = []
        for statement in SQLText.statements(text) {
            findings.append(sqlStatement(statement))
        }
        if findings.isEmpty {
            findings.append(Finding(rule: "databases.sql.empty", message: "no statement", effect: .readOnly))
        }
        return findings
    }

    static func sqlStatement(_ s: String) -> Finding {
        let words = SQLText.words(s)
        guard var first = words.first else { return Finding(rule: "databases.sql.empty", message: "no statement", effect: .readOnly) }
        var rest = Array(words.dropFirst())
        if first == "EXPLAIN" {
            if rest.first == "ANALYZE" || rest.first == "ANALYSE" {
                rest.removeFirst()
                if let w = rest.first, w != "SELECT" && w != "WITH" {
                    first = w
                    rest.removeFirst()
                } else {
                    return Finding(rule: "databases.sql.read", message: "only reads (`EXPLAIN ANALYZE SELECT`)", effect: .readOnly)
                }
            } else {
                return Finding(rule: "databases.sql.read", message: "only explains a plan", effect: .readOnly)
            }
        }
        if s.utf8HasPrefix("\\") { return psqlMeta(s) }
        let hasWhere = words.contains("WHERE")
        switch first {
        case "SELECT", "SHOW", "DESCRIBE", "DESC", "VALUES", "TABLE", "PRAGMA", "BEGIN", "COMMIT", "ROLLBACK", "START", "END", "USE", "SET", "RESET", "LISTEN", "FETCH", "DECLARE", "CLOSE", "CHECKSUM", "HELP", "STATUS":
            if words.contains("PG_TERMINATE_BACKEND") || words.contains("PG_CANCEL_BACKEND") || words.contains("PG_RELOAD_CONF") {
                return Finding(rule: "databases.sql.terminate-backend", message: "terminates database sessions", effect: .criticalWrite)
            }
            if first == "SELECT", words.contains("INTO"), !words.contains("FROM") || words.firstIndex(of: "INTO")! < (words.firstIndex(of: "FROM") ?? Int.max) {
                return Finding(rule: "databases.sql.select-into", message: "`SELECT ... INTO` creates a table or file", effect: .safeWrite)
            }
            return Finding(rule: "databases.sql.read", message: "only reads (`\(first)`)", effect: .readOnly)
        case "WITH":
            if words.contains("DELETE") || words.contains("UPDATE") || words.contains("INSERT") {
                return Finding(rule: "databases.sql.write", message: "a `WITH` query that modifies rows", effect: .criticalWrite)
            }
            return Finding(rule: "databases.sql.read", message: "only reads (`WITH ... SELECT`)", effect: .readOnly)
        case "DROP":
            let object = rest.first ?? ""
            if ["DATABASE", "SCHEMA", "TABLE", "KEYSPACE", "OWNED", "TABLESPACE"].contains(object) {
                return Finding(rule: "databases.sql.drop", message: "`DROP \(object)` destroys data", effect: .block)
            }
            return Finding(rule: "databases.sql.drop-object", message: "`DROP \(object)` removes a database object", effect: .criticalWrite)
        case "TRUNCATE":
            return Finding(rule: "databases.sql.truncate", message: "`TRUNCATE` deletes every row", effect: .block)
        case "DELETE":
            if !hasWhere { return Finding(rule: "databases.sql.delete-all", message: "`DELETE` without `WHERE` deletes every row", effect: .block) }
            return Finding(rule: "databases.sql.delete", message: "deletes rows", effect: .criticalWrite)
        case "UPDATE":
            if !hasWhere { return Finding(rule: "databases.sql.update-all", message: "`UPDATE` without `WHERE` rewrites every row", effect: .block) }
            return Finding(rule: "databases.sql.update", message: "updates rows", effect: .criticalWrite)
        case "ALTER", "GRANT", "REVOKE", "RENAME", "REINDEX", "CLUSTER", "SHUTDOWN", "KILL", "FLUSH", "PURGE", "RESTORE", "LOCK", "CREATEUSER":
            return Finding(rule: "databases.sql.critical", message: "`\(first)` changes schema, privileges or server state", effect: .criticalWrite)
        case "COPY":
            if words.contains("PROGRAM") {
                return Finding(rule: "databases.sql.copy-program", message: "`COPY ... PROGRAM` runs a shell command on the server", effect: .block)
            }
            if words.contains("TO") { return Finding(rule: "databases.sql.copy-out", message: "`COPY ... TO` writes a file", effect: .safeWrite) }
            return Finding(rule: "databases.sql.write", message: "`COPY ... FROM` loads rows", effect: .safeWrite)
        case "INSERT", "REPLACE", "MERGE", "UPSERT", "CREATE", "VACUUM", "ANALYZE", "ANALYSE", "LOAD", "CALL", "DO", "EXECUTE", "PREPARE", "NOTIFY", "REFRESH", "COMMENT", "SAVEPOINT", "RELEASE", "CHECKPOINT":
            if first == "CREATE", rest.first == "USER" || rest.first == "ROLE" {
                return Finding(rule: "databases.sql.create-user", message: "creates a database user or role", effect: .criticalWrite)
            }
            return Finding(rule: "databases.sql.write", message: "`\(first)` writes to the database", effect: .safeWrite)
        default:
            return Finding(rule: "databases.sql.unknown", message: "`\(first)` is not a statement the engine knows", effect: .review)
        }
    }

    static func psqlMeta(_ s: String) -> Finding {
        if s.utf8HasPrefix("\\!") {
            return Finding(rule: "databases.psql.shell-escape", message: "`\\!` runs a shell command", effect: .block)
        }
        if s.utf8HasPrefix("\\copy") || s.utf8HasPrefix("\\o") || s.utf8HasPrefix("\\w") || s.utf8HasPrefix("\\g ") {
            return Finding(rule: "databases.psql.write-file", message: "writes query output to a file", effect: .safeWrite)
        }
        if s.utf8HasPrefix("\\i") || s.utf8HasPrefix("\\ir") {
            return Finding(rule: "databases.psql.include", message: "runs statements from a file", effect: .review)
        }
        return Finding(rule: "databases.psql.meta-read", message: "a psql meta-command that only reads", effect: .readOnly)
    }

    // MARK: Redis

    static func redis(_ text: String) -> [Finding] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map { $0.uppercased() }
        guard let command = words.first else { return [Finding(rule: "databases.redis.empty", message: "no command", effect: .readOnly)] }
        let reads: Set<String> = [
            "GET", "MGET", "KEYS", "SCAN", "INFO", "TTL", "PTTL", "TYPE", "EXISTS", "PING", "LLEN", "LRANGE", "HGET", "HGETALL", "HKEYS",
            "HLEN", "SMEMBERS", "SCARD", "ZRANGE", "ZCARD", "ZSCORE", "DBSIZE", "MONITOR", "SLOWLOG", "CLIENT", "MEMORY", "STRLEN",
            "ECHO", "TIME", "LASTSAVE", "ROLE", "HSCAN", "SSCAN", "ZSCAN", "XLEN", "XRANGE", "XINFO", "PUBSUB", "COMMAND", "LATENCY",
            "OBJECT", "DUMP", "RANDOMKEY", "SISMEMBER", "GETRANGE", "BITCOUNT", "PFCOUNT", "GEOPOS", "CLUSTER", "SENTINEL", "AUTH", "SELECT",
        ]
        switch command {
        case "FLUSHALL", "FLUSHDB":
            return [Finding(rule: "databases.redis.flush", message: "`\(command)` deletes every key", effect: .block)]
        case "SHUTDOWN", "DEBUG", "REPLICAOF", "SLAVEOF", "FAILOVER", "BGREWRITEAOF", "MIGRATE", "SWAPDB":
            return [Finding(rule: "databases.redis.critical", message: "`\(command)` changes server state or replication", effect: .criticalWrite)]
        case "CONFIG":
            if words.count > 1, words[1] == "GET" { return [Finding(rule: "databases.redis.read", message: "reads configuration", effect: .readOnly)] }
            return [Finding(rule: "databases.redis.config", message: "changes server configuration", effect: .criticalWrite)]
        case "EVAL", "EVALSHA", "SCRIPT", "MODULE", "FUNCTION", "FCALL":
            return [Finding(rule: "databases.redis.script", message: "`\(command)` runs server-side code", effect: .review)]
        case "CLIENT" where words.count > 1 && words[1] == "KILL":
            return [Finding(rule: "databases.redis.client-kill", message: "disconnects clients", effect: .safeWrite)]
        default:
            if reads.contains(command) { return [Finding(rule: "databases.redis.read", message: "`\(command)` only reads", effect: .readOnly)] }
            return [Finding(rule: "databases.redis.write", message: "`\(command)` writes data", effect: .safeWrite)]
        }
    }

    // MARK: MongoDB

    static func mongo(_ text: String) -> [Finding] {
        let t = text.replacingAll(" ", with: "")
        if t.contains("dropDatabase(") || t.contains(".drop(") {
            return [Finding(rule: "databases.mongo.drop", message: "drops a database or collection", effect: .block)]
        }
        if t.contains("deleteMany({})") || t.contains("remove({})") || t.contains("deleteMany()") {
            return [Finding(rule: "databases.mongo.delete-all", message: "deletes every document", effect: .block)]
        }
        if t.contains("shutdown") || t.contains("dropUser") || t.contains("dropRole") || t.contains("deleteMany(") || t.contains("updateMany(")
            || t.contains("remove(") || t.contains("renameCollection(")
        {
            return [Finding(rule: "databases.mongo.critical", message: "deletes or rewrites documents, or changes the server", effect: .criticalWrite)]
        }
        if t.contains("insert") || t.contains("update") || t.contains("createIndex") || t.contains("createCollection") || t.contains("save(")
            || t.contains("deleteOne(") || t.contains("replaceOne(") || t.contains("bulkWrite(")
        {
            return [Finding(rule: "databases.mongo.write", message: "writes documents", effect: .safeWrite)]
        }
        return [Finding(rule: "databases.mongo.read", message: "only reads", effect: .readOnly)]
    }
}

/// Minimal SQL text handling: statements, upper-cased words, comments and quotes skipped.
enum SQLText {
    static func statements(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var quote: Character?
        var chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if let q = quote {
                current.append(c)
                if c == q { quote = nil }
            } else if c == "'" || c == "\"" || c == "`" {
                quote = c
                current.append(c)
            } else if c == "-", i + 1 < chars.count, chars[i + 1] == "-" {
                while i < chars.count, chars[i] != "\n" { i += 1 }
                continue
            } else if c == "/", i + 1 < chars.count, chars[i + 1] == "*" {
                i += 2
                while i + 1 < chars.count, !(chars[i] == "*" && chars[i + 1] == "/") { i += 1 }
                i += 2
                continue
            } else if c == ";" || (c == "\n" && current.trimmingSpaces().utf8HasPrefix("\\")) {
                let s = current.trimmingWhitespace()
                if !s.isEmpty { out.append(s) }
                current = ""
            } else {
                current.append(c)
            }
            i += 1
        }
        chars.removeAll()
        let s = current.trimmingWhitespace()
        if !s.isEmpty { out.append(s) }
        return out
    }

    /// Upper-cased words outside quotes (identifiers and keywords), punctuation dropped.
    static func words(_ statement: String) -> [String] {
        var out: [String] = []
        var word = ""
        var quote: Character?
        for c in statement {
            if let q = quote {
                if c == q { quote = nil }
                continue
            }
            if c == "'" || c == "\"" || c == "`" {
                quote = c
                continue
            }
            if c.isLetter || c.isNumber || c == "_" || (c == "\\" && word.isEmpty) {
                word.append(c)
            } else if !word.isEmpty {
                out.append(word.uppercased())
                word = ""
            }
        }
        if !word.isEmpty { out.append(word.uppercased()) }
        return out
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\n" || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\n" || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }

    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
