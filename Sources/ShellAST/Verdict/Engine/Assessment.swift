/// Where a reason came from, which decides whether a policy allow entry may lower it.
enum ReasonOrigin: Sendable {
    /// The catalog's judgement of the command's shape (a rule or the program's fallback).
    case shape
    /// A command this command runs (`sudo CMD`, `find -exec CMD`, `npm exec CMD`...),
    /// judged on its own: a policy allow entry for the outer command never lowers it.
    case nested
    /// Anything else: redirections, environment, nested code, sensitive paths...
    case other
}

/// The reasons gathered for one simple command.
struct Assessment {
    var name: String?
    var span: SourceSpan
    var risk: RiskClass = .readOnly
    var reasons: [(Reason, ReasonOrigin)] = []
    var category: CommandCategory?

    init(span: SourceSpan) {
        self.span = span
    }

    mutating func add(_ r: Reason, origin: ReasonOrigin = .other) {
        if let rk = r.risk, rk > risk { risk = rk }
        reasons.append((r, origin))
    }

    var verdict: Verdict {
        var v = Verdict.allow
        for (r, _) in reasons where r.verdict > v { v = r.verdict }
        return v
    }

    func finished() -> CommandVerdict {
        var rs = reasons.map(\.0)
        if rs.count > 1 {
            rs = rs.enumerated().sorted { a, b in
                a.element.verdict != b.element.verdict ? a.element.verdict > b.element.verdict : a.offset < b.offset
            }.map(\.element)
        }
        return CommandVerdict(name: name, span: span, verdict: verdict, risk: risk, reasons: rs)
    }
}

/// What feeds a command's standard input, for shells and interpreters that run it as code.
enum StandardInput {
    /// Nothing known (a terminal, or inherited).
    case inherited
    /// Static text: an `echo`/`printf` with static arguments, a here-string or here-document without expansions.
    case staticText(String, SourceSpan)
    /// Text computed at run time: downloads, decoders, files, expansions.
    case dynamic(String, SourceSpan)
}
