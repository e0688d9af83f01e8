extension Judge {
    /// GNU `parallel` joins its command words with spaces and gives the line to a shell
    /// (it quotes only the input items it puts in place of `{}`), so the joined words are
    /// judged as shell code: `parallel echo '$(rm -rf ~)' ::: a` runs `rm`. With `-q`
    /// (`--quote`) the words are passed as they are and the invocation is judged directly.
    /// Added with the corpus review (`Docs/Verdicts.md`).
    mutating func parallelShellLine(_ words: [Argument], options: ArraySlice<Argument>, _ a: inout Assessment, _ ctx: Context) {
        guard !words.isEmpty, !options.contains(where: { $0.isStatic && ($0.text == "-q" || $0.text == "--quote") }) else { return }
        codeString(Judge.join(words), &a, ctx, origin: "the command line `parallel` gives to a shell")
    }
}
