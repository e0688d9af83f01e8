import Testing
@testable import ShellAST

/// `$'...'` strings: each row is the raw text between the quotes and the
/// bytes bash 5.2 makes of it (checked with `printf %s $'…' | od -An -tx1`).
enum ANSICDecodingTable {
    static let cases: [ANSICCase] = [
        ANSICCase("plain", "plain"),
        ANSICCase("a\\nb", "a\nb"),
        ANSICCase("\\t", "\t"),
        ANSICCase("\\r", "\r"),
        ANSICCase("\\a\\b", [0x07, 0x08]),
        ANSICCase("\\e\\E", [0x1B, 0x1B]),
        ANSICCase("\\f\\v", [0x0C, 0x0B]),
        ANSICCase("\\\\", "\\"),
        ANSICCase("\\'", "'"),
        ANSICCase("it\\'s", "it's"),
        ANSICCase("\\\"", "\""),
        ANSICCase("\\?", "?"),
        ANSICCase("\\x41", "A"),
        ANSICCase("\\x4a\\x4A", "JJ"),
        ANSICCase("\\x4", [0x04]),
        ANSICCase("\\x414", "A4"),
        ANSICCase("\\xg", "\\xg"),
        ANSICCase("\\x", "\\x"),
        ANSICCase("\\x7f\\xff", [0x7F, 0xFF]),
        ANSICCase("\\101", "A"),
        ANSICCase("\\0101", [0x08, 0x31]),
        ANSICCase("\\1a", [0x01, 0x61]),
        ANSICCase("\\777", [0xFF]),
        ANSICCase("\\0", []),
        ANSICCase("a\\0b", "a"),
        ANSICCase("\\x00y", []),
        ANSICCase("\\u0000x", []),
        ANSICCase("\\u00e9", "é"),
        ANSICCase("\\u263a", "☺"),
        ANSICCase("\\uFFFF", [0xEF, 0xBF, 0xBF]),
        ANSICCase("\\U0001F600", "😀"),
        ANSICCase("\\u", "\\u"),
        ANSICCase("\\cA", [0x01]),
        ANSICCase("\\ca", [0x01]),
        ANSICCase("\\c[", [0x1B]),
        ANSICCase("\\c1", [0x11]),
        ANSICCase("\\c\\\\", [0x1C]),
        ANSICCase("\\c@x", []),
        ANSICCase("a\\c", "a\\c"),
        ANSICCase("\\z", "\\z"),
        ANSICCase("\\$x", "\\$x"),
        ANSICCase("$x `y` \"z\"", "$x `y` \"z\""),
        ANSICCase("\\c?", [0x7F]),
        ANSICCase("\\ud800", [0xED, 0xA0, 0x80]),
        ANSICCase("\\U110000", [0xF4, 0x90, 0x80, 0x80]),
    ]
}

@Suite("Syntax table: $'...' decoding")
struct ANSICDecodingTableTests {
    @Test(arguments: ANSICDecodingTable.cases)
    func row(_ row: ANSICCase) { TableChecks.check(row) }
}
