/// The arguments of a command, with option-aware views.
///
/// Every test has a fast path for plain ASCII arguments (`Argument.isSimple`) with
/// plain ASCII option names: hashes and lengths from ``TextFacts`` first, bytes to
/// confirm. Any other text keeps the `String` code these methods were first
/// written with, so the answers are the same.
struct ArgumentList: Sendable {
    var items: [Argument]

    init(_ items: [Argument]) {
        self.items = items
    }

    /// For each option argument before `--`, its index and key (`--name` of `--name=value`).
    /// Computed on demand (the policy's shape matcher reads it; the engine does not).
    var optionKeys: [(Int, String)] {
        var keys: [(Int, String)] = []
        for (i, a) in items.enumerated() where a.isStatic && a.text.utf8.first == UInt8(ascii: "-") {
            if a.text == "--" { break }
            keys.append((i, String(a.text.optionKey)))
        }
        return keys
    }

    var count: Int { items.count }
    subscript(i: Int) -> Argument { items[i] }
    var isEmpty: Bool { items.isEmpty }

    /// Whether some static argument before `--` is one of `names`, or `name=value` for one of them.
    func hasOptionKey(_ names: [String]) -> Argument? { hasOptionKey(OptionNames(names)) }

    /// ``hasOptionKey(_:)-([String])`` for prepared names.
    func hasOptionKey(_ names: OptionNames) -> Argument? {
        optionKeyIndex(names).map { items[$0] }
    }

    /// The index of the argument ``hasOptionKey(_:)-([String])`` finds (no copy of it).
    func optionKeyIndex(_ names: OptionNames) -> Int? {
        for i in items.indices where items[i].isStatic {
            if items[i].isSimple && names.simple {
                let f = items[i].facts
                guard f.first == UInt8(ascii: "-") else { continue }
                if items[i].isDoubleDash { return nil }
                // The key of `--name=value` is `--name`; of anything else, the whole text.
                let keyed = items[i].startsWithDoubleDash && f.equalsAt >= 0
                for (k, key) in names.keys.enumerated() {
                    let sameKey = keyed ? (f.equalsAt == key.count && f.keyHash == key.hash) : (f.count == key.count && f.hash == key.hash)
                    let sameText = f.count == key.count && f.hash == key.hash
                    if (sameKey || sameText) && items[i].hasBytePrefix(names.names[k]) { return i }
                }
                continue
            }
            let a = items[i]
            guard a.text.utf8.first == UInt8(ascii: "-") else { continue }
            if a.text == "--" { return nil }
            let key = String(a.text.optionKey)
            for n in names.names where key == n || a.text == n { return i }
        }
        return nil
    }

    /// Whether any static argument equals one of `names` exactly, or has the form
    /// `name=value` for a long option.
    func hasOption(_ names: OptionNames) -> Bool {
        for i in items.indices where items[i].isStatic {
            if items[i].isSimple && names.simple {
                for (k, key) in names.keys.enumerated() {
                    let n = names.names[k]
                    if items[i].equalsName(n, key) { return true }
                    if key.isLong, items[i].isAssignment(to: n, key) { return true }
                }
                continue
            }
            let a = items[i]
            for n in names.names {
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
    func optionValue(_ names: OptionNames) -> Argument? {
        for i in items.indices where items[i].isStatic {
            if items[i].isSimple && names.simple {
                if items[i].isDoubleDash { return nil }
                let f = items[i].facts
                for (k, key) in names.keys.enumerated() {
                    let n = names.names[k]
                    if items[i].equalsName(n, key) { return i + 1 < items.count ? items[i + 1] : nil }
                    if items[i].isAssignment(to: n, key) { return items[i].droppingBytes(Int(key.count) + 1) }
                    if key.count == 2, !key.isLong, f.count > 2, items[i].hasBytePrefix(n) { return items[i].droppingBytes(2) }
                }
                continue
            }
            let a = items[i]
            if a.text == "--" { return nil }
            for n in names.names {
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
        return nil
    }

    /// Every value given to any of the options `names`, written `--name=value`, `--name value`,
    /// `-n value` or `-nvalue` (for single-letter options, as `optionValue` reads them; the
    /// attached form was added with the network catalog: `curl -XDELETE`, `ssh -oProxyCommand=…`,
    /// `rsync -e'sh -c …'` were missed).
    func optionValues(_ names: OptionNames) -> [Argument] {
        var out: [Argument] = []
        forEachOptionValue(names) { v in
            out.append(v)
            return false
        }
        return out
    }

    /// Calls `body` with each value ``optionValues(_:)`` returns, in order, until it
    /// returns `true` (the catalog's conditions stop at the first value that passes,
    /// without building the array).
    @inline(__always)
    func forEachOptionValue(_ names: OptionNames, _ body: (Argument) -> Bool) {
        // Byte tests only (no `n + "="` strings): this runs for every rule that reads a value.
        let dashed = names.dashed
        for i in items.indices where items[i].isStatic {
            if items[i].isSimple && names.simple {
                let f = items[i].facts
                if dashed && f.first != UInt8(ascii: "-") { continue }
                if items[i].isDoubleDash { return }
                /// Whether `body` asked to stop.
                @inline(__always) func test(_ k: Int) -> Bool {
                    let n = names.names[k]
                    let key = names.keys[k]
                    if items[i].equalsName(n, key) {
                        if i + 1 < items.count { return body(items[i + 1]) }
                    } else if items[i].isAssignment(to: n, key) {
                        return body(items[i].droppingBytes(Int(key.count) + 1))
                    } else if key.count == 2, key.startsWithDash, f.count > 2, items[i].hasBytePrefix(n) {
                        // A short option with its value attached: `-ccore.pager=x`, `-oProxyCommand=x`.
                        return body(items[i].droppingBytes(2))
                    }
                    return false
                }
                if let table = names.candidates {
                    // Only the names the argument can match, in the list's order.
                    var mask = table.candidates(f)
                    while mask != 0 {
                        if test(mask.trailingZeroBitCount) { return }
                        mask &= mask &- 1
                    }
                } else {
                    for k in names.keys.indices where test(k) { return }
                }
                continue
            }
            let a = items[i]
            guard !dashed || a.text.utf8.first == UInt8(ascii: "-") else { continue }
            if a.text == "--" { return }
            let length = a.text.utf8.count
            for n in names.names {
                let nl = n.utf8.count
                if a.text == n {
                    if i + 1 < items.count, body(items[i + 1]) { return }
                } else if length > nl, a.text.utf8HasPrefix(n) {
                    let next = a.text.utf8[a.text.utf8.index(a.text.utf8.startIndex, offsetBy: nl)]
                    if next == UInt8(ascii: "=") {
                        var v = a
                        v.text = String(a.text.dropFirst(n.count + 1))
                        if body(v) { return }
                    } else if nl == 2, n.utf8.first == UInt8(ascii: "-") {
                        var v = a
                        v.text = String(a.text.dropFirst(2))
                        if body(v) { return }
                    }
                }
            }
        }
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
        positionalIndices { valueOptions.contains($0.text) }.map { items[$0] }
    }

    /// ``positionals(valueOptions:)`` with the options in a ``ByteSet``.
    func positionals(valueOptions: ByteSet) -> [Argument] {
        positionalIndices(valueOptions: valueOptions).map { items[$0] }
    }

    /// The indices in `items` of ``positionals(valueOptions:)``.
    func positionalIndices(valueOptions: ByteSet) -> [Int] {
        positionalIndices { valueOptions.contains($0) }
    }

    /// The first of ``positionalIndices(valueOptions:)``, found without building the list.
    func firstPositionalIndex(valueOptions: ByteSet) -> Int? {
        var first: Int?
        forEachPositionalIndex({ valueOptions.contains($0) }) { i in
            first = i
            return false
        }
        return first
    }

    @inline(__always)
    private func positionalIndices(_ takesValue: (Argument) -> Bool) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(items.count)
        forEachPositionalIndex(takesValue) { i in
            out.append(i)
            return true
        }
        return out
    }

    /// Calls `body` with the index of each positional argument in order (an option's
    /// value, when `takesValue` says it has one, is skipped; everything after `--`
    /// is positional) until `body` returns `false`.
    @inline(__always)
    private func forEachPositionalIndex(_ takesValue: (Argument) -> Bool, _ body: (Int) -> Bool) {
        var i = 0
        var afterDoubleDash = false
        while i < items.count {
            if afterDoubleDash || !items[i].isStatic {
                if !body(i) { return }
            } else if items[i].isDoubleDash {
                afterDoubleDash = true
            } else if items[i].facts.first == UInt8(ascii: "-") && items[i].facts.count > 1 {
                if takesValue(items[i]) { i += 1 }
            } else {
                if !body(i) { return }
            }
            i += 1
        }
    }
}

extension ArgumentList {
    func hasOption(_ names: [String]) -> Bool { hasOption(OptionNames(names)) }
    func optionValue(_ names: [String]) -> Argument? { optionValue(OptionNames(names)) }
    func optionValues(_ names: [String]) -> [Argument] { optionValues(OptionNames(names)) }
}
