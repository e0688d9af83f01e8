#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A minimal HTTP/1.1 client over POSIX sockets: one `POST` per connection
/// (`Connection: close`), plain HTTP only, every step under one deadline,
/// responses by `Content-Length`, chunked encoding, or connection close, up
/// to a size limit. Enough for a local model server; FoundationNetworking
/// would pull in libcurl and all of Foundation for this. Blocking: call it
/// through ``BlockingThread``. Internal.
enum HTTPClient {
    struct Response: Sendable {
        var status: Int
        var headers: [String: String]  // lower-cased names
        var body: [UInt8]
    }

    enum Failure: Error, Sendable {
        case connect(String)
        case timeout
        case malformed(String)
    }

    static func post(
        host: String, port: Int, path: String, body: [UInt8], contentType: String = "application/json",
        timeout: Double, maxResponseBytes: Int = 16 << 20
    ) -> Result<Response, Failure> {
        let deadline = MonotonicTime.seconds() + timeout
        let fd: Int32
        switch connect(host: host, port: port, deadline: deadline) {
        case .success(let s): fd = s
        case .failure(let f): return .failure(f)
        }
        defer { close(fd) }
        let hostHeader = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        let head =
            "POST \(path) HTTP/1.1\r\nHost: \(hostHeader)\r\nContent-Type: \(contentType)\r\nAccept: application/json\r\n"
            + "Content-Length: \(body.count)\r\nConnection: close\r\nUser-Agent: vigil\r\n\r\n"
        if let f = send(fd, Array(head.utf8) + body, deadline: deadline) { return .failure(f) }
        var raw: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if let f = wait(fd, for: Int16(POLLIN), deadline: deadline) { return .failure(f) }
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .failure(.connect("recv: \(POSIXFile.describe(errno))"))
            }
            if n == 0 { break }
            raw.append(contentsOf: chunk[0..<n])
            guard raw.count <= maxResponseBytes else { return .failure(.malformed("response larger than \(maxResponseBytes) bytes")) }
            if let complete = try? parse(raw, final: false) { return .success(complete) }
        }
        do {
            return .success(try parse(raw, final: true)!)
        } catch {
            return .failure(error)
        }
    }

    /// Parses a response; `nil` while more bytes are needed (`final` false).
    static func parse(_ raw: [UInt8], final: Bool) throws(Failure) -> Response? {
        guard let end = find(Array("\r\n\r\n".utf8), in: raw, from: 0) else {
            if final { throw .malformed("connection closed before the end of the headers") }
            return nil
        }
        let headText = String(decoding: raw[..<end], as: UTF8.self)
        var lines = headText.split(separator: "\r\n", omittingEmptySubsequences: false)
        let statusParts = lines.removeFirst().split(separator: " ", maxSplits: 2)
        guard statusParts.count >= 2, statusParts[0].hasPrefix("HTTP/1."), let status = Int(statusParts[1]),
            (100...599).contains(status)
        else { throw .malformed("bad status line") }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { throw .malformed("bad header line") }
            headers[line[..<colon].lowercased()] = String(line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" })
        }
        let payload = Array(raw[(end + 4)...])
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
            guard let body = try dechunk(payload) else {
                if final { throw .malformed("chunked body ended early") }
                return nil
            }
            return Response(status: status, headers: headers, body: body)
        }
        if let lengthText = headers["content-length"] {
            guard let length = Int(lengthText), length >= 0 else { throw .malformed("bad Content-Length") }
            guard payload.count >= length else {
                if final { throw .malformed("body shorter than its Content-Length") }
                return nil
            }
            return Response(status: status, headers: headers, body: Array(payload[..<length]))
        }
        return final ? Response(status: status, headers: headers, body: payload) : nil
    }

    /// The body of a chunked payload, or `nil` if it is not complete yet.
    static func dechunk(_ payload: [UInt8]) throws(Failure) -> [UInt8]? {
        var body: [UInt8] = []
        var i = 0
        while true {
            guard let lineEnd = find(Array("\r\n".utf8), in: payload, from: i) else { return nil }
            let sizeText = String(decoding: payload[i..<lineEnd], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingSpaces, radix: 16), size >= 0 else { throw .malformed("bad chunk size") }
            i = lineEnd + 2
            if size == 0 { return body }
            guard payload.count >= i + size + 2 else { return nil }
            body.append(contentsOf: payload[i..<(i + size)])
            i += size + 2
        }
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        for i in start...(bytes.count - needle.count) where bytes[i] == needle[0] && bytes[i..<(i + needle.count)].elementsEqual(needle) {
            return i
        }
        return nil
    }

    static func wait(_ fd: Int32, for events: Int16, deadline: Double) -> Failure? {
        while true {
            let left = deadline - MonotonicTime.seconds()
            guard left > 0 else { return .timeout }
            var p = pollfd(fd: fd, events: events, revents: 0)
            let r = poll(&p, 1, Int32(min(left * 1000 + 1, 60_000)))
            if r > 0 { return nil }
            if r < 0, errno != EINTR { return .connect("poll: \(POSIXFile.describe(errno))") }
        }
    }

    static func send(_ fd: Int32, _ bytes: [UInt8], deadline: Double) -> Failure? {
        var offset = 0
        while offset < bytes.count {
            if let f = wait(fd, for: Int16(POLLOUT), deadline: deadline) { return f }
            let n = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL)) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .connect("send: \(POSIXFile.describe(errno))")
            }
            offset += n
        }
        return nil
    }

    static func connect(host: String, port: Int, deadline: Double) -> Result<Int32, Failure> {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let rc = getaddrinfo(host, String(port), &hints, &list)
        guard rc == 0, let first = list else {
            return .failure(.connect("cannot resolve \(host): \(String(cString: gai_strerror(rc)))"))
        }
        defer { freeaddrinfo(list) }
        var lastError = "no address"
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let ai = cursor {
            cursor = ai.pointee.ai_next
            let fd = socket(ai.pointee.ai_family, ai.pointee.ai_socktype | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue), ai.pointee.ai_protocol)
            guard fd >= 0 else {
                lastError = POSIXFile.describe(errno)
                continue
            }
            if Glibc.connect(fd, ai.pointee.ai_addr, ai.pointee.ai_addrlen) == 0 { return .success(fd) }
            guard errno == EINPROGRESS else {
                lastError = POSIXFile.describe(errno)
                close(fd)
                continue
            }
            if let f = wait(fd, for: Int16(POLLOUT), deadline: deadline) {
                close(fd)
                return .failure(f)
            }
            var err: Int32 = 0
            var len = socklen_t(MemoryLayout<Int32>.size)
            getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len)
            if err == 0 { return .success(fd) }
            lastError = POSIXFile.describe(err)
            close(fd)
        }
        return .failure(.connect("cannot connect to \(host):\(port): \(lastError)"))
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String { String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
}
