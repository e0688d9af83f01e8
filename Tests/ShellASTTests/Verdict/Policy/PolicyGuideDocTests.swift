import Testing

@testable import ShellAST

/// Docs/PolicyGuide.md, "Command verdict policy", says what is true: the example
/// policy loads, its canonical line and hash are the engine's, every documented
/// verdict, session output and error is what the engine gives. The last test
/// shows these checks fail on a guide that drifted.
@Suite struct PolicyGuideDocTests {
    static let guide = PolicyGuideDocument.load()

    @Test func examplePolicyHash() throws {
        let guide = try #require(Self.guide, "Docs/PolicyGuide.md not found at \(PolicyGuideDocument.path.path)")
        #expect(guide.policyProblems() == [])
        #expect(
            try VerdictEngine(policy: guide.examplePolicy()).policyHash
                == "1b994a28a4af5f715641a177a736155ded2305d13e9642ba25a020d73dd17e71")
    }

    @Test func verdictTable() throws {
        #expect(try #require(Self.guide).verdictTableProblems(minimumRows: 25) == [])
    }

    @Test func workedSession() throws {
        #expect(try #require(Self.guide).sessionProblems(minimumCommands: 7) == [])
    }

    @Test func validationErrors() throws {
        let guide = try #require(Self.guide)
        #expect(guide.errorProblems(minimumRows: 25) == [])
        #expect(guide.fieldProblems(minimumExamples: 18) == [])
    }

    /// A guide whose hash, a verdict, a session line or an error drifted fails the checks.
    @Test func driftIsCaught() throws {
        let text = try #require(Self.guide).text
        let hash = "1b994a28a4af5f715641a177a736155ded2305d13e9642ba25a020d73dd17e71"
        let other = String(repeating: "0", count: 64)
        #expect(
            !PolicyGuideDocument(text: text.replacingOccurrences(of: "\(hash)  -", with: "\(other)  -")).policyProblems().isEmpty)
        #expect(
            !PolicyGuideDocument(text: text.replacingOccurrences(of: "\"id\": \"restart-web\"", with: "\"id\": \"restart-www\""))
                .policyProblems().isEmpty)
        let row = "| `systemctl restart nginx` | allow |"
        #expect(text.contains(row))
        #expect(
            !PolicyGuideDocument(text: text.replacingOccurrences(of: row, with: "| `systemctl restart nginx` | review |"))
                .verdictTableProblems(minimumRows: 0).isEmpty)
        let reason = "[allow] policy.allow.restart-web: restarting the web tier is a routine fix"
        #expect(text.contains(reason))
        #expect(
            !PolicyGuideDocument(
                text: text.replacingOccurrences(
                    of: reason, with: "[review] policy.allow.restart-web: restarting the web tier is a routine fix")
            ).sessionProblems(minimumCommands: 0).isEmpty)
        let error = "`version: unsupported version 2; expected 1`"
        #expect(
            !PolicyGuideDocument(text: text.replacingOccurrences(of: error, with: "`version: must be 1`")).errorProblems(
                minimumRows: 0
            ).isEmpty)
        #expect(!PolicyGuideDocument(text: "").sessionProblems(minimumCommands: 1).isEmpty)
    }
}
