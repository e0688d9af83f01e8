import ShellAST

/// Judges plan actions: shell commands through the verdict engine, structured
/// actions through the catalog (unknown names are `block`).
struct ActionClassifier: Sendable {
    let verdicts: VerdictEngine
    let catalog: ActionCatalog

    /// An action judged, with what the textual checks need.
    struct Judged {
        var judgement: ActionJudgement
        /// Lower-cased words of the command line (or the action name), for forbidden-command matching.
        var lowerWords: [String]
        /// Words as written, for allowlist matching.
        var words: [String]
        /// Every program the command runs as the verdict engine resolved it; `nil`
        /// entries are names that are not static words.
        var programs: [String?]
        var isRestart: Bool
        var isStructured: Bool
        var system: String?
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
            let words = CommandWords.split(command)
            let lower = CommandWords.split(command, lowercased: true)
            let programs = c.commands.map(\.name)
            let restart = lower.contains("restart") || lower.contains("reboot") || programs.contains("reboot")
            return Judged(
                judgement: ActionJudgement(action: action, actionType: c.risk, verdict: c.verdict, rules: rules, message: message),
                lowerWords: lower, words: words, programs: programs, isRestart: restart, isStructured: false, system: nil)
        case .structured(let name, _, _):
            guard let spec = catalog[name] else {
                return Judged(
                    judgement: ActionJudgement(
                        action: action, actionType: .criticalWrite, verdict: .block, rules: ["catalog.unknown-action"],
                        message: "'\(name)' is not in the action catalog"),
                    lowerWords: [name.lowercased()], words: [name], programs: [name], isRestart: true, isStructured: true,
                    system: nil)
            }
            return Judged(
                judgement: ActionJudgement(
                    action: action, actionType: spec.risk, verdict: .allow, rules: ["catalog.\(name)"], message: spec.summary),
                lowerWords: [name.lowercased()], words: [name], programs: [name], isRestart: spec.isRestart, isStructured: true,
                system: spec.system)
        }
    }
}
