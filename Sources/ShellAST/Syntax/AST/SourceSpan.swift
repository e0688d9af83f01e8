/// A half-open range of byte offsets into the UTF-8 of the parsed input.
///
/// Every node of the syntax tree carries the span of the source text it was
/// parsed from, so later stages (the verdict engine, error displays) can point
/// at the exact bytes they talk about.
public struct SourceSpan: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Offset of the first byte.
    public var start: Int
    /// Offset one past the last byte.
    public var end: Int

    /// Creates a span covering `start..<end`.
    @inlinable
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// Creates a span from a range of byte offsets.
    @inlinable
    public init(_ range: Range<Int>) {
        self.start = range.lowerBound
        self.end = range.upperBound
    }

    /// The span as a range of byte offsets.
    @inlinable
    public var range: Range<Int> { start..<end }

    /// The number of bytes covered.
    @inlinable
    public var count: Int { end - start }

    /// Whether `other` lies entirely within this span.
    @inlinable
    public func contains(_ other: SourceSpan) -> Bool {
        start <= other.start && other.end <= end
    }

    /// The empty span used when spans are erased for structural comparison.
    public static let zero = SourceSpan(start: 0, end: 0)

    /// `start..<end`.
    public var description: String { "\(start)..<\(end)" }
}
