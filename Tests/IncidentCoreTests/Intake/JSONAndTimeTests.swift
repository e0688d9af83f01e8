#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
import VigilTestKit
@testable import IncidentCore

@Suite struct JSONAndTimeTests {
    static let accepted: [(String, JSONValue)] = [
        (" {} ", .object([:])),
        ("[1, -0.5, 2e3, 1E-2, true, false, null]", [1, .number(-0.5), 2000, .number(0.01), true, false, .null]),
        (#""a\"b\\c\/d\b\f\n\r\t""#, .string("a\"b\\c/d\u{8}\u{c}\n\r\t")),
        (#""\u00e9\ud83d\ude00""#, .string("é😀")),
        (#"{"a":{"b":[{}]}}"#, ["a": ["b": [.object([:])]]]),
        ("\"ü\"", "ü"),
    ]

    @Test(arguments: accepted)
    func parsesValidJSON(text: String, expected: JSONValue) throws {
        #expect(try JSONValue.parse(Array(text.utf8)) == expected)
    }

    static let rejected: [(String, String)] = [
        ("", "unexpected end at offset 0"),
        ("{\"a\":1,}", "expected a string key at offset 7"),
        ("[1,]", "unexpected byte at offset 3"),
        ("01", "unexpected content after the JSON value at offset 1"),
        ("1.", "bad number at offset 2"),
        ("-", "bad number at offset 1"),
        ("1e999", "number out of range at offset 0"),
        ("\"a\u{1}\"", "raw control character in string at offset 2"),
        (#""\ud800""#, "unpaired surrogate at offset 7"),
        (#""\x""#, "bad escape at offset 2"),
        ("{\"a\":1 \"b\":2}", "expected ',' or '}' at offset 7"),
        ("tru", "unexpected byte at offset 0"),
        ("// comment\n{}", "unexpected byte at offset 0"),
        ("[1] [2]", "unexpected content after the JSON value at offset 4"),
    ]

    @Test(arguments: rejected)
    func rejectsInvalidJSON(text: String, message: String) {
        do {
            _ = try JSONValue.parse(Array(text.utf8))
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.description == "(document): not valid JSON: \(message)")
        }
    }

    @Test func rejectsInvalidUTF8AndDeepNesting() {
        #expect(throws: JSONShapeError.self) { try JSONValue.parse([0x22, 0xFF, 0x22]) }
        #expect(throws: JSONShapeError.self) { try JSONValue.parse(Array((String(repeating: "[", count: 600) + String(repeating: "]", count: 600)).utf8)) }
        #expect(throws: Never.self) { try JSONValue.parse(Array((String(repeating: "[", count: 500) + String(repeating: "]", count: 500)).utf8)) }
    }

    /// Canonical text parses back to the same value, for random values.
    @Test(arguments: PropertySeeds.make(4))
    func canonicalTextRoundTrips(seed: UInt64) throws {
        var r = SplitMix64(seed: seed)
        func value(_ depth: Int) -> JSONValue {
            switch r.int(0...(depth > 3 ? 3 : 5)) {
            case 0: return .null
            case 1: return .bool(r.chance(0.5))
            case 2: return r.chance(0.5) ? .number(Double(r.int(-1_000_000...1_000_000))) : .number(r.double(-1e6...1e6))
            case 3:
                let scalars = (0..<r.int(0...8)).map { _ in Character(Unicode.Scalar(r.pick([0x0, 0x1f, 0x22, 0x5c, 0x41, 0xe9, 0x2028, 0x1F600]))!) }
                return .string(String(scalars))
            case 4: return .array((0..<r.int(0...4)).map { _ in value(depth + 1) })
            default:
                return .object(Dictionary((0..<r.int(0...4)).map { i in ("k\(i)\(r.int(0...9))", value(depth + 1)) }, uniquingKeysWith: { a, _ in a }))
            }
        }
        for _ in 0..<200 {
            let v = value(0)
            let text = v.canonicalText
            #expect(try JSONValue.parse(Array(text.utf8)) == v, "seed \(seed): \(text)")
            #expect(try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) == v, "seed \(seed): Foundation disagrees on \(text)")
        }
    }

    @Test func rfc3339ParsesGoFormats() {
        let cases: [(String, Double?)] = [
            ("2024-05-01T12:00:00Z", 1_714_564_800),
            ("2024-05-01t12:00:00z", 1_714_564_800),
            ("2024-05-01T14:30:00+02:30", 1_714_564_800),
            ("2024-05-01T09:00:00-03:00", 1_714_564_800),
            ("2024-05-01T12:00:00.25Z", 1_714_564_800.25),
            ("2024-02-29T00:00:00Z", 1_709_164_800),
            ("1970-01-01T00:00:00Z", 0),
            ("0001-01-01T00:00:00Z", -62_135_596_800),
            ("2023-02-29T00:00:00Z", nil),
            ("2024-13-01T00:00:00Z", nil),
            ("2024-05-01T24:00:00Z", nil),
            ("2024-05-01T12:00:00", nil),
            ("2024-05-01 12:00:00Z", nil),
            ("2024-05-01T12:00:00.Z", nil),
            ("2024-05-01T12:00:00.1234567891Z", nil),
            ("2024-05-01T12:00:00+2:00", nil),
        ]
        for (text, expected) in cases {
            #expect(RFC3339.parse(text)?.timeIntervalSince1970 == expected, "\(text)")
        }
    }

    @Test(arguments: PropertySeeds.make(2))
    func rfc3339FormatRoundTrips(seed: UInt64) {
        var r = SplitMix64(seed: seed)
        for _ in 0..<2000 {
            let whole = Double(r.int(-62_135_596_800...253_402_300_799))
            let millis = Double(r.int(0...999)) / 1000
            let d = Date(timeIntervalSince1970: whole + millis)
            let text = RFC3339.format(d)
            #expect(RFC3339.parse(text) == d, "seed \(seed): \(text)")
        }
        #expect(RFC3339.format(Date(timeIntervalSince1970: 1_714_564_800.5)) == "2024-05-01T12:00:00.5Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: -62_135_596_800)) == "0001-01-01T00:00:00Z")
    }
}
