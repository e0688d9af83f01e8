#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A coding key for any string, used to list the keys a JSON object really has.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

enum StrictDecoding {
    /// Throws `unknownKey` for the first key of the object being decoded that
    /// `allowed` does not list (in sorted order, so the error is deterministic).
    static func rejectUnknownKeys(_ decoder: any Decoder, allowed: [String]) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        let unknown = c.allKeys.map(\.stringValue).filter { !allowed.contains($0) }.sorted()
        if let first = unknown.first {
            let path = FieldPath(codingPath: decoder.codingPath).key(first)
            throw PolicyError(
                .unknownKey, field: path.text,
                "unknown key '\(first)'; expected one of: \(allowed.sorted().joined(separator: ", "))")
        }
    }

    /// Decodes `T` from JSON, turning every failure into a ``PolicyError`` that
    /// names the field.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws(PolicyError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let e as PolicyError {
            throw e
        } catch let e as DecodingError {
            throw policyError(e)
        } catch {
            throw PolicyError(.malformedJSON, field: "", "\(error)")
        }
    }

    static func policyError(_ e: DecodingError) -> PolicyError {
        switch e {
        case .keyNotFound(let key, let ctx):
            let path = FieldPath(codingPath: ctx.codingPath).key(key.stringValue)
            return PolicyError(.missingKey, field: path.text, "required key is missing")
        case .typeMismatch(let type, let ctx):
            return PolicyError(
                .wrongType, field: FieldPath(codingPath: ctx.codingPath).text, "expected \(jsonName(type))")
        case .valueNotFound(let type, let ctx):
            return PolicyError(
                .wrongType, field: FieldPath(codingPath: ctx.codingPath).text, "null is not allowed; expected \(jsonName(type))")
        case .dataCorrupted(let ctx):
            if ctx.codingPath.isEmpty {
                return PolicyError(.malformedJSON, field: "", "not valid JSON: \(ctx.debugDescription)")
            }
            return PolicyError(.invalidValue, field: FieldPath(codingPath: ctx.codingPath).text, ctx.debugDescription)
        @unknown default:
            return PolicyError(.malformedJSON, field: "", "\(e)")
        }
    }

    private static func jsonName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type, is Int64.Type: "a whole number"
        case is Double.Type: "a number"
        default:
            String(describing: type).hasPrefix("Array") ? "an array" : "an object (\(type))"
        }
    }
}

extension KeyedDecodingContainer {
    /// Decodes a whole number, rejecting fractions with a message naming the field.
    func policyWholeNumber(_ key: Key) throws -> Int? {
        guard contains(key) else { return nil }
        if let n = try? decode(Int.self, forKey: key) { return n }
        let path = FieldPath(codingPath: codingPath).key(key.stringValue)
        if let d = try? decode(Double.self, forKey: key) {
            throw PolicyError(.invalidValue, field: path.text, "\(PolicyText.number(d)) is not a whole number")
        }
        return try decode(Int.self, forKey: key)  // rethrows the type mismatch
    }
}
