/// Conditions and subcommand builders shared by the system families (disks, processes, power,
/// services, users, packages). Everything here is computed once, when the
/// catalog is built; nothing runs per command.
enum RuleVocabulary {
    /// Every short-option cluster made of `letter` and any subset of `companions`,
    /// in any order: `clusters("n", companions: "fv")` gives `-n`, `-fn`, `-nf`,
    /// `-nv`, `-vn`, `-fnv`... Used where a flag must be matched exactly (a dry-run
    /// flag must not be "found" inside an attached option value such as `-Lmain`).
    static func clusters(_ letter: Character, companions: String) -> [String] {
        var results: Set<String> = []
        let others = Array(companions)
        func permutations(_ items: [Character]) -> [[Character]] {
            if items.count <= 1 { return [items] }
            var out: [[Character]] = []
            for (i, c) in items.enumerated() {
                var rest = items
                rest.remove(at: i)
                for p in permutations(rest) { out.append([c] + p) }
            }
            return out
        }
        for mask in 0..<(1 << others.count) {
            var chosen: [Character] = [letter]
            for (i, c) in others.enumerated() where mask & (1 << i) != 0 { chosen.append(c) }
            for p in permutations(chosen) { results.insert("-" + String(p)) }
        }
        return results.sorted()
    }

    /// The prefixes of `word` that no other word in `siblings` shares: the
    /// abbreviations a program such as `btrfs` or `parted` accepts for a command.
    static func abbreviations(_ word: String, among siblings: [String]) -> [String] {
        var out: [String] = []
        var prefix = ""
        for c in word {
            prefix.append(c)
            if prefix == word || !siblings.contains(where: { $0 != word && $0.hasPrefix(prefix) }) {
                out.append(prefix)
            }
        }
        return out
    }

    /// Two-level subcommand sequences with every accepted abbreviation of each
    /// level (`btrfs fi sh` is `btrfs filesystem show`).
    static func abbreviated(_ group: String, among groups: [String], _ commands: [String], among siblings: [String]) -> [[String]] {
        var out: [[String]] = []
        for g in abbreviations(group, among: groups) {
            for command in commands {
                for c in abbreviations(command, among: siblings) { out.append([g, c]) }
            }
        }
        return out
    }

    /// One-word subcommand sequences: `words(["start", "stop"])` is `[["start"], ["stop"]]`.
    static func words(_ verbs: [String]) -> [[String]] { verbs.map { [$0] } }

    /// A device path (`/dev/...`, including LVM's `/dev/VG/LV`) anywhere in the
    /// arguments, or a positional target only known at run time (`"$DISK"`).
    static let deviceTarget: ArgCondition = .any([.anyArgument(.prefix(["/dev/"])), .anyPositional(.dynamic)])

    /// One of `options` has a comma-separated value naming one of `names`
    /// (`-G sudo`, `--groups docker,sudo`, `-u deploy,root`).
    static func listNames(_ options: [String], _ names: [String]) -> ArgCondition {
        .any([
            .optionValue(options, .equals(names)), .optionValue(options, .prefix(names.map { $0 + "," })),
            .optionValue(options, .suffix(names.map { "," + $0 })), .optionValue(options, .contains(names.map { "," + $0 + "," })),
        ])
    }

    /// Some source of `cp`, `mv`, `ln` or `install` passes the test: every positional but
    /// the last (the destination), or every positional with `-t DIR` (or a cluster holding
    /// `t`, or a single positional). Spelled with positions so no new condition is needed;
    /// past 16 positionals any positional counts (stricter, never looser).
    static func anySource(_ test: ArgTest) -> ArgCondition {
        var arms: [ArgCondition] = [
            .all([.any([.shortFlag("t"), .option(["--target-directory"])]), .anyPositional(test)]),
            .all([.positionalCount(1...1), .positional(0, test)]),
            .all([.positionalCount(18...Int.max), .anyPositional(test)]),
        ]
        for i in 0..<16 { arms.append(.all([.positionalCount((i + 2)...Int.max), .positional(i, test)])) }
        return .any(arms)
    }

    /// Help and version requests, which only print.
    static let helpOrVersion: ArgCondition = .all([
        .positionalCount(0...0), .option(["-h", "--help", "-V", "--version", "-?"]),
    ])
}
