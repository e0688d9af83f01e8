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
/// each candidate exactly the first time it is met. A pattern first met at the
/// i-th term holds none of the rarer ones, so it shares at most R = the weight of
/// the remaining terms and its similarity is at most R / (|A| + |B| − R). Once the
/// best `limit` are known to beat that for every pattern not yet met (|B| ≥ R), the
/// query stops; a pattern whose own |B| rules it out is skipped without a merge.
/// Results are exact — the same as scoring every pattern — ordered by similarity,
/// then key.
///
/// - Complexity: insert O(terms); query O(Σ posting lengths visited), usually a
///   small part of the query terms' lists.
public struct SimilarityIndex: Sendable {
    /// Per pattern, packed so that one cache line serves a candidate check.
    struct PatternSlot {
        var termStart: Int32
        var termCount: Int32
        var category: Int32
        var visit: UInt32 = 0
        var weightStamp: UInt32 = 0
        var weight: Double = 0
    }

    /// Per term: document frequency and its cached weight.
    struct TermSlot {
        var documentFrequency: Int32 = 0
        var weightStamp: UInt32 = 0
        var weight: Double = 0
    }

    var termIDs: [String: Int32] = [:]
    var terms: [TermSlot] = []
    var postings: [[Int32]] = []
    var categoryIDs: [String: Int32] = [:]
    var keyIDs: [SHA256Digest: Int32] = [:]
    var keys: [SHA256Digest] = []
    var patterns: [PatternSlot] = []
    /// Pattern p's term ids, ascending: termPool[termStart ..< termStart + termCount].
    var termPool: [Int32] = []

    /// Bumped by every insert (N and document frequencies change): cached weights
    /// with another stamp are stale.
    var stamp: UInt32 = 1
    /// Bumped by every query: patterns whose `visit` equals it were already scored.
    var visitEpoch: UInt32 = 0

    /// Most results one query may ask for.
    public static let maxLimit = 10_000

    /// An empty index.
    public init() {}

    /// Number of patterns indexed.
    public var count: Int { keys.count }

    /// Whether a pattern with this signature hash is indexed.
    public func contains(_ key: SHA256Digest) -> Bool { keyIDs[key] != nil }

    /// Adds a pattern; returns false (and changes nothing) if its hash is already
    /// indexed or the index is full (2^31 − 2 patterns).
    @discardableResult
    public mutating func insert(_ signature: PatternSignature) -> Bool {
        guard keyIDs[signature.hash] == nil, keys.count < Int(Int32.max) - 1,
            termPool.count + signature.terms.count < Int(Int32.max)
        else { return false }
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
                terms.append(TermSlot())
            }
            postings[Int(t)].append(id)
            terms[Int(t)].documentFrequency += 1
            ids.append(t)
        }
        ids.sort()
        patterns.append(PatternSlot(termStart: Int32(termPool.count), termCount: Int32(ids.count), category: category))
        termPool.append(contentsOf: ids)
        stamp &+= 1
        if stamp == 0 {
            for i in terms.indices { terms[i].weightStamp = 0 }
            for i in patterns.indices { patterns[i].weightStamp = 0 }
            stamp = 1
        }
        return true
    }

    /// `ln(1 + N / df)`.
    static func weight(documentFrequency df: Int, patterns n: Int) -> Double {
        NaturalLog.ln(1 + Double(n) / Double(max(df, 1)))
    }

    /// A term's weight, cached until the next insert.
    mutating func termWeight(_ t: Int32) -> Double {
        let i = Int(t)
        if terms[i].weightStamp == stamp { return terms[i].weight }
        let w = Self.weight(documentFrequency: Int(terms[i].documentFrequency), patterns: keys.count)
        terms[i].weight = w
        terms[i].weightStamp = stamp
        return w
    }
}
