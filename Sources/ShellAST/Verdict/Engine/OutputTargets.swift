/// Where programs write files, so every written path meets the path rules
/// (`sort -o /etc/passwd` is as bad as `> /etc/passwd`).
enum OutputTargets {
    /// Options whose value is a file the program writes.
    static let options: [String: [String]] = [
        "sort": ["-o", "--output"],
        "tcpdump": ["-w"],
        "curl": ["-o", "--output"],
        "wget": ["-O", "--output-document", "-o", "--output-file", "-a", "--append-output"],
        "git": ["--output"],
        "find": ["-fprint", "-fprint0", "-fls", "-fprintf"],
        "ssh-keygen": ["-f"],
        "openssl": ["-out", "-keyout"],
        "gpg": ["-o", "--output"],
        "pg_dump": ["-f", "--file"],
        "mysqldump": ["-r", "--result-file"],
        "script": ["-O", "--log-out"],
        "journalctl": ["--output-file"],
        "patch": ["-o", "--output"],
        "pg_test_fsync": ["-f", "--filename"],
        "lvmconfig": ["-f", "--file"],
    ]

    static let targetDirectoryOptions: OptionNames = ["-t", "--target-directory"]

    /// Programs whose positional arguments are all files they write.
    static let allPositionals: Set<String> = ["tee", "truncate", "touch", "shred", "wipe", "srm"]

    /// Programs whose last positional is the destination when there are two or more.
    static let lastPositional: Set<String> = ["cp", "mv", "ln", "install", "rsync", "scp"]

    /// Programs whose second positional, when there are two, is a file they write.
    static let secondPositional: Set<String> = ["uniq", "xxd"]

    /// ``allPositionals`` and ``secondPositional`` for byte lookups (`String` equality, as `Set`).
    static let allPositionalTable = ByteSet(allPositionals.sorted())
    static let secondPositionalTable = ByteSet(secondPositional.sorted())
    static let noTargetDirectory: OptionNames = ["--no-target-directory"]

    /// Programs that put each source inside a destination directory under the source's own
    /// name (`cp a.conf /etc/` writes `/etc/a.conf`). `rsync` is not one: `src/` copies the
    /// contents, and with `--delete` it empties the destination.
    static let intoDirectory: Set<String> = ["cp", "mv", "ln", "install", "scp"]

    /// The paths `sources` get inside the directory `dir`, or `nil` when a source's name is not
    /// known (a run-time word, a glob, `dir/.`, a remote `host:` with no path).
    static func paths(inside dir: String, sources: ArraySlice<Argument>) -> [String]? {
        var out: [String] = []
        for s in sources {
            guard s.isStatic, !s.hasGlob else { return nil }
            var text = Substring(s.text)
            if PathRules.isRemote(s.text), let colon = text.firstIndex(of: ":") { text = text[text.index(after: colon)...] }
            while text.count > 1, text.last == "/" { text = text.dropLast() }
            let name = text.split(separator: "/").last ?? ""
            if name.isEmpty || name == "." || name == ".." || name == "~" || name.hasPrefix("~") && text.firstIndex(of: "/") == nil { return nil }
            out.append(dir.hasSuffix("/") ? dir + name : dir + "/" + name)
        }
        return out.isEmpty ? nil : out
    }
}

extension Judge {
    /// Judges every file a program writes against the path rules.
    /// `copiedInput`: known standard input (`echo … |`, `<<<`), which `tee`, `dd` and
    /// `cp /dev/stdin` copy into their targets; copied into a file that runs as code, it is
    /// judged as that code.
    mutating func outputTargets(
        _ name: String, _ info: CommandInfo, _ args: ArgumentList, _ a: inout Assessment, _ ctx: Context,
        copiedInput: (text: String, span: SourceSpan)? = nil
    ) {
        if let options = info.outputOptions {
            for v in args.optionValues(options) where v.isStatic && v.text != "-" {
                writeTo(v.text, &a, ctx.span(v.span), via: joinedText("`", name, "` output"))
            }
        }
        guard info.writesPositionals else { return }
        if name == "dd" {
            let readsInput = copiedInput != nil && !args.items.contains { !$0.isStatic || ($0.text.utf8HasPrefix("if=") && $0.text != "if=/dev/stdin") }
            for arg in args.items where arg.isStatic && arg.text.utf8HasPrefix("of=") {
                writeTo(String(arg.text.dropFirst(3)), &a, ctx.span(arg.span), via: "`dd of=`")
                if readsInput, let input = copiedInput { writtenCode(input, to: String(arg.text.dropFirst(3)), ctx) }
            }
            return
        }
        let positionals = info.entry.map { args.positionals(valueOptions: $0.valueOptionTable) } ?? args.positionals(valueOptions: [])
        if OutputTargets.allPositionalTable.contains(name) {
            for p in positionals where p.isStatic && p.text != "-" {
                writeTo(p.text, &a, ctx.span(p.span), via: joinedText("`", name, "`"))
                if name == "tee", let input = copiedInput { writtenCode(input, to: p.text, ctx) }
            }
        } else if OutputTargets.secondPositionalTable.contains(name) {
            if positionals.count == 2, positionals[1].isStatic {
                writeTo(positionals[1].text, &a, ctx.span(positionals[1].span), via: joinedText("`", name, "`"))
            }
        } else if let target = args.optionValue(OutputTargets.targetDirectoryOptions), target.isStatic {
            destination(target, sources: positionals[...], name, args, &a, ctx, via: joinedText("`", name, " -t`"))
        } else if positionals.count >= 2, let last = positionals.last, last.isStatic, !PathRules.isRemote(last.text) {
            destination(last, sources: positionals.dropLast(), name, args, &a, ctx, via: joinedText("`", name, "` destination"))
            if let input = copiedInput, positionals.count == 2, positionals[0].isStatic, positionals[0].text == "/dev/stdin" {
                writtenCode(input, to: last.text, ctx)
            }
        }
    }

    /// Judges a copy's destination. A system tree there (`/etc/`, `~`, `/usr/bin`) is a
    /// directory the sources land in, so the paths they get are judged (`cp a.conf /etc/` writes
    /// `/etc/a.conf`, `cp x/passwd /etc` writes `/etc/passwd`); when a source's name is not known,
    /// or `-T` makes the destination the target itself, the destination is. For any other
    /// destination the paths inside it are judged too, in case it is a directory
    /// (`cp authorized_keys ~/.ssh/`).
    mutating func destination(
        _ dest: Argument, sources: ArraySlice<Argument>, _ name: String, _ args: ArgumentList, _ a: inout Assessment, _ ctx: Context,
        via: String
    ) {
        let span = ctx.span(dest.span)
        let destKind = directories.kind(of: dest.text).kind
        let noTargetDirectory = args.hasShortFlag("T") || args.optionKeyIndex(OutputTargets.noTargetDirectory) != nil
        let canBeDirectory = destKind == .systemTree || destKind == .systemFile || destKind == .ordinary
        let inside = OutputTargets.intoDirectory.contains(name) && !noTargetDirectory && canBeDirectory
            ? OutputTargets.paths(inside: dest.text, sources: sources) : nil
        if destKind != .systemTree || inside == nil { writeTo(dest.text, &a, span, via: via) }
        for path in inside ?? [] {
            // Inside a system tree every path is judged; elsewhere only paths worse than the destination.
            let kind = directories.kind(of: path).kind
            if destKind == .systemTree || (kind != destKind && kind != .ordinary) { writeTo(path, &a, span, via: via) }
        }
    }
}
