private typealias Rules = RuleVocabulary

/// Security controls: SELinux (`setenforce`), the Linux audit system (`auditctl`),
/// AppArmor (`aa-disable`, `aa-complain`, `aa-enforce`).
///
/// Showing their state only reads (`getenforce`, `aa-status` are diagnostics). Turning a
/// control off — permissive SELinux, deleting audit rules or disabling auditing, an AppArmor
/// profile disabled or set to complain — is a critical write: the host loses a defence and
/// its record of what happens next.
extension ServicesFamily {
    static let security = CatalogFamily(
        syntaxes: [
            .reviewed(["setenforce"], .services, "switches SELinux between enforcing and permissive", fallback: .criticalWrite),
            .reviewed(["auditctl"], .services, "changes the kernel audit rules", valueOptions: ["-a", "-A", "-d", "-w", "-W", "-p", "-k", "-F", "-S",
                                                                                                  "-e", "-f", "-b", "-r", "-R", "-t", "--backlog_wait_time"],
                      fallback: .criticalWrite),
            .reviewed(["aa-disable", "aa-complain", "aa-audit"], .services, "turns an AppArmor profile off or into complain mode", fallback: .criticalWrite),
            .reviewed(["aa-enforce"], .services, "puts an AppArmor profile into enforce mode", fallback: .safeWrite),
        ],
        rules: [
            CatalogRule(
                id: "services.auditctl.read", commands: ["auditctl"], when: .option(["-l", "-s", "-v", "-h", "--help"]),
                unless: .option(["-a", "-A", "-d", "-D", "-w", "-W", "-e", "-f", "-b", "-r", "-R", "--backlog_wait_time", "--reset-lost"]),
                effect: .readOnly, message: "lists the audit rules or shows the audit system's status",
                examples: ["auditctl -l", "auditctl -s"], counterexamples: ["auditctl -D", "auditctl -l -D"]),
            CatalogRule(
                id: "services.auditctl.disable", commands: ["auditctl"],
                when: .any([.option(["-D"]), .optionValue(["-e"], .equals(["0"]))]),
                effect: .criticalWrite, message: "deletes every audit rule or disables auditing: what happens next is not recorded",
                examples: ["auditctl -D", "auditctl -e 0"], counterexamples: ["auditctl -l", "auditctl -e 1"]),
            CatalogRule(
                id: "services.setenforce.read", commands: ["setenforce"], when: Rules.helpOrVersion,
                effect: .readOnly, message: "prints the usage",
                examples: ["setenforce --help"], counterexamples: ["setenforce 0"]),
        ])
}
