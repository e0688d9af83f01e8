/// A user policy for the verdict engine (Codable JSON).
///
/// It can tighten anything (forbid shapes, protect paths, raise the verdict of a
/// risk class globally or per category), loosen `review` to `allow` only for the
/// command shapes and paths it names, and never loosen `block`. See
/// `Docs/PolicyGuide.md`.
public struct VerdictPolicy: Hashable, Sendable, Codable {
    /// Format version; must be 1.
    public var version: Int
    /// Raises the verdict of each risk class for every command (never lowers it).
    /// A class mapped to `block` blocks every reason of that class, the engine's
    /// fixed-`review` rules (unknown programs, scripts, inline code) included.
    public var riskVerdicts: RiskVerdicts?
    /// Raises the verdict of risk classes for one catalog family, by its name
    /// (`kubernetes`, `containers`, `files`...).
    public var categories: [String: RiskVerdicts]
    /// Command shapes whose `review` becomes `allow`.
    public var allow: [CommandShape]
    /// Command shapes that are `review` or `block` whatever the catalog says.
    public var forbid: [CommandShape]
    /// Paths whose writes (and optionally reads) are `review` or `block`: a
    /// redirection or write target there, or a path argument of a command that writes.
    public var protectedPaths: [ProtectedPath]
    /// Absolute path patterns (`/...` or `~/...`) under which the engine's
    /// `files.write` reason (a redirection, the target of `tee`, `cp`, `dd of=`...)
    /// is `allow` rather than `review`. The command's own verdict is unaffected
    /// (`tee` and `cp` stay `review` unless an allow shape names them); so are
    /// system and protected files.
    public var writablePaths: [String]

    /// Creates a policy; the empty policy keeps the engine's defaults.
    public init(
        version: Int = 1, riskVerdicts: RiskVerdicts? = nil, categories: [String: RiskVerdicts] = [:],
        allow: [CommandShape] = [], forbid: [CommandShape] = [], protectedPaths: [ProtectedPath] = [],
        writablePaths: [String] = []
    ) {
        self.version = version
        self.riskVerdicts = riskVerdicts
        self.categories = categories
        self.allow = allow
        self.forbid = forbid
        self.protectedPaths = protectedPaths
        self.writablePaths = writablePaths
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case version
        case riskVerdicts = "risk_verdicts"
        case categories, allow, forbid
        case protectedPaths = "protected_paths"
        case writablePaths = "writable_paths"
    }

    /// Decodes a policy, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        try rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue), in: "policy")
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decodeIfPresent(Int.self, forKey: .version) ?? 1
        riskVerdicts = try c.decodeIfPresent(RiskVerdicts.self, forKey: .riskVerdicts)
        categories = try c.decodeIfPresent([String: RiskVerdicts].self, forKey: .categories) ?? [:]
        allow = try c.decodeIfPresent([CommandShape].self, forKey: .allow) ?? []
        forbid = try c.decodeIfPresent([CommandShape].self, forKey: .forbid) ?? []
        protectedPaths = try c.decodeIfPresent([ProtectedPath].self, forKey: .protectedPaths) ?? []
        writablePaths = try c.decodeIfPresent([String].self, forKey: .writablePaths) ?? []
    }
}

/// The verdict for each risk class; absent entries keep the default.
public struct RiskVerdicts: Hashable, Sendable, Codable {
    /// Verdict for read-only commands (default `allow`).
    public var readOnly: Verdict?
    /// Verdict for safe writes (default `review`).
    public var safeWrite: Verdict?
    /// Verdict for critical writes (default `review`).
    public var criticalWrite: Verdict?

    /// Creates a mapping.
    public init(readOnly: Verdict? = nil, safeWrite: Verdict? = nil, criticalWrite: Verdict? = nil) {
        self.readOnly = readOnly
        self.safeWrite = safeWrite
        self.criticalWrite = criticalWrite
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case readOnly = "read_only"
        case safeWrite = "safe_write"
        case criticalWrite = "critical_write"
    }

    /// Decodes, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        try rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue), in: "risk verdicts")
        let c = try decoder.container(keyedBy: CodingKeys.self)
        readOnly = try c.decodeIfPresent(Verdict.self, forKey: .readOnly)
        safeWrite = try c.decodeIfPresent(Verdict.self, forKey: .safeWrite)
        criticalWrite = try c.decodeIfPresent(Verdict.self, forKey: .criticalWrite)
    }

    subscript(risk: RiskClass) -> Verdict? {
        switch risk {
        case .readOnly: readOnly
        case .safeWrite: safeWrite
        case .criticalWrite: criticalWrite
        }
    }
}

/// A command shape: a program, optionally a subcommand, option and argument
/// patterns, Kubernetes namespaces and path patterns.
///
/// In `allow`, every key is a bound the command must stay within: options not
/// listed in `options` are not covered, nor are operands outside `arguments`
/// and `paths`, nor namespaces outside `namespaces`. In `forbid`, every key
/// given is a condition the command must meet, and one matching word suffices.
public struct CommandShape: Hashable, Sendable, Codable {
    /// A unique identifier, shown in reasons as `policy.allow.ID` or `policy.forbid.ID`.
    public var id: String
    /// The program name (`systemctl`; a path in a system directory counts as its name).
    public var command: String
    /// Words that must follow the program, options skipped (`["restart"]`, `["rollout", "restart"]`).
    public var subcommand: [String]?
    /// Glob patterns for the operands after the subcommand (the arguments that
    /// are not options). In `allow`, every operand must match one (a path operand
    /// matches `paths` instead when `paths` is given); in `forbid`, one matching
    /// operand suffices.
    public var arguments: [String]?
    /// Glob patterns for the options, matched one word at a time as written
    /// (`-y`, `--force`, `--since=*`). In `allow`, every option must match one and,
    /// when the key is absent, the command may carry no option (the namespace
    /// options of a shape with `namespaces` excepted); in `forbid`, one matching
    /// option suffices (a cluster such as `-rf` also counts as `-r` and `-f`).
    public var options: [String]?
    /// For `kubectl`, `oc` and `helm` only: the namespaces (`-n`/`--namespace`) the
    /// shape covers. In `allow`, the command must name its namespace and every one
    /// it names must match; in `forbid`, a command without one, with one known
    /// only at run time, or across all namespaces (`-A`) matches too.
    public var namespaces: [String]?
    /// Glob patterns (`*` stays within a directory, `**` crosses directories) for
    /// path operands (those starting with `/`, `~` or `.`, or containing `/`),
    /// after normalisation. In `allow`, every path operand must match one and
    /// every other operand must match `arguments`; in `forbid`, one matching path
    /// operand suffices, and `dir/**` also matches `dir`.
    public var paths: [String]?
    /// For `forbid`: `review` or `block` (default `block`).
    public var verdict: Verdict?
    /// Why the shape is allowed or forbidden, shown in reasons.
    public var message: String?
    /// Commands the shape must and must not match, checked when the policy loads.
    public var examples: ShapeExamples?

    /// Creates a shape.
    public init(
        id: String, command: String, subcommand: [String]? = nil, arguments: [String]? = nil, options: [String]? = nil,
        namespaces: [String]? = nil, paths: [String]? = nil, verdict: Verdict? = nil, message: String? = nil,
        examples: ShapeExamples? = nil
    ) {
        self.id = id
        self.command = command
        self.subcommand = subcommand
        self.arguments = arguments
        self.options = options
        self.namespaces = namespaces
        self.paths = paths
        self.verdict = verdict
        self.message = message
        self.examples = examples
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, command, subcommand, arguments, options, namespaces, paths, verdict, message, examples
    }

    /// Decodes, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        try rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue), in: "command shape")
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        command = try c.decode(String.self, forKey: .command)
        subcommand = try c.decodeIfPresent([String].self, forKey: .subcommand)
        arguments = try c.decodeIfPresent([String].self, forKey: .arguments)
        options = try c.decodeIfPresent([String].self, forKey: .options)
        namespaces = try c.decodeIfPresent([String].self, forKey: .namespaces)
        paths = try c.decodeIfPresent([String].self, forKey: .paths)
        verdict = try c.decodeIfPresent(Verdict.self, forKey: .verdict)
        message = try c.decodeIfPresent(String.self, forKey: .message)
        examples = try c.decodeIfPresent(ShapeExamples.self, forKey: .examples)
    }
}

/// Example commands for a shape, checked when the policy loads.
public struct ShapeExamples: Hashable, Sendable, Codable {
    /// Commands the shape must match.
    public var match: [String]
    /// Commands the shape must not match.
    public var noMatch: [String]

    /// Creates examples.
    public init(match: [String] = [], noMatch: [String] = []) {
        self.match = match
        self.noMatch = noMatch
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case match
        case noMatch = "no_match"
    }

    /// Decodes, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        try rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue), in: "examples")
        let c = try decoder.container(keyedBy: CodingKeys.self)
        match = try c.decodeIfPresent([String].self, forKey: .match) ?? []
        noMatch = try c.decodeIfPresent([String].self, forKey: .noMatch) ?? []
    }
}

/// A path (glob: `*` within a directory, `**` across directories; `dir/**` also
/// matches `dir`) whose writes, and optionally reads, get a verdict. A write is a
/// redirection or write target there, or a path argument of a command that writes
/// (for a critical write such as `rm -r`, also a directory the pattern may match inside).
public struct ProtectedPath: Hashable, Sendable, Codable {
    /// The pattern (`/srv/data/**`, `~/.config/app/*.yaml`).
    public var path: String
    /// `review` or `block`.
    public var verdict: Verdict
    /// Whether reads are protected too (default: writes only).
    public var reads: Bool
    /// Why, shown in reasons.
    public var message: String?

    /// Creates a protected path.
    public init(path: String, verdict: Verdict, reads: Bool = false, message: String? = nil) {
        self.path = path
        self.verdict = verdict
        self.reads = reads
        self.message = message
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case path, verdict, reads, message
    }

    /// Decodes, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        try rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue), in: "protected path")
        let c = try decoder.container(keyedBy: CodingKeys.self)
        path = try c.decode(String.self, forKey: .path)
        verdict = try c.decode(Verdict.self, forKey: .verdict)
        reads = try c.decodeIfPresent(Bool.self, forKey: .reads) ?? false
        message = try c.decodeIfPresent(String.self, forKey: .message)
    }
}

/// A coding key that accepts any string, for listing the keys of an object.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}

/// Throws when the object being decoded has a key outside `allowed`.
func rejectUnknownKeys(_ decoder: any Decoder, allowed: [String], in what: String) throws {
    let c = try decoder.container(keyedBy: AnyCodingKey.self)
    for key in c.allKeys where !allowed.contains(key.stringValue) {
        throw DecodingError.dataCorrupted(
            DecodingError.Context(
                codingPath: c.codingPath + [key],
                debugDescription:
                    "unknown key '\(key.stringValue)' in \(what); expected one of: \(allowed.joined(separator: ", "))"))
    }
}
