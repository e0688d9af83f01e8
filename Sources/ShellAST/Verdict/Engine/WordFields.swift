/// How many words a shell word becomes after expansion, as far as the text tells.
extension Word {
    /// Whether the shell may turn this word into several words, or none: an expansion
    /// outside double quotes (field splitting and globbing apply), `"$@"`, `"${a[@]}"` or
    /// `"${!prefix@}"` inside them, or unquoted glob or brace characters. A word whose
    /// expansions are all inside double quotes (`"$USER.log"`, `"$(date +%F)"`) is one word.
    var mayExpandToSeveralFields: Bool {
        /// Whether unquoted text holds a glob or brace character.
        func globOrBrace(_ t: ShellText) -> Bool {
            t.withUTF8 { $0.contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "{") }) }
        }
        let parts: [WordPart]
        switch storage {
        case .singleQuoted, .doubleQuotedLiteral: return false
        // One literal: its bytes, without building the parts array (the `{}` of `find -exec`).
        case .literal(let raw): return globOrBrace(raw)
        case .parts(let ps): parts = ps
        }
        for part in parts {
            switch part {
            case .literal(let l):
                if globOrBrace(l.rawText) { return true }
            case .singleQuoted, .ansiCQuoted, .processSubstitution:
                continue
            case .parameter, .commandSubstitution, .arithmeticExpansion, .extendedGlob:
                return true
            case .doubleQuoted(let q):
                for inner in q.parts {
                    guard case .parameter(let e) = inner else { continue }
                    if e.name == "@" || e.index?.isAllElements == true || e.prefix == .indirect { return true }
                }
            }
        }
        return false
    }
}
