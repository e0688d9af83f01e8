#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ShellAST
import Testing
@testable import IncidentCore

@Suite struct ExecutorTests {
    static func shell(_ command: String, step: Int = 0) -> AuthorizedAction {
        .minted(.shell(command: command), step: step)
    }

    @Test func dryRunRecordsAndRunsNothing() async {
        let clock = ManualClock()
        let dry = DryRunExecutor(clock: clock)
        let r1 = await dry.execute(Self.shell("touch /tmp/vigil-dry-run-must-not-exist"))
        let r2 = await dry.execute(AuthorizedAction.minted(.structured(name: "restart_pod", target: "web-1", parameters: ["namespace": "prod"]), step: 1))
        #expect(r1.outcome == .dryRun && r1.isSuccess && r1.startedAt == clock.now())
        #expect(r1.message == "dry run: would run `touch /tmp/vigil-dry-run-must-not-exist`")
        #expect(r2.message == "dry run: would run restart_pod(web-1) {namespace=prod}")
        #expect(dry.recorded.map(\.index) == [0, 1])
        #expect(access("/tmp/vigil-dry-run-must-not-exist", F_OK) != 0)
    }

    @Test func capturesOutputAndExitStatus() async {
        let p = ProcessExecutor(clock: ManualClock())
        let failed = await p.execute(Self.shell("echo out; echo err >&2; exit 3"))
        #expect(failed.outcome == .failed && failed.exitStatus == 3 && failed.signal == nil)
        #expect(failed.standardOutput == "out\n" && failed.standardError == "err\n")
        #expect(!failed.isSuccess)
        let ok = await p.execute(Self.shell("printf '%s' \"$PATH\"; test -z \"$HOME\""))
        #expect(ok.outcome == .succeeded && ok.exitStatus == 0)
        #expect(ok.standardOutput == "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "only the configured environment")
        let stdin = await p.execute(Self.shell("cat; echo end"))
        #expect(stdin.standardOutput == "end\n", "stdin is /dev/null")
    }

    @Test func limitsOutputAndKeepsDraining() async {
        let p = ProcessExecutor(configuration: .init(outputLimit: 1000), clock: ManualClock())
        let r = await p.execute(Self.shell("head -c 300000 /dev/zero | tr '\\0' x; echo done >&2"))
        #expect(r.outcome == .succeeded)
        #expect(r.standardOutput.utf8.count == 1000 && r.outputTruncated)
        #expect(r.standardError == "done\n")
    }

    @Test func timeoutKillsTheProcessGroup() async {
        let p = ProcessExecutor(configuration: .init(timeout: 0.3), clock: ManualClock())
        let r = await p.execute(Self.shell("sleep 30 & sleep 30; echo never"))
        #expect(r.outcome == .timedOut && r.signal == SIGTERM && r.exitStatus == nil)
        #expect(r.standardOutput.isEmpty && r.message == "killed after the 0.3 s timeout")
    }

    @Test func ignoringSIGTERMEarnsSIGKILL() {
        let o = Subprocess.run(["/bin/sh", "-c", "trap '' TERM; sleep 30"], environment: ["PATH": "/bin:/usr/bin"], timeout: 0.2, outputLimit: 100, killGrace: 0.2)
        #expect(o.timedOut && o.signal == SIGKILL)
    }

    @Test func refusesWhatItCannotRun() async {
        let p = ProcessExecutor(configuration: .init(shell: "/nonexistent/sh"), clock: ManualClock())
        let r = await p.execute(Self.shell("true"))
        #expect(r.outcome == .refused && r.message?.hasPrefix("cannot start /nonexistent/sh") == true)
        let s = await ProcessExecutor(clock: ManualClock()).execute(AuthorizedAction.minted(.structured(name: "restart_pod", target: nil, parameters: [:])))
        #expect(s.outcome == .refused && s.message == "ProcessExecutor runs shell commands only; restart_pod() needs an adapter")
    }

    @Test(arguments: [Verdict.block, .review])
    func processExecutorRefusesWhatNeedsMoreThanTheGateGave(_ verdict: Verdict) async {
        let marker = "/tmp/vigil-refused-\(verdict.name)-must-not-exist"
        let r = await ProcessExecutor(clock: ManualClock()).execute(.minted(.shell(command: "touch \(marker)"), verdict: verdict))
        #expect(r.outcome == .refused)
        #expect(r.message == "verdict \(verdict.name) without an approval never runs")
        #expect(access(marker, F_OK) != 0)
    }

    @Test func verificationIsClearForTheWholeWindow() {
        let t = Date(timeIntervalSince1970: 1000)
        let a = AlertFingerprint(1), b = AlertFingerprint(2)
        #expect(AlertVerification.evaluate([a: .clear(since: t), b: .clear(since: t.addingTimeInterval(-500))], now: t.addingTimeInterval(300), window: 300) == .verified)
        #expect(AlertVerification.evaluate([a: .clear(since: t)], now: t.addingTimeInterval(299), window: 300) == .pending(reason: "alert 0000000000000001 clear for 299 s of 300 s"))
        #expect(AlertVerification.evaluate([a: .clear(since: t), b: .firing], now: t.addingTimeInterval(900), window: 300) == .pending(reason: "alert 0000000000000002 is firing"))
        #expect(AlertVerification.evaluate([a: .unknown], now: t, window: 0) == .pending(reason: "alert 0000000000000001 state is unknown"))
        #expect(AlertVerification.evaluate([:], now: t, window: 0) == .pending(reason: "no alert to verify"))
    }

    @Test func inMemoryAlertStateKeepsTheFirstClearTime() async {
        let s = InMemoryAlertState()
        let a = AlertFingerprint(7)
        #expect(await s.observe(a) == .unknown)
        s.setFiring(a)
        #expect(await s.observe(a) == .firing)
        s.setClear(a, since: Date(timeIntervalSince1970: 10))
        s.setClear(a, since: Date(timeIntervalSince1970: 20))
        #expect(await s.observe(a) == .clear(since: Date(timeIntervalSince1970: 10)))
    }
}
