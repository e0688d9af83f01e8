/// Shell-style pattern matching for policy patterns: `*` (not across `/` in path
/// mode), `**` (across `/`), `?`, `[abc]`, `[!a-z]`, `\x`.
enum Glob {
    static func matches(_ pattern: String, _ text: String, pathMode: Bool = false) -> Bool {
        let p = Array(pattern.unicodeScalars)
        let t = Array(text.unicodeScalars)
        var memo: [Int: Bool] = [:]
        func match(_ pi: Int, _ ti: Int) -> Bool {
            let key = pi &* (t.count + 1) &+ ti
            if let m = memo[key] { return m }
            var result: Bool
            if pi == p.count {
                result = ti == t.count
            } else if p[pi] == "*" {
                let doubleStar = pi + 1 < p.count && p[pi + 1] == "*"
                let next = doubleStar ? pi + 2 : pi + 1
                let crossesSlash = doubleStar || !pathMode
                result = false
                var k = ti
                while true {
                    if match(next, k) {
                        result = true
                        break
                    }
                    if k == t.count || (!crossesSlash && t[k] == "/") { break }
                    k += 1
                }
            } else if ti == t.count {
                result = false
            } else if p[pi] == "?" {
                result = (!pathMode || t[ti] != "/") && match(pi + 1, ti + 1)
            } else if p[pi] == "[", let close = p[(pi + 1)...].firstIndex(of: "]"), close > pi + 1 {
                var k = pi + 1
                var negate = false
                if p[k] == "!" || p[k] == "^" {
                    negate = true
                    k += 1
                }
                var hit = false
                while k < close {
                    if k + 2 < close, p[k + 1] == "-" {
                        if p[k] <= t[ti] && t[ti] <= p[k + 2] { hit = true }
                        k += 3
                    } else {
                        if p[k] == t[ti] { hit = true }
                        k += 1
                    }
                }
                result = hit != negate && match(close + 1, ti + 1)
            } else if p[pi] == "\\", pi + 1 < p.count {
                result = p[pi + 1] == t[ti] && match(pi + 2, ti + 1)
            } else {
                result = p[pi] == t[ti] && match(pi + 1, ti + 1)
            }
            memo[key] = result
            return result
        }
        return match(0, 0)
    }
}

extension Glob {
    /// Path-mode matching for patterns that tighten (protected paths, forbid
    /// shapes): a pattern ending in `/**` also matches the directory itself, so
    /// `/srv/data/**` protects `/srv/data` too. (Allow shapes and writable paths
    /// use `matches`: `/tmp/**` does not cover removing `/tmp`.)
    static func matchesTree(_ pattern: String, _ path: String) -> Bool {
        if matches(pattern, path, pathMode: true) { return true }
        guard pattern.utf8.count > 3, pattern.utf8HasSuffix("/**") else { return false }
        return matches(String(pattern.dropLast(3)), path, pathMode: true)
    }

    /// Whether the path-mode `pattern` could match `dir` or a path inside it: each
    /// component of `dir` matches the pattern's component at the same depth, or the
    /// pattern reaches a `**` first. (`/srv/data/**` may match inside `/srv`.)
    static func mayMatchInside(_ pattern: String, _ dir: String) -> Bool {
        let p = pattern.split(separator: "/", omittingEmptySubsequences: false)
        if dir == "/" { return pattern.utf8HasPrefix("/") }
        let d = dir.split(separator: "/", omittingEmptySubsequences: false)
        for (i, component) in d.enumerated() {
            guard i < p.count else { return false }
            if p[i].contains("**") { return true }
            guard matches(String(p[i]), String(component), pathMode: true) else { return false }
        }
        return true
    }
}
