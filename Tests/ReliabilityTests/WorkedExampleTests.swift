import Foundation
import Reliability
import Testing

/// The seed system's example: AI confidence 92, human validation 85, success
/// history 90, pattern recognition 82. By hand:
/// 0.25·92 + 0.30·85 + 0.25·90 + 0.20·82 = 23 + 25.5 + 22.5 + 16.4 = 87.4 → "high".
/// (The seed's JSON sample shows 87.5; the weighted sum of its own figures is 87.4.)
@Suite struct WorkedExampleTests {
    let now = 1_750_000_000.0

    /// Feedback worth exactly 85: 9 of 10 positive (90) and an average rating of
    /// 4 (80), all given now so every weight is 1: (90 + 80) / 2 = 85.
    func seedInput() throws -> ReliabilityInput {
        var feedback: [FeedbackRecord] = []
        for i in 0..<10 {
            feedback.append(try FeedbackRecord(kind: i < 9 ? .positive : .negative, rating: 4, timestamp: now))
        }
        // 9 of 10 resolved in the category within the window → 90, plus outcomes
        // of another category and one older than 180 days that must not count.
        var outcomes: [OutcomeRecord] = []
        for i in 0..<10 {
            outcomes.append(try OutcomeRecord(
                category: "network", resolved: i != 3, autoRemediated: i % 2 == 0, timestamp: now - Double(i) * 86_400))
        }
        outcomes.append(try OutcomeRecord(category: "database", resolved: false, autoRemediated: false, timestamp: now))
        outcomes.append(try OutcomeRecord(
            category: "network", resolved: false, autoRemediated: false, timestamp: now - 181 * 86_400))
        return try ReliabilityInput(
            category: "network", aiConfidence: 0.92, feedback: feedback, outcomes: outcomes, patternMatch: 0.82)
    }

    @Test func seedFiguresGive87Point4High() throws {
        let score = try ReliabilityScorer().score(seedInput(), now: now)
        #expect(abs(score[.aiConfidence].value - 92) < 1e-9)
        #expect(abs(score[.humanFeedback].value - 85) < 1e-9)
        #expect(abs(score[.successHistory].value - 90) < 1e-9)
        #expect(abs(score[.patternMatch].value - 82) < 1e-9)
        #expect(score[.successHistory].samples == 10)
        #expect(score.overall == 87.4)
        #expect(score.level == .high)
        #expect(score.insufficientData.isEmpty)
    }

    @Test func encodesToTheSeedShape() throws {
        let score = try ReliabilityScorer().score(seedInput(), now: now)
        let data = try JSONEncoder().encode(score)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["overall_score"] as? Double == 87.4)
        #expect(object["confidence_level"] as? String == "high")
        let breakdown = try #require(object["breakdown"] as? [String: String])
        #expect(breakdown == [
            "ai_confidence": "92%", "human_validation": "85%",
            "success_history": "90%", "pattern_recognition": "82%",
        ])
        // Only documented extra key: the full components.
        #expect(Set(object.keys) == ["overall_score", "confidence_level", "breakdown", "components"])
        let components = try #require(object["components"] as? [[String: Any]])
        #expect(components.map { $0["factor"] as? String } == [
            "ai_confidence", "human_validation", "success_history", "pattern_recognition",
        ])
        #expect(components.map { $0["weight"] as? Double } == [0.25, 0.30, 0.25, 0.20])
    }

    @Test func encodedTextMatchesTheSeedShapeExactly() throws {
        let score = try ReliabilityScorer().score(seedInput(), now: now)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = try #require(String(data: encoder.encode(score), encoding: .utf8))
        let expected = #""breakdown":{"ai_confidence":"92%","human_validation":"85%","#
            + #""pattern_recognition":"82%","success_history":"90%"},"#
        #expect(text.hasPrefix("{" + expected))
        #expect(text.contains(#""confidence_level":"high""#))
        #expect(text.contains(#""overall_score":87.4"#))
    }

    @Test func roundTripsThroughJSON() throws {
        let score = try ReliabilityScorer().score(seedInput(), now: now)
        let decoded = try JSONDecoder().decode(ReliabilityScore.self, from: JSONEncoder().encode(score))
        #expect(decoded == score)
    }

    @Test(arguments: [
        (89.99, ConfidenceLevel.high), (90, .veryHigh), (75, .high), (74.999, .medium),
        (60, .medium), (59.9, .low), (0, .low), (100, .veryHigh),
    ])
    func levelThresholds(score: Double, level: ConfidenceLevel) {
        #expect(ConfidenceLevel(score: score) == level)
    }

    @Test func levelOrder() {
        #expect(ConfidenceLevel.low < .medium && ConfidenceLevel.medium < .high && ConfidenceLevel.high < .veryHigh)
    }
}
