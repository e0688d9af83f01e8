extension SimilarityIndex {
    /// The `limit` indexed patterns most similar to `terms`, best first.
    ///
    /// `mutating` only because the query caches term weights and marks visited
    /// patterns in scratch arrays; the indexed content does not change.
    ///
    /// - Parameters:
    ///   - terms: the query's key terms (duplicates ignored).
    ///   - category: only patterns of this category, or all when `nil`.
    ///   - limit: how many results at most, 1…`maxLimit`.
    ///   - minimumSimilarity: leave out patterns below this, 0…1.
    /// - Throws: `.outOfRange` / `.notFinite` for a bad `limit` or `minimumSimilarity`.
    public mutating func nearest(
        to terms: [String], category: String? = nil, limit: Int = 10, minimumSimilarity: Double = 0
    ) throws(PatternLearningError) -> [SimilarityMatch] {
        guard (1...Self.maxLimit).contains(limit) else {
            throw PatternLearningError(
                .outOfRange, field: "limit", value: "\(limit)", expectation: "an integer in 1…\(Self.maxLimit)")
        }
        try Check.number(minimumSimilarity, in: 0...1, field: "minimumSimilarity")
        let n = keys.count
        guard n > 0 else { return [] }
        var categoryID: Int32 = -1
        if let category {
            guard let c = categoryIDs[category] else { return [] }
            categoryID = c
        }

        // Move the scratch arrays out so they can be written while the index is read.
        var cache = weightCache
        var stamps = weightStamp
        var marks = visited
        weightCache = []
        weightStamp = []
        visited = []
        defer {
            weightCache = cache
            weightStamp = stamps
            visited = marks
        }
        visitEpoch &+= 1
        if visitEpoch == 0 {
            for i in marks.indices { marks[i] = 0 }
            visitEpoch = 1
        }
        let epoch = visitEpoch
        let currentStamp = stamp
        func weight(_ t: Int32) -> Double {
            let i = Int(t)
            if stamps[i] == currentStamp { return cache[i] }
            let w = Self.weight(documentFrequency: postings[i].count, patterns: n)
            cache[i] = w
            stamps[i] = currentStamp
            return w
        }

        // Query terms: known ones with their weights; unknown ones only add to |A|.
        var seen = Set<String>()
        var query: [(id: Int32, weight: Double)] = []
        var queryWeight = 0.0
        for term in terms where seen.insert(term).inserted {
            if let id = termIDs[term] {
                let w = weight(id)
                query.append((id, w))
                queryWeight += w
            } else {
                queryWeight += Self.weight(documentFrequency: 1, patterns: n)
            }
        }
        guard !query.isEmpty, queryWeight > 0 else { return [] }
        query.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.id < $1.id }
        var remaining = [Double](repeating: 0, count: query.count + 1)
        for i in stride(from: query.count - 1, through: 0, by: -1) {
            remaining[i] = remaining[i + 1] + query[i].weight
        }
        let queryIDs = query.map(\.id).sorted()

        var top = TopMatches(limit: limit)
        let slack = 1e-12  // rounding room, so pruning never drops an exact tie
        for (i, q) in query.enumerated() {
            // Best similarity any pattern not yet met could have.
            let bound = remaining[i] / queryWeight
            if bound + slack < minimumSimilarity { break }
            if top.isFull, let worst = top.worst, worst.similarity > bound + slack { break }
            for p in postings[Int(q.id)] {
                let pi = Int(p)
                if marks[pi] == epoch { continue }
                marks[pi] = epoch
                if categoryID >= 0 && patternCategory[pi] != categoryID { continue }
                var shared = 0.0
                var own = 0.0
                var qi = 0
                for k in Int(termStart[pi])..<Int(termStart[pi + 1]) {
                    let t = termPool[k]
                    let w = weight(t)
                    own += w
                    while qi < queryIDs.count && queryIDs[qi] < t { qi += 1 }
                    if qi < queryIDs.count && queryIDs[qi] == t { shared += w }
                }
                let similarity = shared / (queryWeight + own - shared)
                if similarity >= minimumSimilarity {
                    top.offer(SimilarityMatch(key: keys[pi], similarity: similarity))
                }
            }
        }
        return top.items
    }
}
