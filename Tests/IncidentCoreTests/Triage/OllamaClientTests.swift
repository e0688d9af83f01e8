import Testing
@testable import IncidentCore

@Suite struct OllamaClientTests {
    static let prompt = LanguageModelPrompt(system: "rules", user: "alert \"x\"")

    static func model(_ port: Int, timeout: Double = 30) -> OllamaLanguageModel {
        OllamaLanguageModel(configuration: .init(host: "127.0.0.1", port: port, model: "llama3.1:8b", requestTimeout: timeout))
    }

    static func chatResponse(_ content: String) -> String {
        let message: JSONValue = [
            "model": "llama3.1:8b", "created_at": "2024-05-01T12:00:00.123456Z",
            "message": ["role": "assistant", "content": .string(content)], "done_reason": "stop", "done": true,
            "total_duration": 4_883_583_458, "eval_count": 113,
        ]
        return message.canonicalText
    }

    @Test func sendsAChatRequestAndReadsTheContent() async throws {
        let server = LoopbackHTTPServer(replies: [.json(status: 200, body: Self.chatResponse(TriagerTests.goodReply))])
        let reply = try await Self.model(server.port).complete(Self.prompt)
        #expect(reply == TriagerTests.goodReply)
        let request = try #require(server.requests.first)
        #expect(request.head.hasPrefix("POST /api/chat HTTP/1.1\r\n"))
        #expect(request.head.contains("\r\nContent-Type: application/json"))
        #expect(request.head.contains("\r\nHost: 127.0.0.1:\(server.port)"))
        let body = try JSONValue.parse(request.body)
        #expect(body == [
            "model": "llama3.1:8b", "stream": false, "format": "json", "options": ["temperature": 0],
            "messages": [["role": "system", "content": "rules"], ["role": "user", "content": "alert \"x\""]],
        ])
    }

    @Test func readsChunkedResponses() async throws {
        let body = Array(Self.chatResponse("{\"a\":1}").utf8)
        let first = String(decoding: body[..<10], as: UTF8.self)
        let rest = String(decoding: body[10...], as: UTF8.self)
        let raw = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json; charset=utf-8\r\n\r\n"
            + String(first.utf8.count, radix: 16) + "\r\n" + first + "\r\n"
            + String(rest.utf8.count, radix: 16) + ";ext=1\r\n" + rest + "\r\n0\r\n\r\n"
        let server = LoopbackHTTPServer(replies: [.raw(raw)])
        #expect(try await Self.model(server.port).complete(Self.prompt) == "{\"a\":1}")
    }

    @Test func reportsServerErrors() async {
        let server = LoopbackHTTPServer(replies: [
            .json(status: 404, body: #"{"error":"model \"llama3.1:8b\" not found, try pulling it first"}"#),
            .json(status: 200, body: "<html>proxy</html>"),
            .json(status: 200, body: #"{"model":"x","done":true}"#),
            .raw("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"short\":"),
            .raw("garbage\r\n\r\n"),
        ])
        let m = Self.model(server.port)
        let expected = [
            #"language model server answered HTTP 404: model "llama3.1:8b" not found, try pulling it first"#,
            "language model server sent a bad response: the body is not JSON",
            "language model server sent a bad response: message: missing required field",
            "language model server sent a bad response: body shorter than its Content-Length",
            "language model server sent a bad response: bad status line",
        ]
        for message in expected {
            do {
                _ = try await m.complete(Self.prompt)
                Issue.record("no error; expected \(message)")
            } catch {
                #expect(error.message == message)
            }
        }
    }

    @Test func unreachableAndSilentServers() async {
        do {
            _ = try await Self.model(LoopbackHTTPServer.closedPort()).complete(Self.prompt)
            Issue.record("connected to a closed port")
        } catch {
            #expect(error.message.hasPrefix("language model unreachable: cannot connect to 127.0.0.1:"))
            #expect(error.message.hasSuffix("Connection refused"))
        }
        let server = LoopbackHTTPServer(replies: [.hang])
        do {
            _ = try await Self.model(server.port, timeout: 0.2).complete(Self.prompt)
            Issue.record("a silent server answered")
        } catch {
            #expect(error.isTimeout && error.message == "language model gave no answer within 0.2 s")
        }
    }

    /// The whole path: LLM triager → Ollama client → HTTP → parsed plan; and
    /// with the server down, the rules take over.
    @Test func llmTriagerOverOllama() async {
        let server = LoopbackHTTPServer(replies: [.json(status: 200, body: Self.chatResponse(TriagerTests.goodReply))])
        let up = await LLMTriager(model: Self.model(server.port)).triage(TriagerTests.diskFull)
        #expect(up.plan?.source == .languageModel && up.plan?.rootCause == "images filled /")
        let down = await LLMTriager(model: Self.model(LoopbackHTTPServer.closedPort())).triage(TriagerTests.diskFull)
        #expect(down.plan?.source == .rules)
        #expect(down.notes.first?.hasPrefix("language model unreachable: cannot connect") == true)
    }
}
