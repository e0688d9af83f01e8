/// Where pattern statistics live. Implementations must be safe to call from
/// many tasks at once and must never lose an update.
///
/// `InMemoryPatternStore` is the shipped implementation.
public protocol PatternStore: Sendable {
    /// Counts `event` for the pattern `signature` at `time` (seconds since
    /// 1970-01-01T00:00:00Z) and returns the updated record. An `.occurrence`
    /// creates the pattern on first sight; other events for an unknown pattern
    /// throw `.unknownPattern`.
    func record(_ event: PatternEvent, for signature: PatternSignature, at time: Double) async throws -> PatternRecord

    /// The record with this signature hash, if any.
    func pattern(_ key: SHA256Digest) async throws -> PatternRecord?

    /// The `limit` stored patterns most similar to `terms` (IDF-weighted
    /// Jaccard, see `SimilarityIndex`) with similarity ≥ `minimumSimilarity`,
    /// best first, optionally within one category.
    func similar(to terms: [String], category: String?, limit: Int, minimumSimilarity: Double) async throws
        -> [SimilarPattern]

    /// Every record, for backup or transfer (see `PatternStoreSnapshot`).
    func snapshot() async throws -> PatternStoreSnapshot
}

extension PatternStore {
    /// The `limit` stored patterns most similar to `terms`, however weak.
    public func similar(to terms: [String], category: String?, limit: Int) async throws -> [SimilarPattern] {
        try await similar(to: terms, category: category, limit: limit, minimumSimilarity: 0)
    }

    /// The pattern-match factor for a ticket's key terms: the similar patterns
    /// (`configuration.candidates` of them, same category when given) fed to
    /// `PatternMatchFactor`.
    public func patternMatch(
        for terms: [String], category: String?, configuration: PatternMatchConfiguration = .standard
    ) async throws -> PatternMatchFactor {
        // The factor ignores weaker patterns anyway; asking the store for them
        // only would let it stop early (less the factor's rounding slack).
        let minimum = max(0, configuration.minimumSimilarity - 1e-9)
        let similar = try await similar(
            to: terms, category: category, limit: configuration.candidates, minimumSimilarity: minimum)
        return PatternMatchFactor(similar: similar, configuration: configuration)
    }
}
