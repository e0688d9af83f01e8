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
    /// The reasons, in the order they were added.
    var reasons: [Reason] = []
    /// Which of `reasons` came from the command's shape (bit `i` for reason `i`
    /// below 64; `shapeOverflow` lists the indices from 64 on).
    private var shapeBits: UInt64 = 0
    private var shapeOverflow: [Int] = []
    /// Which of `reasons` came from a command this command runs (as `shapeBits`).
    private var nestedBits: UInt64 = 0
    private var nestedOverflow: [Int] = []
    var category: CommandCategory?

    init(span: SourceSpan) {
        self.span = span
    }

    mutating func add(_ r: consuming Reason, origin: ReasonOrigin = .other) {
        if let rk = r.risk, rk > risk { risk = rk }
        let i = reasons.count
        switch origin {
        case .shape: if i < 64 { shapeBits |= 1 << UInt64(i) } else { shapeOverflow.append(i) }
        case .nested: if i < 64 { nestedBits |= 1 << UInt64(i) } else { nestedOverflow.append(i) }
        case .other: break
        }
        // Room for a few at once: most commands collect two to four reasons, and
        // growing one at a time reallocates at the second and the third.
        if reasons.capacity == 0 { reasons.reserveCapacity(4) }
        reasons.append(consume r)
    }

    /// Where reason `i` came from.
    func origin(_ i: Int) -> ReasonOrigin {
        if i < 64 {
            if shapeBits & (1 << UInt64(i)) != 0 { return .shape }
            return nestedBits & (1 << UInt64(i)) != 0 ? .nested : .other
        }
        if shapeOverflow.contains(i) { return .shape }
        return nestedOverflow.contains(i) ? .nested : .other
    }

    /// Adds every reason of `other`, keeping their origins.
    mutating func addAll(_ other: Assessment) {
        for (i, r) in other.reasons.enumerated() { add(r, origin: other.origin(i)) }
    }

    /// Adds every reason of `other` as coming from a command this command runs.
    mutating func addAllNested(_ other: Assessment) {
        for r in other.reasons { add(r, origin: .nested) }
    }

    var verdict: Verdict {
        var v = Verdict.allow
        for r in reasons where r.verdict > v { v = r.verdict }
        return v
    }

    /// The command's verdict; its reasons most severe first (stable).
    consuming func finished() -> CommandVerdict {
        var sorted = reasons
        reasons = []
        ReasonOrdering.bySeverity(&sorted)
        // Most severe first: the first reason carries the command's verdict.
        return CommandVerdict(name: name, span: span, verdict: sorted.first?.verdict ?? .allow, risk: risk, reasons: sorted)
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
    /// The output of the program named here: `.dynamic("the output of `NAME`", span)`,
    /// with the description made only when a consumer needs it.
    case outputOf(String, SourceSpan)
    /// `.dynamic("`NAME` with arguments only known at run time", span)`, described lazily.
    case dynamicArguments(String, SourceSpan)

    /// The input with its description spelled out (`outputOf` as `dynamic`).
    var described: DescribedInput {
        switch self {
        case .inherited: .inherited
        case .staticText(let text, let span): .staticText(text, span)
        case .dynamic(let what, let span): .dynamic(what, span)
        case .outputOf(let name, let span): .dynamic("the output of `\(name)`", span)
        case .dynamicArguments(let name, let span): .dynamic("`\(name)` with arguments only known at run time", span)
        }
    }
}

/// A ``StandardInput`` as its consumers see it.
enum DescribedInput {
    case inherited
    case staticText(String, SourceSpan)
    case dynamic(String, SourceSpan)
}
