@testable import ShellAST

/// Checks that every node's span is a valid range of the input and lies inside
/// its parent's; a here-document body lies inside the script, after its
/// redirection.
struct SpanChecker: SyntaxNodeVisitor {
    let inputCount: Int
    private var stack: [(label: String, span: SourceSpan)] = []
    private(set) var violations: [String] = []
    private(set) var nodeCount = 0

    init(inputCount: Int) {
        self.inputCount = inputCount
    }

    /// The violations in `tree`, parsed from an input of `inputCount` bytes.
    static func violations(in tree: ShellScript, inputCount: Int) -> [String] {
        var walker = SyntaxNodeWalker(visitor: SpanChecker(inputCount: inputCount))
        walker.script(tree)
        let open = walker.visitor.stack.map(\.label)
        return walker.visitor.violations + (open.isEmpty ? [] : ["the walker left \(open) open"])
    }

    mutating func enter(_ label: String, _ span: SourceSpan, detachedAfter redirect: SourceSpan?) {
        nodeCount += 1
        var path: String { (stack.map(\.label) + [label]).joined(separator: " > ") }
        if span.start > span.end {
            violations.append("\(path) \(span): start after end")
        }
        if span.start < 0 || span.end > inputCount {
            violations.append("\(path) \(span): outside the input 0...\(inputCount)")
        }
        if let redirect {
            if span.start < redirect.end {
                violations.append("\(path) \(span): here-document body starts before its redirection ends (\(redirect))")
            }
            if let script = stack.first, !script.span.contains(span) {
                violations.append("\(path) \(span): here-document body outside the script \(script.span)")
            }
        } else if let parent = stack.last, !parent.span.contains(span) {
            violations.append("\(path) \(span): outside its parent \(parent.label) \(parent.span)")
        }
        stack.append((label, span))
    }

    mutating func leave() {
        stack.removeLast()
    }
}

/// Collects every node label and feature a tree shows, and a few combinations.
struct FeatureCollector: SyntaxNodeVisitor {
    var wantsFeatures: Bool { true }
    private(set) var features: Set<String> = []
    private var labels: [String] = []
    /// Stack positions of the backquoted substitutions being visited.
    private var backquotes: [Int] = []

    mutating func enter(_ label: String, _ span: SourceSpan, detachedAfter redirect: SourceSpan?) {
        if label == "HereDocument", labels.contains("HereDocument") { features.insert("HereDocument.nested") }
        labels.append(label)
        features.insert(label)
    }

    mutating func leave() {
        if backquotes.last == labels.count - 1 { backquotes.removeLast() }
        labels.removeLast()
    }

    mutating func feature(_ name: String) {
        features.insert(name)
        if name == "CommandSubstitutionStyle.backquotes" {
            if labels.dropLast().contains("DoubleQuoted") { features.insert("Backquotes.inDoubleQuotes") }
            if !backquotes.isEmpty { features.insert("Backquotes.nested") }
            backquotes.append(labels.count - 1)
        }
    }
}
