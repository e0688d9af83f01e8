/// The families of the command catalog; a policy can tighten each one.
public enum CommandCategory: String, Hashable, Sendable, Codable, CaseIterable {
    /// Read-only diagnostics: `ls`, `cat`, `grep`, `df`, `ps`...
    case diagnostics
    /// Files and directories: `rm`, `mv`, `cp`, `chmod`, `dd`, `tar`, `rsync`...
    case files
    /// Disks and filesystems: `mkfs`, `fdisk`, `mount`, `lvremove`...
    case disks
    /// Processes: `kill`, `pkill`, `killall`...
    case processes
    /// Power: `shutdown`, `reboot`, `systemctl poweroff`...
    case power
    /// Services: `systemctl`, `service`, `journalctl`, `supervisorctl`.
    case services
    /// Containers: `docker`, `podman`, `crictl`, `ctr`.
    case containers
    /// Kubernetes: `kubectl`, `helm`.
    case kubernetes
    /// Version control: `git`.
    case git
    /// Package managers: `apt`, `dnf`, `pip`, `npm`...
    case packages
    /// Networking: `ip`, `iptables`, `curl`, `ssh`, `nc`...
    case network
    /// Users and scheduling: `useradd`, `passwd`, `crontab`, `at`...
    case users
    /// Cloud and infrastructure-as-code CLIs: `aws`, `gcloud`, `az`, `terraform`, `pulumi`.
    case cloud
    /// Database clients: `psql`, `mysql`, `redis-cli`, `mongosh`, `sqlite3`.
    case databases
    /// Interpreters and code runners: `python`, `perl`, `node`, `awk`, `sed`...
    case interpreters
    /// Shell builtins and wrappers: `cd`, `echo`, `export`, `sudo`, `env`...
    case shell
}

/// What a rule decides: a risk class and, for catastrophic shapes, a forced verdict.
struct RuleEffect: Sendable, Equatable {
    var risk: RiskClass
    /// `nil`: the policy's mapping for `risk` decides (allow / review).
    var verdict: Verdict?

    static let readOnly = RuleEffect(risk: .readOnly, verdict: nil)
    static let safeWrite = RuleEffect(risk: .safeWrite, verdict: nil)
    static let criticalWrite = RuleEffect(risk: .criticalWrite, verdict: nil)
    /// Catastrophic or unknowable: never runs.
    static let block = RuleEffect(risk: .criticalWrite, verdict: .block)
    /// Unknown effect: needs a human.
    static let review = RuleEffect(risk: .criticalWrite, verdict: .review)
}

/// A test on one argument.
indirect enum ArgTest: Sendable {
    /// The static value equals one of these.
    case equals([String])
    /// The static value starts with one of these.
    case prefix([String])
    /// The static value ends with one of these.
    case suffix([String])
    /// The static value contains one of these.
    case contains([String])
    /// The static value, lower-cased, contains one of these (lower-case) strings.
    case containsCaseInsensitive([String])
    /// The value is not static.
    case dynamic
    /// The static value names a path of this kind (after normalisation).
    case path(PathKind)
    /// The path is a system tree or, as a dynamic word, could resolve to the root (`"$D"/*`).
    case catastrophicPath
    /// The static value names a remote location (`host:path`).
    case remote
    /// Any argument at all.
    case any
    /// The word is a process substitution (`>(cmd)`, `<(cmd)`), not a file name.
    case processSubstitution
    /// The argument does not pass the test (a dynamic value passes `.not(.equals(...))`:
    /// it is not known to be one of them). Added with the network family (`-X` other than
    /// `GET`, `-o` other than `/dev/null`).
    case not(ArgTest)
    /// After an optional `scheme://` prefix, the value has this many path components:
    /// `s3://bucket` and `s3://bucket/` have 1, `s3://bucket/logs/` 2; `*` and `**` do not count
    /// (`gs://bucket/**` is the whole bucket). Added with the cloud family (bucket roots).
    case urlPathDepth(ClosedRange<Int>)
    /// Every test passes (one argument that is a `gs://` URL and a bucket root).
    case all([ArgTest])
    /// The value is not static and the shell may turn it into several words, or none:
    /// an unquoted expansion (`$p`, `$(cmd)`), `"$@"`, `"${a[@]}"`, a glob or a brace.
    /// A double-quoted `"$x"` is one word. Added with the corpus review (`find -name "$x"`).
    case splitsIntoWords
    /// A `chmod` mode that sets the set-user-ID or set-group-ID bit: octal with a
    /// special digit of 2, 4 or 6 (`4755`, `02755`) or a symbolic clause that adds `s`
    /// (`u+s`, `+xs`, `ug=rwxs`). Added with the setuid-shell rule.
    case setsPrivilegeBits
    /// The static path names a program that runs whatever it is told: a shell, an
    /// interpreter, or a tool with a command or shell escape (`find`, `env`, `vim`...),
    /// by its file name (`/bin/bash`, `python3.12`). Added with the setuid-shell rule.
    case commandRunnerProgram
    /// The static path is a sensitive read (`/etc/shadow`, private keys, `.env`, cloud
    /// credentials: `PathRules.isSensitiveRead`). Added with the cloud upload rule.
    case sensitiveFile
    /// The word joins a command's output (`$(cmd)`, `` `cmd` ``) with other text, as printed
    /// (`$(whoami).evil.example`); a word that is only the substitution (`$(hostname)`) is
    /// not. Added with the DNS rule.
    case embedsCommandOutput
}

/// A condition on a command's arguments (after the command name).
indirect enum ArgCondition: Sendable {
    /// Always true.
    case always
    /// One of these options is present (`--force`, `-f`, `--output=x` counts for `--output`).
    case option([String])
    /// A short-option cluster contains this letter (`-rf` contains `f`).
    case shortFlag(Character)
    /// One of these options has a value passing the test.
    case optionValue([String], ArgTest)
    /// The positional argument at this index (after the subcommand words) passes the test.
    case positional(Int, ArgTest)
    /// Some positional argument (after the subcommand words) passes the test.
    case anyPositional(ArgTest)
    /// There is at least one positional argument and every one passes the test.
    case allPositionals(ArgTest)
    /// Some argument (options included) passes the test.
    case anyArgument(ArgTest)
    /// The argument at this index (options included; 0 is the first argument after
    /// the command name) passes the test. For programs that stop reading options at
    /// the first operand, such as `kill` (`kill -l 1` lists, `kill 1 -l` signals PID 1).
    /// Added with the processes family.
    case argument(Int, ArgTest)
    /// The number of positional arguments after the subcommand is in this range.
    case positionalCount(ClosedRange<Int>)
    /// Every condition holds.
    case all([ArgCondition])
    /// Some condition holds.
    case any([ArgCondition])
    /// The condition does not hold.
    case not(ArgCondition)
    /// A code analyser finds something (SQL, awk and sed programs, interpreter code...).
    case analyzer(AnalyzerKind)
    /// The condition holds on the arguments before the positional at this index
    /// (after the subcommand words), or on all of them when there is no such
    /// positional. Scopes options to one part of the line: git's global options
    /// before the verb (`git -p log` pages, `git log -p` shows patches), or
    /// `docker exec`'s own options before the container (`docker exec -u root c
    /// ps` vs `docker exec c ps -u root`). Added for the containers, kubernetes
    /// and git families.
    case beforePositional(Int, ArgCondition)
    /// A short-option cluster ends in one of these letters and the next argument is its value
    /// (`curl -sSLo FILE`, `mysql -NBe SQL`, `psql -tAc SQL`), or holds one of them followed by an
    /// attached value that does not start with a letter or digit (`curl -sd@file`); the value
    /// passes the test. (Added with the network/cloud/database families: `.optionValue` only
    /// sees options written alone.)
    case clusterValue(String, ArgTest)
    /// Standard input is fed by a pipe, a here-document, a here-string or a `<` redirection,
    /// not inherited from the terminal (a database client then runs what it is fed, which the
    /// engine judges, instead of opening an interactive session).
    case standardInputFed
    /// The short option (each occurrence in any cluster: `-ff`, `-f -f`) and these long
    /// spellings are given at least this many times in all (`reboot -f -f`, `-f --force`).
    case repeatedFlag(Character, long: [String], atLeast: Int)
}

/// One rule of the command catalog: command shape → risk, with examples a test checks.
///
/// A class so the engine's hot loop shares rules instead of copying them.
final class CatalogRule: Sendable {
    /// Stable identifier, `family.command.what` (e.g. `kubernetes.kubectl.delete-all`).
    let id: String
    /// The command names the rule applies to.
    let commands: [String]
    /// Subcommand word sequences (any one must prefix the positional arguments);
    /// empty means any.
    let subcommands: [[String]]
    /// The condition on the arguments.
    let when: ArgCondition
    /// A condition that cancels the rule (e.g. `--dry-run=client`).
    let unless: ArgCondition?
    /// What the rule decides.
    let effect: RuleEffect
    /// What the rule means, for the reason shown to a human.
    let message: String
    /// Commands this rule must match (checked by a test).
    let examples: [String]
    /// Commands of the same program this rule must not match (checked by a test).
    let counterexamples: [String]
    /// The family the rule's effect belongs to when it differs from the program's
    /// (`systemctl reboot` is a power action of a services program), so a policy's
    /// per-category override applies to it. `nil`: the program's category.
    let category: CommandCategory?
    /// `when` and `unless` prepared for evaluation.
    let compiledWhen: CompiledCondition
    let compiledUnless: CompiledCondition?
    /// `subcommands` prepared for matching.
    let subcommandTable: SubcommandSequences
    /// Whether the rule reads a command as read-only because some option or argument is
    /// absent (`dd` without `of=`, `wipefs` without `-a`, `nginx -t` unless `-s`): an
    /// argument only known at run time could be that option, so the rule does not apply
    /// to a command with one (`wipefs $X /dev/sda`).
    let readOnlyWhenArgumentsAbsent: Bool

    init(
        id: String, commands: [String], subcommands: [[String]] = [], when: ArgCondition = .always, unless: ArgCondition? = nil,
        effect: RuleEffect, message: String, examples: [String] = [], counterexamples: [String] = [],
        category: CommandCategory? = nil
    ) {
        self.id = id
        self.commands = commands
        self.subcommands = subcommands
        self.when = when
        self.unless = unless
        self.effect = effect
        self.message = message
        self.examples = examples
        self.counterexamples = counterexamples
        self.category = category
        self.compiledWhen = CompiledCondition(when)
        self.compiledUnless = unless.map(CompiledCondition.init)
        self.subcommandTable = SubcommandSequences(subcommands)
        self.readOnlyWhenArgumentsAbsent = effect.risk == .readOnly
            && (when.negatesArgumentTest || unless?.testsArguments == true)
    }
}

extension ArgCondition {
    /// Whether the condition looks at options or at arguments by their text (not at
    /// positionals by place or count).
    var testsArguments: Bool {
        switch self {
        case .option, .shortFlag, .optionValue, .anyArgument, .argument, .clusterValue, .repeatedFlag: return true
        case .all(let cs), .any(let cs): return cs.contains { $0.testsArguments }
        case .not(let c), .beforePositional(_, let c): return c.testsArguments
        case .always, .positional, .anyPositional, .allPositionals, .positionalCount, .analyzer, .standardInputFed: return false
        }
    }

    /// Whether the condition holds because such a test fails (`.not(.option(...))`).
    var negatesArgumentTest: Bool {
        switch self {
        case .not(let c): return c.testsArguments
        case .all(let cs), .any(let cs): return cs.contains { $0.negatesArgumentTest }
        case .beforePositional(_, let c): return c.negatesArgumentTest
        default: return false
        }
    }
}

/// How a program's arguments are laid out, so positionals and subcommands can be found.
struct CommandSyntax: Sendable {
    /// The program names (aliases share a syntax: `apt`, `apt-get`).
    var names: [String]
    /// The family.
    var category: CommandCategory
    /// Options that take a separate value (`-n prod`, `--namespace prod`).
    var valueOptions: Set<String> = []
    /// What a command of this program does when no rule matches.
    var fallback: RuleEffect
    /// The message for the fallback.
    var fallbackMessage: String
}

/// One family's catalog entries.
struct CatalogFamily: Sendable {
    var syntaxes: [CommandSyntax]
    var rules: [CatalogRule]
}

extension CommandSyntax {
    /// A program that only reads, whatever its arguments (unless a rule says otherwise).
    static func readOnly(_ names: [String], _ what: String, category: CommandCategory = .diagnostics, valueOptions: Set<String> = []) -> CommandSyntax {
        CommandSyntax(names: names, category: category, valueOptions: valueOptions, fallback: .readOnly, fallbackMessage: what)
    }

    /// A program whose unknown subcommands or flags need a human.
    static func reviewed(_ names: [String], _ category: CommandCategory, _ what: String, valueOptions: Set<String> = [], fallback: RuleEffect = .review) -> CommandSyntax {
        CommandSyntax(names: names, category: category, valueOptions: valueOptions, fallback: fallback, fallbackMessage: what)
    }
}
