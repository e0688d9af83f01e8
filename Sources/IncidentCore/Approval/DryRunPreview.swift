import ShellAST

/// Exactly what would run, in order, with each step's rollback: shell commands
/// verbatim, structured actions with their target and sorted parameters.
public struct DryRunPreview: Sendable, Hashable, Codable, CustomStringConvertible {
    /// One step of the preview.
    public struct Line: Sendable, Hashable, Codable {
        /// The step's index in the plan (0-based).
        public let index: Int
        /// What would run.
        public let action: String
        /// What would run to undo it, if anything.
        public let rollback: String?
        /// The step's class.
        public let actionType: RiskClass
        /// The worst verdict of the step and its rollback.
        public let verdict: Verdict

        enum CodingKeys: String, CodingKey {
            case index, action, rollback
            case actionType = "action_type"
            case verdict
        }
    }

    /// The steps, in order.
    public let lines: [Line]

    init(steps: [StepAssessment]) {
        lines = steps.map {
            Line(
                index: $0.index, action: $0.step.action.previewText, rollback: $0.rollback?.action.previewText,
                actionType: $0.step.actionType, verdict: $0.verdict)
        }
    }

    /// One numbered line per step (`2. [safe_write, allow] restart_pod target=web-1`),
    /// with its rollback indented below.
    public var description: String {
        lines.map { l in
            var s = "\(l.index + 1). [\(l.actionType.name), \(l.verdict.name)] \(l.action)"
            if let r = l.rollback { s += "\n   rollback: \(r)" }
            return s
        }.joined(separator: "\n")
    }
}

extension PlannedAction {
    /// The command line verbatim, or `name target=T key=value…` (keys sorted).
    public var previewText: String {
        switch self {
        case .shell(let command):
            return command
        case .structured(let name, let target, let parameters):
            var parts = [name]
            if let target { parts.append("target=\(target)") }
            for k in parameters.keys.sorted() { parts.append("\(k)=\(parameters[k]!)") }
            return parts.joined(separator: " ")
        }
    }
}
