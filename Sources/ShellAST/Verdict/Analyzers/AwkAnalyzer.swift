/// Finds the side effects of an awk program: running commands and writing files.
/// Comparisons such as `NR>1` are not redirections; only `>` and `|` inside a
/// `print`/`printf` statement (outside parentheses) are.
enum AwkAnalyzer {
    struct Effects {
        var runsCommands = false
        var writesFiles = false
    }

    static func effects(of program: String) -> Effects {
        var e = Effects()
        // Only `>`, `|` and `system` set an effect: a program without them has none.
        guard program.utf8.contains(where: { $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "|") }) || program.utf8Contains("system")
        else { return e }
        let c = Array(program.unicodeScalars)
        var i = 0
        var parens = 0
        var inPrint = false
        var statementStart = true
        var previous: Unicode.Scalar = "("
        func word(at j: Int) -> String {
            var k = j
            var w = ""
            while k < c.count, c[k].properties.isAlphabetic || c[k] == "_" {
                w.unicodeScalars.append(c[k])
                k += 1
            }
            return w
        }
        func nextNonSpace(_ j: Int) -> Int {
            var k = j
            while k < c.count, c[k] == " " || c[k] == "\t" { k += 1 }
            return k
        }
        while i < c.count {
            let ch = c[i]
            switch ch {
            case "\"":
                i += 1
                while i < c.count, c[i] != "\"" {
                    if c[i] == "\\" { i += 1 }
                    i += 1
                }
                previous = "\""
            case "/" where "(,{};!~&|=\n".unicodeScalars.contains(previous) || statementStart:
                i += 1
                while i < c.count, c[i] != "/" {
                    if c[i] == "\\" { i += 1 }
                    i += 1
                }
                previous = "/"
            case "#":
                while i < c.count, c[i] != "\n" { i += 1 }
                continue
            case "(":
                parens += 1
                previous = ch
            case ")":
                parens = max(0, parens - 1)
                previous = ch
            case ";", "{", "}", "\n":
                inPrint = false
                statementStart = true
                parens = 0
                previous = ch
                i += 1
                continue
            case ">":
                if inPrint && parens == 0 { e.writesFiles = true }
                previous = ch
            case "|":
                let n = i + 1 < c.count ? c[i + 1] : " "
                if n == "|" {
                    i += 2
                    previous = "|"
                    continue
                }
                if n == "&" {
                    e.runsCommands = true
                } else {
                    let k = nextNonSpace(i + 1)
                    if word(at: k) == "getline" || (inPrint && parens == 0) { e.runsCommands = true }
                }
                previous = ch
            default:
                if ch.properties.isAlphabetic || ch == "_" {
                    let w = word(at: i)
                    if statementStart && (w == "print" || w == "printf") { inPrint = true }
                    if w == "system" {
                        let k = nextNonSpace(i + w.unicodeScalars.count)
                        if k < c.count, c[k] == "(" { e.runsCommands = true }
                    }
                    i += w.unicodeScalars.count
                    statementStart = false
                    previous = "a"
                    continue
                }
                if ch != " " && ch != "\t" { previous = ch }
            }
            if ch != " " && ch != "\t" { statementStart = false }
            i += 1
        }
        return e
    }
}

/// Finds the side effects of a GNU sed script: `e` and `s///e` run commands,
/// `w`/`W` and `s///w` write files.
enum SedAnalyzer {
    struct Effects {
        var runsCommands = false
        var writesFiles = false
    }

    static func effects(of script: String) -> Effects {
        var e = Effects()
        let c = Array(script.unicodeScalars)
        var i = 0
        func skipTo(_ stops: String) {
            while i < c.count, !stops.unicodeScalars.contains(c[i]) { i += 1 }
        }
        func delimited(_ d: Unicode.Scalar) {
            while i < c.count, c[i] != d {
                if c[i] == "\\" { i += 1 }
                if c[i] == "\n" && d != "\n" { return }
                i += 1
            }
            i += 1
        }
        while i < c.count {
            // Addresses and separators.
            let ch = c[i]
            if ch == " " || ch == "\t" || ch == "\n" || ch == ";" || ch == "!" || ch == "," || ch == "$" || ch == "~" || ch == "+"
                || ch.properties.numericType != nil || ch == "{" || ch == "}"
            {
                i += 1
                continue
            }
            if ch == "/" {
                i += 1
                delimited("/")
                continue
            }
            if ch == "\\", i + 1 < c.count {
                let d = c[i + 1]
                i += 2
                delimited(d)
                continue
            }
            i += 1
            switch ch {
            case "s":
                guard i < c.count else { return e }
                let d = c[i]
                i += 1
                delimited(d)
                delimited(d)
                while i < c.count, c[i] != ";", c[i] != "\n", c[i] != "}" {
                    if c[i] == "e" { e.runsCommands = true }
                    if c[i] == "w" {
                        e.writesFiles = true
                        skipTo("\n")
                        break
                    }
                    i += 1
                }
            case "y":
                guard i < c.count else { return e }
                let d = c[i]
                i += 1
                delimited(d)
                delimited(d)
            case "e":
                e.runsCommands = true
                skipTo("\n;")
            case "w", "W":
                e.writesFiles = true
                skipTo("\n")
            case "a", "i", "c", "r", "R", "b", "t", "T", ":", "#", "l", "L", "q", "Q", "v":
                skipTo(ch == "b" || ch == "t" || ch == "T" || ch == "q" || ch == "Q" || ch == "l" ? "\n;}" : "\n")
            default:
                break
            }
        }
        return e
    }
}

extension AwkAnalyzer {
    /// The command strings an awk program runs, when they are string literals:
    /// `system("cmd")`, `"cmd" | getline`, `print ... | "cmd"`.
    static func commands(in program: String) -> [String] {
        // Every command found is a string literal: without a `"`, there is none.
        guard program.utf8.contains(UInt8(ascii: "\"")) else { return [] }
        let c = Array(program.unicodeScalars)
        var out: [String] = []
        var strings: [(start: Int, end: Int, text: String)] = []
        var i = 0
        while i < c.count {
            if c[i] == "\"" {
                let start = i
                var s = ""
                i += 1
                while i < c.count, c[i] != "\"" {
                    if c[i] == "\\", i + 1 < c.count {
                        i += 1
                        s.unicodeScalars.append(c[i] == "n" ? "\n" : c[i])
                    } else {
                        s.unicodeScalars.append(c[i])
                    }
                    i += 1
                }
                strings.append((start, i, s))
            }
            i += 1
        }
        func previousNonSpace(_ j: Int) -> Int? {
            var k = j - 1
            while k >= 0, c[k] == " " || c[k] == "\t" { k -= 1 }
            return k >= 0 ? k : nil
        }
        func nextNonSpace(_ j: Int) -> Int? {
            var k = j + 1
            while k < c.count, c[k] == " " || c[k] == "\t" { k += 1 }
            return k < c.count ? k : nil
        }
        for s in strings {
            // system( "..." )
            if let p = previousNonSpace(s.start), c[p] == "(" {
                var k = p - 1
                var name = ""
                while k >= 0, c[k].properties.isAlphabetic {
                    name = String(c[k]) + name
                    k -= 1
                }
                if name == "system" { out.append(s.text) }
            }
            // ... | "cmd" (the command reads awk's output)   and   "cmd" | getline
            if let p = previousNonSpace(s.start), c[p] == "|", p == 0 || c[p - 1] != "|" { out.append("\u{1}" + s.text) }
            if let n = nextNonSpace(s.end), c[n] == "|", n + 1 < c.count, c[n + 1] != "|" { out.append(s.text) }
        }
        return out
    }
}

extension SedAnalyzer {
    /// Commands a sed script runs: the text after an `e` command, and the
    /// replacement of an `s///e` substitution (what the pattern space becomes).
    static func commands(in script: String) -> [String] {
        // Both forms need an `e` (the command or the flag): without one, no work.
        guard script.utf8.contains(UInt8(ascii: "e")) else { return [] }
        var out: [String] = []
        for line in script.split(whereSeparator: { $0 == "\n" || $0 == ";" }) {
            var t = Substring(line)
            while let f = t.first, f == " " || f == "\t" || f.isNumber || f == "$" || f == "," { t.removeFirst() }
            if t.first == "e", t.count > 1, t.dropFirst().first == " " {
                out.append(String(t.dropFirst(2)))
            } else if t.first == "s", t.count > 3 {
                let chars = Array(t)
                let d = chars[1]
                var parts: [String] = []
                var cur = ""
                var i = 2
                while i < chars.count, parts.count < 2 {
                    if chars[i] == "\\", i + 1 < chars.count {
                        if chars[i + 1] != d { cur.append("\\") }
                        cur.append(chars[i + 1])
                        i += 2
                        continue
                    }
                    if chars[i] == d {
                        parts.append(cur)
                        cur = ""
                    } else {
                        cur.append(chars[i])
                    }
                    i += 1
                }
                let flags = i < chars.count ? String(chars[i...]) : ""
                if parts.count == 2, flags.contains("e") { out.append(parts[1].replacingAll("&", with: "x")) }
            }
        }
        return out
    }
}

extension AwkAnalyzer {
    /// Files an awk program writes with `print > "file"` / `>> "file"` (string literals).
    static func writtenFiles(in program: String) -> [String] {
        // Every file found follows a `>`: without one, there is none.
        guard program.utf8.contains(UInt8(ascii: ">")) else { return [] }
        let c = Array(program.unicodeScalars)
        var out: [String] = []
        var i = 0
        while i < c.count {
            if c[i] == ">" {
                var k = i + 1
                if k < c.count, c[k] == ">" { k += 1 }
                while k < c.count, c[k] == " " { k += 1 }
                if k < c.count, c[k] == "\"" {
                    var s = ""
                    k += 1
                    while k < c.count, c[k] != "\"" {
                        s.unicodeScalars.append(c[k])
                        k += 1
                    }
                    out.append(s)
                    i = k
                }
            }
            i += 1
        }
        return out
    }

    /// Variables of the program used as commands: `system(cmd)`, `print | cmd`, `cmd | getline`.
    static func commandVariables(in program: String) -> Set<String> {
        var names: Set<String> = []
        // Names are found after `system(` or `|` only.
        guard program.utf8.contains(UInt8(ascii: "|")) || program.utf8Contains("system") else { return names }
        let c = Array(program.unicodeScalars)
        func identifier(at j: Int) -> String {
            var k = j
            var w = ""
            while k < c.count, c[k].properties.isAlphabetic || c[k] == "_" || c[k].properties.numericType != nil {
                w.unicodeScalars.append(c[k])
                k += 1
            }
            return w
        }
        var i = 0
        while i < c.count {
            if c[i] == "(", i >= 6, String(String.UnicodeScalarView(c[(i - 6)..<i])) == "system" {
                var k = i + 1
                while k < c.count, c[k] == " " { k += 1 }
                let id = identifier(at: k)
                if !id.isEmpty { names.insert(id) }
            }
            if c[i] == "|", i + 1 < c.count, c[i + 1] != "|" {
                var k = i + 1
                while k < c.count, c[k] == " " { k += 1 }
                let id = identifier(at: k)
                if !id.isEmpty, id != "getline" { names.insert(id) }
            }
            i += 1
        }
        return names
    }
}

extension SedAnalyzer {
    /// Files a sed script writes: `w FILE`, `W FILE`, and the `w FILE` flag of `s///`.
    static func writtenFiles(in script: String) -> [String] {
        // Every form needs a `w` or `W`: without one, no work.
        guard script.utf8.contains(where: { $0 == UInt8(ascii: "w") || $0 == UInt8(ascii: "W") }) else { return [] }
        var out: [String] = []
        for line in script.split(whereSeparator: { $0 == "\n" || $0 == ";" }) {
            var t = Substring(line)
            while let f = t.first, f == " " || f == "\t" || f.isNumber || f == "$" || f == "," || f == "!" { t.removeFirst() }
            if let f = t.first, f == "w" || f == "W", t.dropFirst().first == " " {
                out.append(String(t.dropFirst(2)).trimmingWhitespace())
            } else if t.first == "s", let file = substituteWriteFlag(Array(t.unicodeScalars)) {
                out.append(file)
            }
        }
        return out
    }

    /// The file named by the `w` flag of one `s/re/rep/flags` command, if any.
    private static func substituteWriteFlag(_ c: [Unicode.Scalar]) -> String? {
        guard c.count > 2 else { return nil }
        let delimiter = c[1]
        var i = 2, seen = 0
        while i < c.count, seen < 2 {
            if c[i] == "\\" { i += 2; continue }
            if c[i] == delimiter { seen += 1 }
            i += 1
        }
        guard seen == 2 else { return nil }
        while i < c.count, c[i] != "w" { i += 1 }
        guard i < c.count else { return nil }
        let rest = String(String.UnicodeScalarView(c[(i + 1)...])).trimmingWhitespace()
        return rest.isEmpty ? nil : rest
    }
}
