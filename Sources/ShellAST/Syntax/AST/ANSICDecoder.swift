/// Decodes the escapes of a `$'...'` string the way bash does.
enum ANSICDecoder {
    /// Decodes `raw` (the text between `$'` and `'`). Output stops at the first
    /// NUL, as a C string given to a command would.
    static func decode(_ raw: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        func hexValue(_ b: UInt8) -> UInt32? {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(b - UInt8(ascii: "A") + 10)
            default: nil
            }
        }
        /// UTF-8 as bash writes it: surrogates and values past U+10FFFF included.
        func appendScalar(_ v: UInt32) {
            switch v {
            case 0..<0x80:
                out.append(UInt8(v))
            case 0x80..<0x800:
                out.append(0xC0 | UInt8(v >> 6))
                out.append(0x80 | UInt8(v & 0x3F))
            case 0x800..<0x10000:
                out.append(0xE0 | UInt8(v >> 12))
                out.append(0x80 | UInt8((v >> 6) & 0x3F))
                out.append(0x80 | UInt8(v & 0x3F))
            case 0x10000..<0x200000:
                out.append(0xF0 | UInt8(v >> 18))
                out.append(0x80 | UInt8((v >> 12) & 0x3F))
                out.append(0x80 | UInt8((v >> 6) & 0x3F))
                out.append(0x80 | UInt8(v & 0x3F))
            case 0x200000..<0x4000000:
                out.append(0xF8 | UInt8(v >> 24))
                for shift in stride(from: 18, through: 0, by: -6) { out.append(0x80 | UInt8((v >> UInt32(shift)) & 0x3F)) }
            default:
                out.append(0xFC | UInt8((v >> 30) & 0x01))
                for shift in stride(from: 24, through: 0, by: -6) { out.append(0x80 | UInt8((v >> UInt32(shift)) & 0x3F)) }
            }
        }
        while i < raw.count {
            let b = raw[i]
            guard b == UInt8(ascii: "\\"), i + 1 < raw.count else {
                out.append(b)
                i += 1
                continue
            }
            let e = raw[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "a"): out.append(0x07)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "e"), UInt8(ascii: "E"): out.append(0x1B)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "v"): out.append(0x0B)
            case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "?"): out.append(e)
            case UInt8(ascii: "x"):
                var v: UInt32 = 0
                var n = 0
                while n < 2, i < raw.count, let h = hexValue(raw[i]) {
                    v = v * 16 + h
                    i += 1
                    n += 1
                }
                if n == 0 {
                    out.append(contentsOf: [UInt8(ascii: "\\"), e])
                } else {
                    out.append(UInt8(v))
                }
            case UInt8(ascii: "u"), UInt8(ascii: "U"):
                let maxDigits = e == UInt8(ascii: "u") ? 4 : 8
                var v: UInt32 = 0
                var n = 0
                while n < maxDigits, i < raw.count, let h = hexValue(raw[i]) {
                    v = v &* 16 &+ h
                    i += 1
                    n += 1
                }
                if n == 0 {
                    out.append(contentsOf: [UInt8(ascii: "\\"), e])
                } else {
                    appendScalar(v)
                }
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var v = UInt32(e - UInt8(ascii: "0"))
                var n = 1
                while n < 3, i < raw.count, raw[i] >= UInt8(ascii: "0"), raw[i] <= UInt8(ascii: "7") {
                    v = v * 8 + UInt32(raw[i] - UInt8(ascii: "0"))
                    i += 1
                    n += 1
                }
                out.append(UInt8(truncatingIfNeeded: v))
            case UInt8(ascii: "c"):
                if i < raw.count {
                    var c = raw[i]
                    i += 1
                    if c == UInt8(ascii: "\\"), i < raw.count, raw[i] == UInt8(ascii: "\\") { i += 1 }
                    if c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z") { c -= 32 }
                    out.append(c == UInt8(ascii: "?") ? 0x7F : c & 0x1F)
                } else {
                    out.append(contentsOf: [UInt8(ascii: "\\"), e])
                }
            default:
                out.append(contentsOf: [UInt8(ascii: "\\"), e])
            }
        }
        if let nul = out.firstIndex(of: 0) { out.removeSubrange(nul...) }
        return out
    }
}
