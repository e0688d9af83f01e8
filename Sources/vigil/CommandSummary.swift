import ShellAST

/// The names of every command a script would run, nested ones included.
struct CommandSummary {
    var names: [String] = []

    init(_ script: ShellScript) {
        var names: [String] = []
        script.forEachCommand { command, context in
            let suffix = context.isInsideWord ? " (in a substitution)" : ""
            switch command {
            case .simple(let s):
                if let first = s.words.first {
                    names.append((first.unquotedLiteral ?? ShellPrinter.print(first)) + suffix)
                }
            case .declaration(let d):
                names.append((d.variant.unquotedLiteral ?? "declare") + suffix)
            case .compound, .function, .coprocess:
                break
            }
        }
        self.names = names
    }
}
