import Testing
@testable import ShellAST

/// Inputs that crashed the engine (a trap kills the gate and everything that
/// classifies in its process). Each must now get an ordinary answer.
@Suite("Verdict regressions: inputs that crashed the engine")
struct VerdictEngineCrashRegressionTests {
    /// A command name with a slash that normalises to a single component
    /// force-unwrapped a missing slash (`Judge+Invocation.swift`).
    static let relativeNames: [VerdictCase] = [
        VerdictCase("x/", .review, "command.unknown-program"),
        VerdictCase("./", .review, "command.unknown-program"),
        VerdictCase("a/..", .review, "command.unknown-program"),
        VerdictCase("ls/ -la", .review, "command.unknown-program"),
        VerdictCase("x/ > /etc/passwd", .block, "files.write-protected"),
        // Reached through constant propagation: the name `rm -rf /` ends in a slash.
        VerdictCase("c=\"rm -rf /\"; $c", .block, "files.rm.catastrophic-target"),
        VerdictCase("x=ls/; $x", .review, "command.unknown-program"),
    ]

    /// Brace sequences whose bounds or step sit at the ends of `Int` overflowed
    /// (`StaticResolver.swift`). Too large to expand, such a word is dynamic.
    static let braceSequences: [VerdictCase] = [
        VerdictCase("echo {-9223372036854775808..1}", .allow),
        VerdictCase("echo {1..2..-9223372036854775808}", .allow),
        VerdictCase("echo {9223372036854775806..9223372036854775807}", .allow),
        VerdictCase("echo {-9223372036854775807..9223372036854775807}", .allow),
        VerdictCase("echo {0..-9223372036854775808}", .allow),
        VerdictCase("echo {a..z..-9223372036854775808}", .allow),
        VerdictCase("echo {a..z..9223372036854775807}", .allow),
        VerdictCase("{-9223372036854775808..1} -rf /", .review, "command.dynamic-name"),
        VerdictCase("{r..r..9223372036854775807}m -rf /", .block, "files.rm.catastrophic-target"),
        VerdictCase("rm -rf {/,/tmp/{1..9223372036854775807}}", .review, "files.rm.recursive"),
        // Ordinary sequences still expand.
        VerdictCase("{r..r}m -rf /tmp/x /{e..e}tc", .block, "files.rm.catastrophic-target"),
        VerdictCase("rm -rf /tmp/{1..3} /{a..z..25}", .review, "files.rm.recursive"),
    ]

    @Test(arguments: relativeNames) func relativeCommandNames(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: braceSequences) func braceSequencesAtTheEndsOfInt(_ c: VerdictCase) { expectVerdict(c) }

    /// The sequences that do expand give the words bash gives.
    @Test func sequencesNearTheEndsOfIntExpandLikeBash() throws {
        let script = try ShellParser.parse("echo {9223372036854775805..9223372036854775807} {b..f..2} {3..1}")
        guard case .simple(let s) = script.body.items.first?.andOr.first.commands.first else {
            Issue.record("not a simple command")
            return
        }
        let words = s.words.dropFirst().flatMap { StaticResolver().resolve($0).map(\.text) }
        #expect(words == ["9223372036854775805", "9223372036854775806", "9223372036854775807", "b", "d", "f", "3", "2", "1"])
    }
}
