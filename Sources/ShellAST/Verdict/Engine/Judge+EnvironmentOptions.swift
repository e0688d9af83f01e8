extension Judge {
    /// git's location variables and the options they stand for.
    static let gitLocationVariables = ["GIT_WORK_TREE": "--work-tree", "GIT_DIR": "--git-dir"]

    /// Programs that read options from environment variables given to them:
    /// `GIT_WORK_TREE=/ git checkout -f` is `git --work-tree=/ checkout -f`;
    /// `TF_CLI_ARGS_apply=-destroy terraform apply` is `terraform apply -destroy`.
    /// The command is judged again with static values written as options, and what
    /// that finds beyond `allow` is added. (The variables stay reasons of their own
    /// where they are loader variables.)
    mutating func environmentOptions(
        _ s: SimpleCommand, head: Argument, _ argv: [Argument], _ a: inout Assessment, _ ctx: Context, stdin: StandardInput
    ) {
        guard head.isStatic, !s.assignments.isEmpty, propagationDepth < 2 else { return }
        var rewritten: [Argument]?
        switch head.text {
        case "git":
            var options: [Argument] = []
            for asg in s.assignments {
                guard let option = Judge.gitLocationVariables[asg.name], let value = staticValue(asg, split: false).first else { continue }
                var arg = value
                arg.text = option + "=" + arg.text
                options.append(arg)
            }
            if !options.isEmpty { rewritten = options + argv }
        case "terraform", "tofu":
            // Inserted after the subcommand: `TF_CLI_ARGS` for every one, `TF_CLI_ARGS_<name>` for `<name>`.
            guard let sub = argv.firstIndex(where: { !($0.isStatic && $0.text.utf8HasPrefix("-")) }), argv[sub].isStatic else { return }
            var extra: [Argument] = []
            for asg in s.assignments where asg.name == "TF_CLI_ARGS" || asg.name == "TF_CLI_ARGS_" + argv[sub].text {
                extra += staticValue(asg, split: true)
            }
            if !extra.isEmpty { rewritten = Array(argv[...sub]) + extra + argv[(sub + 1)...] }
        default:
            return
        }
        guard let rewritten else { return }
        propagationDepth += 1
        defer { propagationDepth -= 1 }
        var again = Assessment(span: a.span)
        invocation(head: head, args: rewritten, &again, ctx, stdin: stdin)
        for r in again.reasons where r.verdict > .allow && !a.reasons.contains(r) { a.add(r) }
    }

    /// The static words of a scalar assignment's value (split into words when `split`); empty when any is dynamic.
    private func staticValue(_ asg: Assignment, split: Bool) -> [Argument] {
        guard asg.index == nil, case .scalar(let w?) = asg.value else { return [] }
        var values = resolver.resolve(w, substituteVariables: true, split: false)
        guard values.allSatisfy(\.isStatic) else { return [] }
        if split, values.count == 1 {
            let base = values[0]
            values = base.text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map {
                var part = base
                part.text = String($0)
                return part
            }
        }
        return values
    }
}
