import Reliability
import VigilTestKit

/// `vigil-bench score [--inputs N] [--feedback N] [--outcomes N] [--iterations N]`:
/// reliability scores per second over N generated inputs, each with the given
/// numbers of feedback records and outcomes (defaults 1000 / 20 / 50).
enum ScoreBenchmark {
    static func run(_ args: BenchArguments) throws -> String {
        let count = try args.int("inputs", default: 1_000)
        let feedbackCount = try args.int("feedback", default: 20)
        let outcomeCount = try args.int("outcomes", default: 50)
        let iterations = try args.int("iterations", default: 9)
        let now = 1_750_000_000.0
        let categories = ["network", "database", "kubernetes", "storage"]
        var r = SplitMix64(seed: 0x5EED_0006)
        var inputs: [ReliabilityInput] = []
        for _ in 0..<count {
            let feedback = try (0..<feedbackCount).map { _ in
                try FeedbackRecord(
                    kind: r.pick(FeedbackKind.allCases), rating: r.chance(0.7) ? r.int(1...5) : nil,
                    timestamp: now - r.double(0...(365 * 86_400)))
            }
            let outcomes = try (0..<outcomeCount).map { _ in
                try OutcomeRecord(
                    category: r.pick(categories), resolved: r.chance(0.8), autoRemediated: r.chance(0.5),
                    timestamp: now - r.double(0...(365 * 86_400)))
            }
            inputs.append(try ReliabilityInput(
                category: r.pick(categories), aiConfidence: r.double(0...1), feedback: feedback, outcomes: outcomes,
                patternMatch: r.chance(0.8) ? r.double(0...1) : nil))
        }
        let scorer = ReliabilityScorer()
        let times = timeIterations(iterations) {
            var sink = 0
            for input in inputs {
                if let s = try? scorer.score(input, now: now) { sink &+= Int(s.overall) }
            }
            return sink
        }
        let t = median(times)
        return "bench=score inputs=\(count) feedback=\(feedbackCount) outcomes=\(outcomeCount) "
            + "scores_per_s=\(fixed(Double(count) / t, 0)) us_per_score=\(fixed(t / Double(count) * 1e6, 2))"
    }
}
