import Foundation
import Reliability
import Testing

@Suite struct ValidationTests {
    let now = 1_750_000_000.0

    @Test(arguments: [
        (1.2, ReliabilityError.Code.outOfRange), (-0.01, .outOfRange), (.nan, .notFinite),
        (.infinity, .notFinite), (-.infinity, .notFinite),
    ])
    func aiConfidenceOutOfRange(value: Double, code: ReliabilityError.Code) {
        #expect {
            try ReliabilityInput(category: "network", aiConfidence: value)
        } throws: { error in
            let e = error as? ReliabilityError
            return e?.field == "aiConfidence" && e?.code == code
        }
    }

    @Test(arguments: [1.0000001, -1, Double.nan, .infinity])
    func patternMatchOutOfRange(value: Double) {
        #expect {
            try ReliabilityInput(category: "network", aiConfidence: 0.5, patternMatch: value)
        } throws: { ($0 as? ReliabilityError)?.field == "patternMatch" }
    }

    @Test(arguments: [0, 6, -1, 100])
    func ratingOutOfRange(rating: Int) {
        #expect {
            try FeedbackRecord(kind: .positive, rating: rating, timestamp: now)
        } throws: { error in
            let e = error as? ReliabilityError
            return e?.field == "rating" && e?.code == .outOfRange && e?.value == "\(rating)"
        }
    }

    @Test(arguments: 1...5)
    func ratingInRange(rating: Int) throws {
        #expect(try FeedbackRecord(kind: .neutral, rating: rating, timestamp: now).rating == rating)
    }

    @Test(arguments: [Double.nan, .infinity, -1])
    func badFeedbackTimestamp(value: Double) {
        #expect { try FeedbackRecord(kind: .positive, timestamp: value) } throws: {
            ($0 as? ReliabilityError)?.field == "timestamp"
        }
        #expect { try OutcomeRecord(category: "x", resolved: true, autoRemediated: false, timestamp: value) } throws: {
            ($0 as? ReliabilityError)?.field == "timestamp"
        }
    }

    @Test(arguments: [-1.0, .nan, .infinity])
    func badTimeToResolve(value: Double) {
        #expect { try FeedbackRecord(kind: .positive, timeToResolve: value, timestamp: now) } throws: {
            ($0 as? ReliabilityError)?.field == "timeToResolve"
        }
    }

    @Test func futureFeedbackIsNamed() throws {
        let feedback = [
            try FeedbackRecord(kind: .positive, timestamp: now - 10),
            try FeedbackRecord(kind: .positive, timestamp: now + 1),
        ]
        let input = try ReliabilityInput(category: "network", aiConfidence: 0.5, feedback: feedback)
        #expect { try ReliabilityScorer().score(input, now: now) } throws: { error in
            let e = error as? ReliabilityError
            return e?.field == "feedback[1].timestamp" && e?.code == .inFuture
        }
    }

    @Test func futureOutcomeIsNamed() throws {
        let outcomes = [try OutcomeRecord(category: "other", resolved: true, autoRemediated: true, timestamp: now + 60)]
        let input = try ReliabilityInput(category: "network", aiConfidence: 0.5, outcomes: outcomes)
        #expect { try ReliabilityScorer().score(input, now: now) } throws: { error in
            let e = error as? ReliabilityError
            return e?.field == "outcomes[0].timestamp" && e?.code == .inFuture
        }
    }

    @Test(arguments: [Double.nan, .infinity, -5])
    func badNow(now: Double) throws {
        let input = try ReliabilityInput(category: "network", aiConfidence: 0.5)
        #expect { try ReliabilityScorer().score(input, now: now) } throws: { ($0 as? ReliabilityError)?.field == "now" }
    }

    @Test func standardWeightsAreValid() throws {
        let w = ReliabilityWeights.standard
        #expect([w.aiConfidence, w.humanFeedback, w.successHistory, w.patternMatch] == [0.25, 0.30, 0.25, 0.20])
        #expect(
            try ReliabilityWeights(aiConfidence: 0.25, humanFeedback: 0.30, successHistory: 0.25, patternMatch: 0.20)
                == w)
    }

    @Test(arguments: [
        ([0.25, 0.30, 0.25, 0.21], "weights"),
        ([0.25, 0.30, 0.25, 0.19], "weights"),
        ([0.25, 0.30, 0.25, 0.2 + 2e-9], "weights"),
        ([-0.1, 0.40, 0.50, 0.20], "weights.aiConfidence"),
        ([0.25, .nan, 0.25, 0.20], "weights.humanFeedback"),
        ([0.25, 0.30, .infinity, 0.20], "weights.successHistory"),
        ([0.5, 0.5, 0.5, -0.5], "weights.patternMatch"),
    ])
    func invalidWeights(values: [Double], field: String) {
        #expect {
            try ReliabilityWeights(
                aiConfidence: values[0], humanFeedback: values[1], successHistory: values[2], patternMatch: values[3])
        } throws: { ($0 as? ReliabilityError)?.field == field }
    }

    @Test func weightsWithinToleranceAreAccepted() throws {
        _ = try ReliabilityWeights(aiConfidence: 0.25, humanFeedback: 0.30, successHistory: 0.25, patternMatch: 0.2 + 5e-10)
        _ = try ReliabilityWeights(aiConfidence: 1, humanFeedback: 0, successHistory: 0, patternMatch: 0)
    }

    @Test(arguments: [0.0, -1, .nan, .infinity])
    func badHalfLifeAndWindow(value: Double) {
        #expect { try ReliabilityConfiguration(feedbackHalfLife: value) } throws: {
            ($0 as? ReliabilityError)?.field == "feedbackHalfLife"
        }
        #expect { try ReliabilityConfiguration(historyWindow: value) } throws: {
            ($0 as? ReliabilityError)?.field == "historyWindow"
        }
    }

    @Test func badMinimumsAndPlaceholders() {
        #expect { try ReliabilityConfiguration(minimumFeedback: 0) } throws: {
            ($0 as? ReliabilityError)?.field == "minimumFeedback"
        }
        #expect { try InsufficientDataValues(humanFeedback: 101, successHistory: 0, patternMatch: 0) } throws: {
            ($0 as? ReliabilityError)?.field == "insufficientData.humanFeedback"
        }
    }

    @Test func errorMessageNamesFieldAndValue() {
        do {
            _ = try FeedbackRecord(kind: .positive, rating: 6, timestamp: now)
            Issue.record("rating 6 was accepted")
        } catch {
            #expect(error.description.contains("rating"))
            #expect(error.description.contains("6"))
        }
    }

    @Test(arguments: [
        #"{"feedback_type":"positive","rating":0,"timestamp":1}"#,
        #"{"feedback_type":"positive","rating":6,"timestamp":1}"#,
        #"{"feedback_type":"great","timestamp":1}"#,
        #"{"feedback_type":"positive","timestamp":-1}"#,
        #"{"feedback_type":"positive"}"#,
    ])
    func decodingRejectsInvalidFeedback(json: String) {
        #expect(throws: (any Error).self) {
            try JSONDecoder().decode(FeedbackRecord.self, from: Data(json.utf8))
        }
    }

    @Test func decodingRejectsInvalidWeightsAndInput() {
        let weights = #"{"ai_confidence":0.5,"human_validation":0.5,"success_history":0.5,"pattern_recognition":0}"#
        #expect(throws: ReliabilityError.self) {
            try JSONDecoder().decode(ReliabilityWeights.self, from: Data(weights.utf8))
        }
        let input = #"{"category":"network","ai_confidence":1.2}"#
        #expect(throws: ReliabilityError.self) {
            try JSONDecoder().decode(ReliabilityInput.self, from: Data(input.utf8))
        }
    }

    @Test func decodingRejectsInconsistentScore() throws {
        let input = try ReliabilityInput(category: "network", aiConfidence: 0.9, patternMatch: 0.9)
        let score = try ReliabilityScorer().score(input, now: now)
        let text = try #require(String(data: JSONEncoder().encode(score), encoding: .utf8))
        let tampered = text.replacingOccurrences(of: #""confidence_level":"low""#, with: #""confidence_level":"high""#)
        #expect(tampered != text)
        #expect(throws: ReliabilityError.self) {
            try JSONDecoder().decode(ReliabilityScore.self, from: Data(tampered.utf8))
        }
    }

    @Test func feedbackRoundTripsWithSnakeCaseKeys() throws {
        let record = try FeedbackRecord(
            kind: .negative, rating: 2, wasHelpful: false, resolutionAccurate: true, actionsWorked: false,
            comment: "c", whatWorked: "w", whatDidNotWork: "n", suggestions: "s", actualResolution: "r",
            actionsTaken: ["kubectl rollout restart deploy/api"], timeToResolve: 1800, timestamp: now)
        let data = try JSONEncoder().encode(record)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == [
            "feedback_type", "rating", "was_helpful", "resolution_accurate", "actions_worked", "comment",
            "what_worked", "what_did_not_work", "suggestions", "actual_resolution", "actions_taken",
            "time_to_resolve_seconds", "timestamp",
        ])
        #expect(try JSONDecoder().decode(FeedbackRecord.self, from: data) == record)
    }
}
