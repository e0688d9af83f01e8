private typealias Rules = RuleVocabulary

/// Package managers: npm, npx, pnpm, yarn, gem, bundler, composer, cargo, go.
///
/// Installing dependencies is a reviewed write (lifecycle and build scripts
/// run). Running package scripts or fetching-and-running a package (`npm run`,
/// `npx`, `cargo run`, `go run`) runs code the engine cannot see: `review`.
/// Global installs, installs from URLs or git, alternate registries and
/// publishing are critical.
extension PackagesFamily {
    static let languageManagers = CatalogFamily(syntaxes: languageSyntaxes, rules: npmRules + rubyPhpRules + cargoGoRules)

    static let nodeManagers = ["npm", "pnpm", "yarn"]
    static let npmSpecMarkers = ["://", "git+", "github:", "gitlab:", "bitbucket:", "gist:", "git@"]
    static let npmGlobal: ArgCondition = .any([.option(["-g", "--global"]), .optionValue(["--location"], .equals(["global"]))])
    static let npmInstallVerbs = [
        "install", "i", "in", "ins", "inst", "insta", "instal", "isnt", "isnta", "isntal", "isntall", "add", "ci", "clean-install", "ic", "install-clean",
        "uninstall", "un", "unlink", "remove", "rm", "r", "update", "up", "upgrade", "udpate", "link", "ln", "dedupe", "ddp", "prune", "rebuild", "rb",
        "pack", "shrinkwrap", "import", "fetch", "patch", "patch-commit",
    ]

    static let languageSyntaxes: [CommandSyntax] = [
        .reviewed(nodeManagers, .packages, "installs Node.js packages or runs package scripts",
                  valueOptions: ["--prefix", "--registry", "--tag", "--otp", "-w", "--workspace", "--cache", "--userconfig", "--globalconfig", "--loglevel",
                                 "--depth", "--omit", "--include", "--access", "--scope", "--location", "--before", "--script-shell", "-p", "--package",
                                 "-c", "--call", "-C", "--dir", "--filter", "-F", "--cwd", "--modules-folder", "--mutex", "--network-timeout"]),
        .reviewed(["npx", "pnpx", "bunx"], .packages, "downloads and runs a package's command", valueOptions: ["-p", "--package", "-c", "--call"]),
        .reviewed(["gem"], .packages, "installs or inspects Ruby gems",
                  valueOptions: ["-v", "--version", "-s", "--source", "-i", "--install-dir", "-n", "--bindir", "-P", "--trust-policy", "--platform", "-g",
                                 "--file", "--config-file", "-p", "--http-proxy"]),
        .reviewed(["bundle", "bundler"], .packages, "installs a Ruby project's gems", valueOptions: ["--gemfile", "--path", "--jobs", "-j", "--retry", "--without", "--with"]),
        .reviewed(["composer"], .packages, "installs a PHP project's dependencies", valueOptions: ["-d", "--working-dir"]),
        .reviewed(["cargo"], .packages, "builds Rust projects or installs crates",
                  valueOptions: ["-p", "--package", "--manifest-path", "--target", "--target-dir", "--features", "-F", "-j", "--jobs", "--profile", "--bin",
                                 "--example", "--test", "--bench", "--root", "--git", "--branch", "--tag", "--rev", "--path", "--index", "--registry",
                                 "--color", "--config", "-Z", "--limit", "--format-version", "--message-format", "--depth", "-e", "--edges", "-i", "--invert"]),
        .reviewed(["go"], .packages, "builds, tests or installs Go code",
                  valueOptions: ["-o", "-C", "-p", "-tags", "-ldflags", "-gcflags", "-asmflags", "-mod", "-modfile", "-overlay", "-pkgdir", "-toolexec",
                                 "-exec", "-run", "-bench", "-count", "-timeout", "-coverprofile", "-cpu", "-parallel", "-f", "-compiler", "-buildmode",
                                 "-installsuffix", "-skip", "-fuzz", "-fuzztime", "-covermode", "-coverpkg", "-benchtime", "-shuffle"]),
    ]

    // MARK: npm, pnpm, yarn

    static let npmRules: [CatalogRule] = [
        CatalogRule(
            id: "packages.npm.read", commands: nodeManagers,
            subcommands: Rules.words(["ls", "list", "la", "ll", "view", "v", "info", "show", "outdated", "search", "s", "se", "find", "help",
                                               "help-search", "get", "root", "bin", "prefix", "explain", "why", "fund", "doctor", "ping", "whoami", "query",
                                               "docs", "home", "bugs", "repo", "sbom", "diff", "completion", "licenses", "audit"])
                + [["config", "get"], ["config", "list"], ["config", "ls"], ["cache", "ls"], ["pkg", "get"], ["org", "ls"], ["team", "ls"], ["owner", "ls"],
                   ["access", "list"], ["access", "ls"], ["dist-tag", "ls"], ["token", "list"], ["store", "status"], ["store", "path"], ["workspaces", "list"],
                   ["workspaces", "info"], ["npm", "info"], ["npm", "whoami"], ["env", "list"]],
            unless: .any([.anyPositional(.equals(["fix"])), .option(["--fix"])]),
            effect: .readOnly, message: "lists, views or audits Node.js packages",
            examples: ["npm ls", "npm ls --depth=0 -g", "npm view express version", "npm outdated", "npm audit --omit=dev", "pnpm why lodash", "yarn list --pattern react",
                       "npm config get registry"],
            counterexamples: ["npm install", "npm audit fix"]),
        CatalogRule(
            id: "packages.npm.bare", commands: ["npm", "pnpm"], when: .positionalCount(0...0),
            effect: .readOnly, message: "prints usage or the version",
            examples: ["npm -v", "npm --version", "pnpm --version"], counterexamples: ["npm ci"]),
        CatalogRule(
            id: "packages.npm.version", commands: ["npm", "pnpm"], subcommands: [["version"]], when: .positionalCount(0...0),
            effect: .readOnly, message: "prints package and runtime versions",
            examples: ["npm version"], counterexamples: ["npm version patch"]),
        CatalogRule(
            id: "packages.npm.version-bump", commands: nodeManagers, subcommands: [["version"]], when: .any([.positionalCount(1...Int.max), .option(["--new-version", "--major", "--minor", "--patch"])]),
            effect: .safeWrite, message: "bumps the package version (edits package.json, may commit and tag, runs version scripts)",
            examples: ["npm version patch", "yarn version --new-version 1.2.3"], counterexamples: ["npm version"]),
        CatalogRule(
            id: "packages.npm.install", commands: nodeManagers,
            subcommands: Rules.words(npmInstallVerbs + ["set", "autoclean", "generate-lock-entry"])
                + [["audit", "fix"], ["cache", "clean"], ["cache", "verify"], ["cache", "add"], ["config", "set"], ["config", "delete"], ["config", "edit"],
                   ["pkg", "set"], ["pkg", "delete"], ["pkg", "fix"], ["store", "prune"], ["env", "use"]],
            unless: .option(["--dry-run"]),
            effect: .safeWrite, message: "installs, updates or removes dependencies (their install scripts run), or changes npm's configuration",
            examples: ["npm install", "npm ci", "npm i -D typescript", "npm uninstall lodash", "pnpm install --frozen-lockfile", "yarn add react", "npm cache clean --force"],
            counterexamples: ["npm ls", "npm install --dry-run"]),
        CatalogRule(
            id: "packages.npm.dry-run", commands: nodeManagers, subcommands: Rules.words(npmInstallVerbs),
            when: .anyArgument(.equals(["--dry-run"])), unless: .any([.anyArgument(.prefix(["--dry-run=", "--no-dry-run"])), npmGlobal]),
            effect: .readOnly, message: "`--dry-run` reports what would change; nothing is installed and no script runs",
            examples: ["npm install --dry-run", "npm uninstall --dry-run lodash"], counterexamples: ["npm install --dry-run=false", "npm install"]),
        CatalogRule(
            id: "packages.yarn.install", commands: ["yarn"], when: .positionalCount(0...0), unless: .option(["-v", "--version", "-h", "--help"]),
            effect: .safeWrite, message: "`yarn` alone installs the project's dependencies (their install scripts run)",
            examples: ["yarn", "yarn --frozen-lockfile"], counterexamples: ["yarn --version"]),
        CatalogRule(
            id: "packages.npm.run", commands: nodeManagers,
            subcommands: Rules.words(["run", "run-script", "rum", "urn", "test", "tst", "t", "start", "stop", "restart", "exec", "x", "explore", "init",
                                               "create", "innit", "edit", "dlx", "install-test", "it", "install-ci-test", "cit", "node", "upgrade-interactive", "setup"]),
            effect: .review, message: "runs a package script, a package's command or an initialiser; that code is not analysed",
            examples: ["npm run build", "npm test", "npm start", "npm exec -- eslint .", "pnpm dlx create-vite", "yarn run lint", "npm init vite@latest"],
            counterexamples: ["npm ls"]),
        CatalogRule(
            id: "packages.npx", commands: ["npx", "pnpx", "bunx"], unless: Rules.helpOrVersion,
            effect: .review, message: "downloads a package if needed and runs its command; that code is not analysed",
            examples: ["npx prettier --check .", "npx -y create-react-app x", "bunx tsc"], counterexamples: ["npx --version"]),
        CatalogRule(
            id: "packages.npm.global", commands: nodeManagers, subcommands: Rules.words(npmInstallVerbs), when: npmGlobal,
            effect: .criticalWrite, message: "installs or removes packages globally (system-wide binaries, often as root)",
            examples: ["npm install -g pm2", "npm i --location=global yarn", "pnpm add -g typescript"], counterexamples: ["npm install pm2"]),
        CatalogRule(
            id: "packages.yarn.global", commands: ["yarn"], subcommands: [["global", "add"], ["global", "remove"], ["global", "upgrade"]],
            effect: .criticalWrite, message: "installs or removes packages globally",
            examples: ["yarn global add pm2"], counterexamples: ["yarn add pm2"]),
        CatalogRule(
            id: "packages.npm.foreign-source", commands: nodeManagers + ["npx", "pnpx", "bunx"],
            when: .any([.anyPositional(.contains(npmSpecMarkers)), .option(["--registry"]), .optionValue(["-p", "--package"], .contains(npmSpecMarkers))]),
            effect: .criticalWrite, message: "installs from a URL, git or another registry: the install scripts that run come from there",
            examples: ["npm install git+https://github.com/org/pkg.git", "npm i github:org/pkg", "npm install --registry http://10.0.0.5:4873 app",
                       "yarn add https://example.com/pkg.tgz", "npx github:org/tool"],
            counterexamples: ["npm install express", "npm install @scope/pkg"]),
        CatalogRule(
            id: "packages.npm.publish", commands: nodeManagers,
            subcommands: Rules.words(["publish", "unpublish", "deprecate", "undeprecate", "adduser", "add-user", "login", "logout", "hook", "star",
                                               "unstar", "owner", "tag", "team"])
                + [["dist-tag", "add"], ["dist-tag", "rm"], ["access", "grant"], ["access", "revoke"], ["access", "set"], ["token", "create"], ["token", "revoke"],
                   ["org", "set"], ["org", "rm"], ["profile", "set"], ["profile", "enable-2fa"], ["profile", "disable-2fa"], ["npm", "publish"], ["npm", "login"]],
            effect: .criticalWrite, message: "publishes or withdraws packages, or changes registry accounts, owners, tags or tokens",
            examples: ["npm publish", "npm unpublish pkg@1.0.0", "npm dist-tag add pkg@2.0.0 latest", "npm token create", "yarn npm publish"],
            counterexamples: ["npm view pkg"]),
        CatalogRule(
            id: "packages.npm.audit-force", commands: nodeManagers, subcommands: [["audit"]],
            when: .all([.any([.anyPositional(.equals(["fix"])), .option(["--fix"])]), .option(["--force"])]),
            effect: .criticalWrite, message: "`npm audit fix --force` installs breaking major versions",
            examples: ["npm audit fix --force"], counterexamples: ["npm audit fix"]),
    ]

    // MARK: gem, bundler, composer

    static let rubyPhpRules: [CatalogRule] = [
        CatalogRule(
            id: "packages.gem.read", commands: ["gem"],
            subcommands: Rules.words(["list", "search", "query", "info", "specification", "spec", "contents", "dependency", "environment", "env", "which",
                                               "help", "outdated", "stale", "lock"]),
            effect: .readOnly, message: "lists or shows installed gems",
            examples: ["gem list", "gem list rails", "gem env", "gem outdated", "gem which bundler"], counterexamples: ["gem install rails"]),
        CatalogRule(
            id: "packages.gem.bare", commands: ["gem", "composer", "cargo", "go"], when: .positionalCount(0...0),
            effect: .readOnly, message: "prints usage or the version",
            examples: ["gem -v", "cargo --version", "composer --version"], counterexamples: ["gem install x"]),
        CatalogRule(
            id: "packages.gem.sources-list", commands: ["gem"], subcommands: [["sources"], ["cert"], ["owner"]],
            unless: .option(["-a", "--add", "-r", "--remove", "-c", "--clear-all", "-u", "--update", "--build", "-b", "--sign", "-s"]),
            effect: .readOnly, message: "lists gem sources, certificates or owners",
            examples: ["gem sources", "gem sources --list", "gem cert --list"], counterexamples: ["gem sources --add http://gems.internal/"]),
        CatalogRule(
            id: "packages.gem.install", commands: ["gem"],
            subcommands: Rules.words(["install", "i", "uninstall", "update", "cleanup", "pristine", "rdoc", "fetch", "unpack", "build", "generate_index",
                                               "signin", "signout", "yank", "push", "exec", "open"]),
            effect: .safeWrite, message: "installs, updates or removes gems (native extensions compile and run code)",
            examples: ["gem install bundler", "gem install rails -v 7.1.3", "gem uninstall -x old_gem", "gem update"], counterexamples: ["gem list"]),
        CatalogRule(
            id: "packages.gem.critical", commands: ["gem"],
            when: .any([.all([.anyPositional(.equals(["sources", "cert", "owner"])), .option(["-a", "--add", "-r", "--remove"])]),
                        .option(["-s", "--source", "--clear-sources"]), .anyPositional(.equals(["push", "yank"])),
                        .optionValue(["-P", "--trust-policy"], .equals(["NoSecurity", "LowSecurity"])), .all([.anyPositional(.equals(["update"])), .option(["--system"])]),
                        .anyPositional(.prefix(["http://", "https://"]))]),
            effect: .criticalWrite, message: "adds or removes a gem source, trusts a certificate, publishes or yanks a gem, or updates RubyGems itself",
            examples: ["gem sources --add http://10.0.0.5/", "gem install app --source http://10.0.0.5/", "gem push app-1.0.gem", "gem update --system"],
            counterexamples: ["gem install rails"]),
        CatalogRule(
            id: "packages.gem.exec", commands: ["gem", "bundle", "bundler"], subcommands: [["exec"], ["open"], ["console"]],
            effect: .review, message: "runs a gem's command, a console or an editor in the bundle; not analysed",
            examples: ["bundle exec rake db:migrate", "gem exec rubocop"], counterexamples: ["bundle install"]),
        CatalogRule(
            id: "packages.bundle.read", commands: ["bundle", "bundler"],
            subcommands: Rules.words(["list", "show", "outdated", "check", "info", "platform", "version", "licenses", "doctor", "help", "config"]),
            unless: .any([.anyPositional(.equals(["set", "unset"])), .positionalCount(2...Int.max)]),
            effect: .readOnly, message: "lists or shows the bundle's gems or configuration",
            examples: ["bundle list", "bundle outdated", "bundle check", "bundle config"], counterexamples: ["bundle install"]),
        CatalogRule(
            id: "packages.bundle.install", commands: ["bundle", "bundler"],
            subcommands: Rules.words(["install", "update", "add", "remove", "lock", "clean", "cache", "package", "binstubs", "init", "pristine", "gem"])
                + [["config", "set"], ["config", "unset"]],
            effect: .safeWrite, message: "installs or updates the bundle's gems",
            examples: ["bundle install", "bundle install --deployment --without development test", "bundle update rails"], counterexamples: ["bundle list"]),
        CatalogRule(
            id: "packages.bundle.bare", commands: ["bundle", "bundler"], when: .positionalCount(0...0), unless: .option(["--version", "-v", "--help", "-h"]),
            effect: .safeWrite, message: "`bundle` alone installs the bundle's gems",
            examples: ["bundle", "bundle --jobs 4"], counterexamples: ["bundle --version", "bundle list"]),
        CatalogRule(
            id: "packages.composer.read", commands: ["composer"],
            subcommands: Rules.words(["show", "info", "outdated", "depends", "why", "prohibits", "why-not", "licenses", "validate", "diagnose", "search",
                                               "help", "list", "check-platform-reqs", "audit", "fund", "status", "suggests", "about"]),
            effect: .readOnly, message: "lists, validates or audits PHP dependencies",
            examples: ["composer show", "composer outdated --direct", "composer validate", "composer audit"], counterexamples: ["composer install"]),
        CatalogRule(
            id: "packages.composer.install", commands: ["composer"],
            subcommands: Rules.words(["install", "i", "update", "u", "upgrade", "require", "r", "remove", "rm", "dump-autoload", "dumpautoload",
                                               "clear-cache", "clearcache", "reinstall", "bump", "self-update", "selfupdate"]),
            effect: .safeWrite, message: "installs or updates PHP dependencies (their scripts run)",
            examples: ["composer install --no-dev --optimize-autoloader", "composer require monolog/monolog"], counterexamples: ["composer show"]),
        CatalogRule(
            id: "packages.composer.run", commands: ["composer"], subcommands: Rules.words(["run-script", "run", "exec", "create-project"]),
            effect: .review, message: "runs project scripts or a vendor binary; not analysed",
            examples: ["composer run-script post-install-cmd", "composer exec phpunit"], counterexamples: ["composer show"]),
        CatalogRule(
            id: "packages.composer.global", commands: ["composer"], subcommands: [["global"]],
            effect: .criticalWrite, message: "changes globally installed PHP packages",
            examples: ["composer global require laravel/installer"], counterexamples: ["composer require x/y"]),
    ]

    // MARK: cargo, go

    static let goCodeOptions: ArgCondition = .option(["-toolexec", "-exec", "-overlay", "--toolexec"])
    static let goEnvWrites: ArgCondition = .option(["-w", "-u"])

    static let cargoGoRules: [CatalogRule] = [
        CatalogRule(
            id: "packages.cargo.read", commands: ["cargo"],
            subcommands: Rules.words(["search", "tree", "metadata", "pkgid", "locate-project", "verify-project", "read-manifest", "help", "info", "version", "report"]),
            effect: .readOnly, message: "searches crates or shows a project's dependency tree or metadata",
            examples: ["cargo tree", "cargo search serde", "cargo metadata --format-version 1"], counterexamples: ["cargo build"]),
        CatalogRule(
            id: "packages.cargo.change", commands: ["cargo"],
            subcommands: Rules.words(["add", "remove", "rm", "update", "fetch", "generate-lockfile", "vendor", "new", "init", "fmt", "clean", "uninstall", "install"]),
            effect: .safeWrite, message: "changes dependencies, formats code, or installs crates (their build scripts run)",
            examples: ["cargo add serde", "cargo update", "cargo install ripgrep", "cargo clean"], counterexamples: ["cargo tree"]),
        CatalogRule(
            id: "packages.cargo.build", commands: ["cargo"],
            subcommands: Rules.words(["build", "b", "run", "r", "test", "t", "bench", "check", "c", "clippy", "doc", "d", "fix", "package", "rustc",
                                               "rustdoc", "miri", "xtask", "nextest", "watch"]),
            effect: .review, message: "builds or runs the project: build scripts, procedural macros and the program itself run, unanalysed",
            examples: ["cargo build --release", "cargo run -- --help", "cargo test", "cargo clippy -- -D warnings"], counterexamples: ["cargo tree"]),
        CatalogRule(
            id: "packages.cargo.critical", commands: ["cargo"],
            when: .any([.anyPositional(.equals(["publish", "yank", "owner", "login", "logout"])), .all([.anyPositional(.equals(["install"])), .option(["--git", "--index", "--registry"])])]),
            effect: .criticalWrite, message: "publishes or yanks crates, changes owners or credentials, or installs from git or another registry",
            examples: ["cargo publish", "cargo install --git https://github.com/org/tool", "cargo yank --version 1.0.0"], counterexamples: ["cargo install ripgrep"]),
        CatalogRule(
            id: "packages.go.read", commands: ["go"],
            subcommands: Rules.words(["version", "list", "doc", "help", "vet", "bug"]) + [["mod", "graph"], ["mod", "why"], ["mod", "verify"]],
            unless: goCodeOptions,
            effect: .readOnly, message: "shows the toolchain, environment, packages or documentation",
            examples: ["go version", "go list -m -u all", "go mod graph", "go vet ./...", "go doc fmt.Println"], counterexamples: ["go build ./..."]),
        CatalogRule(
            id: "packages.go.env", commands: ["go"], subcommands: [["env"]], unless: goEnvWrites,
            effect: .readOnly, message: "prints the Go environment",
            examples: ["go env", "go env GOPATH GOMODCACHE"], counterexamples: ["go env -w GOPROXY=direct"]),
        CatalogRule(
            id: "packages.go.change", commands: ["go"],
            subcommands: Rules.words(["get", "install", "build", "fmt", "clean", "fix"])
                + [["mod", "tidy"], ["mod", "download"], ["mod", "edit"], ["mod", "init"], ["mod", "vendor"], ["work", "init"], ["work", "use"], ["work", "edit"],
                   ["work", "sync"], ["work", "vendor"]],
            effect: .safeWrite, message: "downloads modules, builds or installs binaries, or edits go.mod",
            examples: ["go build ./...", "go install golang.org/x/tools/gopls@latest", "go mod tidy", "go get github.com/pkg/errors@v0.9.1"], counterexamples: ["go version"]),
        CatalogRule(
            id: "packages.go.env-write", commands: ["go"], subcommands: [["env"]], when: goEnvWrites,
            effect: .safeWrite, message: "`go env -w` changes the Go environment for every later command",
            examples: ["go env -w GO111MODULE=on"], counterexamples: ["go env"]),
        CatalogRule(
            id: "packages.go.env-trust", commands: ["go"], subcommands: [["env"]],
            when: .all([goEnvWrites, .anyPositional(.prefix(["GOPROXY=", "GONOSUMDB=", "GONOSUMCHECK=", "GOINSECURE=", "GOPRIVATE=", "GOSUMDB=", "GOFLAGS=", "CC=", "CXX=", "GOTOOLCHAIN=", "GONOPROXY="]))]),
            effect: .criticalWrite, message: "changes where modules come from, turns off checksum verification, or sets compilers and flags for every build",
            examples: ["go env -w GOPROXY=http://10.0.0.5:3000", "go env -w GOSUMDB=off", "go env -w GOFLAGS=-toolexec=/tmp/x"], counterexamples: ["go env -w GO111MODULE=on"]),
        CatalogRule(
            id: "packages.go.run", commands: ["go"], subcommands: Rules.words(["run", "test", "generate", "tool"]),
            effect: .review, message: "compiles and runs code (tests, generators, tools); what it does is not analysed",
            examples: ["go run ./cmd/server", "go test ./...", "go generate ./..."], counterexamples: ["go build ./..."]),
        CatalogRule(
            id: "packages.go.exec-hook", commands: ["go"], when: goCodeOptions,
            effect: .review, message: "`-toolexec`/`-exec`/`-overlay` run another program around every compile or test step",
            examples: ["go build -toolexec /tmp/wrap ./...", "go test -exec 'sudo -E' ./..."], counterexamples: ["go build ./..."]),
    ]
}
