import Foundation
import IncidentCore
import Testing
import VigilTestKit

/// The policy hash: SHA-256 of a documented canonical encoding.
@Suite struct PolicyHashTests {
    static let cache = PolicySet.seedCategoryTable.policy(forCategory: "cache")!

    /// The documented example (Docs/PolicyGuide.md, "Canonical encoding").
    @Test func cachePolicyCanonicalEncoding() {
        let expected =
            "vigil-remediation-policy-v1\n"
            + #"{"allowed_action_types":["read_only","safe_write"],"approval_quorum":1,"approval_ttl_seconds":3600,"#
            + #""approvers":["cache-oncall"],"auto_approve_threshold":85,"category":"cache","enabled":true,"#
            + #""forbidden_commands":["flushall","flushdb"],"freeze_windows":[],"hints":{},"max_actions_per_hour":20,"#
            + #""min_confidence":0.7,"min_positive_feedback_rate":0.75,"min_reliability":75,"min_similar_tickets":3,"#
            + #""name":"cache-auto-fix","rate_limits":[],"requires_approval":true,"requires_backup":false,"#
            + #""requires_rollback_plan":false}"#
        #expect(Self.cache.canonicalEncoding == expected)
        #expect(Self.cache.sha256 == Self.pinnedCacheHash)
    }

    static let pinnedCacheHash = "f709461dddf54705080d97946e829436a443f8226ae013fe507d114956178b50"

    @Test func hashMatchesSha256sum() throws {
        guard let oracle = sha256sum(Array(Self.cache.canonicalEncoding.utf8)) else { return }
        #expect(oracle == Self.cache.sha256)
        let set = PolicySet.seedCategoryTable
        #expect(sha256sum(Array(set.canonicalEncoding.utf8)) == set.sha256)
    }

    @Test func setLikeListsDoNotChangeTheHash() {
        var a = Self.cache
        a.forbiddenCommands = ["flushdb", "flushall"]
        a.allowedActionTypes = [.safeWrite, .readOnly]
        #expect(a.sha256 == Self.cache.sha256)
        var b = Self.cache
        b.minReliability = 75.0  // 75 and 75.0 are the same number
        #expect(b.sha256 == Self.cache.sha256)
    }

    @Test func anyFieldChangesTheHash() {
        var seen: Set<String> = [Self.cache.sha256]
        let edits: [(inout RemediationPolicy) -> Void] = [
            { $0.name = "other" }, { $0.enabled = false }, { $0.minConfidence = 0.71 }, { $0.minReliability = 76 },
            { $0.minSimilarTickets = 4 }, { $0.minPositiveFeedbackRate = 0.76 }, { $0.allowedActionTypes = [.readOnly] },
            { $0.allowedSystems = ["redis-*"] }, { $0.forbiddenCommands = ["flushall"] },
            {
                $0.allowedHoursStart = 1
                $0.allowedHoursEnd = 2
            }, { $0.allowedDays = [.monday] }, { $0.requiresApproval = false },
            { $0.autoApproveThreshold = .never }, { $0.approvers = ["x"] }, { $0.approvalTTLSeconds = 60 },
            { $0.maxActionsPerHour = 21 }, { $0.requiresRollbackPlan = true }, { $0.requiresBackup = true },
            { $0.rateLimits = [RateLimitRule(scope: .global, limit: 1, windowSeconds: 60)] }, { $0.suppressionSeconds = 60 },
            {
                $0.freezeWindows = [
                    FreezeWindow(start: Date(timeIntervalSince1970: 0), end: Date(timeIntervalSince1970: 60), reason: "r")
                ]
            },
            { $0.hints = ["disk_full": HintGuardrails(maxAttempts: 2)] },
        ]
        for edit in edits {
            var p = Self.cache
            edit(&p)
            #expect(seen.insert(p.sha256).inserted, "an edit did not change the hash: \(p.canonicalEncoding)")
        }
    }

    @Test func stringsAreEscaped() {
        var p = Self.cache
        p.forbiddenCommands = ["a\"b\\c\nd\u{1}"]
        #expect(p.canonicalEncoding.contains(#""forbidden_commands":["a\"b\\c\nd\u0001"]"#))
    }

    /// `sha256sum` of `bytes`, or nil when the tool is missing.
    func sha256sum(_ bytes: [UInt8]) -> String? {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vigil-policy-\(UInt64.random(in: 0...UInt64.max))"
        ).path
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return nil }
        defer { try? FileManager.default.removeItem(atPath: path) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).split(separator: " ").first.map(String.init)
    }
}
