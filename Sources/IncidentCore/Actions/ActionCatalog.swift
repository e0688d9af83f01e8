import ShellAST

/// What one structured action (`restart_pod`, `expand_volume`…) does: its
/// risk class, the kind of system it acts on, and whether it restarts something.
public struct ActionSpec: Sendable, Hashable, Codable {
    /// The action's name as plans spell it, e.g. `restart_pod`.
    public let name: String
    /// Its risk class; `critical_write` always needs a human approval.
    public let risk: RiskClass
    /// The kind of system it acts on (`vm`, `kubernetes`, `network`, `storage`, `host`, `cache`, `security`).
    public let system: String
    /// Whether it counts against restart budgets.
    public let isRestart: Bool
    /// One line on what it does and why it has its class.
    public let summary: String

    /// Creates a spec.
    public init(name: String, risk: RiskClass, system: String, isRestart: Bool = false, summary: String) {
        self.name = name
        self.risk = risk
        self.system = system
        self.isRestart = isRestart
        self.summary = summary
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, risk, system
        case isRestart = "is_restart"
        case summary
    }
}

/// The structured actions plans may use, each with its risk class. An action
/// not in the catalog is never authorised (its step classifies as `block`).
public struct ActionCatalog: Sendable, Hashable {
    private let specs: [String: ActionSpec]

    /// A catalog of `specs`.
    ///
    /// - Throws: ``PolicyError`` for an invalid or duplicate name (`actions[3].name`).
    public init(_ specs: [ActionSpec]) throws(PolicyError) {
        var byName: [String: ActionSpec] = [:]
        for (i, s) in specs.enumerated() {
            let path = FieldPath("actions").index(i).key("name")
            guard RemediationPolicy.isIdentifier(s.name) else {
                throw PolicyError(.invalidValue, field: path.text, "'\(s.name)' must be 1…64 of [a-z0-9._-]")
            }
            guard byName.updateValue(s, forKey: s.name) == nil else {
                throw PolicyError(.duplicate, field: path.text, "'\(s.name)' is defined twice")
            }
        }
        self.specs = byName
    }

    /// The spec of the action named `name`.
    public subscript(name: String) -> ActionSpec? { specs[name] }

    /// Every spec, sorted by name.
    public var all: [ActionSpec] { specs.values.sorted { $0.name < $1.name } }

    /// This catalog with `more` added, or replacing entries of the same name.
    public func merging(_ more: [ActionSpec]) -> ActionCatalog {
        var copy = specs
        for s in more { copy[s.name] = s }
        return try! ActionCatalog(Array(copy.values))  // names were valid in both inputs
    }

    var canonicalJSON: CanonicalJSON {
        .array(
            all.map {
                .object([
                    ("name", .string($0.name)), ("risk", .string($0.risk.name)), ("system", .string($0.system)),
                    ("is_restart", .bool($0.isRestart)),
                ])
            })
    }

    /// The standard catalog (see `Docs/PolicyGuide.md`, "Action catalog").
    public static let standard: ActionCatalog = try! ActionCatalog([
        // Read-only: they observe.
        ActionSpec(name: "check_status", risk: .readOnly, system: "host", summary: "reads a service's or host's status"),
        ActionSpec(name: "collect_logs", risk: .readOnly, system: "host", summary: "copies recent logs into the case"),
        ActionSpec(name: "get_metrics", risk: .readOnly, system: "host", summary: "reads current metrics"),
        ActionSpec(name: "describe_pod", risk: .readOnly, system: "kubernetes", summary: "reads a pod's status and events"),
        ActionSpec(
            name: "show_interface", risk: .readOnly, system: "network", summary: "reads an interface's counters and state"),
        ActionSpec(name: "list_snapshots", risk: .readOnly, system: "storage", summary: "lists a volume's snapshots"),
        // Safe writes: routine and recoverable.
        ActionSpec(
            name: "restart_service", risk: .safeWrite, system: "host", isRestart: true,
            summary: "restarts one service; brief unavailability of that service"),
        ActionSpec(
            name: "restart_container", risk: .safeWrite, system: "host", isRestart: true, summary: "restarts one container"),
        ActionSpec(
            name: "restart_vm", risk: .safeWrite, system: "vm", isRestart: true,
            summary: "graceful guest restart through the hypervisor; disks are kept"),
        ActionSpec(name: "snapshot_vm", risk: .safeWrite, system: "vm", summary: "takes a snapshot; adds, never removes, data"),
        ActionSpec(name: "increase_memory", risk: .safeWrite, system: "vm", summary: "raises a VM's memory within its quota"),
        ActionSpec(
            name: "restart_pod", risk: .safeWrite, system: "kubernetes", isRestart: true,
            summary: "deletes one pod so its controller recreates it"),
        ActionSpec(
            name: "scale_deployment", risk: .safeWrite, system: "kubernetes",
            summary: "changes a deployment's replica count; reversible by scaling back"),
        ActionSpec(
            name: "clear_interface_errors", risk: .safeWrite, system: "network", summary: "resets an interface's error counters"),
        ActionSpec(name: "enable_port", risk: .safeWrite, system: "network", summary: "brings an administratively down port up"),
        ActionSpec(
            name: "expand_volume", risk: .safeWrite, system: "storage",
            summary: "grows a volume and its filesystem; never shrinks"),
        ActionSpec(
            name: "clear_temp_files", risk: .safeWrite, system: "host", summary: "deletes files under the temp directories only"),
        ActionSpec(
            name: "prune_container_images", risk: .safeWrite, system: "host",
            summary: "removes stopped containers and unused images (never volumes); images can be pulled again"),
        ActionSpec(name: "rotate_logs", risk: .safeWrite, system: "host", summary: "forces a log rotation"),
        ActionSpec(
            name: "evict_cache_keys", risk: .safeWrite, system: "cache", summary: "evicts named keys; the cache refills them"),
        // Critical writes: lose data, availability or access if wrong; always need a human.
        ActionSpec(
            name: "rollback_deployment", risk: .criticalWrite, system: "kubernetes",
            summary: "returns a deployment to its previous revision; changes the running code"),
        ActionSpec(name: "clear_snapshots", risk: .criticalWrite, system: "storage", summary: "deletes snapshots; irreversible"),
        ActionSpec(
            name: "reboot_instance", risk: .criticalWrite, system: "vm", isRestart: true,
            summary: "hard reboot of a cloud instance; ephemeral disks may be lost"),
        ActionSpec(
            name: "disable_port", risk: .criticalWrite, system: "network", summary: "takes a port down; cuts what is behind it"),
        ActionSpec(name: "drain_node", risk: .criticalWrite, system: "kubernetes", summary: "evicts every pod from a node"),
        ActionSpec(name: "failover_database", risk: .criticalWrite, system: "database", summary: "promotes a replica"),
        ActionSpec(name: "isolate_host", risk: .criticalWrite, system: "security", summary: "cuts a host off the network"),
        ActionSpec(name: "revoke_credentials", risk: .criticalWrite, system: "security", summary: "revokes keys or tokens"),
    ])
}
