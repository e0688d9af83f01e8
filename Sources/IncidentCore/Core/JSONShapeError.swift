/// A JSON document that does not have the expected shape: the path of the bad
/// value (`alerts[2].startsAt`, empty for the document itself) and what is wrong
/// with it. Its description reads `alerts[2].startsAt: not an RFC 3339 date`.
public struct JSONShapeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the bad value is, as `field.sub[3].leaf`; `labels["a.b"]` for keys
    /// that are not identifiers; empty for the whole document.
    public var path: String
    /// What is wrong with it.
    public var message: String

    /// Creates an error at `path`.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`, or `(document): message` at the root.
    public var description: String {
        "\(path.isEmpty ? "(document)" : path): \(message)"
    }
}

/// Reads a ``JSONValue`` while tracking its path, so every shape error names
/// the field it is about. Internal: the strict decoders are built on it.
struct JSONReader {
    let value: JSONValue
    let path: String

    init(_ value: JSONValue, path: String = "") {
        self.value = value
        self.path = path
    }

    func error(_ message: String) -> JSONShapeError {
        JSONShapeError(path: path, message: message)
    }

    /// The JSON type name of the value, for messages.
    var typeName: String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    func childPath(_ key: String) -> String {
        let first = key.utf8.first ?? 0
        let identifier =
            !key.isEmpty && !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
            && key.utf8.allSatisfy { b in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || b == UInt8(ascii: "_")
            }
        if identifier { return path.isEmpty ? key : path + "." + key }
        var quoted: [UInt8] = []
        JSONValue.writeString(key, to: &quoted)
        return path + "[" + String(decoding: quoted, as: UTF8.self) + "]"
    }

    /// The object's members; an error if the value is not an object.
    func object() throws(JSONShapeError) -> [String: JSONValue] {
        guard case .object(let o) = value else { throw error("expected an object, found \(typeName)") }
        return o
    }

    /// The member `key`, or `nil` when it is absent. `null` counts as absent only
    /// if `nullIsAbsent`.
    func optional(_ key: String, nullIsAbsent: Bool = false) throws(JSONShapeError) -> JSONReader? {
        let o = try object()
        guard let v = o[key] else { return nil }
        if nullIsAbsent, v == .null { return nil }
        return JSONReader(v, path: childPath(key))
    }

    /// The member `key`; an error naming it when absent.
    func required(_ key: String) throws(JSONShapeError) -> JSONReader {
        guard let r = try optional(key) else {
            throw JSONShapeError(path: childPath(key), message: "missing required field")
        }
        return r
    }

    /// Rejects members other than `allowed`, naming the first unknown one (in
    /// sorted order, so the message is stable).
    func rejectUnknownKeys(_ allowed: Set<String>) throws(JSONShapeError) {
        let unknown = try object().keys.filter { !allowed.contains($0) }.sorted()
        if let first = unknown.first {
            throw JSONShapeError(path: childPath(first), message: "unknown field")
        }
    }

    func string() throws(JSONShapeError) -> String {
        guard case .string(let s) = value else { throw error("expected a string, found \(typeName)") }
        return s
    }

    func bool() throws(JSONShapeError) -> Bool {
        guard case .bool(let b) = value else { throw error("expected a boolean, found \(typeName)") }
        return b
    }

    func number() throws(JSONShapeError) -> Double {
        guard case .number(let d) = value else { throw error("expected a number, found \(typeName)") }
        return d
    }

    /// A non-negative integer that JSON carries exactly (≤ 2⁵³).
    func count() throws(JSONShapeError) -> Int {
        let d = try number()
        guard d >= 0, d == d.rounded(), d <= 9_007_199_254_740_992 else {
            throw error("expected a non-negative integer, found \(JSONValue.numberText(d))")
        }
        return Int(d)
    }

    func array() throws(JSONShapeError) -> [JSONReader] {
        guard case .array(let a) = value else { throw error("expected an array, found \(typeName)") }
        return a.enumerated().map { JSONReader($1, path: path + "[\($0)]") }
    }

    /// An object whose members are all strings (a Prometheus label set).
    /// `null` reads as empty: Go encodes a nil map as `null`.
    func stringMap() throws(JSONShapeError) -> [String: String] {
        if value == .null { return [:] }
        var out: [String: String] = [:]
        let o = try object()
        for k in o.keys.sorted() {
            guard case .string(let s) = o[k]! else {
                throw JSONShapeError(
                    path: childPath(k), message: "expected a string, found \(JSONReader(o[k]!).typeName)")
            }
            out[k] = s
        }
        return out
    }
}
