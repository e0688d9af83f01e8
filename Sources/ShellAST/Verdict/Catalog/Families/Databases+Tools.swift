/// Database clients with their own command shapes (redis-cli, sqlite3, mongosh), dump and
/// restore tools, server control (pg_ctl, mysqladmin), servers, and etcd.
///
/// Dumping to standard output only reads the database (where the dump goes is judged on its
/// own: a redirection is a write, a pipe into `curl` or `nc` an exfiltration shape); dumping to
/// a file is a safe write. Restoring and importing replace data: critical. Dropping a whole
/// database (`dropdb`, `mysqladmin drop`), removing a cluster and resetting the WAL are
/// blocked, like `DROP DATABASE`.
enum DatabaseTools {
    static let redis = ["redis-cli", "valkey-cli", "keydb-cli"]
    static let redisModes: ArgCondition = .option([
        "--scan", "--bigkeys", "--memkeys", "--hotkeys", "--keystats", "--stat", "--latency", "--latency-history", "--latency-dist",
        "--intrinsic-latency", "--replica", "--slave", "--version", "-v", "--help", "--rdb", "--functions-rdb", "--pipe", "--eval", "--cluster",
    ])
    static let mongo = ["mongosh", "mongo"]
    static let mongoScript: ArgCondition = .any([.optionValue(["-f", "--file"], .any), .anyPositional(.suffix([".js", ".mongodb"]))])
    static let mongoInfo: ArgCondition = .option(["--version", "--help", "--build-info"])
    static let harmlessOutputs: ArgTest = .equals(["-", "/dev/null", "/dev/stdout"])

    /// The four analyser rules of a client whose statements the analyser finds by itself.
    static func analysed(_ id: String, _ names: [String], _ dialect: DatabaseDialect, unless: ArgCondition? = nil,
                         block: [String], critical: [String], write: [String], read: [String]) -> [CatalogRule] {
        [
            CatalogRule(
                id: "databases.\(id).catastrophic", commands: names, when: .analyzer(.database(dialect, .catastrophic)), unless: unless,
                effect: .block, message: "runs commands that destroy data or run shell commands (FLUSHALL, DROP, dropDatabase, `.shell`)",
                examples: block, counterexamples: critical + write + read),
            CatalogRule(
                id: "databases.\(id).critical", commands: names, when: .analyzer(.database(dialect, .criticalWrite)), unless: unless,
                effect: .criticalWrite, message: "runs commands that delete selected data, change users or change server state",
                examples: critical, counterexamples: write + read),
            CatalogRule(
                id: "databases.\(id).write", commands: names, when: .analyzer(.database(dialect, .write)), unless: unless,
                effect: .safeWrite, message: "runs commands that add or change data", examples: write, counterexamples: read),
            CatalogRule(
                id: "databases.\(id).read", commands: names, when: .analyzer(.database(dialect, .readOnly)), unless: unless,
                effect: .readOnly, message: "runs commands that only read", examples: read, counterexamples: block + critical + write),
        ]
    }

    static let family = CatalogFamily(
        syntaxes: [
            .reviewed(redis, .databases, "runs a Redis client the engine cannot judge here",
                      valueOptions: ["-h", "-p", "-s", "-a", "--user", "--pass", "-u", "-n", "-r", "-i", "-d", "-D", "-t", "--eval", "--pattern", "--count",
                                     "--quoted-pattern", "--cluster", "--rdb", "--functions-rdb", "--memkeys-samples", "--pipe-timeout", "--cacert",
                                     "--cacertdir", "--cert", "--key", "--tls-ciphers", "--tls-ciphersuites", "--sni", "--intrinsic-latency", "--lru-test"]),
            .reviewed(["sqlite3"], .databases, "runs sqlite3 in a way the engine cannot judge",
                      valueOptions: ["-cmd", "--cmd", "-separator", "-newline", "-nullvalue", "-init", "-vfs", "-maxsize", "-mmap", "-pagecache", "-lookaside", "-heap"]),
            .reviewed(mongo, .databases, "runs a MongoDB shell the engine cannot judge here",
                      valueOptions: ["--host", "--port", "-u", "--username", "-p", "--password", "--authenticationDatabase", "--authenticationMechanism", "--eval",
                                     "-f", "--file", "--tlsCAFile", "--tlsCertificateKeyFile", "--apiVersion", "--sslCAFile", "--sslPEMKeyFile"]),
            .reviewed(["pg_dump", "pg_dumpall"], .databases, "dumps a database to standard output",
                      valueOptions: ["-h", "--host", "-p", "--port", "-U", "--username", "-d", "--dbname", "-f", "--file", "-F", "--format", "-n", "--schema",
                                     "-N", "--exclude-schema", "-t", "--table", "-T", "--exclude-table", "-j", "--jobs", "-Z", "--compress", "-E", "--encoding",
                                     "--exclude-table-data", "--section", "--role", "-S", "--superuser", "-l", "--database"], fallback: .readOnly),
            .reviewed(["mysqldump", "mariadb-dump"], .databases, "dumps a database to standard output",
                      valueOptions: ["-u", "--user", "-h", "--host", "-P", "--port", "-S", "--socket", "--defaults-file", "-r", "--result-file", "--tab", "-T",
                                     "--where", "-w", "--ignore-table", "--default-character-set", "--max-allowed-packet"], fallback: .readOnly),
            .reviewed(["pg_restore"], .databases, "prints a dump archive as SQL",
                      valueOptions: ["-d", "--dbname", "-f", "--file", "-F", "--format", "-h", "--host", "-p", "--port", "-U", "--username", "-j", "--jobs",
                                     "-n", "--schema", "-N", "-t", "--table", "-T", "--trigger", "-I", "--index", "-P", "--function", "-L", "--use-list", "-S", "--role", "--section"],
                      fallback: .readOnly),
            .reviewed(["mysqlimport", "mariadb-import", "mongorestore"], .databases, "loads data into a database, replacing or adding rows",
                      valueOptions: ["-u", "--user", "-h", "--host", "-P", "--port", "--uri", "-d", "--db", "-c", "--collection", "--nsInclude", "--nsFrom", "--nsTo", "--archive"],
                      fallback: .criticalWrite),
            .reviewed(["mongoimport"], .databases, "imports documents into a collection",
                      valueOptions: ["--uri", "--host", "-h", "--port", "-d", "--db", "-c", "--collection", "--file", "--type", "--mode", "--fields", "-u", "--username", "-p", "--password"],
                      fallback: .safeWrite),
            .reviewed(["mongodump"], .databases, "dumps a database to files",
                      valueOptions: ["--uri", "--host", "-h", "--port", "-d", "--db", "-c", "--collection", "-o", "--out", "-q", "--query", "-u", "--username", "-p", "--password"],
                      fallback: .safeWrite),
            .reviewed(["mongoexport"], .databases, "exports documents to standard output",
                      valueOptions: ["--uri", "--host", "-h", "--port", "-d", "--db", "-c", "--collection", "-o", "--out", "-q", "--query", "-f", "--fields", "--type", "-u", "--username", "-p", "--password"],
                      fallback: .readOnly),
            .readOnly(["mongostat", "mongotop", "pg_lsclusters", "pg_isready", "pg_controldata", "pg_config", "pg_waldump", "pg_test_fsync", "pg_test_timing",
                       "pg_amcheck"], "reports database state", category: .databases, valueOptions: ["-h", "--host", "-p", "--port", "-U", "-d", "-D", "--pgdata"]),
            .reviewed(["dropdb"], .databases, "drops a whole database", valueOptions: ["-h", "--host", "-p", "--port", "-U", "--username", "--maintenance-db"], fallback: .block),
            .reviewed(["dropuser"], .databases, "drops a database role", valueOptions: ["-h", "--host", "-p", "--port", "-U", "--username"], fallback: .criticalWrite),
            .reviewed(["createdb"], .databases, "creates a database", valueOptions: ["-h", "--host", "-p", "--port", "-U", "--username", "-O", "--owner", "-T", "--template", "-E", "--encoding", "-D", "--tablespace", "-l", "--locale"], fallback: .safeWrite),
            .reviewed(["createuser"], .databases, "creates a database role (with the privileges its options grant)",
                      valueOptions: ["-h", "--host", "-p", "--port", "-U", "--username", "-c", "--connection-limit", "-g", "--role"], fallback: .criticalWrite),
            .reviewed(["pg_ctl"], .databases, "controls a PostgreSQL server",
                      valueOptions: ["-D", "--pgdata", "-m", "--mode", "-l", "--log", "-o", "--options", "-t", "--timeout", "-N", "-U", "-P", "-e"]),
            .reviewed(["pg_ctlcluster"], .databases, "controls a PostgreSQL cluster", valueOptions: ["-o", "--options", "-m", "--mode"]),
            .reviewed(["pg_dropcluster"], .databases, "deletes a PostgreSQL cluster and its data directory", fallback: .block),
            .reviewed(["pg_resetwal", "pg_resetxlog"], .databases, "rewrites the write-ahead log: the last resort that loses or corrupts data", valueOptions: ["-D", "--pgdata", "-l", "-x", "-o", "-m", "-e", "-c", "-u"], fallback: .block),
            .reviewed(["pg_createcluster", "pg_basebackup", "pg_receivewal", "pg_recvlogical", "vacuumdb", "reindexdb", "clusterdb"], .databases,
                      "creates a cluster, takes a backup or runs maintenance",
                      valueOptions: ["-D", "--pgdata", "-h", "--host", "-p", "--port", "-U", "--username", "-d", "--dbname", "-t", "--table", "-j", "--jobs", "-S", "--slot"],
                      fallback: .safeWrite),
            .reviewed(["pg_upgrade", "pg_upgradecluster", "pg_archivecleanup", "pg_rewind", "pg_checksums"], .databases,
                      "upgrades, rewinds or rewrites a cluster, or deletes WAL files",
                      valueOptions: ["-b", "-B", "-d", "-D", "-o", "-O", "-p", "-P", "-j", "--target-pgdata", "--source-pgdata", "--source-server", "-x", "-v", "--method", "-m"],
                      fallback: .criticalWrite),
            .reviewed(["pg_conftool"], .databases, "changes PostgreSQL configuration files", fallback: .criticalWrite),
            .reviewed(["mysqladmin", "mariadb-admin"], .databases, "runs a MySQL administration command the engine does not know",
                      valueOptions: ["-u", "--user", "-h", "--host", "-P", "--port", "-S", "--socket", "--defaults-file", "-i", "--sleep", "-c", "--count", "-w",
                                     "--wait", "--connect-timeout", "--shutdown-timeout", "--default-character-set"]),
            .reviewed(["mysqlcheck", "mariadb-check"], .databases, "checks tables", valueOptions: ["-u", "--user", "-h", "--host", "-P", "--port", "-S", "--socket", "--defaults-file"], fallback: .readOnly),
            .reviewed(["mysqlbinlog", "mariadb-binlog"], .databases, "prints binary log events",
                      valueOptions: ["-r", "--result-file", "-u", "--user", "-h", "--host", "-P", "--port", "--start-datetime", "--stop-datetime", "--start-position", "--stop-position", "-d", "--database"],
                      fallback: .readOnly),
            .reviewed(["redis-server", "valkey-server", "keydb-server", "mongod", "mongos", "mysqld", "mysqld_safe", "mariadbd", "postgres", "postmaster",
                       "clickhouse-server", "etcd"], .databases, "starts a database server"),
            .reviewed(["redis-benchmark", "valkey-benchmark"], .databases, "loads a Redis server and writes test keys", fallback: .criticalWrite),
            .reviewed(["etcdctl"], .databases, "runs an etcd command the engine does not know",
                      valueOptions: ["--endpoints", "--cacert", "--cert", "--key", "--user", "--password", "-w", "--write-out", "--dial-timeout", "--command-timeout",
                                     "--keepalive-time", "--keepalive-timeout", "--discovery-srv", "--limit", "--rev", "--sort-by", "--order", "--lease", "--data-dir",
                                     "--name", "--initial-cluster", "--initial-cluster-token", "--initial-advertise-peer-urls"]),
        ],
        rules: analysed(
            "redis-cli", redis, .redis, unless: redisModes,
            block: ["redis-cli FLUSHALL", "redis-cli -h cache -n 2 flushdb", "redis-cli -a secret --no-auth-warning FLUSHALL ASYNC"],
            critical: ["redis-cli DEL session:1", "redis-cli CONFIG SET maxmemory 2gb", "redis-cli CLUSTER RESET HARD", "redis-cli -p 26379 SENTINEL FAILOVER mymaster",
                       "redis-cli CLIENT PAUSE 10000", "redis-cli SHUTDOWN NOSAVE", "redis-cli ACL SETUSER bob on >pw ~* +@all"],
            write: ["redis-cli SET feature:x on", "redis-cli -n 1 EXPIRE k 60", "redis-cli LPUSH queue job1"],
            read: ["redis-cli PING", "redis-cli INFO memory", "redis-cli -h cache -p 6380 GET user:1", "redis-cli CONFIG GET maxmemory", "redis-cli CLUSTER INFO",
                   "redis-cli SLOWLOG GET 10", "redis-cli HMGET user:1 name email", "redis-cli --raw KEYS 'sess:*'", "redis-cli CLIENT LIST"])
            + analysed(
                "sqlite3", ["sqlite3"], .sqlite,
                block: ["sqlite3 app.db 'DROP TABLE users'", "sqlite3 app.db 'DELETE FROM sessions'", "sqlite3 app.db '.shell rm -rf /'"],
                critical: ["sqlite3 app.db \"DELETE FROM jobs WHERE state='done'\"", "sqlite3 app.db 'ALTER TABLE t ADD c int'"],
                write: ["sqlite3 app.db \"INSERT INTO kv VALUES ('a', 1)\"", "sqlite3 app.db '.output dump.sql' '.dump'"],
                read: ["sqlite3 app.db 'SELECT count(*) FROM users'", "sqlite3 -readonly app.db .tables", "sqlite3 app.db .schema", "sqlite3 -header -csv app.db 'SELECT * FROM t'",
                       "sqlite3 app.db 'PRAGMA integrity_check'", "sqlite3 app.db .dump"])
            + analysed(
                "mongosh", mongo, .mongo,
                block: ["mongosh --eval 'db.dropDatabase()'", "mongosh prod --eval 'db.orders.drop()'", "mongo --eval 'db.users.deleteMany({})'", "mongosh --eval \"db.runCommand({drop: 'orders'})\"",
                        "mongosh --eval 'db.dropAllUsers()'", "mongosh --eval 'db.orders.updateMany({}, {$set: {x: 1}})'"],
                critical: ["mongosh --eval 'db.jobs.deleteMany({state: \"failed\"})'", "mongosh --eval \"db.createUser({user: 'x', pwd: 'y', roles: ['root']})\"",
                           "mongosh --eval 'db.orders.dropIndexes()'", "mongosh admin --eval 'db.shutdownServer()'", "mongosh --eval 'rs.stepDown()'"],
                write: ["mongosh --eval 'db.audit.insertOne({msg: \"restart\"})'", "mongosh --eval 'db.t.createIndex({a: 1})'"],
                read: ["mongosh --quiet --eval 'db.serverStatus().connections'", "mongosh --eval 'rs.status()'", "mongosh prod --eval 'db.orders.countDocuments({})'",
                       "mongo --eval 'db.adminCommand({listDatabases: 1})'", "mongosh --eval 'db.currentOp()'", "mongosh --eval 'sh.status()'"])
            + [
                // pg_test_fsync (corpus review, `Docs/Verdicts.md`): it writes its test file.
                CatalogRule(
                    id: "databases.pg_test_fsync.write", commands: ["pg_test_fsync"], when: .not(RuleVocabulary.helpOrVersion),
                    effect: .safeWrite, message: "`pg_test_fsync` writes and syncs a test file (`./pg_test_fsync.out` or `--filename`)",
                    examples: ["pg_test_fsync", "pg_test_fsync --filename /var/lib/postgresql/test.out -s 2"], counterexamples: ["pg_test_fsync --help"]),
                // redis-cli
                CatalogRule(
                    id: "databases.redis-cli.session", commands: redis, when: .all([.positionalCount(0...0), .not(redisModes), .not(.standardInputFed)]),
                    effect: .review, message: "opens an interactive session: what runs in it is not known",
                    examples: ["redis-cli", "redis-cli -h cache -p 6379", "valkey-cli -n 2"], counterexamples: ["redis-cli PING", "echo PING | redis-cli"]),
                CatalogRule(
                    id: "databases.redis-cli.fed", commands: ["redis-cli"], when: .all([.positionalCount(0...0), .not(redisModes), .standardInputFed]),
                    unless: .option(["-x", "-e"]),
                    effect: .readOnly, message: "runs the commands fed to its standard input (judged on their own)",
                    examples: ["echo PING | redis-cli", "redis-cli -h cache <<'EOF'\nINFO\nEOF"], counterexamples: ["redis-cli"]),
                CatalogRule(
                    id: "databases.redis-cli.modes", commands: redis,
                    when: .option(["--scan", "--bigkeys", "--memkeys", "--hotkeys", "--keystats", "--stat", "--latency", "--latency-history", "--latency-dist",
                                   "--intrinsic-latency", "--replica", "--slave", "--version", "-v", "--help"]),
                    effect: .readOnly, message: "scans keys or samples server statistics",
                    examples: ["redis-cli --scan --pattern 'sess:*'", "redis-cli --bigkeys", "redis-cli --latency -h cache", "redis-cli --version"], counterexamples: ["redis-cli"]),
                CatalogRule(
                    id: "databases.redis-cli.rdb", commands: redis, when: .option(["--rdb", "--functions-rdb"]),
                    effect: .safeWrite, message: "saves a copy of the dataset to a local file", examples: ["redis-cli --rdb /backup/dump.rdb"], counterexamples: ["redis-cli --bigkeys"]),
                CatalogRule(
                    id: "databases.redis-cli.script", commands: redis, when: .option(["--pipe", "--eval"]),
                    effect: .review, message: "runs a Lua script file or raw protocol from standard input, which are not analysed",
                    examples: ["redis-cli --eval cleanup.lua", "cat data.txt | redis-cli --pipe"], counterexamples: ["redis-cli PING"]),
                CatalogRule(
                    id: "databases.redis-cli.cluster-read", commands: redis, when: .optionValue(["--cluster"], .equals(["info", "check", "help"])),
                    effect: .readOnly, message: "checks the cluster", examples: ["redis-cli --cluster check 10.0.0.1:6379"], counterexamples: ["redis-cli --cluster fix 10.0.0.1:6379"]),
                CatalogRule(
                    id: "databases.redis-cli.cluster-admin", commands: redis, when: .optionValue(["--cluster"], .not(.equals(["info", "check", "help"]))),
                    effect: .criticalWrite, message: "changes the cluster (create, fix, reshard, add or delete nodes) or runs a command on every node",
                    examples: ["redis-cli --cluster reshard 10.0.0.1:6379", "redis-cli --cluster del-node 10.0.0.1:6379 abc"], counterexamples: ["redis-cli --cluster info 10.0.0.1:6379"]),
                CatalogRule(
                    id: "databases.redis-cli.cluster-flush", commands: redis,
                    when: .all([.optionValue(["--cluster"], .equals(["call"])), .anyPositional(.containsCaseInsensitive(["flushall", "flushdb"]))]),
                    effect: .block, message: "deletes every key on every node of the cluster",
                    examples: ["redis-cli --cluster call 10.0.0.1:6379 FLUSHALL"], counterexamples: ["redis-cli --cluster call 10.0.0.1:6379 INFO"]),
                CatalogRule(
                    id: "databases.redis-cli.run-time-command", commands: redis, when: .positional(0, .dynamic),
                    effect: .review, message: "runs a command only known at run time", examples: ["redis-cli \"$CMD\" key"], counterexamples: ["redis-cli PING"]),
                // sqlite3
                CatalogRule(
                    id: "databases.sqlite3.session", commands: ["sqlite3"],
                    when: .all([.positionalCount(0...1), .not(.optionValue(["-cmd", "--cmd"], .any)), .not(.option(["-version", "--version", "-help", "--help"])), .not(.standardInputFed)]),
                    effect: .review, message: "opens an interactive session: what runs in it is not known",
                    examples: ["sqlite3 app.db", "sqlite3 -header app.db"], counterexamples: ["sqlite3 app.db .tables", "echo .tables | sqlite3 app.db"]),
                CatalogRule(
                    id: "databases.sqlite3.fed", commands: ["sqlite3"], when: .all([.positionalCount(0...1), .standardInputFed]),
                    effect: .readOnly, message: "runs the statements fed to its standard input (judged on their own)",
                    examples: ["echo 'SELECT 1;' | sqlite3 app.db", "sqlite3 app.db <<'EOF'\n.tables\nEOF"], counterexamples: ["sqlite3 app.db"]),
                CatalogRule(
                    id: "databases.sqlite3.info", commands: ["sqlite3"], when: .option(["-version", "--version", "-help", "--help"]),
                    effect: .readOnly, message: "prints the version or help", examples: ["sqlite3 -version"], counterexamples: ["sqlite3 app.db"]),
                CatalogRule(
                    id: "databases.sqlite3.init-file", commands: ["sqlite3"], when: .option(["-init"]),
                    effect: .review, message: "runs statements from an init file, which are not analysed", examples: ["sqlite3 -init setup.sql app.db"], counterexamples: ["sqlite3 app.db .tables"]),
                CatalogRule(
                    id: "databases.sqlite3.run-time-statement", commands: ["sqlite3"],
                    when: .any([.all([.positionalCount(2...Int.max), .anyPositional(.dynamic), .not(.positional(0, .dynamic))]), .optionValue(["-cmd", "--cmd"], .dynamic)]),
                    effect: .review, message: "runs a statement only known at run time", examples: ["sqlite3 app.db \"$SQL\""], counterexamples: ["sqlite3 \"$DB\" .tables"]),
                // mongosh
                CatalogRule(
                    id: "databases.mongosh.script", commands: mongo, when: mongoScript,
                    effect: .review, message: "runs a script file, which is not analysed", examples: ["mongosh prod cleanup.js", "mongosh --file fix.js"], counterexamples: ["mongosh --eval 'db.stats()'"]),
                CatalogRule(
                    id: "databases.mongosh.session", commands: mongo,
                    when: .any([.all([.not(.optionValue(["--eval"], .any)), .not(mongoScript), .not(mongoInfo), .not(.standardInputFed)]), .option(["--shell"])]),
                    effect: .review, message: "opens an interactive session: what runs in it is not known",
                    examples: ["mongosh", "mongosh mongodb://db1:27017/prod", "mongosh --eval 'db.stats()' --shell"], counterexamples: ["mongosh --eval 'db.stats()'"]),
                CatalogRule(
                    id: "databases.mongosh.fed", commands: mongo, when: .all([.not(.optionValue(["--eval"], .any)), .not(mongoScript), .not(mongoInfo), .standardInputFed]),
                    effect: .readOnly, message: "runs the statements fed to its standard input (judged on their own)",
                    examples: ["echo 'db.stats()' | mongosh prod"], counterexamples: ["mongosh"]),
                CatalogRule(
                    id: "databases.mongosh.info", commands: mongo, when: mongoInfo, effect: .readOnly, message: "prints the version or help",
                    examples: ["mongosh --version"], counterexamples: ["mongosh"]),
                CatalogRule(
                    id: "databases.mongosh.run-time-statement", commands: mongo, when: .optionValue(["--eval"], .dynamic),
                    effect: .review, message: "runs code only known at run time", examples: ["mongosh --eval \"$JS\""], counterexamples: ["mongosh --eval 'db.stats()'"]),
            ]
            + toolRules)

    static let toolRules: [CatalogRule] = [
        // Dumps and restores
        CatalogRule(
            id: "databases.pg_dump.file", commands: ["pg_dump", "pg_dumpall", "pg_restore"], when: .optionValue(["-f", "--file"], .not(harmlessOutputs)),
            effect: .safeWrite, message: "writes the dump to a file",
            examples: ["pg_dump -Fc -f prod.dump prod", "pg_dumpall --file=all.sql", "pg_restore -f schema.sql prod.dump"], counterexamples: ["pg_dump prod", "pg_dump -f - prod"]),
        CatalogRule(
            id: "databases.pg_dump.stdout", commands: ["pg_dump", "pg_dumpall"], when: .not(.optionValue(["-f", "--file"], .not(harmlessOutputs))),
            effect: .readOnly, message: "reads the database and prints the dump (where it goes is judged on its own)",
            examples: ["pg_dump prod", "pg_dump -h db -U app -t orders prod | gzip > orders.sql.gz", "pg_dumpall --globals-only"], counterexamples: ["pg_dump -f out.sql prod"]),
        CatalogRule(
            id: "databases.pg_restore.database", commands: ["pg_restore"], when: .optionValue(["-d", "--dbname"], .any),
            effect: .criticalWrite, message: "restores into a live database (`--clean` drops existing objects first)",
            examples: ["pg_restore -d prod prod.dump", "pg_restore --clean --if-exists -d prod -j 4 prod.dump"], counterexamples: ["pg_restore -l prod.dump"]),
        CatalogRule(
            id: "databases.mysqldump.file", commands: ["mysqldump", "mariadb-dump", "mysqlbinlog", "mariadb-binlog"],
            when: .any([.optionValue(["-r", "--result-file", "--tab", "-T"], .any), .option(["-F", "--flush-logs", "--flush-privileges"])]),
            effect: .safeWrite, message: "writes the dump to files or rotates the logs",
            examples: ["mysqldump --result-file=prod.sql prod", "mysqldump -F --all-databases", "mysqlbinlog -r events.sql binlog.000042"], counterexamples: ["mysqldump prod"]),
        CatalogRule(
            id: "databases.mysqldump.delete-logs", commands: ["mysqldump", "mariadb-dump"], when: .option(["--delete-master-logs", "--delete-source-logs"]),
            effect: .criticalWrite, message: "deletes the binary logs after dumping: replicas and point-in-time recovery lose them",
            examples: ["mysqldump --all-databases --delete-master-logs"], counterexamples: ["mysqldump --single-transaction prod"]),
        CatalogRule(
            id: "databases.mongorestore.dry-run", commands: ["mongorestore"], when: .option(["--dryRun", "--help", "--version"]),
            effect: .readOnly, message: "only simulates the restore", examples: ["mongorestore --dryRun dump/"], counterexamples: ["mongorestore dump/"]),
        CatalogRule(
            id: "databases.restore.replace", commands: ["mongorestore", "mongoimport", "mysqlimport", "mariadb-import"],
            when: .any([.option(["--drop", "--delete", "-d"]), .optionValue(["--mode"], .equals(["upsert", "merge", "delete"]))]),
            unless: .option(["--dryRun"]),
            effect: .criticalWrite, message: "drops or empties the target collections or tables before loading",
            examples: ["mongorestore --drop dump/", "mongoimport --drop -c users --file users.json", "mysqlimport --delete prod /tmp/users.txt"], counterexamples: ["mongoimport -c users --file u.json"]),
        CatalogRule(
            id: "databases.mongodump.stdout", commands: ["mongodump"], when: .any([.option(["--archive"]), .optionValue(["-o", "--out"], .equals(["-"]))]),
            effect: .readOnly, message: "prints the dump (where it goes is judged on its own)", examples: ["mongodump --archive --db prod"], counterexamples: ["mongodump --db prod"]),
        CatalogRule(
            id: "databases.mongoexport.file", commands: ["mongoexport"], when: .optionValue(["-o", "--out"], .not(harmlessOutputs)),
            effect: .safeWrite, message: "writes the export to a file", examples: ["mongoexport -c users -o users.json"], counterexamples: ["mongoexport -c users"]),
        // Databases, roles, clusters
        CatalogRule(
            id: "databases.dropdb", commands: ["dropdb"], when: .positionalCount(1...Int.max), unless: .option(["--help", "-V", "--version"]),
            effect: .block, message: "drops a whole database: every table and row in it",
            examples: ["dropdb prod", "dropdb -h db -U postgres --if-exists staging", "sudo -u postgres dropdb app"], counterexamples: ["dropdb --version"]),
        CatalogRule(
            id: "databases.pg.info", commands: ["dropdb", "dropuser", "createdb", "createuser", "pg_dropcluster", "pg_resetwal", "pg_resetxlog", "mysqladmin", "mariadb-admin"],
            when: .option(["--help", "-V", "--version", "-?"]),
            effect: .readOnly, message: "prints the version or help", examples: ["dropdb --version", "mysqladmin --version"], counterexamples: ["dropdb prod"]),
        CatalogRule(
            id: "databases.createuser.superuser", commands: ["createuser"], when: .option(["-s", "--superuser", "--createrole", "-r"]),
            effect: .criticalWrite, message: "creates a superuser or a role that can create roles",
            examples: ["createuser --superuser admin2"], counterexamples: ["createuser --help"]),
        CatalogRule(
            id: "databases.pg_ctl.status", commands: ["pg_ctl"], when: .anyPositional(.equals(["status"])),
            effect: .readOnly, message: "shows whether the server runs", examples: ["pg_ctl status -D /var/lib/postgresql/data"], counterexamples: ["pg_ctl stop -D /data"]),
        CatalogRule(
            id: "databases.pg_ctl.start", commands: ["pg_ctl"], when: .anyPositional(.equals(["start", "init", "initdb"])),
            effect: .safeWrite, message: "starts a server or initialises a data directory",
            examples: ["pg_ctl start -D /data -l logfile", "pg_ctl initdb -D /data2"], counterexamples: ["pg_ctl status"]),
        CatalogRule(
            id: "databases.pg_ctl.stop", commands: ["pg_ctl"], when: .anyPositional(.equals(["stop", "restart", "kill", "promote", "reload", "logrotate"])),
            effect: .criticalWrite, message: "stops, restarts, promotes or signals the database server: clients lose their connections",
            examples: ["pg_ctl stop -D /data -m fast", "pg_ctl -D /data restart", "pg_ctl promote -D /data"], counterexamples: ["pg_ctl status"]),
        CatalogRule(
            id: "databases.pg_ctlcluster.status", commands: ["pg_ctlcluster"], when: .positional(2, .equals(["status"])),
            effect: .readOnly, message: "shows whether the cluster runs", examples: ["pg_ctlcluster 16 main status"], counterexamples: ["pg_ctlcluster 16 main stop"]),
        CatalogRule(
            id: "databases.pg_ctlcluster.start", commands: ["pg_ctlcluster"], when: .positional(2, .equals(["start"])),
            effect: .safeWrite, message: "starts the cluster", examples: ["pg_ctlcluster 16 main start"], counterexamples: ["pg_ctlcluster 16 main status"]),
        CatalogRule(
            id: "databases.pg_ctlcluster.stop", commands: ["pg_ctlcluster"], when: .positional(2, .equals(["stop", "restart", "reload", "promote"])),
            effect: .criticalWrite, message: "stops, restarts or promotes the cluster: clients lose their connections",
            examples: ["pg_ctlcluster 16 main restart", "sudo pg_ctlcluster 14 main stop --force"], counterexamples: ["pg_ctlcluster 16 main status"]),
        CatalogRule(
            id: "databases.pg_maintenance.check", commands: ["pg_upgrade", "pg_archivecleanup", "pg_rewind", "pg_checksums", "pg_resetwal", "pg_resetxlog"],
            when: .option(["-c", "--check", "-n", "--dry-run"]),
            effect: .readOnly, message: "only checks or shows what would be done", examples: ["pg_upgrade --check -b /old/bin -B /new/bin", "pg_rewind -n --target-pgdata=/data --source-server='host=db1'", "pg_resetwal -n /data"],
            counterexamples: ["pg_upgrade -b /old/bin -B /new/bin"]),
        CatalogRule(
            id: "databases.pg_conftool.show", commands: ["pg_conftool"], when: .anyPositional(.equals(["show", "get"])),
            effect: .readOnly, message: "shows configuration values", examples: ["pg_conftool 16 main show max_connections"], counterexamples: ["pg_conftool 16 main set max_connections 500"]),
        // mysqladmin, mysqlcheck
        CatalogRule(
            id: "databases.mysqladmin.status", commands: ["mysqladmin", "mariadb-admin"],
            when: .all([.positionalCount(1...Int.max), .not(.anyPositional(.not(.equals(["status", "extended-status", "variables", "processlist", "ping", "version"]))))]),
            effect: .readOnly, message: "shows server status, variables or threads",
            examples: ["mysqladmin status", "mysqladmin -u root -p processlist", "mysqladmin -i 5 extended-status", "mysqladmin ping -h db"], counterexamples: ["mysqladmin shutdown"]),
        CatalogRule(
            id: "databases.mysqladmin.change", commands: ["mysqladmin", "mariadb-admin"],
            when: .anyPositional(.prefix(["shutdown", "flush-", "refresh", "reload", "kill", "password", "old-password", "start-slave", "stop-slave", "start-replica", "stop-replica", "debug"])),
            effect: .criticalWrite, message: "shuts down the server, kills threads, flushes caches or logs, or changes a password",
            examples: ["mysqladmin shutdown", "mysqladmin flush-hosts", "mysqladmin kill 42", "mysqladmin -u root password 'x'"], counterexamples: ["mysqladmin status"]),
        CatalogRule(
            id: "databases.mysqladmin.create", commands: ["mysqladmin", "mariadb-admin"], when: .anyPositional(.equals(["create"])),
            effect: .safeWrite, message: "creates a database", examples: ["mysqladmin create app2"], counterexamples: ["mysqladmin status"]),
        CatalogRule(
            id: "databases.mysqladmin.drop", commands: ["mysqladmin", "mariadb-admin"], when: .anyPositional(.equals(["drop"])),
            effect: .block, message: "drops a whole database: every table and row in it",
            examples: ["mysqladmin drop prod", "mysqladmin -f drop staging"], counterexamples: ["mysqladmin create app2"]),
        CatalogRule(
            id: "databases.mysqlcheck.repair", commands: ["mysqlcheck", "mariadb-check"], when: .option(["-r", "--repair", "--auto-repair", "-o", "--optimize", "-a", "--analyze"]),
            effect: .criticalWrite, message: "repairs, optimizes or analyzes tables (locks and rewrites them)",
            examples: ["mysqlcheck -r prod users", "mysqlcheck --optimize --all-databases"], counterexamples: ["mysqlcheck prod", "mysqlcheck -c --all-databases"]),
        // Servers
        CatalogRule(
            id: "databases.server.version", commands: ["redis-server", "valkey-server", "keydb-server", "mongod", "mongos", "mysqld", "mysqld_safe", "mariadbd", "postgres", "postmaster", "clickhouse-server", "etcd"],
            when: .all([.option(["--version", "-v", "-V", "--help", "-h", "--test-memory"]), .positionalCount(0...1)]),
            effect: .readOnly, message: "prints the version or help", examples: ["redis-server --version", "postgres -V", "mongod --version"], counterexamples: ["redis-server /etc/redis/redis.conf"]),
        // etcd
        CatalogRule(
            id: "databases.etcdctl.read", commands: ["etcdctl"],
            when: .any([.positional(0, .equals(["get", "watch", "version", "check", "help"])),
                        .all([.positional(0, .equals(["member", "alarm", "user", "role", "lease", "snapshot", "endpoint"])), .positional(1, .equals(["list", "get", "status", "health", "hashkv", "timetolive"]))])]),
            unless: .all([.positional(0, .equals(["check"])), .positional(1, .equals(["perf", "datascale"]))]),
            effect: .readOnly, message: "reads keys or cluster status",
            examples: ["etcdctl get /registry/pods --prefix --keys-only", "etcdctl endpoint health", "etcdctl member list -w table", "ETCDCTL_API=3 etcdctl endpoint status --cluster"],
            counterexamples: ["etcdctl del /x", "etcdctl check perf"]),
        CatalogRule(
            id: "databases.etcdctl.write", commands: ["etcdctl"],
            when: .any([.positional(0, .equals(["put", "txn", "lock", "elect"])), .all([.positional(0, .equals(["snapshot"])), .positional(1, .equals(["save"]))]),
                        .all([.positional(0, .equals(["lease"])), .positional(1, .equals(["grant", "keep-alive"]))]), .all([.positional(0, .equals(["check"])), .positional(1, .equals(["perf", "datascale"]))])]),
            effect: .safeWrite, message: "writes keys, takes a snapshot or runs a load test",
            examples: ["etcdctl put /config/x 1", "etcdctl snapshot save /backup/etcd.db"], counterexamples: ["etcdctl get /config/x"]),
        CatalogRule(
            id: "databases.etcdctl.change", commands: ["etcdctl"],
            when: .any([.positional(0, .equals(["del", "defrag", "compaction", "compact", "move-leader", "downgrade"])),
                        .all([.positional(0, .equals(["member", "user", "role", "auth", "alarm", "lease"])), .positional(1, .equals(["add", "remove", "update", "promote", "delete", "grant-role", "revoke-role", "grant-permission", "revoke-permission", "enable", "disable", "disarm", "revoke", "passwd"]))]),
                        .all([.positional(0, .equals(["snapshot"])), .positional(1, .equals(["restore"]))])]),
            effect: .criticalWrite, message: "deletes keys, changes cluster membership or auth, compacts history or restores a snapshot",
            examples: ["etcdctl del /config/old", "etcdctl member remove 8e9e05c52164694d", "etcdctl defrag --cluster", "etcdctl snapshot restore backup.db --data-dir /var/lib/etcd-new"],
            counterexamples: ["etcdctl member list"]),
        CatalogRule(
            id: "databases.etcdctl.delete-all", commands: ["etcdctl"],
            when: .all([.positional(0, .equals(["del"])), .any([.all([.option(["--from-key"]), .positional(1, .equals(["", "/"]))]),
                                                                .all([.option(["--prefix"]), .positional(1, .equals(["", "/", "/registry", "/registry/"]))])])]),
            effect: .block, message: "deletes every key (for Kubernetes, every object in the cluster)",
            examples: ["etcdctl del '' --from-key", "etcdctl del --prefix /registry", "etcdctl del --prefix ''"], counterexamples: ["etcdctl del --prefix /config/app1/"]),
    ]
}
