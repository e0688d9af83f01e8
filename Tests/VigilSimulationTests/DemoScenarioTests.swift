import IncidentCore
import Testing
@testable import VigilSimulation

@Suite struct DemoScenarioTests {
    @Test func runs() async throws {
        let run = try await DemoRunner.run(storage: .memory)
        print(DemoText.render(run, metrics: false))
        print(try run.report.json())
    }
}
