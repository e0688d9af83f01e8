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
        if s.utf8HasPrefix(".") { return sqliteDot(s) }
        // mysql's client command `system CMD` is its `\!`; ClickHouse's `SYSTEM FLUSH|RELOAD|...` are server statements.
        if first == "SYSTEM" {
            let clickHouse: Set<String> = ["FLUSH", "RELOAD", "DROP", "STOP", "START", "SHUTDOWN", "KILL", "SYNC", "RESTART", "ENABLE", "DISABLE",
                                           "WAIT", "REFRESH", "CANCEL", "UNFREEZE", "PREWARM", "SUSPEND", "UNLOAD", "LOAD"]
            if let w = rest.first, clickHouse.contains(w) {
                return Finding(rule: "databases.sql.system", message: "a `SYSTEM` statement changes server state", effect: .criticalWrite)
            }
            return Finding(rule: "databases.mysql.shell-escape", message: "`system` runs a shell command", effect: .block)
        }
        let hasWhere = words.contains("WHERE") && !tautologicalWhere(words)
        switch first {
        case "SELECT", "SHOW", "DESCRIBE", "DESC", "VALUES", "TABLE", "PRAGMA", "BEGIN", "COMMIT", "ROLLBACK", "START", "END", "USE", "SET", "RESET", "LISTEN", "FETCH", "DECLARE", "CLOSE", "CHECKSUM", "HELP", "STATUS",
             "CONSISTENCY", "SERIAL", "TRACING", "EXPAND", "PAGING":
            if words.contains("PG_TERMINATE_BACKEND") || words.contains("PG_CANCEL_BACKEND") || words.contains("PG_RELOAD_CONF") {
                return Finding(rule: "databases.sql.terminate-backend", message: "terminates database sessions", effect: .criticalWrite)
            }
            if let f = serverStateStatement(first, rest, words) { return f }
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
            if words.contains("TO") {
                if words.last == "STDOUT" || words.contains("STDOUT") {
                    return Finding(rule: "databases.sql.read", message: "only reads (`COPY ... TO STDOUT`)", effect: .readOnly)
                }
                return Finding(rule: "databases.sql.copy-out", message: "`COPY ... TO` writes a file", effect: .safeWrite)
            }
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

    /// Statements that read like queries but change server state: `SET GLOBAL`, `RESET MASTER`,
    /// `START REPLICA`, and server functions that write files or change replication.
    static func serverStateStatement(_ first: String, _ rest: [String], _ words: [String]) -> Finding? {
        switch first {
        case "SET" where rest.first == "GLOBAL" || rest.first == "PERSIST" || rest.first == "PERSIST_ONLY":
            return Finding(rule: "databases.sql.set-global", message: "`SET GLOBAL` changes the server's configuration for every session", effect: .criticalWrite)
        case "RESET" where ["MASTER", "SLAVE", "REPLICA", "BINARY", "PERSIST"].contains(rest.first ?? ""):
            return Finding(rule: "databases.sql.reset-replication", message: "`RESET \(rest[0])` deletes binary logs or replication state", effect: .criticalWrite)
        case "START" where rest.first != "TRANSACTION":
            return Finding(rule: "databases.sql.replication", message: "starts replication or another server process", effect: .criticalWrite)
        default:
            break
        }
        for w in words {
            switch w {
            case "LO_EXPORT", "PG_FILE_WRITE", "PG_FILE_UNLINK", "PG_FILE_RENAME", "DBLINK_EXEC", "PG_PROMOTE", "PG_DROP_REPLICATION_SLOT",
                 "PG_WAL_REPLAY_PAUSE", "PG_SWITCH_WAL", "SET_CONFIG", "PG_CREATE_RESTORE_POINT", "PG_REPLICATION_ORIGIN_DROP":
                return Finding(rule: "databases.sql.server-function", message: "`\(w.lowercased())` writes files or changes server or replication state", effect: .criticalWrite)
            case "PG_READ_FILE", "PG_READ_BINARY_FILE", "PG_LS_DIR", "LOAD_FILE", "LO_IMPORT", "PG_STAT_FILE":
                return Finding(rule: "databases.sql.server-file-read", message: "`\(w.lowercased())` reads files on the database server", effect: .review)
            default:
                continue
            }
        }
        return nil
    }

    /// `WHERE 1=1`, `WHERE true`, `WHERE 1`: a condition every row meets.
    static func tautologicalWhere(_ words: [String]) -> Bool {
        guard let i = words.firstIndex(of: "WHERE") else { return false }
        let cond = Array(words[(i + 1)...])
        return cond == ["1", "1"] || cond == ["TRUE"] || cond == ["1"] || cond == ["0", "0"] || cond == ["A", "A"]
    }

    /// sqlite3 dot-commands: `.tables` reads; `.shell`/`.system` run shell commands.
    static func sqliteDot(_ s: String) -> Finding {
        let command = s.dropFirst().prefix { !$0.isWhitespace }.lowercased()
        switch command {
        case "shell", "system":
            return Finding(rule: "databases.sqlite.shell-escape", message: "`.\(command)` runs a shell command", effect: .block)
        case "output", "once", "save", "backup", "import", "excel":
            return Finding(rule: "databases.sqlite.write-file", message: "`.\(command)` writes a file or loads one into a table", effect: .safeWrite)
        case "restore", "clone", "recover":
            return Finding(rule: "databases.sqlite.restore", message: "`.\(command)` replaces or copies a database", effect: .criticalWrite)
        case "read", "load", "open", "cd":
            return Finding(rule: "databases.sqlite.load", message: "`.\(command)` runs statements or code from a file, or opens another database", effect: .review)
        default:
            return Finding(rule: "databases.sqlite.dot-read", message: "a sqlite3 dot-command that only reads or formats (`.\(command)`)", effect: .readOnly)
        }
    }

    static func psqlMeta(_ s: String) -> Finding {
        if s.utf8HasPrefix("\\!") {
            return Finding(rule: "databases.psql.shell-escape", message: "`\\!` runs a shell command", effect: .block)
        }
        let lower = s.lowercased()
        let pipesToCommand = (lower.utf8HasPrefix("\\o") || lower.utf8HasPrefix("\\g") || lower.utf8HasPrefix("\\w")) && s.utf8Contains(byte: UInt8(ascii: "|"))
        if pipesToCommand || (lower.utf8HasPrefix("\\copy") && lower.contains(" program ")) {
            return Finding(rule: "databases.psql.shell-escape", message: "sends query output to (or reads it from) a shell command", effect: .block)
        }
        if lower.utf8HasPrefix("\\gexec") || lower.utf8HasPrefix("\\.") || lower.utf8HasPrefix("\\setenv") {
            return Finding(rule: "databases.psql.include", message: "runs statements produced at run time or read from a file", effect: .review)
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

    /// Every line is one command (`printf 'PING\\nFLUSHALL\\n' | redis-cli` runs both).
    static func redis(_ text: String) -> [Finding] {
        var out: [Finding] = []
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { $0.uppercased() }
            guard let command = words.first else { continue }
            out.append(redisCommand(command, words))
        }
        return out.isEmpty ? [Finding(rule: "databases.redis.empty", message: "no command", effect: .readOnly)] : out
    }

    static let redisReads: Set<String> = [
        "GET", "MGET", "KEYS", "SCAN", "INFO", "TTL", "PTTL", "TYPE", "EXISTS", "PING", "LLEN", "LRANGE", "HGET", "HGETALL", "HKEYS", "HVALS",
        "HLEN", "HMGET", "HEXISTS", "HSTRLEN", "HRANDFIELD", "SMEMBERS", "SCARD", "SISMEMBER", "SMISMEMBER", "SRANDMEMBER", "SINTER", "SUNION",
        "SDIFF", "SINTERCARD", "ZRANGE", "ZCARD", "ZSCORE", "ZMSCORE", "ZRANK", "ZREVRANK", "ZREVRANGE", "ZRANGEBYSCORE", "ZREVRANGEBYSCORE",
        "ZRANGEBYLEX", "ZREVRANGEBYLEX", "ZCOUNT", "ZLEXCOUNT", "ZRANDMEMBER", "LINDEX", "LPOS", "DBSIZE", "MONITOR", "SLOWLOG", "MEMORY",
        "STRLEN", "ECHO", "TIME", "LASTSAVE", "ROLE", "HSCAN", "SSCAN", "ZSCAN", "XLEN", "XRANGE", "XREVRANGE", "XREAD", "XINFO", "XPENDING",
        "PUBSUB", "COMMAND", "LATENCY", "OBJECT", "DUMP", "RANDOMKEY", "GETRANGE", "GETBIT", "BITCOUNT", "BITPOS", "PFCOUNT", "GEOPOS",
        "GEODIST", "GEOHASH", "GEOSEARCH", "AUTH", "SELECT", "HELLO", "SUBSCRIBE", "PSUBSCRIBE", "SSUBSCRIBE", "UNSUBSCRIBE", "MULTI", "EXEC",
        "DISCARD", "WATCH", "UNWATCH", "QUIT", "READONLY", "READWRITE", "WAIT", "LCS", "SUBSTR", "TOUCH", "JSON.GET", "FT.SEARCH", "FT.INFO",
    ]

    static func redisCommand(_ command: String, _ words: [String]) -> Finding {
        let sub = words.count > 1 ? words[1] : ""
        func finding(_ rule: String, _ message: String, _ effect: RuleEffect) -> Finding {
            Finding(rule: "databases.redis.\(rule)", message: message, effect: effect)
        }
        switch command {
        case "FLUSHALL", "FLUSHDB":
            return finding("flush", "`\(command)` deletes every key", .block)
        case "SHUTDOWN", "DEBUG", "REPLICAOF", "SLAVEOF", "FAILOVER", "BGREWRITEAOF", "MIGRATE", "SWAPDB", "RESTORE", "MOVE":
            return finding("critical", "`\(command)` changes server state, replication or moves data", .criticalWrite)
        case "DEL", "UNLINK", "GETDEL", "HDEL", "SREM", "ZREM", "ZREMRANGEBYSCORE", "ZREMRANGEBYRANK", "ZREMRANGEBYLEX", "LREM", "LTRIM", "XDEL",
             "XTRIM", "RENAME", "RENAMENX", "SPOP", "ZPOPMIN", "ZPOPMAX", "JSON.DEL":
            return finding("delete", "`\(command)` deletes keys or members", .criticalWrite)
        case "CONFIG":
            if sub == "GET" { return finding("read", "reads configuration", .readOnly) }
            return finding("config", "changes server configuration (`CONFIG SET dir` can write files anywhere the server may)", .criticalWrite)
        case "EVAL", "EVALSHA", "EVAL_RO", "EVALSHA_RO", "SCRIPT", "MODULE", "FUNCTION", "FCALL", "FCALL_RO":
            return finding("script", "`\(command)` runs or loads server-side code", .review)
        case "CLIENT":
            if ["LIST", "INFO", "GETNAME", "ID", "TRACKINGINFO", "GETREDIR", "SETNAME", "SETINFO", "NO-TOUCH", "REPLY", "CACHING"].contains(sub) {
                return finding("read", "`CLIENT \(sub)` only reads or labels the connection", .readOnly)
            }
            if sub == "KILL" { return finding("client-kill", "disconnects clients", .safeWrite) }
            return finding("client", "`CLIENT \(sub)` pauses, unblocks or changes other clients", .criticalWrite)
        case "CLUSTER":
            if ["INFO", "NODES", "SLOTS", "SHARDS", "MYID", "MYSHARDID", "KEYSLOT", "COUNTKEYSINSLOT", "GETKEYSINSLOT", "COUNT-FAILURE-REPORTS", "LINKS", "REPLICAS", "SLAVES", "HELP"].contains(sub) {
                return finding("read", "`CLUSTER \(sub)` only reads", .readOnly)
            }
            return finding("cluster", "`CLUSTER \(sub)` changes the cluster (slots, membership, failover, reset)", .criticalWrite)
        case "SENTINEL":
            if ["MASTERS", "MASTER", "PRIMARIES", "PRIMARY", "REPLICAS", "SLAVES", "SENTINELS", "GET-MASTER-ADDR-BY-NAME", "GET-PRIMARY-ADDR-BY-NAME", "CKQUORUM", "INFO-CACHE", "MYID", "PENDING-SCRIPTS", "SIMULATE-FAILURE", "HELP"].contains(sub)
                || (sub == "CONFIG" && words.count > 2 && words[2] == "GET")
            {
                return finding("read", "`SENTINEL \(sub)` only reads", .readOnly)
            }
            return finding("sentinel", "`SENTINEL \(sub)` fails over, reconfigures or stops monitoring a primary", .criticalWrite)
        case "ACL":
            if ["LIST", "USERS", "WHOAMI", "CAT", "GETUSER", "LOG", "GENPASS", "DRYRUN", "HELP"].contains(sub) {
                return finding("read", "`ACL \(sub)` only reads", .readOnly)
            }
            return finding("acl", "`ACL \(sub)` changes users or permissions", .criticalWrite)
        default:
            if redisReads.contains(command) { return finding("read", "`\(command)` only reads", .readOnly) }
            return finding("write", "`\(command)` writes data", .safeWrite)
        }
    }

    // MARK: MongoDB

    /// `runCommand`/`adminCommand` documents that only read, in the spellings the shell accepts.
    static let mongoReadCommandNeedles: [String] = [
        "listDatabases", "serverStatus", "ping", "buildInfo", "hostInfo", "currentOp", "replSetGetStatus", "getLog", "isMaster", "hello",
        "dbStats", "collStats", "getParameter", "listCollections", "connectionStatus", "top", "getCmdLineOpts", "count", "find", "aggregate",
        "usersInfo", "rolesInfo", "listIndexes", "validate", "dbHash", "explain", "serverInfo", "features", "whatsmyuri", "connPoolStats",
    ].flatMap { ["({\($0):", "({\"\($0)\":", "({'\($0)':", "(\"\($0)\")", "('\($0)')"] }

    static func mongo(_ text: String) -> [Finding] {
        // Bytes without whitespace, searched byte-wise (this runs once per rule of a client).
        var t: [UInt8] = []
        t.reserveCapacity(text.utf8.count)
        for b in text.utf8 where b != 0x20 && b != 0x0A && b != 0x09 && b != 0x0D { t.append(b) }
        func has(_ xs: [String]) -> Bool {
            t.withUnsafeBufferPointer { h in xs.contains { n in withUTF8Bytes(n) { bytesContain(h, $0, foldCase: false) } } }
        }
        if has(["dropDatabase(", ".drop(", "{drop:", "{\"drop\":", "{'drop':", "{dropDatabase:", "{\"dropDatabase\":", "dropAllUsers(", "dropAllRoles("]) {
            return [Finding(rule: "databases.mongo.drop", message: "drops a database, a collection or every user", effect: .block)]
        }
        if has(["deleteMany({})", "remove({})", "deleteMany()", "updateMany({},", "update({},", "replaceMany({},", "{delete:"]) {
            return [Finding(rule: "databases.mongo.delete-all", message: "deletes or rewrites every document", effect: .block)]
        }
        if has(["load(", "db.eval(", ".eval(", "Mongo(", "connect("]) {
            return [Finding(rule: "databases.mongo.script", message: "runs code from a file or another connection", effect: .review)]
        }
        if has(["shutdown", "dropUser(", "dropRole(", "deleteMany(", "updateMany(", "remove(", "renameCollection(", "dropIndex(", "dropIndexes(",
                "createUser(", "updateUser(", "grantRolesToUser(", "revokeRolesFromUser(", "changeUserPassword(", "createRole(", "grantPrivilegesToRole(",
                "findOneAndDelete(", "findAndModify(", "killOp(", "fsyncLock(", "rs.stepDown(", "rs.reconfig(", "rs.remove(", "rs.add(", "rs.initiate(",
                "sh.shardCollection(", "sh.addShard(", "sh.removeShard(", "sh.moveChunk(", "sh.stopBalancer(", "sh.disableBalancing(", "sh.enableSharding(", "$out", "$merge", "setFeatureCompatibilityVersion", "setParameter", "compact", "repairDatabase", "convertToCapped", "collMod",
                "{killSessions", "{renameCollection"])
        {
            return [Finding(rule: "databases.mongo.critical", message: "deletes or rewrites documents, changes users or roles, or changes the server", effect: .criticalWrite)]
        }
        if has(["runCommand(", "adminCommand("]) {
            if has(mongoReadCommandNeedles) {
                return [Finding(rule: "databases.mongo.read", message: "a command that only reads", effect: .readOnly)]
            }
            return [Finding(rule: "databases.mongo.command", message: "runs a database command the engine does not know", effect: .review)]
        }
        if has([".insert", "insertOne(", "insertMany(", ".update(", "updateOne(", "createIndex(", "createIndexes(", "createCollection(", ".save(", "deleteOne(",
                "replaceOne(", "bulkWrite(", "findOneAndUpdate(", "findOneAndReplace(", "createView("])
        {
            return [Finding(rule: "databases.mongo.write", message: "writes documents or indexes", effect: .safeWrite)]
        }
        return [Finding(rule: "databases.mongo.read", message: "only reads", effect: .readOnly)]
    }
}

/// Minimal SQL text handling: statements, upper-cased words, comments and quotes skipped.
/// Works on UTF-8 bytes (statements are judged once per rule of a client).
enum SQLText {
    static func statements(_ text: String) -> [String] {
        var out: [String] = []
        let b = Array(text.utf8)
        var current: [UInt8] = []
        var quote: UInt8 = 0
        var i = 0
        func flush() {
            let s = trimmed(current)
            if !s.isEmpty { out.append(String(decoding: s, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        while i < b.count {
            let c = b[i]
            if quote != 0 {
                current.append(c)
                if c == quote { quote = 0 }
            } else if c == 0x27 || c == 0x22 || c == 0x60 {
                quote = c
                current.append(c)
            } else if c == 0x2D, i + 1 < b.count, b[i + 1] == 0x2D {
                while i < b.count, b[i] != 0x0A { i += 1 }
                continue
            } else if c == 0x2F, i + 1 < b.count, b[i + 1] == 0x2A {
                i += 2
                while i + 1 < b.count, !(b[i] == 0x2A && b[i + 1] == 0x2F) { i += 1 }
                i += 2
                continue
            } else if c == 0x3B {
                flush()
            } else if c == 0x0A, let first = trimmed(current).first, first == 0x5C || first == 0x2E {
                // psql meta-commands (`\dt`) and sqlite3 dot-commands end at the line's end.
                flush()
            } else {
                current.append(c)
            }
            i += 1
        }
        flush()
        return out
    }

    @inline(__always)
    static func trimmed(_ s: [UInt8]) -> ArraySlice<UInt8> {
        var lo = 0
        var hi = s.count
        while lo < hi, s[lo] == 0x20 || s[lo] == 0x0A || s[lo] == 0x09 || s[lo] == 0x0D { lo += 1 }
        while hi > lo, s[hi - 1] == 0x20 || s[hi - 1] == 0x0A || s[hi - 1] == 0x09 || s[hi - 1] == 0x0D { hi -= 1 }
        return s[lo..<hi]
    }

    /// Upper-cased words outside quotes (identifiers and keywords), punctuation dropped.
    static func words(_ statement: String) -> [String] {
        var out: [String] = []
        var word: [UInt8] = []
        var quote: UInt8 = 0
        func flush() {
            if !word.isEmpty { out.append(String(decoding: word, as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
        }
        for c in statement.utf8 {
            if quote != 0 {
                if c == quote { quote = 0 }
                continue
            }
            if c == 0x27 || c == 0x22 || c == 0x60 {
                quote = c
                continue
            }
            let isWordByte = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c >= 0x80
            if isWordByte {
                word.append(c >= 0x61 && c <= 0x7A ? c - 0x20 : c)
            } else if c == 0x5C && word.isEmpty {
                word.append(c)
            } else {
                flush()
            }
        }
        flush()
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
