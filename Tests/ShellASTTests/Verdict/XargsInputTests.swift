import Testing

@testable import ShellAST

/// How the engine splits text fed to `xargs` into the items it passes, as GNU
/// xargs does (checked against `xargs printf '[%s]'` by hand for each row).
@Suite struct XargsInputTests {
    struct Split: Sendable, CustomTestStringConvertible {
        let input: String
        let delimiter: UInt8?
        let items: [String]
        var testDescription: String { "\(input.debugDescription) → \(items)" }
    }

    static let splits: [Split] = [
        Split(input: "/\n", delimiter: nil, items: ["/"]),
        Split(input: "a  b\tc\nd\n", delimiter: nil, items: ["a", "b", "c", "d"]),
        Split(input: "'a b' \"c d\" e\\ f\n", delimiter: nil, items: ["a b", "c d", "e f"]),
        Split(input: "x'y z'w\n", delimiter: nil, items: ["xy zw"]),
        Split(input: "''\n", delimiter: nil, items: [""]),
        // An unmatched quote ends the input: xargs stops with an error there.
        Split(input: "a 'b\nc\n", delimiter: nil, items: ["a"]),
        Split(input: "/\n", delimiter: 0, items: ["/\n"]),
        Split(input: "/\0/tmp\0", delimiter: 0, items: ["/", "/tmp"]),
        Split(input: "a,/\n", delimiter: UInt8(ascii: ","), items: ["a", "/\n"]),
        Split(input: "'a b'\n", delimiter: 0x0A, items: ["'a b'"]),
        Split(input: "", delimiter: nil, items: []),
    ]

    @Test(arguments: splits)
    func itemsAreSplitAsXargsSplitsThem(_ s: Split) {
        #expect(Judge.xargsItems(s.input, delimiter: s.delimiter) == s.items)
    }

    @Test func replaceModeReadsLinesWithoutLeadingBlanks() {
        #expect(Judge.xargsLines("  a b\n\n\tc\n") == ["a b", "c"])
    }

    @Test(arguments: [
        (["-0"], UInt8(0)),
        (["--null"], UInt8(0)),
        (["-d", ","], UInt8(ascii: ",")),
        (["-d,"], UInt8(ascii: ",")),
        (["--delimiter=\\n"], UInt8(0x0A)),
        (["-d", "\\t"], UInt8(0x09)),
        (["-n", "1"], nil),
        (["-d", "ab"], nil),
    ] as [([String], UInt8?)])
    func delimiterOptions(_ options: [String], _ expected: UInt8?) {
        let args = options.map { Argument(madeText: $0, span: .zero) }
        #expect(Judge.xargsDelimiter(args[...]) == expected)
    }

    /// The items are judged on top of the judgement with a placeholder: nothing is
    /// loosened, and a reason already given is not repeated.
    @Test func staticInputOnlyAddsReasons() {
        let plain = defaultEngine.classify("xargs rm -rf")
        let fed = defaultEngine.classify("xargs rm -rf <<< /tmp/build")
        #expect(fed.verdict >= plain.verdict)
        #expect(fed.reasons.filter { $0.rule == "files.rm.recursive" }.count == 1)
    }
}
