extension Wrappers {
    /// What a wrapper's own options change in a process that is already running, when they
    /// change something: `strace --inject`/`-e fault=` makes the traced process's system calls
    /// fail or return other values; `ionice -p PID -c 3` sets another process's I/O priority.
    /// Added with the corpus review (`Docs/Verdicts.md`): `sudo strace --attach PID` is a
    /// diagnostic, `strace -p 1 --inject=write:error=EIO` is not.
    static func stateChange(_ name: String, _ args: ArgumentList) -> (rule: String, message: String)? {
        switch name {
        case "strace":
            let tampers = args.items.contains { a in
                a.isStatic && ["--inject", "--fault", "inject=", "fault=", "-einject", "-efault", "-e inject", "-e fault"].contains { a.text.utf8HasPrefix($0) }
            }
            return tampers ? ("processes.strace.inject", "`strace --inject`/`fault=` changes what the traced process's system calls return") : nil
        case "ionice":
            let target = args.hasOptionKey(["-p", "--pid", "-P", "--pgid", "-u", "--uid"]) != nil
            let sets = args.hasOptionKey(["-c", "--class", "-n", "--classdata"]) != nil
                || args.items.contains { $0.isStatic && ($0.text.utf8HasPrefix("-c") || $0.text.utf8HasPrefix("-n")) && $0.text.utf8.count > 2 }
            return target && sets ? ("processes.ionice.set", "`ionice -p` sets the I/O priority of processes that are already running") : nil
        default:
            return nil
        }
    }
}
