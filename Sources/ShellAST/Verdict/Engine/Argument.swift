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

    /// Every value given to any of the options `names`, written `--name=value`, `--name value`,
    /// `-n value` or `-nvalue` (for single-letter options, as `optionValue` reads them; the
    /// attached form was added with the network catalog: `curl -XDELETE`, `ssh -oProxyCommand=…`,
    /// `rsync -e'sh -c …'` were missed).
    func optionValues(_ names: [String]) -> [Argument] {
        var out: [Argument] = []
        var i = 0
        // Byte tests only (no `n + "="` strings): this runs for every rule that reads a value.
        let dashed = names.allSatisfy { $0.utf8.first == UInt8(ascii: "-") }
        while i < items.count {
            let a = items[i]
            if a.isStatic, !dashed || a.text.utf8.first == UInt8(ascii: "-") {
                if a.text == "--" { break }
                let length = a.text.utf8.count
                for n in names {
                    let nl = n.utf8.count
                    if a.text == n {
                        if i + 1 < items.count { out.append(items[i + 1]) }
                    } else if length > nl, a.text.utf8HasPrefix(n) {
                        let next = a.text.utf8[a.text.utf8.index(a.text.utf8.startIndex, offsetBy: nl)]
                        if next == UInt8(ascii: "=") {
                            var v = a
                            v.text = String(a.text.dropFirst(n.count + 1))
                            out.append(v)
                        } else if nl == 2, n.utf8.first == UInt8(ascii: "-") {
                            var v = a
                            v.text = String(a.text.dropFirst(2))
                            out.append(v)
                        }
                    }
                }
            }
            i += 1
        }
        return out
    }

    /// Values of single-letter options written inside a cluster of short options, read as
    /// getopt reads them: letters are flags until the first one that takes a value (one of
    /// `valueLetters` or `letters`); that letter takes the rest of the cluster or, at the end
    /// of the cluster, the next argument. Returned when that letter is one of `letters`:
    /// `-sSLo FILE`, `-NBe SQL`, `-sd@file`. A value attached to the first letter (`-XGET`)
    /// is not a cluster (`optionValues` reads it). Arguments after `--` are not options.
    func clusterValues(_ letters: String, valueLetters: ShortOptionLetters = ShortOptionLetters()) -> [Argument] {
        var out: [Argument] = []
        var wanted = ShortOptionLetters()
        for c in letters.utf8 { wanted.insert(c) }
        for i in items.indices {
            let a = items[i]
            guard a.isStatic else { continue }
            if a.text == "--" { break }
            let u = a.text.utf8
            guard u.count >= 3, u.first == UInt8(ascii: "-") else { continue }
            let body = u.dropFirst()
            guard body.first != UInt8(ascii: "-") else { continue }
            var j = body.startIndex
            while j < body.endIndex {
                let c = body[j]
                let next = body.index(after: j)
                guard valueLetters.contains(c) || wanted.contains(c) else {
                    j = next
                    continue
                }
                // `c` takes a value: the rest of the cluster, or the next argument.
                if wanted.contains(c), j != body.startIndex {
                    if next == body.endIndex {
                        if i + 1 < items.count { out.append(items[i + 1]) }
                    } else {
                        var v = a
                        v.text = String(decoding: body[next...], as: UTF8.self)
                        out.append(v)
                    }
                }
                break
            }
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

/// A set of ASCII letters and digits (the single-letter options of a program that take a value).
struct ShortOptionLetters: Sendable, Equatable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init() {}

    /// The letters of the two-character options among `options` (`-o`, `-X`).
    init(options: Set<String>) {
        for o in options {
            let u = Array(o.utf8)
            if u.count == 2, u[0] == UInt8(ascii: "-"), u[1] != UInt8(ascii: "-") { insert(u[1]) }
        }
    }

    mutating func insert(_ c: UInt8) {
        if c < 64 { low |= 1 << UInt64(c) } else if c < 128 { high |= 1 << UInt64(c - 64) }
    }

    func contains(_ c: UInt8) -> Bool {
        if c < 64 { return low & (1 << UInt64(c)) != 0 }
        if c < 128 { return high & (1 << UInt64(c - 64)) != 0 }
        return false
    }
}
