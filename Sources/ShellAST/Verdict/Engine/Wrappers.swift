/// How a wrapper program (`sudo`, `timeout`, `nice`...) finds the command it runs.
struct WrapperSpec: Sendable {
    /// Options that take a separate value (`-u root`, `-n 10`).
    var valueOptions: Set<String> = []
    /// Positional arguments before the command (`timeout DURATION`, `chroot DIR`).
    var leadingPositionals = 0
    /// Options whose value is a shell command string (`su -c 'CMD'`, `flock -c`).
    var commandStringOptions: Set<String> = []
    /// Options after which no command runs (`sudo -l`, `command -v`): read-only.
    var inspectOptions: Set<String> = []
    /// Whether the wrapper starts an interactive shell when no command is given.
    var shellWithoutCommand = false
    /// Whether `NAME=value` arguments before the command set its environment (`env`).
    var takesAssignments = false
    /// What the wrapper itself does, when it matters (entering namespaces, changing root).
    var effect: (rule: String, risk: RiskClass, message: String)? = nil
    /// Options whose value is a file the wrapper writes (`strace -o FILE`).
    var outputFileOptions: Set<String> = []
}

/// The wrappers the engine unwraps, with knowledge of their options.
enum Wrappers {
    static let specs: [String: WrapperSpec] = {
        var s: [String: WrapperSpec] = [:]
        let sudo = WrapperSpec(
            valueOptions: ["-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-T", "-U", "--user", "--group", "--close-from",
                           "--chdir", "--host", "--prompt", "--role", "--type", "--command-timeout", "--other-user"],
            inspectOptions: ["-l", "--list", "-v", "--validate", "-k", "-K", "--reset-timestamp", "--remove-timestamp", "-V", "--version", "-h", "--help"],
            shellWithoutCommand: true)
        s["sudo"] = sudo
        s["doas"] = WrapperSpec(valueOptions: ["-u", "-C"], inspectOptions: ["-C", "-L"], shellWithoutCommand: true)
        s["pkexec"] = WrapperSpec(valueOptions: ["--user"], inspectOptions: ["--version", "--help"], shellWithoutCommand: true)
        s["su"] = WrapperSpec(
            valueOptions: ["-s", "--shell", "-g", "--group", "-G", "--supp-group", "-w", "--whitelist-environment"],
            commandStringOptions: ["-c", "--command", "--session-command"], shellWithoutCommand: true)
        s["runuser"] = WrapperSpec(
            valueOptions: ["-u", "--user", "-s", "--shell", "-g", "--group", "-G", "--supp-group", "-w"],
            commandStringOptions: ["-c", "--command", "--session-command"], shellWithoutCommand: true)
        s["sg"] = WrapperSpec(commandStringOptions: ["-c"], shellWithoutCommand: true)
        s["env"] = WrapperSpec(
            valueOptions: ["-u", "--unset", "-C", "--chdir", "-P", "--block-signal", "--default-signal", "--ignore-signal"],
            commandStringOptions: ["-S", "--split-string"], inspectOptions: ["--help", "--version"], takesAssignments: true)
        s["nohup"] = WrapperSpec()
        s["timeout"] = WrapperSpec(valueOptions: ["-s", "--signal", "-k", "--kill-after"], leadingPositionals: 1)
        s["nice"] = WrapperSpec(valueOptions: ["-n", "--adjustment"])
        s["ionice"] = WrapperSpec(valueOptions: ["-c", "--class", "-n", "--classdata", "-p", "--pid", "-P", "--pgid", "-u", "--uid"])
        s["time"] = WrapperSpec(valueOptions: ["-f", "--format", "-o", "--output"], outputFileOptions: ["-o", "--output"])
        s["stdbuf"] = WrapperSpec(valueOptions: ["-i", "-o", "-e", "--input", "--output", "--error"])
        s["setsid"] = WrapperSpec()
        s["strace"] = WrapperSpec(
            valueOptions: ["-o", "-e", "-p", "-s", "-u", "-E", "-P", "-I", "-b", "-O", "-a", "-X", "--output", "--attach", "--user", "--env"],
            effect: (rule: "wrapper.trace", risk: .readOnly, message: "traces the command's system calls"),
            outputFileOptions: ["-o", "--output"])
        s["ltrace"] = WrapperSpec(
            valueOptions: ["-o", "-e", "-p", "-s", "-u", "-n", "-l", "-A", "-D", "-F", "--output"],
            effect: (rule: "wrapper.trace", risk: .readOnly, message: "traces the command's library calls"),
            outputFileOptions: ["-o", "--output"])
        s["chroot"] = WrapperSpec(
            valueOptions: ["--userspec", "--groups"], leadingPositionals: 1, shellWithoutCommand: true,
            effect: (rule: "wrapper.chroot", risk: .criticalWrite, message: "runs the command inside another root directory"))
        s["nsenter"] = WrapperSpec(
            valueOptions: ["-t", "--target", "-S", "--setuid", "-G", "--setgid"], shellWithoutCommand: true,
            effect: (rule: "wrapper.nsenter", risk: .criticalWrite, message: "enters another process's namespaces (often the host's)"))
        s["unshare"] = WrapperSpec(
            valueOptions: ["--setgroups", "--propagation", "--map-user", "--map-group", "-S", "--setuid", "-G", "--setgid", "-R", "--root", "-w", "--wd"],
            shellWithoutCommand: true,
            effect: (rule: "wrapper.unshare", risk: .safeWrite, message: "runs the command in new namespaces"))
        s["flock"] = WrapperSpec(
            valueOptions: ["-w", "--wait", "--timeout", "-E", "--conflict-exit-code"], leadingPositionals: 1,
            commandStringOptions: ["-c", "--command"])
        s["command"] = WrapperSpec(inspectOptions: ["-v", "-V"])
        s["builtin"] = WrapperSpec()
        s["exec"] = WrapperSpec(valueOptions: ["-a"])
        s["busybox"] = WrapperSpec(inspectOptions: ["--list", "--list-full", "--help"])
        s["taskset"] = WrapperSpec(valueOptions: ["-c", "--cpu-list"], leadingPositionals: 1)
        s["chrt"] = WrapperSpec(leadingPositionals: 1)
        s["numactl"] = WrapperSpec(
            valueOptions: ["-N", "--cpunodebind", "-m", "--membind", "-C", "--physcpubind", "-p", "--preferred", "-i", "--interleave"])
        s["systemd-run"] = WrapperSpec(
            valueOptions: ["-p", "--property", "-u", "--unit", "--description", "--slice", "-E", "--setenv", "--uid", "--gid",
                           "--nice", "--working-directory", "-M", "--machine", "-H", "--host", "--on-calendar", "--on-active",
                           "--on-boot", "--on-startup", "--on-unit-active", "--on-unit-inactive", "--timer-property", "--path-property",
                           "--socket-property", "--service-type"],
            effect: (rule: "wrapper.systemd-run", risk: .safeWrite, message: "starts the command as a transient systemd unit"))
        s["sshpass"] = WrapperSpec(valueOptions: ["-p", "-f", "-d", "-P"])
        s["caffeinate"] = WrapperSpec(valueOptions: ["-t", "-w"])
        return s
    }()
}
