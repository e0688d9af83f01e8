import Testing
@testable import ShellAST

/// The bypass and false-alarm tables themselves: every family has at least
/// three variants the engine gets right, no command appears twice, and each
/// table states what the family is about.
@Suite("Verdict tables: hygiene")
struct VerdictTableHygieneTests {
    static let bypassFamilies: [BypassFamily] = [
        VerdictQuotingBypassTests.quoting, VerdictQuotingBypassTests.escapes, VerdictQuotingBypassTests.ansiC, VerdictQuotingBypassTests.ifs,
        VerdictQuotingBypassTests.braces, VerdictQuotingBypassTests.paths,
        VerdictIndirectionBypassTests.variables, VerdictIndirectionBypassTests.functionsAndAliases, VerdictIndirectionBypassTests.arithmetic,
        VerdictWrapperBypassTests.wrappers,
        VerdictNestedCodeBypassTests.shells, VerdictNestedCodeBypassTests.eval, VerdictNestedCodeBypassTests.trap, VerdictNestedCodeBypassTests.hereText,
        VerdictPayloadBypassTests.encoded, VerdictPayloadBypassTests.download, VerdictPayloadBypassTests.processSubstitution,
        VerdictExecHookBypassTests.find, VerdictExecHookBypassTests.xargs, VerdictExecHookBypassTests.awk, VerdictExecHookBypassTests.sed,
        VerdictExecHookBypassTests.tar, VerdictExecHookBypassTests.git, VerdictExecHookBypassTests.rsync, VerdictExecHookBypassTests.optionValues,
        VerdictExecHookBypassTests.diagnosticRunners,
        VerdictInterpreterBypassTests.oneLiners, VerdictInterpreterBypassTests.reverseShells,
        VerdictEnvironmentAndRedirectBypassTests.loaderVariables, VerdictEnvironmentAndRedirectBypassTests.redirectTargets,
        VerdictEnvironmentAndRedirectBypassTests.dynamicTargets,
        VerdictPlaceholderAndSecretTests.placeholders, VerdictPlaceholderAndSecretTests.sensitiveReads,
    ]

    @Test(arguments: bypassFamilies.map(\.name))
    func everyFamilyHasThreeVariantsThatPass(_ name: String) {
        let family = Self.bypassFamilies.first { $0.name == name }!
        #expect(family.cases.count >= 3, "\(name): \(family.cases.count) passing variants")
    }

    @Test func everyCommandAppearsOnce() {
        var seen: [String: Int] = [:]
        for family in Self.bypassFamilies {
            for command in family.commands { seen[command, default: 0] += 1 }
        }
        for command in VerdictFalseAlarmTests.all { seen[command, default: 0] += 1 }
        let duplicates = seen.filter { $0.value > 1 }.keys.sorted()
        #expect(duplicates.isEmpty, "commands listed more than once: \(duplicates)")
    }

    @Test func familyNamesAreUnique() {
        let names = Self.bypassFamilies.map(\.name)
        #expect(Set(names).count == names.count)
    }

    @Test func falseAlarmFamilyIsLargeEnough() {
        #expect(VerdictFalseAlarmTests.all.count >= 40)
    }

    /// A known gap records a real disagreement (what the engine should say differs
    /// from what it says today) and explains it.
    @Test func knownGapsAreWellFormed() {
        for gap in Self.bypassFamilies.flatMap(\.gaps) {
            #expect(gap.expected != gap.today, "`\(gap.command)`: expected and today agree")
            #expect(!gap.bug.isEmpty)
        }
    }
}
