import Testing

@testable import ShellAST

/// How command shapes match: subcommands, options, operands, paths, namespaces
/// (docs: Docs/PolicyGuide.md, "Matching").
@Suite struct VerdictPolicyShapeTests {
    static func engine(allow: [CommandShape] = [], forbid: [CommandShape] = []) -> VerdictEngine {
        try! VerdictEngine(policy: VerdictPolicy(allow: allow, forbid: forbid))
    }

    // MARK: Options

    /// An allow shape covers no option it does not list: `git push --force` is not
    /// `git push` (before, options were ignored and the force push was `allow`).
    static let push = engine(allow: [
        CommandShape(id: "push", command: "git", subcommand: ["push"], arguments: ["origin", "feature-*"])
    ])

    @Test(arguments: [
        VerdictCase("git push origin feature-x", .allow, "policy.allow.push"),
        VerdictCase("git push --force origin feature-x", .review, "git.git.push-force"),
        VerdictCase("git push -f origin feature-x", .review),
        VerdictCase("git push origin main", .review),
        VerdictCase("git push origin feature-x other", .review),
        VerdictCase("git push origin \"$BRANCH\"", .review),
        VerdictCase("git push origin feature-x --force", .review),
    ])
    func allowShapeOptions(_ c: VerdictCase) { expectVerdict(c, engine: Self.push) }

    static let vacuum = engine(allow: [
        CommandShape(id: "vacuum", command: "journalctl", options: ["--vacuum-time=*", "--vacuum-size=*"])
    ])

    @Test(arguments: [
        VerdictCase("journalctl --vacuum-time=7d", .allow, "policy.allow.vacuum"),
        VerdictCase("journalctl --vacuum-size=500M --vacuum-time=7d", .allow),
        VerdictCase("journalctl --vacuum-time=7d --rotate", .review),
        VerdictCase("journalctl --vacuum-time=7d -D /var/log/journal", .review),
        // No `arguments` or `paths`: operands are not bounded.
        VerdictCase("journalctl --vacuum-time=7d --vacuum-size=1G /var/log/journal/x.journal", .allow),
    ])
    func listedOptions(_ c: VerdictCase) { expectVerdict(c, engine: Self.vacuum) }

    /// A forbid shape's options: one suffices, clusters and `--opt=value` count.
    static let noForce = engine(forbid: [
        CommandShape(id: "no-force", command: "git", subcommand: ["push"], options: ["--force*", "-f"])
    ])

    @Test(arguments: [
        VerdictCase("git push --force origin x", .block, "policy.forbid.no-force"),
        VerdictCase("git push --force-with-lease origin x", .block, "policy.forbid.no-force"),
        VerdictCase("git push -uf origin x", .block, "policy.forbid.no-force"),
        VerdictCase("git push -u origin x", .review),
        VerdictCase("git push origin x", .review),
        VerdictCase("git push origin -- -f", .review),
    ])
    func forbidOptions(_ c: VerdictCase) { expectVerdict(c, engine: Self.noForce) }

    // MARK: Operands and paths

    /// A path-scoped allow shape covers only path operands within its patterns:
    /// bare and relative operands (unknown directory) and `..` escapes are outside.
    static let cache = engine(allow: [
        CommandShape(id: "cache", command: "rm", options: ["-rf", "-f"], paths: ["/var/cache/app/**"])
    ])

    @Test(arguments: [
        VerdictCase("rm -rf /var/cache/app/thumbs", .allow, "policy.allow.cache"),
        VerdictCase("rm -f /var/cache/app/a /var/cache/app/b/c", .allow),
        VerdictCase("rm -rf thumbs", .review),
        VerdictCase("rm -rf app/thumbs", .review),
        VerdictCase("rm -rf /var/cache/app/../other", .review),
        VerdictCase("rm -rf /var/cache/app", .review),
        VerdictCase("rm -rf /var/cache/app/x /etc/app", .review),
        VerdictCase("rm -rf \"$D\"", .review),
        VerdictCase("rm -r /var/cache/app/x", .review),
        // Globs: covered only when every expansion lies inside the `dir/**` tree.
        VerdictCase("rm -rf /var/cache/app/*", .allow),
        VerdictCase("rm -rf /var/cache/app/x/*.tmp", .allow),
        VerdictCase("rm -rf /var/cache/other/*", .review),
        VerdictCase("rm -rf /var/cache/ap*", .review),
        VerdictCase("rm -rf /var/*/app/x", .review),
        VerdictCase("rm -rf /var/cache/app/*/../../../tmp/x", .review),
        VerdictCase("rm -rf '/var/cache/app/*'", .allow),
    ])
    func pathScopedAllow(_ c: VerdictCase) { expectVerdict(c, engine: Self.cache) }

    /// Argument patterns see the text as written but never a `..` climb.
    static let tmp = engine(allow: [CommandShape(id: "tmp", command: "rm", arguments: ["/tmp/*"])])

    @Test(arguments: [
        VerdictCase("rm /tmp/a", .allow),
        VerdictCase("rm /tmp/../srv/data/x", .review),
        VerdictCase("rm /tmp/a/../../srv/x", .review),
    ])
    func argumentsDoNotClimb(_ c: VerdictCase) { expectVerdict(c, engine: Self.tmp) }

    /// Forbid operands: one suffices; a word known only at run time counts (fail closed).
    static let noSshd = engine(forbid: [
        CommandShape(id: "sshd", command: "systemctl", subcommand: ["stop"], arguments: ["sshd*"]),
        CommandShape(id: "data", command: "cp", paths: ["/srv/data/**"], verdict: .review),
    ])

    @Test(arguments: [
        VerdictCase("systemctl stop nginx sshd", .block, "policy.forbid.sshd"),
        VerdictCase("systemctl stop sshd.service", .block),
        VerdictCase("systemctl stop \"$(cat unit)\"", .block, "policy.forbid.sshd"),
        VerdictCase("systemctl \"$VERB\" sshd", .block, "policy.forbid.sshd"),
        VerdictCase("systemctl stop nginx", .review),
        VerdictCase("systemctl start sshd", .review),
        VerdictCase("cp a /srv/data", .review, "policy.forbid.data"),
        VerdictCase("cp a /srv/data/x/../y", .review, "policy.forbid.data"),
        VerdictCase("cp a /srv/da*", .review, "policy.forbid.data"),
        VerdictCase("cp a /srv/x/*", .review),
    ])
    func forbidOperands(_ c: VerdictCase) { expectVerdict(c, engine: Self.noSshd) }

    // MARK: Namespaces

    static let k8s = engine(
        allow: [
            CommandShape(
                id: "restart", command: "kubectl", subcommand: ["rollout", "restart"], arguments: ["deployment/*"],
                namespaces: ["staging", "preview-*"])
        ],
        forbid: [CommandShape(id: "prod-delete", command: "kubectl", subcommand: ["delete"], namespaces: ["prod"])])

    @Test(arguments: [
        VerdictCase("kubectl rollout restart deployment/web -n staging", .allow, "policy.allow.restart"),
        VerdictCase("kubectl -n preview-7 rollout restart deployment/web", .allow),
        VerdictCase("kubectl rollout restart deployment/web --namespace=staging", .allow),
        VerdictCase("kubectl rollout restart deployment/web -nstaging", .allow),
        VerdictCase("kubectl rollout restart deployment/web", .review),
        VerdictCase("kubectl rollout restart deployment/web -n prod", .review),
        VerdictCase("kubectl rollout restart deployment/web -n staging -n prod", .review),
        VerdictCase("kubectl rollout restart deployment/web -n \"$NS\"", .review),
        VerdictCase("kubectl rollout restart deployment/web -A", .review),
        VerdictCase("kubectl rollout restart deployment/web -n staging --context prod", .review),
        VerdictCase("kubectl delete pod web-1 -n prod", .block, "policy.forbid.prod-delete"),
        VerdictCase("kubectl delete pod web-1 -n dev -n prod", .block, "policy.forbid.prod-delete"),
        VerdictCase("kubectl delete pod web-1", .block, "policy.forbid.prod-delete"),
        VerdictCase("kubectl delete pod web-1 -n \"$NS\"", .block, "policy.forbid.prod-delete"),
        VerdictCase("kubectl delete pod web-1 -n staging", .review),
    ])
    func namespaces(_ c: VerdictCase) { expectVerdict(c, engine: Self.k8s) }

    // MARK: Globs

    /// The glob rules the guide states.
    @Test func globs() {
        #expect(Glob.matches("php*-fpm", "php8.2-fpm"))
        #expect(Glob.matches("deployment/*", "deployment/a/b"))
        #expect(Glob.matches("/srv/*.log", "/srv/a.log", pathMode: true))
        #expect(!Glob.matches("/srv/*.log", "/srv/x/a.log", pathMode: true))
        #expect(Glob.matches("/srv/**", "/srv/x/a.log", pathMode: true))
        #expect(!Glob.matches("/srv/**", "/srv", pathMode: true))
        #expect(Glob.matchesTree("/srv/**", "/srv"))
        #expect(!Glob.matches("/a/**/b", "/a/b", pathMode: true))
        #expect(Glob.matches("/a/**/b", "/a/x/y/b", pathMode: true))
        #expect(Glob.matches("[!a-c]?", "dz") && Glob.matches("[^a-c]?", "dz") && !Glob.matches("[a-c]", "d"))
        #expect(Glob.matches("\\*", "*") && !Glob.matches("\\*", "x"))
        #expect(Glob.mayMatchInside("/srv/postgres/**", "/srv") && Glob.mayMatchInside("/srv/*/db/**", "/srv/app"))
        #expect(!Glob.mayMatchInside("/srv/postgres/**", "/srv/app") && Glob.mayMatchInside("/srv/postgres/**", "/"))
    }

    /// A lone `-` (standard input) is an operand, not an option.
    @Test func dashIsAnOperand() {
        let e = Self.engine(allow: [CommandShape(id: "t", command: "tee", arguments: ["-"])])
        expectVerdict(VerdictCase("tee -", .allow, "policy.allow.t"), engine: e)
    }

    // MARK: Examples

    /// Examples are parsed like commands: quoting and system-directory paths resolve.
    @Test func examplesResolveLikeTheEngine() throws {
        let shape = CommandShape(
            id: "x", command: "systemctl", subcommand: ["restart"], arguments: ["nginx"],
            examples: ShapeExamples(
                match: ["/usr/bin/systemctl restart 'nginx'", "sys\"temctl\" restart nginx"],
                noMatch: ["systemctl restart nginx -q"]))
        _ = try VerdictEngine(policy: VerdictPolicy(allow: [shape]))
    }
}
