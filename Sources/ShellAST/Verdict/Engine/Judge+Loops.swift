extension Judge {
    /// The most values of a `for` loop's list its body is judged with, one by one.
    static let maxLoopValues = 16

    /// `for c in rm; do $c -rf /; done`: when a `for` loop's list is static
    /// (after quote removal, brace expansion and word splitting; no glob), the
    /// body is judged again with the variable bound to each value, like
    /// `c=rm; $c -rf /`. What those passes find beyond `allow` is added to the
    /// commands of the first pass (`firstPass`: their indices in ``commands``),
    /// which judged the body with the variable unknown. Longer or dynamic lists
    /// keep the first pass only, where the variable is a run-time value.
    mutating func bindLoopValues(_ loop: ForLoop, firstPass: Range<Int>, _ ctx: Context) {
        // Not inside another re-judgement: nested loops would multiply the work.
        guard let items = loop.items, !items.isEmpty, propagationDepth == 0 else { return }
        var values: [String] = []
        for w in items {
            for v in resolver.resolve(w) {
                guard v.isStatic, !v.hasGlob else { return }
                values.append(v.text)
            }
            if values.count > Judge.maxLoopValues { return }
        }
        let saved = (commands: commands.count, loose: loose.count)
        propagationDepth += 1
        for value in values {
            resolver.variables[loop.variable] = value
            list(loop.body, ctx)
        }
        resolver.variables[loop.variable] = nil
        propagationDepth -= 1
        let found = commands[saved.commands...]
        commands.removeSubrange(saved.commands...)
        for c in found where c.verdict > .allow {
            let extra = c.reasons.filter { $0.verdict > .allow }
            if let i = firstPass.first(where: { commands[$0].span == c.span }) {
                for r in extra where !commands[i].reasons.contains(r) { commands[i].reasons.append(r) }
                commands[i].verdict = max(commands[i].verdict, c.verdict)
                commands[i].risk = max(commands[i].risk, c.risk)
            } else {
                for r in extra where !loose[saved.loose...].contains(r) { loose.append(r) }
            }
        }
    }
}
