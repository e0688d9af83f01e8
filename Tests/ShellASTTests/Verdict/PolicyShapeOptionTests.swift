import Foundation
import Testing
@testable import ShellAST

/// An allow shape covers only the options it lists (`options`) and the
/// operands its `arguments` match: a shape written for one option set never
/// loosens another.
@Suite struct PolicyShapeOptionTests {
    static func engine(_ arguments: [String], namespaces: [String]? = nil, command: String = "docker", sub: [String]) throws -> VerdictEngine {
        try VerdictEngine(
            policy: VerdictPolicy(allow: [
                CommandShape(id: "s", command: command, subcommand: sub, arguments: arguments, namespaces: namespaces)
            ]))
    }

    @Test(arguments: [
        ("docker restart api", Verdict.allow),
        ("docker restart -t 0 api", .review),
        ("docker restart --time=0 api", .review),
        ("docker restart api web", .allow),
        ("docker restart 'API'", .review),
    ])
    func optionsMustMatchToo(_ command: String, _ expected: Verdict) throws {
        let e = try Self.engine(["[a-z]*"], sub: ["restart"])
        #expect(e.classify(command).verdict == expected, "\(command)")
    }

    @Test func anOptionThePolicyNamesIsCovered() throws {
        let e = try VerdictEngine(
            policy: VerdictPolicy(allow: [
                CommandShape(id: "prune", command: "docker", subcommand: ["image", "prune"], options: ["-af", "-a", "-f"])
            ]))
        #expect(e.classify("docker image prune -af").verdict == .allow)
        #expect(e.classify("docker image prune -a -f").verdict == .allow)
        #expect(e.classify("docker image prune -af --filter until=1h").verdict == .review)
    }

    @Test func namespaceOptionsAreMatchedByTheNamespaceRule() throws {
        let e = try Self.engine(["deployment/*"], namespaces: ["prod"], command: "kubectl", sub: ["rollout", "restart"])
        #expect(e.classify("kubectl rollout restart deployment/web -n prod").verdict == .allow)
        #expect(e.classify("kubectl rollout restart -n prod deployment/web").verdict == .allow)
        #expect(e.classify("kubectl rollout restart deployment/web --namespace=prod").verdict == .allow)
        #expect(e.classify("kubectl rollout restart deployment/web -n staging").verdict == .review)
        #expect(e.classify("kubectl rollout restart deployment/web -n prod --selector=x").verdict == .review)
    }

    @Test func anExampleThatAnOptionTakesOutOfTheShapeIsRejectedAtLoad() {
        #expect(throws: VerdictPolicyError.self) {
            try VerdictEngine(
                policy: VerdictPolicy(allow: [
                    CommandShape(
                        id: "prune", command: "docker", subcommand: ["system", "prune"], arguments: ["-af"],
                        examples: ShapeExamples(match: ["docker system prune -af --volumes"]))
                ]))
        }
    }
}
