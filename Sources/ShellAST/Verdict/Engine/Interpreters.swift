/// How an interpreter takes code: inline options, module options, stdin.
struct InterpreterSpec: Sendable {
    /// The language, for the code analyser (`python`, `perl`, `ruby`, `node`, `php`, `lua`, `r`, `tcl`).
    var language: String
    /// Options whose value is inline code (`-c`, `-e`).
    var codeOptions: Set<String>
    /// Options whose value is a module or library to run (`python -m`).
    var moduleOptions: Set<String> = []
    /// Other options that take a separate value.
    var valueOptions: Set<String> = []
    /// Options that only print (`--version`).
    var inspectOptions: Set<String> = ["-V", "--version", "-v", "-h", "--help", "-version"]
    /// Options that edit files in place (`perl -i`).
    var inPlaceOptions: Set<String> = []
}

enum Interpreters {
    static let specs: [String: InterpreterSpec] = {
        var s: [String: InterpreterSpec] = [:]
        let python = InterpreterSpec(
            language: "python", codeOptions: ["-c"], moduleOptions: ["-m"], valueOptions: ["-W", "-X", "--check-hash-based-pycs"],
            inspectOptions: ["-V", "--version", "-h", "--help"])
        for n in ["python", "python2", "python3", "pypy", "pypy3", "python3.8", "python3.9", "python3.10", "python3.11", "python3.12", "python3.13"] {
            s[n] = python
        }
        let perl = InterpreterSpec(
            language: "perl", codeOptions: ["-e", "-E"], moduleOptions: ["-M", "-m"], valueOptions: ["-I", "-x"],
            inspectOptions: ["-v", "--version", "-h", "--help", "-V"], inPlaceOptions: ["-i", "-pi", "-ip", "-pie", "-i.bak"])
        s["perl"] = perl
        s["ruby"] = InterpreterSpec(language: "ruby", codeOptions: ["-e"], moduleOptions: ["-r"], valueOptions: ["-I", "-C", "-E"], inPlaceOptions: ["-i"])
        let node = InterpreterSpec(
            language: "node", codeOptions: ["-e", "--eval", "-p", "--print"], moduleOptions: ["-r", "--require", "--import"],
            valueOptions: ["--input-type"])
        s["node"] = node
        s["nodejs"] = node
        s["deno"] = InterpreterSpec(language: "node", codeOptions: ["eval"], valueOptions: [])
        s["bun"] = InterpreterSpec(language: "node", codeOptions: ["-e", "--eval", "-p", "--print"])
        s["php"] = InterpreterSpec(language: "php", codeOptions: ["-r"], valueOptions: ["-d", "-c", "-f"])
        s["lua"] = InterpreterSpec(language: "lua", codeOptions: ["-e"], moduleOptions: ["-l"])
        s["luajit"] = s["lua"]
        s["Rscript"] = InterpreterSpec(language: "r", codeOptions: ["-e"])
        s["tclsh"] = InterpreterSpec(language: "tcl", codeOptions: [])
        s["expect"] = InterpreterSpec(language: "tcl", codeOptions: ["-c"])
        s["osascript"] = InterpreterSpec(language: "applescript", codeOptions: ["-e"])
        s["groovy"] = InterpreterSpec(language: "groovy", codeOptions: ["-e"])
        s["jshell"] = InterpreterSpec(language: "java", codeOptions: [])
        s["bpftrace"] = InterpreterSpec(language: "bpftrace", codeOptions: ["-e"], valueOptions: ["-p", "-c", "-o", "-I", "-B", "-f"], inspectOptions: ["-V", "--version", "-h", "--help", "-l"])
        return s
    }()

    /// Modules that only read (formatters, checkers): `python -m json.tool`.
    static let readOnlyModules: Set<String> = ["json.tool", "py_compile", "compileall", "pydoc", "site", "platform", "sysconfig", "tabnanny", "pip.__main__ list", "this", "timeit", "calendar"]
}

extension Judge {
    mutating func interpreter(_ name: String, _ spec: InterpreterSpec, _ args: ArgumentList, _ a: inout Assessment, _ ctx: Context, stdin: StandardInput) {
        a.category = .interpreters
        var i = 0
        let items = args.items
        var inPlace = false
        while i < items.count {
            let arg = items[i]
            guard arg.isStatic else { break }
            let t = arg.text
            if t == "--" {
                i += 1
                break
            }
            if t == "-" {
                stdinCode(stdin, language: .interpreter(spec.language), consumer: name, &a, ctx)
                return
            }
            guard t.utf8HasPrefix("-"), t.utf8.count > 1 else { break }
            if spec.inspectOptions.contains(t) {
                a.add(Reason(rule: "interpreters.\(name).version", message: "prints version or help", verdict: .allow, risk: .readOnly, span: a.span), origin: .shape)
                return
            }
            if spec.inPlaceOptions.contains(t) || (spec.language == "perl" && Judge.perlClusterEditsInPlace(t)) {
                inPlace = true
            }
            let (option, attached) = Judge.splitOption(t)
            var codeOption = spec.codeOptions.contains(option) ? option : nil
            // Clusters such as `perl -ne` or `perl -pie`: the code option comes last.
            if codeOption == nil, !t.utf8HasPrefix("--"), let last = t.last, spec.codeOptions.contains("-\(last)") { codeOption = "-\(last)" }
            if let opt = codeOption {
                let value: Argument? = attached != nil ? Judge.attachedValue(arg, attached!) : (i + 1 < items.count ? items[i + 1] : nil)
                if inPlace {
                    a.add(Reason(rule: "files.in-place-edit", message: "`\(name) \(t)` edits files in place", verdict: policy.verdict(for: .safeWrite, category: .files), risk: .safeWrite, span: ctx.span(arg.span)), origin: .shape)
                }
                guard let code = value else {
                    a.add(Reason(rule: "exec.missing-code", message: "`\(name) \(opt)` without code", verdict: .review, risk: .criticalWrite, span: a.span), origin: .shape)
                    return
                }
                if inPlace {
                    // The files it edits are writes, judged by their paths (`perl -pi -e … /etc/shadow`).
                    let afterCode = attached != nil ? i + 1 : i + 2
                    for f in items[min(afterCode, items.count)...] where f.isStatic && !f.text.utf8HasPrefix("-") {
                        writeTo(f.text, &a, ctx.span(f.span), via: "`\(name) \(t)`")
                    }
                }
                if code.isStatic {
                    interpreterCode(code.text, language: spec.language, span: code.span, &a, ctx)
                } else {
                    a.add(Reason(
                        rule: "exec.dynamic-code", message: "the code given to `\(name) \(opt)` is only known at run time",
                        verdict: .block, risk: .criticalWrite, span: ctx.span(code.span)))
                }
                return
            }
            // `python -mjson.tool`: python's `-m` takes the rest of the word (corpus review, `Docs/Verdicts.md`).
            let attachedModule = spec.language == "python" && attached == nil && !t.utf8HasPrefix("--") && t.utf8HasPrefix("-m") && t.utf8.count > 2
            if spec.moduleOptions.contains(option) || attachedModule {
                let module = attachedModule ? String(t.dropFirst(2)) : attached ?? (i + 1 < items.count ? items[i + 1].text : "")
                if Interpreters.readOnlyModules.contains(module) {
                    a.add(Reason(rule: "interpreters.\(name).module-read", message: "runs the read-only module `\(module)`", verdict: .allow, risk: .readOnly, span: a.span), origin: .shape)
                } else {
                    a.add(Reason(rule: "exec.module", message: "`\(name)` runs the module `\(module)`; its effect is unknown", verdict: .review, risk: .criticalWrite, span: a.span), origin: .shape)
                }
                return
            }
            if attached == nil, spec.valueOptions.contains(option) { i += 1 }
            i += 1
        }
        if i < items.count {
            scriptOperand(items[i], consumer: name, &a, ctx, stdin: stdin)
        } else {
            stdinCode(stdin, language: .interpreter(spec.language), consumer: name, &a, ctx)
        }
    }

    /// Inline interpreter code: always at least `review`; reverse shells and
    /// shell escapes with catastrophic commands are blocked.
    mutating func interpreterCode(_ code: String, language: String, span: SourceSpan, _ a: inout Assessment, _ ctx: Context) {
        let findings = Analyzers.interpreterCode(code, language: language)
        for f in findings {
            a.add(Reason(rule: f.rule, message: f.message, verdict: f.effect.verdict ?? .review, risk: f.effect.risk, span: ctx.span(span)), origin: .shape)
        }
        for embedded in Analyzers.embeddedShellStrings(code) {
            reparse(embedded, span: span, ctx, origin: "a shell command inside \(language) code")
        }
    }
}

extension Judge {
    /// Whether a perl switch cluster turns on in-place editing: `-i`, `-pi`, `-pi.bak`,
    /// `-0pi`, `-wlpi~` (switches without a value, then `i` and its backup suffix);
    /// `-e`, `-M`, `-I`, `-x`… take the rest of the cluster, so an `i` after them is not a switch.
    static func perlClusterEditsInPlace(_ t: String) -> Bool {
        guard t.utf8HasPrefix("-"), !t.utf8HasPrefix("--") else { return false }
        for c in t.utf8.dropFirst() {
            switch c {
            case UInt8(ascii: "i"): return true
            case UInt8(ascii: "a"), UInt8(ascii: "c"), UInt8(ascii: "f"), UInt8(ascii: "l"), UInt8(ascii: "n"), UInt8(ascii: "p"),
                UInt8(ascii: "s"), UInt8(ascii: "S"), UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "u"), UInt8(ascii: "U"),
                UInt8(ascii: "w"), UInt8(ascii: "W"), UInt8(ascii: "X"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                continue
            default:
                return false
            }
        }
        return false
    }
}
