/// helm: releases in a Kubernetes cluster.
///
/// Listing, rendering and inspecting releases and charts are read-only;
/// installing, upgrading, rolling back and managing repositories are safe
/// writes; uninstalling a release (every object it created goes), forced
/// upgrades, changes in system namespaces and installing helm plugins (code
/// that runs with your credentials) are critical writes. `--dry-run` previews
/// (helm's bare `--dry-run` means `client`), unless a `--dry-run=none|false`
/// or a value only known at run time could override it. `--post-renderer`
/// runs a local program that is not analysed.
enum Helm {
    static let valueOptions: Set<String> = [
        // global
        "--kube-context", "--kubeconfig", "-n", "--namespace", "--kube-apiserver", "--kube-as-user", "--kube-as-group",
        "--kube-ca-file", "--kube-token", "--kube-tls-server-name", "--burst-limit", "--qps", "--registry-config",
        "--repository-cache", "--repository-config", "--content-cache",
        // per command
        "-f", "--values", "--set", "--set-string", "--set-file", "--set-json", "--set-literal", "--version", "--repo", "-o",
        "--output", "--timeout", "--description", "--post-renderer", "--post-renderer-args", "--username", "--password",
        "--ca-file", "--cert-file", "--key-file", "--max", "--revision", "--name-template", "-a", "--api-versions",
        "--kube-version", "-s", "--show-only", "--output-dir", "--history-max", "-l", "--selector", "--filter", "--offset",
        "--time-format", "--template", "--labels", "--keyring", "--untardir", "-d", "--destination", "--app-version",
        "--key", "--deletion-propagation", "--cascade", "--max-col-width", "--release-name",
    ]

    /// helm honours `--dry-run`, `--dry-run=client|server|true`; `none`,
    /// `false` and unknown run-time values execute.
    static let dryRun: ArgCondition = .all([
        .option(["--dry-run"]),
        .not(.anyArgument(.equals(["--dry-run=", "--dry-run=none", "--dry-run=false", "--dry-run=False", "--dry-run=FALSE", "--dry-run=0", "--dry-run=f", "--dry-run=F"]))),
        .not(.anyArgument(.dynamic)),
    ])

    static let releaseChanges: [[String]] = [
        ["install"], ["upgrade"], ["rollback"], ["uninstall"], ["delete"], ["del"], ["un"], ["test"],
    ]

    static func rule(
        _ what: String, _ subcommands: [[String]], when: ArgCondition = .always, unless: ArgCondition? = dryRun,
        _ effect: RuleEffect, _ message: String, examples: [String], counterexamples: [String] = []
    ) -> CatalogRule {
        CatalogRule(
            id: "kubernetes.helm.\(what)", commands: ["helm"], subcommands: subcommands, when: when, unless: unless,
            effect: effect, message: message, examples: examples, counterexamples: counterexamples)
    }

    static let family = CatalogFamily(
        syntaxes: [
            .reviewed(["helm"], .kubernetes, "an unknown helm subcommand or plugin; its effect is unknown", valueOptions: valueOptions),
        ],
        rules: [
            rule(
                "usage", [], when: .positionalCount(0...0), unless: nil, .readOnly, "prints usage or the version",
                examples: ["helm", "helm --help"], counterexamples: ["helm list"]),
            rule(
                "read",
                [["list"], ["ls"], ["status"], ["get"], ["history"], ["hist"], ["show"], ["inspect"], ["template"], ["search"],
                 ["version"], ["lint"], ["env"], ["repo", "list"], ["repo", "ls"], ["dependency", "list"], ["dependency", "ls"],
                 ["dep", "list"], ["dep", "ls"], ["plugin", "list"], ["plugin", "ls"], ["verify"], ["completion"], ["help"], ["diff"]],
                unless: nil, .readOnly, "reads releases, charts or helm's configuration",
                examples: ["helm list -A", "helm status web -n prod", "helm get values web -n prod", "helm history web", "helm show values bitnami/redis",
                           "helm template web ./chart -f values.yaml", "helm repo list", "helm diff upgrade web ./chart"],
                counterexamples: ["helm uninstall web"]),
            rule(
                "release-secrets", [["get", "manifest"], ["get", "all"]], unless: nil, Kubernetes.sensitiveRead,
                "prints the release's rendered manifests, Secret objects included",
                examples: ["helm get manifest web -n prod", "helm get all web"], counterexamples: ["helm get values web", "helm get notes web"]),
            rule(
                "template-files", [["template"]], when: .option(["--output-dir"]), unless: nil, .safeWrite, "writes the rendered manifests to files",
                examples: ["helm template web ./chart --output-dir out/"], counterexamples: ["helm template web ./chart"]),
            rule(
                "files-system-tree", [["template"], ["pull"], ["fetch"], ["package"], ["create"]],
                when: .any([.optionValue(["--output-dir", "-d", "--destination", "--untardir"], .path(.systemTree)), .anyPositional(.path(.systemTree))]),
                unless: nil, .block, "writes chart files over the root or a system tree",
                examples: ["helm template web ./chart --output-dir /etc", "helm pull bitnami/redis --untar -d /"],
                counterexamples: ["helm pull bitnami/redis --untar -d ./charts"]),
            rule(
                "dry-run", releaseChanges, when: dryRun, unless: nil, .readOnly, "`--dry-run` only renders and simulates the change",
                examples: ["helm upgrade --install web ./chart --dry-run", "helm install web ./chart --dry-run=server", "helm uninstall web --dry-run"],
                counterexamples: ["helm upgrade web ./chart --dry-run=none", "helm install web ./chart"]),
            rule(
                "change",
                [["install"], ["upgrade"], ["rollback"], ["test"], ["repo", "add"], ["repo", "update"], ["repo", "up"], ["repo", "remove"],
                 ["repo", "rm"], ["repo", "index"], ["dependency", "update"], ["dependency", "up"], ["dependency", "build"],
                 ["dep", "update"], ["dep", "up"], ["dep", "build"], ["pull"], ["fetch"], ["push"], ["package"], ["create"],
                 ["registry", "login"], ["registry", "logout"], ["plugin", "update"], ["plugin", "uninstall"], ["plugin", "remove"]],
                .safeWrite, "installs, upgrades or rolls back a release, or changes local charts and repositories",
                examples: ["helm upgrade --install web ./chart -n prod -f values.yaml", "helm rollback web 3", "helm repo add bitnami https://charts.bitnami.com/bitnami",
                           "helm repo update", "helm dependency update ./chart"],
                counterexamples: ["helm list", "helm upgrade web ./chart --dry-run"]),
            rule(
                "uninstall", [["uninstall"], ["delete"], ["del"], ["un"]], .criticalWrite,
                "uninstalls a release: every object it created is deleted (with `--keep-history` off, its history too)",
                examples: ["helm uninstall web -n prod", "helm delete web"], counterexamples: ["helm uninstall web --dry-run"]),
            rule(
                "forced-upgrade", [["upgrade"], ["install"], ["rollback"]], when: .option(["--force", "--reset-values", "--replace"]), .criticalWrite,
                "`--force` deletes and recreates changed objects; `--replace` reuses a deleted release's name",
                examples: ["helm upgrade web ./chart --force", "helm rollback web 2 --force"], counterexamples: ["helm upgrade web ./chart"]),
            rule(
                "system-namespace", [["install"], ["upgrade"], ["rollback"], ["uninstall"], ["delete"], ["del"], ["un"]],
                when: .any([.optionValue(["-n", "--namespace"], .equals(Kubernetes.systemNamespaces)), .anyArgument(.equals(Kubernetes.systemNamespaces.map { "-n" + $0 }))]),
                .criticalWrite, "changes a release in a system namespace (`kube-system`...)",
                examples: ["helm upgrade cilium cilium/cilium -n kube-system"], counterexamples: ["helm upgrade web ./chart -n prod"]),
            rule(
                "plugin-install", [["plugin", "install"], ["plugin", "add"]], unless: nil, .criticalWrite,
                "installs a helm plugin: code downloaded from the network that runs with your cluster credentials",
                examples: ["helm plugin install https://github.com/databus23/helm-diff"], counterexamples: ["helm plugin list"]),
            rule(
                "post-renderer", [], when: .option(["--post-renderer"]), unless: nil, .review,
                "`--post-renderer` runs a local program on the manifests; it is not analysed",
                examples: ["helm install web ./chart --post-renderer ./kustomize.sh", "helm template web ./chart --post-renderer=./fix.sh"],
                counterexamples: ["helm install web ./chart"]),
        ])
}
