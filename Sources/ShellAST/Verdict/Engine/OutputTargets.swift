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
    ]

    static let targetDirectoryOptions: OptionNames = ["-t", "--target-directory"]

    /// Programs whose positional arguments are all files they write.
    static let allPositionals: Set<String> = ["tee", "truncate", "touch", "shred", "wipe", "srm"]

    /// Programs whose last positional is the destination when there are two or more.
    static let lastPositional: Set<String> = ["cp", "mv", "ln", "install", "rsync", "scp"]
}

extension Judge {
    /// Judges every file a program writes against the path rules.
    mutating func outputTargets(_ name: String, _ info: CommandInfo, _ args: ArgumentList, _ a: inout Assessment, _ ctx: Context) {
        if let options = info.outputOptions {
            for v in args.optionValues(options) where v.isStatic && v.text != "-" {
                writeTo(v.text, &a, ctx.span(v.span), via: "`\(name)` output")
            }
        }
        guard info.writesPositionals else { return }
        if name == "dd" {
            for arg in args.items where arg.isStatic && arg.text.utf8HasPrefix("of=") {
                writeTo(String(arg.text.dropFirst(3)), &a, ctx.span(arg.span), via: "`dd of=`")
            }
            return
        }
        let positionals = info.entry.map { args.positionals(valueOptions: $0.valueOptionTable) } ?? args.positionals(valueOptions: [])
        if OutputTargets.allPositionals.contains(name) {
            for p in positionals where p.isStatic && p.text != "-" { writeTo(p.text, &a, ctx.span(p.span), via: "`\(name)`") }
        } else if name == "uniq" {
            if positionals.count == 2, positionals[1].isStatic { writeTo(positionals[1].text, &a, ctx.span(positionals[1].span), via: "`uniq`") }
        } else if let target = args.optionValue(OutputTargets.targetDirectoryOptions), target.isStatic {
            writeTo(target.text, &a, ctx.span(target.span), via: "`\(name) -t`")
        } else if positionals.count >= 2, let last = positionals.last, last.isStatic, !PathRules.isRemote(last.text) {
            writeTo(last.text, &a, ctx.span(last.span), via: "`\(name)` destination")
        }
    }
}
