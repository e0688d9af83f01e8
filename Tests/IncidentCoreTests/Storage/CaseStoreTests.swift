#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization
import Testing
import VigilTestKit
@testable import IncidentCore

/// Checks any ``CaseStore`` must pass; a new backend runs `check` with its own store.
enum CaseStoreConformance {
    static func check(_ store: any CaseStore) async throws {
        var record = try CaseRecordTests.sample()
        #expect(try await store.load(record.id) == nil)
        try await store.save(record)
        #expect(try await store.load(record.id) == record)
        record.notes.append(CaseNote(author: "bob", text: "second save", at: Date(timeIntervalSince1970: 1_714_570_000)))
        try await store.save(record)
        #expect(try await store.load(record.id) == record, "a save replaces the record")
        for bad in ["", "../etc/passwd", "a/b", ".hidden", "-x", String(repeating: "a", count: 129), "sp ace", "é"] {
            await #expect(throws: CaseStoreError.self, "id \(bad)") {
                try await store.save(CaseRecord(id: bad, openedAt: Date(timeIntervalSince1970: 0)))
            }
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0..<20 {
                group.addTask { try await store.save(CaseRecord(id: "c-\(i)", openedAt: Date(timeIntervalSince1970: Double(i)))) }
            }
            try await group.waitForAll()
        }
        for i in 0..<20 {
            #expect(try await store.load("c-\(i)")?.openedAt == Date(timeIntervalSince1970: Double(i)))
        }
    }
}

@Suite struct CaseStoreTests {
    @Test func inMemoryStoreConforms() async throws {
        let store = InMemoryCaseStore()
        try await CaseStoreConformance.check(store)
        #expect(store.ids.count == 21)
    }

    @Test func fileStoreConforms() async throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let store = try FileCaseStore(directory: dir.path)
        try await CaseStoreConformance.check(store)
        #expect(store.ids.count == 21)
        #expect(store.ids.contains("case-1"))
        // The file is the pretty-printed record.
        let text = String(decoding: dir.read("case-case-1.json"), as: UTF8.self)
        #expect(text.hasPrefix("{\n") && text.contains(#""hint" : "disk_full""#))
        // A fresh store over the same directory reads the same records.
        let again = try FileCaseStore(directory: dir.path)
        #expect(try again.loadSynchronously("case-1") == (try CaseStoreTests.lastSample()))
    }

    static func lastSample() throws -> CaseRecord {
        var r = try CaseRecordTests.sample()
        r.notes.append(CaseNote(author: "bob", text: "second save", at: Date(timeIntervalSince1970: 1_714_570_000)))
        return r
    }

    @Test func leftoverTemporaryFilesAreIgnoredAndCleanedUp() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let store = try FileCaseStore(directory: dir.path)
        let record = try CaseRecordTests.sample()
        try store.saveSynchronously(record)
        // A crash after writing a temp file but before the rename.
        dir.write(".case-case-1.json.tmp.999.1", Array("{\"partial\":".utf8))
        #expect(store.ids == ["case-1"])
        #expect(try store.loadSynchronously("case-1") == record)
        _ = try FileCaseStore(directory: dir.path)
        #expect(access(dir.file(".case-case-1.json.tmp.999.1"), F_OK) != 0)
    }

    @Test func corruptFilesAreErrorsNamingTheFile() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let store = try FileCaseStore(directory: dir.path)
        dir.write("case-x.json", Array("{\"id\": \"x\"}".utf8))
        #expect {
            _ = try store.loadSynchronously("x")
        } throws: { error in
            (error as? CaseStoreError)?.description.hasPrefix(dir.file("case-x.json") + ": not a valid case record") == true
        }
        try store.saveSynchronously(CaseRecord(id: "y", openedAt: Date(timeIntervalSince1970: 0)))
        let y = dir.read("case-y.json")
        dir.write("case-x.json", y)
        #expect(throws: CaseStoreError.self) { try store.loadSynchronously("x") }  // holds case "y"
    }

    /// Readers racing a writer that alternates two versions always see one of
    /// them whole (rename is atomic), never a partial file.
    @Test func readersNeverSeeAPartialRecord() async throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let store = try FileCaseStore(directory: dir.path)
        let a = try CaseRecordTests.sample()
        let b = {
            var b = a
            b.notes = (0..<2000).map { CaseNote(author: "n", text: "note \($0) " + String(repeating: "z", count: 50), at: Date(timeIntervalSince1970: 0)) }
            return b
        }()
        try store.saveSynchronously(a)
        final class Flag: Sendable {
            let value = Mutex(false)
        }
        let done = Flag()
        try await withThrowingTaskGroup(of: Int.self) { group in
            group.addTask {
                for i in 0..<60 { try store.saveSynchronously(i % 2 == 0 ? b : a) }
                done.value.withLock { $0 = true }
                return 0
            }
            for _ in 0..<2 {
                group.addTask {
                    var reads = 0
                    while !done.value.withLock({ $0 }) {
                        let r = try store.loadSynchronously(a.id)
                        #expect(r == a || r == b)
                        reads += 1
                    }
                    return reads
                }
            }
            for try await _ in group {}
        }
    }
}
