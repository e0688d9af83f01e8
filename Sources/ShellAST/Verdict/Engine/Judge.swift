/// Walks a parsed script and judges every command it would run.
///
/// One `Judge` per classification. Nested code (substitutions, `sh -c` strings,
/// `eval`, here-documents fed to shells...) is judged recursively up to
/// ``maxNesting`` levels; past that the verdict is `block`.
struct Judge {
    let catalog: Catalog
    let policy: CompiledVerdictPolicy
    var commands: [CommandVerdict] = []
    /// Reasons not tied to one simple command.
    var loose: [Reason] = []
    var resolver = StaticResolver()
    /// Functions defined in the script (calls to them run bodies already judged).
    var functions: Set<String> = []
    /// Directories later commands may run in (`cd DIR`, `pushd DIR`).
    var directories = WorkingDirectories()
    /// Nesting of reparsed code and substitutions.
    var nesting = 0
    /// Nesting of re-judgements with substituted variables.
    var propagationDepth = 0
    /// Static values of the assignments in front of the command being judged
    /// (`X=/ bash -c 'rm -rf "$X"'`): the environment of the program it runs.
    var prefixEnvironment: [String: String] = [:]

    /// Deepest nesting of code inside code before the engine gives up (block).
    static let maxNesting = 24

    init(catalog: Catalog, policy: CompiledVerdictPolicy) {
        self.catalog = catalog
        self.policy = policy
    }

    /// Context for code being judged: when it came from a string (`sh -c '...'`),
    /// every span is replaced by the span of that string in the original input.
    struct Context {
        var spanOverride: SourceSpan?
        /// Whether the code runs remotely or in a container (`ssh host CMD`, `kubectl exec`).
        var remote = false
        /// What feeds the standard input of the code's commands, when known
        /// (text written into `>( )`, lines an awk program pipes to a command).
        var input: StandardInput?

        func span(_ s: SourceSpan) -> SourceSpan { spanOverride ?? s }
    }

    // MARK: Lists and commands

    // (The loops read the tree through buffer pointers: iterating the arrays copied
    // every item and command, retaining what they hold.)

    mutating func list(_ l: CommandList, _ ctx: Context) {
        l.items.withUnsafeBufferPointer { items in
            for i in items.indices {
                pipeline(items[i].andOr.first, ctx)
                items[i].andOr.rest.withUnsafeBufferPointer { rest in
                    for j in rest.indices { pipeline(rest[j].pipeline, ctx) }
                }
            }
        }
    }

    mutating func pipeline(_ p: Pipeline, _ ctx: Context) {
        var previousOutput = StandardInput.inherited
        p.commands.withUnsafeBufferPointer { commands in
            for i in commands.indices {
                let stdin = i == 0 ? (ctx.input ?? .inherited) : previousOutput
                let last = i + 1 == commands.count
                if !last, case .simple(let s) = commands[i] {
                    let words = simple(s, ctx, stdin: stdin)
                    previousOutput = output(of: s, words: words, ctx)
                    continue
                }
                command(commands[i], ctx, stdin: stdin)
                if !last { previousOutput = output(of: commands[i], ctx) }
            }
        }
    }

    /// Keeps a judged command's verdict, with room for a few at once (most inputs
    /// hold one to four commands; growing one at a time reallocates at each).
    mutating func record(_ verdict: consuming CommandVerdict) {
        if commands.capacity == 0 { commands.reserveCapacity(4) }
        commands.append(verdict)
    }

    mutating func command(_ c: Command, _ ctx: Context, stdin: StandardInput) {
        switch c {
        case .simple(let s):
            simple(s, ctx, stdin: stdin)
        case .declaration(let d):
            declaration(d, ctx)
        case .compound(let k):
            compound(k, ctx, stdin: stdin)
        case .function(let f):
            functions.insert(f.name)
            checkForkBomb(f, ctx)
            compound(f.body, ctx, stdin: .inherited)
        case .coprocess(let p):
            command(p.body, ctx, stdin: .inherited)
        }
    }

    mutating func compound(_ c: CompoundCommand, _ ctx: Context, stdin: StandardInput) {
        switch c.kind {
        case .braceGroup(let g): list(g.body, ctx)
        case .subshell(let s): list(s.body, ctx)
        case .ifClause(let n):
            list(n.condition, ctx)
            list(n.thenBody, ctx)
            for e in n.elseIfs {
                list(e.condition, ctx)
                list(e.body, ctx)
            }
            if let e = n.elseBody { list(e, ctx) }
        case .conditionalLoop(let n):
            list(n.condition, ctx)
            list(n.body, ctx)
        case .forLoop(let n):
            for w in n.items ?? [] { nestedCode(in: w, ctx) }
            resolver.variables[n.variable] = nil
            let first = commands.count
            list(n.body, ctx)
            bindLoopValues(n, firstPass: first..<commands.count, ctx)
        case .arithmeticFor(let n):
            nestedCode(in: n.initializer.parts, ctx)
            nestedCode(in: n.test.parts, ctx)
            nestedCode(in: n.update.parts, ctx)
            list(n.body, ctx)
        case .caseClause(let n):
            nestedCode(in: n.word, ctx)
            for item in n.items {
                for p in item.patterns { nestedCode(in: p, ctx) }
                list(item.body, ctx)
            }
        case .conditional(let n):
            conditionalCode(n.expression, ctx)
        case .arithmetic(let n):
            nestedCode(in: n.expression.parts, ctx)
        }
        if !c.redirects.isEmpty {
            for r in c.redirects { nestedCode(in: r, ctx) }
            var a = Assessment(span: ctx.span(c.span))
            for r in c.redirects { redirect(r, &a, ctx) }
            if !a.reasons.isEmpty { record(a.finished()) }
        }
    }

    private mutating func conditionalCode(_ e: ConditionalExpression, _ ctx: Context) {
        switch e.kind {
        case .word(let w), .unary(_, let w):
            nestedCode(in: w, ctx)
            hiddenSubstitutions(in: w, ctx)
        case .binary(_, let a, let b):
            nestedCode(in: a, ctx)
            nestedCode(in: b, ctx)
            hiddenSubstitutions(in: a, ctx)
            hiddenSubstitutions(in: b, ctx)
        case .not(let i), .group(let i): conditionalCode(i, ctx)
        case .and(let a, let b), .or(let a, let b):
            conditionalCode(a, ctx)
            conditionalCode(b, ctx)
        }
    }

    /// `a[$(cmd)]` inside static text that bash may evaluate arithmetically.
    mutating func hiddenSubstitutions(in w: Word, _ ctx: Context) {
        var scratch = Assessment(span: ctx.span(w.span))
        for v in resolver.resolveStaticValues(w) where v.isStatic { hiddenSubstitutions(v.text, span: w.span, &scratch, ctx) }
        loose.append(contentsOf: scratch.reasons)
    }

    // MARK: Code inside words

    /// Judges the commands inside a word: substitutions anywhere in it.
    mutating func nestedCode(in w: Word, _ ctx: Context) {
        guard case .parts(let parts) = w.storage else { return }  // the other storages hold no code
        nestedCode(in: parts, ctx)
    }

    mutating func nestedCode(in parts: [WordPart], _ ctx: Context) {
        for p in parts {
            switch p {
            case .literal, .singleQuoted, .ansiCQuoted:
                break
            case .doubleQuoted(let q):
                nestedCode(in: q.parts, ctx)
            case .parameter(let e):
                if let i = e.index {
                    nestedCode(in: i.parts, ctx)
                    arithmeticText(i.parts, span: i.span, ctx)
                }
                if case .substring(let o, let l)? = e.operation {
                    arithmeticText(o.parts, span: o.span, ctx)
                    if let l { arithmeticText(l.parts, span: l.span, ctx) }
                }
                switch e.operation {
                case .defaultValue(_, _, let w)?, .removePrefix(_, let w)?, .removeSuffix(_, let w)?, .changeCase(_, let w)?:
                    nestedCode(in: w, ctx)
                case .replace(_, let a, let b)?:
                    nestedCode(in: a, ctx)
                    if let b { nestedCode(in: b, ctx) }
                case .substring(let o, let l)?:
                    nestedCode(in: o.parts, ctx)
                    if let l { nestedCode(in: l.parts, ctx) }
                default:
                    break
                }
            case .commandSubstitution(let s):
                var inner = ctx
                inner.input = nil
                nested(s.body, span: s.span, inner)
            case .processSubstitution(let s):
                var inner = ctx
                // `>(cmd)` reads what is written to it: data only known at run time.
                if s.direction == .output { inner.input = .dynamic("the data written into `>( )`", ctx.span(s.span)) }
                nested(s.body, span: s.span, inner)
            case .arithmeticExpansion(let a):
                nestedCode(in: a.expression.parts, ctx)
            case .extendedGlob(let g):
                nestedCode(in: g.pattern, ctx)
            }
        }
    }

    /// Quoted text inside arithmetic is evaluated again by bash: `a[$(cmd)]` there runs `cmd`.
    mutating func arithmeticText(_ parts: [WordPart], span: SourceSpan, _ ctx: Context) {
        var scratch = Assessment(span: ctx.span(span))
        for p in parts {
            switch p {
            case .singleQuoted(let q): hiddenSubstitutions(q.text, span: q.span, &scratch, ctx)
            case .doubleQuoted(let q):
                for inner in q.parts { if case .literal(let l) = inner { hiddenSubstitutions(l.text, span: q.span, &scratch, ctx) } }
            default: continue
            }
        }
        loose.append(contentsOf: scratch.reasons)
    }

    /// Judges a nested list one level deeper, or blocks past the nesting limit.
    mutating func nested(_ body: CommandList, span: SourceSpan, _ ctx: Context) {
        nesting += 1
        defer { nesting -= 1 }
        if nesting > Judge.maxNesting {
            loose.append(Reason(
                rule: "engine.nesting-limit", message: "code nested more than \(Judge.maxNesting) levels deep is not analysed",
                verdict: .block, risk: .criticalWrite, span: ctx.span(span)))
            return
        }
        let saved = resolver.variables
        list(body, ctx)
        resolver.variables = saved
    }

    /// Parses `code` (from a string the shell will run) and judges it; code that
    /// does not parse is blocked.
    mutating func reparse(
        _ code: String, span: SourceSpan, _ ctx: Context, origin: String, parameters: [String: String] = [:], input: StandardInput? = nil
    ) {
        nesting += 1
        defer { nesting -= 1 }
        var inner = ctx
        inner.spanOverride = ctx.span(span)
        inner.input = input
        if nesting > Judge.maxNesting {
            loose.append(Reason(
                rule: "engine.nesting-limit", message: "code nested more than \(Judge.maxNesting) levels deep is not analysed",
                verdict: .block, risk: .criticalWrite, span: inner.span(span)))
            return
        }
        do {
            // One budget for all levels: each reparse may nest less deeply, so the
            // total recursion stays bounded however many strings are nested.
            let budget = ShellParser.Options(maxDepth: max(4, ShellParser.Options.default.maxDepth / (nesting + 1)))
            let script = try ShellParser.parse(code, options: budget)
            let saved = resolver.variables
            resolver.variables = parameters
            list(script.body, inner)
            resolver.variables = saved
        } catch {
            loose.append(Reason(
                rule: "parse.nested-code", message: "\(origin) is not valid shell (\(error.message)); it cannot be judged",
                verdict: .block, risk: .criticalWrite, span: inner.span(span)))
        }
    }

    // MARK: Fork bombs

    /// A function that calls itself in the background or in a pipeline multiplies
    /// processes without end.
    private mutating func checkForkBomb(_ f: FunctionDefinition, _ ctx: Context) {
        if SelfCallFinder(name: f.name).multiplies(f.body) {
            loose.append(Reason(
                rule: "process.fork-bomb", message: "function `\(f.name)` calls itself in a pipeline or in the background: a fork bomb",
                verdict: .block, risk: .criticalWrite, span: ctx.span(f.span)))
        }
    }
}

/// Finds whether a function body calls the function in a pipeline or with `&`.
struct SelfCallFinder {
    let name: String

    func multiplies(_ c: CompoundCommand) -> Bool {
        var found = false
        func check(_ l: CommandList) {
            for item in l.items {
                for p in [item.andOr.first] + item.andOr.rest.map(\.pipeline) {
                    let calls = p.commands.contains { isSelf($0) }
                    if calls && (p.commands.count > 1 || item.separator == .background) { found = true }
                    for cmd in p.commands { if case .compound(let k) = cmd { visit(k) } }
                }
            }
        }
        func visit(_ k: CompoundCommand) {
            switch k.kind {
            case .braceGroup(let g): check(g.body)
            case .subshell(let s): check(s.body)
            case .ifClause(let n):
                check(n.thenBody)
                if let e = n.elseBody { check(e) }
            case .conditionalLoop(let n): check(n.body)
            case .forLoop(let n): check(n.body)
            default: break
            }
        }
        visit(c)
        return found
    }

    private func isSelf(_ c: Command) -> Bool {
        if case .simple(let s) = c, let w = s.words.first, StaticResolver().resolveSimple(w)?.text == name { return true }
        return false
    }
}
