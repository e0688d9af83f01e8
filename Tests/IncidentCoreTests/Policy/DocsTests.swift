import Foundation
import IncidentCore
import Testing

/// Docs/PolicyGuide.md says what is true: its policy documents decode, its
/// seed example matches the engine, its platform paragraph matches a decision.
@Suite struct DocsTests {
    static let guide: String? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
        return try? String(contentsOf: root.appendingPathComponent("Docs/PolicyGuide.md"), encoding: .utf8)
    }()

    static func policyBlocks() -> [String] {
        guard let text = guide else { return [] }
        return text.components(separatedBy: "<!-- policy-set -->\n```json\n").dropFirst().map {
            $0.components(separatedBy: "\n```")[0]
        }
    }

    @Test func policyDocumentsDecode() throws {
        let blocks = Self.policyBlocks()
        #expect(!blocks.isEmpty, "no policy-set block found in Docs/PolicyGuide.md")
        for b in blocks {
            let set = try PolicySet(json: Data(b.utf8))
            #expect(set.policy(forCategory: "platform")?.hints.count == 2)
        }
    }

    @Test func seedExampleReasoningIsDocumented() async throws {
        let guide = try #require(Self.guide)
        let d = await Fx.engine(settings: SeedExampleTests.settings).decide(Fx.seedRequest())
        for line in d.reasoning { #expect(guide.contains("\"\(line)\""), "missing from the guide: \(line)") }
        #expect(guide.contains(PolicySet.seedCategoryTable.policy(forCategory: "cache")!.sha256))
        #expect(guide.contains(PolicySet.seedCategoryTable.policy(forCategory: "network")!.sha256))
    }

    @Test func platformDockerParagraph() async throws {
        let set = try PolicySet(json: Data(try #require(Self.policyBlocks().first).utf8))
        let monday = Fx.utc("2024-03-04T10:00:00Z")
        let engine = Fx.engine(policies: set, settings: Fx.enabled, clock: ManualClock(monday))
        var r = Fx.request(
            [Fx.step("docker system prune -af"), Fx.step("df -h /var"), Fx.action("restart_container", target: "web-1")],
            hint: "disk_full")
        r.category = "platform"
        r.reliability = 95
        let d = await engine.decide(r)
        #expect(d.outcome == .deny)
        #expect(d.reasons.contains { $0.rule == "policy.allowed_action_types" })
        #expect(!d.reasons.contains { $0.rule == "hints.disk_full.allowed_actions" })
        r.plan.steps = [Fx.step("df -h /var"), Fx.action("restart_container", target: "web-1")]
        #expect(await engine.decide(r).outcome == .execute)
    }
}
