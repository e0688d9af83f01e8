/// A local Ollama server's chat endpoint (`POST /api/chat`, non-streaming,
/// `"format": "json"` so the model is constrained to JSON output).
///
/// ```swift
/// let model = OllamaLanguageModel(configuration: .init(model: "llama3.1:8b"))
/// let triager = LLMTriager(model: model)   // falls back to the rules if Ollama is down
/// ```
public struct OllamaLanguageModel: LanguageModel {
    /// Where the server is and how to ask it.
    public struct Configuration: Sendable, Hashable {
        /// The server's host (plain HTTP; meant for a local or trusted network).
        public var host: String
        /// The server's port.
        public var port: Int
        /// The model name, e.g. `llama3.1:8b`.
        public var model: String
        /// Sampling temperature; 0 for the most repeatable answers.
        public var temperature: Double
        /// The longest one request may take, in seconds (connect, send, receive).
        public var requestTimeout: Double

        /// Defaults: `127.0.0.1:11434`, temperature 0, 120 s.
        public init(host: String = "127.0.0.1", port: Int = 11434, model: String, temperature: Double = 0, requestTimeout: Double = 120) {
            self.host = host
            self.port = port
            self.model = model
            self.temperature = temperature
            self.requestTimeout = requestTimeout
        }
    }

    /// The configuration.
    public let configuration: Configuration

    /// A client for the server in `configuration`.
    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// The request body for `prompt`.
    func requestBody(_ prompt: LanguageModelPrompt) -> JSONValue {
        [
            "model": .string(configuration.model),
            "messages": [
                ["role": "system", "content": .string(prompt.system)],
                ["role": "user", "content": .string(prompt.user)],
            ],
            "stream": false,
            "format": "json",
            "options": ["temperature": .number(configuration.temperature)],
        ]
    }

    /// Sends the prompt and returns `message.content` of the reply.
    public func complete(_ prompt: LanguageModelPrompt) async throws(LanguageModelError) -> String {
        let config = configuration
        let body = Array(requestBody(prompt).canonicalText.utf8)
        let result = await BlockingThread.run {
            HTTPClient.post(host: config.host, port: config.port, path: "/api/chat", body: body, timeout: config.requestTimeout)
        }
        let response: HTTPClient.Response
        switch result {
        case .success(let r): response = r
        case .failure(.timeout): throw .timeout(seconds: config.requestTimeout)
        case .failure(.connect(let detail)): throw .unreachable(detail)
        case .failure(.malformed(let detail)): throw .badResponse(detail)
        }
        let json = try? JSONValue.parse(response.body)
        guard response.status == 200 else {
            if case .object(let o)? = json, case .string(let message)? = o["error"] {
                throw .http(status: response.status, detail: message)
            }
            throw .http(status: response.status, detail: String(decoding: response.body.prefix(200), as: UTF8.self))
        }
        guard let json else { throw .badResponse("the body is not JSON") }
        if case .object(let o) = json, case .string(let message)? = o["error"] {
            throw .http(status: 200, detail: message)
        }
        do throws(JSONShapeError) {
            return try JSONReader(json).required("message").required("content").string()
        } catch {
            throw .badResponse(error.description)
        }
    }
}
