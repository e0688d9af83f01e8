/// A validated policy, ready for the engine (a class: shared by every judgement
/// without copying its tables).
final class CompiledVerdictPolicy: Sendable {
    let policy: VerdictPolicy
    /// Verdict by risk class, after global tightening.
    private let base: [Verdict]
    /// Verdict by category and risk class, after category tightening.
    private let byCategory: [CommandCategory: [Verdict]]
    let hash: String

    static let defaults: [Verdict] = [.allow, .review, .review]

    init(_ policy: VerdictPolicy) throws(VerdictPolicyError) {
        try CompiledVerdictPolicy.validate(policy)
        self.policy = policy
        var base = CompiledVerdictPolicy.defaults
        for risk in RiskClass.allCases {
            if let v = policy.riskVerdicts?[risk] { base[risk.rawValue] = max(base[risk.rawValue], v) }
        }
        self.base = base
        var byCategory: [CommandCategory: [Verdict]] = [:]
        for (name, rv) in policy.categories {
            guard let category = CommandCategory(rawValue: name) else { continue }
            var v = base
            for risk in RiskClass.allCases {
                if let x = rv[risk] { v[risk.rawValue] = max(v[risk.rawValue], x) }
            }
            byCategory[category] = v
        }
        self.byCategory = byCategory
        self.hash = SHA256.hex(PolicyCanonicalText.encode(policy).utf8)
    }

    /// The verdict for a command of `risk` in `category`.
    @inline(__always)
    func verdict(for risk: RiskClass, category: CommandCategory?) -> Verdict {
        if !byCategory.isEmpty, let c = category, let v = byCategory[c] { return v[risk.rawValue] }
        return base[risk.rawValue]
    }

    /// The verdict for writing an ordinary file (`risk` `.safeWrite`) or a system
    /// file (`.criticalWrite`): `allow` for an ordinary file under a writable path.
    /// (System files were lowered too, against the documented contract: with
    /// `~/**` writable, `echo x >> ~/.bashrc` was `allow`.)
    func verdict(forWriteTo path: String, risk: RiskClass) -> Verdict {
        let v = verdict(for: risk, category: .files)
        if risk == .safeWrite, v == .review,
            policy.writablePaths.contains(where: { Glob.matches($0, PathRules.normalize(path), pathMode: true) })
        {
            return .allow
        }
        return v
    }

    /// The verdict and reason message for writing `path`, when a protected path covers it.
    func protectedPath(forWriteTo path: String) -> (verdict: Verdict, message: String)? {
        guard !policy.protectedPaths.isEmpty else { return nil }
        return protection(of: path, reads: false, inside: false)
    }

    /// The verdict and reason message for reading `path`, when a protected path with `reads` covers it.
    func protectedPath(forReadOf path: String) -> (verdict: Verdict, message: String)? {
        guard !policy.protectedPaths.isEmpty else { return nil }
        return protection(of: path, reads: true, inside: false)
    }

    /// The strictest protected path that covers `path` (the first of equals), as a
    /// verdict and a message that carries the entry's own `message`. (That message
    /// was accepted and never shown.) With `reads`, only entries that protect reads;
    /// with `inside`, also entries that may match inside the directory `path`. Text
    /// with glob characters stands for every path it may expand to (fail closed:
    /// `/data/*` meets `/data/db/**`).
    func protection(of path: String, reads: Bool, inside: Bool, suffix: String = "") -> (verdict: Verdict, message: String)? {
        let glob = ShapeMatcher.hasGlobCharacters(path)
        let target = glob ? ShapeMatcher.globDirectory(path) : PathRules.normalize(path)
        var best: (entry: ProtectedPath, how: String)?
        for entry in policy.protectedPaths where (!reads || entry.reads) && entry.verdict > (best?.entry.verdict ?? .allow) {
            guard let target else {
                best = (entry, "may expand to")  // a glob that climbs out (`../*`): anywhere
                continue
            }
            if glob {
                if Glob.matchesTree(entry.path, target) || Glob.mayMatchInside(entry.path, target) {
                    best = (entry, "may expand to")
                }
            } else if Glob.matchesTree(entry.path, target) {
                best = (entry, "is")
            } else if inside, Glob.mayMatchInside(entry.path, target) {
                best = (entry, "contains")
            }
        }
        guard let (entry, how) = best else { return nil }
        let text = "`\(path)` \(how) a protected path in the policy" + suffix
        return (entry.verdict, entry.message.map { text + " (" + $0 + ")" } ?? text)
    }

    // MARK: Shapes

    /// Applies protected paths, `forbid` and `allow` shapes to a judged command.
    /// `directories`: where the command may run (relative operands meet protected paths there).
    func apply(
        name: String, args: ArgumentList, to a: inout Assessment, ctx: Judge.Context,
        directories: WorkingDirectories? = nil
    ) {
        if policy.allow.isEmpty && policy.forbid.isEmpty && policy.protectedPaths.isEmpty { return }
        protectedOperands(args, &a, ctx, directories: directories)
        for shape in policy.forbid where ShapeMatcher.matches(shape, name: name, args: args, forbid: true) {
            a.add(
                Reason(
                    rule: "policy.forbid.\(shape.id)", message: shape.message ?? "forbidden by the policy",
                    verdict: shape.verdict ?? .block, risk: .criticalWrite, span: a.span))
        }
        let current = a.verdict
        guard current == .review else { return }
        for shape in policy.allow where ShapeMatcher.matches(shape, name: name, args: args, forbid: false) {
            // Only the catalog's judgement of this command's own shape is lowered;
            // nested commands, redirections, paths and forbid reasons are not.
            var lowered = false
            for i in a.reasons.indices where a.origin(i) == .shape && a.reasons[i].verdict == .review {
                a.reasons[i].verdict = .allow
                lowered = true
            }
            if lowered {
                a.add(
                    Reason(
                        rule: "policy.allow.\(shape.id)", message: shape.message ?? "allowed by the policy",
                        verdict: .allow, risk: nil, span: a.span), origin: .shape)
            }
            return
        }
    }

    /// A command that writes (its own shape, or a command it runs, is a write)
    /// meets the protected paths through its path arguments, `--opt=/path` and
    /// `key=/path` values included: a path a pattern matches, and, for a critical
    /// write (`rm -r`, `find -delete`...), a directory a pattern may match inside.
    /// Before, only redirections and the write targets the engine knows were
    /// checked: `rm -rf`, `mv`, `chmod`, `sed -i` on a protected path passed.
    /// After a `cd`, relative operands are checked below every directory it may have entered.
    func protectedOperands(
        _ args: ArgumentList, _ a: inout Assessment, _ ctx: Judge.Context, directories: WorkingDirectories? = nil
    ) {
        guard !policy.protectedPaths.isEmpty else { return }
        var writes = RiskClass.readOnly
        for (i, r) in a.reasons.enumerated() where a.origin(i) != .other { if let rk = r.risk, rk > writes { writes = rk } }
        guard writes > .readOnly else { return }
        for arg in args.items where arg.isStatic {
            var text = arg.text
            if let eq = text.firstIndex(of: "="), !(text.utf8HasPrefix("/") || text.utf8HasPrefix("~")) {
                text = String(text[text.index(after: eq)...])
            }
            let written: [String]
            if text.utf8HasPrefix("/") || text.utf8HasPrefix("~") {
                written = [text]
            } else if let directories, !text.isEmpty, !text.utf8HasPrefix("-") {
                written = Array(directories.candidates(text).dropFirst())
            } else {
                continue
            }
            let hits = written.lazy.compactMap { text in
                let path = ShapeMatcher.hasGlobCharacters(text) ? text : PathRules.normalize(text)
                return self.protection(of: path, reads: false, inside: writes == .criticalWrite, suffix: ", and the command writes")
            }
            guard let hit = hits.first else { continue }
            let span = ctx.span(arg.span)
            if a.reasons.contains(where: {
                $0.rule == "policy.protected-path" && $0.span == span && $0.verdict >= hit.verdict
            }) {
                continue
            }
            a.add(
                Reason(
                    rule: "policy.protected-path", message: hit.message, verdict: hit.verdict, risk: .criticalWrite, span: span))
        }
    }

    /// The verdict the policy forces on every reason of `risk`: `block` when
    /// `risk_verdicts` maps the class to `block`, so engine rules with a fixed
    /// `review` (unknown commands, inline code, scripts, dynamic names) of that
    /// class are blocked too; otherwise `nil`.
    func floor(for risk: RiskClass?) -> Verdict? {
        guard let risk, let rv = policy.riskVerdicts, rv[risk] == .block else { return nil }
        return .block
    }

    /// Whether `floor(for:)` can ever answer.
    var hasFloor: Bool {
        guard let rv = policy.riskVerdicts else { return false }
        return RiskClass.allCases.contains { rv[$0] == .block }
    }

    // MARK: Validation

    static func validate(_ p: VerdictPolicy) throws(VerdictPolicyError) {
        guard p.version == 1 else {
            throw VerdictPolicyError(field: "version", message: "unsupported version \(p.version); expected 1")
        }
        if let rv = p.riskVerdicts { try validate(rv, field: "risk_verdicts") }
        for (name, rv) in p.categories.sorted(by: { $0.key < $1.key }) {
            guard CommandCategory(rawValue: name) != nil else {
                throw VerdictPolicyError(
                    field: "categories.\(name)",
                    message:
                        "unknown category; expected one of \(CommandCategory.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            try validate(rv, field: "categories.\(name)")
        }
        var ids: Set<String> = []
        for (list, field) in [(p.allow, "allow"), (p.forbid, "forbid")] {
            for (i, shape) in list.enumerated() {
                let f = "\(field)[\(i)]"
                guard !shape.id.isEmpty,
                    shape.id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." })
                else {
                    throw VerdictPolicyError(field: "\(f).id", message: "must be non-empty letters, digits, '-', '_' or '.'")
                }
                guard ids.insert(shape.id).inserted else {
                    throw VerdictPolicyError(field: "\(f).id", message: "duplicate id '\(shape.id)'")
                }
                guard !shape.command.isEmpty, !shape.command.contains(where: \.isWhitespace) else {
                    throw VerdictPolicyError(field: "\(f).command", message: "must be one program name without spaces")
                }
                guard !shape.command.contains("/") else {
                    throw VerdictPolicyError(
                        field: "\(f).command",
                        message: "must be a program name, not a path: the engine judges `/usr/bin/rm` as `rm`, "
                            + "and never trusts programs elsewhere")
                }
                if let sub = shape.subcommand, sub.isEmpty || sub.contains(where: \.isEmpty) {
                    throw VerdictPolicyError(field: "\(f).subcommand", message: "must list non-empty words")
                }
                let lists = [
                    ("arguments", shape.arguments), ("options", shape.options), ("namespaces", shape.namespaces),
                    ("paths", shape.paths),
                ]
                for (name, patterns) in lists {
                    if let patterns, patterns.isEmpty || patterns.contains(where: \.isEmpty) {
                        throw VerdictPolicyError(
                            field: "\(f).\(name)", message: "must list non-empty patterns (omit the key to match anything)")
                    }
                }
                if let options = shape.options, let (i, o) = options.enumerated().first(where: { !$0.element.utf8HasPrefix("-") })
                {
                    throw VerdictPolicyError(
                        field: "\(f).options[\(i)]",
                        message: "`\(o)` is not an option (options start with '-'); operands go in arguments")
                }
                if shape.namespaces != nil, !ShapeMatcher.namespacedPrograms.contains(shape.command) {
                    throw VerdictPolicyError(
                        field: "\(f).namespaces",
                        message: "namespaces apply only to kubectl, oc and helm, not to `\(shape.command)`")
                }
                if field == "allow", shape.verdict != nil {
                    throw VerdictPolicyError(
                        field: "\(f).verdict", message: "allow shapes take no verdict (they lower review to allow)")
                }
                if field == "forbid", let v = shape.verdict, v == .allow {
                    throw VerdictPolicyError(field: "\(f).verdict", message: "a forbid shape must be review or block, not allow")
                }
                try ShapeMatcher.checkExamples(shape, field: f, forbid: field == "forbid")
            }
        }
        for (i, pp) in p.protectedPaths.enumerated() {
            guard !pp.path.isEmpty else {
                throw VerdictPolicyError(field: "protected_paths[\(i)].path", message: "must not be empty")
            }
            guard pp.verdict != .allow else {
                throw VerdictPolicyError(field: "protected_paths[\(i)].verdict", message: "must be review or block, not allow")
            }
        }
        for (i, w) in p.writablePaths.enumerated() {
            guard !w.isEmpty else { throw VerdictPolicyError(field: "writable_paths[\(i)]", message: "must not be empty") }
            // (The check meant here was a no-op: any non-empty pattern passed, and a
            // relative one such as `*.log` made files writable in any directory.)
            guard w.utf8HasPrefix("/") || w.utf8HasPrefix("~/") else {
                throw VerdictPolicyError(
                    field: "writable_paths[\(i)]",
                    message: "`\(w)` must be an absolute pattern starting with / or ~/ (the working directory is unknown)")
            }
            if w == "/**" || w == "/*" {
                throw VerdictPolicyError(
                    field: "writable_paths[\(i)]", message: "`\(w)` would make every path writable; name directories")
            }
        }
    }

    private static func validate(_ rv: RiskVerdicts, field: String) throws(VerdictPolicyError) {
        for risk in RiskClass.allCases {
            if let v = rv[risk], v < defaults[risk.rawValue] {
                throw VerdictPolicyError(
                    field: "\(field).\(risk.name)",
                    message: "cannot loosen \(risk.name) to \(v.name) (default \(defaults[risk.rawValue].name)); "
                        + "use allow shapes for named commands")
            }
        }
    }
}

extension CompiledVerdictPolicy {
    /// Raises every reason of a risk class that `risk_verdicts` maps to `block`
    /// (see `floor(for:)`); the rules that take their verdict from the policy
    /// already say `block`, the engine's fixed `review` rules did not: with
    /// `"critical_write": "block"`, an unknown command stayed `review`.
    func raiseToFloor(_ judge: inout Judge) {
        for i in judge.commands.indices {
            var c = judge.commands[i]
            var changed = false
            for j in c.reasons.indices {
                if let f = floor(for: c.reasons[j].risk), c.reasons[j].verdict < f {
                    c.reasons[j].verdict = f
                    changed = true
                }
            }
            guard changed else { continue }
            c.reasons = c.reasons.enumerated().sorted { x, y in
                x.element.verdict != y.element.verdict ? x.element.verdict > y.element.verdict : x.offset < y.offset
            }.map(\.element)
            c.verdict = c.reasons.map(\.verdict).max() ?? c.verdict
            judge.commands[i] = c
        }
        for i in judge.loose.indices {
            if let f = floor(for: judge.loose[i].risk), judge.loose[i].verdict < f { judge.loose[i].verdict = f }
        }
    }
}
