/// An alert's identity as Alertmanager computes it: FNV-1a 64 over the label
/// names in sorted (byte) order, each name and value followed by a 0xFF byte;
/// the empty label set hashes to the FNV-1a offset basis. Printed as 16
/// lower-case hex digits, as Alertmanager's webhook sends it.
///
/// This is `labelSetToFingerprint` of prometheus/common `model/signature.go`.
public struct AlertFingerprint: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The 64-bit fingerprint.
    public let value: UInt64

    /// A fingerprint with this value.
    public init(_ value: UInt64) {
        self.value = value
    }

    /// The fingerprint of a label set, computed as Alertmanager does.
    public init(labels: [String: String]) {
        let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
        let prime: UInt64 = 0x0000_0100_0000_01b3
        var h = offsetBasis
        func add(_ byte: UInt8) {
            h ^= UInt64(byte)
            h = h &* prime
        }
        // Go's sort.Strings orders by bytes; Swift's String `<` would not.
        let names = labels.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for name in names {
            for b in name.utf8 { add(b) }
            add(0xFF)
            for b in labels[name]!.utf8 { add(b) }
            add(0xFF)
        }
        value = h
    }

    /// Parses 1–16 hex digits in either case, as Alertmanager's
    /// `ParseFingerprint` does; `nil` for anything else.
    public init?(hex: String) {
        guard (1...16).contains(hex.utf8.count), let v = UInt64(hex, radix: 16), !hex.hasPrefix("+"), !hex.hasPrefix("-")
        else { return nil }
        value = v
    }

    /// 16 lower-case hex digits, zero-padded.
    public var hex: String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

    /// ``hex``.
    public var description: String { hex }

    /// Orders by value.
    public static func < (a: AlertFingerprint, b: AlertFingerprint) -> Bool { a.value < b.value }

    /// Decodes the hex form.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let f = AlertFingerprint(hex: s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a hex fingerprint: '\(s)'")
        }
        self = f
    }

    /// Encodes the 16-digit hex form.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(hex)
    }
}
