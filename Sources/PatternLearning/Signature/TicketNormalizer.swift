/// Turns a ticket's title and description into its key terms.
///
/// Steps, over the UTF-8 bytes:
/// 1. Tokenise: a token is a run of ASCII letters and digits, bytes ≥ 0x80
///    (non-ASCII letters pass through unchanged) and the connectors `- _ . : /`;
///    everything else separates tokens. Leading and trailing connectors are trimmed.
/// 2. Lower-case (ASCII only).
/// 3. Mask volatile tokens: numbers, hex ids, UUIDs, IPv4/IPv6 addresses,
///    Kubernetes pod-hash suffixes, timestamps, the numeric parts of paths
///    (see `VolatileTokens`). What is fully volatile disappears.
/// 4. Drop stop words and terms shorter than two bytes.
/// 5. Score each distinct term: occurrences in the title × `titleWeight` plus
///    occurrences in the description. Keep the `maxTerms` best (ties broken by
///    UTF-8 byte order), then sort them by UTF-8 byte order.
///
/// ```swift
/// let n = TicketNormalizer()
/// try n.keyTerms(title: "VLAN 12 connectivity timeout",
///                description: "Timeout reaching 10.0.3.7 over vlan 12")
/// // ["connectivity", "reaching", "timeout", "vlan"]
/// ```
public struct TicketNormalizer: Sendable {
    /// How many key terms to keep (k; default 6).
    public let maxTerms: Int
    /// How much more a title occurrence counts than a description one (default 2).
    public let titleWeight: Int
    /// Largest title + description accepted, in UTF-8 bytes (default 1 MiB).
    public let maxInputBytes: Int
    /// Stop words beyond the built-in list (matched after lower-casing).
    public let extraStopWords: Set<String>

    /// The default settings: k = 6, title weight 2, 1 MiB input limit.
    public static let standard = TicketNormalizer(unchecked: 6, titleWeight: 2, maxInputBytes: 1 << 20, extra: [])

    /// Creates a normaliser; `maxTerms` must be in 1…64, `titleWeight` and
    /// `maxInputBytes` at least 1.
    public init(
        maxTerms: Int = 6, titleWeight: Int = 2, maxInputBytes: Int = 1 << 20, extraStopWords: Set<String> = []
    ) throws(PatternLearningError) {
        guard (1...PatternSignature.maxTerms).contains(maxTerms) else {
            throw PatternLearningError(
                .outOfRange, field: "maxTerms", value: "\(maxTerms)",
                expectation: "an integer in 1…\(PatternSignature.maxTerms)")
        }
        try Check.count(titleWeight, atLeast: 1, field: "titleWeight")
        try Check.count(maxInputBytes, atLeast: 1, field: "maxInputBytes")
        self.init(
            unchecked: maxTerms, titleWeight: titleWeight, maxInputBytes: maxInputBytes,
            extra: Set(extraStopWords.map { $0.lowercased() }))
    }

    init(unchecked maxTerms: Int, titleWeight: Int, maxInputBytes: Int, extra: Set<String>) {
        self.maxTerms = maxTerms
        self.titleWeight = titleWeight
        self.maxInputBytes = maxInputBytes
        self.extraStopWords = extra
    }

    /// The top `maxTerms` key terms of a ticket, sorted by UTF-8 byte order.
    ///
    /// - Throws: `PatternLearningError` `.tooLarge` (field `title` or
    ///   `description`) past `maxInputBytes`, `.noKeyTerms` when nothing survives.
    /// - Complexity: O(n) in the text's bytes, plus O(t log t) in distinct terms.
    public func keyTerms(title: String, description: String) throws(PatternLearningError) -> [String] {
        let titleBytes = title.utf8.count
        guard titleBytes <= maxInputBytes else {
            throw PatternLearningError(
                .tooLarge, field: "title", value: "\(titleBytes) bytes", expectation: "at most \(maxInputBytes) bytes")
        }
        guard description.utf8.count <= maxInputBytes - titleBytes else {
            throw PatternLearningError(
                .tooLarge, field: "description", value: "\(description.utf8.count) bytes",
                expectation: "title + description at most \(maxInputBytes) bytes")
        }
        var scores: [String: Int] = [:]
        forEachTerm(in: title) { scores[$0, default: 0] += titleWeight }
        forEachTerm(in: description) { scores[$0, default: 0] += 1 }
        guard !scores.isEmpty else {
            throw PatternLearningError(
                .noKeyTerms, field: "title+description", value: "\"\(title)\"",
                expectation: "text with at least one key term (not only stop words, numbers or ids)")
        }
        let ranked = scores.sorted { a, b in
            a.value != b.value ? a.value > b.value : PatternSignature.byteOrder(a.key, b.key)
        }
        return ranked.prefix(maxTerms).map(\.key).sorted(by: PatternSignature.byteOrder)
    }

    /// Every term of `text` after masking and stop-word removal, in order of
    /// appearance, duplicates kept (useful for inspecting the normaliser).
    public func terms(in text: String) -> [String] {
        var out: [String] = []
        forEachTerm(in: text) { out.append($0) }
        return out
    }

    func forEachTerm(in text: String, _ body: (String) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var token: [UInt8] = []
            var term: [UInt8] = []
            var scratch = VolatileTokens.Scratch()
            token.reserveCapacity(64)
            term.reserveCapacity(64)
            var i = 0
            let n = bytes.count
            while i < n {
                guard Self.isTokenByte(bytes[i]) else { i += 1; continue }
                token.removeAll(keepingCapacity: true)
                while i < n && Self.isTokenByte(bytes[i]) {
                    let b = bytes[i]
                    token.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                    i += 1
                }
                var lo = 0
                var hi = token.count
                while lo < hi && VolatileTokens.isConnector(token[lo]) { lo += 1 }
                while hi > lo && VolatileTokens.isConnector(token[hi - 1]) { hi -= 1 }
                guard hi - lo >= 2, VolatileTokens.mask(token[lo..<hi], into: &term, scratch: &scratch), term.count >= 2 else { continue }
                let word = String(decoding: term, as: UTF8.self)
                if StopWords.english.contains(word) || extraStopWords.contains(word) { continue }
                body(word)
            }
        }
    }

    static func isTokenByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
            || VolatileTokens.isConnector(b)
    }
}
