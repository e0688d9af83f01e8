/// git: reading history is allowed; what could run programs, print
/// credentials or write files hides in options.
///
/// Global options come before the verb and mean something else after it:
/// `git -p log` runs the pager (review) while `git log -p` shows patches;
/// `git -c key=value` is fine unless the key holds a command (the engine
/// judges those values: `core.pager`, `alias.*`, `core.sshCommand`...);
/// `--exec-path=DIR` replaces git's own programs (block). Read verbs can still
/// write (`diff --output`, `format-patch`) or run configured helpers
/// (`--ext-diff`, `--textconv`, `grep -O`, `difftool`). Writes, pushes and
/// history rewrites are in `Git+History.swift`.
enum Git {
    /// Options that take a separate value, global (`-C`, `-c`, `--git-dir`...) and
    /// per verb. `-f`, `-u`, `-n`, `-p`, `-d`, `-s`, `-t` are left out: they are
    /// flags for the verbs whose positionals the rules read (`push -f`, `push -u`).
    static let valueOptions: Set<String> = [
        // global
        "-C", "-c", "--git-dir", "--work-tree", "--namespace", "--config-env", "--super-prefix", "--attr-source",
        // per verb
        "-m", "-F", "-b", "-B", "-o", "-X", "-x", "-e", "-L", "-G", "--message", "--file", "--strategy", "--strategy-option",
        "--onto", "--author", "--date", "--grep", "--since", "--until", "--after", "--before", "--depth", "--branch",
        "--origin", "--reference", "--template", "--separate-git-dir", "--upload-pack", "--receive-pack", "--exec",
        "--push-option", "--repo", "--contains", "--no-contains", "--merged", "--no-merged", "--points-at", "--sort",
        "--set-upstream-to", "--reuse-message", "--reedit-message", "--fixup", "--squash", "--trailer", "--cleanup",
        "--pathspec-from-file", "--output", "--output-directory", "--type", "--default", "--blob", "--comment",
        "--expire", "--expire-unreachable", "--max-count", "--skip", "--diff-filter", "--jobs", "-j", "--filter",
        "--shallow-since", "--shallow-exclude", "--refmap", "--server-option", "--config", "--format", "--source",
        "--remote", "--prefix", "--local-user", "--committer", "--encoding", "--abbrev-commit-length",
    ]

    static let sensitiveRead = RuleEffect(risk: .readOnly, verdict: .review)

    /// Verbs that only read the repository (subcommand-specific write and run
    /// options are separate rules).
    static let readVerbs: [[String]] = [
        ["status"], ["log"], ["diff"], ["show"], ["rev-parse"], ["ls-files"], ["ls-tree"], ["ls-remote"], ["blame"],
        ["annotate"], ["grep"], ["describe"], ["shortlog"], ["cat-file"], ["show-ref"], ["for-each-ref"], ["merge-base"],
        ["name-rev"], ["rev-list"], ["count-objects"], ["fsck"], ["whatchanged"], ["cherry"], ["range-diff"], ["version"],
        ["help"], ["show-branch"], ["diff-tree"], ["diff-index"], ["diff-files"], ["check-ignore"], ["check-attr"],
        ["check-mailmap"], ["check-ref-format"], ["var"], ["verify-commit"], ["verify-tag"], ["verify-pack"],
        ["get-tar-commit-id"], ["request-pull"], ["merge-tree"], ["column"], ["stripspace"], ["show-index"],
        ["reflog", "show"], ["reflog", "exists"], ["stash", "list"], ["stash", "show"], ["worktree", "list"],
        ["submodule", "status"], ["submodule", "summary"], ["bisect", "log"], ["bisect", "visualize"], ["bisect", "view"],
        ["remote", "show"], ["remote", "get-url"], ["notes", "list"], ["notes", "show"], ["sparse-checkout", "list"],
        ["bundle", "verify"], ["bundle", "list-heads"], ["lfs", "ls-files"], ["lfs", "status"], ["lfs", "env"],
        ["lfs", "version"], ["lfs", "logs"], ["lfs", "locks"], ["archive"],
    ]

    /// Verbs that print `--output`-able diffs and honour `--ext-diff`/`--textconv`.
    static let diffVerbs: [[String]] = [
        ["diff"], ["log"], ["show"], ["whatchanged"], ["diff-tree"], ["diff-index"], ["diff-files"], ["range-diff"],
        ["format-patch"], ["stash", "show"], ["cat-file"], ["blame"], ["annotate"], ["grep"],
    ]

    static let configReadOptions = ["--get", "--get-all", "--get-regexp", "--get-urlmatch", "--get-color", "--get-colorbool", "--list", "-l"]
    static let configWriteOptions = ["--add", "--unset", "--unset-all", "--replace-all", "--rename-section", "--remove-section", "-e", "--edit"]

    /// `git config` that reads: a read option, the `get`/`list` verbs, or a single key.
    static let configRead: ArgCondition = .all([
        .any([.option(configReadOptions), .positionalCount(0...1), .positional(0, .equals(["get", "list"]))]),
        .not(.option(configWriteOptions)),
        .not(.positional(0, .equals(["set", "unset", "rename-section", "remove-section", "edit"]))),
    ])

    static let configWrite: ArgCondition = .any([
        .option(configWriteOptions),
        .positional(0, .equals(["set", "unset", "rename-section", "remove-section", "edit"])),
        .all([.positionalCount(2...64), .not(.option(configReadOptions)), .not(.positional(0, .equals(["get", "list"])))]),
    ])

    /// Configuration keys whose values are commands git runs later, or that
    /// redirect where it fetches from or what configuration it loads.
    static let commandKeys = [
        "core.pager", "core.editor", "core.sshcommand", "core.fsmonitor", "core.hookspath", "core.askpass", "core.gitproxy",
        "diff.external", "textconv", ".command", ".driver", "filter.", "credential.helper", ".helper", "program",
        "sequence.editor", "pager.", "alias.", "uploadpack.", ".uploadpack", ".receivepack", "web.browser", ".cmd",
        "sendemail.", "receive.procreceiverefs", "protocol.", "ssh.variant", "insteadof", "include.", "includeif.",
        "safe.directory", "http.proxy", "core.worktree", "alternaterefscommand", "templatedir", ".update",
    ]

    static func rule(
        _ what: String, _ subcommands: [[String]], when: ArgCondition = .always, unless: ArgCondition? = nil,
        _ effect: RuleEffect, _ message: String, examples: [String], counterexamples: [String] = []
    ) -> CatalogRule {
        CatalogRule(
            id: "git.git.\(what)", commands: ["git"], subcommands: subcommands, when: when, unless: unless,
            effect: effect, message: message, examples: examples, counterexamples: counterexamples)
    }

    static let family = CatalogFamily(
        syntaxes: [
            .reviewed(["git"], .git, "an unknown git subcommand or alias; its effect is unknown", valueOptions: valueOptions),
        ],
        rules: [
            rule(
                "usage", [], when: .positionalCount(0...0), .readOnly, "prints usage, the version or git's paths",
                examples: ["git", "git --version", "git --exec-path", "git --help"], counterexamples: ["git status"]),
            rule(
                "read", readVerbs, .readOnly, "reads the repository",
                examples: ["git status", "git log --oneline -20", "git diff HEAD~1", "git show HEAD:app.conf", "git log -p -1",
                           "git -C /srv/app status", "git --no-pager log --stat", "git blame -L 10,20 main.go", "git ls-remote origin",
                           "git diff $(git merge-base main HEAD)", "git stash list", "git reflog show", "git -C /etc log -3"],
                counterexamples: ["git push", "git commit -m x"]),
            rule(
                "dry-run", [["fetch"], ["add"], ["mv"], ["rm"], ["prune"], ["remote", "prune"], ["worktree", "prune"]],
                when: .all([.argument(0, .equals(["fetch", "add", "mv", "rm", "prune", "remote", "worktree"])), .option(["--dry-run"])]),
                .readOnly, "`--dry-run` reports what the command would fetch, add, move or remove, and changes nothing",
                examples: ["git fetch --dry-run", "git fetch --dry-run origin main", "git add --dry-run .", "git remote prune origin --dry-run",
                           "git rm -r --dry-run build/"],
                counterexamples: ["git fetch origin", "git pull --dry-run", "git -C /srv/app add --dry-run ."]),
            rule(
                "listing",
                [["reflog"], ["worktree"], ["submodule"], ["remote"], ["notes"], ["bisect"]], when: .positionalCount(0...0),
                .readOnly, "without a subcommand, lists reflog entries, worktrees, submodules, remotes or notes",
                examples: ["git reflog", "git remote -v", "git submodule", "git worktree"], counterexamples: ["git remote add up https://x/y.git"]),
            rule(
                "config-override", [], when: .beforePositional(0, .option(["-c", "--config-env"])), .readOnly,
                "`-c key=value` sets configuration for this run (values of keys that run commands are judged as commands)",
                examples: ["git -c color.ui=never log --oneline", "git -c core.quotepath=off status", "git -c user.name=ci commit -m x"],
                counterexamples: ["git log -c", "git status"]),
            rule(
                "config-override-indirect", [],
                when: .beforePositional(0, .optionValue(["-c", "--config-env"], .containsCaseInsensitive(["include.", "includeif.", "init.templatedir", "submodule.", "core.alternaterefscommand"]))),
                .review, "`-c` loads another configuration file or hook templates, or sets a command the engine does not read (`submodule.*.update=!cmd`)",
                examples: ["git -c include.path=/tmp/x.cfg log", "git -c submodule.lib.update='!sh x.sh' submodule update", "git -c init.templateDir=/tmp/t clone https://x/y.git"],
                counterexamples: ["git -c color.ui=never log"]),
            rule(
                "help-browser", [["help"]], when: .option(["-w", "--web"]), .review, "`help --web` opens a browser (`web.browser`, `$BROWSER`)",
                examples: ["git help -w log"], counterexamples: ["git help log"]),
            rule(
                "paginate", [], when: .beforePositional(0, .option(["-p", "--paginate"])), .review,
                "`git -p` runs the configured pager (`core.pager`, `$PAGER`), which can be any program",
                examples: ["git -p log", "git --paginate diff", "git -C repo -p show"], counterexamples: ["git log -p", "git show -p HEAD", "git --no-pager log"]),
            rule(
                "exec-path", [], when: .beforePositional(0, .anyArgument(.prefix(["--exec-path="]))), .block,
                "`--exec-path=DIR` makes git run its sub-programs from DIR: any code",
                examples: ["git --exec-path=/tmp/x status", "git --exec-path=. log"], counterexamples: ["git --exec-path", "git status"]),
            rule(
                "output-file", diffVerbs, when: .option(["--output", "--output-directory", "-o"]),
                .safeWrite, "writes the output to a file",
                examples: ["git diff --output=changes.patch", "git log -p --output out.txt", "git format-patch -o patches/ HEAD~3"],
                counterexamples: ["git diff --stat"]),
            rule(
                "output-protected", diffVerbs + [["archive"]],
                when: .any([
                    .optionValue(["--output", "-o", "--output-directory"], .path(.protectedFile)),
                    .optionValue(["--output", "-o", "--output-directory"], .path(.systemTree)),
                    .optionValue(["--output", "-o", "--output-directory"], .path(.blockDevice)),
                ]),
                .block, "writes its output over an account, privilege, boot or device file or a system tree",
                examples: ["git log --output=/etc/passwd", "git archive -o /dev/sda HEAD"], counterexamples: ["git log --output=log.txt"]),
            rule(
                "output-system", diffVerbs + [["archive"]], when: .optionValue(["--output", "-o", "--output-directory"], .path(.systemFile)),
                .criticalWrite, "writes its output into a system file",
                examples: ["git diff --output=/etc/cron.d/job"], counterexamples: ["git diff --output=x.patch"]),
            rule(
                "external-helpers", diffVerbs, when: .option(["--ext-diff", "--textconv", "--filters"]), .review,
                "`--ext-diff`/`--textconv`/`--filters` run programs configured in the repository",
                examples: ["git diff --ext-diff", "git show --textconv HEAD:img.png", "git cat-file --filters HEAD:a.txt"],
                counterexamples: ["git diff --no-ext-diff", "git log --no-textconv -p"]),
            rule(
                "grep-pager", [["grep"]], when: .anyArgument(.prefix(["-O", "--open-files-in-pager"])), .review,
                "`grep -O` opens the matching files in a pager or editor, which can be any program",
                examples: ["git grep -O TODO", "git grep --open-files-in-pager=vim foo", "git grep -Ovim foo"], counterexamples: ["git grep -n TODO"]),
            rule(
                "tools", [["difftool"], ["mergetool"], ["bisect", "run"], ["submodule", "foreach"], ["instaweb"], ["gui"], ["citool"], ["for-each-repo"]],
                .review, "runs an external tool or a command that is not analysed",
                examples: ["git difftool HEAD~1", "git mergetool", "git bisect run make test", "git submodule foreach 'git pull'"],
                counterexamples: ["git diff"]),
            rule(
                "archive-file", [["archive"]], when: .option(["-o", "--output"]), .safeWrite, "writes an archive file",
                examples: ["git archive -o release.tar.gz HEAD"], counterexamples: ["git archive HEAD | tar -t"]),
            rule(
                "fsck-write", [["fsck"]], when: .option(["--lost-found"]), .safeWrite, "`fsck --lost-found` writes dangling objects into .git/lost-found",
                examples: ["git fsck --lost-found"], counterexamples: ["git fsck --full"]),
            rule(
                "format-patch", [["format-patch"]], unless: .option(["--stdout"]), .safeWrite, "writes one patch file per commit",
                examples: ["git format-patch HEAD~3"], counterexamples: ["git format-patch --stdout HEAD~1"]),
            rule(
                "format-patch-stdout", [["format-patch"]], when: .option(["--stdout"]), .readOnly, "prints patches to standard output",
                examples: ["git format-patch --stdout HEAD~1"], counterexamples: ["git format-patch HEAD~3"]),
            // Branches and tags: listing vs creating.
            rule(
                "branch-list", [["branch"]],
                when: .any([
                    .positionalCount(0...0),
                    .option(["--list", "-l", "--contains", "--no-contains", "--merged", "--no-merged", "--points-at", "--show-current"]),
                ]),
                unless: Git.branchWrite, .readOnly, "lists branches",
                examples: ["git branch", "git branch -a", "git branch -vv", "git branch --show-current", "git branch -r --contains abc123",
                           "git branch --list 'release/*'", "git branch --merged main"],
                counterexamples: ["git branch feature-x", "git branch -D old"]),
            rule(
                "branch-change", [["branch"]],
                when: .any([Git.branchWrite, .all([
                    .positionalCount(1...64),
                    .not(.option(["--list", "-l", "--contains", "--no-contains", "--merged", "--no-merged", "--points-at", "--show-current"])),
                ])]),
                .safeWrite, "creates, renames, moves or deletes branches, or sets their upstream",
                examples: ["git branch feature-x", "git branch -m old new", "git branch -u origin/main", "git branch -d merged-feature",
                           "git branch -f main origin/main"],
                counterexamples: ["git branch -a"]),
            rule(
                "tag-list", [["tag"]],
                when: .any([
                    .positionalCount(0...0), .option(["-l", "--list", "--contains", "--no-contains", "--merged", "--no-merged", "--points-at", "-v", "--verify"]),
                    .anyArgument(.prefix(["-n"])),
                ]),
                unless: Git.tagWrite, .readOnly, "lists or verifies tags",
                examples: ["git tag", "git tag -l 'v1.*'", "git tag --contains HEAD", "git tag -n5", "git tag -v v1.2.0"],
                counterexamples: ["git tag v1.3.0", "git tag -d v1.0"]),
            rule(
                "tag-create", [["tag"]], when: .any([Git.tagWrite, .all([
                    .positionalCount(1...64), .not(.option(["-l", "--list", "--contains", "--no-contains", "--merged", "--no-merged", "--points-at", "-v", "--verify"])),
                    .not(.anyArgument(.prefix(["-n"]))),
                ])]),
                .safeWrite, "creates or deletes tags",
                examples: ["git tag v1.3.0", "git tag -a v1.3.0 -m 'release 1.3.0'", "git tag -s v2.0 -m v2"], counterexamples: ["git tag -l"]),
            // git config
            rule(
                "config-read", [["config", "get"], ["config", "list"], ["config"]], when: Git.configRead, .readOnly, "reads git configuration",
                examples: ["git config --get user.email", "git config --list", "git config -l --show-origin", "git config user.name",
                           "git config --global --get core.editor", "git config get user.name", "git config list"],
                counterexamples: ["git config user.name Alice", "git config --unset user.name"]),
            rule(
                "config-secret", [["config", "get"], ["config", "list"], ["config"]],
                when: .all([Git.configRead, .anyPositional(.containsCaseInsensitive(["credential", "extraheader", "password", "token", "secret"]))]),
                Git.sensitiveRead, "prints credential settings or tokens stored in the configuration",
                examples: ["git config --get credential.helper", "git config --get-regexp credential", "git config --get http.https://github.com/.extraheader"],
                counterexamples: ["git config --get user.email"]),
            rule(
                "config-write", [["config"]], when: Git.configWrite, .safeWrite, "changes the repository's git configuration",
                examples: ["git config user.name 'CI Bot'", "git config --unset core.autocrlf", "git config set pull.rebase true", "git config --add remote.origin.fetch '+refs/pull/*'"],
                counterexamples: ["git config --get user.name", "git config user.name"]),
            rule(
                "config-write-global", [["config"]], when: .all([Git.configWrite, .option(["--global", "--system"])]), .criticalWrite,
                "changes the user's or the whole system's git configuration (every repository)",
                examples: ["git config --global user.name Bob", "git config --system core.autocrlf false"], counterexamples: ["git config --global --list"]),
            rule(
                "config-write-command", [["config"]], when: .all([Git.configWrite, .anyPositional(.containsCaseInsensitive(Git.commandKeys))]), .criticalWrite,
                "stores a command git will run later (pager, editor, hooks path, alias, filter, credential helper...) or redirects its sources",
                examples: ["git config core.pager 'less -R'", "git config alias.co checkout", "git config core.hooksPath .githooks",
                           "git config --global url.git@github.com:.insteadOf https://github.com/"],
                counterexamples: ["git config user.email a@b.c"]),
            rule(
                "credential-fill", [["credential", "fill"], ["credential-store", "get"], ["credential-cache", "get"]], Git.sensitiveRead,
                "`git credential fill` prints a stored username and password",
                examples: ["printf 'protocol=https\\nhost=github.com\\n' | git credential fill"], counterexamples: ["git credential approve"]),
        ])

    static let branchWrite: ArgCondition = .any([
        // Not `-c`/`-C` (copy): they would match git's global `-c`/`-C`; a copy has
        // a positional name, which makes it a change anyway.
        .shortFlag("d"), .shortFlag("D"), .shortFlag("m"), .shortFlag("M"), .shortFlag("u"), .shortFlag("f"), .shortFlag("t"),
        .option(["--delete", "--move", "--copy", "--set-upstream-to", "--unset-upstream", "--edit-description", "--force",
                 "--track", "--no-track", "--create-reflog", "--set-upstream"]),
    ])

    static let tagWrite: ArgCondition = .any([
        .shortFlag("d"), .shortFlag("a"), .shortFlag("s"), .shortFlag("u"), .shortFlag("f"), .shortFlag("m"), .shortFlag("F"),
        .option(["--delete", "--annotate", "--sign", "--local-user", "--force", "--message", "--file", "--create-reflog", "-e", "--edit"]),
    ])
}
