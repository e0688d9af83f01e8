private typealias Rules = RuleVocabulary

/// Terminal multiplexers: tmux (`screen` is a wrapper, `Wrappers.swift`).
///
/// Listing sessions, windows, panes and options only reads. Starting a session, window or
/// pane is a safe write; the command it runs (`tmux new -d 'CMD'`, `send-keys 'CMD' Enter`)
/// is judged as a shell line by the wrapper table. Killing the server, a session, a window
/// or a pane stops every program in it: a critical write.
extension ProcessesFamily {
    static let tmuxValueOptions: Set<String> = ["-c", "-e", "-F", "-n", "-s", "-t", "-x", "-y", "-f", "-l", "-T", "-w", "-S", "-L"]

    static let sessions = CatalogFamily(
        syntaxes: [
            .reviewed(["tmux"], .processes, "controls tmux sessions", valueOptions: tmuxValueOptions),
        ],
        rules: [
            CatalogRule(
                id: "processes.tmux.read", commands: ["tmux"],
                subcommands: Rules.words(["ls", "list-sessions", "list-windows", "lsw", "list-panes", "lsp", "list-clients", "lsc", "list-commands",
                                          "lscm", "list-keys", "lsk", "list-buffers", "lsb", "show-options", "show", "show-window-options", "showw",
                                          "has-session", "has", "display-message", "display", "capture-pane", "capturep", "show-buffer", "showb",
                                          "info", "server-info", "show-messages", "showmsgs"]),
                unless: .option(["-b"]),
                effect: .readOnly, message: "lists tmux sessions, windows, panes, keys or options, or prints a pane",
                examples: ["tmux ls", "tmux list-sessions", "tmux list-panes -a", "tmux capture-pane -p -t work", "tmux display-message -p '#S'"],
                counterexamples: ["tmux kill-server", "tmux new -s work"]),
            CatalogRule(
                id: "processes.tmux.version", commands: ["tmux"], when: .all([.positionalCount(0...0), .option(["-V"])]),
                effect: .readOnly, message: "prints the version",
                examples: ["tmux -V"], counterexamples: ["tmux"]),
            CatalogRule(
                id: "processes.tmux.start", commands: ["tmux"],
                subcommands: Rules.words(Wrappers.tmuxShellCommands + ["attach-session", "attach", "a", "detach-client", "detach", "rename-session",
                                                                       "rename", "rename-window", "renamew", "select-window", "selectw",
                                                                       "select-pane", "selectp", "source-file", "source", "set-option", "set",
                                                                       "set-window-option", "setw", "bind-key", "bind", "set-environment",
                                                                       "setenv", "resize-pane", "resizep", "swap-pane", "swapp"]),
                effect: .safeWrite, message: "starts or changes a tmux session, window or pane (a command it runs is judged as a shell line)",
                examples: ["tmux new -s work", "tmux new-session -d -s build 'make -j8'", "tmux send-keys -t work 'uptime' Enter", "tmux attach -t work"],
                counterexamples: ["tmux ls"]),
            CatalogRule(
                id: "processes.tmux.kill", commands: ["tmux"],
                subcommands: Rules.words(["kill-server", "kill-session", "kill-window", "killw", "kill-pane", "killp"]),
                effect: .criticalWrite, message: "kills tmux sessions, windows or panes and every program running in them",
                examples: ["tmux kill-server", "tmux kill-session -t work"], counterexamples: ["tmux ls"]),
        ])
}
