@testable import ShellAST

/// One family of bypass attempts: the variants the engine gets right, the ones
/// it gets wrong today (known gaps), and commands of catalog families that are
/// not in the catalog yet, for which only "at least review" is stable.
struct BypassFamily: Sendable {
    let name: String
    let cases: [VerdictCase]
    var gaps: [KnownEngineGap] = []
    var atLeastReview: [String] = []

    /// Every command of the family, for the duplicate check.
    var commands: [String] { cases.map(\.command) + gaps.map(\.command) + atLeastReview }
}

/// Rule identifiers the tables expect, spelled once.
enum RuleID {
    static let rmRoot = "files.rm.catastrophic-target"
    static let parseError = "parse.error"
    static let nestedParseError = "parse.nested-code"
    static let dynamicCode = "exec.dynamic-code"
    static let stdinCode = "exec.stdin-code"
    static let processSubstitutionCode = "exec.process-substitution-code"
    static let dynamicName = "command.dynamic-name"
    static let globName = "command.glob-name"
    static let unknownProgram = "command.unknown-program"
    static let ifs = "obfuscation.ifs"
    static let forkBomb = "process.fork-bomb"
    static let loader = "env.loader-variable"
    static let dynamicTarget = "redirect.dynamic-target"
    static let writeProtected = "files.write-protected"
    static let writeDevice = "files.write-block-device"
    static let writeSystem = "files.write-system"
    static let write = "files.write"
    static let devTCP = "network.dev-tcp"
    static let reverseShell = "network.reverse-shell"
    static let placeholder = "input.placeholder"
    static let sensitiveRead = "read.sensitive"
    static let scriptFile = "exec.script-file"
    static let inlineCode = "exec.inline-code"
    static let inlineCodeEffects = "exec.inline-code-effects"
    static let nestingLimit = "engine.nesting-limit"
}
