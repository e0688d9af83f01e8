/// Reads a language model's reply into a plan, strictly.
///
/// The reply must hold exactly one JSON object — code fences and prose around
/// it are ignored — of this shape and nothing else:
///
/// ```json
/// {"root_cause": "…", "risk_level": "low|medium|high|critical", "confidence": 0.85,
///  "commands": [{"command": "…", "explanation": "…", "rollback": "…" | null}]}
/// ```
///
/// `rollback` may be omitted. Unknown fields, wrong types, a confidence
/// outside 0…1, an empty or over-long command list, blank strings: all are
/// errors naming the field (`commands[1].command: expected a string, found null`).
public enum ModelPlanParser {
    /// The most commands a plan may have.
    public static let defaultMaxCommands = 10

    /// The plan in `reply`.
    /// - Throws: ``JSONShapeError``; at the document level (`(document): …`)
    ///   when the reply has no JSON object or several.
    public static func parse(_ reply: String, maxCommands: Int = defaultMaxCommands) throws(JSONShapeError) -> RemediationPlan {
        let object = try extractObject(from: Array(reply.utf8))
        return try plan(JSONReader(object), maxCommands: maxCommands)
    }

    /// The single JSON object embedded in `bytes`.
    static func extractObject(from bytes: [UInt8]) throws(JSONShapeError) -> JSONValue {
        var found: [JSONValue] = []
        var firstError: JSONShapeError?
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "{") else {
                i += 1
                continue
            }
            guard let end = matchingBrace(bytes, from: i) else {
                if found.isEmpty, firstError == nil {
                    firstError = JSONShapeError(path: "", message: "the JSON object in the reply is not closed (truncated reply?)")
                }
                break
            }
            do {
                found.append(try JSONValue.parse(bytes[i...end]))
            } catch {
                if firstError == nil {
                    firstError = JSONShapeError(path: "", message: "the reply's JSON object is invalid: \(error.message)")
                }
            }
            i = end + 1
        }
        switch found.count {
        case 1: return found[0]
        case 0: throw firstError ?? JSONShapeError(path: "", message: "no JSON object in the reply")
        default: throw JSONShapeError(path: "", message: "the reply holds \(found.count) JSON objects; expected exactly one")
        }
    }

    /// The index of the `}` closing the object opened at `start`, skipping strings.
    static func matchingBrace(_ bytes: [UInt8], from start: Int) -> Int? {
        var depth = 0
        var inString = false
        var escaped = false
        for j in start..<bytes.count {
            let b = bytes[j]
            if inString {
                if escaped {
                    escaped = false
                } else if b == UInt8(ascii: "\\") {
                    escaped = true
                } else if b == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch b {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "}"):
                depth -= 1
                if depth == 0 { return j }
            default: break
            }
        }
        return nil
    }

    static func plan(_ r: JSONReader, maxCommands: Int) throws(JSONShapeError) -> RemediationPlan {
        try r.rejectUnknownKeys(["root_cause", "risk_level", "confidence", "commands"])
        let rootCause = try text(r.required("root_cause"))
        let riskField = try r.required("risk_level")
        let riskText = try riskField.string()
        guard let risk = PlanRiskLevel(rawValue: riskText) else {
            throw riskField.error("expected one of low, medium, high, critical, found \"\(riskText)\"")
        }
        let confidenceField = try r.required("confidence")
        let confidence = try confidenceField.number()
        guard (0...1).contains(confidence) else {
            throw confidenceField.error("expected a number from 0 to 1, found \(JSONValue.numberText(confidence))")
        }
        let commandsField = try r.required("commands")
        let commands = try commandsField.array()
        guard !commands.isEmpty else { throw commandsField.error("expected at least one command") }
        guard commands.count <= maxCommands else {
            throw commandsField.error("\(commands.count) commands; at most \(maxCommands) allowed")
        }
        var steps: [PlanStep] = []
        for c in commands {
            try c.rejectUnknownKeys(["command", "explanation", "rollback"])
            let command = try text(c.required("command"))
            let explanation = try text(c.required("explanation"))
            let rollback = try c.optional("rollback", nullIsAbsent: true).map { f throws(JSONShapeError) in try text(f) }
            steps.append(PlanStep(action: .shell(command: command), explanation: explanation, rollback: rollback.map { .shell(command: $0) }))
        }
        return RemediationPlan(rootCause: rootCause, riskLevel: risk, confidence: confidence, steps: steps, source: .languageModel)
    }

    /// A string with something other than white space in it.
    static func text(_ r: JSONReader) throws(JSONShapeError) -> String {
        let s = try r.string()
        guard s.contains(where: { !$0.isWhitespace }) else { throw r.error("must not be blank") }
        return s
    }
}
