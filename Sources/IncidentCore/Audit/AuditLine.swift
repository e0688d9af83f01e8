#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PatternLearning

/// The byte format of one audit entry (see ``AuditEntry``). Internal: both
/// logs and the verifier use it, so what is written is exactly what is checked.
enum AuditLine {
    static let hashMarker = Array(#","hash":""#.utf8)
    static let macMarker = Array(#"","mac":""#.utf8)

    /// The hashed part of a line: every field before `hash`, canonical.
    static func prefix(
        sequence: Int, time: Date, kind: String, caseID: String?, data: JSONValue, previousHash: String, algorithm: String
    ) -> [UInt8] {
        var out = Array(#"{"seq":"#.utf8) + Array(String(sequence).utf8)
        out += Array(#","time":"#.utf8)
        JSONValue.writeString(RFC3339.format(time), to: &out)
        out += Array(#","kind":"#.utf8)
        JSONValue.writeString(kind, to: &out)
        out += Array(#","case":"#.utf8)
        if let caseID { JSONValue.writeString(caseID, to: &out) } else { out += Array("null".utf8) }
        out += Array(#","data":"#.utf8)
        data.write(to: &out)
        out += Array(#","prev":"#.utf8)
        JSONValue.writeString(previousHash, to: &out)
        out += Array(#","alg":"#.utf8)
        JSONValue.writeString(algorithm, to: &out)
        return out
    }

    /// The whole line (with its newline) for a prefix, and its hash and MAC.
    static func seal(_ prefix: [UInt8], key: AuditKey?) -> (line: [UInt8], hash: String, mac: String?) {
        let hash = SHA256.hash(prefix).hex
        var line = prefix + hashMarker + Array(hash.utf8)
        var mac: String?
        if let key {
            let m = HMACSHA256.authenticate(prefix, key: key.bytes).hex
            line += macMarker + Array(m.utf8)
            mac = m
        }
        line += Array("\"}\n".utf8)
        return (line, hash, mac)
    }

    /// Parses one line (without its newline) into an entry and its hashed
    /// prefix. Checks the shape only: fields, types, canonical form; the
    /// chain and the digests are the verifier's job.
    static func parse(_ line: ArraySlice<UInt8>) -> Result<(entry: AuditEntry, prefix: [UInt8]), AuditBreakReason> {
        let bytes = Array(line)
        guard let cut = lastIndex(of: hashMarker, in: bytes) else { return .failure(.malformed("no \"hash\" field")) }
        let prefix = Array(bytes[..<cut])
        var rest = bytes[(cut + hashMarker.count)...]
        guard let hash = hexRun(&rest) else { return .failure(.malformed("\"hash\" is not 64 lower-case hex digits")) }
        var mac: String?
        if rest.starts(with: macMarker) {
            rest = rest.dropFirst(macMarker.count)
            guard let m = hexRun(&rest) else { return .failure(.malformed("\"mac\" is not 64 lower-case hex digits")) }
            mac = m
        }
        guard Array(rest) == Array("\"}".utf8) else { return .failure(.malformed("unexpected bytes after \"hash\"")) }

        let fields: [String: JSONValue]
        do {
            fields = try JSONReader(JSONValue.parse(prefix + Array("}".utf8))).object()
        } catch {
            return .failure(.malformed("not valid JSON"))
        }
        guard fields.count == 7, case .number(let seq)? = fields["seq"], seq >= 1, seq == seq.rounded(), seq < 1e15,
            case .string(let timeText)? = fields["time"], let time = RFC3339.parse(timeText),
            case .string(let kind)? = fields["kind"], let caseField = fields["case"], let data = fields["data"],
            case .string(let prev)? = fields["prev"], case .string(let alg)? = fields["alg"]
        else { return .failure(.malformed("fields missing or of the wrong type")) }
        let caseID: String?
        switch caseField {
        case .null: caseID = nil
        case .string(let s): caseID = s
        default: return .failure(.malformed("\"case\" is neither a string nor null"))
        }
        let entry = AuditEntry(
            sequence: Int(seq), time: time, kind: kind, caseID: caseID, data: data, previousHash: prev, algorithm: alg,
            hash: hash, mac: mac)
        let canonical = Self.prefix(
            sequence: entry.sequence, time: time, kind: kind, caseID: caseID, data: data, previousHash: prev,
            algorithm: alg)
        guard canonical == prefix else { return .failure(.malformed("not in canonical form")) }
        return .success((entry, prefix))
    }

    /// Consumes 64 lower-case hex digits.
    private static func hexRun(_ s: inout ArraySlice<UInt8>) -> String? {
        let run = s.prefix(64)
        guard run.count == 64,
            run.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) })
        else { return nil }
        s = s.dropFirst(64)
        return String(decoding: run, as: UTF8.self)
    }

    private static func lastIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        var i = bytes.count - needle.count
        while i >= 0 {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }
}

extension AuditLine {
    /// The sealed line and entry for `record` as entry `sequence` after `previous`.
    static func make(_ record: AuditRecord, sequence: Int, time: Date, previous: String, key: AuditKey?)
        -> (line: [UInt8], entry: AuditEntry)
    {
        let algorithm = key == nil ? AuditAlgorithm.plain : AuditAlgorithm.keyed
        let prefix = prefix(
            sequence: sequence, time: time, kind: record.kind, caseID: record.caseID, data: record.data,
            previousHash: previous, algorithm: algorithm)
        let sealed = seal(prefix, key: key)
        let entry = AuditEntry(
            sequence: sequence, time: time, kind: record.kind, caseID: record.caseID, data: record.data,
            previousHash: previous, algorithm: algorithm, hash: sealed.hash, mac: sealed.mac)
        return (sealed.line, entry)
    }
}
