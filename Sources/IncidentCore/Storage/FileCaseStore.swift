#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// Case records as pretty-printed JSON files, `<directory>/case-<id>.json`.
///
/// A save writes a temporary file in the same directory, fsyncs it, renames it
/// over the old file and fsyncs the directory: after a crash the file holds the
/// old record or the new one, whole. Leftover temporary files (a crash before
/// the rename) are never read and are removed when the store opens.
public final class FileCaseStore: CaseStore {
    /// The directory.
    public let directory: String
    private let sequence = Mutex<UInt64>(0)

    /// A store in `directory` (created if missing).
    /// - Throws: ``CaseStoreError`` if the directory cannot be created.
    public init(directory: String) throws(CaseStoreError) {
        self.directory = directory
        do {
            try POSIXFile.makeDirectories(directory)
        } catch {
            throw .io(error)
        }
        for name in Self.names(in: directory) where name.hasPrefix(".case-") && name.contains(".tmp") {
            unlink(POSIXFile.join(directory, name))
        }
    }

    /// The file a case is stored in.
    public func path(for id: String) -> String { POSIXFile.join(directory, "case-\(id).json") }

    /// Saves `record` atomically and durably.
    public func save(_ record: CaseRecord) async throws(CaseStoreError) {
        try saveSynchronously(record)
    }

    /// ``save(_:)`` without suspending.
    public func saveSynchronously(_ record: CaseRecord) throws(CaseStoreError) {
        guard CaseStoreError.isValid(id: record.id) else { throw .invalidID(record.id) }
        var bytes: [UInt8]
        do {
            bytes = Array(try IncidentJSON.encoder(pretty: true).encode(record))
        } catch {
            throw .corrupt(path(for: record.id), "cannot encode: \(error)")
        }
        bytes.append(0x0A)
        let n = sequence.withLock { s in
            s += 1
            return s
        }
        let temp = POSIXFile.join(directory, ".case-\(record.id).json.tmp.\(getpid()).\(n)")
        do throws(POSIXFailure) {
            let fd = try POSIXFile.open(temp, O_WRONLY | O_CREAT | O_EXCL, mode: 0o600)
            do throws(POSIXFailure) {
                try POSIXFile.writeAll(fd, bytes, path: temp)
                try POSIXFile.fsync(fd, path: temp)
                close(fd)
            } catch {
                close(fd)
                throw error
            }
            guard rename(temp, path(for: record.id)) == 0 else {
                throw POSIXFailure(operation: "rename", path: temp, code: errno)
            }
            try POSIXFile.fsyncDirectory(directory)
        } catch {
            unlink(temp)
            throw .io(error)
        }
    }

    /// The record with `id`, or `nil` if its file does not exist.
    /// - Throws: ``CaseStoreError`` for an invalid id, an unreadable file, or
    ///   a file that is not a valid record.
    public func load(_ id: String) async throws(CaseStoreError) -> CaseRecord? {
        try loadSynchronously(id)
    }

    /// ``load(_:)`` without suspending.
    public func loadSynchronously(_ id: String) throws(CaseStoreError) -> CaseRecord? {
        guard CaseStoreError.isValid(id: id) else { throw .invalidID(id) }
        let file = path(for: id)
        let bytes: [UInt8]?
        do {
            bytes = try POSIXFile.read(path: file)
        } catch {
            throw .io(error)
        }
        guard let bytes else { return nil }
        let record: CaseRecord
        do {
            record = try IncidentJSON.decoder().decode(CaseRecord.self, from: Data(bytes))
        } catch {
            throw .corrupt(file, "\(error)")
        }
        guard record.id == id else { throw .corrupt(file, "holds case \"\(record.id)\"") }
        return record
    }

    /// The ids of the stored cases, sorted.
    public var ids: [String] {
        Self.names(in: directory).compactMap { name -> String? in
            guard name.hasPrefix("case-"), name.hasSuffix(".json") else { return nil }
            let id = String(name.dropFirst(5).dropLast(5))
            return CaseStoreError.isValid(id: id) ? id : nil
        }.sorted()
    }

    static func names(in directory: String) -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var out: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            out.append(name)
        }
        return out
    }
}
