/// One argument of a command after static word resolution.
///
/// Copied often, so it holds one reference (`text`) and plain values: its word
/// is kept by the resolver (``StaticResolver/word(of:)``).
struct Argument: Sendable {
    /// The value the shell would pass, when `isStatic`; otherwise the word as written.
    var text: String {
        didSet { (isSimple, flags) = Argument.scan(text) }
    }
    /// Whether the value is known without running anything.
    var isStatic: Bool
    /// Whether unquoted glob characters remain (`*`, `?`, `[`), so the shell would
    /// replace the word with matching file names.
    var hasGlob: Bool
    /// Whether the word begins with an expansion that is not guarded by `${x:?}`
    /// and is followed by `/`, so it could resolve to the root directory (`"$DIR"/*`).
    var mayBeRootRelative: Bool
    /// Whether the word is one process substitution (`<(cmd)`, `>(cmd)`).
    private(set) var isProcessSubstitution = false
    /// The word's bytes in the input.
    var span: SourceSpan
    /// The word, in the resolver's ``WordArena``.
    let wordRef: Int32
    /// Whether `text` is plain ASCII without a carriage return (`isSimpleText`), so
    /// byte comparisons agree with `String`'s.
    private(set) var isSimple: Bool
    /// Bytes present in `text` (see ``ByteFlag``).
    private(set) var flags: UInt8

    init(text: String, isStatic: Bool, hasGlob: Bool, mayBeRootRelative: Bool, span: SourceSpan, wordRef: Int32) {
        self.text = text
        self.isStatic = isStatic
        self.hasGlob = hasGlob
        self.mayBeRootRelative = mayBeRootRelative
        self.span = span
        self.wordRef = wordRef
        (self.isSimple, self.flags) = Argument.scan(text)
    }

    /// A dynamic argument whose text is `word` as written.
    init(dynamic word: Word, ref: Int32, mayBeRootRelative: Bool) {
        self.init(
            text: ShellPrinter.print(word), isStatic: false, hasGlob: false, mayBeRootRelative: mayBeRootRelative, span: word.span,
            wordRef: ref)
        if case .processSubstitution = word.parts.first, word.partCount == 1 { isProcessSubstitution = true }
    }

    /// The static value, or `nil`.
    var value: String? { isStatic ? text : nil }

    /// This argument with `text` replaced by the bytes of `text` from `start`
    /// (an attached option value: `--name=value`, `-nvalue`).
    @inline(__always)
    func droppingBytes(_ start: Int) -> Argument {
        var v = self
        v.text = withUTF8Bytes(text) { String(decoding: $0.suffix(from: start), as: UTF8.self) }
        return v
    }

    /// Bytes worth knowing about without scanning the text again.
    enum ByteFlag: UInt8 {
        case lessThan = 1
        case brace = 2
        case bracket = 4
    }

    /// Whether `text` contains the byte of `flag`.
    @inline(__always)
    func has(_ flag: ByteFlag) -> Bool { flags & flag.rawValue != 0 }

    @inline(__always)
    static func scan(_ text: String) -> (Bool, UInt8) {
        withUTF8Bytes(text) { b in
            var simple = true
            var flags: UInt8 = 0
            for x in b {
                switch x {
                case UInt8(ascii: "<"): flags |= ByteFlag.lessThan.rawValue
                case UInt8(ascii: "{"): flags |= ByteFlag.brace.rawValue
                case UInt8(ascii: "["): flags |= ByteFlag.bracket.rawValue
                case 0x0D, 0x80...: simple = false
                default: break
                }
            }
            return (simple, flags)
        }
    }
}

/// The arguments of a command, with option-aware views.
///
/// Every test has a byte-level path for plain ASCII arguments (`Argument.isSimple`)
/// and keeps the `String` semantics of the original code for any other text. Option
/// names given to these methods are the engine's and the catalog's own ASCII literals
/// (the catalog checks its data).
struct ArgumentList: Sendable {
    var items: [Argument]

    init(_ items: [Argument]) {
        self.items = items
    }

    /// Whether some static argument before `--` is one of `names`, or `name=value` for one of them.
    func hasOptionKey(_ names: [String]) -> Argument? {
        for a in items where a.isStatic {
            if a.isSimple {
                let hit: Bool? = withUTF8Bytes(a.text) { b in
                    guard b.first == UInt8(ascii: "-") else { return false }
                    if b.equals("--") { return nil }
                    var keyLength = b.count
                    if b.hasPrefix("--"), let eq = b.firstIndex(of: UInt8(ascii: "=")) { keyLength = eq }
                    for n in names {
                        let match = withUTF8Bytes(n) { nb in
                            (nb.count == keyLength || nb.count == b.count) && b.count >= nb.count && bytesEqual(b, 0, nb)
                        }
                        if match { return true }
                    }
                    return false
                }
                guard let hit else { return nil }
                if hit { return a }
            } else {
                guard a.text.utf8.first == UInt8(ascii: "-") else { continue }
                if a.text == "--" { return nil }
                let key = String(a.text.optionKey)
                for n in names where key == n || a.text == n { return a }
            }
        }
        return nil
    }

    var count: Int { items.count }
    subscript(i: Int) -> Argument { items[i] }
    var isEmpty: Bool { items.isEmpty }

    /// Whether any static argument equals one of `names` exactly, or has the form
    /// `name=value` for a long option.
    func hasOption(_ names: [String]) -> Bool {
        for a in items where a.isStatic {
            if a.isSimple {
                let hit = withUTF8Bytes(a.text) { b in
                    for n in names {
                        let match = withUTF8Bytes(n) { nb in
                            guard b.count >= nb.count, bytesEqual(b, 0, nb) else { return false }
                            return b.count == nb.count || (nb.hasPrefix("--") && b[nb.count] == UInt8(ascii: "="))
                        }
                        if match { return true }
                    }
                    return false
                }
                if hit { return true }
                continue
            }
            for n in names {
                if a.text == n { return true }
                if n.utf8HasPrefix("--"), a.text.hasPrefix(n), a.text.utf8.count > n.utf8.count,
                    a.text.utf8[a.text.utf8.index(a.text.utf8.startIndex, offsetBy: n.utf8.count)] == UInt8(ascii: "=")
                {
                    return true
                }
            }
        }
        return false
    }

    /// Whether a short-option cluster (`-rf`, `-x`) contains `letter`. Arguments
    /// after `--` are not options.
    func hasShortFlag(_ letter: Character, stopAtDoubleDash: Bool = true) -> Bool {
        let target = letter.asciiValue ?? 0
        for a in items where a.isStatic {
            if stopAtDoubleDash, a.isDoubleDash { return false }
            let u = a.text.utf8
            guard u.count >= 2, u.first == UInt8(ascii: "-") else { continue }
            let second = u[u.index(after: u.startIndex)]
            if second == UInt8(ascii: "-") { continue }
            if u.contains(target) { return true }
        }
        return false
    }

    /// The value of an option written `--name=value`, `--name value`, `-n value`
    /// or `-nvalue` (for single-letter options), for any of `names`.
    func optionValue(_ names: [String]) -> Argument? {
        var i = 0
        while i < items.count {
            let a = items[i]
            if a.isStatic {
                if a.isSimple {
                    // 0: no match; 1: the next argument; 2 + n: the value from byte n.
                    let found: Int? = withUTF8Bytes(a.text) { b in
                        if b.equals("--") { return nil }
                        for n in names {
                            let r = withUTF8Bytes(n) { nb -> Int in
                                guard b.count >= nb.count, bytesEqual(b, 0, nb) else { return 0 }
                                if b.count == nb.count { return 1 }
                                if b[nb.count] == UInt8(ascii: "=") { return 2 + nb.count + 1 }
                                if nb.count == 2, !nb.hasPrefix("--"), b.count > 2 { return 2 + 2 }
                                return 0
                            }
                            if r != 0 { return r }
                        }
                        return 0
                    }
                    guard let found else { return nil }
                    if found == 1 { return i + 1 < items.count ? items[i + 1] : nil }
                    if found >= 2 { return a.droppingBytes(found - 2) }
                } else {
                    if a.text == "--" { return nil }
                    for n in names {
                        if a.text == n { return i + 1 < items.count ? items[i + 1] : nil }
                        if a.text.hasPrefix(n + "=") {
                            var v = a
                            v.text = String(a.text.dropFirst(n.count + 1))
                            return v
                        }
                        if n.count == 2, !n.utf8HasPrefix("--"), a.text.hasPrefix(n), a.text.utf8.count > 2 {
                            var v = a
                            v.text = String(a.text.dropFirst(2))
                            return v
                        }
                    }
                }
            }
            i += 1
        }
        return nil
    }

    /// Every value given to any of the options `names`.
    func optionValues(_ names: [String]) -> [Argument] {
        var out: [Argument] = []
        var i = 0
        while i < items.count {
            let a = items[i]
            if a.isStatic {
                if a.isDoubleDash { break }
                for n in names {
                    if a.isSimple {
                        // 0: no match; 1: the next argument; 2 + n: the value from byte n.
                        let r = withUTF8Bytes(a.text) { b in
                            withUTF8Bytes(n) { nb -> Int in
                                guard b.count >= nb.count, bytesEqual(b, 0, nb) else { return 0 }
                                if b.count == nb.count { return 1 }
                                if b[nb.count] == UInt8(ascii: "=") { return 2 + nb.count + 1 }
                                if nb.count == 2, b.count > 2, !b.hasPrefix("--") { return 2 + 2 }
                                return 0
                            }
                        }
                        if r == 1, i + 1 < items.count {
                            out.append(items[i + 1])
                        } else if r >= 2 {
                            out.append(a.droppingBytes(r - 2))
                        }
                        continue
                    }
                    if a.text == n, i + 1 < items.count {
                        out.append(items[i + 1])
                    } else if a.text.hasPrefix(n + "=") {
                        var v = a
                        v.text = String(a.text.dropFirst(n.count + 1))
                        out.append(v)
                    } else if n.utf8.count == 2, a.text.utf8.count > 2, a.text.utf8HasPrefix(n), !a.text.utf8HasPrefix("--") {
                        // A short option with its value attached: `-ccore.pager=x`, `-oProxyCommand=x`.
                        var v = a
                        v.text = String(a.text.dropFirst(2))
                        out.append(v)
                    }
                }
            }
            i += 1
        }
        return out
    }

    /// Arguments that are not options, skipping the values of `valueOptions`.
    /// Everything after `--` is positional.
    func positionals(valueOptions: Set<String>) -> [Argument] {
        positionals { valueOptions.contains($0.text) }
    }

    /// ``positionals(valueOptions:)`` with the options in a ``ByteSet``.
    func positionals(valueOptions: ByteSet) -> [Argument] {
        positionals { valueOptions.contains($0.text) }
    }

    @inline(__always)
    private func positionals(_ takesValue: (Argument) -> Bool) -> [Argument] {
        var out: [Argument] = []
        out.reserveCapacity(items.count)
        var i = 0
        var afterDoubleDash = false
        while i < items.count {
            let a = items[i]
            if afterDoubleDash || !a.isStatic {
                out.append(a)
            } else if a.isDoubleDash {
                afterDoubleDash = true
            } else if a.text.utf8HasPrefix("-") && a.text.utf8.count > 1 {
                if takesValue(a) { i += 1 }
            } else {
                out.append(a)
            }
            i += 1
        }
        return out
    }
}

extension Argument {
    /// Whether the text equals `s` (`String` equality; bytes for plain ASCII text
    /// compared with the engine's ASCII literals).
    @inline(__always)
    func equals(_ s: String) -> Bool {
        guard isSimple else { return text == s }
        return withUTF8Bytes(text) { b in withUTF8Bytes(s) { b.count == $0.count && bytesEqual(b, 0, $0) } }
    }

    /// Whether the text is `--` (`String` equality).
    @inline(__always)
    var isDoubleDash: Bool {
        isSimple ? withUTF8Bytes(text) { $0.equals("--") } : text == "--"
    }
}
