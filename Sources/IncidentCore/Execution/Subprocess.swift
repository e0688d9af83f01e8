#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs one program with `posix_spawn` in a process group of its own, stdin
/// from /dev/null, stdout and stderr captured up to a limit (the rest is read
/// and dropped so the child never blocks on a full pipe), and a deadline after
/// which the whole group gets SIGTERM and, after a grace period, SIGKILL.
/// Blocking; call it through ``BlockingThread``. Internal.
enum Subprocess {
    struct Outcome: Sendable {
        var exitStatus: Int32?
        var signal: Int32?
        var standardOutput: [UInt8] = []
        var standardError: [UInt8] = []
        var truncated = false
        var timedOut = false
        var spawnError: String?
    }

    static func run(
        _ arguments: [String], environment: [String: String], timeout: Double, outputLimit: Int,
        killGrace: Double = 2
    ) -> Outcome {
        var outcome = Outcome()
        var outPipe: [Int32] = [-1, -1]
        var errPipe: [Int32] = [-1, -1]
        guard makePipe(&outPipe) else { return failed("pipe", &outcome) }
        guard makePipe(&errPipe) else {
            close(outPipe[0]); close(outPipe[1])
            return failed("pipe", &outcome)
        }
        let devNull = open("/dev/null", O_RDONLY | O_CLOEXEC)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if devNull >= 0 { posix_spawn_file_actions_adddup2(&actions, devNull, 0) }
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for s in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD] { sigaddset(&defaults, s) }
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        close(outPipe[1])
        close(errPipe[1])
        if devNull >= 0 { close(devNull) }
        guard rc == 0 else {
            close(outPipe[0]); close(errPipe[0])
            outcome.spawnError = "cannot start \(arguments[0]): \(POSIXFile.describe(rc))"
            return outcome
        }

        let deadline = MonotonicTime.seconds() + timeout
        var killAt: Double?  // when SIGKILL follows the SIGTERM
        var fds = [pollfd(fd: outPipe[0], events: Int16(POLLIN), revents: 0), pollfd(fd: errPipe[0], events: Int16(POLLIN), revents: 0)]
        var status: Int32 = 0
        var exited = false
        var chunk = [UInt8](repeating: 0, count: 1 << 16)

        func terminate(now: Double) {
            if killAt == nil {
                outcome.timedOut = true
                kill(-pid, SIGTERM)
                killAt = now + killGrace
            } else if let k = killAt, now >= k {
                kill(-pid, SIGKILL)
                killAt = .infinity
            }
        }

        while true {
            let now = MonotonicTime.seconds()
            if !exited, waitpid(pid, &status, WNOHANG) == pid { exited = true }
            let open = fds.contains { $0.fd >= 0 }
            if exited && !open { break }
            if now >= deadline { terminate(now: now) }
            // Once the group is killed, stop waiting for pipes a detached grandchild may hold.
            if exited, let k = killAt, k == .infinity || now >= k { break }
            let wait = min(0.05, max(0.001, (killAt ?? deadline) - now))
            if open {
                _ = poll(&fds, nfds_t(fds.count), Int32(wait * 1000))
                for i in fds.indices where fds[i].fd >= 0 && fds[i].revents != 0 {
                    let n = chunk.withUnsafeMutableBytes { read(fds[i].fd, $0.baseAddress, $0.count) }
                    if n > 0 {
                        let room = max(0, outputLimit - (i == 0 ? outcome.standardOutput.count : outcome.standardError.count))
                        if i == 0 {
                            outcome.standardOutput.append(contentsOf: chunk[0..<min(n, room)])
                        } else {
                            outcome.standardError.append(contentsOf: chunk[0..<min(n, room)])
                        }
                        if n > room { outcome.truncated = true }
                    } else if n == 0 || (errno != EINTR && errno != EAGAIN) {
                        close(fds[i].fd)
                        fds[i].fd = -1
                    }
                }
            } else {
                usleep(useconds_t(wait * 1_000_000))
            }
        }
        for f in fds where f.fd >= 0 { close(f.fd) }
        if !exited { _ = waitpid(pid, &status, 0) }
        if status & 0x7f == 0 {
            outcome.exitStatus = (status >> 8) & 0xff
        } else {
            outcome.signal = status & 0x7f
        }
        return outcome
    }

    typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
    /// glibc's `pipe2`, which the Glibc module does not export (it needs
    /// `_GNU_SOURCE`): creating both ends close-on-exec atomically keeps them
    /// out of processes other threads spawn meanwhile.
    static let pipe2: Pipe2? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "pipe2").map {
        unsafeBitCast($0, to: Pipe2.self)
    }

    static func makePipe(_ fds: inout [Int32]) -> Bool {
        if let pipe2 {
            return fds.withUnsafeMutableBufferPointer { pipe2($0.baseAddress!, O_CLOEXEC) } == 0
        }
        guard pipe(&fds) == 0 else { return false }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return true
    }

    private static func failed(_ what: String, _ outcome: inout Outcome) -> Outcome {
        outcome.spawnError = "\(what): \(POSIXFile.describe(errno))"
        return outcome
    }
}
