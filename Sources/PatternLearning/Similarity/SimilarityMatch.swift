/// One result of a similarity query: a stored pattern and how close it is.
public struct SimilarityMatch: Sendable, Hashable {
    /// The stored pattern's signature hash.
    public let key: SHA256Digest
    /// IDF-weighted Jaccard similarity to the query, 0…1.
    public let similarity: Double

    init(key: SHA256Digest, similarity: Double) {
        self.key = key
        self.similarity = similarity
    }

    /// Higher similarity first; equal similarities by ascending key, so results
    /// never depend on insertion order.
    func ranksAbove(_ other: SimilarityMatch) -> Bool {
        similarity != other.similarity ? similarity > other.similarity : key < other.key
    }
}

/// The best `limit` matches seen so far, best first.
struct TopMatches {
    let limit: Int
    private(set) var items: [SimilarityMatch] = []

    init(limit: Int) {
        self.limit = limit
        items.reserveCapacity(min(limit, 1024) + 1)
    }

    var isFull: Bool { items.count >= limit }
    var worst: SimilarityMatch? { items.last }

    mutating func offer(_ m: SimilarityMatch) {
        if isFull, let w = worst, !m.ranksAbove(w) { return }
        var lo = 0
        var hi = items.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if items[mid].ranksAbove(m) { lo = mid + 1 } else { hi = mid }
        }
        items.insert(m, at: lo)
        if items.count > limit { items.removeLast() }
    }
}
