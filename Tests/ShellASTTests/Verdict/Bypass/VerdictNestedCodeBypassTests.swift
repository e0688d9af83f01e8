import Testing
@testable import ShellAST

/// Code inside strings: shells given `-c`, `eval`, `trap` handlers, and text fed
/// to a shell through a here-string, here-document or pipe. Static text is
/// parsed and judged; text only known at run time is blocked.
@Suite("Bypass: nested shells, eval, trap, here-strings and here-documents")
struct VerdictNestedCodeBypassTests {
    static let shells = BypassFamily(
        name: "nested shells",
        cases: [
            VerdictCase("bash -c 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("sh -c \"sh -c 'rm -rf /'\"", .block, RuleID.rmRoot),
            VerdictCase("zsh -c 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("dash -c 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("ksh -c 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("bash -lc 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("bash -xc 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("bash -c -- 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("bash -o pipefail -c 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("sh -c 'bash -c \"zsh -c \\\"rm -rf /\\\"\"'", .block, RuleID.rmRoot),
            VerdictCase("sudo bash -c 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("sudo -- sh -c 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("su -c 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("su -c 'rm -rf /' root", .block, RuleID.rmRoot),
            VerdictCase("su --command='rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("su -s /bin/bash -c 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("sudo su -c 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("bash -c \"$X\"", .block, RuleID.dynamicCode),
            VerdictCase("sh -c \"rm -rf $D\"", .block, RuleID.dynamicCode),
            VerdictCase("sh -c 'rm -rf /; echo \"'", .block, RuleID.nestedParseError),
            VerdictCase("bash script.sh", .review, RuleID.scriptFile),
            VerdictCase("bash", .review, "exec.interactive"),
            VerdictCase("su root -c 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("su - -c 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("su -c'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("bash -c 'rm -rf \"$0\"' /", .block, RuleID.rmRoot),
        ],
        gaps: [
        ])

    static let eval = BypassFamily(
        name: "eval",
        cases: [
            VerdictCase("eval 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("eval \"$(echo rm -rf /)\"", .block, RuleID.dynamicCode),
            VerdictCase("eval rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("eval \"rm -rf /\"", .block, RuleID.rmRoot),
            VerdictCase("eval 'r''m -rf /'", .block, RuleID.rmRoot),
            VerdictCase("eval rm '-rf' \"/\"", .block, RuleID.rmRoot),
            VerdictCase("eval 'eval \"rm -rf /\"'", .block, RuleID.rmRoot),
            VerdictCase("eval \"$CMD\"", .block, RuleID.dynamicCode),
            VerdictCase("eval $(printf 'rm -rf /')", .block, RuleID.dynamicCode),
            VerdictCase("eval `echo rm -rf /`", .block, RuleID.dynamicCode),
            VerdictCase("eval 'rm -rf /; (('", .block, RuleID.nestedParseError),
        ])

    static let trap = BypassFamily(
        name: "trap",
        cases: [
            VerdictCase("trap 'rm -rf /' EXIT", .block, RuleID.rmRoot),
            VerdictCase("trap \"rm -rf /\" INT TERM", .block, RuleID.rmRoot),
            VerdictCase("trap -- 'rm -rf /' EXIT", .block, RuleID.rmRoot),
            VerdictCase("'trap' 'rm -rf /' EXIT", .block, RuleID.rmRoot),
            VerdictCase("trap 'eval \"$X\"' EXIT", .block, RuleID.dynamicCode),
            VerdictCase("trap \"$CLEANUP\" EXIT", .block, RuleID.dynamicCode),
            VerdictCase("trap 'sudo rm -rf /' ERR", .block, RuleID.rmRoot),
        ])

    static let hereText = BypassFamily(
        name: "here-strings, here-documents and pipes into shells",
        cases: [
            VerdictCase("bash <<< 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("bash <<< \"rm -rf /\"", .block, RuleID.rmRoot),
            VerdictCase("sh <<EOF\nrm -rf /\nEOF", .block, RuleID.rmRoot),
            VerdictCase("cat <<'EOF' | sh\nrm -rf /\nEOF", .block, RuleID.rmRoot),
            VerdictCase("cat <<EOF | bash\nrm -rf /\nEOF", .block, RuleID.rmRoot),
            VerdictCase("bash <<'EOF'\nrm -rf /\nEOF", .block, RuleID.rmRoot),
            VerdictCase("bash <<-EOF\n\trm -rf /\n\tEOF", .block, RuleID.rmRoot),
            VerdictCase("sudo bash <<'EOF'\nls\nrm -rf /\nEOF", .block, RuleID.rmRoot),
            VerdictCase("sh <<EOF\n$(cat payload)\nEOF", .block, RuleID.stdinCode),
            VerdictCase("sh <<EOF\nrm -rf $DIR\nEOF", .block, RuleID.stdinCode),
            VerdictCase("bash <<< \"$CMD\"", .block, RuleID.stdinCode),
            VerdictCase("echo 'rm -rf /' | sh", .block, RuleID.rmRoot),
            VerdictCase("echo rm -rf / | bash", .block, RuleID.rmRoot),
            VerdictCase("echo -n 'rm -rf /' | sh", .block, RuleID.rmRoot),
            VerdictCase("printf 'rm -rf /\\n' | sh", .block, RuleID.rmRoot),
            VerdictCase("echo \"$CMD\" | sh", .block, RuleID.stdinCode),
            VerdictCase("cat script.sh | bash", .block, RuleID.stdinCode),
            VerdictCase("bash < script.sh", .block, RuleID.stdinCode),
            VerdictCase("sh -s < /dev/stdin", .block, RuleID.stdinCode),
            VerdictCase("at now <<< 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("printf 'rm -rf \\x2f' | sh", .block, RuleID.rmRoot),
            VerdictCase("printf 'rm -rf \\057' | sh", .block, RuleID.rmRoot),
            VerdictCase("printf '\\x72\\x6d\\x20\\x2d\\x72\\x66\\x20\\x2f' | sh", .block, RuleID.rmRoot),
        ],
        gaps: [
        ])

    @Test(arguments: shells.cases) func nestedShellsVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: eval.cases) func evalVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: trap.cases) func trapVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: hereText.cases) func hereTextVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: [shells, hereText].flatMap(\.gaps)) func knownGaps(_ g: KnownEngineGap) { expectKnownGap(g) }
}
