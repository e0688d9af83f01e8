import Testing
@testable import ShellAST

/// Every catalog rule's examples match it and its counterexamples do not.
@Suite struct CatalogExampleTests {
    @Test func catalogDataIsConsistent() {
        #expect(Catalog.standard.problems.isEmpty, "\(Catalog.standard.problems)")
    }

    @Test func ruleIdentifiersAreUnique() {
        var seen: [String: Int] = [:]
        for family in CatalogFamilies.all {
            for rule in family.rules { seen[rule.id, default: 0] += 1 }
        }
        let duplicates = seen.filter { $0.value > 1 }.keys.sorted()
        #expect(duplicates.isEmpty, "duplicate rule ids: \(duplicates)")
    }

    static var allRules: [CatalogRule] { CatalogFamilies.all.flatMap(\.rules) }

    @Test(arguments: allRules.map(\.id))
    func examplesMatchTheirRule(_ id: String) {
        let rule = CatalogExampleTests.allRules.first { $0.id == id }!
        #expect(!rule.examples.isEmpty, "rule \(id) has no examples")
        for example in rule.examples {
            let result = defaultEngine.classify(example)
            let rules = result.reasons.map(\.rule)
            #expect(rules.contains(id), "example `\(example)` of \(id) gave \(rules)")
            if rule.effect.verdict == .block {
                #expect(result.verdict == .block, "example `\(example)` of blocking rule \(id) gave \(result.verdict.name)")
            }
        }
        for counter in rule.counterexamples {
            let rules = defaultEngine.classify(counter).reasons.map(\.rule)
            #expect(!rules.contains(id), "counterexample `\(counter)` of \(id) matched it")
        }
    }
}
