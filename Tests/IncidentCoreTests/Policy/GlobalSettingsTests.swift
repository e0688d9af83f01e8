import IncidentCore
import Testing

@Suite struct GlobalSettingsTests {
    @Test func defaultsAreSafe() throws {
        let s = try GlobalSettings(environment: [:])
        #expect(!s.enabled)
        #expect(s.requireApproval)
        #expect(s.maxActionsPerHour == 10)
        #expect(s.minReliability == 85)
        #expect(s == GlobalSettings.safeDefaults)
    }

    @Test func readsTheSeedVariables() throws {
        let s = try GlobalSettings(environment: [
            "AUTO_REMEDIATION_ENABLED": "true", "AUTO_REMEDIATION_MAX_ACTIONS_PER_HOUR": "25",
            "AUTO_REMEDIATION_REQUIRE_APPROVAL": "False", "AUTO_REMEDIATION_MIN_RELIABILITY": " 87.5 ", "UNRELATED": "x",
        ])
        #expect(s.enabled && !s.requireApproval)
        #expect(s.maxActionsPerHour == 25)
        #expect(s.minReliability == 87.5)
    }

    @Test(arguments: ["1", "yes", "ON", "True"]) func truthy(_ v: String) throws {
        #expect(try GlobalSettings(environment: ["AUTO_REMEDIATION_ENABLED": v]).enabled)
    }

    @Test(arguments: [
        ("AUTO_REMEDIATION_ENABLED", "maybe"), ("AUTO_REMEDIATION_REQUIRE_APPROVAL", ""),
        ("AUTO_REMEDIATION_MAX_ACTIONS_PER_HOUR", "0"), ("AUTO_REMEDIATION_MAX_ACTIONS_PER_HOUR", "ten"),
        ("AUTO_REMEDIATION_MAX_ACTIONS_PER_HOUR", "2.5"), ("AUTO_REMEDIATION_MIN_RELIABILITY", "101"),
        ("AUTO_REMEDIATION_MIN_RELIABILITY", "nan"), ("AUTO_REMEDIATION_MIN_RELIABILITY", "85%"),
    ])
    func invalidValuesNameTheVariable(_ variable: String, _ value: String) {
        do {
            _ = try GlobalSettings(environment: [variable: value])
            Issue.record("accepted \(variable)=\(value)")
        } catch {
            #expect(error.code == .invalidEnvironment)
            #expect(error.field == variable)
            #expect(error.message.contains(value.isEmpty ? "''" : value))
        }
    }

    @Test func settingsTakePartInTheConfigurationHash() {
        let a = Fx.engine(settings: .safeDefaults).configurationHash
        let b = Fx.engine(settings: Fx.enabled).configurationHash
        #expect(a != b)
        #expect(a == Fx.engine(settings: .safeDefaults).configurationHash)
    }
}
