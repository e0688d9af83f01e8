#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
import VigilTestKit
@testable import IncidentCore

@Suite struct AuditTamperTests {
    static func log(seed: UInt64, entries: Int, key: AuditKey? = nil) -> [UInt8] {
        var r = SplitMix64(seed: seed)
        let clock = ManualClock()
        let log = InMemoryAuditLog(clock: clock, key: key)
        for _ in 0..<entries {
            clock.advance(by: r.double(0...3))
            log.appendSynchronously(AuditLogConformance.record(&r))
        }
        return log.bytes
    }

    /// Every byte of the log, flipped by a seeded non-zero mask, breaks the chain.
    @Test(arguments: PropertySeeds.make(4))
    func everySingleByteFlipIsDetected(seed: UInt64) throws {
        let key = seed % 2 == 0 ? AuditKey(bytes: Array("k".utf8)) : nil
        let bytes = Self.log(seed: seed, entries: 6, key: key)
        guard case .valid(6, _, _) = AuditChain.verify(bytes, key: key) else {
            Issue.record("seed \(seed): the untouched log must verify")
            return
        }
        var r = SplitMix64(seed: seed ^ 0xF11F)
        for i in bytes.indices {
            var tampered = bytes
            tampered[i] ^= UInt8(truncatingIfNeeded: r.int(1...255))
            guard case .broken(let b) = AuditChain.verify(tampered, key: key) else {
                Issue.record("seed \(seed): flipping byte \(i) (\(bytes[i]) → \(tampered[i])) went undetected")
                continue
            }
            // The break is reported at or before the entry holding the byte.
            let line = bytes[..<i].filter { $0 == 0x0A }.count + 1
            #expect(b.entry <= line, "seed \(seed): byte \(i) is in entry \(line), reported \(b)")
        }
    }

    @Test(arguments: PropertySeeds.make(4))
    func insertedOrDeletedBytesAndReorderedEntriesAreDetected(seed: UInt64) {
        let bytes = Self.log(seed: seed, entries: 6)
        var r = SplitMix64(seed: seed)
        for _ in 0..<200 {
            var t = bytes
            if r.chance(0.5) {
                t.remove(at: r.int(0..<t.count))
            } else {
                t.insert(UInt8(truncatingIfNeeded: r.int(0...255)), at: r.int(0...t.count))
            }
            if case .valid = AuditChain.verify(t) { Issue.record("seed \(seed): an edit went undetected") }
        }
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map(Array.init)
        lines.swapAt(1, 3)
        #expect(AuditChain.verify(lines.flatMap { $0 + [0x0A] }) == .broken(AuditBreak(entry: 2, reason: "sequence number 4, expected 2")))
        lines.swapAt(1, 3)
        lines.remove(at: 2)
        #expect(AuditChain.verify(lines.flatMap { $0 + [0x0A] }) == .broken(AuditBreak(entry: 3, reason: "sequence number 4, expected 3")))
    }

    @Test func rewritingAnEntryIsCaughtByTheNextOne() throws {
        // Someone edits entry 2 and recomputes its own hash: entry 3's prev no longer matches.
        let bytes = Self.log(seed: 1, entries: 4)
        var lines = bytes.split(separator: 0x0A).map(Array.init)
        let (entry, _) = try AuditLine.parse(lines[1][...]).get()
        let forged = AuditLine.make(
            AuditRecord(kind: "decision", caseID: entry.caseID, data: ["allowed": true]), sequence: 2, time: entry.time,
            previous: entry.previousHash, key: nil)
        lines[1] = Array(forged.line.dropLast())
        #expect(AuditChain.verify(lines.flatMap { $0 + [0x0A] }) == .broken(AuditBreak(entry: 3, reason: "prev does not match entry 2's hash")))
    }

    @Test func formatIsExact() throws {
        let clock = ManualClock(Date(timeIntervalSince1970: 1_714_564_800.5))
        let log = InMemoryAuditLog(clock: clock)
        log.appendSynchronously(AuditRecord(kind: "case.transition", caseID: "c1", data: ["to": "triaging", "from": "received"]))
        let line = String(decoding: log.bytes, as: UTF8.self)
        let prefix = #"{"seq":1,"time":"2024-05-01T12:00:00.5Z","kind":"case.transition","case":"c1","data":{"from":"received","to":"triaging"},"prev":"0000000000000000000000000000000000000000000000000000000000000000","alg":"sha256""#
        #expect(line.hasPrefix(prefix + #","hash":""#))
        // The hash is the SHA-256 of the prefix bytes (printf '%s' "$prefix" | sha256sum).
        let hash = String(line.dropFirst(prefix.count + #","hash":""#.count).prefix(64))
        #expect(line == prefix + #","hash":""# + hash + "\"}\n")
        #expect(hash == "ae4272ece84f7d25b82c9a2ac71f5b40e71c3ce1e24ecf910d881d4948676423")  // python3 -c 'import hashlib; print(hashlib.sha256(PREFIX).hexdigest())'
    }

    @Test func verifyReportsTornAndEmptyLines() {
        let bytes = Self.log(seed: 3, entries: 3)
        #expect(AuditChain.verify(bytes.dropLast(5)) == .broken(AuditBreak(entry: 3, reason: "incomplete last line (an interrupted append; opening the log for writing removes it)")))
        #expect(AuditChain.verify(bytes + [0x0A]) == .broken(AuditBreak(entry: 4, reason: "malformed entry: empty line")))
        #expect(AuditChain.verify([]) == .valid(entries: 0, head: String(repeating: "0", count: 64), authenticated: false))
    }
}


/// The format against an independent implementation: Python's hashlib
/// recomputes every hash of a log this package wrote (skipped without python3).
@Suite struct AuditPythonOracleTests {
    static let checker = #"""
        import hashlib, sys
        prev = "0" * 64
        n = 0
        for n, line in enumerate(open(sys.argv[1], "rb").read().split(b"\n")[:-1], 1):
            cut = line.rindex(b',"hash":"')
            h = line[cut + 9:cut + 73].decode()
            assert line.startswith(b'{"seq":%d,' % n) and b'"prev":"%s"' % prev.encode() in line[:cut], n
            assert hashlib.sha256(line[:cut]).hexdigest() == h, n
            prev = h
        print(n, prev)
        """#

    @Test func pythonRecomputesTheChain() throws {
        let probe = Subprocess.run(["/bin/sh", "-c", "command -v python3"], environment: ["PATH": "/usr/local/bin:/usr/bin:/bin"], timeout: 10, outputLimit: 1000)
        guard probe.exitStatus == 0 else {
            print("python3 not found; skipping the oracle check")
            return
        }
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let bytes = AuditTamperTests.log(seed: 42, entries: 25)
        dir.write("audit.jsonl", bytes)
        let o = Subprocess.run(
            ["/bin/sh", "-c", "python3 -c \"$0\" \"$1\"", Self.checker, dir.file("audit.jsonl")],
            environment: ["PATH": "/usr/local/bin:/usr/bin:/bin"], timeout: 60, outputLimit: 10_000)
        guard case .valid(25, let head, _) = AuditChain.verify(bytes) else {
            Issue.record("log does not verify")
            return
        }
        #expect(o.exitStatus == 0, "\(String(decoding: o.standardError, as: UTF8.self))")
        #expect(String(decoding: o.standardOutput, as: UTF8.self) == "25 \(head)\n")
    }
}
