#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed system call: which, on what, and `errno`.
struct POSIXFailure: Error, Hashable {
    var operation: String
    var path: String
    var code: Int32

    var description: String { "\(operation) \(path): \(POSIXFile.describe(code))" }
}

/// The few file operations the durable stores need, over POSIX calls:
/// whole-buffer writes that retry on EINTR, fsync of files and directories.
/// Internal; FoundationEssentials has no fsync.
enum POSIXFile {
    static func describe(_ code: Int32) -> String {
        guard let s = strerror(code) else { return "errno \(code)" }
        return String(cString: s)
    }

    static func open(_ path: String, _ flags: Int32, mode: mode_t = 0o600) throws(POSIXFailure) -> Int32 {
        while true {
            let fd = Glibc.open(path, flags | O_CLOEXEC, mode)
            if fd >= 0 { return fd }
            if errno != EINTR { throw POSIXFailure(operation: "open", path: path, code: errno) }
        }
    }

    /// Writes every byte (retrying short writes and EINTR).
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(POSIXFailure) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw POSIXFailure(operation: "write", path: path, code: errno)
            }
            offset += n
        }
    }

    /// Reads the whole file from offset 0.
    static func readAll(_ fd: Int32, path: String) throws(POSIXFailure) -> [UInt8] {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(out.count)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw POSIXFailure(operation: "read", path: path, code: errno)
            }
            if n == 0 { return out }
            out.append(contentsOf: chunk[0..<n])
        }
    }

    /// Reads a whole file by path; `nil` if it does not exist.
    static func read(path: String) throws(POSIXFailure) -> [UInt8]? {
        let fd: Int32
        do {
            fd = try open(path, O_RDONLY)
        } catch {
            if error.code == ENOENT { return nil }
            throw error
        }
        defer { close(fd) }
        return try readAll(fd, path: path)
    }

    static func fsync(_ fd: Int32, path: String) throws(POSIXFailure) {
        while Glibc.fsync(fd) != 0 {
            if errno != EINTR { throw POSIXFailure(operation: "fsync", path: path, code: errno) }
        }
    }

    /// Makes a directory entry change (create, rename) durable.
    static func fsyncDirectory(_ path: String) throws(POSIXFailure) {
        let fd = try open(path, O_RDONLY | O_DIRECTORY)
        defer { close(fd) }
        try fsync(fd, path: path)
    }

    /// Creates `path` and missing parents (mode 0700).
    static func makeDirectories(_ path: String) throws(POSIXFailure) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            prefix += "/" + part
            if mkdir(prefix, 0o700) != 0, errno != EEXIST {
                throw POSIXFailure(operation: "mkdir", path: prefix, code: errno)
            }
        }
    }

    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
