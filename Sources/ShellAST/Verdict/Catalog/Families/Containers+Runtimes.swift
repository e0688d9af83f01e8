/// Container runtimes below docker: crictl (Kubernetes nodes), ctr (containerd),
/// and the stand-alone `docker-compose`/`podman-compose` programs.
///
/// Same split as `Containers`: listing and inspecting are read-only, starting
/// and pulling are safe writes, stopping and removing containers, pods, tasks,
/// images or snapshots are critical writes. `crictl exec` is judged by the
/// engine (the command inside); `ctr run`/`ctr task exec` and compose's
/// `exec`/`run` run commands the engine does not analyse, so they need review.
enum ContainerRuntimes {
    static let compose = ["docker-compose", "podman-compose"]

    static let composeValueOptions: Set<String> = [
        "-f", "--file", "-p", "--project-name", "--project-directory", "--env-file", "--profile", "--ansi", "--progress",
        "--parallel", "-e", "--env", "-u", "--user", "-w", "--workdir", "-v", "--volume", "--name", "--entrypoint", "-l",
        "--label", "--scale", "-t", "--timeout", "--tail", "--since", "--until", "--index", "--rmi", "--exit-code-from",
        "--attach", "--no-attach", "--wait-timeout", "--pull", "--format",
    ]

    static let crictlValueOptions: Set<String> = [
        "-r", "--runtime-endpoint", "-i", "--image-endpoint", "-c", "--config", "--timeout", "--name", "--label", "--pod",
        "-p", "--state", "-s", "-o", "--output", "--image", "--id", "--namespace", "--last", "--tail", "--since", "--filter",
        "--seconds", "--signal", "-e", "--env",
    ]

    static let ctrValueOptions: Set<String> = [
        "-n", "--namespace", "-a", "--address", "--timeout", "--connect-timeout", "--snapshotter", "--mount", "--env",
        "--label", "--platform", "--runtime", "--cwd", "-u", "--user", "--exec-id", "-s", "--signal", "--with-ns",
        "--gpus", "--cap-add", "--cap-drop", "--memory-limit", "--cpus", "--log-uri", "--fifo-dir", "--hostname",
        "--runtime-config-path", "--rootfs-propagation", "--env-file", "--device", "--user-agent",
    ]

    static let ctrContainers = ["c", "container", "containers"]
    static let ctrImages = ["i", "image", "images"]
    static let ctrTasks = ["t", "task", "tasks"]
    static let ctrSnapshots = ["snapshot", "snapshots"]
    static let ctrNamespaces = ["ns", "namespace", "namespaces"]

    static func sub(_ groups: [String], _ verbs: [String]) -> [[String]] { Containers.sub(groups, verbs) }

    static func rule(
        _ program: String, _ commands: [String], _ what: String, _ subcommands: [[String]], when: ArgCondition = .always,
        unless: ArgCondition? = nil, _ effect: RuleEffect, _ message: String, examples: [String], counterexamples: [String] = []
    ) -> CatalogRule {
        CatalogRule(
            id: "containers.\(program).\(what)", commands: commands, subcommands: subcommands, when: when, unless: unless,
            effect: effect, message: message, examples: examples, counterexamples: counterexamples)
    }

    static let family = CatalogFamily(
        syntaxes: [
            .reviewed(compose, .containers, "an unknown docker-compose subcommand; its effect is unknown", valueOptions: composeValueOptions),
            .reviewed(["crictl"], .containers, "an unknown crictl subcommand; its effect is unknown", valueOptions: crictlValueOptions),
            .reviewed(["ctr"], .containers, "an unknown ctr subcommand; its effect is unknown", valueOptions: ctrValueOptions),
        ],
        rules: [
            // docker-compose / podman-compose
            rule(
                "docker-compose", compose, "read", [["ps"], ["ls"], ["logs"], ["config"], ["images"], ["top"], ["port"], ["version"], ["events"], ["stats"]],
                .readOnly, "reads the state of a compose project",
                examples: ["docker-compose ps", "docker-compose -f prod.yml logs --tail=100 web", "podman-compose ps"],
                counterexamples: ["docker-compose down"]),
            rule(
                "docker-compose", compose, "change",
                [["up"], ["down"], ["restart"], ["start"], ["stop"], ["pull"], ["build"], ["create"], ["pause"], ["unpause"], ["kill"], ["cp"], ["scale"], ["watch"], ["attach"]],
                .safeWrite, "starts, stops or rebuilds a compose project's containers",
                examples: ["docker-compose up -d", "docker-compose restart web", "docker-compose down"], counterexamples: ["docker-compose ps"]),
            rule(
                "docker-compose", compose, "remove", [["rm"], ["push"]], .criticalWrite,
                "removes a compose project's containers or publishes its images",
                examples: ["docker-compose rm -f", "docker-compose push"], counterexamples: ["docker-compose stop"]),
            rule(
                "docker-compose", compose, "down-volumes", [["down"]], when: .any([.shortFlag("v"), .option(["--volumes", "--rmi"])]),
                .criticalWrite, "`down -v` also deletes the project's volumes (their data) or images",
                examples: ["docker-compose down -v", "docker-compose down --rmi all"], counterexamples: ["docker-compose down"]),
            rule(
                "docker-compose", compose, "exec", [["exec"], ["run"]], .review,
                "runs a command in a service's container; the engine does not analyse that command",
                examples: ["docker-compose exec web sh", "docker-compose run --rm migrate"], counterexamples: ["docker-compose ps"]),
            rule(
                "docker-compose", compose, "run-host-mount", [["run"]], when: .analyzer(.containerMount(.escape)), .block,
                "mounts the host's root, a system tree or the runtime socket into the container: root on the host",
                examples: ["docker-compose run -v /:/host web"], counterexamples: ["docker-compose run -v ./src:/src web"]),

            // crictl
            rule(
                "crictl", ["crictl"], "read",
                [["ps"], ["pods"], ["images"], ["img"], ["image"], ["inspect"], ["inspectp"], ["inspecti"], ["logs"], ["stats"],
                 ["statsp"], ["info"], ["version"], ["imagefsinfo"], ["completion"], ["events"], ["metricsp"]],
                .readOnly, "reads containers, pods or images on the node",
                examples: ["crictl ps -a", "crictl pods --name web", "crictl logs --tail 50 abc123", "crictl inspect abc123", "crictl images"],
                counterexamples: ["crictl rm abc123"]),
            rule(
                "crictl", ["crictl"], "exec", [["exec"]], .readOnly, "runs a command in a container; that command is judged on its own",
                examples: ["crictl exec -it abc123 ls /"], counterexamples: ["crictl ps"]),
            rule(
                "crictl", ["crictl"], "change",
                [["attach"], ["run"], ["runp"], ["create"], ["start"], ["update"], ["port-forward"], ["pull"], ["checkpoint"], ["update-runtime-config"]],
                .safeWrite, "starts, updates or pulls containers, pods or images",
                examples: ["crictl pull nginx:1.27", "crictl start abc123"], counterexamples: ["crictl ps"]),
            rule(
                "crictl", ["crictl"], "config-read", [["config"]], unless: .option(["--set"]), .readOnly, "prints crictl's configuration",
                examples: ["crictl config --get runtime-endpoint", "crictl config"], counterexamples: ["crictl config --set debug=true"]),
            rule(
                "crictl", ["crictl"], "config-set", [["config"]], when: .option(["--set"]), .safeWrite, "changes crictl's configuration",
                examples: ["crictl config --set runtime-endpoint=unix:///run/containerd/containerd.sock"], counterexamples: ["crictl config --get runtime-endpoint"]),
            rule(
                "crictl", ["crictl"], "remove", [["stop"], ["stopp"], ["rm"], ["rmp"], ["rmi"]], .criticalWrite,
                "stops or removes containers, pod sandboxes or images behind the kubelet's back",
                examples: ["crictl stop abc123", "crictl rmp -f def456", "crictl rmi --prune", "crictl rm -a"], counterexamples: ["crictl ps -a"]),

            // ctr (containerd)
            rule(
                "ctr", ["ctr"], "read",
                sub(ctrContainers, ["ls", "list", "info"]) + sub(ctrImages, ["ls", "list", "check"]) + sub(ctrTasks, ["ls", "list", "ps", "metrics"])
                    + sub(ctrSnapshots, ["ls", "list", "info", "tree", "usage"]) + sub(ctrNamespaces, ["ls", "list"])
                    + sub(["content"], ["ls", "list", "get"]) + sub(["leases", "lease"], ["ls", "list"]) + sub(["plugins", "plugin"], ["ls", "list"])
                    + sub(["sandboxes", "sandbox", "sb"], ["ls", "list"]) + [["version"], ["events"], ["info"], ["deprecations", "list"]],
                .readOnly, "reads containerd's containers, images, tasks or snapshots",
                examples: ["ctr -n k8s.io c ls", "ctr -n k8s.io i ls", "ctr t ls", "ctr namespaces list", "ctr version"],
                counterexamples: ["ctr c rm web"]),
            rule(
                "ctr", ["ctr"], "remove",
                sub(ctrTasks, ["kill", "delete", "del", "rm", "remove"]) + sub(ctrContainers, ["delete", "del", "rm", "remove"])
                    + sub(ctrImages, ["remove", "rm", "delete", "del", "prune"]) + sub(ctrSnapshots, ["rm", "remove", "delete", "del"])
                    + sub(ctrNamespaces, ["rm", "remove", "delete", "del"]) + sub(["content"], ["rm", "delete", "del", "prune"])
                    + sub(["leases", "lease"], ["rm", "delete"]) + [["install"]],
                .criticalWrite, "kills tasks or deletes containers, images, snapshots or namespaces in containerd (or installs binaries from an image)",
                examples: ["ctr t kill web", "ctr -n k8s.io c rm abc", "ctr i rm docker.io/library/nginx:latest", "ctr snapshot rm snap1"],
                counterexamples: ["ctr t ls"]),
            rule(
                "ctr", ["ctr"], "change",
                sub(ctrContainers, ["create", "label"]) + sub(ctrTasks, ["start", "pause", "resume", "attach", "checkpoint"])
                    + sub(ctrImages, ["pull", "import", "export", "tag", "mount", "unmount", "push", "convert", "label"])
                    + sub(ctrSnapshots, ["prepare", "commit", "mount", "view", "label", "unpack"]) + sub(ctrNamespaces, ["create", "label"])
                    + sub(["content"], ["fetch", "ingest", "push"]) + sub(["leases", "lease"], ["create"]),
                .safeWrite, "creates containers, starts tasks or pulls and imports images in containerd",
                examples: ["ctr i pull docker.io/library/alpine:latest", "ctr t start web"], counterexamples: ["ctr i ls"]),
            rule(
                "ctr", ["ctr"], "run", [["run"]] + sub(ctrTasks, ["exec"]), .review,
                "runs a container or a command in a task; the command is not analysed",
                examples: ["ctr run --rm docker.io/library/alpine:latest t1 sh", "ctr t exec --exec-id e1 web ls"], counterexamples: ["ctr t ls"]),
            rule(
                "ctr", ["ctr"], "run-escape", [["run"], ["c", "create"], ["container", "create"], ["containers", "create"]],
                when: .any([Containers.privilegedFlag, .analyzer(.containerMount(.escape))]), .block,
                "`--privileged` or a bind mount of the host root, a system tree or a runtime socket: root on the host",
                examples: ["ctr run --privileged docker.io/library/alpine:latest t1", "ctr run --mount type=bind,src=/,dst=/host,options=rbind:rw docker.io/library/alpine:latest t1"],
                counterexamples: ["ctr run --rm docker.io/library/alpine:latest t1"]),
            rule(
                "ctr", ["ctr"], "run-host-namespace", [["run"], ["c", "create"], ["container", "create"], ["containers", "create"]],
                when: .option(["--net-host", "--with-ns", "--cap-add", "--privileged-without-host-devices"]), .criticalWrite,
                "shares a host namespace or adds capabilities",
                examples: ["ctr run --net-host docker.io/library/alpine:latest t1"], counterexamples: ["ctr run --rm docker.io/library/alpine:latest t2"]),
        ])
}
