/// The canonical encoding of a policy that its SHA-256 is computed over: JSON
/// with keys sorted, no whitespace, absent optional fields omitted, `\"` `\\`
/// and control characters escaped (`\n`, `\t`, `\uXXXX`), other characters as
/// UTF-8. Documented in `Docs/PolicyGuide.md`.
enum PolicyCanonicalText {
    static func encode(_ p: VerdictPolicy) -> String {
        var fields: [(String, String)] = []
        fields.append(("allow", array(p.allow.map(shape))))
        fields.append(("categories", object(p.categories.map { ($0.key, riskVerdicts($0.value)) })))
        fields.append(("forbid", array(p.forbid.map(shape))))
        fields.append(("protected_paths", array(p.protectedPaths.map(protectedPath))))
        if let rv = p.riskVerdicts { fields.append(("risk_verdicts", riskVerdicts(rv))) }
        fields.append(("version", String(p.version)))
        fields.append(("writable_paths", array(p.writablePaths.map(string))))
        return object(fields)
    }

    static func shape(_ s: CommandShape) -> String {
        var f: [(String, String)] = [("command", string(s.command)), ("id", string(s.id))]
        if let v = s.subcommand { f.append(("subcommand", array(v.map(string)))) }
        if let v = s.arguments { f.append(("arguments", array(v.map(string)))) }
        if let v = s.options { f.append(("options", array(v.map(string)))) }
        if let v = s.namespaces { f.append(("namespaces", array(v.map(string)))) }
        if let v = s.paths { f.append(("paths", array(v.map(string)))) }
        if let v = s.verdict { f.append(("verdict", string(v.name))) }
        if let v = s.message { f.append(("message", string(v))) }
        if let e = s.examples {
            f.append(("examples", object([("match", array(e.match.map(string))), ("no_match", array(e.noMatch.map(string)))])))
        }
        return object(f)
    }

    static func protectedPath(_ p: ProtectedPath) -> String {
        var f: [(String, String)] = [
            ("path", string(p.path)), ("reads", p.reads ? "true" : "false"), ("verdict", string(p.verdict.name)),
        ]
        if let m = p.message { f.append(("message", string(m))) }
        return object(f)
    }

    static func riskVerdicts(_ r: RiskVerdicts) -> String {
        var f: [(String, String)] = []
        for risk in RiskClass.allCases {
            if let v = r[risk] { f.append((risk.name, string(v.name))) }
        }
        return object(f)
    }

    static func object(_ fields: [(String, String)]) -> String {
        "{"
            + fields.sorted { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }
            .map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }

    static func string(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if c.value < 0x20 {
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }
}
