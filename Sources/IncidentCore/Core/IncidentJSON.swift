#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The JSON coders IncidentCore writes files with: dates as RFC 3339 strings
/// (UTC, up to nanoseconds), sorted keys.
public enum IncidentJSON {
    /// An encoder writing dates as RFC 3339 and keys sorted; `pretty` adds indentation.
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .custom { date, encoder in
            var c = encoder.singleValueContainer()
            try c.encode(RFC3339.format(date))
        }
        return e
    }

    /// A decoder reading the dates ``encoder(pretty:)`` writes (any RFC 3339 date).
    public static func decoder() -> JSONDecoder {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .custom { decoder in
            let c = try decoder.singleValueContainer()
            let s = try c.decode(String.self)
            guard let date = RFC3339.parse(s) else {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: "not an RFC 3339 date: \"\(s)\"")
            }
            return date
        }
        return d
    }
}
