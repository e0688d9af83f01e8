/// The two orders reasons are reported in, applied in place.
///
/// Reason lists are short and mostly already in order, so both sorts first check
/// the order, then sort stably by insertion, swapping elements in the buffer
/// (a swap moves a `Reason`; copying one retains its strings).
enum ReasonOrdering {
    /// Most severe verdict first; equal verdicts keep their order.
    static func bySeverity(_ reasons: inout [Reason]) {
        sortStably(&reasons) { $0.verdict > $1.verdict }
    }

    /// Most severe verdict first, then by where the reason's text starts; ties keep
    /// their order.
    static func forReport(_ reasons: inout [Reason]) {
        sortStably(&reasons) { a, b in
            if a.verdict != b.verdict { return a.verdict > b.verdict }
            return a.span.start < b.span.start
        }
    }

    /// Stable in-place sort by `before`; no copy of the array when it is already sorted.
    @inline(__always)
    private static func sortStably(_ reasons: inout [Reason], by before: (borrowing Reason, borrowing Reason) -> Bool) {
        let n = reasons.count
        // (Through buffer pointers: an array subscript would copy each reason.)
        let i = reasons.withUnsafeBufferPointer { buf in
            var i = 1
            while i < n, !before(buf[i], buf[i - 1]) { i += 1 }
            return i
        }
        if i >= n { return }
        if n > 32 {
            // Long lists (scripts of many commands): a merge-based stable sort.
            reasons = reasons.enumerated().sorted { a, b in
                if before(a.element, b.element) { return true }
                if before(b.element, a.element) { return false }
                return a.offset < b.offset
            }.map(\.element)
            return
        }
        reasons.withUnsafeMutableBufferPointer { buf in
            var j = i
            while j < n {
                var k = j
                while k > 0, before(buf[k], buf[k - 1]) {
                    buf.swapAt(k, k - 1)
                    k -= 1
                }
                j += 1
            }
        }
    }
}
