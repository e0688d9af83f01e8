extension Parser {
    /// Bit flags for each byte, one load per byte in the scanning loops (a literal
    /// of trivial values, so it is initialised statically).
    static let byteClasses: [UInt8] = [
        1, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        3, 0, 1, 0, 1, 0, 11, 1, 3, 3, 0, 0, 0, 0, 0, 0, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 0, 3, 11, 0, 11, 0,
        0, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 0, 1, 0, 0, 4,
        1, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 8, 3, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ]

    /// In ``byteClasses``: the byte needs handling in an unquoted word (NUL, blanks,
    /// newline, `"$&'()`, `;<>`, `\`, backquote, `|`).
    static let specialFlag: UInt8 = 1
    /// In ``byteClasses``: a metacharacter that ends an unquoted word (blank,
    /// newline, `;&|<>()`).
    static let metaFlag: UInt8 = 2
    /// In ``byteClasses``: a letter, digit or `_`.
    static let nameFlag: UInt8 = 4
    /// In ``byteClasses``: a byte a redirection may start with (`<`, `>`, `&`, `{`, a digit).
    static let redirectFlag: UInt8 = 8
}
