#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
import VigilTestKit
@testable import IncidentCore

/// Checks any ``AuditLog`` implementation must pass. A new backend calls
/// `AuditLogConformance.check(...)` from its own test with a factory.
enum AuditLogConformance {
    /// Random records, including data that looks like the line format.
    static func record(_ r: inout SplitMix64) -> AuditRecord {
        let awkward: [JSONValue] = [
            #","hash":"0000","mac":""#, "line\nbreak", "tab\tquote\"backslash\\", "ünïcødé ✓", "\u{0}\u{1f}\u{7f}", "",
        ]
        var data: [String: JSONValue] = ["n": .number(Double(r.int(-1000...1000))), "f": .number(r.double(-1...1))]
        data["text"] = r.pick(awkward)
        data["hash"] = r.pick(awkward)
        if r.chance(0.5) { data["nested"] = ["list": [1, true, .null, "x"], "empty": .object([:])] }
        return AuditRecord(
            kind: r.pick(["case.transition", "decision", "approval.vote", "action"]),
            caseID: r.chance(0.8) ? "case-\(r.int(1...9))" : nil, data: .object(data))
    }

    /// Appends sequentially and concurrently; checks numbering, chaining,
    /// clock stamps, read-back and verification of `bytes()`.
    static func check(
        clock: ManualClock, seed: UInt64, makeLog: () throws -> any AuditLog, bytes: () -> [UInt8]
    ) async throws {
        var r = SplitMix64(seed: seed)
        let log = try makeLog()
        #expect(try await log.entries().isEmpty)
        var appended: [AuditEntry] = []
        for i in 1...20 {
            clock.advance(by: Double(r.int(0...5)) + 0.25)
            let record = record(&r)
            let e = try await log.append(record)
            #expect(e.sequence == i, "seed \(seed)")
            #expect(e.time == clock.now(), "seed \(seed)")
            #expect(e.kind == record.kind && e.caseID == record.caseID && e.data == record.data, "seed \(seed)")
            #expect(e.previousHash == (appended.last?.hash ?? String(repeating: "0", count: 64)), "seed \(seed)")
            appended.append(e)
        }
        #expect(try await log.entries() == appended, "seed \(seed): read-back differs")
        let records = (0..<50).map { _ in record(&r) }
        let concurrent = try await withThrowingTaskGroup(of: AuditEntry.self) { group in
            for rec in records { group.addTask { try await log.append(rec) } }
            var out: [AuditEntry] = []
            for try await e in group { out.append(e) }
            return out
        }
        #expect(Set(concurrent.map(\.sequence)) == Set(21...70), "seed \(seed): concurrent appends lost or reused a number")
        let all = try await log.entries()
        #expect(all.count == 70)
        for (a, b) in zip(all, all.dropFirst()) { #expect(b.previousHash == a.hash, "seed \(seed)") }
        guard case .valid(70, all.last!.hash, _) = AuditChain.verify(bytes()) else {
            Issue.record("seed \(seed): \(AuditChain.verify(bytes()))")
            return
        }
    }
}

@Suite struct AuditLogConformanceTests {
    @Test(arguments: PropertySeeds.make(3))
    func inMemoryLogConforms(seed: UInt64) async throws {
        let clock = ManualClock()
        var log: InMemoryAuditLog?
        try await AuditLogConformance.check(
            clock: clock, seed: seed,
            makeLog: {
                log = InMemoryAuditLog(clock: clock)
                return log!
            }, bytes: { log!.bytes })
    }

    @Test(arguments: PropertySeeds.make(3))
    func fileLogConforms(seed: UInt64) async throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let clock = ManualClock()
        try await AuditLogConformance.check(
            clock: clock, seed: seed, makeLog: { try FileAuditLog(directory: dir.path, clock: clock) },
            bytes: { dir.read(FileAuditLog.fileName) })
        // Reopening sees the same chain and continues it.
        let reopened = try FileAuditLog(directory: dir.path, clock: clock)
        #expect(reopened.recoveredBytes == 0)
        let next = try reopened.appendSynchronously(AuditRecord(kind: "after.reopen"))
        #expect(next.sequence == 71)
        guard case .valid(71, _, false) = try FileAuditLog.verify(directory: dir.path) else {
            Issue.record("reopened log does not verify")
            return
        }
    }

    @Test func keyedLogsAuthenticate() async throws {
        let clock = ManualClock()
        let key = try #require(AuditKey(bytes: Array("s3cret".utf8)))
        let keyed = InMemoryAuditLog(clock: clock, key: key)
        let plain = InMemoryAuditLog(clock: clock)
        var r = SplitMix64(seed: 7)
        for _ in 0..<5 {
            let rec = AuditLogConformance.record(&r)
            let e = try await keyed.append(rec)
            #expect(e.algorithm == "sha256+hmac-sha256" && e.mac?.count == 64)
            _ = try await plain.append(rec)
        }
        #expect(AuditChain.verify(keyed.bytes, key: key) == .valid(entries: 5, head: try await keyed.entries()[4].hash, authenticated: true))
        guard case .valid(5, _, false) = AuditChain.verify(keyed.bytes) else {
            Issue.record("a keyed log should verify its hashes without the key")
            return
        }
        #expect(AuditChain.verify(keyed.bytes, key: AuditKey(bytes: Array("wrong".utf8)))
            == .broken(AuditBreak(entry: 1, reason: "MAC mismatch (wrong key, or the entry was forged)")))
        #expect(AuditChain.verify(plain.bytes, key: key)
            == .broken(AuditBreak(entry: 1, reason: "no MAC, but the log is verified with a key")))
        #expect(AuditKey(bytes: []) == nil)
    }

    @Test func hmacMatchesRFC4231() {
        func hex(_ s: String) -> [UInt8] {
            var out: [UInt8] = []
            var it = s.utf8.makeIterator()
            while let a = it.next(), let b = it.next() { out.append(UInt8(String(decoding: [a, b], as: UTF8.self), radix: 16)!) }
            return out
        }
        let cases: [([UInt8], [UInt8], String)] = [
            ([UInt8](repeating: 0x0b, count: 20), Array("Hi There".utf8),
             "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
            (Array("Jefe".utf8), Array("what do ya want for nothing?".utf8),
             "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
            ([UInt8](repeating: 0xaa, count: 20), [UInt8](repeating: 0xdd, count: 50),
             "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
            (hex("0102030405060708090a0b0c0d0e0f10111213141516171819"), [UInt8](repeating: 0xcd, count: 50),
             "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
            ([UInt8](repeating: 0xaa, count: 131), Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
             "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
            ([UInt8](repeating: 0xaa, count: 131),
             Array("This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.".utf8),
             "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
        ]
        for (key, message, expected) in cases {
            #expect(HMACSHA256.authenticate(message, key: key).hex == expected)
        }
        #expect(HMACSHA256.constantTimeEqual([1, 2], [1, 2]))
        #expect(!HMACSHA256.constantTimeEqual([1, 2], [1, 3]))
        #expect(!HMACSHA256.constantTimeEqual([1, 2], [1, 2, 3]))
    }
}
