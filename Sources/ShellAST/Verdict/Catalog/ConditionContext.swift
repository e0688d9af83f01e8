/// The positional arguments of an invocation: indices into its argument list, so
/// taking them copies no argument.
struct Positionals: RandomAccessCollection, Sendable {
    /// The arguments the indices point into.
    let base: [Argument]
    /// Indices into `base`, in order.
    let slots: ArraySlice<Int>

    init(base: [Argument], slots: ArraySlice<Int>) {
        self.base = base
        self.slots = slots
    }

    var startIndex: Int { slots.startIndex }
    var endIndex: Int { slots.endIndex }
    subscript(i: Int) -> Argument { base[slots[i]] }
    subscript(r: Range<Int>) -> Positionals { Positionals(base: base, slots: slots[r]) }
}

/// Evaluates conditions; a hit is `.some(span)` (the span of the argument that
/// made it true, when there is one).
struct ConditionContext {
    let args: ArgumentList
    var positionals: Positionals
    var standardInputFed = false
    var valueLetters = ShortOptionLetters()
    var memo: AnalysisMemo? = nil
    /// Where the command may run (`cd DIR` earlier): relative paths are judged below them too.
    /// `nil` when no `cd` was seen (the common case: nothing to copy or release).
    var directories: WorkingDirectories?

    func evaluate(_ c: CompiledCondition) -> SourceSpan?? {
        switch c.kind {
        case .always:
            return .some(nil)
        case .option:
            return args.optionKeyIndex(c.names!).map { .some(args.items[$0].span) }
        case .shortFlag:
            guard let ascii = c.letter else { return nil }
            let items = args.items
            for i in items.indices where items[i].isStatic {
                if items[i].isDoubleDash { break }
                let hit = withUTF8Bytes(items[i].text) { u in
                    guard u.count >= 2, u[0] == UInt8(ascii: "-"), u[1] != UInt8(ascii: "-") else { return false }
                    return u.suffix(from: 1).contains(ascii)
                }
                if hit { return .some(items[i].span) }
            }
            return nil
        case .optionValue:
            var hit: SourceSpan?? = nil
            // The closure captures these two, not a copy of the whole context.
            let test = c.test!
            let directories = self.directories
            args.forEachOptionValue(c.names!) { v in
                guard ConditionContext.passes(v, compiled: test, in: directories) else { return false }
                hit = .some(v.span)
                return true
            }
            return hit
        case .positional:
            guard c.index < positionals.count else { return nil }
            let slot = positionals.slots[positionals.startIndex + c.index]
            guard ConditionContext.passes(positionals.base[slot], compiled: c.test!, in: directories) else { return nil }
            return .some(positionals.base[slot].span)
        case .anyPositional:
            let test = c.test!
            for s in positionals.slots where ConditionContext.passes(positionals.base[s], compiled: test, in: directories) {
                return .some(positionals.base[s].span)
            }
            return nil
        case .allPositionals:
            let test = c.test!
            guard !positionals.isEmpty else { return nil }
            for s in positionals.slots where !ConditionContext.passes(positionals.base[s], compiled: test, in: directories) { return nil }
            return .some(nil)
        case .anyArgument:
            let test = c.test!
            let items = args.items
            for i in items.indices where ConditionContext.passes(items[i], compiled: test, in: directories) { return .some(items[i].span) }
            return nil
        case .argument:
            let i = c.index
            guard i < args.items.count, ConditionContext.passes(args.items[i], compiled: c.test!, in: directories) else { return nil }
            return .some(args.items[i].span)
        case .positionalCount:
            return c.range.contains(positionals.count) ? .some(nil) : nil
        case .all:
            var span: SourceSpan?
            let cs = c.children
            for i in cs.indices {
                guard let hit = evaluate(cs[i]) else { return nil }
                if span == nil { span = hit }
            }
            return .some(span)
        case .any:
            let cs = c.children
            for i in cs.indices { if let hit = evaluate(cs[i]) { return hit } }
            return nil
        case .not:
            return evaluate(c.children[0]) == nil ? .some(nil) : nil
        case .analyzer:
            return Analyzers.run(c.analyzer!, args: args, positionals: positionals, valueLetters: valueLetters, memo: memo)
        case .clusterValue:
            let test = c.test!
            for v in args.clusterValues(c.letters, valueLetters: valueLetters) where ConditionContext.passes(v, compiled: test, in: directories) {
                return .some(v.span)
            }
            return nil
        case .beforePositional:
            // Only the arguments in front of that positional; no copy when it is the
            // first argument (nothing before it) or when there is no such positional.
            let index = c.index
            let inner = c.children[0]
            guard index < positionals.count else { return evaluate(inner) }
            // The first argument with the positional's span; reads spans only, where
            // `firstIndex(where:)` copied every argument it passed over.
            let target = positionals.base[positionals.slots[positionals.startIndex + index]].span
            let items = args.items
            var cut = 0
            while cut < items.count, items[cut].span != target { cut += 1 }
            guard cut < items.count else { return evaluate(inner) }
            let scoped = ConditionContext(
                args: ArgumentList(cut == 0 ? [] : Array(args.items[..<cut])),
                positionals: positionals[positionals.startIndex..<(positionals.startIndex + index)],
                standardInputFed: standardInputFed, valueLetters: valueLetters, memo: nil, directories: directories)
            return scoped.evaluate(inner)
        case .standardInputFed:
            return standardInputFed ? .some(nil) : nil
        case .repeatedFlag:
            guard let ascii = c.letter else { return nil }
            let long = c.long
            let atLeast = c.index
            var count = 0
            for item in args.items where item.isStatic {
                if item.isDoubleDash { break }
                if long.contains(item.text) {
                    count += 1
                } else {
                    count += withUTF8Bytes(item.text) { u in
                        guard u.count >= 2, u[0] == UInt8(ascii: "-"), u[1] != UInt8(ascii: "-") else { return 0 }
                        return u.suffix(from: 1).reduce(0) { $0 + ($1 == ascii ? 1 : 0) }
                    }
                }
                if count >= atLeast { return .some(item.span) }
            }
            return nil
        }
    }

    /// Whether `a` passes an uncompiled test (for the engine's own checks).
    static func passes(_ a: Argument, _ test: ArgTest, in directories: WorkingDirectories? = nil) -> Bool {
        switch test {
        case .any: true
        case .not(let inner): !passes(a, inner, in: directories)
        case .all(let tests): tests.allSatisfy { passes(a, $0, in: directories) }
        case .dynamic: !a.isStatic
        case .splitsIntoWords: !a.isStatic && a.mayExpandToSeveralFields
        case .processSubstitution: a.isProcessSubstitution
        // The engine's own checks (`catastrophicPath`, `remote`) run per argument:
        // evaluated here, without compiling a test for each call.
        case .catastrophicPath: isCatastrophicPath(a, in: directories)
        case .remote: a.isStatic && PathRules.isRemote(a.text)
        case .path(let kind): hasPathKind(a, kind, in: directories)
        default: passes(a, compiled: CompiledTest(test), in: directories)
        }
    }

    /// `directories`: where the command may run; a relative path is tested
    /// as written and below each of them, and the worst reading counts.
    static func passes(_ a: Argument, compiled test: CompiledTest, in directories: WorkingDirectories? = nil) -> Bool {
        switch test.kind {
        case .any: return true
        case .not: return !passes(a, compiled: test.children[0], in: directories)
        case .all:
            let tests = test.children
            for i in tests.indices where !passes(a, compiled: tests[i], in: directories) { return false }
            return true
        case .dynamic: return !a.isStatic
        case .processSubstitution: return a.isProcessSubstitution
        case .splitsIntoWords: return !a.isStatic && a.mayExpandToSeveralFields
        case .catastrophicPath: return isCatastrophicPath(a, in: directories)
        case .equals: return a.isStatic && test.set!.contains(a)
        case .prefix: return a.isStatic && test.needles!.anyPrefix(of: a)
        case .suffix: return a.isStatic && test.needles!.anySuffix(of: a)
        case .contains: return a.isStatic && test.needles!.anyContained(in: a, foldCase: false)
        case .containsCaseInsensitive:
            // ASCII case folding on bytes, without a lower-cased copy (the needles are lower case).
            return a.isStatic && test.needles!.anyContained(in: a, foldCase: true)
        case .path: return hasPathKind(a, test.pathKind, in: directories)
        case .urlPathDepth:
            guard a.isStatic else { return false }
            let t = a.text
            let parts = t.split(separator: "/", omittingEmptySubsequences: true)
            // `s3://bucket/x` splits into `s3:`, `bucket`, `x`: the scheme is not a component.
            let skip = t.contains("://") && parts.first?.last == ":" ? 1 : 0
            let depth = parts.dropFirst(skip).filter { $0 != "*" && $0 != "**" }.count
            return test.range.contains(depth)
        case .remote: return a.isStatic && PathRules.isRemote(a.text)
        case .setsPrivilegeBits: return a.isStatic && FileModes.setsPrivilegeBits(a.text)
        case .commandRunnerProgram: return a.isStatic && FileModes.isCommandRunner(path: a.text)
        case .sensitiveFile: return a.isStatic && PathRules.isSensitiveRead(a.text)
        case .embedsCommandOutput: return !a.isStatic && ConditionContext.embedsCommandOutput(a.text)
        }
    }

    /// Whether a printed dynamic word joins a command substitution with other text
    /// (`$(whoami).evil.example`, `"x.`id`"`), not only the substitution itself.
    static func embedsCommandOutput(_ printed: String) -> Bool {
        withUTF8Bytes(printed) { u in
            let quoted = u.count >= 2 && u[0] == UInt8(ascii: "\"") && u[u.count - 1] == UInt8(ascii: "\"")
            let w = quoted ? UnsafeBufferPointer(rebasing: u[1..<(u.count - 1)]) : u
            return substitutionCount(w) > 0 && soleSubstitution(w) == nil
        }
    }

    /// The number of command substitutions (`$(`, a backquote) that open in printed text.
    static func substitutionCount(_ u: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        for i in u.indices where u[i] == UInt8(ascii: "`") || (u[i] == UInt8(ascii: "$") && i + 1 < u.count && u[i + 1] == UInt8(ascii: "(")) {
            n += 1
        }
        return n
    }

    /// The command text of printed text that is one command substitution as a whole
    /// (`$(cmd)`, `` `cmd` ``), as a range of `u`; `nil` for anything else.
    static func soleSubstitution(_ u: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard u.count >= 2 else { return nil }
        let n = substitutionCount(u)
        if u[0] == UInt8(ascii: "$"), u[1] == UInt8(ascii: "("), u[u.count - 1] == UInt8(ascii: ")"), n == 1 { return 2..<(u.count - 1) }
        if u[0] == UInt8(ascii: "`"), u[u.count - 1] == UInt8(ascii: "`"), n == 2 { return 1..<(u.count - 1) }
        return nil
    }

    /// A static system tree (under any directory entered), or a dynamic word that may resolve to `/`.
    private static func isCatastrophicPath(_ a: Argument, in directories: WorkingDirectories?) -> Bool {
        if !a.isStatic { return a.mayBeRootRelative }
        if hasPathKind(a, .systemTree, in: directories) { return true }
        // A pattern the shell expands: `/e*` and `/[e]tc` can name `/etc`.
        return a.hasGlob && PathRules.globMayNameSystemTree(a.text)
    }

    /// A static path of `kind` (as written, or below a directory entered: the worst reading).
    private static func hasPathKind(_ a: Argument, _ kind: PathKind, in directories: WorkingDirectories?) -> Bool {
        guard a.isStatic else { return false }
        return (directories?.kind(of: a.text).kind ?? PathRules.kind(of: a.text)) == kind
    }
}
