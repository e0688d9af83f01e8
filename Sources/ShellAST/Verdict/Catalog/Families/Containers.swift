/// Containers: docker, podman and nerdctl (one syntax), with `compose`.
///
/// Reading state (`ps`, `logs`, `inspect`, `stats`...) is allowed; changing
/// containers (`restart`, `run`, `pull`...) is a safe write; removing them or
/// their data (`rm`, `rmi`, every `prune`, `volume rm`, `compose down -v`) is a
/// critical write — `docker system prune -af` is a routine disk-full
/// remediation, so it is reviewed, never blocked. `run`/`create` shapes that
/// hand the host to the container (`--privileged`, `-v /:/host`, the docker
/// socket, `--cap-add SYS_ADMIN`, `--pid=host` with ptrace...) are blocked:
/// running them is root on the host. `exec` is read-only itself: the engine
/// judges the command it runs inside the container.
enum Containers {
    static let programs = ["docker", "podman", "nerdctl"]

    /// Options of docker, podman and nerdctl that take a separate value (the
    /// engine uses the same list to find the container of `exec`/`run`). `-t`,
    /// `-i`, `-a`, `-d`, `-s` are left out: they are mostly flags. `-f` is in
    /// (`--filter`, `--file`) although `rm -f` is a flag: no rule depends on
    /// the positional it shifts.
    static let valueOptions: Set<String> = [
        // global
        "-H", "--host", "--config", "-c", "--context", "-l", "--log-level", "--tlscacert", "--tlscert", "--tlskey",
        "--connection", "--url", "--identity", "--root", "--runroot", "--storage-driver", "--storage-opt", "--runtime",
        "--cgroup-manager", "--events-backend", "--hooks-dir", "--tmpdir", "--volumepath", "--conmon", "--namespace",
        "-n", "--address", "--snapshotter", "--cni-path", "--data-root",
        // run / create / exec / update
        "-e", "--env", "--env-file", "-u", "--user", "-w", "--workdir", "--detach-keys", "-v", "--volume", "-p",
        "--publish", "--name", "--network", "--net", "--entrypoint", "--mount", "-m", "--memory", "--cpus", "--label",
        "--restart", "--hostname", "-h", "--add-host", "--device", "--cap-add", "--cap-drop", "--security-opt", "--pid",
        "--ipc", "--uts", "--log-driver", "--log-opt", "--platform", "--pull", "--shm-size", "--tmpfs", "--ulimit",
        "--userns", "--volumes-from", "--dns", "--dns-search", "--dns-option", "--gpus", "--cpu-shares", "--health-cmd",
        "--health-interval", "--health-retries", "--health-timeout", "--health-start-period", "--stop-signal",
        "--stop-timeout", "--cgroupns", "--cgroup-parent", "--cidfile", "--expose", "--group-add", "--ip", "--ip6",
        "--link", "--mac-address", "--memory-swap", "--memory-reservation", "--memory-swappiness", "--label-file",
        "--network-alias", "--oom-score-adj", "--sysctl", "--blkio-weight", "--cpu-period", "--cpu-quota",
        "--cpuset-cpus", "--cpuset-mems", "--device-cgroup-rule", "--device-read-bps", "--device-write-bps",
        "--domainname", "--isolation", "--pids-limit", "--annotation", "--attach", "--init-path", "--pod",
        // services, swarm, compose
        "--mount-add", "--mount-rm", "--publish-add", "--env-add", "--env-rm", "--replicas", "--mode", "--constraint",
        "--secret", "--limit-cpu", "--limit-memory", "--reserve-cpu", "--reserve-memory", "--file", "-f",
        "--project-name", "--project-directory", "--profile", "--ansi", "--progress", "--scale", "--index",
        // build, images, logs, listing
        "--tag", "--build-arg", "--target", "--cache-from", "--cache-to", "--iidfile", "-o", "--output", "--build-context",
        "--ssh", "--filter", "--format", "--tail", "--since", "--until", "--last", "--signal", "--time", "--timeout",
        "--author", "--change", "--message", "--input", "--username", "--password", "--driver", "--subnet",
        "--gateway", "--ip-range", "--opt", "--ipam-driver", "--description", "--docker", "--type",
    ]

    static let runLike: [[String]] = [
        ["run"], ["create"], ["container", "run"], ["container", "create"], ["service", "create"], ["service", "update"],
        ["compose", "run"], ["pod", "create"],
    ]

    static let execLike: [[String]] = [["exec"], ["container", "exec"]]

    /// `--cap-add` values that are container escapes on their own.
    static let escapeCapabilities = ["all", "sys_admin", "sys_module", "dac_read_search"]

    /// `--privileged` (not `--privileged=false`; a later `--privileged` still wins).
    static let privilegedFlag: ArgCondition = .anyArgument(.equals([
        "--privileged", "--privileged=true", "--privileged=True", "--privileged=TRUE", "--privileged=1", "--privileged=t", "--privileged=T",
    ]))

    /// Escalating privileges beyond the container's own namespaces.
    static let privileged: ArgCondition = .any([
        privilegedFlag,
        .optionValue(["--cap-add"], .containsCaseInsensitive(["all", "sys_admin", "sys_ptrace", "net_admin", "sys_module", "dac_read_search"])),
    ])

    /// `--pid=host`, `--pid host` (`--net`, `--ipc`...).
    static func sharesHost(_ namespace: String) -> ArgCondition {
        .optionValue(["--\(namespace)"], .equals(["host"]))
    }

    static let hostNetwork: ArgCondition = .any([sharesHost("net"), sharesHost("network")])

    static func sub(_ groups: [String], _ verbs: [String]) -> [[String]] {
        groups.flatMap { g in verbs.map { [g, $0] } }
    }

    static func rule(
        _ what: String, _ subcommands: [[String]], when: ArgCondition = .always, unless: ArgCondition? = nil,
        _ effect: RuleEffect, _ message: String, examples: [String], counterexamples: [String] = []
    ) -> CatalogRule {
        CatalogRule(
            id: "containers.docker.\(what)", commands: programs, subcommands: subcommands, when: when, unless: unless,
            effect: effect, message: message, examples: examples, counterexamples: counterexamples)
    }

    static let family = CatalogFamily(
        syntaxes: [
            .reviewed(programs, .containers, "an unknown docker/podman subcommand; its effect is unknown", valueOptions: valueOptions),
        ],
        rules: [
            rule(
                "usage", [], when: .positionalCount(0...0), .readOnly, "prints usage or the version",
                examples: ["docker --version", "podman -v", "docker"], counterexamples: ["docker ps"]),
            rule(
                "read",
                [["ps"], ["logs"], ["inspect"], ["stats"], ["top"], ["images"], ["history"], ["port"], ["diff"], ["events"],
                 ["version"], ["info"], ["search"], ["wait"]]
                    + sub(["image"], ["ls", "list", "inspect", "history", "tree"])
                    + sub(["container"], ["ls", "list", "ps", "inspect", "logs", "stats", "top", "port", "diff", "wait"])
                    + sub(["system"], ["df", "info", "events"])
                    + sub(["volume", "network", "context", "plugin", "secret", "config", "machine"], ["ls", "list", "inspect"])
                    + [["context", "show"], ["volume", "exists"], ["container", "exists"], ["image", "exists"], ["network", "exists"]]
                    + sub(["compose"], ["ps", "ls", "logs", "config", "images", "top", "port", "version", "events", "stats"])
                    + sub(["buildx", "builder"], ["ls", "inspect", "version", "du"]) + [["buildx", "imagetools", "inspect"]]
                    + sub(["node", "service", "stack"], ["ls", "list", "inspect", "ps", "logs", "services"])
                    + sub(["pod"], ["ps", "ls", "list", "inspect", "logs", "stats", "top", "exists"])
                    + [["manifest", "inspect"], ["trust", "inspect"], ["system", "connection", "list"], ["namespace", "ls"],
                       ["generate", "kube"], ["kube", "generate"]],
                .readOnly, "reads container, image, volume or engine state",
                examples: ["docker ps -a", "docker logs --tail 100 -f web", "podman inspect web", "docker stats --no-stream",
                           "docker system df", "docker compose ps", "docker compose logs --tail=50 api", "docker image ls",
                           "nerdctl -n k8s.io ps", "docker network inspect bridge", "docker volume ls"],
                counterexamples: ["docker rm web", "docker system prune -af"]),
            rule(
                "exec", execLike, .readOnly, "runs a command in a running container; that command is judged on its own",
                examples: ["docker exec web cat /etc/nginx/nginx.conf", "podman exec -it db psql -c 'select 1'"],
                counterexamples: ["docker run alpine ls"]),
            rule(
                "exec-root", execLike,
                when: .beforePositional(0, .any([
                    .option(["--privileged"]),
                    .optionValue(["-u", "--user"], .prefix(["root", "0"])),
                    .anyArgument(.prefix(["-uroot", "-u0", "-u=root", "-u=0"])),
                ])),
                .criticalWrite, "`exec --privileged` or `-u root` runs the command with full privileges inside the container",
                examples: ["docker exec -u root web id", "docker exec --privileged web mount", "docker exec --user=0 web ls", "podman exec -u0 web ls"],
                counterexamples: ["docker exec web ps -u root", "docker exec -u app web ls"]),
            rule(
                "change",
                [["restart"], ["start"], ["stop"], ["pause"], ["unpause"], ["kill"], ["update"], ["rename"], ["tag"], ["pull"],
                 ["build"], ["commit"], ["login"], ["logout"], ["cp"], ["attach"], ["load"], ["import"], ["init"]]
                    + runLike
                    + sub(["container"], ["start", "stop", "restart", "pause", "unpause", "kill", "update", "rename", "commit", "cp", "attach"])
                    + sub(["image"], ["pull", "tag", "build", "load", "import"])
                    + sub(["network"], ["create", "connect", "disconnect", "reload"]) + [["volume", "create"]]
                    + sub(["context"], ["use", "create", "update", "rm", "import", "export"])
                    + sub(["compose"], ["up", "down", "restart", "start", "stop", "pull", "build", "create", "pause", "unpause", "kill", "cp", "scale", "watch", "attach"])
                    + sub(["buildx", "builder"], ["build", "bake", "create", "use", "stop"])
                    + sub(["swarm"], ["init", "join", "update", "unlock"])
                    + sub(["service"], ["scale", "rollback"]) + [["stack", "deploy"]] + sub(["node"], ["update", "promote", "demote"])
                    + [["secret", "create"], ["config", "create"], ["trust", "sign"]] + sub(["manifest"], ["create", "annotate", "add"])
                    + sub(["pod"], ["start", "stop", "restart", "pause", "unpause", "kill"]) + [["play", "kube"], ["kube", "play"]]
                    + sub(["machine"], ["start", "stop", "init"]) + [["generate", "systemd"], ["auto-update"], ["healthcheck", "run"]],
                .safeWrite, "starts, stops or changes containers, images, networks or the engine's configuration",
                examples: ["docker restart web", "docker compose up -d", "podman pull nginx:1.27", "docker run --rm alpine echo hi",
                           "docker context use prod", "docker kill web", "docker build -t app:1 ."],
                counterexamples: ["docker ps", "docker rm web"]),
            rule(
                "generate-file", [["generate", "kube"], ["kube", "generate"]], when: .option(["-f", "--filename"]), .safeWrite,
                "writes the generated Kubernetes YAML to a file",
                examples: ["podman generate kube -f web.yaml web"], counterexamples: ["podman generate kube web"]),
            rule(
                "save-file", [["save"], ["export"], ["image", "save"], ["container", "export"]], when: .option(["-o", "--output"]),
                .safeWrite, "writes an image or container archive to a file",
                examples: ["docker save -o app.tar app:1", "docker export --output=web.tar web"], counterexamples: ["docker save app:1"]),
            rule(
                "save-protected", [["save"], ["export"], ["image", "save"], ["container", "export"]],
                when: .any([.optionValue(["-o", "--output"], .path(.protectedFile)), .optionValue(["-o", "--output"], .path(.systemTree)), .optionValue(["-o", "--output"], .path(.blockDevice))]),
                .block, "writes an archive over an account, boot or device file or a system tree",
                examples: ["docker save -o /dev/sda app:1", "docker export --output=/etc/passwd web"], counterexamples: ["docker save -o /tmp/app.tar app:1"]),
            rule(
                "save-stdout", [["save"], ["export"], ["image", "save"], ["container", "export"]], when: .not(.option(["-o", "--output"])),
                .readOnly, "writes an image or container archive to standard output",
                examples: ["docker save app:1 | gzip"], counterexamples: ["docker save -o a.tar app:1"]),
            rule(
                "kill-signal", [["kill"], ["container", "kill"], ["compose", "kill"], ["pod", "kill"]], when: .option(["-s", "--signal"]),
                .criticalWrite, "`kill -s` sends a chosen signal to the container's main process",
                examples: ["docker kill -s HUP web", "docker kill --signal=SIGTERM web"], counterexamples: ["docker kill web"]),
            rule(
                "dynamic-targets",
                [["stop"], ["kill"], ["restart"], ["pause"], ["rm"], ["rmi"]] + sub(["container"], ["stop", "kill", "restart", "pause", "rm"])
                    + sub(["volume", "network", "image"], ["rm"]),
                when: .anyPositional(.dynamic),
                .criticalWrite, "acts on containers chosen at run time (`$(docker ps -q)` is every container)",
                examples: ["docker stop $(docker ps -q)", "docker ps -aq | xargs docker rm", "docker volume rm $(docker volume ls -q)"],
                counterexamples: ["docker stop web"]),
            rule(
                "remove",
                [["rm"], ["rmi"], ["push"]] + sub(["container"], ["rm", "remove", "prune"]) + sub(["image"], ["rm", "remove", "prune", "push"])
                    + sub(["volume", "network"], ["rm", "remove", "prune"]) + [["system", "prune"]]
                    + sub(["builder", "buildx"], ["prune", "rm"]) + [["compose", "rm"], ["compose", "push"]]
                    + sub(["service", "stack", "node", "secret", "config", "pod", "manifest", "machine"], ["rm", "remove"])
                    + [["pod", "prune"], ["swarm", "leave"], ["stack", "down"]] + sub(["plugin"], ["install", "rm", "remove", "upgrade", "enable", "push"]),
                .criticalWrite, "removes containers, images, volumes, networks or services (their data is lost), publishes an image, or installs an engine plugin",
                examples: ["docker rm web", "docker rmi app:1", "docker system prune -af", "docker volume rm pgdata", "docker image prune -a",
                           "docker swarm leave --force", "docker service rm api", "docker stack rm app", "docker plugin install vieux/sshfs",
                           "docker push registry.example.com/app:latest", "podman pod rm -f web"],
                counterexamples: ["docker ps", "docker volume ls", "docker system df"]),
            rule(
                "remove-force", [["rm"], ["rmi"], ["container", "rm"], ["image", "rm"], ["volume", "rm"], ["network", "rm"], ["pod", "rm"]],
                when: .any([.shortFlag("f"), .option(["--force"])]),
                .criticalWrite, "`rm -f` removes running containers or images still in use",
                examples: ["docker rm -f web", "docker rmi --force app:1", "docker rm -vf web"], counterexamples: ["docker rm web"]),
            rule(
                "compose-down-volumes", [["compose", "down"]], when: .any([.shortFlag("v"), .option(["--volumes", "--rmi"])]),
                .criticalWrite, "`compose down -v` also deletes the project's volumes (their data) or images",
                examples: ["docker compose down -v", "docker compose down --volumes --rmi all"], counterexamples: ["docker compose down"]),
            rule(
                "compose-exec", [["compose", "exec"], ["compose", "run"]], .review,
                "runs a command in a compose service's container; the engine does not analyse that command",
                examples: ["docker compose exec db psql -U app", "docker compose run --rm web sh"], counterexamples: ["docker compose ps"]),
            rule(
                "entrypoint", runLike, when: .option(["--entrypoint"]), .review,
                "`--entrypoint` replaces the image's program (the command it runs is judged too)",
                examples: ["docker run --entrypoint sh alpine -c id", "podman run --entrypoint=/bin/bash img"], counterexamples: ["docker run alpine id"]),
            rule(
                "swarm-join-token", [["swarm", "join-token"], ["swarm", "unlock-key"]], Kubernetes.sensitiveRead,
                "prints a swarm join token or unlock key: a cluster credential",
                examples: ["docker swarm join-token worker"], counterexamples: ["docker swarm init"]),
            rule(
                "system-reset", [["system", "reset"]], .block,
                "`podman system reset` deletes every container, pod, image and volume, running or not",
                examples: ["podman system reset -f", "podman system reset"], counterexamples: ["podman system df"]),
            // Container escapes.
            rule(
                "run-privileged", runLike, when: privilegedFlag, .block,
                "`--privileged` gives the container every capability and all host devices: it is root on the host",
                examples: ["docker run --privileged -it alpine sh", "podman run --rm --privileged=true fedora", "docker create --privileged nginx",
                           "docker run --privileged=false --privileged alpine"],
                counterexamples: ["docker run --rm alpine ls", "docker run --privileged=false alpine"]),
            rule(
                "run-host-mount", runLike, when: .analyzer(.containerMount(.escape)), .block,
                "mounts the host's root, a system tree, a device or the container runtime's socket into the container: root on the host",
                examples: ["docker run -v /:/host alpine chroot /host", "docker run --rm -v /var/run/docker.sock:/var/run/docker.sock docker:cli ps",
                           "docker run --volume=/etc:/mnt/etc alpine", "docker run --mount type=bind,source=/,target=/host alpine",
                           "podman run -v //:/h:rw alpine", "docker run -itv /root:/r alpine", "docker run -v /etc/../:/h alpine",
                           "docker service create --mount type=bind,src=/var/run/docker.sock,dst=/s img", "docker run -v /home/bob/.ssh:/k alpine"],
                counterexamples: ["docker run -v /srv/app/data:/data alpine", "docker run -v pgdata:/var/lib/postgresql/data postgres",
                                  "docker run -v /:/host:ro alpine ls /host"]),
            rule(
                "run-host-exposure", runLike, when: .analyzer(.containerMount(.exposure)), .criticalWrite,
                "mounts host system files or secrets into the container (read-only system trees, writable system files, credentials)",
                examples: ["docker run -v /:/host:ro alpine ls /host", "docker run -v /etc/nginx:/etc/nginx nginx",
                           "docker run -v /home/app/.ssh:/root/.ssh:ro app", "docker run -v $HOME/.aws:/root/.aws:ro amazon/aws-cli s3 ls",
                           "docker run -v ~/.kube/config:/root/.kube/config:ro bitnami/kubectl get pods"],
                counterexamples: ["docker run -v /etc/localtime:/etc/localtime:ro app", "docker run -v ./data:/data app"]),
            rule(
                "run-api-socket", runLike, when: .option(["--use-api-socket"]), .block,
                "`--use-api-socket` mounts the Docker API socket into the container: root on the host",
                examples: ["docker run --use-api-socket docker:cli ps"], counterexamples: ["docker run docker:cli version"]),
            rule(
                "run-host-rootfs", runLike, when: .all([.option(["--rootfs"]), .positional(0, .catastrophicPath)]), .block,
                "`podman run --rootfs /` runs the container on the host's own root filesystem",
                examples: ["podman run --rootfs / sh", "podman run -it --rootfs /usr ls"], counterexamples: ["podman run --rootfs /srv/rootfs sh"]),
            rule(
                "run-escape-capability", runLike,
                when: .optionValue(["--cap-add"], .containsCaseInsensitive(escapeCapabilities)),
                .block, "adds a capability that escapes the container (`ALL`, `SYS_ADMIN` mounts the host's cgroups, `SYS_MODULE` loads kernel code, `DAC_READ_SEARCH` reads host files)",
                examples: ["docker run --cap-add=SYS_ADMIN alpine", "docker run --cap-add ALL alpine", "podman run --cap-add=CAP_SYS_MODULE fedora"],
                counterexamples: ["docker run --cap-add=NET_BIND_SERVICE nginx"]),
            rule(
                "run-host-device", runLike,
                when: .optionValue(["--device"], .path(.blockDevice)),
                .block, "hands a host disk or memory device to the container: it can read or wipe the host's data",
                examples: ["docker run --device=/dev/sda:/dev/xvda alpine", "docker run --device /dev/nvme0n1 alpine", "docker run --device /dev/mem alpine"],
                counterexamples: ["docker run --device /dev/fuse alpine"]),
            rule(
                "run-unmasked-proc", runLike,
                when: .optionValue(["--security-opt"], .containsCaseInsensitive(["systempaths=unconfined", "unmask="])),
                .block, "`--security-opt systempaths=unconfined` unmasks `/proc/sys` and `/proc/sysrq-trigger`: the container can reboot or take over the host",
                examples: ["docker run --security-opt systempaths=unconfined alpine", "podman run --security-opt unmask=ALL fedora"],
                counterexamples: ["docker run --security-opt no-new-privileges alpine"]),
            rule(
                "run-host-pid-ptrace", runLike,
                when: .all([sharesHost("pid"), .any([privileged, .optionValue(["--security-opt"], .containsCaseInsensitive(["apparmor=unconfined", "apparmor:unconfined"]))])]),
                .block, "`--pid=host` with ptrace or admin capabilities reaches host processes (`nsenter -t 1`): root on the host",
                examples: ["docker run --pid=host --cap-add=SYS_PTRACE alpine", "docker run --pid host --cap-add sys_ptrace --security-opt apparmor=unconfined alpine"],
                counterexamples: ["docker run --pid=host alpine ps"]),
            rule(
                "run-host-network-admin", runLike,
                when: .all([hostNetwork, .optionValue(["--cap-add"], .containsCaseInsensitive(["net_admin", "all", "sys_admin"]))]),
                .block, "host networking with `NET_ADMIN` lets the container rewrite the host's firewall and routes",
                examples: ["docker run --net=host --cap-add=NET_ADMIN alpine iptables -F", "docker run --network host --cap-add NET_ADMIN alpine"],
                counterexamples: ["docker run --network host alpine", "docker run --cap-add=NET_ADMIN alpine"]),
            rule(
                "run-host-namespace", runLike,
                when: .any([sharesHost("pid"), sharesHost("net"), sharesHost("network"), sharesHost("ipc"), sharesHost("uts"), sharesHost("userns"), sharesHost("cgroupns")]),
                .criticalWrite, "shares a host namespace: the container sees host processes (`--pid=host` can kill them), host ports and local-only services (`--net=host`), or runs as host root (`--userns=host`)",
                examples: ["docker run --pid=host alpine ps", "docker run --net=host nginx", "docker run --ipc host app", "docker run --userns=host alpine"],
                counterexamples: ["docker run --network app-net nginx"]),
            rule(
                "run-weakened-isolation", runLike,
                when: .any([
                    .option(["--cap-add", "--device", "--device-cgroup-rule"]),
                    .optionValue(["--security-opt"], .containsCaseInsensitive(["unconfined", "label=disable", "label:disable", "no-new-privileges=false", "no-new-privileges:false"])),
                ]),
                .criticalWrite, "adds capabilities or devices, or turns off seccomp/AppArmor/SELinux confinement",
                examples: ["docker run --cap-add=NET_ADMIN alpine", "docker run --security-opt seccomp=unconfined alpine", "docker run --device /dev/fuse alpine",
                           "docker run --security-opt apparmor=unconfined alpine"],
                counterexamples: ["docker run --cap-drop=ALL alpine", "docker run --security-opt no-new-privileges alpine"]),
            rule(
                "cp-protected", [["cp"], ["container", "cp"], ["compose", "cp"]],
                when: .any([.positional(1, .path(.protectedFile)), .positional(1, .path(.systemTree)), .positional(1, .path(.blockDevice))]),
                .block, "copies from a container over a host account, boot or device file or a whole system tree",
                examples: ["docker cp web:/tmp/passwd /etc/passwd", "docker cp web:/rootfs/. /"], counterexamples: ["docker cp web:/var/log/app.log ."]),
            rule(
                "cp-system", [["cp"], ["container", "cp"], ["compose", "cp"]], when: .positional(1, .path(.systemFile)),
                .criticalWrite, "copies from a container into a host system directory",
                examples: ["docker cp web:/app/job /etc/cron.d/job"], counterexamples: ["docker cp app.conf web:/etc/app.conf"]),
        ])
}
