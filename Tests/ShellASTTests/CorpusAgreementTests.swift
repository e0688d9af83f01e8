#if canImport(Foundation)
import Foundation
import Testing
@testable import ShellAST

/// The shared corpora, when they sit beside the package (`../shared/corpus`).
///
/// Nothing from the corpora is stored here. `Scripts/corpus-agreement.sh`
/// compares every line with mvdan/sh and bash; this test, which cannot run
/// those, checks what needs only the parser: no line crashes it, every accepted
/// line round-trips through the printer, and the number of accepted lines does
/// not fall below the figure the script recorded (Docs/ShellSyntax.md).
enum SharedCorpus {
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // ShellASTTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("../shared/corpus").standardized

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("nl2bash.cm").path)
            && FileManager.default.fileExists(atPath: directory.appendingPathComponent("tldr.cm").path)
    }

    /// The file's lines as raw bytes (no newline), invalid UTF-8 kept as is.
    static func lines(of name: String) throws -> [[UInt8]] {
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        var lines = [UInt8](data).split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}

@Suite("Corpus agreement", .enabled(if: SharedCorpus.isAvailable), .serialized)
struct CorpusAgreementTests {
    /// `Scripts/corpus-agreement.sh` figures: lines, and the lines we accept,
    /// which are all that mvdan/sh (`shfmt -ln bash`) accepts (its
    /// mvdan-accepts-we-reject count is 0). Raise a floor when the parser
    /// accepts more; never lower one without a reason in Docs/ShellSyntax.md.
    @Test(arguments: [
        (file: "nl2bash.cm", lines: 12_607, acceptedAtLeast: 12_536),
        (file: "tldr.cm", lines: 29_495, acceptedAtLeast: 29_120),
    ])
    func everyLineParsesOrFailsCleanly(_ corpus: (file: String, lines: Int, acceptedAtLeast: Int)) throws {
        let lines = try SharedCorpus.lines(of: corpus.file)
        #expect(lines.count == corpus.lines, "the corpus changed")
        var accepted = 0
        var roundTripFailures: [String] = []
        for (n, line) in lines.enumerated() {
            let tree: ShellScript
            do {
                tree = try ShellParser.parse(utf8: line)
            } catch {
                #expect(error.offset >= 0 && error.offset <= line.count, "\(corpus.file):\(n + 1): error offset out of range")
                #expect(error.line >= 1 && error.column >= 1)
                continue
            }
            accepted += 1
            let printed = ShellPrinter.print(tree)
            guard let again = try? ShellParser.parse(printed), again.isStructurallyEqual(to: tree),
                ShellPrinter.print(again) == printed
            else {
                roundTripFailures.append("\(corpus.file):\(n + 1): \(String(decoding: line, as: UTF8.self))")
                continue
            }
        }
        #expect(roundTripFailures.isEmpty, "round trip fails on:\n\(roundTripFailures.prefix(20).joined(separator: "\n"))")
        #expect(accepted >= corpus.acceptedAtLeast, "\(corpus.file): \(accepted) lines accepted")
    }
}
#endif
