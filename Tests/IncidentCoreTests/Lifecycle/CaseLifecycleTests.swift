#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
import VigilTestKit
@testable import IncidentCore

@Suite struct CaseLifecycleTests {
    /// The whole table, written out: a change to the machine must change this list.
    @Test func transitionTableIsExactly() {
        let expected: [(CaseState, CaseEvent, CaseState)] = [
            (.received, .beginTriage, .triaging), (.received, .escalate, .escalated), (.received, .alertCleared, .resolved),
            (.triaging, .planProposed, .planned), (.triaging, .escalate, .escalated), (.triaging, .alertCleared, .resolved),
            (.planned, .authorized, .executing), (.planned, .approvalRequired, .awaitingApproval),
            (.planned, .denied, .escalated), (.planned, .escalate, .escalated), (.planned, .alertCleared, .resolved),
            (.awaitingApproval, .approved, .executing), (.awaitingApproval, .approvalRejected, .rejected),
            (.awaitingApproval, .escalate, .escalated), (.awaitingApproval, .alertCleared, .resolved),
            (.executing, .actionsCompleted, .verifying), (.executing, .retry, .executing),
            (.executing, .executionFailed, .failed), (.executing, .partiallyApplied, .partiallyRemediated),
            (.executing, .escalate, .escalated),
            (.verifying, .retry, .executing), (.verifying, .verified, .resolved), (.verifying, .executionFailed, .failed),
            (.verifying, .partiallyApplied, .partiallyRemediated), (.verifying, .escalate, .escalated),
            (.partiallyRemediated, .escalate, .escalated), (.failed, .escalate, .escalated),
        ]
        let table = CaseStateMachine.transitionTable.map { "\($0.from) -\($0.event)-> \($0.to)" }
        #expect(Set(table) == Set(expected.map { "\($0.0) -\($0.1)-> \($0.2)" }))
        #expect(table.count == expected.count)
        for s in CaseState.allCases where s.isTerminal { #expect(CaseStateMachine.accepted(in: s).isEmpty) }
    }

    @Test func illegalEventsAreErrorsAndChangeNothing() {
        for state in CaseState.allCases {
            for event in CaseEvent.allCases where CaseStateMachine.target(of: event, from: state) == nil {
                var m = CaseStateMachine(state: state, attempts: 2)
                #expect(throws: LifecycleError(event: event, state: state, accepted: CaseStateMachine.accepted(in: state))) {
                    try m.handle(event)
                }
                #expect(m == CaseStateMachine(state: state, attempts: 2))
            }
        }
        let e = LifecycleError(event: .approved, state: .resolved, accepted: [])
        #expect(e.description == "illegal transition: approved in state resolved (accepts: nothing; the state is terminal)")
    }

    /// Random event sequences: every accepted event follows the table, every
    /// refused one leaves the machine as it was, terminal states stay put, and
    /// attempts count the entries into `executing`.
    @Test(arguments: PropertySeeds.make())
    func randomEventSequencesNeverReachAnIllegalState(seed: UInt64) {
        var r = SplitMix64(seed: seed)
        let table = Set(CaseStateMachine.transitionTable.map { "\($0.from)|\($0.event)|\($0.to)" })
        var reached: Set<CaseState> = []
        for _ in 0..<300 {
            var m = CaseStateMachine()
            var entries = 0
            for _ in 0..<r.int(1...40) {
                // Bias towards legal events that move forward, so runs go deep.
                let legal = CaseStateMachine.accepted(in: m.state)
                let forward = legal.filter { $0 != .escalate && $0 != .alertCleared }
                let event =
                    !forward.isEmpty && r.chance(0.7) ? r.pick(forward)
                    : !legal.isEmpty && r.chance(0.5) ? r.pick(legal) : r.pick(CaseEvent.allCases)
                let before = m
                do {
                    let t = try m.handle(event)
                    #expect(table.contains("\(t.from)|\(t.event)|\(t.to)"), "seed \(seed)")
                    #expect(!before.state.isTerminal, "seed \(seed): left terminal \(before.state)")
                    if t.to == .executing { entries += 1 }
                } catch {
                    #expect(m == before, "seed \(seed): a refused \(event) changed the machine")
                    #expect(error.state == before.state && !error.accepted.contains(event), "seed \(seed)")
                }
                #expect(m.attempts == entries, "seed \(seed)")
                reached.insert(m.state)
            }
        }
        #expect(reached == Set(CaseState.allCases), "seed \(seed): unreached \(Set(CaseState.allCases).subtracting(reached))")
    }

    /// The same through the audited path: every transition in the case's
    /// timeline has exactly one `case.transition` entry, in order, and the chain verifies.
    @Test(arguments: PropertySeeds.make(4))
    func everyTransitionIsAudited(seed: UInt64) async throws {
        var r = SplitMix64(seed: seed)
        let clock = ManualClock()
        let audit = InMemoryAuditLog(clock: clock)
        var records: [CaseRecord] = []
        var refused = 0
        for n in 0..<20 {
            var record = CaseRecord(id: "case-\(n)", openedAt: clock.now())
            for _ in 0..<r.int(1...25) {
                clock.advance(by: Double(r.int(0...60)))
                let legal = CaseStateMachine.accepted(in: record.state)
                let event = !legal.isEmpty && r.chance(0.8) ? r.pick(legal) : r.pick(CaseEvent.allCases)
                let before = record
                do {
                    let t = try await record.apply(event, reason: "step", clock: clock, audit: audit)
                    #expect(t.at == clock.now())
                } catch {
                    guard case .lifecycle = error else { throw error }
                    #expect(record == before, "seed \(seed)")
                    refused += 1
                }
            }
            records.append(record)
        }
        let entries = try await audit.entries()
        #expect(entries.filter { $0.kind == "case.transition.refused" }.count == refused, "seed \(seed)")
        for record in records {
            let audited = entries.filter { $0.kind == "case.transition" && $0.caseID == record.id }
            #expect(audited.count == record.timeline.count, "seed \(seed): \(record.id)")
            for (e, t) in zip(audited, record.timeline) {
                #expect(e.data == .object([
                    "from": .string(t.from.rawValue), "to": .string(t.to.rawValue), "event": .string(t.event.rawValue),
                    "attempt": e.data.objectValue?["attempt"] ?? .null, "reason": "step",
                ]), "seed \(seed)")
                #expect(e.time == t.at, "seed \(seed)")
            }
        }
        guard case .valid = AuditChain.verify(audit.bytes) else {
            Issue.record("seed \(seed): chain does not verify")
            return
        }
    }

    @Test func aFailingAuditLogBlocksTheTransition() async {
        struct BrokenLog: AuditLog {
            func append(_ record: AuditRecord) async throws(AuditError) -> AuditEntry { throw .poisoned("test") }
            func entries() async throws(AuditError) -> [AuditEntry] { [] }
        }
        var record = CaseRecord(id: "c", openedAt: Date(timeIntervalSince1970: 0))
        let before = record
        await #expect(throws: CaseUpdateError.self) {
            try await record.apply(.beginTriage, clock: ManualClock(), audit: BrokenLog())
        }
        #expect(record == before)
    }
}

extension JSONValue {
    var objectValue: [String: JSONValue]? {
        if case .object(let o) = self { return o }
        return nil
    }
}
