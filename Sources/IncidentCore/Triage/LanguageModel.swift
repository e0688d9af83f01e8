/// What a language model is asked: a system text (the rules and the reply
/// format) and a user text (the case).
public struct LanguageModelPrompt: Sendable, Hashable {
    /// Instructions: role, rules, reply format.
    public var system: String
    /// The case: alert, labels, evidence.
    public var user: String

    /// Creates a prompt.
    public init(system: String, user: String) {
        self.system = system
        self.user = user
    }
}

/// Why a language model gave no answer.
public struct LanguageModelError: Error, Sendable, Hashable, CustomStringConvertible {
    enum Code: Hashable, Sendable {
        case unreachable
        case timeout
        case http
        case badResponse
    }

    let code: Code
    /// What went wrong.
    public let message: String

    /// The message.
    public var description: String { message }

    /// The server could not be reached (connection refused, DNS, reset).
    public static func unreachable(_ detail: String) -> LanguageModelError {
        LanguageModelError(code: .unreachable, message: "language model unreachable: \(detail)")
    }

    /// No answer within the time allowed.
    public static func timeout(seconds: Double) -> LanguageModelError {
        LanguageModelError(code: .timeout, message: "language model gave no answer within \(seconds) s")
    }

    /// The server answered with an HTTP error.
    public static func http(status: Int, detail: String) -> LanguageModelError {
        LanguageModelError(code: .http, message: "language model server answered HTTP \(status): \(detail)")
    }

    /// The server's answer was not what the protocol promises.
    public static func badResponse(_ detail: String) -> LanguageModelError {
        LanguageModelError(code: .badResponse, message: "language model server sent a bad response: \(detail)")
    }

    /// Whether the error was a timeout.
    public var isTimeout: Bool { code == .timeout }
}

/// A language model: prompt in, text out. Implementations should honour task
/// cancellation; callers enforce their own timeout regardless.
public protocol LanguageModel: Sendable {
    /// The model's reply to `prompt`.
    func complete(_ prompt: LanguageModelPrompt) async throws(LanguageModelError) -> String
}
