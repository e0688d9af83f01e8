/// awk and sed: read-only filters unless their programs run commands or write files.
enum TextTools {
    static let family = CatalogFamily(
        syntaxes: [
            .readOnly(["awk", "gawk", "mawk", "nawk", "busybox-awk"], "filters text with an awk program", category: .interpreters, valueOptions: ["-F", "-v", "-f", "--field-separator", "--assign", "--file", "-W", "-i", "--include", "-l", "--load", "-E", "--exec"]),
            .readOnly(["sed", "gsed"], "filters text with a sed script", category: .interpreters, valueOptions: ["-e", "-f", "--expression", "--file", "-l", "--line-length", "-s"]),
        ],
        rules: [
            CatalogRule(
                id: "interpreters.awk.runs-commands", commands: ["awk", "gawk", "mawk", "nawk", "busybox-awk"], when: .analyzer(.awkRunsCommands),
                effect: .review, message: "the awk program runs shell commands (`system()`, pipes to or from commands)",
                examples: ["awk '{system(\"rm \" $1)}' files.txt", "awk '{print | \"sh\"}' cmds", "awk 'BEGIN{\"date\" | getline d; print d}'"],
                counterexamples: ["awk 'NR>1 && NR<9' file", "awk -F: '{print $1}' /etc/passwd", "awk '$3 > 100 {print $1}' data"]),
            CatalogRule(
                id: "interpreters.awk.writes-files", commands: ["awk", "gawk", "mawk", "nawk", "busybox-awk"], when: .analyzer(.awkWritesFiles),
                effect: .safeWrite, message: "the awk program writes to files (`print > \"file\"`)",
                examples: ["awk '{print > \"out.txt\"}' in", "awk '{print $1 >> $2}' list"],
                counterexamples: ["awk 'NR>1 && NR<9' file", "awk '{print ($1 > 5)}' data"]),
            CatalogRule(
                id: "interpreters.awk.program-file", commands: ["awk", "gawk", "mawk", "nawk"], when: .option(["-f", "--file", "-i", "--include", "-l", "--load", "-E", "--exec"]),
                effect: .review, message: "runs an awk program from a file, which is not analysed",
                examples: ["awk -f script.awk data"], counterexamples: ["awk '{print}' data"]),
            CatalogRule(
                id: "interpreters.sed.in-place", commands: ["sed", "gsed"],
                when: .any([.option(["--in-place"]), .anyArgument(.prefix(["-i", "--in-place="])), .shortFlag("i")]),
                effect: .safeWrite, message: "`sed -i` edits files in place",
                examples: ["sed -i 's/a/b/' app.conf", "sed -i.bak -e 's/x/y/' f", "sed -Ei 's/a/b/' f"], counterexamples: ["sed -n '1,5p' file"]),
            CatalogRule(
                id: "interpreters.sed.in-place-system", commands: ["sed", "gsed"],
                when: .all([.any([.option(["--in-place"]), .anyArgument(.prefix(["-i"])), .shortFlag("i")]), .anyPositional(.path(.systemFile))]),
                effect: .criticalWrite, message: "`sed -i` edits a system file",
                examples: ["sed -i 's/^#Port/Port/' /etc/ssh/sshd_config"]),
            CatalogRule(
                id: "interpreters.sed.in-place-protected", commands: ["sed", "gsed"],
                when: .all([.any([.option(["--in-place"]), .anyArgument(.prefix(["-i"])), .shortFlag("i")]), .anyPositional(.path(.protectedFile))]),
                effect: .block, message: "`sed -i` edits an account or privilege file",
                examples: ["sed -i 's/x/y/' /etc/passwd", "sed -i '/root/d' /etc/shadow"]),
            CatalogRule(
                id: "interpreters.sed.runs-commands", commands: ["sed", "gsed"], when: .analyzer(.sedRunsCommands),
                effect: .review, message: "the sed script runs shell commands (`e`, `s///e`)",
                examples: ["sed 's/.*/rm &/e' list", "sed '1e id' f"], counterexamples: ["sed 's/a/b/g' f", "sed -n '/err/p' log"]),
            CatalogRule(
                id: "interpreters.sed.writes-files", commands: ["sed", "gsed"], when: .analyzer(.sedWritesFiles),
                effect: .safeWrite, message: "the sed script writes to files (`w`, `s///w`)",
                examples: ["sed -n '/err/w errors.txt' log", "sed 's/a/b/w out' f"], counterexamples: ["sed 's/w/v/' f"]),
            CatalogRule(
                id: "interpreters.sed.script-file", commands: ["sed", "gsed"], when: .option(["-f", "--file"]),
                effect: .review, message: "runs a sed script from a file, which is not analysed",
                examples: ["sed -f edit.sed data"], counterexamples: ["sed 's/a/b/' data"]),
        ])
}
