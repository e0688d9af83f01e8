import Testing
@testable import ShellAST

/// Commands a model left incomplete (unfilled placeholders) never run; reading
/// secrets needs a human.
@Suite("Bypass: placeholders and sensitive reads")
struct VerdictPlaceholderAndSecretTests {
    static let placeholders = BypassFamily(
        name: "placeholders",
        cases: [
            VerdictCase("kill -9 \"<PID>\"", .block, RuleID.placeholder),
            VerdictCase("systemctl restart \"<service_name>\"", .block, RuleID.placeholder),
            VerdictCase("kubectl delete pod {{pod}}", .block, RuleID.placeholder),
            VerdictCase("kill -9 '<PID>'", .block, RuleID.placeholder),
            VerdictCase("cat /var/log/{{service}}.log", .block, RuleID.placeholder),
            VerdictCase("rm -rf {{path}}", .block, RuleID.placeholder),
            VerdictCase("sudo systemctl stop '<service>'", .block, RuleID.placeholder),
            VerdictCase("docker logs '<container-id>'", .block, RuleID.placeholder),
            VerdictCase("ls /home/'<username>'/", .block, RuleID.placeholder),
            VerdictCase("sh -c 'kill \"<PID>\"'", .block, RuleID.placeholder),
            // Unquoted, `<PID>` is a redirection that bash cannot parse either.
            VerdictCase("kill -9 <PID>", .block, RuleID.parseError),
            VerdictCase("systemctl restart <service_name>", .block, RuleID.parseError),
            // Text tools search for such text; Go templates use `{{...}}` legitimately.
            VerdictCase("grep '<PID>' notes.txt", .allow),
            VerdictCase("echo '<service_name>'", .allow),
        ])

    /// Go templates of CLIs whose families are not in the catalog yet: no placeholder.
    static let goTemplates = [
        "kubectl get pods -o go-template='{{range .items}}{{.metadata.name}}{{end}}'",
        "docker ps --format '{{.Names}}'",
        "docker inspect -f '{{json .State}}' web",
    ]

    static let sensitiveReads = BypassFamily(
        name: "sensitive reads",
        cases: [
            VerdictCase("cat /etc/shadow", .review, RuleID.sensitiveRead),
            VerdictCase("cat ~/.ssh/id_rsa", .review, RuleID.sensitiveRead),
            VerdictCase("cat .env", .review, RuleID.sensitiveRead),
            VerdictCase("cat /proc/1/environ", .review, RuleID.sensitiveRead),
            VerdictCase("less ~/.aws/credentials", .review, RuleID.sensitiveRead),
            VerdictCase("cat /etc/gshadow", .review, RuleID.sensitiveRead),
            VerdictCase("cat ~/.ssh/id_ed25519", .review, RuleID.sensitiveRead),
            VerdictCase("cat /root/.ssh/id_rsa", .review, RuleID.sensitiveRead),
            VerdictCase("cat .env.production", .review, RuleID.sensitiveRead),
            VerdictCase("cat /proc/self/environ", .review, RuleID.sensitiveRead),
            VerdictCase("head ~/.kube/config", .review, RuleID.sensitiveRead),
            VerdictCase("grep -r password ~/.docker/config.json", .review, RuleID.sensitiveRead),
            VerdictCase("cat /etc/kubernetes/admin.conf", .review, RuleID.sensitiveRead),
            VerdictCase("cat /var/run/secrets/kubernetes.io/serviceaccount/token", .review, RuleID.sensitiveRead),
            VerdictCase("cat server.key", .review, RuleID.sensitiveRead),
            VerdictCase("cat cert.pem", .review, RuleID.sensitiveRead),
            VerdictCase("openssl rsa -in key.pem -text", .review, RuleID.sensitiveRead),
            VerdictCase("openssl pkey -in /etc/ssl/private/server.key", .review, RuleID.sensitiveRead),
            // Certificate readers print no private key, whatever else the file holds.
            VerdictCase("openssl x509 -in cert.pem -noout -dates", .allow),
            VerdictCase("openssl x509 -in /etc/letsencrypt/live/x/fullchain.pem -noout -enddate", .allow),
            VerdictCase("openssl verify -CAfile ca.pem server.pem", .allow),
            VerdictCase("openssl x509 -in /dev/tcp/10.0.0.1/443", .block, "network.dev-tcp"),
            VerdictCase("tail ~/.bash_history", .review, RuleID.sensitiveRead),
            VerdictCase("cat ~/.netrc", .review, RuleID.sensitiveRead),
            VerdictCase("base64 /etc/shadow", .review, RuleID.sensitiveRead),
            VerdictCase("xxd ~/.ssh/id_rsa", .review, RuleID.sensitiveRead),
            VerdictCase("sudo cat /etc/sudoers", .review, RuleID.sensitiveRead),
            VerdictCase("cat < /etc/shadow", .review, RuleID.sensitiveRead),
            VerdictCase("cat /etc/ssh/ssh_host_rsa_key", .review, RuleID.sensitiveRead),
            VerdictCase("cat /etc/./shadow", .review, RuleID.sensitiveRead),
            VerdictCase("cat /etc/ssh/../shadow", .review, RuleID.sensitiveRead),
            // Public halves and ordinary files are not secrets.
            VerdictCase("cat ~/.ssh/id_rsa.pub", .allow),
            VerdictCase("cat /etc/ssh/ssh_host_rsa_key.pub", .allow),
            VerdictCase("cat /etc/passwd", .allow),
            VerdictCase("ls ~/.aws", .allow),
        ])

    @Test(arguments: placeholders.cases) func placeholdersVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: goTemplates) func goTemplatesAreNotPlaceholders(_ command: String) {
        let result = defaultEngine.classify(command)
        #expect(!result.reasons.contains { $0.rule == RuleID.placeholder }, "`\(command)`: a Go template taken for a placeholder")
        #expect(result.verdict != .block, "`\(command)`: \(result.reasons.map(\.rule))")
    }
    @Test(arguments: sensitiveReads.cases) func sensitiveReadsVariants(_ c: VerdictCase) { expectVerdict(c) }
}
