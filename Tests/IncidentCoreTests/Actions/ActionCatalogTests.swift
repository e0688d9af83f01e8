import ShellAST
import Testing

@testable import IncidentCore

@Suite struct ActionCatalogTests {
    @Test(arguments: [
        ("restart_vm", RiskClass.safeWrite, true), ("snapshot_vm", .safeWrite, false), ("increase_memory", .safeWrite, false),
        ("restart_pod", .safeWrite, true), ("scale_deployment", .safeWrite, false),
        ("rollback_deployment", .criticalWrite, false),
        ("clear_interface_errors", .safeWrite, false), ("enable_port", .safeWrite, false), ("expand_volume", .safeWrite, false),
        ("clear_snapshots", .criticalWrite, false), ("reboot_instance", .criticalWrite, true), ("check_status", .readOnly, false),
    ])
    func issueActionsHaveTheirClass(_ name: String, _ risk: RiskClass, _ restart: Bool) {
        let spec = ActionCatalog.standard[name]
        #expect(spec?.risk == risk, "\(name)")
        #expect(spec?.isRestart == restart, "\(name)")
    }

    @Test func unknownActionIsBlocked() {
        let c = ActionClassifier(verdicts: VerdictEngine(), catalog: .standard)
        let j = c.judge(.structured(name: "format_disk", target: "db-1", parameters: [:])).judgement
        #expect(j.verdict == .block)
        #expect(j.rules == ["catalog.unknown-action"])
    }

    @Test func catalogRejectsBadNamesAndMerges() throws {
        #expect(throws: PolicyError.self) {
            try ActionCatalog([ActionSpec(name: "Bad Name", risk: .readOnly, system: "x", summary: "")])
        }
        let dup = ActionSpec(name: "a", risk: .readOnly, system: "x", summary: "")
        #expect(throws: PolicyError.self) { try ActionCatalog([dup, dup]) }
        let more = ActionCatalog.standard.merging([
            ActionSpec(name: "restart_pod", risk: .criticalWrite, system: "kubernetes", summary: "stricter")
        ])
        #expect(more["restart_pod"]?.risk == .criticalWrite)
        #expect(more.all.count == ActionCatalog.standard.all.count)
    }

    @Test func catalogChangesTheConfigurationHash() {
        let a = DecisionEngine(policies: .seedCategoryTable, guardrails: InMemoryGuardrailStore())
        let b = DecisionEngine(
            policies: .seedCategoryTable, guardrails: InMemoryGuardrailStore(),
            catalog: ActionCatalog.standard.merging([ActionSpec(name: "noop", risk: .readOnly, system: "host", summary: "")]))
        #expect(a.configurationHash != b.configurationHash)
    }

    @Test(arguments: [
        ("df -h", ["df", "-h"]), ("df;rm -rf x", ["df", "rm", "-rf", "x"]), ("a|b&&c", ["a", "b", "c"]),
        ("  x\t y\n", ["x", "y"]),
        ("echo $(id)", ["echo", "$", "id"]), ("", []),
    ])
    func commandWords(_ text: String, _ words: [String]) {
        #expect(CommandWords.split(text) == words)
    }

    @Test func wordSequences() {
        func words(_ s: String...) -> [[UInt8]] { s.map { Array($0.utf8) } }
        #expect(CommandTokens("redis-cli -h x FLUSHALL").contains(sequence: words("flushall")))
        #expect(CommandTokens("write erase now").contains(sequence: words("write", "erase")))
        #expect(!CommandTokens("write memory erase").contains(sequence: words("write", "erase")))
        #expect(!CommandTokens("flushallx").contains(sequence: words("flushall")))
        #expect(CommandTokens("docker system prune -af").starts(with: words("docker", "system", "prune")))
        #expect(!CommandTokens("docker system").starts(with: words("docker", "system", "prune")))
        #expect(!CommandTokens("Docker system prune").starts(with: words("docker", "system", "prune")))  // allowlists are case-sensitive
        let entries = [words("systemctl", "restart"), words("docker", "system", "prune"), words("df")]
        #expect(CommandTokens("docker system prune -af").startsWithAny(of: entries))
        #expect(CommandTokens("df -h").startsWithAny(of: entries, oneWordOnly: true))
        #expect(!CommandTokens("docker system prune").startsWithAny(of: entries, oneWordOnly: true))
        #expect(!CommandTokens("docker system").startsWithAny(of: entries))
        #expect(!CommandTokens("Docker system prune").startsWithAny(of: entries))
        #expect(!CommandTokens("du -sh").startsWithAny(of: []))
        #expect(CommandWords.containsWord("kubectl rollout RESTART deploy/x", "restart"))
        #expect(!CommandWords.containsWord("restarter --now", "restart"))
        #expect(!CommandWords.containsWord("pre-restart", "restart"))
    }

    @Test(arguments: [
        ("web-*", "web-1", true), ("web-*", "db-1", false), ("*", "", true), ("sw?-core", "sw1-core", true),
        ("sw?-core", "sw12-core", false),
        ("*-prod-*", "api-prod-eu", true), ("redis", "redis-1", false), ("a*b*c", "axxbyyc", true), ("a*b*c", "axxbyy", false),
    ])
    func systemGlobs(_ pattern: String, _ text: String, _ match: Bool) {
        #expect(SystemGlob.matches(pattern, text) == match)
    }
}
