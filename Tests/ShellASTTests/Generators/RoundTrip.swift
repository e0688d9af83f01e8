@testable import ShellAST

/// Why a tree or an input failed the printer round trip.
struct RoundTripFailure: Error, CustomStringConvertible {
    enum Kind: String {
        /// The printed text does not parse.
        case printedTextRejected = "the printed text does not parse"
        /// The printed text parses to a different tree.
        case treeChanged = "the printed text parses to a different tree"
        /// Printing the reparsed tree gives different text.
        case notIdempotent = "printing is not idempotent"
    }

    var kind: Kind
    var printed: String
    var detail: String

    var description: String {
        "\(kind.rawValue)\nprinted: \(debugQuoted(printed))\n\(detail)"
    }
}

enum RoundTrip {
    /// Checks `parse(print(tree)) ≅ tree` and `print(parse(print(tree))) == print(tree)`.
    static func check(_ tree: ShellScript) -> RoundTripFailure? {
        let printed = ShellPrinter.print(tree)
        let reparsed: ShellScript
        do {
            reparsed = try ShellParser.parse(printed)
        } catch {
            return RoundTripFailure(kind: .printedTextRejected, printed: printed, detail: "error: \(error)")
        }
        if !reparsed.isStructurallyEqual(to: tree) {
            let detail = firstDifference(
                expected: tree.treeDescription(includeSpans: false), actual: reparsed.treeDescription(includeSpans: false))
            return RoundTripFailure(kind: .treeChanged, printed: printed, detail: detail)
        }
        let again = ShellPrinter.print(reparsed)
        if again != printed {
            return RoundTripFailure(kind: .notIdempotent, printed: printed, detail: "printed again: \(debugQuoted(again))")
        }
        return nil
    }

    /// The first lines where two tree dumps differ, with a little context.
    static func firstDifference(expected: String, actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var i = 0
        while i < e.count, i < a.count, e[i] == a[i] { i += 1 }
        let from = max(0, i - 3)
        let expectedLines = e[from..<min(e.count, i + 4)].joined(separator: "\n")
        let actualLines = a[from..<min(a.count, i + 4)].joined(separator: "\n")
        return "tree differs at dump line \(i + 1)\n--- expected (generated/original):\n\(expectedLines)\n--- actual (reparsed):\n\(actualLines)"
    }
}

/// A string as a Swift literal, so control characters and quotes show.
func debugQuoted(_ s: String) -> String {
    String(reflecting: s)
}
