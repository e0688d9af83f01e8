#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import IncidentCore
import ShellAST
import Testing

@Suite struct SeedExampleTests {
    @Test func seedDecisionExample() async throws {
        let d = await Fx.engine().decide(Fx.seedRequest())
        print(Fx.json(d))
        #expect(d.allowed)
        #expect(!d.requiresApproval)
        #expect(d.outcome == .execute)
        #expect(d.actionType == .safeWrite)
        #expect(d.riskLevel == .medium)
    }
}
