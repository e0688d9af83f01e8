import Synchronization

/// A thread-safe in-memory `PatternStore`: records in a dictionary plus a
/// `SimilarityIndex`, all behind one `Mutex`, so concurrent updates to a pattern
/// are applied one at a time and none is lost.
///
/// ```swift
/// let store = InMemoryPatternStore()
/// let sig = try PatternSignature(category: "network", title: t, description: d)
/// try await store.record(.occurrence(aiConfidence: 0.9, reliability: 88), for: sig, at: now)
/// let factor = try await store.patternMatch(for: sig.terms, category: sig.category)
/// ```
public final class InMemoryPatternStore: PatternStore {
    /// The thresholds records are judged against.
    public let thresholds: EligibilityThresholds
    /// Seconds after a resolved outcome within which a new occurrence is a recurrence.
    public let recurrenceWindow: Double

    struct State: Sendable {
        var records: [SHA256Digest: PatternRecord] = [:]
        var index = SimilarityIndex()
    }

    let state: Mutex<State>

    /// The default recurrence window: 7 days.
    public static let defaultRecurrenceWindow: Double = 7 * 86_400

    /// An empty store with the standard thresholds and a 7-day recurrence window.
    public convenience init() {
        self.init(unchecked: .standard, recurrenceWindow: Self.defaultRecurrenceWindow, state: State())
    }

    /// An empty store; `recurrenceWindow` must be a finite positive number of seconds.
    public convenience init(
        thresholds: EligibilityThresholds, recurrenceWindow: Double = InMemoryPatternStore.defaultRecurrenceWindow
    ) throws(PatternLearningError) {
        try Check.positive(recurrenceWindow, field: "recurrenceWindow")
        self.init(unchecked: thresholds, recurrenceWindow: recurrenceWindow, state: State())
    }

    /// A store holding exactly the snapshot's records and settings. Eligibility is
    /// re-judged from the statistics rather than trusted.
    ///
    /// - Throws: `.invalidSnapshot` for an unknown format version, a bad window,
    ///   or a pattern that appears twice.
    public convenience init(restoring snapshot: PatternStoreSnapshot) throws(PatternLearningError) {
        try snapshot.validate()
        var state = State()
        for var record in snapshot.patterns {
            record.rejudge(snapshot.thresholds)
            state.records[record.signature.hash] = record
            state.index.insert(record.signature)
        }
        self.init(unchecked: snapshot.thresholds, recurrenceWindow: snapshot.recurrenceWindow, state: state)
    }

    init(unchecked thresholds: EligibilityThresholds, recurrenceWindow: Double, state: State) {
        self.thresholds = thresholds
        self.recurrenceWindow = recurrenceWindow
        self.state = Mutex(state)
    }

    /// Counts `event` for `signature` at `time`; see `PatternStore.record`.
    ///
    /// - Throws: `PatternLearningError` (`.unknownPattern`, or an invalid time or event).
    public func record(_ event: PatternEvent, for signature: PatternSignature, at time: Double) async throws
        -> PatternRecord
    {
        try recordSynchronously(event, for: signature, at: time)
    }

    /// The synchronous form of `record(_:for:at:)`.
    public func recordSynchronously(_ event: PatternEvent, for signature: PatternSignature, at time: Double)
        throws(PatternLearningError) -> PatternRecord
    {
        let thresholds = self.thresholds
        let window = recurrenceWindow
        return try state.withLock { (s: inout State) throws(PatternLearningError) -> PatternRecord in
            let key = signature.hash
            var record: PatternRecord
            if let existing = s.records[key] {
                record = existing
            } else {
                guard case .occurrence = event else {
                    throw PatternLearningError(
                        .unknownPattern, field: "signature", value: key.hex,
                        expectation: "a pattern seen before (its first event must be an occurrence)")
                }
                record = PatternRecord(signature: signature, thresholds: thresholds)
            }
            try record.apply(event, at: time, recurrenceWindow: window, thresholds: thresholds)
            if s.records.updateValue(record, forKey: key) == nil {
                s.index.insert(signature)
            }
            return record
        }
    }

    /// The record with this signature hash, if any.
    public func pattern(_ key: SHA256Digest) async throws -> PatternRecord? {
        state.withLock { $0.records[key] }
    }

    /// The `limit` (1…`SimilarityIndex.maxLimit`) most similar stored patterns
    /// with similarity ≥ `minimumSimilarity` (0…1).
    public func similar(to terms: [String], category: String?, limit: Int, minimumSimilarity: Double) async throws
        -> [SimilarPattern]
    {
        try state.withLock { (s: inout State) throws(PatternLearningError) -> [SimilarPattern] in
            let matches = try s.index.nearest(
                to: terms, category: category, limit: limit, minimumSimilarity: minimumSimilarity)
            var out: [SimilarPattern] = []
            out.reserveCapacity(matches.count)
            for m in matches {
                guard let r = s.records[m.key] else { continue }
                out.append(try SimilarPattern(signature: r.signature, similarity: m.similarity, statistics: r.statistics))
            }
            return out
        }
    }

    /// Every record and the store's settings.
    public func snapshot() async throws -> PatternStoreSnapshot {
        let records = state.withLock { Array($0.records.values) }
        return PatternStoreSnapshot(thresholds: thresholds, recurrenceWindow: recurrenceWindow, patterns: records)
    }

    /// Number of stored patterns.
    public var count: Int { state.withLock { $0.records.count } }
}
