import ShellAST

/// The JSON line of `vigil classify --jsonl`.
enum VerdictJSON {
    static func line(_ c: Classification) -> String {
        var out = "{\"verdict\": \(JSONLine.quote(c.verdict.name)), \"risk\": \(JSONLine.quote(c.risk.name)), \"reasons\": ["
        out += c.reasons.map(reason).joined(separator: ", ")
        out += "], \"commands\": ["
        out += c.commands.map { cmd in
            "{\"name\": \(cmd.name.map(JSONLine.quote) ?? "null"), \"verdict\": \(JSONLine.quote(cmd.verdict.name)), "
                + "\"risk\": \(JSONLine.quote(cmd.risk.name)), \"start\": \(cmd.span.start), \"end\": \(cmd.span.end)}"
        }.joined(separator: ", ")
        out += "], \"policy\": \(JSONLine.quote(c.policyHash))"
        if let e = c.syntaxError {
            out += ", \"syntax_error\": {\"message\": \(JSONLine.quote(e.message)), \"offset\": \(e.offset), \"line\": \(e.line), "
                + "\"column\": \(e.column), \"incomplete\": \(e.isIncomplete)}"
        }
        return out + "}"
    }

    static func reason(_ r: Reason) -> String {
        "{\"rule\": \(JSONLine.quote(r.rule)), \"message\": \(JSONLine.quote(r.message)), \"verdict\": \(JSONLine.quote(r.verdict.name)), "
            + "\"start\": \(r.span.start), \"end\": \(r.span.end)}"
    }
}

/// The human-readable report of `vigil classify 'CMD'`.
enum VerdictReport {
    static func text(_ c: Classification, command: String) -> String {
        var out = "verdict: \(c.verdict.name)\nrisk:    \(c.risk.name)\npolicy:  \(c.policyHash.prefix(16))…\n"
        let bytes = Array(command.utf8)
        for r in c.reasons {
            out += "\n[\(r.verdict.name)] \(r.rule): \(r.message)\n"
            out += marked(bytes, r.span)
        }
        return out
    }

    /// The line of the command holding the span, with `^` under the span.
    static func marked(_ bytes: [UInt8], _ span: SourceSpan) -> String {
        let start = min(max(span.start, 0), bytes.count)
        let end = min(max(span.end, start), bytes.count)
        var lineStart = start
        while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        var lineEnd = start
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
        let line = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        let pad = String(decoding: bytes[lineStart..<start], as: UTF8.self).unicodeScalars.count
        let width = max(1, String(decoding: bytes[start..<min(end, lineEnd)], as: UTF8.self).unicodeScalars.count)
        return "    " + line + "\n    " + String(repeating: " ", count: pad) + String(repeating: "^", count: width) + "\n"
    }
}
