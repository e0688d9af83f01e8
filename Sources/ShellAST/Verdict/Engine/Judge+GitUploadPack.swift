extension Judge {
    /// Subcommands of git where `-u` is `--upload-pack` (a command git runs).
    static let gitUploadPackSubcommands: Set<String> = ["clone", "fetch", "pull", "ls-remote", "archive"]

    static let gitUploadPackShort = OptionNames(["-u"])

    /// `git clone -u CMD`: the short spelling of `--upload-pack`, judged like it
    /// (elsewhere, as in `git log -u`, `-u` is a flag).
    mutating func gitShortUploadPack(_ args: ArgumentList, _ a: inout Assessment, _ ctx: Context) {
        guard let entry = catalog.entries["git"],
            let sub = args.positionals(valueOptions: entry.valueOptionTable).first?.value,
            Judge.gitUploadPackSubcommands.contains(sub)
        else { return }
        for v in args.optionValues(Judge.gitUploadPackShort) {
            codeString(v, &a, ctx, origin: "the command given to `git \(sub) -u`")
        }
    }
}
