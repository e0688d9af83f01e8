import Reliability
import Synchronization

/// What the reliability scorer learns from: humans' feedback and how past cases
/// ended, per category. The loop appends to it when a case closes and when
/// feedback arrives; the next decision in the category reads it.
///
/// Implementations must be safe to call from many tasks at once.
public protocol ReliabilityHistory: Sendable {
    /// Adds a human's feedback on a case of `category`.
    func record(feedback: FeedbackRecord, category: String) async throws
    /// Adds how a case ended.
    func record(outcome: OutcomeRecord) async throws
    /// The feedback and outcomes known for `category`, oldest first.
    func history(for category: String) async throws -> (feedback: [FeedbackRecord], outcomes: [OutcomeRecord])
}

/// A ``ReliabilityHistory`` in memory, keeping at most `limit` records of each
/// kind per category (the oldest go first).
public final class InMemoryReliabilityHistory: ReliabilityHistory {
    private struct Category {
        var feedback: [FeedbackRecord] = []
        var outcomes: [OutcomeRecord] = []
    }

    private let state = Mutex<[String: Category]>([:])
    /// The most records of each kind kept per category.
    public let limit: Int

    /// An empty history keeping up to `limit` (at least 1) records of each kind per category.
    public init(limit: Int = 10_000) {
        self.limit = max(1, limit)
    }

    /// Adds feedback for `category`.
    public func record(feedback: FeedbackRecord, category: String) async throws {
        let limit = limit
        state.withLock {
            $0[category, default: Category()].feedback.append(feedback)
            if $0[category]!.feedback.count > limit { $0[category]!.feedback.removeFirst() }
        }
    }

    /// Adds an outcome under its category.
    public func record(outcome: OutcomeRecord) async throws {
        let limit = limit
        state.withLock {
            $0[outcome.category, default: Category()].outcomes.append(outcome)
            if $0[outcome.category]!.outcomes.count > limit { $0[outcome.category]!.outcomes.removeFirst() }
        }
    }

    /// The records of `category`.
    public func history(for category: String) async throws -> (feedback: [FeedbackRecord], outcomes: [OutcomeRecord]) {
        state.withLock { s in
            let c = s[category] ?? Category()
            return (c.feedback, c.outcomes)
        }
    }
}
