import Testing

@testable import ShellAST

/// The parser's byte table agrees, for every byte, with the character sets it encodes.
@Suite struct ParserByteClassTests {
    @Test func everyByteHasTheClassesOfItsDefinition() {
        let special = Set("\0\t\n \"$&'();<>\\`|".utf8)
        let meta = Set("\t\n ;&|<>()".utf8)
        for b in 0...255 {
            let byte = UInt8(b)
            let isLetter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            let isDigit = byte >= 0x30 && byte <= 0x39
            #expect(Parser.isPlain(byte) == !special.contains(byte), "byte \(b): plain")
            #expect(Parser.isMeta(byte) == meta.contains(byte), "byte \(b): metacharacter")
            #expect(Parser.isNameChar(byte) == (isLetter || isDigit || byte == UInt8(ascii: "_")), "byte \(b): name character")
            let redirect = Parser.byteClasses[b] & Parser.redirectFlag != 0
            #expect(redirect == (isDigit || "<>&{".utf8.contains(byte)), "byte \(b): may start a redirection")
        }
    }
}
