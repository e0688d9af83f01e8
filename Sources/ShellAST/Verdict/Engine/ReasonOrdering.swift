/// The two orders reasons are reported in, applied in place.
///
/// Reason lists are short and mostly already in order, so both sorts first check
/// the order, then sort stably by insertion, swapping elements in the buffer
/// (a swap moves a `Reason`; copying one retains its strings).
enum ReasonOrdering {
    /// Most severe verdict first; equal verdicts keep their order.
    static func bySeverity(_ reasons: inout [Reason]) {
        sortStably(&reasons) { $0.pointee.verdict > $1.pointee.verdict }
    }

    /// Most severe verdict first, then by where the reason's text starts; ties keep
    /// their order.
    static func forReport(_ reasons: inout [Reason]) {
        sortStably(&reasons) { a, b in
            if a.pointee.verdict != b.pointee.verdict { return a.pointee.verdict > b.pointee.verdict }
            return a.pointee.span.start < b.pointee.span.start
        }
    }

    /// Stable in-place sort by `before`, which compares two reasons in place; no
    /// copy of the array when it is already sorted.
    @inline(__always)
    private static func sortStably(
        _ reasons: inout [Reason], by before: (UnsafePointer<Reason>, UnsafePointer<Reason>) -> Bool
    ) {
        let n = reasons.count
        // (Through pointers: an array or buffer subscript copies each reason it
        // reads, retaining its strings.)
        let i = reasons.withUnsafeBufferPointer { buf in
            guard let p = buf.baseAddress else { return n }
            var i = 1
            while i < n, !before(p + i, p + i - 1) { i += 1 }
            return i
        }
        if i >= n { return }
        if n > 32 {
            // Long lists (scripts of many commands): a merge-based stable sort.
            let order = reasons.withUnsafeBufferPointer { buf in
                Array(0..<n).sorted { a, b in
                    if before(buf.baseAddress! + a, buf.baseAddress! + b) { return true }
                    if before(buf.baseAddress! + b, buf.baseAddress! + a) { return false }
                    return a < b
                }
            }
            reasons = order.map { reasons[$0] }
            return
        }
        reasons.withUnsafeMutableBufferPointer { buf in
            let p = UnsafePointer(buf.baseAddress!)
            var j = i
            while j < n {
                var k = j
                while k > 0, before(p + k, p + k - 1) {
                    buf.swapAt(k, k - 1)
                    k -= 1
                }
                j += 1
            }
        }
    }
}
