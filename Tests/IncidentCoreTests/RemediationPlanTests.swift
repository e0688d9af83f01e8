#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
@testable import IncidentCore

@Suite struct RemediationPlanTests {
    @Test func planRoundTripsThroughJSON() throws {
        let plan = RemediationPlan(
            rootCause: "disk full", riskLevel: .medium, confidence: 0.8,
            steps: [
                PlanStep(action: .shell(command: "docker system prune -af"), explanation: "free space"),
                PlanStep(action: .structured(name: "restart_pod", target: "web-1", parameters: ["namespace": "prod"]), explanation: "restart",
                         rollback: .shell(command: "true")),
            ], source: .rules)
        let data = try JSONEncoder().encode(plan)
        #expect(try JSONDecoder().decode(RemediationPlan.self, from: data) == plan)
    }

    @Test func unknownActionTypeIsRejected() {
        let json = Data(#"{"type": "teleport", "command": "x"}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(PlannedAction.self, from: json) }
    }

    @Test func manualClockOnlyMovesForward() {
        let clock = ManualClock(Date(timeIntervalSince1970: 100))
        clock.advance(by: 5)
        clock.advance(by: -50)
        clock.set(Date(timeIntervalSince1970: 10))
        #expect(clock.now() == Date(timeIntervalSince1970: 105))
    }
}
