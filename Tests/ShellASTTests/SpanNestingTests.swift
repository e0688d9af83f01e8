import Testing
import VigilTestKit
@testable import ShellAST

/// Every node's span lies within the input and inside its parent's span; a
/// here-document body lies inside the script, after its redirection.
@Suite struct SpanNestingTests {
    /// Printed random trees, parsed back: their spans nest.
    @Test(arguments: PropertySeeds.make())
    func spansOfParsedGeneratedTreesNest(seed: UInt64) throws {
        var failures = 0
        var nodes = 0
        for index in 0..<150 {
            var g = ShellTreeGenerator(choices: Choices(seed: RoundTripPropertyTests.caseSeed(seed ^ 0x5BA7, index)))
            let text = ShellPrinter.print(g.script())
            let tree = try ShellParser.parse(text)
            var walker = SyntaxNodeWalker(visitor: SpanChecker(inputCount: text.utf8.count))
            walker.script(tree)
            nodes += walker.visitor.nodeCount
            if let v = walker.visitor.violations.first {
                Issue.record("seed \(hexSeed(seed)) case \(index): \(walker.visitor.violations.count) violations, first: \(v)\ninput: \(debugQuoted(text))")
                failures += 1
                if failures >= 3 { break }
            }
        }
        #expect(nodes > 150 * 10, "the trees were too small to say much: \(nodes) nodes")
    }

    /// Real commands, and constructs whose spans are easy to get wrong.
    @Test(arguments: RealCommands.all + [
        "echo `echo \\`echo \\\\\\`date\\\\\\`\\``",
        "echo \"`echo \\\"a b\\\"`\" `cat <<E\nx $y\nE\n`",
        "cat <<A <<-B; echo a\na $x\nA\n\t\tb\n\tB\necho $(cat <<C\nc\nC\n)",
        "echo \"$(cat <<'E'\n$raw\nE\n)\" | tee >(cat <<F\n$(date)\nF\n) >/dev/null",
        "f() { cat <<E; }\nbody\nE\n",
        "echo a\\\nb \"c\\\nd\" ${x:-e\\\nf}",
        "a=( [k]=v w [j]+=u ) b[$((1+2))]=c; declare -A m=([x]=1)",
        "[[ ( -n $a && ! -z \"$b\" ) || $c =~ ^(x|y)+$ ]]",
        "for ((i=0;i<3;i++)); do :; done; case x in (a) ;; b|c) ;& *) ;;& esac",
        "coproc N { echo; } 3>&1; time -p ! a |& b",
        "echo $\"loc $x\" $'a\\'b' @(a|b) ${#a[@]} ${!p*} ${x/#a/b} ${x: -1:2}",
        "", "   ", "# only a comment\n",
    ])
    func spansOfTrickyInputsNest(_ input: String) throws {
        let tree = try ShellParser.parse(input)
        let violations = SpanChecker.violations(in: tree, inputCount: input.utf8.count)
        #expect(violations.isEmpty, "\(violations)")
        #expect(tree.span == SourceSpan(start: 0, end: input.utf8.count))
    }

    /// Here-document bodies: exactly their lines, after the operator's line.
    @Test func hereDocumentBodySpans() throws {
        let input = "cat <<A <<-'B' | wc\na $x\nA\n\tb\n\tB\necho done"
        let tree = try ShellParser.parse(input)
        guard case .simple(let cat) = tree.body.items[0].andOr.first.commands[0] else {
            Issue.record("expected a simple command")
            return
        }
        let bytes = Array(input.utf8)
        let docs = cat.redirects.compactMap(\.hereDocument)
        #expect(docs.count == 2)
        #expect(docs.map(\.delimiter) == ["A", "B"])
        #expect(docs.map(\.isQuoted) == [false, true])
        guard docs.count == 2 else { return }
        #expect(String(decoding: bytes[docs[0].span.range], as: UTF8.self) == "a $x\nA")
        #expect(String(decoding: bytes[docs[1].span.range], as: UTF8.self) == "\tb\n\tB")
        for (redirect, doc) in zip(cat.redirects, docs) { #expect(doc.span.start > redirect.span.end) }
        #expect(SpanChecker.violations(in: tree, inputCount: bytes.count).isEmpty)
    }

    /// The checker itself reports a child outside its parent, a reversed span,
    /// a span past the input and a here-document body before its redirection.
    @Test func checkerDetectsBadSpans() throws {
        var tree = try ShellParser.parse("echo hi <<E\nx\nE\n")
        guard case .simple(var c) = tree.body.items[0].andOr.first.commands[0] else { return }
        c.words[1].span = SourceSpan(start: 3, end: 40)
        c.words[0].span = SourceSpan(start: 4, end: 2)
        c.redirects[0].hereDocument?.span = SourceSpan(start: 1, end: 3)
        tree.body.items[0].andOr.first.commands[0] = .simple(c)
        let v = SpanChecker.violations(in: tree, inputCount: 16)
        #expect(v.contains { $0.contains("start after end") })
        #expect(v.contains { $0.contains("outside the input") })
        #expect(v.contains { $0.contains("outside its parent") })
        #expect(v.contains { $0.contains("before its redirection") })
    }
}
