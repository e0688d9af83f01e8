#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import IncidentCore
import ShellAST

/// The configuration the demo runs under, written as the JSON a user would
/// write: a remediation policy set for the `storage` and `availability`
/// categories with the PoC's hint guardrails, a verdict policy that lets the
/// plans' container commands run without review, and the rule table.
public enum DemoConfiguration {
    /// The remediation policies (see `Docs/PolicyGuide.md`).
    public static let policyJSON = """
        {
          "version": 1,
          "policies": [
            {
              "name": "storage-auto-fix",
              "category": "storage",
              "min_confidence": 0.7,
              "min_reliability": 80,
              "min_similar_tickets": 3,
              "min_positive_feedback_rate": 0.8,
              "allowed_action_types": ["read_only", "safe_write"],
              "requires_approval": true,
              "auto_approve_threshold": 85,
              "approvers": ["sre-oncall"],
              "max_actions_per_hour": 20,
              "suppression_seconds": 900,
              "hints": {
                "disk_full": {
                  "allowed_actions": ["prune_container_images", "df", "docker restart"],
                  "restart_budget": {"limit": 2, "window_seconds": 3600},
                  "max_attempts": 3
                }
              }
            },
            {
              "name": "availability-auto-fix",
              "category": "availability",
              "min_confidence": 0.7,
              "min_reliability": 80,
              "min_similar_tickets": 3,
              "min_positive_feedback_rate": 0.8,
              "allowed_action_types": ["read_only", "safe_write"],
              "requires_approval": true,
              "auto_approve_threshold": 85,
              "approvers": ["sre-oncall"],
              "max_actions_per_hour": 20,
              "suppression_seconds": 900,
              "hints": {
                "container_missing": {
                  "allowed_actions": ["docker start", "docker stop"],
                  "restart_budget": {"limit": 3, "window_seconds": 3600},
                  "max_attempts": 3
                },
                "frontend_down": {
                  "allowed_actions": ["docker restart"],
                  "restart_budget": {"limit": 3, "window_seconds": 3600},
                  "cooldown_seconds": 20,
                  "max_attempts": 3
                }
              }
            }
          ]
        }
        """

    /// The verdict policy: starting, stopping or restarting one named container
    /// is `allow` (the catalog says `review`: a safe write); everything else
    /// keeps the engine's defaults.
    public static let verdictPolicyJSON = """
        {
          "version": 1,
          "allow": [
            {
              "id": "docker-container-lifecycle",
              "command": "docker",
              "subcommand": ["restart"],
              "arguments": ["[a-z]*"],
              "message": "restarting one named container",
              "examples": {"match": ["docker restart api"], "no_match": ["docker restart -t 0 api"]}
            },
            {
              "id": "docker-container-start",
              "command": "docker",
              "subcommand": ["start"],
              "arguments": ["[a-z]*"],
              "examples": {"match": ["docker start payments-worker"]}
            },
            {
              "id": "docker-container-stop",
              "command": "docker",
              "subcommand": ["stop"],
              "arguments": ["[a-z]*"],
              "examples": {"match": ["docker stop payments-worker"]}
            }
          ]
        }
        """

    /// The global switches, as the environment would give them: auto-remediation
    /// on, no blanket approval, the default reliability floor.
    public static let environment = [
        "AUTO_REMEDIATION_ENABLED": "true", "AUTO_REMEDIATION_MAX_ACTIONS_PER_HOUR": "30",
        "AUTO_REMEDIATION_REQUIRE_APPROVAL": "false", "AUTO_REMEDIATION_MIN_RELIABILITY": "85",
    ]

    /// The decoded global switches.
    public static func settings() throws -> GlobalSettings {
        try GlobalSettings(environment: environment)
    }

    /// The rule table: the standard one, except that S1 frees space with the
    /// structured `prune_container_images` action (unused images only; a
    /// safe write in the action catalog) rather than `docker system prune -af`,
    /// which the verdict catalog rates a critical write (it also removes
    /// stopped containers and networks) and so always needs a human.
    public static var rules: [String: RulePlanTemplate] {
        var table = RuleTriager.standardTable
        table["disk_full"] = RulePlanTemplate(
            rootCause: "disk full on {{instance}}: unused container images", riskLevel: .medium, confidence: 0.9,
            steps: [
                PlanStep(
                    action: .structured(name: "prune_container_images", target: "{{instance}}", parameters: [:]),
                    explanation: "remove container images no container uses"),
                PlanStep(action: .shell(command: "df -h /"), explanation: "snapshot free space after pruning"),
                PlanStep(
                    action: .shell(command: "docker restart {{container}}"),
                    explanation: "restart {{container}}, which failed writing to a full disk"),
            ])
        return table
    }

    /// The decoded remediation policies.
    public static func policies() throws -> PolicySet {
        try PolicySet(json: Data(policyJSON.utf8))
    }

    /// The verdict engine under the demo's verdict policy.
    public static func verdicts() throws -> VerdictEngine {
        let policy = try JSONDecoder().decode(VerdictPolicy.self, from: Data(verdictPolicyJSON.utf8))
        return try VerdictEngine(policy: policy)
    }
}
