#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ShellAST
import Testing
import VigilTestKit
@testable import IncidentCore

/// 8. Random loops (policies, thresholds, plans mixing allow/review/block
/// commands and structured actions, executor outcomes, alert clear times,
/// votes, feedback) keep the guarantees:
/// (a) nothing `block` reaches the executor; `review` (and `critical_write`)
///     only with an approval a human gave on that case;
/// (b) every case's timeline has one `case.transition` entry per step, and
///     the log's chain verifies;
/// (c) every case ends terminal or awaiting approval;
/// (d) attempts never exceed the loop's or the hint's maximum;
/// (e) the same seed gives the same audit bytes.
/// Each failure message names the seed; replay it with `LoopScenario(seed:)`.
@Suite struct LoopPropertyTests {
    /// 8 chunks × 40 seeds = 320 random loops, each run twice.
    static let chunks = 8
    static let perChunk = 40

    @Test(arguments: 0..<chunks)
    func randomLoopsKeepTheGuarantees(_ chunk: Int) async throws {
        let seeds = PropertySeeds.make(Self.perChunk, base: 0x100B_0000 &+ UInt64(chunk) &* 0x1_0000_0000)
        for seed in seeds {
            let scenario = LoopScenario(seed: seed)
            let tag = "seed 0x\(String(seed, radix: 16))"
            let first: LoopScenario.Outcome
            do {
                first = try await scenario.run()
            } catch {
                Issue.record("\(tag): the run threw \(error)")
                continue
            }
            let violations = await Self.violations(first, scenario)
            #expect(violations.isEmpty, "\(tag): \(violations.joined(separator: "\n"))")
            let second = try await scenario.run()
            #expect(second.bytes == first.bytes, "\(tag): (e) the same seed gave different audit bytes")
        }
    }

    /// Every broken invariant, in words.
    static func violations(_ run: LoopScenario.Outcome, _ scenario: LoopScenario) async -> [String] {
        var out = run.unexpected.map { "unexpected error: \($0)" }
        let rig = run.rig
        let entries = await rig.entries()
        if case .broken(let b) = AuditChain.verify(run.bytes) { out.append("(b) the audit chain breaks: \(b)") }
        var records: [String: CaseRecord] = [:]
        for id in run.ids {
            guard let record = await rig.loop.record(id) else {
                out.append("no record for \(id)")
                continue
            }
            records[id] = record
            let logged = entries.filter { $0.caseID == id && $0.kind == "case.transition" }
            if logged.count != record.timeline.count {
                out.append("(b) \(id): \(record.timeline.count) transitions, \(logged.count) case.transition entries")
            }
            if !(record.state.isTerminal || record.state == .awaitingApproval) {
                out.append("(c) \(id) ended \(record.state)")
            }
            if record.attempts > scenario.configuration.maxAttempts {
                out.append("(d) \(id): \(record.attempts) attempts > maxAttempts \(scenario.configuration.maxAttempts)")
            }
            if let m = scenario.hintMaxAttempts, record.attempts > m {
                out.append("(d) \(id): \(record.attempts) attempts > the hint's max_attempts \(m)")
            }
            if (try? await rig.cases.load(id)) != record { out.append("\(id): the store differs from the loop's record") }
            let closed = entries.filter { $0.caseID == id && $0.kind == "case.closed" }.count
            if closed != (record.state.isTerminal ? 1 : 0) { out.append("\(id): \(closed) case.closed entries in state \(record.state)") }
        }
        if rig.guardrails.pendingCount != 0 { out.append("\(rig.guardrails.pendingCount) guardrail reservations left pending") }
        for (n, call) in rig.executor.calls.enumerated() {
            out += callViolations(n, call.action, records[call.action.caseID], entries)
        }
        return out
    }

    /// (a) for one executor call, judged afresh and against the case's record.
    static func callViolations(_ n: Int, _ action: AuthorizedAction, _ record: CaseRecord?, _ entries: [AuditEntry]) -> [String] {
        var out: [String] = []
        let what = "(a) call \(n + 1) \(actionKey(action.action)) for \(action.caseID)"
        let verdict: Verdict
        let risk: RiskClass
        switch action.action {
        case .shell(let command):
            let c = LoopRig.verdicts.classify(command)
            (verdict, risk) = (c.verdict, c.risk)
        case .structured(let name, _, _):
            guard let spec = ActionCatalog.standard[name] else { return ["\(what): not in the catalog, yet executed"] }
            (verdict, risk) = (.allow, spec.risk)
        }
        if verdict == .block || action.verdict == .block { out.append("\(what): verdict block reached the executor") }
        guard let record else { return out + ["\(what): no such case"] }
        let decision = Int(action.decisionID.split(separator: "/").last ?? "").flatMap { n in
            record.decisions.indices.contains(n - 1) ? record.decisions[n - 1] : nil
        }
        switch decision?.outcome {
        case nil: out.append("\(what): decision \(action.decisionID) is not in the case")
        case .deny?: out.append("\(what): decision \(action.decisionID) denied the plan")
        case .awaitApproval?, .execute?: break
        }
        let needsHuman = verdict == .review || risk == .criticalWrite || decision?.outcome == .awaitApproval
        guard needsHuman else { return out }
        guard let approval = action.approval else { return out + ["\(what): \(verdict)/\(risk) ran without an approval"] }
        let voted = Set(
            entries.filter {
                $0.caseID == action.caseID && $0.kind == "case.approval.vote" && $0["vote"] == .string("approve")
                    && $0["request"] == .string(approval.requestID)
            }.compactMap { e -> String? in
                if case .string(let a)? = e["approver"] { return a }
                return nil
            })
        if approval.approvers.isEmpty || !Set(approval.approvers).isSubset(of: voted) {
            out.append("\(what): approval \(approval.approvers) not backed by logged votes \(voted.sorted())")
        }
        if !approval.approvers.allSatisfy({ a in record.approvals.contains { $0.approver == a && $0.vote == .approve } }) {
            out.append("\(what): approval \(approval.approvers) not in the case's votes")
        }
        return out
    }
}

extension AuditEntry {
    /// A member of the entry's data.
    subscript(key: String) -> JSONValue? { data[key] }
}
