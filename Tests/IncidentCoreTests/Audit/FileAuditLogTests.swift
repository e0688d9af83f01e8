#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
import VigilTestKit
@testable import IncidentCore

@Suite struct FileAuditLogTests {
    static func record(_ i: Int, padding: Int = 0) -> AuditRecord {
        AuditRecord(kind: "test", caseID: "c", data: ["i": .number(Double(i)), "pad": .string(String(repeating: "x", count: padding))])
    }

    /// Cutting the file anywhere inside its last line (an append killed
    /// mid-write) loses exactly that line; opening repairs the file and the
    /// log continues from the last complete entry.
    @Test func tornLastLineIsRecoveredAtEveryCutPoint() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let clock = ManualClock()
        do {
            let log = try FileAuditLog(directory: dir.path, clock: clock)
            for i in 1...3 { try log.appendSynchronously(Self.record(i)) }
        }
        let full = dir.read(FileAuditLog.fileName)
        let lastStart = full.dropLast().lastIndex(of: 0x0A)! + 1
        for cut in lastStart..<full.count {
            dir.write(FileAuditLog.fileName, Array(full[..<cut]))
            let log = try FileAuditLog(directory: dir.path, clock: clock)
            #expect(log.recoveredBytes == cut - lastStart, "cut \(cut)")
            #expect(dir.read(FileAuditLog.fileName) == Array(full[..<lastStart]), "cut \(cut)")
            let e = try log.appendSynchronously(Self.record(99))
            #expect(e.sequence == 3, "cut \(cut)")
            guard case .valid(3, _, _) = try FileAuditLog.verify(directory: dir.path) else {
                Issue.record("cut \(cut): the repaired log does not verify")
                return
            }
        }
    }

    @Test func openRefusesABrokenChainAndASecondWriter() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let clock = ManualClock()
        let log = try FileAuditLog(directory: dir.path, clock: clock)
        try log.appendSynchronously(Self.record(1))
        #expect {
            _ = try FileAuditLog(directory: dir.path, clock: clock)
        } throws: { ($0 as? AuditError)?.isInUse == true }
        _ = log  // keep the first writer open until here

        let other = TemporaryDirectory()
        defer { other.remove() }
        do {
            let l = try FileAuditLog(directory: other.path, clock: clock)
            for i in 1...3 { try l.appendSynchronously(Self.record(i)) }
        }
        var bytes = other.read(FileAuditLog.fileName)
        let marker = Array(#""i":1"#.utf8)
        let i = bytes.indices.first { bytes[$0...].starts(with: marker) }!
        bytes[i + 4] = UInt8(ascii: "7")  // "i":1 → "i":7 in entry 1
        other.write(FileAuditLog.fileName, bytes)
        #expect {
            _ = try FileAuditLog(directory: other.path, clock: clock)
        } throws: { error in
            let e = error as? AuditError
            return e?.isBrokenChain == true && e?.chainBreak == AuditBreak(entry: 1, reason: "hash mismatch (the entry was changed)")
        }
        #expect(throws: AuditError.self) { try FileAuditLog.verify(directory: other.path + "/missing") }
    }

    /// A child process appends large entries, printing each sequence number
    /// once `append` has returned (after fsync), and is SIGKILLed at a random
    /// moment by a thread of its own. Reopening must recover every entry the
    /// child reported as committed, in order, with the chain intact.
    @Test(arguments: PropertySeeds.make(3))
    func killedWriterLosesNoCommittedEntry(seed: UInt64) async throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let result = await #expect(processExitsWith: .signal(SIGKILL), observing: [\.standardOutputContent]) {
            [path = dir.path as String, seed = seed as UInt64] in
            AuditCrashChild.run(directory: path, seed: seed)
        }
        let output = String(decoding: result?.standardOutputContent ?? [], as: UTF8.self)
        let committed = output.split(separator: "\n").compactMap { Int($0) }.max() ?? 0
        print("seed \(seed): child committed \(committed) entries before SIGKILL")
        #expect(committed >= 1, "seed \(seed): the child committed nothing")
        let log = try FileAuditLog(directory: dir.path, clock: ManualClock())
        let entries = try await log.entries()
        print("seed \(seed): reopened with \(entries.count) entries, \(log.recoveredBytes) torn bytes removed")
        #expect(entries.count >= committed && entries.count <= committed + 1, "seed \(seed): \(entries.count) vs \(committed)")
        for (n, e) in entries.enumerated() {
            guard case .object(let data) = e.data, data["i"] == .number(Double(n + 1)) else {
                Issue.record("seed \(seed): entry \(n + 1) holds the wrong record")
                return
            }
        }
    }
}

/// The child side of the crash test (runs in the exit-test process).
enum AuditCrashChild {
    static func run(directory: String, seed: UInt64) -> Never {
        var r = SplitMix64(seed: seed)
        guard let log = try? FileAuditLog(directory: directory, clock: ManualClock()) else { exit(3) }
        let killAfter = r.int(3...20)
        let path = directory + "/" + FileAuditLog.fileName
        var i = 0
        while true {
            i += 1
            if i == killAfter {
                // Kill as soon as the file is seen growing: most likely while
                // the next append's write is still copying its line.
                Task.detached {
                    var st = stat()
                    stat(path, &st)
                    let size = st.st_size
                    while stat(path, &st) == 0, st.st_size == size {}
                    kill(getpid(), SIGKILL)
                }
            }
            // Entries from the kill on are large (MiBs), so the kill is likely to land inside write(2).
            let padding = i < killAfter ? r.int(1_000...100_000) : r.int(2_000_000...6_000_000)
            guard (try? log.appendSynchronously(FileAuditLogTests.record(i, padding: padding))) != nil else {
                exit(4)
            }
            let line = Array("\(i)\n".utf8)
            _ = line.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
        }
    }
}
