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
        // The leading expansion's default or alternative is a system tree (`${D:-/}`, `${X:+~}`).
        var leadingDefaultIsTree = false
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
            if case .defaultValue(let op, _, let w)? = p.operation {
                if op == .errorIfUnset {
                    guarded = true
                } else if isStatic, bytes.isEmpty, let text = w.unquotedLiteral, PathRules.kind(of: text) == .systemTree {
                    leadingDefaultIsTree = true
                }
            }
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
                dynamic: word, ref: words.add(word),
                mayBeRootRelative: leadingExpansion && ((!leadingGuarded && (afterLeadingSlash ?? false)) || (leadingDefaultIsTree && (afterLeadingSlash ?? true))),
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
