#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import IncidentCore
import PatternLearning
import Reliability

/// The past the demo starts from: autonomy is earned, so each scenario's
/// pattern has been seen and fixed before (8 past tickets ten days apart, 7 with positive
/// feedback), and each category has a month of outcomes and feedback.
public enum DemoHistory {
    /// Past tickets per pattern.
    public static let pastTickets = 8

    /// Loads the past into `patterns` and `history`, dated before `now`.
    public static func seed(
        patterns: any PatternStore, history: any ReliabilityHistory, scenarios: [DemoScenario], now: Date
    ) async throws {
        let day = 86_400.0
        for scenario in scenarios {
            guard let alert = scenario.notifications.first?.alerts.first,
                let signature = AlertPattern.signature(of: alert, category: scenario.category)
            else { continue }
            for i in 0..<pastTickets {
                let t = now.timeIntervalSince1970 - Double(pastTickets - i) * 10 * day
                _ = try await patterns.record(.occurrence(aiConfidence: 0.9, reliability: 90), for: signature, at: t)
                _ = try await patterns.record(.outcome(resolved: true, autoRemediated: true), for: signature, at: t + 600)
                _ = try await patterns.record(.feedback(i == 3 ? .neutral : .positive), for: signature, at: t + 3_600)
            }
        }
        for category in Set(scenarios.map(\.category)).sorted() {
            for i in 0..<12 {
                let t = now.timeIntervalSince1970 - Double(30 - 2 * i) * day
                try await history.record(
                    outcome: OutcomeRecord(category: category, resolved: i != 4, autoRemediated: true, timestamp: t))
                if i < 10 {
                    try await history.record(
                        feedback: FeedbackRecord(
                            kind: i == 4 ? .neutral : .positive, rating: i == 4 ? 3 : 5, actionsWorked: i != 4, timestamp: t + 3_600),
                        category: category)
                }
            }
        }
    }
}
