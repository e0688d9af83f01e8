/// `xargs` fed text the engine knows (`echo / | xargs rm -rf`, `xargs rm -rf <<< /`,
/// `printf 'a\nb' | xargs -I{} rm {}`): the command runs with those items, so it
/// is judged with them, not only with a placeholder for "the input".
extension Judge {
    /// At most this many input items are judged (appended to one command line);
    /// with `-I`, at most ``maxReplacedLines`` command lines are judged.
    static let maxInputItems = 64
    static let maxReplacedLines = 16

    /// Judges `command` (the words after xargs's options) as it runs on `text`.
    /// `options` are xargs's own options; `replace` is the `-I`/`-i` string, if any.
    /// Only reasons above `allow` that the judgement with a placeholder for the
    /// input did not already give are added: that judgement stands, this can only
    /// make it stricter.
    mutating func xargsStaticInput(
        _ text: String, span: SourceSpan, command: [Argument], options: ArraySlice<Argument>, replace: String?,
        _ a: inout Assessment, _ ctx: Context
    ) {
        guard !command.isEmpty else { return }
        let items: [String]
        if let replace, !replace.isEmpty {
            // With `-I`, each input line is one item, leading blanks removed.
            items = Judge.xargsLines(text)
            for item in items.prefix(Judge.maxReplacedLines) {
                let line = command.map { arg -> Argument in
                    guard arg.isStatic, arg.text.characterContains(replace) else { return arg }
                    var x = arg
                    x.text = x.text.replacingAll(replace, with: item)
                    return x
                }
                judgeWithInput(line, &a, ctx)
            }
            return
        }
        items = Judge.xargsItems(text, delimiter: Judge.xargsDelimiter(options))
        guard !items.isEmpty else { return }
        let appended = items.prefix(Judge.maxInputItems).map { Argument(madeText: $0, span: span) }
        judgeWithInput(command + appended, &a, ctx)
    }

    private mutating func judgeWithInput(_ argv: [Argument], _ a: inout Assessment, _ ctx: Context) {
        var sub = Assessment(span: a.span)
        invocation(argv, &sub, ctx, stdin: .inherited)
        for r in sub.reasons where r.verdict > .allow {
            if a.reasons.contains(where: { $0.rule == r.rule && $0.verdict >= r.verdict }) { continue }
            a.add(r, origin: .nested)
        }
    }

    /// The input delimiter xargs's options set: NUL for `-0`/`--null`, the byte of
    /// `-d C`/`--delimiter=C` (`\n`, `\t`, `\0` and `\\` escapes too); `nil` for the
    /// default splitting at blanks with quotes. A delimiter it cannot read as one
    /// byte also gives `nil`.
    static func xargsDelimiter(_ options: ArraySlice<Argument>) -> UInt8? {
        var delimiter: UInt8?
        var i = options.startIndex
        while i < options.endIndex {
            let o = options[i]
            defer { i += 1 }
            guard o.isStatic else { continue }
            let t = o.text
            var value: String?
            if t == "-0" || t == "--null" {
                delimiter = 0
            } else if t == "-d" || t == "--delimiter" {
                if i + 1 < options.endIndex, options[i + 1].isStatic { value = options[i + 1].text }
                i += 1
            } else if t.utf8HasPrefix("--delimiter=") {
                value = String(t.dropFirst("--delimiter=".count))
            } else if t.utf8HasPrefix("-d") {
                value = String(t.dropFirst(2))
            }
            if let value { delimiter = xargsDelimiterByte(value) }
        }
        return delimiter
    }

    private static func xargsDelimiterByte(_ value: String) -> UInt8? {
        let b = Array(value.utf8)
        if b.count == 1 { return b[0] }
        guard b.count == 2, b[0] == UInt8(ascii: "\\") else { return nil }
        switch b[1] {
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "t"): return 0x09
        case UInt8(ascii: "0"): return 0
        case UInt8(ascii: "\\"): return UInt8(ascii: "\\")
        default: return nil
        }
    }

    /// The items xargs reads from `text`: split at `delimiter` when there is one
    /// (quotes and backslashes are then plain bytes), else at blanks and newlines,
    /// with `'...'`, `"..."` and backslashes grouping as xargs reads them. Text
    /// after an unmatched quote (where xargs stops with an error) is dropped.
    static func xargsItems(_ text: String, delimiter: UInt8?) -> [String] {
        let bytes = Array(text.utf8)
        var items: [String] = []
        var current: [UInt8] = []
        var started = false
        func finish() {
            if started { items.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
            started = false
        }
        if let delimiter {
            for b in bytes {
                if b == delimiter { finish() } else {
                    current.append(b)
                    started = true
                }
            }
            finish()
            return items
        }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case 0x20, 0x09, 0x0A:
                finish()
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                guard let close = bytes[(i + 1)...].firstIndex(where: { $0 == b || $0 == 0x0A }), bytes[close] == b else {
                    return items  // unmatched quote: xargs stops here
                }
                current.append(contentsOf: bytes[(i + 1)..<close])
                started = true
                i = close
            case UInt8(ascii: "\\"):
                if i + 1 < bytes.count {
                    current.append(bytes[i + 1])
                    i += 1
                }
                started = true
            default:
                current.append(b)
                started = true
            }
            i += 1
        }
        finish()
        return items
    }

    /// The lines xargs `-I` reads from `text`, each without its leading blanks;
    /// blank lines are skipped.
    static func xargsLines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true).compactMap { line in
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            return trimmed.isEmpty ? nil : String(trimmed)
        }
    }
}
