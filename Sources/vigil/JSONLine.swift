#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// JSON in and out for the `--jsonl` modes: one object per line.
enum JSONLine {
    private struct CommandRequest: Decodable {
        let command: String
    }

    /// The `"command"` string of a JSON line, or a message saying why there is none.
    static func command(from line: [UInt8]) -> Result<String, JSONLineError> {
        do {
            let request = try JSONDecoder().decode(CommandRequest.self, from: Data(line))
            return .success(request.command)
        } catch DecodingError.keyNotFound {
            return .failure(JSONLineError(message: "the JSON object has no \"command\" key"))
        } catch DecodingError.typeMismatch {
            return .failure(JSONLineError(message: "\"command\" must be a JSON string, or the line is not a JSON object"))
        } catch {
            return .failure(JSONLineError(message: "the line is not valid JSON"))
        }
    }

    /// A JSON string literal for `s`.
    static func quote(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if c.value < 0x20 {
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }
}

/// Why a JSON line could not be used.
struct JSONLineError: Error {
    let message: String
}
