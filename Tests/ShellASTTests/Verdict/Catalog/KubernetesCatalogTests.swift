import Testing
@testable import ShellAST

/// kubectl, oc and helm: reads allowed, changes reviewed, mass deletion and
/// node takeovers blocked, `--dry-run` values checked.
@Suite struct KubernetesCatalogTests {
    @Test(arguments: [
        // Reads: allow.
        VerdictCase("kubectl get pods -A", .allow, "kubernetes.kubectl.read"),
        VerdictCase("kubectl get pods -n prod -o wide", .allow, "kubernetes.kubectl.read"),
        VerdictCase("kubectl get deploy api -n prod -o yaml", .allow, "kubernetes.kubectl.read"),
        VerdictCase("kubectl describe pod api-7d9 -n prod", .allow, "kubernetes.kubectl.read"),
        VerdictCase("kubectl logs -f deploy/api --tail=100", .allow, "kubernetes.kubectl.read"),
        VerdictCase("kubectl logs api-7d9 -c app --previous", .allow, "kubernetes.kubectl.read"),
        VerdictCase("kubectl top nodes", .allow, "kubernetes.kubectl.read"),
        VerdictCase("kubectl get events -n prod --sort-by=.lastTimestamp", .allow, "kubernetes.kubectl.read"),
        VerdictCase("kubectl explain deployment.spec.strategy", .allow, "kubernetes.kubectl.read"),
        VerdictCase("kubectl api-resources", .allow, "kubernetes.kubectl.read"),
        VerdictCase("kubectl version --client", .allow, "kubernetes.kubectl.read"),
        VerdictCase("kubectl cluster-info", .allow, "kubernetes.kubectl.read"),
        VerdictCase("kubectl config view", .allow, "kubernetes.kubectl.read"),
        VerdictCase("kubectl config current-context", .allow, "kubernetes.kubectl.read"),
        VerdictCase("kubectl auth can-i delete pods -n prod", .allow, "kubernetes.kubectl.read"),
        VerdictCase("kubectl diff -f deploy.yaml", .allow, "kubernetes.kubectl.read"),
        VerdictCase("kubectl wait --for=condition=Ready pod/api-7d9 --timeout=60s", .allow, "kubernetes.kubectl.read"),
        VerdictCase("kubectl rollout status deploy/api -n prod", .allow, "kubernetes.kubectl.read"),
        VerdictCase("kubectl rollout history deploy/api", .allow, "kubernetes.kubectl.read"),
        VerdictCase("kubectl get secrets -n prod", .allow, "kubernetes.kubectl.read"),
        VerdictCase("kubectl describe secret db-creds -n prod", .allow, "kubernetes.kubectl.read"),
        VerdictCase("kubectl -n prod get pods -o jsonpath='{.items[*].metadata.name}'", .allow, "kubernetes.kubectl.read"),
        VerdictCase("kubectl get pods -o go-template='{{range .items}}{{.metadata.name}}{{end}}'", .allow, "kubernetes.kubectl.read"),
        VerdictCase("kubectl --context prod --request-timeout 10s get nodes", .allow, "kubernetes.kubectl.read"),
        VerdictCase("kubectl exec api-7d9 -n prod -- cat /etc/resolv.conf", .allow, "kubernetes.kubectl.exec"),
        VerdictCase("oc status", .allow, "kubernetes.kubectl.read"),
        VerdictCase("oc project", .allow, "kubernetes.kubectl.current-project"),
        VerdictCase("oc adm top nodes", .allow, "kubernetes.kubectl.read"),
        VerdictCase("oc adm upgrade", .allow, "kubernetes.kubectl.upgrade-status"),
        VerdictCase("helm list -A", .allow, "kubernetes.helm.read"),
        VerdictCase("helm status web -n prod", .allow, "kubernetes.helm.read"),
        VerdictCase("helm get values web -n prod", .allow, "kubernetes.helm.read"),
        VerdictCase("helm history web", .allow, "kubernetes.helm.read"),
        VerdictCase("helm template web ./chart -f values.yaml", .allow, "kubernetes.helm.read"),
        VerdictCase("helm repo list", .allow, "kubernetes.helm.read"),
        // Dry runs: read-only previews.
        VerdictCase("kubectl apply -f deploy.yaml --dry-run=server", .allow, "kubernetes.kubectl.dry-run"),
        VerdictCase("kubectl delete ns prod --dry-run=client", .allow, "kubernetes.kubectl.dry-run"),
        VerdictCase("kubectl create deployment web --image=nginx --dry-run=client -o yaml", .allow, "kubernetes.kubectl.dry-run"),
        VerdictCase("kubectl delete pods --all -n prod --dry-run=server", .allow, "kubernetes.kubectl.dry-run"),
        VerdictCase("helm upgrade --install web ./chart --dry-run", .allow, "kubernetes.helm.dry-run"),
        VerdictCase("helm uninstall web --dry-run", .allow, "kubernetes.helm.dry-run"),
        // Wrapped, quoted, path-prefixed reads.
        VerdictCase("sudo kubectl get nodes", .allow, "kubernetes.kubectl.read"),
        VerdictCase("timeout 30 kubectl get pods -n prod", .allow, "kubernetes.kubectl.read"),
        VerdictCase("\"kubectl\" 'get' pods", .allow, "kubernetes.kubectl.read"),
        VerdictCase("/usr/local/bin/kubectl get pods", .allow, "kubernetes.kubectl.read"),
        // False alarms.
        VerdictCase("kubectl get pods -l app=delete-me", .allow, "kubernetes.kubectl.read"),
        VerdictCase("kubectl logs deploy/api | grep 'kubectl delete ns'", .allow),
        VerdictCase("kubectl get pods | grep -v Running", .allow),
        VerdictCase("kubectl get ns", .allow, "kubernetes.kubectl.read"),
        VerdictCase("kubectl get secret db -o name", .allow, "kubernetes.kubectl.read"),

        // Changes: review.
        VerdictCase("kubectl apply -f deploy.yaml", .review, "kubernetes.kubectl.change"),
        VerdictCase("kubectl rollout restart deploy/api -n prod", .review, "kubernetes.kubectl.change"),
        VerdictCase("kubectl rollout undo deploy/api", .review, "kubernetes.kubectl.change"),
        VerdictCase("kubectl scale deploy/api --replicas=3", .review, "kubernetes.kubectl.change"),
        VerdictCase("kubectl set image deploy/api app=api:1.5", .review, "kubernetes.kubectl.change"),
        VerdictCase("kubectl patch deploy api -p '{\"spec\":{\"replicas\":2}}'", .review, "kubernetes.kubectl.change"),
        VerdictCase("kubectl edit deploy/api", .review, "kubernetes.kubectl.change"),
        VerdictCase("kubectl cordon node-3", .review, "kubernetes.kubectl.change"),
        VerdictCase("kubectl config use-context prod", .review, "kubernetes.kubectl.change"),
        VerdictCase("kubectl port-forward svc/db 5432:5432", .review, "kubernetes.kubectl.change"),
        VerdictCase("kubectl cp api-7d9:/tmp/heap.hprof ./heap.hprof", .review, "kubernetes.kubectl.change"),
        VerdictCase("oc project prod", .review, "kubernetes.kubectl.switch-project"),
        VerdictCase("helm upgrade --install web ./chart -n prod -f values.yaml", .review, "kubernetes.helm.change"),
        VerdictCase("helm rollback web 3", .review, "kubernetes.helm.change"),
        VerdictCase("helm repo add bitnami https://charts.bitnami.com/bitnami", .review, "kubernetes.helm.change"),
        // Critical: still review.
        VerdictCase("kubectl delete pod api-7d9 -n prod", .review, "kubernetes.kubectl.delete"),
        VerdictCase("kubectl delete pod api-7d9 --grace-period=0 --force", .review, "kubernetes.kubectl.delete-forced"),
        VerdictCase("kubectl delete pods -A -l app=batch", .review, "kubernetes.kubectl.delete"),
        VerdictCase("kubectl scale deploy/api --replicas=0", .review, "kubernetes.kubectl.scale-zero"),
        VerdictCase("kubectl scale statefulset db --replicas 0", .review, "kubernetes.kubectl.scale-zero"),
        VerdictCase("kubectl drain node-3 --ignore-daemonsets --delete-emptydir-data --force", .review, "kubernetes.kubectl.drain"),
        VerdictCase("kubectl taint nodes node-3 dedicated=db:NoSchedule", .review, "kubernetes.kubectl.taint"),
        VerdictCase("kubectl -n kube-system rollout restart deploy/coredns", .review, "kubernetes.kubectl.system-namespace"),
        VerdictCase("kubectl apply -f cni.yaml --namespace=kube-system", .review, "kubernetes.kubectl.system-namespace"),
        VerdictCase("kubectl certificate approve csr-8x2k", .review, "kubernetes.kubectl.privileged-grant"),
        VerdictCase("kubectl create clusterrolebinding ops --clusterrole=cluster-admin --user=bob", .review, "kubernetes.kubectl.privileged-grant"),
        VerdictCase("kubectl auth reconcile -f rbac.yaml", .review, "kubernetes.kubectl.privileged-grant"),
        VerdictCase("kubectl replace --force -f pod.yaml", .review, "kubernetes.kubectl.forced-replace"),
        VerdictCase("kubectl debug node/worker-1 -it --image=ubuntu", .review, "kubernetes.kubectl.debug"),
        VerdictCase("kubectl rollout restart deployment -n prod", .review, "kubernetes.kubectl.restart-all"),
        VerdictCase("kubectl apply -f https://raw.githubusercontent.com/org/repo/main/deploy.yaml", .review, "kubernetes.kubectl.remote-manifest"),
        VerdictCase("kubectl proxy --address=0.0.0.0 --accept-hosts='.*'", .review, "kubernetes.kubectl.network-exposure"),
        VerdictCase("helm uninstall web -n prod", .review, "kubernetes.helm.uninstall"),
        VerdictCase("helm upgrade web ./chart --force", .review, "kubernetes.helm.forced-upgrade"),
        VerdictCase("helm plugin install https://github.com/databus23/helm-diff", .review, "kubernetes.helm.plugin-install"),
        VerdictCase("helm install web ./chart --post-renderer ./kustomize.sh", .review, "kubernetes.helm.post-renderer"),
        VerdictCase("oc adm upgrade --to-latest", .review, "kubernetes.kubectl.cluster-upgrade"),
        VerdictCase("oc rsh api-7d9", .review, "kubernetes.kubectl.remote-shell"),
        // Secrets and credentials: review.
        VerdictCase("kubectl get secret db-creds -o yaml", .review, "kubernetes.kubectl.secret-read"),
        VerdictCase("kubectl get secret db -o jsonpath='{.data.password}' | base64 -d", .review, "kubernetes.kubectl.secret-read"),
        VerdictCase("kubectl get -ojson secrets", .review, "kubernetes.kubectl.secret-read"),
        VerdictCase("kubectl config view --raw", .review, "kubernetes.kubectl.config-raw"),
        VerdictCase("oc whoami --show-token", .review, "kubernetes.kubectl.show-token"),
        VerdictCase("helm get manifest web -n prod", .review, "kubernetes.helm.release-secrets"),
        VerdictCase("kubectl scale deploy api --replicas=00", .review, "kubernetes.kubectl.scale-zero"),
        VerdictCase("kubectl create token deployer", .review, "kubernetes.kubectl.privileged-grant"),
        // Dry runs that execute: review.
        VerdictCase("kubectl delete pod x --dry-run=none", .review, "kubernetes.kubectl.delete"),
        VerdictCase("kubectl delete pod x --dry-run", .review, "kubernetes.kubectl.delete"),
        VerdictCase("kubectl delete pod x --dry-run=false", .review, "kubernetes.kubectl.delete"),
        VerdictCase("kubectl delete pod x --dry-run=client --dry-run=none", .review, "kubernetes.kubectl.delete"),
        VerdictCase("kubectl apply -f d.yaml --dry-run=$MODE", .review, "kubernetes.kubectl.change"),
        VerdictCase("kubectl run x --image=evil --dry-run=client -- ls --dry-run=client", .allow, "kubernetes.kubectl.dry-run"),
        VerdictCase("kubectl run x --image=evil -- ls --dry-run=client", .review, "kubernetes.kubectl.change"),
        VerdictCase("helm upgrade web ./chart --dry-run=none", .review, "kubernetes.helm.change"),
        VerdictCase("helm install web ./chart --dry-run --dry-run=false", .review, "kubernetes.helm.change"),
        VerdictCase("kubectl exec -it api-7d9 -- bash", .review, "exec.interactive"),
        VerdictCase("kubectl view-secret db", .review, "kubernetes.kubectl.default"),

        // Catastrophes: block.
        VerdictCase("kubectl delete ns prod", .block, "kubernetes.kubectl.delete-namespace"),
        VerdictCase("kubectl delete namespace staging", .block, "kubernetes.kubectl.delete-namespace"),
        VerdictCase("kubectl delete ns/staging", .block, "kubernetes.kubectl.delete-namespace"),
        VerdictCase("oc delete project team-a", .block, "kubernetes.kubectl.delete-namespace"),
        VerdictCase("sudo kubectl delete ns prod", .block, "kubernetes.kubectl.delete-namespace"),
        VerdictCase("timeout 30 kubectl delete ns prod", .block, "kubernetes.kubectl.delete-namespace"),
        VerdictCase("\"kubectl\" 'delete' 'ns' prod", .block, "kubernetes.kubectl.delete-namespace"),
        VerdictCase("/usr/bin/kubectl delete namespace prod", .block, "kubernetes.kubectl.delete-namespace"),
        VerdictCase("kubectl --context prod -n web delete Namespace web", .block, "kubernetes.kubectl.delete-namespace"),
        VerdictCase("kubectl delete ns prod --dry-run=none", .block, "kubernetes.kubectl.delete-namespace"),
        VerdictCase("kubectl delete ns prod --dry-run=client --dry-run=none", .block, "kubernetes.kubectl.delete-namespace"),
        VerdictCase("kubectl --cache-dir /tmp/k delete ns prod", .block, "kubernetes.kubectl.delete-namespace"),
        VerdictCase("kubectl delete pods --all -n prod", .block, "kubernetes.kubectl.delete-all"),
        VerdictCase("kubectl delete deploy --all-namespaces", .block, "kubernetes.kubectl.delete-all"),
        VerdictCase("kubectl delete pvc --all", .block, "kubernetes.kubectl.delete-all"),
        VerdictCase("kubectl delete all --all -n web", .block, "kubernetes.kubectl.delete-all"),
        VerdictCase("kubectl delete node worker-3", .block, "kubernetes.kubectl.delete-cluster-scoped"),
        VerdictCase("kubectl delete pv pvc-5f1c", .block, "kubernetes.kubectl.delete-cluster-scoped"),
        VerdictCase("kubectl delete crd certificates.cert-manager.io", .block, "kubernetes.kubectl.delete-cluster-scoped"),
        VerdictCase("kubectl delete clusterrolebinding admin-binding", .block, "kubernetes.kubectl.delete-cluster-scoped"),
        VerdictCase("kubectl delete pod coredns-1 -n kube-system --grace-period=0 --force", .block, "kubernetes.kubectl.delete-system-forced"),
        VerdictCase("kubectl drain -l node-role.kubernetes.io/worker --ignore-daemonsets", .block, "kubernetes.kubectl.drain-many"),
        VerdictCase("kubectl taint nodes --all maintenance=true:NoExecute", .block, "kubernetes.kubectl.taint-all-evict"),
        VerdictCase("kubectl scale deploy --all --replicas=0 -n prod", .block, "kubernetes.kubectl.scale-zero-all"),
        VerdictCase("kubectl run r00t --image=alpine --privileged -- sh", .block, "kubernetes.kubectl.run-privileged"),
        VerdictCase("kubectl run x --restart=Never --image=alpine --overrides='{\"spec\":{\"hostPID\":true}}'", .block, "kubernetes.kubectl.run-privileged"),
        VerdictCase("kubectl cp prod/api-7d9:/tmp/x /etc/passwd", .block, "kubernetes.kubectl.cp-protected"),
        VerdictCase("kubectl cluster-info dump --output-directory=/etc", .block, "kubernetes.kubectl.cluster-info-dump-system"),
        VerdictCase("helm pull bitnami/redis --untar -d /", .block, "kubernetes.helm.files-system-tree"),
        VerdictCase("kubectl exec api-7d9 -- rm -rf /", .block, "files.rm.catastrophic-target"),
        // The engine finds the verb with the catalog's options: the command after `--` is judged.
        VerdictCase("kubectl --request-timeout 5s exec api-7d9 -- rm -rf /", .block, "files.rm.catastrophic-target"),
        VerdictCase("kubectl -v 6 exec api-7d9 -- rm -rf /", .block, "files.rm.catastrophic-target"),
    ])
    func verdicts(_ c: VerdictCase) {
        expectVerdict(c)
    }

    /// Engine gaps found while writing the family (see the report).
    @Test func externalDiffVariableRunsACommand() {
        do {
            expectVerdict(VerdictCase("KUBECTL_EXTERNAL_DIFF='rm -rf /tmp/x' kubectl diff -f deploy.yaml", .review))
        }
    }

    @Test func kubeconfigOptionIsNotASecretRead() {
        do {
            expectVerdict(VerdictCase("kubectl --kubeconfig=/etc/kubernetes/admin.conf get nodes", .allow))
        }
    }
}
