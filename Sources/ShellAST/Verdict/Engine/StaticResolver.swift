/// Resolves words to the values the shell would pass, as far as literal text
/// allows: quote removal, backslashes, `$'...'` decoding, concatenation, brace
/// expansion, `~` and `$HOME`. Anything that needs running (parameters,
/// substitutions) makes the word dynamic.
struct StaticResolver {
    /// Static scalar variables assigned earlier in the same script, used to
    /// resolve `$name` when a caller asks for it.
    var variables: [String: String] = [:]
    /// The words behind the arguments this resolver made (shared by copies).
    let words = WordArena()

    /// The word an argument was resolved from.
    @inline(__always)
    func word(of a: Argument) -> Word { words[a.wordRef] }

    /// Largest number of words one brace expansion may produce before the word
    /// is treated as dynamic.
    static let braceLimit = 1024

    /// Resolves `word`, expanding braces into several arguments when present.
    /// With `substituteVariables`, `$name` of a known static variable is replaced
    /// by its value.
    func resolve(_ word: Word, substituteVariables: Bool = false, split: Bool = true) -> [Argument] {
        if let simple = resolveSimple(word) ?? resolveEscapedLiteral(word) { return [simple] }
        return resolveGeneral(word, substituteVariables: substituteVariables, split: split)
    }

    /// ``resolve(_:substituteVariables:split:)`` for callers that read only the static
    /// values: a dynamic argument's text is left empty instead of printing the word.
    func resolveStaticValues(_ word: Word, substituteVariables: Bool = false, split: Bool = true) -> [Argument] {
        if let simple = resolveSimple(word) ?? resolveEscapedLiteral(word) { return [simple] }
        return resolveGeneral(word, substituteVariables: substituteVariables, split: split, printDynamic: false)
    }

    /// Appends the arguments of `word` to `argv`.
    func resolve(_ word: Word, into argv: inout [Argument]) {
        if let simple = resolveSimple(word) ?? resolveEscapedLiteral(word) {
            argv.append(simple)
        } else {
            argv.append(contentsOf: resolveGeneral(word, substituteVariables: false))
        }
    }

    /// The common shapes without brace expansion or escapes: one unquoted literal,
    /// or literals and single/double quotes without backslashes or expansions.
    @inline(__always)
    func resolveSimple(_ word: Word) -> Argument? {
        if case .literal(let raw) = word.storage {
            // One pass over the bytes: the shapes this path cannot take, globs, and the
            // facts the argument keeps.
            let scanned = raw.withUTF8 { TextFacts.literal($0) }
            guard let (facts, glob) = scanned else { return nil }
            return Argument(
                text: raw.string, facts: facts, isStatic: true, hasGlob: glob, mayBeRootRelative: false, span: word.span,
                wordRef: words.add(word))
        }
        switch word.storage {
        case .singleQuoted(let raw):
            return Argument(
                text: raw.string, isStatic: true, hasGlob: false, mayBeRootRelative: false, span: word.span,
                wordRef: words.add(word))
        case .doubleQuotedLiteral(let raw):
            let t = raw.string
            guard !t.utf8Contains(byte: UInt8(ascii: "\\")) else { return nil }
            return Argument(text: t, isStatic: true, hasGlob: false, mayBeRootRelative: false, span: word.span, wordRef: words.add(word))
        case .literal, .parts:
            break
        }
        var text = ""
        var glob = false
        for part in word.parts {
            switch part {
            case .singleQuoted(let q):
                text += q.text
            case .literal(let l):
                let t = l.text
                var bracket = false
                for b in t.utf8 {
                    switch b {
                    case UInt8(ascii: "\\"), UInt8(ascii: "{"): return nil
                    case UInt8(ascii: "*"), UInt8(ascii: "?"): glob = true
                    case UInt8(ascii: "["): bracket = true
                    case UInt8(ascii: "]") where bracket: glob = true
                    default: continue
                    }
                }
                if text.isEmpty, t.utf8.first == UInt8(ascii: "~") { return nil }
                text += t
            case .doubleQuoted(let dq):
                for inner in dq.parts {
                    guard case .literal(let l) = inner, !l.text.utf8Contains(byte: UInt8(ascii: "\\")) else { return nil }
                    text += l.text
                }
            default:
                return nil
            }
        }
        return Argument(text: text, isStatic: true, hasGlob: glob, mayBeRootRelative: false, span: word.span, wordRef: words.add(word))
    }

    /// An unquoted literal with backslash escapes or braces that cannot expand
    /// (`\;`, `{}`, `\(`): what ``resolveGeneral(_:substituteVariables:split:)`` gives
    /// for it, without its buffers. `nil` when braces might expand (a `,` or `..`).
    private func resolveEscapedLiteral(_ word: Word) -> Argument? {
        guard case .literal(let raw) = word.storage else { return nil }
        let scanned: (String, Bool)? = raw.withUTF8 { u in
            var out: [UInt8] = []
            out.reserveCapacity(u.count)
            var glob = false
            var bracket = false
            var brace = false
            var comma = false
            var dots = false
            var previousDot = false
            var i = 0
            while i < u.count {
                let b: UInt8
                let quoted: Bool
                if u[i] == UInt8(ascii: "\\"), i + 1 < u.count {
                    b = u[i + 1]
                    quoted = true
                    i += 2
                } else {
                    b = u[i]
                    quoted = false
                    i += 1
                }
                if !quoted {
                    switch b {
                    case UInt8(ascii: "*"), UInt8(ascii: "?"): glob = true
                    case UInt8(ascii: "["): bracket = true
                    case UInt8(ascii: "]") where bracket: glob = true
                    case UInt8(ascii: "{"): brace = true
                    case UInt8(ascii: ","): comma = true
                    default: break
                    }
                }
                if b == UInt8(ascii: ".") {
                    if previousDot { dots = true }
                    previousDot = true
                } else {
                    previousDot = false
                }
                out.append(b)
            }
            // A brace group expands only around an unquoted comma or a `..` sequence.
            if brace && (comma || dots) { return nil }
            return (String(decoding: out, as: UTF8.self), glob)
        }
        guard let (text, glob) = scanned else { return nil }
        return Argument(text: text, isStatic: true, hasGlob: glob, mayBeRootRelative: false, span: word.span, wordRef: words.add(word))
    }

    func resolveGeneral(_ word: Word, substituteVariables: Bool, split: Bool = true, printDynamic: Bool = true) -> [Argument] {
        // An unquoted `$name` of a known static value splits into words, as the shell does.
        if substituteVariables, split, case .parts(let ps) = word.storage, ps.count == 1, case .parameter(let p) = ps[0],
            p.prefix == nil, p.index == nil, p.operation == nil, let value = variables[p.name]
        {
            let fields = value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
            let ref = words.add(word)
            return fields.map {
                Argument(text: String($0), isStatic: true, hasGlob: false, mayBeRootRelative: false, span: word.span, wordRef: ref)
            }
        }
        var bytes: [UInt8] = []
        var quoted: [Bool] = []
        var isStatic = true
        var leadingExpansion = false
        var leadingGuarded = false
        var afterLeadingSlash: Bool?
        var hasExtglob = false

        func append(_ b: UInt8, _ q: Bool) {
            if leadingExpansion, afterLeadingSlash == nil { afterLeadingSlash = b == UInt8(ascii: "/") }
            bytes.append(b)
            quoted.append(q)
        }
        func appendAll(_ s: some Sequence<UInt8>, _ q: Bool) {
            for b in s { append(b, q) }
        }
        func dynamic(_ guarded: Bool) {
            if isStatic && bytes.isEmpty {
                leadingExpansion = true
                leadingGuarded = guarded
            }
            isStatic = false
        }
        func parameter(_ p: ParameterExpansion) -> Bool {
            if p.prefix == nil, p.index == nil, p.operation == nil {
                if p.name == "HOME" {
                    appendAll("~".utf8, true)
                    return true
                }
                if substituteVariables, let v = variables[p.name] {
                    appendAll(v.utf8, true)
                    return true
                }
            }
            var guarded = false
            if case .defaultValue(.errorIfUnset, _, _)? = p.operation { guarded = true }
            dynamic(guarded)
            return false
        }

        for part in word.parts {
            switch part {
            case .literal(let l):
                let u = Array(l.text.utf8)
                var i = 0
                while i < u.count {
                    if u[i] == UInt8(ascii: "\\"), i + 1 < u.count {
                        append(u[i + 1], true)
                        i += 2
                    } else {
                        append(u[i], false)
                        i += 1
                    }
                }
            case .singleQuoted(let q):
                appendAll(q.text.utf8, true)
            case .ansiCQuoted(let q):
                appendAll(q.decodedBytes, true)
            case .doubleQuoted(let dq):
                for inner in dq.parts {
                    switch inner {
                    case .literal(let l):
                        let u = Array(l.text.utf8)
                        var i = 0
                        while i < u.count {
                            if u[i] == UInt8(ascii: "\\"), i + 1 < u.count,
                                u[i + 1] == UInt8(ascii: "$") || u[i + 1] == UInt8(ascii: "`") || u[i + 1] == UInt8(ascii: "\"")
                                    || u[i + 1] == UInt8(ascii: "\\")
                            {
                                append(u[i + 1], true)
                                i += 2
                            } else {
                                append(u[i], true)
                                i += 1
                            }
                        }
                    case .parameter(let p):
                        _ = parameter(p)
                    default:
                        dynamic(false)
                    }
                }
            case .parameter(let p):
                _ = parameter(p)
            case .commandSubstitution, .arithmeticExpansion, .processSubstitution:
                dynamic(false)
            case .extendedGlob(let g):
                hasExtglob = true
                appendAll(ShellPrinter.print(Word(parts: [part], span: g.span)).utf8, false)
            }
        }

        if !isStatic {
            return [Argument(
                dynamic: word, ref: words.add(word), mayBeRootRelative: leadingExpansion && !leadingGuarded && (afterLeadingSlash ?? false),
                printed: printDynamic)]
        }
        var results: [([UInt8], [Bool])] = [(bytes, quoted)]
        if quoted.indices.contains(where: { bytes[$0] == UInt8(ascii: "{") && !quoted[$0] }) {
            guard let expanded = BraceExpander.expand(bytes, quoted, limit: StaticResolver.braceLimit) else {
                return [Argument(dynamic: word, ref: words.add(word), mayBeRootRelative: false, printed: printDynamic)]
            }
            results = expanded
        }
        let ref = words.add(word)
        return results.map { (b, q) in
            var glob = hasExtglob
            var bracket = false
            for i in b.indices where !q[i] {
                let c = b[i]
                if c == UInt8(ascii: "*") || c == UInt8(ascii: "?") { glob = true }
                // `[` starts a bracket pattern only when a `]` closes it (`[ -f x ]` is not a glob).
                if c == UInt8(ascii: "[") { bracket = true }
                if c == UInt8(ascii: "]"), bracket { glob = true }
            }
            return Argument(
                text: String(decoding: b, as: UTF8.self), isStatic: true, hasGlob: glob, mayBeRootRelative: false,
                span: word.span, wordRef: ref)
        }
    }

    /// Whether an unquoted literal needs more than taking its text as is.
    static func needsWork(_ text: String) -> Bool {
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "*"), UInt8(ascii: "?"), UInt8(ascii: "["): return true
            default: continue
            }
        }
        return false
    }
}

/// Bash brace expansion (`{a,b}`, `{1..5}`, `{a..e..2}`, nested) over text with
/// a per-byte "quoted" mask; quoted braces and commas do not count.
enum BraceExpander {
    /// The expansions, or `nil` when more than `limit` words would result.
    static func expand(_ bytes: [UInt8], _ quoted: [Bool], limit: Int) -> [([UInt8], [Bool])]? {
        var out: [([UInt8], [Bool])] = []
        guard expand(bytes, quoted, into: &out, limit: limit, depth: 0) else { return nil }
        return out
    }

    private static func expand(_ b: [UInt8], _ q: [Bool], into out: inout [([UInt8], [Bool])], limit: Int, depth: Int) -> Bool {
        if depth > 64 { return false }
        // Find the first brace group that expands.
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "{"), !q[i], let (close, commas) = matching(b, q, from: i) {
                let prefix = (Array(b[..<i]), Array(q[..<i]))
                let suffix = (Array(b[(close + 1)...]), Array(q[(close + 1)...]))
                var alternatives: [([UInt8], [Bool])] = []
                if !commas.isEmpty {
                    var start = i + 1
                    for c in commas + [close] {
                        alternatives.append((Array(b[start..<c]), Array(q[start..<c])))
                        start = c + 1
                    }
                } else if let seq = sequence(Array(b[(i + 1)..<close])) {
                    if seq.count > limit { return false }
                    alternatives = seq.map { (Array($0.utf8), Array(repeating: true, count: $0.utf8.count)) }
                } else {
                    i += 1
                    continue
                }
                for alt in alternatives {
                    let word = (prefix.0 + alt.0 + suffix.0, prefix.1 + alt.1 + suffix.1)
                    guard expand(word.0, word.1, into: &out, limit: limit, depth: depth + 1) else { return false }
                    if out.count > limit { return false }
                }
                return true
            }
            i += 1
        }
        out.append((b, q))
        return out.count <= limit
    }

    /// The matching `}` for the `{` at `open` and the top-level commas inside.
    private static func matching(_ b: [UInt8], _ q: [Bool], from open: Int) -> (Int, [Int])? {
        var depth = 0
        var commas: [Int] = []
        var i = open + 1
        while i < b.count {
            if !q[i] {
                switch b[i] {
                case UInt8(ascii: "{"): depth += 1
                case UInt8(ascii: "}"):
                    if depth == 0 { return (i, commas) }
                    depth -= 1
                case UInt8(ascii: ","):
                    if depth == 0 { commas.append(i) }
                default: break
                }
            }
            i += 1
        }
        return nil
    }

    /// `x..y` or `x..y..step` over integers or single letters.
    private static func sequence(_ body: [UInt8]) -> [String]? {
        let text = String(decoding: body, as: UTF8.self)
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
        // "a..b" splits into ["a", "", "b"]; with a step, ["a", "", "b", "", "s"].
        guard pieces.count == 3 || pieces.count == 5, pieces[1].isEmpty, pieces.count == 3 || pieces[3].isEmpty else { return nil }
        let from = String(pieces[0])
        let to = String(pieces[2])
        var step = 1
        // Bounds and steps near Int.min/Int.max must not trap (`{-9223372036854775808..1}`,
        // `{a..z..9223372036854775807}` crashed the engine): arithmetic that would overflow
        // means "too many words", which the caller treats as a dynamic word (fail closed).
        // (Made only when returned: building it on every call cost more than most expansions.)
        func tooMany() -> [String] { Array(repeating: "", count: 4097) }
        if pieces.count == 5 {
            guard let s = Int(pieces[4]), s != 0 else { return nil }
            guard s != Int.min else { return tooMany() }
            step = abs(s)
        }
        if let a = Int(from), let b = Int(to) {
            let (distance, overflow) = b.subtractingReportingOverflow(a)
            guard !overflow, distance != Int.min else { return tooMany() }
            let count = abs(distance) / step + 1
            guard count <= 4096 else { return tooMany() }
            let width = (from.hasPrefix("0") && from.count > 1) || (to.hasPrefix("0") && to.count > 1) ? max(from.count, to.count) : 0
            var out: [String] = []
            var v = a
            for _ in 0..<count {
                var s = String(v)
                if width > 0, s.count < width { s = String(repeating: "0", count: width - s.count) + s }
                out.append(s)
                v &+= a <= b ? step : -step  // wraps only after the last value, which is never used
            }
            return out
        }
        if from.unicodeScalars.count == 1, to.unicodeScalars.count == 1,
            let a = from.unicodeScalars.first, let b = to.unicodeScalars.first, a.isASCII, b.isASCII
        {
            var out: [String] = []
            var v = Int(a.value)
            let end = Int(b.value)
            while true {
                out.append(String(Character(Unicode.Scalar(UInt8(v)))))
                if v == end { break }
                let (next, overflow) = v.addingReportingOverflow(v < end ? step : -step)
                if overflow { break }
                v = next
                if (v > end) == (Int(a.value) < end) && v != end { break }
            }
            return out
        }
        return nil
    }
}
