/// An inverted index over pattern signatures for "which known patterns are most
/// like these key terms?".
///
/// **Similarity** is IDF-weighted Jaccard over term sets:
///
///     sim(A, B) = Σ_{t ∈ A∩B} w(t) / Σ_{t ∈ A∪B} w(t),   w(t) = ln(1 + N / df(t))
///
/// where N is the number of indexed patterns and df(t) the number containing t
/// (a query term no pattern contains weighs ln(1 + N)). Rare terms weigh more
/// than common ones, so sharing `vlan` says more than sharing `error`.
///
/// **Query** walks the posting lists of the query's terms rarest first and scores
/// each candidate exactly the first time it is met. Before each list it stops if
/// the best `limit` are already certain: a pattern not yet met holds none of the
/// rarer terms, so its similarity is at most (weight of the remaining terms) /
/// (weight of the query). Common terms' long lists are then skipped. Results are
/// exact — the same as scoring every pattern — ordered by similarity, then key.
///
/// - Complexity: insert O(terms); query O(Σ posting lengths visited × terms per pattern)
///   in the worst case, typically a small fraction of that.
public struct SimilarityIndex: Sendable {
    var termIDs: [String: Int32] = [:]
    var postings: [[Int32]] = []
    var categoryIDs: [String: Int32] = [:]
    var keyIDs: [SHA256Digest: Int32] = [:]
    var keys: [SHA256Digest] = []
    var patternCategory: [Int32] = []
    /// Pattern p's term ids, ascending, are termPool[termStart[p] ..< termStart[p + 1]].
    var termStart: [Int32] = [0]
    var termPool: [Int32] = []

    // Query scratch: term weights cached until the next insert, and visit marks.
    var weightCache: [Double] = []
    var weightStamp: [UInt32] = []
    var stamp: UInt32 = 1
    var visited: [UInt32] = []
    var visitEpoch: UInt32 = 0

    /// Most results one query may ask for.
    public static let maxLimit = 10_000

    /// An empty index.
    public init() {}

    /// Number of patterns indexed.
    public var count: Int { keys.count }

    /// Whether a pattern with this signature hash is indexed.
    public func contains(_ key: SHA256Digest) -> Bool { keyIDs[key] != nil }

    /// Adds a pattern; returns false (and changes nothing) if its hash is already indexed.
    @discardableResult
    public mutating func insert(_ signature: PatternSignature) -> Bool {
        guard keyIDs[signature.hash] == nil, keys.count < Int(Int32.max) - 1 else { return false }
        let id = Int32(keys.count)
        keyIDs[signature.hash] = id
        keys.append(signature.hash)
        let category: Int32
        if let c = categoryIDs[signature.category] {
            category = c
        } else {
            category = Int32(categoryIDs.count)
            categoryIDs[signature.category] = category
        }
        patternCategory.append(category)
        var ids: [Int32] = []
        ids.reserveCapacity(signature.terms.count)
        for term in signature.terms {
            let t: Int32
            if let existing = termIDs[term] {
                t = existing
            } else {
                t = Int32(postings.count)
                termIDs[term] = t
                postings.append([])
                weightCache.append(0)
                weightStamp.append(0)
            }
            postings[Int(t)].append(id)
            ids.append(t)
        }
        ids.sort()
        termPool.append(contentsOf: ids)
        termStart.append(Int32(termPool.count))
        visited.append(0)
        // Every document frequency and N changed: invalidate cached weights.
        stamp &+= 1
        if stamp == 0 {
            for i in weightStamp.indices { weightStamp[i] = 0 }
            stamp = 1
        }
        return true
    }

    /// `ln(1 + N / df)`.
    static func weight(documentFrequency df: Int, patterns n: Int) -> Double {
        NaturalLog.ln(1 + Double(n) / Double(max(df, 1)))
    }
}
