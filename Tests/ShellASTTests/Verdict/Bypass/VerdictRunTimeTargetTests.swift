import Testing

@testable import ShellAST

/// Targets the shell settles only when it runs the command: patterns that can expand to a
/// system tree, defaults of parameter expansions, paths that climb out of any working
/// directory, and arguments only known at run time where an option could stand.
@Suite("Bypass: run-time targets")
struct VerdictRunTimeTargetTests {
    @Test(arguments: [
        // Patterns at the top of the tree.
        VerdictCase("rm -rf /e*", .block, RuleID.rmRoot),
        VerdictCase("rm -rf /[e]tc", .block, RuleID.rmRoot),
        VerdictCase("rm -rf /et?", .block, RuleID.rmRoot),
        VerdictCase("rm -rf /u*/b*", .block, RuleID.rmRoot),
        VerdictCase("rm -rf /*/*", .block, RuleID.rmRoot),
        VerdictCase("rm -rf /v*/l*/*", .block, RuleID.rmRoot),
        VerdictCase("rm -rf /tmp/*", .review, "files.rm.recursive"),
        VerdictCase("rm -rf /opt/app-*", .review, "files.rm.recursive"),
        VerdictCase("rm -f /var/log/*.log", .review, "files.rm"),
        // Defaults and alternatives of parameter expansions.
        VerdictCase("rm -rf ${DIR:-/}", .block, RuleID.rmRoot),
        VerdictCase("rm -rf \"${DIR:-/}\"", .block, RuleID.rmRoot),
        VerdictCase("rm -rf ${HOME:-/}", .block, RuleID.rmRoot),
        VerdictCase("rm -rf ${DIR:+~}", .block, RuleID.rmRoot),
        VerdictCase("rm -rf ${DIR:-/}/*", .block, RuleID.rmRoot),
        VerdictCase("rm -rf ${DIR:-/tmp/x}", .review, "files.rm.recursive"),
        VerdictCase("rm -rf ${DIR:?}/", .review, "files.rm.recursive"),
        // Climbing out of any working directory.
        VerdictCase("rm -rf ../../..", .block, RuleID.rmRoot),
        VerdictCase("rm -rf ./../../../../../../", .block, RuleID.rmRoot),
        VerdictCase("rm -rf ../../../*", .block, RuleID.rmRoot),
        VerdictCase("rm -rf ../..", .review, "files.rm.recursive"),
        VerdictCase("rm -rf ../../../tmp", .review, "files.rm.recursive"),
        // The environment a prefix assignment gives a shell's `-c` string.
        VerdictCase("X=/ bash -c 'rm -rf \"$X\"'", .block, RuleID.rmRoot),
        VerdictCase("X=/ timeout 5 sh -c 'rm -rf $X'", .block, RuleID.rmRoot),
        VerdictCase("D=/etc; X=$D bash -c 'rm -rf \"$X\"'", .block, RuleID.rmRoot),
        VerdictCase("X=/tmp/x bash -c 'rm -rf \"$X\"'", .review, "files.rm.recursive"),
        VerdictCase("X=/ bash -c 'echo $X'", .allow),
        // An argument only known at run time where an option could stand: the rules that
        // read a command as read-only because an option is absent do not apply.
        VerdictCase("dd if=x of=/dev/sd$X", .review, "files.dd.default"),
        VerdictCase("dd if=x $OF", .review, "files.dd.default"),
        VerdictCase("wipefs $X /dev/sda", .review, "disks.wipefs.default"),
        VerdictCase("wipefs \"$@\" /dev/sda", .review, "disks.wipefs.default"),
        VerdictCase("sgdisk $X /dev/sda", .review, "disks.sgdisk.default"),
        VerdictCase("docker save img $X", .review, "containers.docker.default"),
        VerdictCase("dd if=/dev/sda bs=512 count=1", .allow, "files.dd.read"),
        VerdictCase("wipefs /dev/sda", .allow, "disks.wipefs.list"),
        VerdictCase("docker save -o img.tar img", .review),
        VerdictCase("cat $FILE", .allow),
        VerdictCase("kubectl logs -n $NS $POD", .allow),
    ])
    func row(_ c: VerdictCase) { expectVerdict(c) }

    @Test(arguments: [
        ("../../..", true), ("./../../../", true), ("../../../*", true), ("../../../../..", true), ("../..", false), ("..", false),
        ("../../../tmp", false), ("./x/../../..", false), ("...", false),
    ])
    func climbing(_ c: (String, Bool)) {
        #expect((PathRules.kind(of: c.0) == .systemTree) == c.1, "path \(c.0)")
        #expect((PathRules.generalKind(of: c.0) == .systemTree) == c.1, "path \(c.0), string path")
    }
}
