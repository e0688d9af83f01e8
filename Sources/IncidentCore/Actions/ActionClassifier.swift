import ShellAST

/// Judges plan actions: shell commands through the verdict engine, structured
/// actions through the catalog (unknown names are `block`).
struct ActionClassifier: Sendable {
    let verdicts: VerdictEngine
    let catalog: ActionCatalog

    /// An action judged, with what the textual checks need.
    struct Judged {
        var judgement: ActionJudgement
        /// The command line, or the structured action's name.
        var text: String
        /// Every program the command runs as the verdict engine resolved it; `nil`
        /// entries are names that are not static words.
        var programs: [String?]
        var isRestart: Bool
        var isStructured: Bool

        /// The words of ``text``, for allowlist and forbidden-command matching (made on demand).
        var tokens: CommandTokens { CommandTokens(text) }
    }

    func judge(_ action: PlannedAction) -> Judged {
        switch action {
        case .shell(let command):
            let c = verdicts.classify(command)
            var rules: [String] = []
            for r in c.reasons where !rules.contains(r.rule) {
                rules.append(r.rule)
                if rules.count == 4 { break }
            }
            let message = c.reasons.first?.message ?? (c.commands.isEmpty ? "runs no command" : "only reads")
            let programs = c.commands.map { $0.name }
            let restart = CommandWords.containsWord(command, "restart", or: "reboot")
            return Judged(
                judgement: ActionJudgement(
                    action: action, actionType: c.risk, verdict: c.verdict, rules: rules, message: message),
                text: command, programs: programs, isRestart: restart, isStructured: false)
        case .structured(let name, _, _):
            guard let spec = catalog[name] else {
                return Judged(
                    judgement: ActionJudgement(
                        action: action, actionType: .criticalWrite, verdict: .block, rules: ["catalog.unknown-action"],
                        message: "'\(name)' is not in the action catalog"),
                    text: name, programs: [name], isRestart: true, isStructured: true)
            }
            return Judged(
                judgement: ActionJudgement(
                    action: action, actionType: spec.risk, verdict: .allow, rules: ["catalog.\(name)"], message: spec.summary),
                text: name, programs: [name], isRestart: spec.isRestart, isStructured: true)
        }
    }
}
