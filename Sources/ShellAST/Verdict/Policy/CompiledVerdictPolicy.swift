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

    /// The verdict for writing an ordinary or system file: `allow` under a writable path.
    func verdict(forWriteTo path: String, risk: RiskClass) -> Verdict {
        let v = verdict(for: risk, category: .files)
        if v == .review, policy.writablePaths.contains(where: { Glob.matches($0, PathRules.normalize(path), pathMode: true) }) {
            return .allow
        }
        return v
    }

    func protectedVerdict(forWriteTo path: String) -> Verdict? {
        guard !policy.protectedPaths.isEmpty else { return nil }
        let p = PathRules.normalize(path)
        return policy.protectedPaths.filter { Glob.matches($0.path, p, pathMode: true) }.map(\.verdict).max()
    }

    func protectedVerdict(forReadOf path: String) -> Verdict? {
        guard !policy.protectedPaths.isEmpty else { return nil }
        let p = PathRules.normalize(path)
        return policy.protectedPaths.filter { $0.reads && Glob.matches($0.path, p, pathMode: true) }.map(\.verdict).max()
    }

    // MARK: Shapes

    /// Applies `forbid` and `allow` shapes to a judged command.
    func apply(name: String, args: ArgumentList, to a: inout Assessment, ctx: Judge.Context) {
        if policy.allow.isEmpty && policy.forbid.isEmpty { return }
        for shape in policy.forbid where ShapeMatcher.matches(shape, name: name, args: args, forbid: true) {
            a.add(Reason(
                rule: "policy.forbid.\(shape.id)", message: shape.message ?? "forbidden by the policy",
                verdict: shape.verdict ?? .block, risk: .criticalWrite, span: a.span))
        }
        let current = a.verdict
        guard current == .review else { return }
        for shape in policy.allow where ShapeMatcher.matches(shape, name: name, args: args, forbid: false) {
            var lowered = false
            for i in a.reasons.indices where a.origin(i) == .shape && a.reasons[i].verdict == .review {
                a.reasons[i].verdict = .allow
                lowered = true
            }
            if lowered {
                a.add(Reason(
                    rule: "policy.allow.\(shape.id)", message: shape.message ?? "allowed by the policy",
                    verdict: .allow, risk: nil, span: a.span), origin: .shape)
            }
            return
        }
    }

    // MARK: Validation

    static func validate(_ p: VerdictPolicy) throws(VerdictPolicyError) {
        guard p.version == 1 else { throw VerdictPolicyError(field: "version", message: "unsupported version \(p.version); expected 1") }
        if let rv = p.riskVerdicts { try validate(rv, field: "risk_verdicts") }
        for (name, rv) in p.categories.sorted(by: { $0.key < $1.key }) {
            guard CommandCategory(rawValue: name) != nil else {
                throw VerdictPolicyError(
                    field: "categories.\(name)",
                    message: "unknown category; expected one of \(CommandCategory.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            try validate(rv, field: "categories.\(name)")
        }
        var ids: Set<String> = []
        for (list, field) in [(p.allow, "allow"), (p.forbid, "forbid")] {
            for (i, shape) in list.enumerated() {
                let f = "\(field)[\(i)]"
                guard !shape.id.isEmpty, shape.id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }) else {
                    throw VerdictPolicyError(field: "\(f).id", message: "must be non-empty letters, digits, '-', '_' or '.'")
                }
                guard ids.insert(shape.id).inserted else { throw VerdictPolicyError(field: "\(f).id", message: "duplicate id '\(shape.id)'") }
                guard !shape.command.isEmpty, !shape.command.contains(" ") else {
                    throw VerdictPolicyError(field: "\(f).command", message: "must be one program name without spaces")
                }
                if let sub = shape.subcommand, sub.isEmpty || sub.contains(where: \.isEmpty) {
                    throw VerdictPolicyError(field: "\(f).subcommand", message: "must list non-empty words")
                }
                for (name, patterns) in [("arguments", shape.arguments), ("namespaces", shape.namespaces), ("paths", shape.paths)] {
                    if let patterns, patterns.isEmpty || patterns.contains(where: \.isEmpty) {
                        throw VerdictPolicyError(field: "\(f).\(name)", message: "must list non-empty patterns (omit the key to match anything)")
                    }
                }
                if field == "allow", shape.verdict != nil {
                    throw VerdictPolicyError(field: "\(f).verdict", message: "allow shapes take no verdict (they lower review to allow)")
                }
                if field == "forbid", let v = shape.verdict, v == .allow {
                    throw VerdictPolicyError(field: "\(f).verdict", message: "a forbid shape must be review or block, not allow")
                }
                try ShapeMatcher.checkExamples(shape, field: f, forbid: field == "forbid")
            }
        }
        for (i, pp) in p.protectedPaths.enumerated() {
            guard !pp.path.isEmpty else { throw VerdictPolicyError(field: "protected_paths[\(i)].path", message: "must not be empty") }
            guard pp.verdict != .allow else {
                throw VerdictPolicyError(field: "protected_paths[\(i)].verdict", message: "must be review or block, not allow")
            }
        }
        for (i, w) in p.writablePaths.enumerated() {
            guard w.utf8HasPrefix("/") || w.utf8HasPrefix("~") || w.utf8HasPrefix(".") || !w.isEmpty else {
                throw VerdictPolicyError(field: "writable_paths[\(i)]", message: "must not be empty")
            }
            if w == "/**" || w == "/*" || w == "**" || w == "*" {
                throw VerdictPolicyError(field: "writable_paths[\(i)]", message: "`\(w)` would make every path writable; name directories")
            }
        }
    }

    private static func validate(_ rv: RiskVerdicts, field: String) throws(VerdictPolicyError) {
        for risk in RiskClass.allCases {
            if let v = rv[risk], v < defaults[risk.rawValue] {
                throw VerdictPolicyError(
                    field: "\(field).\(risk.name)",
                    message: "cannot loosen \(risk.name) to \(v.name) (default \(defaults[risk.rawValue].name)); use allow shapes for named commands")
            }
        }
    }
}
