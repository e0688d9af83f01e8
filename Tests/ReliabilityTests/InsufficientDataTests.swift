import Reliability
import Testing

@Suite struct InsufficientDataTests {
    let now = 1_750_000_000.0

    @Test func noEvidenceAtAllScoresOnlyTheConfidence() throws {
        let input = try ReliabilityInput(category: "network", aiConfidence: 1)
        let s = try ReliabilityScorer().score(input, now: now)
        #expect(s.insufficientData == [.humanFeedback, .successHistory, .patternMatch])
        // 0.25·100 + 0.30·10 + 0.25·0 + 0.20·0 = 28 → low, however sure the model is.
        #expect(abs(s.overall - 28) < 1e-9)
        #expect(s.level == .low)
    }

    @Test func minimumsAreHonoured() throws {
        let config = try ReliabilityConfiguration(minimumFeedback: 3, minimumOutcomes: 3)
        let feedback = try (0..<2).map { _ in try FeedbackRecord(kind: .positive, rating: 5, timestamp: now) }
        let outcomes = try (0..<2).map { _ in
            try OutcomeRecord(category: "network", resolved: true, autoRemediated: true, timestamp: now)
        }
        let input = try ReliabilityInput(category: "network", aiConfidence: 0.9, feedback: feedback, outcomes: outcomes)
        let s = try ReliabilityScorer(configuration: config).score(input, now: now)
        #expect(s[.humanFeedback].insufficientData && s[.humanFeedback].samples == 2)
        #expect(s[.successHistory].insufficientData && s[.successHistory].samples == 2)
        let more = try ReliabilityInput(
            category: "network", aiConfidence: 0.9, feedback: feedback + [feedback[0]], outcomes: outcomes + [outcomes[0]])
        let t = try ReliabilityScorer(configuration: config).score(more, now: now)
        #expect(t[.humanFeedback].value == 100 && !t[.humanFeedback].insufficientData)
        #expect(t[.successHistory].value == 100 && !t[.successHistory].insufficientData)
    }

    @Test func customPlaceholdersAreUsed() throws {
        let values = try InsufficientDataValues(humanFeedback: 0, successHistory: 5, patternMatch: 7)
        let config = try ReliabilityConfiguration(insufficientData: values)
        let s = try ReliabilityScorer(configuration: config).score(
            try ReliabilityInput(category: "network", aiConfidence: 0), now: now)
        #expect(s[.humanFeedback].value == 0 && s[.successHistory].value == 5 && s[.patternMatch].value == 7)
    }

    @Test func ancientFeedbackIsNoEvidence() throws {
        // Thousands of half-lives old: every weight underflows to zero.
        let old = try FeedbackRecord(kind: .positive, rating: 5, timestamp: 0)
        let s = try ReliabilityScorer(configuration: try ReliabilityConfiguration(feedbackHalfLife: 1)).score(
            try ReliabilityInput(category: "network", aiConfidence: 0.5, feedback: [old]), now: now)
        #expect(s[.humanFeedback].insufficientData)
    }
}
