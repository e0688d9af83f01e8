import ShellAST

/// `vigil-bench parse --corpus FILE [--iterations N]`: parse every line N times.
enum ParseBenchmark {
    static func run(_ args: BenchArguments) throws -> String {
        let corpus = try Corpus(path: args.string("corpus"))
        let iterations = try args.int("iterations", default: 20)
        var ok = 0
        var fail = 0
        corpus.bytes.withUnsafeBufferPointer { buf in
            for r in corpus.lines {
                do {
                    _ = try ShellParser.parse(utf8: UnsafeBufferPointer(rebasing: buf[r]))
                    ok += 1
                } catch {
                    fail += 1
                }
            }
        }
        let times = corpus.bytes.withUnsafeBufferPointer { buf in
            timeIterations(iterations) {
                var sink = 0
                for r in corpus.lines {
                    if let s = try? ShellParser.parse(utf8: UnsafeBufferPointer(rebasing: buf[r])) {
                        sink &+= s.body.items.count
                    }
                }
                return sink
            }
        }
        let t = median(times)
        let lines = corpus.lines.count
        return "bench=parse lines=\(lines) ok=\(ok) fail=\(fail) cmds_per_s=\(fixed(Double(lines) / t, 0)) "
            + "mb_per_s=\(fixed(Double(corpus.lineBytes) / t / 1e6, 2))"
    }
}
