/// Small text helpers for policy messages and canonical encodings, kept in a
/// namespace so they cannot collide with other helpers of the module.
enum PolicyText {
    /// `92` for 92.0, `0.85` for 0.85: integral values print without a fraction.
    static func number(_ x: Double) -> String {
        if x.isFinite, x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return String(x)
    }

    /// `s` without leading and trailing spaces, tabs and newlines.
    static func trimmed(_ s: String) -> Substring {
        let ws: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = s.firstIndex(where: { !ws($0) }), let last = s.lastIndex(where: { !ws($0) }) else { return "" }
        return s[first...last]
    }

    /// Sorted by UTF-8 bytes (unsigned), independent of Unicode collation.
    static func byteSorted(_ items: [String]) -> [String] {
        items.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
