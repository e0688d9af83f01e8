/// A complete, Codable copy of a pattern store: its settings and every record,
/// sorted by signature hash so equal stores give equal snapshots.
public struct PatternStoreSnapshot: Sendable, Hashable, Codable {
    /// The snapshot format; this version writes and reads 1.
    public let formatVersion: Int
    /// The store's eligibility thresholds.
    public let thresholds: EligibilityThresholds
    /// The store's recurrence window, in seconds.
    public let recurrenceWindow: Double
    /// Every pattern, sorted by `signature.hash`.
    public let patterns: [PatternRecord]

    /// The format version this code writes.
    public static let currentFormatVersion = 1

    init(thresholds: EligibilityThresholds, recurrenceWindow: Double, patterns: [PatternRecord]) {
        self.formatVersion = Self.currentFormatVersion
        self.thresholds = thresholds
        self.recurrenceWindow = recurrenceWindow
        self.patterns = patterns.sorted { $0.signature.hash < $1.signature.hash }
    }

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version"
        case thresholds
        case recurrenceWindow = "recurrence_window_seconds"
        case patterns
    }

    /// Checks what decoding alone cannot: the version, the window, no duplicate
    /// patterns, and bounded transition lists. Statistics and signatures were
    /// validated while decoding.
    func validate() throws(PatternLearningError) {
        guard formatVersion == Self.currentFormatVersion else {
            throw PatternLearningError(
                .invalidSnapshot, field: "format_version", value: "\(formatVersion)",
                expectation: "\(Self.currentFormatVersion)")
        }
        try Check.positive(recurrenceWindow, field: "recurrence_window_seconds")
        var seen = Set<SHA256Digest>()
        for (i, record) in patterns.enumerated() {
            guard seen.insert(record.signature.hash).inserted else {
                throw PatternLearningError(
                    .invalidSnapshot, field: "patterns[\(i)]", value: record.signature.hash.hex,
                    expectation: "each pattern once")
            }
            guard record.transitions.count <= PatternRecord.maxTransitions else {
                throw PatternLearningError(
                    .invalidSnapshot, field: "patterns[\(i)].transitions", value: "\(record.transitions.count)",
                    expectation: "at most \(PatternRecord.maxTransitions) entries")
            }
        }
    }
}
