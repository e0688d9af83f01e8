import ShellAST

/// `vigil-bench classify --corpus FILE [--iterations N]`: classify every line N times,
/// end to end (parse + verdict).
enum ClassifyBenchmark {
    static func run(_ args: BenchArguments) throws -> String {
        let corpus = try Corpus(path: args.string("corpus"))
        let iterations = try args.int("iterations", default: 20)
        let engine = VerdictEngine()
        var ok = 0
        var fail = 0
        var counts = [0, 0, 0]
        corpus.bytes.withUnsafeBufferPointer { buf in
            for r in corpus.lines {
                let c = engine.classify(utf8: UnsafeBufferPointer(rebasing: buf[r]))
                if c.syntaxError == nil { ok += 1 } else { fail += 1 }
                counts[c.verdict.rawValue] += 1
            }
        }
        let times = corpus.bytes.withUnsafeBufferPointer { buf in
            timeIterations(iterations) {
                var sink = 0
                for r in corpus.lines {
                    sink &+= engine.classify(utf8: UnsafeBufferPointer(rebasing: buf[r])).verdict.rawValue
                }
                return sink
            }
        }
        let t = median(times)
        let lines = corpus.lines.count
        return "bench=classify lines=\(lines) ok=\(ok) fail=\(fail) cmds_per_s=\(fixed(Double(lines) / t, 0)) "
            + "mb_per_s=\(fixed(Double(corpus.lineBytes) / t / 1e6, 2)) allow=\(counts[0]) review=\(counts[1]) block=\(counts[2])"
    }
}
