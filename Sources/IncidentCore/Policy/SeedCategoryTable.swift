extension PolicySet {
    /// The seed system's category table, ready to use or copy:
    ///
    /// | Category | Min reliability | Auto-approve | Action types | Backup | Approvers (quorum) |
    /// |---|---|---|---|---|---|
    /// | cache | 75 | ≥ 85 | read_only, safe_write | no | cache-oncall (1) |
    /// | network | 85 | ≥ 90 | read_only, safe_write; 22:00–06:00 UTC | yes | netops-lead, netops-oncall (1) |
    /// | storage | 90 | ≥ 95 | read_only, safe_write | yes | storage-admin, storage-oncall (1) |
    /// | security | 95 | never | all three | yes | security-lead, security-oncall, ciso (2) |
    ///
    /// The seed fixed the reliability pairs; the other thresholds, windows and
    /// approvers are Vigil's example values (`Docs/PolicyGuide.md` walks through
    /// each). The table uses only the seed's fields; rate limits, suppression and
    /// hint guardrails are shown in the guide's platform example.
    public static let seedCategoryTable: PolicySet = try! PolicySet(policies: [
        RemediationPolicy(
            name: "cache-auto-fix", category: "cache", minConfidence: 0.7, minReliability: 75, minSimilarTickets: 3,
            minPositiveFeedbackRate: 0.75, allowedActionTypes: [.readOnly, .safeWrite],
            forbiddenCommands: ["flushall", "flushdb"], requiresApproval: true, autoApproveThreshold: .atLeast(85),
            approvers: ["cache-oncall"], maxActionsPerHour: 20),
        RemediationPolicy(
            name: "network-auto-fix", category: "network", minConfidence: 0.8, minReliability: 85, minSimilarTickets: 5,
            minPositiveFeedbackRate: 0.85, allowedActionTypes: [.readOnly, .safeWrite],
            forbiddenCommands: ["reload", "write erase", "shutdown"], allowedHoursStart: 22, allowedHoursEnd: 6,
            requiresApproval: true, autoApproveThreshold: .atLeast(90), approvers: ["netops-lead", "netops-oncall"],
            maxActionsPerHour: 10, requiresBackup: true),
        RemediationPolicy(
            name: "storage-auto-fix", category: "storage", minConfidence: 0.85, minReliability: 90, minSimilarTickets: 5,
            minPositiveFeedbackRate: 0.9, allowedActionTypes: [.readOnly, .safeWrite],
            forbiddenCommands: ["mkfs", "wipefs", "clear_snapshots"], requiresApproval: true,
            autoApproveThreshold: .atLeast(95), approvers: ["storage-admin", "storage-oncall"], maxActionsPerHour: 5,
            requiresRollbackPlan: true, requiresBackup: true),
        RemediationPolicy(
            name: "security-manual", category: "security", minConfidence: 0.9, minReliability: 95, minSimilarTickets: 10,
            minPositiveFeedbackRate: 0.95, allowedActionTypes: [.readOnly, .safeWrite, .criticalWrite],
            requiresApproval: true, autoApproveThreshold: .never, approvers: ["security-lead", "security-oncall", "ciso"],
            approvalQuorum: 2, approvalTTLSeconds: 1_800, maxActionsPerHour: 3, requiresRollbackPlan: true,
            requiresBackup: true),
    ])
}
