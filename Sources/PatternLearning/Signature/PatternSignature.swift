/// The identity of a pattern: a category plus its sorted key terms, hashed with SHA-256.
///
/// **Canonical encoding** (version 1), the bytes that are hashed:
///
///     "vigil-pattern-v1" LF category LF term₁ LF term₂ LF … termₙ LF
///
/// UTF-8 throughout, LF = 0x0A, terms distinct and sorted by their UTF-8 bytes
/// (unsigned, shorter prefix first), each followed by one LF. A category is
/// 1…64 bytes of `[a-z0-9._-]` starting with a letter or digit; a term is 1…64
/// bytes with no byte ≤ 0x20 and no 0x7F; there are 1…64 terms. Neither may
/// hold an LF, so the encoding is unambiguous. In Python:
///
/// ```python
/// terms = sorted(set(terms), key=lambda t: t.encode())
/// hashlib.sha256(("vigil-pattern-v1\n" + category + "\n" +
///                 "".join(t + "\n" for t in terms)).encode()).hexdigest()
/// ```
///
/// The seed example — category `network`, terms `vlan`, `connectivity`,
/// `timeout` — hashes the bytes `vigil-pattern-v1\nnetwork\nconnectivity\ntimeout\nvlan\n`
/// to `296f9b735e54d9bce8d7a0261cf5cc482713f3e09bda7fed1bc52f7d99e19566`.
public struct PatternSignature: Sendable, Hashable {
    /// The incident category, e.g. `network`.
    public let category: String
    /// The key terms, distinct, sorted by UTF-8 byte order.
    public let terms: [String]
    /// SHA-256 of `canonicalEncoding`.
    public let hash: SHA256Digest

    /// Most terms a signature may hold.
    public static let maxTerms = 64
    /// Longest category or term, in UTF-8 bytes.
    public static let maxBytes = 64
    /// The first line of the canonical encoding.
    public static let encodingVersion = "vigil-pattern-v1"

    /// Creates a signature from a category and terms (sorted and de-duplicated here).
    ///
    /// - Throws: `.invalidCategory`, `.invalidTerm` (field `terms[i]`), or
    ///   `.noKeyTerms` / `.tooLarge` for an empty or oversized term list.
    public init(category: String, terms: some Sequence<String>) throws(PatternLearningError) {
        try Self.validate(category: category)
        let sorted = Array(Set(terms)).sorted(by: Self.byteOrder)
        guard !sorted.isEmpty else {
            throw PatternLearningError(.noKeyTerms, field: "terms", value: "[]", expectation: "at least one term")
        }
        guard sorted.count <= Self.maxTerms else {
            throw PatternLearningError(
                .tooLarge, field: "terms", value: "\(sorted.count) terms", expectation: "at most \(Self.maxTerms) terms")
        }
        for (i, term) in sorted.enumerated() {
            try Self.validate(term: term, field: "terms[\(i)]")
        }
        self.category = category
        self.terms = sorted
        self.hash = SHA256.hash(Self.canonicalEncoding(category: category, sortedTerms: sorted))
    }

    /// The signature of a ticket: its key terms from `normalizer`, under `category`.
    public init(
        category: String, title: String, description: String, normalizer: TicketNormalizer = .standard
    ) throws(PatternLearningError) {
        try self.init(category: category, terms: normalizer.keyTerms(title: title, description: description))
    }

    /// The exact bytes that `hash` is the SHA-256 of.
    public var canonicalEncoding: [UInt8] {
        Self.canonicalEncoding(category: category, sortedTerms: terms)
    }

    static func canonicalEncoding(category: String, sortedTerms: [String]) -> [UInt8] {
        var out = Array(encodingVersion.utf8)
        out.append(0x0A)
        out.append(contentsOf: category.utf8)
        out.append(0x0A)
        for t in sortedTerms {
            out.append(contentsOf: t.utf8)
            out.append(0x0A)
        }
        return out
    }

    /// UTF-8 byte order (unsigned bytes; a proper prefix sorts first).
    static func byteOrder(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    static func validate(category: String) throws(PatternLearningError) {
        let bytes = Array(category.utf8)
        func isAlnum(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) }
        guard let first = bytes.first, bytes.count <= maxBytes, isAlnum(first),
            bytes.allSatisfy({ isAlnum($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") })
        else {
            throw PatternLearningError(
                .invalidCategory, field: "category", value: "\"\(category)\"",
                expectation: "1…\(maxBytes) bytes of [a-z0-9._-], starting with a letter or digit")
        }
    }

    static func validate(term: String, field: String) throws(PatternLearningError) {
        let n = term.utf8.count
        guard n >= 1, n <= maxBytes, term.utf8.allSatisfy({ $0 > 0x20 && $0 != 0x7F }) else {
            throw PatternLearningError(
                .invalidTerm, field: field, value: "\"\(term)\"",
                expectation: "1…\(maxBytes) bytes without whitespace or control characters")
        }
    }
}

extension PatternSignature: Codable {
    enum CodingKeys: String, CodingKey {
        case category, terms, hash
    }

    /// Decodes category and terms, recomputes the hash, and rejects a stored
    /// `hash` that does not match.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(category: c.decode(String.self, forKey: .category), terms: c.decode([String].self, forKey: .terms))
        if let stored = try c.decodeIfPresent(SHA256Digest.self, forKey: .hash), stored != hash {
            throw PatternLearningError(
                .invalidSnapshot, field: "hash", value: stored.hex,
                expectation: "the SHA-256 of the canonical encoding, \(hash.hex)")
        }
    }

    /// Encodes category, terms and the hash (hex).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(category, forKey: .category)
        try c.encode(terms, forKey: .terms)
        try c.encode(hash, forKey: .hash)
    }
}
