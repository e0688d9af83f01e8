import VigilTestKit

/// Random inputs for the parser: raw bytes weighted towards shell syntax, and
/// mutations of real commands.
enum InputFuzzer {
    /// Bytes that mean something to the shell.
    static let shellBytes: [UInt8] = Array(" \t\n\n;&|<>()$`'\"\\{}[]#=!*?@+-~%^:,/.".utf8)
    /// Fragments that open or close constructs.
    static let fragments: [[UInt8]] = [
        "$(", "$((", "))", "${", "}", "<(", ">(", "[[", "]]", "((", "<<", "<<-", "<<<", "EOF", "\nEOF\n", "'EOF'",
        "\\\n", "`", "\\`", "$'", "$\"", "@(", "!(", ";;", ";&", ";;&", "|&", "&&", "||", "2>&1", "&>", "{fd}>",
        "if ", "then ", "fi", "for ", "do ", "done", "case ", " in ", "esac", "while ", "function ", "coproc ",
        "time ", "select ", "a=(", "a[", "]=", "declare ", "#", "é", "\u{FFFD}", "\t",
    ].map { Array($0.utf8) }

    /// `count` random bytes: mostly shell syntax and letters, some arbitrary
    /// bytes (NUL and invalid UTF-8 included), some whole fragments.
    static func randomBytes(_ rng: inout SplitMix64, count: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(count + 8)
        while out.count < count {
            switch rng.int(0..<100) {
            case 0..<45: out.append(rng.pick(shellBytes))
            case 45..<65: out.append(UInt8(ascii: "a") + UInt8(rng.int(0..<26)))
            case 65..<80: out.append(UInt8(truncatingIfNeeded: rng.next()))
            default: out.append(contentsOf: rng.pick(fragments))
            }
        }
        return out
    }

    /// `base` after one to four random edits: inserting, deleting, replacing or
    /// duplicating bytes and substrings, or splicing in part of another command.
    static func mutate(_ base: [UInt8], _ rng: inout SplitMix64, corpus: [[UInt8]]) -> [UInt8] {
        var b = base
        for _ in 0..<rng.int(1...4) {
            let n = b.count
            switch rng.int(0..<8) {
            case 0:  // insert a byte
                b.insert(rng.chance(0.7) ? rng.pick(shellBytes) : UInt8(truncatingIfNeeded: rng.next()), at: rng.int(0...n))
            case 1:  // insert a fragment
                b.insert(contentsOf: rng.pick(fragments), at: rng.int(0...n))
            case 2:  // delete a byte
                if n > 0 { b.remove(at: rng.int(0..<n)) }
            case 3:  // delete a range
                if n > 0 {
                    let s = rng.int(0..<n)
                    b.removeSubrange(s..<min(n, s + rng.int(1...8)))
                }
            case 4:  // replace a byte
                if n > 0 { b[rng.int(0..<n)] = rng.chance(0.8) ? rng.pick(shellBytes) : UInt8(truncatingIfNeeded: rng.next()) }
            case 5:  // duplicate a substring somewhere
                if n > 0 {
                    let s = rng.int(0..<n)
                    let piece = Array(b[s..<min(n, s + rng.int(1...16))])
                    b.insert(contentsOf: piece, at: rng.int(0...n))
                }
            case 6:  // splice a fragment of another command over a range
                let other = rng.pick(corpus)
                if !other.isEmpty {
                    let s = rng.int(0..<other.count)
                    let piece = other[s..<min(other.count, s + rng.int(1...24))]
                    let at = rng.int(0...n)
                    b.replaceSubrange(at..<min(n, at + rng.int(0...8)), with: piece)
                }
            default:  // join with another command
                let other = rng.pick(corpus)
                b += [rng.pick(Array(";\n|&".utf8))] + other
            }
        }
        return b
    }
}

/// Shrinks a failing input by deleting ranges of bytes while it still fails.
enum InputShrinker {
    static func shrink(_ input: [UInt8], maxAttempts: Int = 3_000, fails: ([UInt8]) -> Bool) -> [UInt8] {
        var best = input
        var attempts = 0
        var chunk = max(1, best.count / 2)
        while chunk >= 1, attempts < maxAttempts {
            var improved = false
            var i = 0
            while i < best.count, attempts < maxAttempts {
                var candidate = best
                candidate.removeSubrange(i..<min(best.count, i + chunk))
                attempts += 1
                if fails(candidate) {
                    best = candidate
                    improved = true
                } else {
                    i += chunk
                }
            }
            if !improved { chunk /= 2 }
        }
        return best
    }
}
