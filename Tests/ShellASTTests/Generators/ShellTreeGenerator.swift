@testable import ShellAST

/// Generates random syntax trees in the parser's normal form: trees that the
/// parser itself could have produced (spans aside), so that
/// `parse(print(tree))` must give the same tree back.
///
/// The normal form, as read from `Sources/ShellAST/Syntax/Parser`:
/// adjacent literal text is one `.literal` part, kept as raw source; an
/// unbraced `$name` is never followed by a name character; a command's first
/// word is neither a reserved word (unless a redirection is printed before
/// it), nor an assignment, nor a declaration builtin; words never start with
/// `#`; `[[ ]]` operands respect precedence; here-document bodies end with a
/// newline and never contain their delimiter line; and so on — each rule is
/// stated where the generator obeys it.
///
/// Every decision goes through ``Choices``, so a case replays from its log and
/// shrinks with ``ChoiceShrinker``.
struct ShellTreeGenerator {
    struct Options {
        /// How deep compound commands, substitutions and quotes may nest.
        var maxDepth = 3
        /// Avoid the shapes of the parser bugs listed in `KnownParserIssues.swift`,
        /// so the round-trip property tests everything else.
        var avoidKnownIssues = true
    }

    var choices: Choices
    let options: Options
    /// Nesting levels left.
    var depth: Int
    /// Here-documents generated so far: their delimiters are `ZZ0`, `ZZ1`, ...
    var hereDocumentCount = 0
    /// How many arithmetic contexts enclose the current point.
    var arithmeticNesting = 0
    /// How many assignment subscripts enclose the current point.
    var assignmentSubscriptNesting = 0
    /// How many `${...}` operands inside double quotes enclose the current point.
    var quotedOperandNesting = 0
    /// Whether parts are generated inside double quotes.
    var inDoubleQuotes = false

    init(choices: Choices, options: Options = Options()) {
        self.choices = choices
        self.options = options
        self.depth = options.maxDepth
    }

    /// A whole script (possibly empty).
    mutating func script() -> ShellScript {
        let n = choices.weighted([1, 6, 3, 1])
        return ShellScript(body: list(items: n), span: .zero)
    }

    /// Runs `body` one nesting level deeper.
    mutating func nested<T>(_ body: (inout ShellTreeGenerator) -> T) -> T {
        depth -= 1
        defer { depth += 1 }
        return body(&self)
    }

    /// Whether there is room for another nesting level.
    var canNest: Bool { depth > 0 }
}

// MARK: Building blocks

let zeroSpan = SourceSpan.zero

func literalPart(_ text: String) -> WordPart {
    .literal(Literal(text: text, span: zeroSpan))
}

func makeWord(_ parts: [WordPart]) -> Word {
    Word(parts: parts, span: zeroSpan)
}

func literalWord(_ text: String) -> Word {
    makeWord([literalPart(text)])
}

/// Collects word parts in normal form: adjacent literal text merged into one
/// part, and an unbraced `$name` braced when name characters follow it.
struct PartList {
    var parts: [WordPart] = []

    mutating func literal(_ text: String) {
        guard let first = text.utf8.first else { return }
        if case .literal(var l)? = parts.last {
            l.text += text
            parts[parts.count - 1] = .literal(l)
            return
        }
        if case .parameter(var p)? = parts.last, !p.isBraced, let n = p.name.utf8.first, isNameStart(n), isNameChar(first) {
            p.isBraced = true
            parts[parts.count - 1] = .parameter(p)
        }
        parts.append(literalPart(text))
    }

    mutating func append(_ part: WordPart) {
        if case .literal(let l) = part {
            literal(l.text)
        } else {
            parts.append(part)
        }
    }
}

func isNameStart(_ b: UInt8) -> Bool {
    (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) || b == UInt8(ascii: "_")
}

func isNameChar(_ b: UInt8) -> Bool {
    isNameStart(b) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
}

/// Whether `text` starts with `name=`, `name+=` or `name[`, which the parser
/// reads as an assignment in command position.
func looksLikeAssignment(_ text: String) -> Bool {
    let u = Array(text.utf8)
    guard let f = u.first, isNameStart(f) else { return false }
    var i = 1
    while i < u.count, isNameChar(u[i]) { i += 1 }
    guard i < u.count else { return false }
    if u[i] == UInt8(ascii: "=") || u[i] == UInt8(ascii: "[") { return true }
    return u[i] == UInt8(ascii: "+") && i + 1 < u.count && u[i + 1] == UInt8(ascii: "=")
}

/// Words the printer treats as reserved in command position.
let reservedWords: Set<String> = [
    "if", "then", "elif", "else", "fi", "do", "done", "case", "esac", "while", "until", "for", "select",
    "function", "time", "coproc", "{", "}", "[[", "]]", "!", "in",
]

/// Reserved words that start a compound command.
let compoundStartWords: Set<String> = ["{", "[[", "if", "while", "until", "for", "select", "case"]
