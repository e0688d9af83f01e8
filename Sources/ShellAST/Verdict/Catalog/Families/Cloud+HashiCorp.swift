/// HashiCorp Vault and Consul.
///
/// Status, listings and metadata only read. Reading a secret (`vault kv get`, `vault read`)
/// prints it: read-only, but a human decides, as for other credential reads. Writing secrets,
/// tokens, policies and keys is a safe write; deleting them, disabling engines or audit
/// devices, sealing Vault or removing servers from a cluster is a critical write; deleting
/// every key of Consul's store is blocked.
enum HashiCorpTools {
    static let vaultValueOptions: Set<String> = [
        "-address", "-namespace", "-ns", "-format", "-field", "-mount", "-path", "-method", "-ca-cert", "-ca-path", "-client-cert", "-client-key",
        "-tls-server-name", "-wrap-ttl", "-policy", "-ttl", "-display-name", "-versions", "-version", "-output-curl-string",
    ]
    static let consulValueOptions: Set<String> = [
        "-http-addr", "-token", "-token-file", "-datacenter", "-namespace", "-partition", "-ca-file", "-ca-path", "-client-cert", "-client-key",
        "-format", "-separator", "-service", "-node", "-name", "-kind", "-tls-server-name",
    ]

    static let family = CatalogFamily(
        syntaxes: [
            .reviewed(["vault"], .cloud, "runs a Vault command the engine does not know", valueOptions: vaultValueOptions),
            .reviewed(["consul"], .cloud, "runs a Consul command the engine does not know", valueOptions: consulValueOptions),
        ],
        rules: [
            CatalogRule(
                id: "cloud.vault.read", commands: ["vault"],
                subcommands: [["status"], ["version"], ["token", "lookup"], ["token", "capabilities"], ["secrets", "list"], ["auth", "list"],
                              ["audit", "list"], ["policy", "list"], ["policy", "read"], ["kv", "list"], ["kv", "metadata", "get"], ["operator", "raft", "list-peers"],
                              ["operator", "members"], ["namespace", "list"], ["namespace", "lookup"], ["lease", "lookup"], ["plugin", "list"],
                              ["path-help"], ["list"]],
                effect: .readOnly, message: "shows Vault's status, mounts, policies or secret names (not their values)",
                examples: ["vault status", "vault secrets list", "vault kv list secret/app", "vault token lookup", "vault operator raft list-peers"],
                counterexamples: ["vault kv get secret/app", "vault kv delete secret/app"]),
            CatalogRule(
                id: "cloud.vault.secret-read", commands: ["vault"], subcommands: [["kv", "get"], ["read"], ["print", "token"], ["unwrap"]],
                effect: RuleEffect(risk: .readOnly, verdict: .review), message: "prints secrets",
                examples: ["vault kv get secret/app", "vault read database/creds/readonly", "vault kv get -field=password secret/db"],
                counterexamples: ["vault kv list secret/"]),
            CatalogRule(
                id: "cloud.vault.change", commands: ["vault"],
                subcommands: [["kv", "put"], ["kv", "patch"], ["kv", "rollback"], ["kv", "undelete"], ["kv", "enable-versioning"], ["write"],
                              ["token", "create"], ["token", "renew"], ["policy", "write"], ["policy", "fmt"], ["secrets", "enable"], ["secrets", "tune"],
                              ["auth", "enable"], ["auth", "tune"], ["lease", "renew"], ["login"], ["audit", "enable"], ["namespace", "create"],
                              ["operator", "unseal"], ["unseal"]],
                effect: .safeWrite, message: "writes secrets, tokens, policies or mounts",
                examples: ["vault kv put secret/app key=value", "vault write auth/approle/role/ci policies=ci", "vault login -method=oidc"],
                counterexamples: ["vault kv get secret/app"]),
            CatalogRule(
                id: "cloud.vault.destroy", commands: ["vault"],
                subcommands: [["kv", "delete"], ["kv", "destroy"], ["kv", "metadata", "delete"], ["delete"], ["secrets", "disable"], ["secrets", "move"],
                              ["auth", "disable"], ["audit", "disable"], ["policy", "delete"], ["token", "revoke"], ["lease", "revoke"],
                              ["operator", "seal"], ["operator", "step-down"], ["operator", "raft", "remove-peer"], ["operator", "rekey"],
                              ["operator", "generate-root"], ["operator", "raft", "snapshot", "restore"], ["namespace", "delete"], ["seal"],
                              ["operator", "init"], ["init"]],
                effect: .criticalWrite, message: "deletes secrets, tokens, policies or mounts, disables auditing, or seals or reshapes Vault",
                examples: ["vault kv delete secret/prod", "vault secrets disable secret", "vault operator seal", "vault lease revoke -prefix aws/",
                           "vault seal", "vault operator init"],
                counterexamples: ["vault secrets list"]),
            CatalogRule(
                id: "cloud.hashicorp.version", commands: ["vault", "consul"], when: RuleVocabulary.helpOrVersion,
                effect: .readOnly, message: "prints the version or help",
                examples: ["vault --version", "consul --help"], counterexamples: ["consul leave"]),
            CatalogRule(
                id: "cloud.consul.read", commands: ["consul"],
                subcommands: [["members"], ["info"], ["version"], ["catalog", "services"], ["catalog", "nodes"], ["catalog", "datacenters"],
                              ["kv", "get"], ["operator", "raft", "list-peers"], ["operator", "autopilot", "get-config"], ["operator", "autopilot", "state"],
                              ["intention", "list"], ["intention", "get"], ["intention", "check"], ["config", "list"], ["config", "read"], ["monitor"],
                              ["rtt"], ["peering", "list"], ["peering", "read"], ["services", "export"]],
                unless: .any([.option(["-recurse"]), .anyArgument(.prefix(["-recurse="]))]),
                effect: .readOnly, message: "shows cluster members, the catalog, configuration entries or a key",
                examples: ["consul members", "consul catalog services", "consul kv get config/app/timeout", "consul operator raft list-peers"],
                counterexamples: ["consul kv delete config/app", "consul kv get -recurse"]),
            CatalogRule(
                id: "cloud.consul.change", commands: ["consul"],
                subcommands: [["kv", "put"], ["kv", "import"], ["services", "register"], ["services", "deregister"], ["config", "write"],
                              ["intention", "create"], ["reload"], ["maint"], ["join"], ["snapshot", "save"], ["lock"], ["watch"], ["exec"]],
                effect: .safeWrite, message: "writes keys, registers services or configuration, or joins or snapshots the cluster",
                examples: ["consul kv put config/app/timeout 30", "consul reload", "consul maint -enable -service web"],
                counterexamples: ["consul members"]),
            CatalogRule(
                id: "cloud.consul.runs", commands: ["consul"], subcommands: [["lock"], ["watch"], ["exec"]],
                effect: .review, message: "runs a command (on a lock, on a change, or on every agent)",
                examples: ["consul exec -service web 'systemctl restart nginx'", "consul lock locks/deploy ./deploy.sh"], counterexamples: ["consul members"]),
            CatalogRule(
                id: "cloud.consul.destroy", commands: ["consul"],
                subcommands: [["kv", "delete"], ["leave"], ["force-leave"], ["operator", "raft", "remove-peer"], ["snapshot", "restore"],
                              ["config", "delete"], ["intention", "delete"], ["acl", "token", "delete"], ["acl", "policy", "delete"],
                              ["peering", "delete"]],
                effect: .criticalWrite, message: "deletes keys, configuration or ACLs, restores a snapshot, or removes servers from the cluster",
                examples: ["consul kv delete config/app/timeout", "consul leave", "consul snapshot restore backup.snap"], counterexamples: ["consul kv get x"]),
            CatalogRule(
                id: "cloud.consul.delete-all", commands: ["consul"], subcommands: [["kv", "delete"]],
                when: .all([.any([.option(["-recurse"]), .anyArgument(.equals(["-recurse=true"]))]),
                            .any([.positionalCount(0...0), .anyPositional(.equals(["", "/"]))])]),
                effect: .block, message: "deletes every key in Consul's store",
                examples: ["consul kv delete -recurse", "consul kv delete -recurse ''"], counterexamples: ["consul kv delete -recurse config/app/"]),
        ])
}
