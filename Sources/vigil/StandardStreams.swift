#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Unbuffered-enough access to stdin/stdout/stderr as bytes.
enum StandardStreams {
    nonisolated(unsafe) private static var outBuffer: [UInt8] = []

    static func write(_ s: String) {
        outBuffer.append(contentsOf: s.utf8)
        if outBuffer.count >= 1 << 16 { flush() }
    }

    static func writeError(_ s: String) {
        flush()
        var bytes = Array(s.utf8)
        _ = bytes.withUnsafeMutableBytes { writeAll(2, $0) }
    }

    /// Writes any buffered standard output; returns false on an I/O error.
    @discardableResult
    static func flush() -> Bool {
        guard !outBuffer.isEmpty else { return true }
        let ok = outBuffer.withUnsafeMutableBytes { writeAll(1, $0) }
        outBuffer.removeAll(keepingCapacity: true)
        return ok
    }

    private static func writeAll(_ fd: Int32, _ buf: UnsafeMutableRawBufferPointer) -> Bool {
        var offset = 0
        while offset < buf.count {
            let n = Glibc.write(fd, buf.baseAddress! + offset, buf.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }

    /// Calls `body` with each line of standard input (without its newline), as
    /// raw bytes; returns false if reading failed.
    static func forEachInputLine(_ body: ([UInt8]) -> Void) -> Bool {
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            if n == 0 { break }
            var start = 0
            for i in 0..<n where chunk[i] == 0x0A {
                pending.append(contentsOf: chunk[start..<i])
                body(pending)
                pending.removeAll(keepingCapacity: true)
                start = i + 1
            }
            pending.append(contentsOf: chunk[start..<n])
        }
        if !pending.isEmpty { body(pending) }
        return true
    }
}
