/// git writes: committing, branching, fetching and merging are safe writes;
/// publishing (`push`), discarding local work (`reset --hard`, `clean -f`,
/// `checkout -- .`, `restore`, `stash drop`, `branch -D`) and rewriting history
/// (`filter-branch`, `reflog expire`, `gc --prune=now`) are critical writes.
///
/// Blocked: force pushes that rewrite a protected branch (`main`, `master`,
/// `release/*`, `production`...; `+main`, `HEAD:main`, `refs/heads/main`),
/// `--mirror` pushes, force pushes of every branch, deleting a protected branch
/// on the remote, and pointing a work tree at the root or a system tree
/// (`git --work-tree=/ checkout -f`, `git -C /etc clean -fdx`). A force push
/// of any other branch is critical: the branch may be someone else's work, but
/// it is an everyday operation on a feature branch.
enum GitHistory {
    static let protectedBranches = ["main", "master", "trunk", "production", "prod", "develop", "stable", "live", "release"]

    /// A refspec whose destination is a protected branch.
    static let protectedRef: ArgCondition = .any([
        .anyPositional(.equals(protectedBranches + protectedBranches.map { "+" + $0 } + protectedBranches.map { ":" + $0 })),
        .anyPositional(.suffix(protectedBranches.map { ":" + $0 } + protectedBranches.map { "refs/heads/" + $0 })),
        .anyPositional(.prefix(["release/", "release-", "+release/", "+release-", ":release/", ":release-"])),
        .anyPositional(.contains([":release/", ":release-", "refs/heads/release/", "refs/heads/release-"])),
    ])

    static let forcePush: ArgCondition = .any([
        .option(["--force", "--force-with-lease", "--force-if-includes"]), .shortFlag("f"), .anyPositional(.prefix(["+"])),
    ])

    static let deletePush: ArgCondition = .any([.option(["--delete"]), .shortFlag("d"), .anyPositional(.prefix([":"]))])

    static let pushDryRun: ArgCondition = .option(["-n", "--dry-run"])

    static let cleanDryRun: ArgCondition = .any([.shortFlag("n"), .option(["--dry-run"])])
    static let cleanForce: ArgCondition = .any([.shortFlag("f"), .option(["--force"])])

    /// Verbs that write the work tree (`--work-tree` / `-C` decide where).
    static let workTreeVerbs: [[String]] = [
        ["checkout"], ["switch"], ["restore"], ["reset"], ["clean"], ["stash"], ["merge"], ["pull"], ["rebase"], ["cherry-pick"],
        ["revert"], ["am"], ["apply"], ["read-tree"], ["checkout-index"], ["sparse-checkout"], ["mv"], ["rm"], ["bisect"],
        ["submodule"], ["worktree"],
    ]

    static func sub(_ group: String, _ verbs: [String]) -> [[String]] { verbs.map { [group, $0] } }

    static func rule(
        _ what: String, _ subcommands: [[String]], when: ArgCondition = .always, unless: ArgCondition? = nil,
        _ effect: RuleEffect, _ message: String, examples: [String], counterexamples: [String] = []
    ) -> CatalogRule {
        Git.rule(what, subcommands, when: when, unless: unless, effect, message, examples: examples, counterexamples: counterexamples)
    }

    static let family = CatalogFamily(
        syntaxes: [],
        rules: [
            rule(
                "change",
                [["add"], ["commit"], ["checkout"], ["switch"], ["merge"], ["rebase"], ["cherry-pick"], ["revert"], ["pull"], ["fetch"],
                 ["init"], ["clone"], ["am"], ["gc"], ["prune"], ["repack"], ["mv"], ["rm"], ["reset"], ["update-index"], ["update-ref"],
                 ["read-tree"], ["write-tree"], ["commit-tree"], ["mktag"], ["mktree"], ["replace"], ["commit-graph"],
                 ["multi-pack-index"], ["pack-refs"], ["maintenance"], ["rerere"], ["merge-file"], ["unpack-objects"], ["index-pack"],
                 ["prune-packed"], ["checkout-index"], ["fast-import"], ["bugreport"], ["restore"], ["stash"]]
                    + sub("notes", ["add", "append", "copy", "edit", "merge", "remove", "prune"])
                    + sub("worktree", ["add", "move", "lock", "unlock", "repair", "prune", "remove"])
                    + sub("submodule", ["update", "init", "sync", "add", "set-branch", "set-url", "absorbgitdirs", "deinit"])
                    + sub("remote", ["add", "remove", "rm", "rename", "set-url", "set-head", "set-branches", "prune", "update"])
                    + sub("bisect", ["start", "good", "bad", "new", "old", "skip", "reset", "terms", "replay"])
                    + sub("sparse-checkout", ["set", "add", "init", "disable", "reapply"])
                    + sub("lfs", ["pull", "fetch", "install", "uninstall", "track", "untrack", "checkout", "push", "lock", "unlock", "dedup", "fsck"])
                    + sub("credential", ["approve", "reject"]) + sub("bundle", ["create", "unbundle"]),
                // `git stash` alone pushes; `git stash list|show` are read by `git.git.read`.
                // `--dry-run` (the long form: `-n` is `--no-tags` to fetch) only reports,
                // for the verbs written first.
                unless: .any([
                    .positional(0, .equals(["list", "show"])),
                    .all([.argument(0, .equals(["fetch", "add", "mv", "rm", "prune"])), .option(["--dry-run"])]),
                    .all([.argument(0, .equals(["remote", "worktree"])), .argument(1, .equals(["prune"])), .option(["--dry-run"])]),
                ]),
                .safeWrite, "changes the repository, the index or the work tree",
                examples: ["git add -A", "git commit -m 'fix: timeout'", "git checkout main", "git switch -c fix/timeout", "git pull --rebase",
                           "git fetch --all --prune", "git merge --no-ff feature", "git stash", "git stash pop", "git restore --staged app.conf",
                           "git clone https://github.com/org/repo.git", "git reset HEAD~1", "git remote add upstream https://x/y.git", "git gc"],
                counterexamples: ["git status", "git stash list", "git push", "git fetch --dry-run", "git add --dry-run .", "git remote prune origin --dry-run"]),
            rule(
                "hash-object", [["hash-object"]], when: .shortFlag("w"), .safeWrite, "`hash-object -w` writes an object into the repository",
                examples: ["git hash-object -w file.txt"], counterexamples: ["git hash-object file.txt"]),
            rule(
                "hash-object-read", [["hash-object"]], unless: .shortFlag("w"), .readOnly, "computes an object id",
                examples: ["git hash-object file.txt"], counterexamples: ["git hash-object -w file.txt"]),
            rule(
                "symbolic-ref-read", [["symbolic-ref"]], when: .positionalCount(0...1), unless: .option(["-d", "--delete", "-m"]), .readOnly,
                "prints what a symbolic ref points to",
                examples: ["git symbolic-ref HEAD", "git symbolic-ref --short refs/remotes/origin/HEAD"], counterexamples: ["git symbolic-ref HEAD refs/heads/main"]),
            rule(
                "symbolic-ref-write", [["symbolic-ref"]], when: .any([.positionalCount(2...64), .option(["-d", "--delete"])]), .safeWrite,
                "changes or deletes a symbolic ref",
                examples: ["git symbolic-ref HEAD refs/heads/main"], counterexamples: ["git symbolic-ref HEAD"]),
            rule(
                "apply-check", [["apply"]], when: .option(["--check", "--stat", "--numstat", "--summary"]),
                unless: .option(["--apply", "--index", "--cached", "-3", "--3way", "--reject"]), .readOnly, "checks or summarises a patch without applying it",
                examples: ["git apply --check fix.patch", "git apply --stat fix.patch"], counterexamples: ["git apply fix.patch"]),
            rule(
                "apply", [["apply"]],
                unless: .all([.option(["--check", "--stat", "--numstat", "--summary"]), .not(.option(["--apply", "--index", "--cached", "-3", "--3way", "--reject"]))]),
                .safeWrite, "applies a patch to the work tree or the index",
                examples: ["git apply fix.patch", "git apply --stat --apply fix.patch"], counterexamples: ["git apply --check fix.patch"]),
            rule(
                "clean", [["clean"]], unless: .any([cleanDryRun, cleanForce]), .safeWrite, "`git clean` without `-f` refuses to delete (unless `clean.requireForce` is off)",
                examples: ["git clean -d", "git clean -i"], counterexamples: ["git clean -n"]),
            rule(
                "clean-dry-run", [["clean"]], when: cleanDryRun, .readOnly, "`git clean -n` lists what would be deleted",
                examples: ["git clean -n", "git clean -fdxn", "git clean --dry-run -d"], counterexamples: ["git clean -fd"]),
            // Publishing.
            rule(
                "push", [["push"]], unless: pushDryRun, .criticalWrite, "publishes commits to a remote repository",
                examples: ["git push", "git push origin main", "git push -u origin feature/x", "git push --tags"], counterexamples: ["git push --dry-run"]),
            rule(
                "push-dry-run", [["push"]], when: pushDryRun, .readOnly, "`push --dry-run` shows what would be pushed",
                examples: ["git push --dry-run origin main", "git push -n --force origin main"], counterexamples: ["git push origin main"]),
            rule(
                "push-force", [["push"]], when: forcePush, unless: pushDryRun, .criticalWrite,
                "a force push replaces the remote branch: commits others pushed are lost",
                examples: ["git push --force origin feature/x", "git push -f", "git push --force-with-lease origin fix", "git push origin +fix"],
                counterexamples: ["git push origin main"]),
            rule(
                "push-force-protected", [["push"]], when: .all([forcePush, protectedRef]), unless: pushDryRun, .block,
                "force-pushes a protected branch (main, master, release...): rewrites shared history",
                examples: ["git push --force origin main", "git push -f origin master", "git push origin +main", "git push --force-with-lease origin HEAD:main",
                           "git push origin +HEAD:refs/heads/release/1.4", "git -C repo push -f origin production"],
                counterexamples: ["git push --force origin feature/main-menu", "git push origin main"]),
            rule(
                "push-force-all", [["push"]], when: .all([forcePush, .option(["--all", "--branches"])]), unless: pushDryRun, .block,
                "force-pushes every branch, protected ones included",
                examples: ["git push --all --force origin"], counterexamples: ["git push --all origin"]),
            rule(
                "push-mirror", [["push"]], when: .option(["--mirror"]), unless: pushDryRun, .block,
                "`push --mirror` makes the remote an exact copy: every remote branch and tag missing locally is deleted, the rest overwritten",
                examples: ["git push --mirror origin", "git push --mirror https://backup.example.com/repo.git"], counterexamples: ["git push --tags origin"]),
            rule(
                "push-delete", [["push"]], when: deletePush, unless: pushDryRun, .criticalWrite, "deletes a branch or tag on the remote",
                examples: ["git push origin --delete feature/x", "git push origin :feature/x", "git push -d origin v0.9"], counterexamples: ["git push origin feature/x"]),
            rule(
                "push-delete-protected", [["push"]], when: .all([deletePush, protectedRef]), unless: pushDryRun, .block,
                "deletes a protected branch (main, master, release...) on the remote",
                examples: ["git push origin --delete main", "git push origin :master", "git push -d origin release/2.1"],
                counterexamples: ["git push origin --delete feature/x"]),
            rule(
                "push-prune", [["push"]], when: .option(["--prune"]), unless: pushDryRun, .criticalWrite,
                "`push --prune` deletes remote branches that do not exist locally",
                examples: ["git push --prune origin 'refs/heads/*:refs/heads/*'"], counterexamples: ["git push origin main"]),
            // Discarding local work.
            rule(
                "reset-hard", [["reset"]], when: .option(["--hard"]), .criticalWrite,
                "`reset --hard` discards uncommitted changes and moves the branch",
                examples: ["git reset --hard", "git reset --hard origin/main", "git -C /srv/app reset --hard HEAD~1"], counterexamples: ["git reset --soft HEAD~1"]),
            rule(
                "clean-force", [["clean"]], when: cleanForce, unless: cleanDryRun, .criticalWrite,
                "`clean -f` deletes untracked files (`-x` ignored ones too, `-d` directories): they are not in git and cannot be recovered",
                examples: ["git clean -fd", "git clean -fdx", "git clean --force", "git clean -ffdx"], counterexamples: ["git clean -n", "git clean -fdn"]),
            rule(
                "clean-system-tree", [["clean"]], when: .all([cleanForce, .optionValue(["-C", "--work-tree"], .catastrophicPath)]), unless: cleanDryRun, .block,
                "deletes every untracked file of the root, a system tree or a home directory",
                examples: ["git -C /etc clean -fdx", "git --work-tree=/ clean -fd", "git -C ~ clean -fdx"], counterexamples: ["git -C /srv/app clean -fdx"]),
            rule(
                "work-tree-system", workTreeVerbs, when: .optionValue(["--work-tree"], .catastrophicPath), .block,
                "writes the repository's files over the root or a system tree (`--work-tree` points there)",
                examples: ["git --work-tree=/ checkout -f HEAD -- .", "git --git-dir=/tmp/x.git --work-tree=/etc reset --hard"],
                counterexamples: ["git --work-tree=/srv/site checkout -f", "git --work-tree=/ status"]),
            rule(
                "checkout-discard", [["checkout"]],
                when: .any([
                    .anyArgument(.equals(["--"])), .anyPositional(.equals([".", "./", "*", ":/", ":/."])),
                    .option(["-f", "--force", "--ours", "--theirs", "-p", "--patch", "--pathspec-from-file"]), .shortFlag("f"),
                ]),
                .criticalWrite, "overwrites files in the work tree with the index or a commit: local changes are lost",
                examples: ["git checkout -- .", "git checkout .", "git checkout -- app.conf", "git checkout -f main", "git checkout HEAD~2 -- src/"],
                counterexamples: ["git checkout main", "git checkout -b fix/x"]),
            rule(
                "switch-discard", [["switch"]], when: .option(["-f", "--force", "--discard-changes", "--force-create"]), .criticalWrite,
                "switches branches discarding local changes, or resets an existing branch",
                examples: ["git switch -f main", "git switch --discard-changes main"], counterexamples: ["git switch main"]),
            rule(
                "restore-worktree", [["restore"]], unless: .all([.option(["--staged", "-S"]), .not(.option(["--worktree", "-W"]))]), .criticalWrite,
                "`git restore` overwrites work-tree files: local changes are lost",
                examples: ["git restore .", "git restore app.conf", "git restore --source=HEAD~3 --staged --worktree src/"],
                counterexamples: ["git restore --staged app.conf"]),
            rule(
                "stash-drop", [["stash", "drop"], ["stash", "clear"]], .criticalWrite, "deletes stashed changes",
                examples: ["git stash drop", "git stash clear", "git stash drop stash@{2}"], counterexamples: ["git stash pop"]),
            rule(
                "branch-delete-force", [["branch"]],
                when: .any([.shortFlag("D"), .all([.any([.shortFlag("d"), .option(["--delete"])]), .any([.shortFlag("f"), .option(["--force"])])])]),
                .criticalWrite, "deletes branches even when their commits are not merged anywhere",
                examples: ["git branch -D feature/x", "git branch --delete --force old", "git branch -df tmp"], counterexamples: ["git branch -d merged"]),
            rule(
                "branch-overwrite", [["branch"]], when: .shortFlag("M"), .criticalWrite, "`branch -M` renames over an existing branch, which is lost",
                examples: ["git branch -M main"], counterexamples: ["git branch -m old new"]),
            rule(
                "tag-delete", [["tag"]], when: .any([.shortFlag("d"), .option(["--delete"])]), .criticalWrite, "deletes tags",
                examples: ["git tag -d v1.0.0", "git tag --delete v1 v2"], counterexamples: ["git tag v1.0.0"]),
            rule(
                "tag-force", [["tag"]], when: .any([.shortFlag("f"), .option(["--force"])]), .criticalWrite,
                "moves an existing tag (a release others may already have fetched)",
                examples: ["git tag -f v1.0.0", "git tag --force -a v2 -m v2"], counterexamples: ["git tag v1.0.1"]),
            rule(
                "rm-force", [["rm"]], when: .any([.shortFlag("f"), .option(["--force"])]), .criticalWrite,
                "`rm -f` deletes files even with uncommitted changes",
                examples: ["git rm -f app.conf", "git rm -rf build/"], counterexamples: ["git rm --cached secrets.txt"]),
            rule(
                "worktree-remove-force", [["worktree", "remove"]], when: .any([.shortFlag("f"), .option(["--force"])]), .criticalWrite,
                "removes a work tree with its uncommitted changes",
                examples: ["git worktree remove --force ../hotfix"], counterexamples: ["git worktree remove ../hotfix"]),
            rule(
                "submodule-deinit-force", [["submodule", "deinit"]], when: .option(["-f", "--force", "--all"]), .criticalWrite,
                "removes submodule work trees, with local changes",
                examples: ["git submodule deinit -f vendor/lib", "git submodule deinit --all"], counterexamples: ["git submodule deinit vendor/lib"]),
            // Rewriting history and dropping recovery data.
            rule(
                "rewrite-history",
                [["filter-branch"], ["filter-repo"], ["reflog", "expire"], ["reflog", "delete"], ["lfs", "migrate"], ["lfs", "prune"]],
                .criticalWrite, "rewrites history or deletes the reflog entries and objects that make mistakes recoverable",
                examples: ["git filter-branch --tree-filter 'rm -f secrets.txt' HEAD", "git filter-repo --path secrets.txt --invert-paths",
                           "git reflog expire --expire=now --all"],
                counterexamples: ["git reflog show"]),
            rule(
                "gc-prune-now", [["gc"]], when: .anyArgument(.prefix(["--prune=now", "--prune=all", "--prune=0"])), .criticalWrite,
                "`gc --prune=now` deletes unreachable objects immediately: lost commits cannot be recovered",
                examples: ["git gc --prune=now", "git gc --aggressive --prune=all"], counterexamples: ["git gc", "git gc --prune"]),
            rule(
                "checkout-index-force", [["checkout-index"]], when: .any([.shortFlag("f"), .option(["--force"])]), .criticalWrite,
                "`checkout-index -f` overwrites work-tree files with the index: local changes are lost",
                examples: ["git checkout-index -a -f"], counterexamples: ["git checkout-index -a"]),
            rule(
                "read-tree-reset", [["read-tree"]], when: .all([.option(["--reset"]), .shortFlag("u")]), .criticalWrite,
                "`read-tree --reset -u` overwrites the index and work tree: local changes are lost",
                examples: ["git read-tree -u --reset HEAD"], counterexamples: ["git read-tree HEAD"]),
            rule(
                "update-ref-delete", [["update-ref"]], when: .any([.shortFlag("d"), .option(["--delete"])]), .criticalWrite, "deletes a ref",
                examples: ["git update-ref -d refs/heads/old"], counterexamples: ["git update-ref refs/heads/x HEAD"]),
            // Running programs and sending data.
            rule(
                "rebase-exec", [["rebase"]], when: .option(["-x"]), .review, "`rebase -x` runs a command after each commit; it is not analysed",
                examples: ["git rebase -x 'make test' main"], counterexamples: ["git rebase main"]),
            rule(
                "upload-pack", [["clone"], ["ls-remote"], ["fetch"], ["pull"], ["archive"]], when: .option(["-u"]), .review,
                "`-u` (`--upload-pack`) runs the given program instead of git-upload-pack; it is not analysed",
                examples: ["git clone -u 'sh -c id' /srv/repo.git", "git ls-remote -u ./x.sh origin"], counterexamples: ["git clone https://x/y.git"]),
            rule(
                "template-hooks", [["clone"], ["init"]], when: .option(["--template"]), .review,
                "`--template` copies hooks from a directory; they run on checkout and commit",
                examples: ["git clone --template=/tmp/t https://x/y.git"], counterexamples: ["git init"]),
            rule(
                "ext-transport", [["clone"], ["fetch"], ["pull"], ["push"], ["ls-remote"], ["remote", "add"], ["submodule", "add"]],
                when: .anyPositional(.prefix(["ext::", "fd::"])), .review, "the `ext::` transport runs a command to reach the remote; it is not analysed",
                examples: ["git clone 'ext::sh -c touch% /tmp/pwned' repo"], counterexamples: ["git clone git@github.com:org/repo.git"]),
            rule(
                "send", [["send-email"], ["daemon"], ["imap-send"], ["p4"], ["svn", "dcommit"]], .criticalWrite,
                "sends commits out by email or to another system, or serves repositories over the network",
                examples: ["git send-email --to=dev@example.com HEAD~2", "git daemon --export-all --base-path=/srv/git"], counterexamples: ["git log"]),
        ])
}
