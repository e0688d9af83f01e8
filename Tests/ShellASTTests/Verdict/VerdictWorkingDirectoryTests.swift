import Testing
import VigilTestKit
@testable import ShellAST

/// `cd DIR` changes what a relative path names: `cd / && rm -rf *` removes `/*`.
/// The engine judges a relative path as written and below every directory a
/// `cd` or `pushd` earlier in the input may have entered; the worst reading wins.
@Suite("Verdict: working directory")
struct VerdictWorkingDirectoryTests {
    static let cases: [VerdictCase] = [
        // Deletions and writes below a directory entered with `cd` / `pushd`.
        VerdictCase("cd / && rm -rf *", .block, "files.rm.catastrophic-target"),
        VerdictCase("cd /; rm -rf *", .block),
        VerdictCase("cd /\nrm -rf *", .block),
        VerdictCase("cd / || rm -rf *", .block),
        VerdictCase("cd /etc; rm -rf ./*", .block),
        VerdictCase("cd /usr && rm -rf -- bin", .block),
        VerdictCase("pushd / && rm -rf *", .block),
        VerdictCase("cd -P -- / && rm -rf *", .block),
        VerdictCase("(cd /; rm -rf *)", .block),
        VerdictCase("{ cd /; rm -rf *; }", .block),
        VerdictCase("cd /tmp; cd ..; rm -rf *", .block),
        VerdictCase("cd ~ && rm -rf *", .block),
        VerdictCase("cd && rm -rf *", .block),
        VerdictCase("cd ~root && rm -rf *", .block),
        VerdictCase("cd / && chmod -R 777 .", .block),
        VerdictCase("cd / && find . -delete", .block),
        VerdictCase("cd /etc && echo x > passwd", .block, "files.write-protected"),
        VerdictCase("cd /etc && tee shadow < /tmp/s", .block),
        // A directory only known at run time may be the root, as in `rm -rf "$D"/*`.
        VerdictCase("cd \"$D\" && rm -rf *", .block),
        VerdictCase("cd $(dirname \"$0\") && rm -rf *", .block),
        VerdictCase("cd /e?c && rm -rf *", .block),
        // Reads of secrets by a name relative to the directory.
        VerdictCase("cd /etc && cat shadow", .review, "read.sensitive"),
        VerdictCase("cd ~/.ssh && cat id_rsa", .review, "read.sensitive"),
        // Ordinary work below ordinary directories is judged as before.
        VerdictCase("cd /tmp && rm -rf *", .review),
        VerdictCase("cd /srv/app && rm -rf build", .review),
        VerdictCase("cd /srv/app && git status", .allow),
        VerdictCase("cd /var/log && tail -n 50 syslog", .allow),
        VerdictCase("cd /etc && grep root passwd", .allow),
        VerdictCase("cd /home/www && find . -type f -name '*.php'", .allow),
        VerdictCase("cd - && ls", .allow),
    ]

    @Test(arguments: cases)
    func table(_ c: VerdictCase) {
        expectVerdict(c)
    }

    /// The same command without the `cd`: nothing is learnt, as before.
    @Test func withoutACdRelativePathsStayRelative() {
        #expect(defaultEngine.classify("rm -rf *").verdict == .review)
        #expect(defaultEngine.classify("cat shadow").verdict == .allow)
    }

    /// Protected paths of a policy meet relative operands below a `cd` target too.
    @Test func protectedPathsFollowCd() throws {
        let engine = try VerdictEngine(policy: VerdictPolicy(protectedPaths: [
            ProtectedPath(path: "/srv/postgres/**", verdict: .block),
            ProtectedPath(path: "/etc/vault/**", verdict: .block, reads: true),
        ]))
        for line in ["cd /srv/postgres && rm -rf data", "cd /srv && rm -rf postgres", "cd /srv/postgres; echo x > f",
                     "cd /etc/vault && cat token"] {
            let r = engine.classify(line)
            #expect(r.verdict == .block && r.reasons.contains { $0.rule == "policy.protected-path" }, "\(line): \(r.verdict.name)")
        }
        #expect(engine.classify("cd /tmp && rm -rf data").verdict == .review)
        #expect(engine.classify("cd /srv/postgres && ls -la").verdict == .allow)
    }

    // MARK: Property

    static let directories = [
        "/", "/etc", "/usr", "/usr/bin", "/var", "/var/lib", "/boot", "/home", "~", "~/.ssh", "/tmp", "/srv/app",
        "/var/log/nginx", "/opt/data", "/etc/ssh", "/root", "/proc/sys/kernel",
    ]
    static let relatives = ["*", ".", "./*", "passwd", "shadow", "sub/file", "..", "authorized_keys", "x.conf", "bin"]
    static let commands: [@Sendable (String) -> String] = [
        { "rm -rf \($0)" }, { "rm -f \($0)" }, { "chmod -R 777 \($0)" }, { "chown -R u:u \($0)" }, { "echo x > \($0)" },
        { "echo x >> \($0)" }, { "cat \($0)" }, { "find \($0) -delete" }, { "truncate -s 0 \($0)" }, { "shred -u \($0)" },
        { "tee \($0)" }, { "mv \($0) /tmp/x" }, { "ls -la \($0)" },
    ]
    static let joins = [" && ", "; ", "\n", " || "]

    /// `cd D; CMD REL` is never judged more leniently than `CMD D/REL` nor than `CMD REL`.
    @Test("cd D then a relative path is at least the absolute path", arguments: PropertySeeds.make())
    func cdThenRelativeIsAtLeastAbsolute(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var failures: [String] = []
        for _ in 0..<500 {
            let dir = rng.pick(Self.directories)
            let rel = rng.pick(Self.relatives)
            let make = rng.pick(Self.commands)
            let verb = rng.chance(0.2) ? "pushd" : "cd"
            var line = "\(verb) \(dir)\(rng.pick(Self.joins))\(make(rel))"
            if rng.chance(0.2) { line = "(\(line))" }
            if rng.chance(0.2) { line = "cd /tmp; " + line }
            let absolute = make((dir == "/" ? "" : dir) + "/" + rel)
            let got = defaultEngine.classify(line).verdict
            let floor = max(defaultEngine.classify(absolute).verdict, defaultEngine.classify(make(rel)).verdict)
            if got < floor { failures.append("`\(line)` is \(got.name), but `\(absolute)` / `\(make(rel))` reach \(floor.name)") }
        }
        #expect(failures.isEmpty, "seed \(seed): \(failures.count) violations, first: \(failures.prefix(5).joined(separator: "; "))")
    }
}
