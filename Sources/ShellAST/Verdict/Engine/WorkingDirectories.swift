/// The directories a command may run in, learnt from `cd DIR` and `pushd DIR`
/// earlier in the same classification: `cd / && rm -rf *` removes `/*`.
///
/// A relative path is judged as written (the starting directory is not known)
/// and as resolved against every directory a `cd` may have entered; the worst
/// answer wins. Entries are only ever added: a `cd` that fails, runs in a
/// subshell or in a branch not taken leaves the shell where it was, so every
/// directory seen stays possible (fail closed).
struct WorkingDirectories: Sendable {
    /// Absolute (or `~`, `~user`-based) normalised directories; empty when no `cd` was seen.
    private(set) var known: [String] = []

    /// Past this many directories, `/` stands for every further one.
    static let limit = 8

    var isEmpty: Bool { known.isEmpty }

    /// `self`, or `nil` when no directory is known (so callers carry nothing).
    var ifAny: WorkingDirectories? { known.isEmpty ? nil : self }

    /// Whether `head` is `cd` or `pushd` (byte tests first: this runs for every command).
    static func changesDirectory(_ head: Argument) -> Bool {
        guard head.isStatic, head.isSimple else { return false }
        switch (head.facts.count, head.facts.first) {
        case (2, UInt8(ascii: "c")): return head.facts.second == UInt8(ascii: "d")
        case (5, UInt8(ascii: "p")): return head.equals("pushd")
        default: return false
        }
    }

    /// Records `cd TARGET`. `target` is `nil` when it is only known at run time:
    /// it may be `/` (`cd "$D" && rm -rf *` is `rm -rf "$D"/*`).
    mutating func enter(_ target: String?) {
        guard let target else { return add("/") }
        if target.utf8.first == UInt8(ascii: "/") || target.utf8.first == UInt8(ascii: "~") {
            return add(PathRules.normalize(target))
        }
        // Relative: below each known directory (below an unknown one, nothing is learnt).
        for base in known { add(PathRules.normalize(base + "/" + target)) }
    }

    /// Records `cd ARGS` / `pushd ARGS`: the first operand after the options; none
    /// is the home directory; `-` (the previous directory) teaches nothing new.
    mutating func enter(operands args: [Argument]) {
        var i = 0
        while i < args.count, args[i].isStatic, args[i].text.utf8.count > 1, args[i].text.utf8.first == UInt8(ascii: "-") {
            i += 1
            if args[i - 1].text == "--" { break }
        }
        guard i < args.count else { return enter("~") }
        let target = args[i]
        guard target.isStatic, !target.hasGlob else { return enter(nil) }
        if target.text == "-" || target.text.isEmpty { return }
        // `pushd +N` rotates the stack: back to a directory already seen.
        if target.text.utf8.first == UInt8(ascii: "+") { return }
        enter(target.text)
    }

    private mutating func add(_ directory: String) {
        if known.contains(directory) { return }
        if known.count >= WorkingDirectories.limit {
            if !known.contains("/") { known.append("/") }
            return
        }
        known.append(directory)
    }

    /// `path` as written and, when it is relative, below every known directory.
    func candidates(_ path: String) -> [String] {
        guard !known.isEmpty, isRelative(path) else { return [path] }
        return [path] + known.map { PathRules.normalize(($0 == "/" ? "" : $0) + "/" + path) }
    }

    /// The worst kind of `path` over its candidates, and the candidate that has it.
    func kind(of path: String) -> (kind: PathKind, path: String) {
        let plain = PathRules.kind(of: path)
        guard !known.isEmpty, isRelative(path) else { return (plain, path) }
        var worst = (kind: plain, path: path)
        for candidate in candidates(path).dropFirst() {
            let k = PathRules.kind(of: candidate)
            if k.severity > worst.kind.severity { worst = (k, candidate) }
        }
        return worst
    }

    /// Whether `path` names a file holding secrets from any directory it may be read in.
    func isSensitiveRead(_ path: String) -> Bool {
        if PathRules.isSensitiveRead(path) { return true }
        guard !known.isEmpty, isRelative(path) else { return false }
        return candidates(path).dropFirst().contains { PathRules.isSensitiveRead($0) }
    }

    private func isRelative(_ path: String) -> Bool {
        guard let first = path.utf8.first else { return false }
        return first != UInt8(ascii: "/") && first != UInt8(ascii: "~") && first != UInt8(ascii: "-")
    }
}

extension PathKind {
    /// How bad a write to such a path is, for picking the worst reading of a path.
    var severity: Int {
        switch self {
        case .harmlessDevice: 0
        case .ordinary: 1
        case .systemFile: 2
        case .networkDevice: 3
        case .protectedFile: 4
        case .blockDevice: 5
        case .systemTree: 6
        }
    }
}
