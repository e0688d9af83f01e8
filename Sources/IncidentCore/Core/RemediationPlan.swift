#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// How severe the proposer believes its plan is.
public enum PlanRiskLevel: String, Codable, Sendable, Hashable, CaseIterable {
    case low, medium, high, critical
}

/// One action a plan proposes: a shell command, or a structured action from the
/// action catalog (`restart_pod`, `scale_deployment`...).
public enum PlannedAction: Codable, Sendable, Hashable {
    /// A shell command line, judged by the ShellAST verdict engine.
    case shell(command: String)
    /// A structured action with its target and parameters.
    case structured(name: String, target: String?, parameters: [String: String])

    enum CodingKeys: String, CodingKey { case type, command, name, target, parameters }

    /// Decodes `{"type": "shell", "command": ...}` or `{"type": "structured", "name": ..., ...}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(String.self, forKey: .type) {
        case "shell":
            self = .shell(command: try c.decode(String.self, forKey: .command))
        case "structured":
            self = .structured(
                name: try c.decode(String.self, forKey: .name), target: try c.decodeIfPresent(String.self, forKey: .target),
                parameters: try c.decodeIfPresent([String: String].self, forKey: .parameters) ?? [:])
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: c, debugDescription: "unknown action type '\(other)'; expected shell or structured")
        }
    }

    /// Encodes with a `type` discriminator.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .shell(let command):
            try c.encode("shell", forKey: .type)
            try c.encode(command, forKey: .command)
        case .structured(let name, let target, let parameters):
            try c.encode("structured", forKey: .type)
            try c.encode(name, forKey: .name)
            try c.encodeIfPresent(target, forKey: .target)
            try c.encode(parameters, forKey: .parameters)
        }
    }
}

/// One ordered step of a plan, with why and how to undo it.
public struct PlanStep: Codable, Sendable, Hashable {
    /// What to do.
    public var action: PlannedAction
    /// Why, in the proposer's words.
    public var explanation: String
    /// How to undo the step, if it can be undone.
    public var rollback: PlannedAction?

    /// Creates a step.
    public init(action: PlannedAction, explanation: String, rollback: PlannedAction? = nil) {
        self.action = action
        self.explanation = explanation
        self.rollback = rollback
    }
}

/// Who proposed a plan.
public enum PlanSource: String, Codable, Sendable, Hashable {
    /// The deterministic rule table.
    case rules
    /// A language model.
    case languageModel = "llm"
}

/// A proposed fix: the diagnosis and the ordered steps.
public struct RemediationPlan: Codable, Sendable, Hashable {
    /// The diagnosed root cause.
    public var rootCause: String
    /// The proposer's view of the plan's risk.
    public var riskLevel: PlanRiskLevel
    /// The proposer's confidence, 0…1.
    public var confidence: Double
    /// The steps, in order.
    public var steps: [PlanStep]
    /// Who proposed it.
    public var source: PlanSource

    /// Creates a plan.
    public init(rootCause: String, riskLevel: PlanRiskLevel, confidence: Double, steps: [PlanStep], source: PlanSource) {
        self.rootCause = rootCause
        self.riskLevel = riskLevel
        self.confidence = confidence
        self.steps = steps
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case rootCause = "root_cause", riskLevel = "risk_level", confidence, steps, source
    }
}
