extension SimilarityIndex {
    /// The `limit` indexed patterns most similar to `terms`, best first.
    ///
    /// `mutating` only because the query caches weights and marks visited
    /// patterns in scratch fields; the indexed content does not change.
    ///
    /// - Parameters:
    ///   - terms: the query's key terms (duplicates ignored).
    ///   - category: only patterns of this category, or all when `nil`.
    ///   - limit: how many results at most, 1…`maxLimit`.
    ///   - minimumSimilarity: leave out patterns below this, 0…1. A higher
    ///     minimum also lets the query stop earlier.
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

        // Query terms: known ones with their weights; unknown ones only add to |A|.
        var seen = Set<String>()
        var query: [(id: Int32, weight: Double)] = []
        var queryWeight = 0.0
        for term in terms where seen.insert(term).inserted {
            if let id = termIDs[term] {
                let w = termWeight(id)
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
        let byID = query.sorted { $0.id < $1.id }

        visitEpoch &+= 1
        if visitEpoch == 0 {
            for i in patterns.indices { patterns[i].visit = 0 }
            visitEpoch = 1
        }
        var scan = QueryScan(
            queryIDs: byID.map(\.id), queryWeights: byID.map(\.weight), queryWeight: queryWeight,
            minimumSimilarity: minimumSimilarity, categoryID: categoryID, top: TopMatches(limit: limit))
        for (i, q) in query.enumerated() {
            scan.remaining = remaining[i]
            if scan.unseenCannotQualify { break }
            scan.run(over: Int(q.id), in: &self)
        }
        return scan.top.items
    }
}

/// The state of one query while it walks posting lists.
struct QueryScan {
    let queryIDs: [Int32]
    let queryWeights: [Double]
    let queryWeight: Double
    let minimumSimilarity: Double
    let categoryID: Int32
    var top: TopMatches
    /// Weight of the query terms whose lists are not walked yet, this one included.
    var remaining = 0.0

    /// Rounding room, so pruning never drops an exact tie.
    static let slack = 1e-12

    /// The similarity a pattern not met yet must beat to enter the results.
    var threshold: Double {
        if top.isFull, let worst = top.worst { return max(worst.similarity, minimumSimilarity) }
        return minimumSimilarity
    }

    /// Whether no pattern not met yet can enter: even one with |B| = R (the best
    /// case) stays below the threshold.
    var unseenCannotQualify: Bool {
        let best = remaining / queryWeight
        return top.isFull ? (top.worst!.similarity > best + Self.slack) : (best + Self.slack < minimumSimilarity)
    }

    mutating func run(over term: Int, in index: inout SimilarityIndex) {
        let epoch = index.visitEpoch
        let stamp = index.stamp
        let n = index.keys.count
        // Raw buffers for the hot loop: no bounds or uniqueness checks per pattern.
        index.postings[term].withUnsafeBufferPointer { list in
            index.patterns.withUnsafeMutableBufferPointer { patterns in
                index.terms.withUnsafeMutableBufferPointer { terms in
                    index.termPool.withUnsafeBufferPointer { pool in
                        index.keys.withUnsafeBufferPointer { keys in
                            var k = 0
                            while k < list.count {
                                // Every 64 patterns, see whether the rest of the list can still matter.
                                if k & 63 == 0 && unseenCannotQualify { return }
                                let p = Int(list[k])
                                k += 1
                                if patterns[p].visit == epoch { continue }
                                patterns[p].visit = epoch
                                if categoryID >= 0 && patterns[p].category != categoryID { continue }
                                let start = Int(patterns[p].termStart)
                                let end = start + Int(patterns[p].termCount)
                                let own: Double
                                if patterns[p].weightStamp == stamp {
                                    own = patterns[p].weight
                                } else {
                                    var sum = 0.0
                                    for i in start..<end {
                                        sum += Self.termWeight(pool[i], terms, stamp: stamp, patterns: n)
                                    }
                                    patterns[p].weight = sum
                                    patterns[p].weightStamp = stamp
                                    own = sum
                                }
                                // Upper bound from |B| alone: shared ≤ min(R, |B|).
                                let sharedMax = min(remaining, own)
                                let bound = sharedMax / (queryWeight + own - sharedMax)
                                if bound + Self.slack < threshold { continue }
                                let similarity = exactSimilarity(pool, start, end, own: own)
                                if similarity >= minimumSimilarity {
                                    top.offer(SimilarityMatch(key: keys[p], similarity: similarity))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Merges the pattern's ascending term ids with the query's.
    func exactSimilarity(_ pool: UnsafeBufferPointer<Int32>, _ start: Int, _ end: Int, own: Double) -> Double {
        var t = start
        var qi = 0
        var shared = 0.0
        while t < end && qi < queryIDs.count {
            let a = pool[t]
            let b = queryIDs[qi]
            if a == b {
                shared += queryWeights[qi]
                t += 1
                qi += 1
            } else if a < b {
                t += 1
            } else {
                qi += 1
            }
        }
        return shared / (queryWeight + own - shared)
    }

    /// A term's weight through the raw term table, cached until the next insert.
    static func termWeight(
        _ t: Int32, _ terms: UnsafeMutableBufferPointer<SimilarityIndex.TermSlot>, stamp: UInt32, patterns n: Int
    ) -> Double {
        let i = Int(t)
        if terms[i].weightStamp == stamp { return terms[i].weight }
        let w = SimilarityIndex.weight(documentFrequency: Int(terms[i].documentFrequency), patterns: n)
        terms[i].weight = w
        terms[i].weightStamp = stamp
        return w
    }
}
