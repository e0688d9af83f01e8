extension ShellScript {
    /// A copy of the tree with every span set to ``SourceSpan/zero``.
    public func erasingSpans() -> ShellScript {
        var copy = self
        var eraser = SpanEraser()
        copy.rewrite(&eraser)
        return copy
    }

    /// Whether two trees are equal when spans are ignored: the comparison used
    /// for `parse(print(tree)) == tree`.
    public func isStructurallyEqual(to other: ShellScript) -> Bool {
        erasingSpans() == other.erasingSpans()
    }
}
