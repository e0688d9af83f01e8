import Testing
@testable import ShellAST

/// Spelling tricks: the shell removes quotes and escapes, decodes `$'...'`,
/// splits on `$IFS` and expands braces before it runs anything, so the engine
/// must judge the words the shell will pass, not the text as written.
@Suite("Bypass: quoting, escapes, ANSI-C, $IFS, braces")
struct VerdictQuotingBypassTests {
    static let quoting = BypassFamily(
        name: "quoting",
        cases: [
            VerdictCase("r''m -rf /", .block, RuleID.rmRoot),
            VerdictCase("\"rm\" -rf /", .block, RuleID.rmRoot),
            VerdictCase("r\"m\" -rf /", .block, RuleID.rmRoot),
            VerdictCase("'rm' -rf /", .block, RuleID.rmRoot),
            VerdictCase("\"r\"'m' -rf /", .block, RuleID.rmRoot),
            VerdictCase("rm -rf '/'", .block, RuleID.rmRoot),
            VerdictCase("rm '-rf' \"/\"", .block, RuleID.rmRoot),
            VerdictCase("\"/usr/bin/rm\" -rf /", .block, RuleID.rmRoot),
            VerdictCase("'sudo' 'rm' '-rf' '/'", .block, RuleID.rmRoot),
            VerdictCase("\"bash\" \"-c\" \"rm -rf /\"", .block, RuleID.rmRoot),
            VerdictCase("'eval' 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("echo 'rm -rf /' | \"sh\"", .block, RuleID.rmRoot),
            VerdictCase("'tar' -cf a x '--checkpoint-action=exec=rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("\"cat\" \"/etc/shadow\"", .review, RuleID.sensitiveRead),
            VerdictCase("echo x > \"/dev/sda\"", .block, RuleID.writeDevice),
            VerdictCase("'export' FOO=bar", .allow),
        ],
        gaps: [
        ])

    static let escapes = BypassFamily(
        name: "escapes",
        cases: [
            VerdictCase("\\rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("r\\m -rf /", .block, RuleID.rmRoot),
            VerdictCase("\\r\\m -rf /", .block, RuleID.rmRoot),
            VerdictCase("r\\m -r\\f \\/", .block, RuleID.rmRoot),
            VerdictCase("rm -rf \\/", .block, RuleID.rmRoot),
            VerdictCase("\\/bin\\/rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("\\sudo rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("c\\at /etc/sh\\adow", .review, RuleID.sensitiveRead),
            VerdictCase("sh <<EOF\nrm -rf \\/\nEOF", .block, RuleID.rmRoot),
        ])

    static let ansiC = BypassFamily(
        name: "ANSI-C quoting",
        cases: [
            VerdictCase("$'\\x72m' -rf /", .block, RuleID.rmRoot),
            VerdictCase("$'\\162m' -rf /", .block, RuleID.rmRoot),
            VerdictCase("$'rm' -rf /", .block, RuleID.rmRoot),
            VerdictCase("$'\\x72\\x6d' -rf $'\\x2f'", .block, RuleID.rmRoot),
            VerdictCase("$'\\u0072m' -rf /", .block, RuleID.rmRoot),
            VerdictCase("$'\\162\\155' -rf /", .block, RuleID.rmRoot),
            VerdictCase("rm -rf $'/'", .block, RuleID.rmRoot),
            VerdictCase("$'\\x73\\x68' -c $'\\x72\\x6d\\x20\\x2d\\x72\\x66\\x20\\x2f'", .block, RuleID.rmRoot),
            VerdictCase("$'\\x65val' 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("sh <<< $'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("cat $'/etc/\\x73hadow'", .review, RuleID.sensitiveRead),
        ])

    static let ifs = BypassFamily(
        name: "$IFS",
        cases: [
            VerdictCase("rm$IFS-rf$IFS/", .block, RuleID.ifs),
            VerdictCase("rm${IFS}-rf${IFS}/", .block, RuleID.ifs),
            VerdictCase("cat${IFS}/etc/shadow", .block, RuleID.ifs),
            VerdictCase("ls$IFS-la", .block, RuleID.ifs),
            VerdictCase("\"rm$IFS-rf$IFS/\"", .block, RuleID.ifs),
            VerdictCase("IFS=/ ls", .review, RuleID.loader),
            VerdictCase("rm -rf${IFS}/", .block, RuleID.ifs),
            VerdictCase("X=$IFS; rm${X}-rf /", .block),
        ],
        gaps: [
        ])

    static let braces = BypassFamily(
        name: "brace expansion",
        cases: [
            VerdictCase("{rm,-rf,/}", .block, RuleID.rmRoot),
            VerdictCase("{rm,-rf,/*}", .block, RuleID.rmRoot),
            VerdictCase("{sudo,rm,-rf,/}", .block, RuleID.rmRoot),
            VerdictCase("{bash,-c,'rm -rf /'}", .block, RuleID.rmRoot),
            VerdictCase("{r,}m -rf /", .block, RuleID.rmRoot),
            VerdictCase("rm -rf {/,/tmp}", .block, RuleID.rmRoot),
            VerdictCase("rm -rf /{etc,usr}", .block, RuleID.rmRoot),
            VerdictCase("{cat,/etc/shadow}", .review, RuleID.sensitiveRead),
            VerdictCase("{r..r}m -rf /", .block, RuleID.rmRoot),
            // Sequences too large to expand are not trusted as static words.
            VerdictCase("{1..100000}", .review, RuleID.dynamicName),
        ])

    static let paths = BypassFamily(
        name: "path spelling",
        cases: [
            VerdictCase("rm -rf //", .block, RuleID.rmRoot),
            VerdictCase("rm -rf /./", .block, RuleID.rmRoot),
            VerdictCase("rm -rf /usr/../", .block, RuleID.rmRoot),
            VerdictCase("rm -rf /bin/..", .block, RuleID.rmRoot),
            VerdictCase("rm -rf //etc", .block, RuleID.rmRoot),
            VerdictCase("rm -rf /etc/.", .block, RuleID.rmRoot),
            VerdictCase("rm -rf /*/", .block, RuleID.rmRoot),
            VerdictCase("rm -rf /{,}", .block, RuleID.rmRoot),
            VerdictCase("rm -rf \"/\"*", .block, RuleID.rmRoot),
            VerdictCase("rm -rf ~", .block, RuleID.rmRoot),
            VerdictCase("rm -rf ~/", .block, RuleID.rmRoot),
            VerdictCase("rm -rf $HOME/", .block, RuleID.rmRoot),
            VerdictCase("rm -rf \"${HOME}\"", .block, RuleID.rmRoot),
            VerdictCase("/usr//bin/../bin/rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("/bin/rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("rm -rf /var/lib/*", .block, RuleID.rmRoot),
            VerdictCase("rm -rf ~root", .block, RuleID.rmRoot),
            VerdictCase("unlink /etc/passwd", .block),
            // Relative paths after `cd` (more in VerdictWorkingDirectoryTests).
            VerdictCase("cd / && rm -rf *", .block, RuleID.rmRoot),
            VerdictCase("cd /etc; rm -rf .", .block, RuleID.rmRoot),
        ])

    @Test(arguments: quoting.cases) func quotingVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: escapes.cases) func escapesVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: ansiC.cases) func ansiCVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: ifs.cases) func ifsVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: braces.cases) func bracesVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: paths.cases) func pathsVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: [quoting, ifs, paths].flatMap(\.gaps)) func knownGaps(_ g: KnownEngineGap) { expectKnownGap(g) }
}
