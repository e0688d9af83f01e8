#if canImport(Glibc)
import Glibc
#endif
import Synchronization
@testable import IncidentCore

/// A tiny HTTP server on 127.0.0.1 (ephemeral port) for client tests: it
/// serves a fixed list of replies, one connection each, in order, and keeps
/// every request it read.
final class LoopbackHTTPServer: Sendable {
    enum Reply: Sendable {
        /// Send these bytes and close.
        case raw(String)
        /// Send a complete response with this status and body.
        case json(status: Int, body: String)
        /// Read the request, answer nothing, wait until the client hangs up.
        case hang
    }

    struct Request: Sendable {
        var head: String
        var body: [UInt8]
    }

    let port: Int
    private let listener: Int32
    private let received = Mutex<[Request]>([])

    init(replies: [Reply]) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        precondition(fd >= 0)
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        let bound = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        precondition(bound == 0 && listen(fd, 8) == 0)
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        port = Int(UInt16(bigEndian: addr.sin_port))
        listener = fd
        // A thread of its own: a task could wait long for a busy cooperative pool.
        BlockingThread.start { [self] in serve(replies) }
    }

    var requests: [Request] { received.withLock { $0 } }

    private func serve(_ replies: [Reply]) {
        defer { close(listener) }
        for reply in replies {
            let c = accept(listener, nil, nil)
            guard c >= 0 else { return }
            defer { close(c) }
            let request = readRequest(c)
            received.withLock { $0.append(request) }
            switch reply {
            case .raw(let text): writeAll(c, Array(text.utf8))
            case .json(let status, let body):
                let bytes = Array(body.utf8)
                writeAll(c, Array("HTTP/1.1 \(status) X\r\nContent-Type: application/json\r\nContent-Length: \(bytes.count)\r\n\r\n".utf8) + bytes)
            case .hang:
                var b = [UInt8](repeating: 0, count: 1024)
                while b.withUnsafeMutableBytes({ recv(c, $0.baseAddress, $0.count, 0) }) > 0 {}
            }
        }
    }

    private func readRequest(_ c: Int32) -> Request {
        var raw: [UInt8] = []
        var b = [UInt8](repeating: 0, count: 4096)
        while true {
            if let end = HTTPClient.find(Array("\r\n\r\n".utf8), in: raw, from: 0) {
                let head = String(decoding: raw[..<end], as: UTF8.self)
                let length = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
                    .flatMap { Int($0.split(separator: ":")[1].filter { $0 != " " }) } ?? 0
                if raw.count >= end + 4 + length { return Request(head: head, body: Array(raw[(end + 4)..<(end + 4 + length)])) }
            }
            let n = b.withUnsafeMutableBytes { recv(c, $0.baseAddress, $0.count, 0) }
            if n <= 0 { return Request(head: String(decoding: raw, as: UTF8.self), body: []) }
            raw.append(contentsOf: b[0..<n])
        }
    }

    private func writeAll(_ c: Int32, _ bytes: [UInt8]) {
        var off = 0
        while off < bytes.count {
            let n = bytes.withUnsafeBytes { send(c, $0.baseAddress! + off, $0.count - off, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return }
            off += n
        }
    }

    /// A port nothing listens on: bound without listening, read, then closed.
    static func closedPort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        return Int(UInt16(bigEndian: addr.sin_port))
    }
}
