/// A stored pattern close to a query, with its statistics.
public struct SimilarPattern: Sendable, Hashable {
    /// The stored pattern's signature.
    public let signature: PatternSignature
    /// IDF-weighted Jaccard similarity to the query, 0…1.
    public let similarity: Double
    /// The stored pattern's statistics at query time.
    public let statistics: PatternStatistics

    /// Creates a result; `similarity` must be a finite number in 0…1.
    public init(signature: PatternSignature, similarity: Double, statistics: PatternStatistics) throws(PatternLearningError) {
        try Check.number(similarity, in: 0...1, field: "similarity")
        self.signature = signature
        self.similarity = similarity
        self.statistics = statistics
    }
}

extension SimilarPattern: Codable {
    enum CodingKeys: String, CodingKey {
        case signature, similarity, statistics
    }

    /// Decodes a result, validating the signature, similarity and statistics.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            signature: c.decode(PatternSignature.self, forKey: .signature),
            similarity: c.decode(Double.self, forKey: .similarity),
            statistics: c.decode(PatternStatistics.self, forKey: .statistics))
    }

    /// Encodes signature, similarity and statistics.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(signature, forKey: .signature)
        try c.encode(similarity, forKey: .similarity)
        try c.encode(statistics, forKey: .statistics)
    }
}
