/// Kubernetes: kubectl and oc (OpenShift's kubectl, same syntax plus `oc adm`,
/// `oc project`, `oc login`...). helm is in `Kubernetes+Helm.swift`.
///
/// Reading the cluster is allowed (except printing Secret data or raw
/// credentials: review). Changing objects is a safe write; deleting, draining,
/// tainting, approving certificates, debugging nodes, forced replacement and
/// any change in the `kube-system`/`kube-public`/`kube-node-lease` namespaces
/// are critical writes. Mass or unrecoverable deletion — `--all`, every
/// namespace, a namespace itself, nodes, persistent volumes, CRDs (every custom
/// object of the kind goes with them), cluster roles and bindings, forced
/// deletion in a system namespace — is blocked, as are pods that take over
/// their node (`run --privileged`, `--overrides` with `hostPID`/`hostPath`).
/// `--dry-run=client|server` turns any of these into a preview (read-only),
/// but only when every `--dry-run` on the line says so: `--dry-run=none`,
/// `=false`, bare `--dry-run` and values only known at run time are not trusted
/// (the last occurrence wins in kubectl).
enum Kubernetes {
    static let programs = ["kubectl", "oc"]

    /// Every kubectl/oc option that takes a separate value, global and per
    /// command: a missing one would shift the verb (`--cache-dir get delete ns x`).
    /// `--dry-run`, `--cascade` and `--validate` are left out: their value must be
    /// attached with `=`.
    static let valueOptions: Set<String> = [
        // global
        "-n", "--namespace", "--context", "--cluster", "--kubeconfig", "-s", "--server", "--user", "--as", "--as-group",
        "--as-uid", "--token", "--password", "--username", "--cache-dir", "--certificate-authority", "--client-certificate",
        "--client-key", "--tls-server-name", "--request-timeout", "--profile", "--profile-output", "--kuberc", "-v", "--v",
        "--vmodule", "--log-dir", "--log-file", "--log-file-max-size", "--log-flush-frequency", "--stderrthreshold",
        "--log-backtrace-at", "--config",
        // per command
        "-o", "--output", "-l", "--selector", "-f", "--filename", "-k", "--kustomize", "-c", "--container", "--field-selector",
        "--sort-by", "--template", "--timeout", "--since", "--since-time", "--tail", "--limit-bytes", "--grace-period",
        "--replicas", "--current-replicas", "--resource-version", "--image", "--port", "--restart", "--env", "-e", "--labels",
        "-L", "--label-columns", "--overrides", "-p", "--patch", "--patch-file", "--type", "--for", "--to-revision", "--revision",
        "--field-manager", "--chunk-size", "--prune-allowlist", "--prune-whitelist", "--max-log-requests",
        "--pod-running-timeout", "--pod-selector", "--skip-wait-for-delete-timeout", "--raw", "--subresource", "--max",
        "--min", "--cpu-percent", "--cpu", "--memory", "--name", "--protocol", "--target-port", "--external-ip",
        "--session-affinity", "--cluster-ip", "--load-balancer-ip", "--override-type", "--schedule", "--from", "--from-file",
        "--from-literal", "--from-env-file", "--docker-server", "--docker-username", "--docker-password", "--docker-email",
        "--cert", "--key", "--clusterrole", "--role", "--serviceaccount", "--group", "--verb", "--resource",
        "--resource-name", "--non-resource-url", "--aggregation-rule", "--address", "--api-group", "--api-version",
        "--image-pull-policy", "--copy-to", "--target", "--custom", "--set-image", "--containers", "--prefix", "--keys",
        "--limits", "--requests", "--retries", "--types", "--verbs", "--categories", "--accept-hosts", "--accept-paths",
        "--reject-paths", "--reject-methods", "--api-prefix", "--www", "--www-prefix", "--unix-socket", "--keepalive",
        "--node-name", "--class", "--rule", "--default-backend", "--annotation", "--hard", "--scopes", "--value",
        "--description", "--duration", "--audience", "--bound-object-kind", "--bound-object-name", "--bound-object-uid",
        "--min-available", "--max-unavailable", "--tcp", "--node-port", "--clusterip", "--local-port", "--output-directory",
        "--output-version", "--sort", "--show-kind", "--to", "--to-image", "--dest-dir", "--strategy", "--image-stream",
        "--display-name", "--source-secret", "--git-ref", "--context-dir", "--build-arg", "--from-dir", "--from-repo",
        "--from-build", "--from-archive", "--dest", "--exclude", "--include", "--confirm", "--node-selector",
        "--insecure-skip-tls-verify-backend",
    ]

    static let systemNamespaces = ["kube-system", "kube-public", "kube-node-lease", "openshift", "openshift-etcd", "openshift-kube-apiserver"]

    /// `-n kube-system`, `--namespace=kube-system`, `-nkube-system`.
    static let inSystemNamespace: ArgCondition = .any([
        .optionValue(["-n", "--namespace"], .equals(systemNamespaces)),
        .anyArgument(.equals(systemNamespaces.map { "-n" + $0 })),
    ])

    /// A dry run kubectl honours: some `--dry-run=client|server` before `--`, no
    /// `--dry-run` that executes (`none`, `false`, `0`...) or is bare, and no
    /// argument whose value is only known at run time (it could be `--dry-run=none`).
    static let dryRun: ArgCondition = .all([
        .option(["--dry-run=client", "--dry-run=server"]),
        .not(.anyArgument(.equals([
            "--dry-run", "--dry-run=", "--dry-run=none", "--dry-run=false", "--dry-run=False", "--dry-run=FALSE", "--dry-run=0",
            "--dry-run=f", "--dry-run=F", "--dry-run=unchanged",
        ]))),
        .not(.anyArgument(.dynamic)),
    ])

    /// A resource kind (lower, capitalised or upper case, singular or plural,
    /// short name) as the first positional, in a comma list, or as `kind/name` anywhere.
    static func kind(_ names: [String]) -> ArgCondition {
        let all = names.flatMap { [$0, $0.prefix(1).uppercased() + $0.dropFirst(), $0.uppercased()] }
        return .any([
            .positional(0, .equals(all)),
            .positional(0, .prefix(all.map { $0 + "," })),
            .positional(0, .suffix(all.map { "," + $0 })),
            .positional(0, .contains(all.map { "," + $0 + "," })),
            .anyPositional(.prefix(all.map { $0 + "/" })),
        ])
    }

    static let allObjects: ArgCondition = .any([
        .option(["--all"]),
        .all([.any([.shortFlag("A"), .option(["--all-namespaces"])]), .not(.option(["-l", "--selector", "--field-selector"]))]),
    ])

    /// Reading secrets: allowed to run only after a human looked.
    static let sensitiveRead = RuleEffect(risk: .readOnly, verdict: .review)

    static let upgradeOptions: ArgCondition = .option([
        "--to", "--to-latest", "--to-image", "--to-multi-arch", "--clear", "--allow-explicit-upgrade", "--force",
        "--allow-upgrade-with-warnings",
    ])

    /// `--replicas=0` however the zero is spelled.
    static let zeroReplicas = ["0", "00", "000", "-0", "+0"]

    static let forced: ArgCondition = .any([.option(["--force", "--now"]), .optionValue(["--grace-period"], .equals(["0", "1"]))])

    /// Verbs that change the cluster (the `--dry-run` preview applies to them).
    static let mutating: [[String]] = [
        ["apply"], ["create"], ["patch"], ["edit"], ["label"], ["annotate"], ["set"], ["replace"], ["expose"], ["autoscale"],
        ["run"], ["rollout", "restart"], ["rollout", "undo"], ["rollout", "pause"], ["rollout", "resume"], ["scale"],
        ["cordon"], ["uncordon"], ["drain"], ["taint"], ["delete"], ["cp"], ["attach"], ["debug"], ["certificate"],
        ["auth", "reconcile"], ["port-forward"], ["proxy"], ["new-project"], ["new-app"], ["new-build"],
        ["start-build"], ["cancel-build"], ["import-image"], ["tag"], ["rollout", "latest"], ["rollout", "retry"],
        ["rollout", "cancel"], ["rsync"], ["policy"], ["adm", "drain"], ["adm", "cordon"], ["adm", "uncordon"],
        ["adm", "taint"], ["adm", "certificate"], ["adm", "policy"], ["adm", "prune"], ["adm", "must-gather"],
        ["adm", "upgrade"], ["adm", "groups"], ["adm", "new-project"],
    ]

    static func rule(
        _ what: String, _ subcommands: [[String]], when: ArgCondition = .always, unless: ArgCondition? = dryRun,
        _ effect: RuleEffect, _ message: String, examples: [String], counterexamples: [String] = []
    ) -> CatalogRule {
        CatalogRule(
            id: "kubernetes.kubectl.\(what)", commands: programs, subcommands: subcommands, when: when, unless: unless,
            effect: effect, message: message, examples: examples, counterexamples: counterexamples)
    }

    static let family = CatalogFamily(
        syntaxes: [
            .reviewed(programs, .kubernetes, "an unknown kubectl subcommand or plugin; its effect is unknown", valueOptions: valueOptions),
        ],
        rules: [
            rule(
                "usage", [], when: .positionalCount(0...0), unless: nil, .readOnly, "prints usage or the version",
                examples: ["kubectl", "kubectl --help", "oc --version"], counterexamples: ["kubectl get pods"]),
            rule(
                "read",
                [["get"], ["describe"], ["logs"], ["log"], ["top"], ["events"], ["explain"], ["api-resources"], ["api-versions"],
                 ["version"], ["cluster-info"], ["config", "view"], ["config", "get-contexts"], ["config", "current-context"],
                 ["config", "get-clusters"], ["config", "get-users"], ["auth", "can-i"], ["auth", "whoami"], ["diff"], ["wait"],
                 ["rollout", "status"], ["rollout", "history"], ["plugin", "list"], ["completion"], ["kustomize"], ["options"],
                 ["help"], ["alpha", "events"], ["status"], ["whoami"], ["projects"], ["adm", "top"], ["adm", "node-logs"],
                 ["adm", "policy", "who-can"], ["policy", "who-can"], ["adm", "release", "info"], ["process"]],
                unless: nil, .readOnly, "reads cluster state",
                examples: ["kubectl get pods -n prod -o wide", "kubectl describe pod api-7d9 -n prod", "kubectl logs -f deploy/api -c app --tail=200",
                           "kubectl top pods -A", "kubectl get events --sort-by=.lastTimestamp", "kubectl --context prod -n web get deploy",
                           "kubectl rollout status deploy/api", "kubectl auth can-i delete pods", "oc status", "kubectl describe secret db-creds",
                           "kubectl get secrets -n prod", "kubectl diff -f deploy.yaml", "kubectl config get-contexts"],
                counterexamples: ["kubectl delete pod x"]),
            rule(
                "exec", [["exec"]], unless: nil, .readOnly, "runs a command in a container; that command (after `--`) is judged on its own",
                examples: ["kubectl exec -n prod api-7d9 -- cat /etc/resolv.conf", "kubectl exec -it deploy/api -c app -- ls /tmp"],
                counterexamples: ["kubectl get pods"]),
            rule(
                "secret-read", [["get"]],
                when: .any([
                    .all([
                        kind(["secret", "secrets"]),
                        .any([
                            .optionValue(["-o", "--output"], .prefix(["yaml", "json", "jsonpath", "go-template", "template", "custom-columns", "kyaml"])),
                            .anyArgument(.prefix(["-oyaml", "-ojson", "-ojsonpath", "-ogo-template", "-otemplate", "-ocustom-columns", "-o=yaml", "-o=json", "-o=jsonpath", "-o=go-template", "-o=custom-columns"])),
                        ]),
                    ]),
                    .optionValue(["--raw"], .contains(["/secrets"])),
                ]),
                unless: nil, sensitiveRead, "prints Secret data (passwords, tokens, keys)",
                examples: ["kubectl get secret db-creds -o yaml", "kubectl get secrets -n prod -o json", "kubectl get secret/db -o jsonpath='{.data.password}'",
                           "kubectl get -ojson secret x", "kubectl get --raw /api/v1/namespaces/prod/secrets/db"],
                counterexamples: ["kubectl get secrets", "kubectl get pods -o yaml", "kubectl get secret db -o name"]),
            rule(
                "show-token", [["whoami"]], when: .option(["-t", "--show-token"]), unless: nil, sensitiveRead,
                "`oc whoami --show-token` prints the session's bearer token",
                examples: ["oc whoami --show-token", "oc whoami -t"], counterexamples: ["oc whoami"]),
            rule(
                "kustomize-plugins", [["kustomize"]], when: .option(["--enable-exec", "--enable-alpha-plugins", "--enable-helm", "--helm-command"]), unless: nil, .review,
                "`kustomize --enable-exec`/`--enable-alpha-plugins`/`--enable-helm` runs local programs named by the kustomization",
                examples: ["kubectl kustomize --enable-alpha-plugins --enable-exec overlays/prod"], counterexamples: ["kubectl kustomize overlays/prod"]),
            rule(
                "config-raw", [["config", "view"]], when: .option(["--raw"]), unless: nil, sensitiveRead,
                "`config view --raw` prints cluster credentials (client keys, tokens)",
                examples: ["kubectl config view --raw", "kubectl config view --flatten --raw"], counterexamples: ["kubectl config view"]),
            rule(
                "dry-run", mutating, when: dryRun, unless: nil, .readOnly, "`--dry-run=client|server` only previews the change",
                examples: ["kubectl apply -f deploy.yaml --dry-run=server", "kubectl delete ns prod --dry-run=client",
                           "kubectl create deployment web --image=nginx --dry-run=client -o yaml"],
                counterexamples: ["kubectl apply -f deploy.yaml --dry-run=none", "kubectl delete pod x --dry-run", "kubectl apply -f d.yaml --dry-run=client --dry-run=none"]),
            rule(
                "change",
                [["apply"], ["create"], ["patch"], ["edit"], ["label"], ["annotate"], ["set"], ["replace"], ["expose"], ["autoscale"],
                 ["run"], ["rollout", "restart"], ["rollout", "undo"], ["rollout", "pause"], ["rollout", "resume"], ["scale"],
                 ["cordon"], ["uncordon"], ["config", "use-context"], ["config", "use"], ["config", "set-context"],
                 ["config", "set-cluster"], ["config", "set-credentials"], ["config", "set"], ["config", "unset"],
                 ["config", "delete-context"], ["config", "delete-cluster"], ["config", "delete-user"], ["config", "rename-context"],
                 ["cp"], ["port-forward"], ["proxy"], ["attach"], ["certificate", "deny"], ["new-project"], ["login"],
                 ["logout"], ["new-app"], ["new-build"], ["start-build"], ["cancel-build"], ["import-image"], ["tag"],
                 ["rollout", "latest"], ["rollout", "retry"], ["rollout", "cancel"], ["rsync"], ["adm", "cordon"],
                 ["adm", "uncordon"], ["adm", "inspect"], ["adm", "groups"], ["adm", "new-project"]],
                .safeWrite, "changes cluster objects or the local kubeconfig",
                examples: ["kubectl apply -f deploy.yaml", "kubectl rollout restart deployment/api -n prod", "kubectl scale deploy/api --replicas=5",
                           "kubectl set image deploy/api app=api:1.4", "kubectl config use-context prod", "kubectl cordon node-3",
                           "kubectl rollout undo deploy/api", "kubectl port-forward svc/db 5432:5432", "oc new-project team-b", "oc login https://api.example.com:6443"],
                counterexamples: ["kubectl get deploy", "kubectl apply -f deploy.yaml --dry-run=server"]),
            rule(
                "current-project", [["project"]], when: .positionalCount(0...0), unless: nil, .readOnly, "`oc project` prints the current project",
                examples: ["oc project", "oc project -q"], counterexamples: ["oc project prod"]),
            rule(
                "switch-project", [["project"]], when: .positionalCount(1...64), .safeWrite, "`oc project NAME` switches the current project in the kubeconfig",
                examples: ["oc project prod"], counterexamples: ["oc project"]),
            rule(
                "cluster-info-dump-system", [["cluster-info", "dump"]], when: .optionValue(["--output-directory"], .path(.systemTree)), unless: nil, .block,
                "writes the cluster dump over a system tree",
                examples: ["kubectl cluster-info dump --output-directory=/etc"], counterexamples: ["kubectl cluster-info dump --output-directory=/tmp/dump"]),
            rule(
                "cluster-info-dump", [["cluster-info", "dump"]], when: .option(["--output-directory"]), unless: nil, .safeWrite,
                "`cluster-info dump --output-directory` writes the cluster's state and logs to files",
                examples: ["kubectl cluster-info dump --output-directory=/tmp/dump"], counterexamples: ["kubectl cluster-info dump"]),
            rule(
                "delete", [["delete"]], .criticalWrite, "deletes cluster objects",
                examples: ["kubectl delete pod api-7d9 -n prod", "kubectl delete -f old.yaml", "kubectl delete pvc data-db-0", "oc delete dc/web"],
                counterexamples: ["kubectl delete pod x --dry-run=client"]),
            rule(
                "delete-all", [["delete"]], when: allObjects,
                unless: .any([dryRun, .positional(0, .equals(["events", "event", "ev"]))]), .block,
                "`delete --all` or across all namespaces deletes every object of the kind: mass deletion",
                examples: ["kubectl delete pods --all -n prod", "kubectl delete deploy --all", "kubectl delete pvc --all", "kubectl delete all --all -n web",
                           "kubectl delete pods -A", "kubectl delete deploy --all-namespaces"],
                counterexamples: ["kubectl delete pods -A -l app=batch", "kubectl delete events --all", "kubectl delete pods --all --dry-run=client"]),
            rule(
                "delete-namespace", [["delete"]], when: kind(["ns", "namespace", "namespaces", "project", "projects"]), .block,
                "deletes a whole namespace and every object in it, volumes' claims included",
                examples: ["kubectl delete namespace prod", "kubectl delete ns staging", "kubectl delete ns/staging", "oc delete project team-a",
                           "kubectl delete ns,deploy x", "kubectl -n kube-system delete Namespace x"],
                counterexamples: ["kubectl delete ns prod --dry-run=server", "kubectl delete cm ns-config"]),
            rule(
                "delete-cluster-scoped", [["delete"]],
                when: kind(["node", "nodes", "no", "pv", "persistentvolume", "persistentvolumes", "crd", "crds",
                            "customresourcedefinition", "customresourcedefinitions", "clusterrole", "clusterroles",
                            "clusterrolebinding", "clusterrolebindings"]),
                .block, "deletes a node, a persistent volume (its data), a CRD (every object of that kind) or cluster-wide RBAC",
                examples: ["kubectl delete node worker-3", "kubectl delete pv pvc-1234", "kubectl delete crd certificates.cert-manager.io",
                           "kubectl delete clusterrolebinding admin-binding", "kubectl delete nodes/worker-2"],
                counterexamples: ["kubectl delete pod node-exporter-x", "kubectl delete pvc data"]),
            rule(
                "delete-forced", [["delete"]], when: forced, .criticalWrite,
                "forced deletion removes the object without waiting for its processes to stop (StatefulSet pods can run twice)",
                examples: ["kubectl delete pod api-1 --grace-period=0 --force", "kubectl delete pod x --now"], counterexamples: ["kubectl delete pod x"]),
            rule(
                "delete-system-forced", [["delete"]], when: .all([inSystemNamespace, .any([forced, allObjects])]), .block,
                "forced or mass deletion in a system namespace takes down the cluster's own components",
                examples: ["kubectl delete pod coredns-1 -n kube-system --grace-period=0 --force", "kubectl -n kube-system delete pods --all"],
                counterexamples: ["kubectl delete pod coredns-1 -n kube-system"]),
            rule(
                "system-namespace", mutating, when: inSystemNamespace, .criticalWrite,
                "changes objects in a system namespace (`kube-system`, `kube-public`, `kube-node-lease`)",
                examples: ["kubectl -n kube-system rollout restart deploy/coredns", "kubectl apply -f cni.yaml --namespace=kube-system",
                           "kubectl delete pod coredns-1 -nkube-system"],
                counterexamples: ["kubectl -n kube-system get pods", "kubectl -n prod rollout restart deploy/api"]),
            rule(
                "remote-manifest", [["apply"], ["create"], ["replace"], ["delete"]],
                when: .optionValue(["-f", "--filename", "-k", "--kustomize"], .prefix(["http://", "https://", "github.com/"])), .criticalWrite,
                "applies or deletes a manifest fetched from the network; its content is not known here",
                examples: ["kubectl apply -f https://raw.githubusercontent.com/org/repo/main/deploy.yaml"], counterexamples: ["kubectl apply -f deploy.yaml"]),
            rule(
                "forced-replace", [["replace"], ["apply"]], when: .option(["--force", "--prune"]), .criticalWrite,
                "`--force` deletes and recreates objects; `apply --prune` deletes objects missing from the manifests",
                examples: ["kubectl replace --force -f pod.yaml", "kubectl apply --prune -l app=web -f dir/"], counterexamples: ["kubectl replace -f pod.yaml"]),
            rule(
                "drain", [["drain"], ["adm", "drain"]], .criticalWrite, "evicts every pod from the node",
                examples: ["kubectl drain node-3 --ignore-daemonsets", "kubectl drain node-3 --ignore-daemonsets --delete-emptydir-data --force", "oc adm drain node-1"],
                counterexamples: ["kubectl cordon node-3"]),
            rule(
                "drain-many", [["drain"], ["adm", "drain"]], when: .option(["-l", "--selector"]), .block,
                "drains every node a selector matches at once: an outage",
                examples: ["kubectl drain -l node-role.kubernetes.io/worker --ignore-daemonsets", "kubectl drain --selector=pool=default"],
                counterexamples: ["kubectl drain node-3 --ignore-daemonsets"]),
            rule(
                "cordon-many", [["cordon"], ["uncordon"], ["adm", "cordon"]], when: .any([.option(["-l", "--selector"]), .anyPositional(.dynamic)]),
                .criticalWrite, "cordons every node a selector matches: no new pods can be scheduled on them",
                examples: ["kubectl cordon -l pool=spot"], counterexamples: ["kubectl cordon node-3"]),
            rule(
                "taint", [["taint"], ["adm", "taint"]], .criticalWrite, "taints nodes: `NoExecute` evicts their pods, `NoSchedule` blocks new ones",
                examples: ["kubectl taint nodes node-3 dedicated=db:NoSchedule", "kubectl taint nodes --all node-role.kubernetes.io/control-plane-"],
                counterexamples: ["kubectl describe node node-3"]),
            rule(
                "taint-all-evict", [["taint"], ["adm", "taint"]], when: .all([.option(["--all", "-l", "--selector"]), .anyPositional(.suffix([":NoExecute"]))]),
                .block, "a `NoExecute` taint on every node evicts every pod in the cluster",
                examples: ["kubectl taint nodes --all maintenance=true:NoExecute"], counterexamples: ["kubectl taint nodes node-3 maintenance=true:NoExecute"]),
            rule(
                "scale-zero", [["scale"]], when: .optionValue(["--replicas"], .equals(zeroReplicas)), .criticalWrite,
                "scales to zero replicas: the workload stops serving",
                examples: ["kubectl scale deploy/api --replicas=0", "kubectl scale statefulset db --replicas 0"], counterexamples: ["kubectl scale deploy/api --replicas=3"]),
            rule(
                "scale-zero-all", [["scale"]], when: .all([.optionValue(["--replicas"], .equals(zeroReplicas)), .option(["--all", "-l", "--selector"])]),
                .block, "scales every workload of the kind to zero: the namespace stops serving",
                examples: ["kubectl scale deploy --all --replicas=0 -n prod"], counterexamples: ["kubectl scale deploy/api --replicas=0"]),
            rule(
                "restart-all", [["rollout", "restart"]],
                when: .any([.option(["--all", "-l", "--selector"]), .all([.positionalCount(1...1), .not(.positional(0, .contains(["/"])))])]),
                .criticalWrite, "restarts every workload of the kind in the namespace",
                examples: ["kubectl rollout restart deployment -n prod", "kubectl rollout restart deploy -l tier=web"],
                counterexamples: ["kubectl rollout restart deployment/api", "kubectl rollout restart deployment api"]),
            rule(
                "mass-change", [["label"], ["annotate"], ["set"], ["patch"]], when: allObjects, .criticalWrite,
                "changes every object of the kind (labels move workloads that select on them)",
                examples: ["kubectl label nodes --all pool=general", "kubectl annotate pods --all -n prod x=y"], counterexamples: ["kubectl label node node-3 pool=db"]),
            rule(
                "privileged-grant",
                [["certificate", "approve"], ["adm", "certificate", "approve"], ["auth", "reconcile"], ["create", "clusterrolebinding"],
                 ["create", "rolebinding"], ["create", "clusterrole"], ["create", "token"], ["set", "subject"], ["policy"], ["adm", "policy"],
                 ["adm", "must-gather"], ["adm", "prune"]],
                unless: .any([dryRun, .positional(0, .equals(["who-can"]))]), .criticalWrite, "grants access (approves a certificate signing request, binds roles, mints a token) or runs cluster-wide administration",
                examples: ["kubectl certificate approve csr-abc12", "kubectl create clusterrolebinding ops --clusterrole=cluster-admin --user=bob",
                           "kubectl create token deployer", "oc adm policy add-cluster-role-to-user cluster-admin bob", "kubectl auth reconcile -f rbac.yaml"],
                counterexamples: ["kubectl certificate deny csr-abc12", "kubectl create configmap x --from-literal=a=b"]),
            rule(
                "upgrade-status", [["adm", "upgrade"]], when: .all([.positionalCount(0...0), .not(upgradeOptions)]), unless: nil, .readOnly,
                "`oc adm upgrade` without options shows the update status",
                examples: ["oc adm upgrade"], counterexamples: ["oc adm upgrade --to-latest", "oc adm upgrade --to 4.15.3"]),
            rule(
                "cluster-upgrade", [["adm", "upgrade"]], when: upgradeOptions, .criticalWrite, "upgrades the cluster to another release",
                examples: ["oc adm upgrade --to-latest", "oc adm upgrade --to=4.15.3"], counterexamples: ["oc adm upgrade"]),
            rule(
                "debug", [["debug"]], .criticalWrite, "`kubectl debug` starts a debugging container (`node/...` one with the node's filesystem and namespaces)",
                examples: ["kubectl debug -it api-7d9 --image=busybox --target=app", "kubectl debug node/worker-1 -it --image=ubuntu", "oc debug node/worker-1"],
                counterexamples: ["kubectl describe pod api"]),
            rule(
                "remote-shell", [["rsh"], ["extract"]], unless: nil, .review,
                "`oc rsh` opens a shell in a pod (commands given to it are not analysed); `oc extract` writes Secret or ConfigMap data to files",
                examples: ["oc rsh api-7d9", "oc extract secret/db-creds --to=/tmp"], counterexamples: ["oc get pods"]),
            rule(
                "run-privileged", [["run"]],
                when: .any([
                    .option(["--privileged"]),
                    .optionValue(["--overrides"], .containsCaseInsensitive(["privileged", "hostpid", "hostpath", "sys_admin", "nsenter"])),
                ]),
                .block, "the pod takes over its node (privileged container, host PID namespace or host filesystem): root on the node",
                examples: ["kubectl run r00t --image=alpine --privileged -- sh",
                           "kubectl run x --restart=Never --image=alpine --overrides='{\"spec\":{\"hostPID\":true,\"containers\":[{\"name\":\"x\",\"image\":\"alpine\",\"securityContext\":{\"privileged\":true}}]}}'"],
                counterexamples: ["kubectl run tmp --image=busybox --restart=Never -- sleep 60"]),
            rule(
                "run-host-access", [["run"]], when: .optionValue(["--overrides"], .containsCaseInsensitive(["hostnetwork", "hostipc", "capabilities", "runasuser\":0", "runasuser\": 0"])),
                .criticalWrite, "the pod shares the node's network or IPC namespace or adds capabilities",
                examples: ["kubectl run x --image=alpine --overrides='{\"spec\":{\"hostNetwork\":true}}'"], counterexamples: ["kubectl run x --image=alpine"]),
            rule(
                "network-exposure", [["proxy"], ["port-forward"]],
                when: .any([
                    .optionValue(["--address"], .contains(["0.0.0.0", "::", "*"])),
                    .option(["--accept-hosts", "--disable-filter"]),
                ]),
                .criticalWrite, "exposes the API server or a pod's port to the network, not only to this host",
                examples: ["kubectl proxy --address=0.0.0.0 --accept-hosts='.*'", "kubectl port-forward --address 0.0.0.0 svc/db 5432"],
                counterexamples: ["kubectl proxy", "kubectl port-forward svc/db 5432"]),
            rule(
                "cp-protected", [["cp"], ["rsync"]],
                when: .any([.positional(1, .path(.protectedFile)), .positional(1, .path(.systemTree)), .positional(1, .path(.blockDevice))]),
                .block, "copies from a pod over a host account, boot or device file or a whole system tree",
                examples: ["kubectl cp prod/api-7d9:/tmp/x /etc/passwd", "kubectl cp api:/rootfs /usr"], counterexamples: ["kubectl cp api:/tmp/dump.txt ./dump.txt"]),
            rule(
                "cp-system", [["cp"], ["rsync"]], when: .positional(1, .path(.systemFile)), .criticalWrite,
                "copies from a pod into a host system directory",
                examples: ["kubectl cp api:/app/job /etc/cron.d/job"], counterexamples: ["kubectl cp ./conf api:/etc/app"]),
        ])
}
