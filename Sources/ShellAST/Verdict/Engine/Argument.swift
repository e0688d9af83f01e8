/// One argument of a command after static word resolution.
struct Argument: Sendable {
    /// The value the shell would pass, when `isStatic`; otherwise the word as written.
    var text: String
    /// Whether the value is known without running anything.
    var isStatic: Bool
    /// Whether unquoted glob characters remain (`*`, `?`, `[`), so the shell would
    /// replace the word with matching file names.
    var hasGlob: Bool
    /// Whether the word begins with an expansion that is not guarded by `${x:?}`
    /// and is followed by `/`, so it could resolve to the root directory (`"$DIR"/*`).
    var mayBeRootRelative: Bool
    /// The word's bytes in the input.
    var span: SourceSpan
    /// The word itself.
    var word: Word

    /// The static value, or `nil`.
    var value: String? { isStatic ? text : nil }
}

/// The arguments of a command, with option-aware views.
struct ArgumentList: Sendable {
    var items: [Argument]
    /// For each option argument before `--`, its index and key (`--name` of `--name=value`).
    let optionKeys: [(Int, String)]

    init(_ items: [Argument]) {
        self.items = items
        var keys: [(Int, String)] = []
        for (i, a) in items.enumerated() where a.isStatic && a.text.utf8.first == UInt8(ascii: "-") {
            if a.text == "--" { break }
            keys.append((i, String(a.text.optionKey)))
        }
        optionKeys = keys
    }

    /// Whether some static argument before `--` is one of `names`, or `name=value` for one of them.
    @inline(__always)
    func hasOptionKey(_ names: [String]) -> Argument? {
        for (i, key) in optionKeys {
            for n in names where key == n || items[i].text == n { return items[i] }
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
            if stopAtDoubleDash, a.text == "--" { return false }
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
                if a.text == "--" { break }
                for n in names {
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
        var out: [Argument] = []
        var i = 0
        var afterDoubleDash = false
        while i < items.count {
            let a = items[i]
            if afterDoubleDash || !a.isStatic {
                out.append(a)
            } else if a.text == "--" {
                afterDoubleDash = true
            } else if a.text.utf8HasPrefix("-") && a.text.utf8.count > 1 {
                if valueOptions.contains(a.text) { i += 1 }
            } else {
                out.append(a)
            }
            i += 1
        }
        return out
    }
}
