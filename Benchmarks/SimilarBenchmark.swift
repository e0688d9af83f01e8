#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PatternLearning
import VigilTestKit

/// `vigil-bench similar [--patterns N] [--queries N] [--limit K]`: query latency
/// of `SimilarityIndex.nearest` at 10k, 100k and 1M indexed patterns (or only N).
///
/// Patterns hold 4–8 terms drawn from a 50 000-term vocabulary with a Zipf
/// (1/rank) distribution over 8 categories, so a few terms are very common, as
/// in real tickets. A query is a stored pattern's terms with 0–3 of them
/// replaced by random terms, plus sometimes an unseen term. One line per size.
enum SimilarBenchmark {
    static let vocabularySize = 50_000

    static func run(_ args: BenchArguments) throws -> String {
        let sizes = args.values["patterns"] != nil ? [try args.int("patterns", default: 10_000)] : [10_000, 100_000, 1_000_000]
        let queries = try args.int("queries", default: 2_000)
        let limit = try args.int("limit", default: 10)
        var minimum = 0.0
        if let text = args.values["min-similarity"] {
            guard let m = Double(text), (0...1).contains(m) else { throw BenchError("--min-similarity must be in 0…1") }
            minimum = m
        }
        return try sizes.map { try runSize($0, queries: queries, limit: limit, minimum: minimum) }
            .joined(separator: "\n")
    }

    static func runSize(_ size: Int, queries: Int, limit: Int, minimum: Double) throws -> String {
        var r = SplitMix64(seed: 0x5EED_0005 &+ UInt64(size))
        let vocabulary = (0..<vocabularySize).map { "term\($0)" }
        // Cumulative 1/rank weights for Zipf sampling.
        var cumulative: [Double] = []
        cumulative.reserveCapacity(vocabularySize)
        var total = 0.0
        for rank in 1...vocabularySize {
            total += 1 / Double(rank)
            cumulative.append(total)
        }
        func zipf(_ r: inout SplitMix64) -> String {
            let x = r.double(0...total)
            var lo = 0
            var hi = cumulative.count - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if cumulative[mid] < x { lo = mid + 1 } else { hi = mid }
            }
            return vocabulary[lo]
        }
        let categories = (0..<8).map { "category\($0)" }
        var index = SimilarityIndex()
        var stored: [[String]] = []
        stored.reserveCapacity(size)
        let buildStart = monotonicSeconds()
        while index.count < size {
            let terms = (0..<r.int(4...8)).map { _ in zipf(&r) }
            let signature = try PatternSignature(category: r.pick(categories), terms: terms)
            if index.insert(signature) { stored.append(signature.terms) }
        }
        let buildSeconds = monotonicSeconds() - buildStart

        var queryTerms: [[String]] = []
        for _ in 0..<queries {
            var q = r.pick(stored)
            for _ in 0..<r.int(0...3) { q[r.int(0..<q.count)] = zipf(&r) }
            if r.chance(0.2) { q.append("unseen\(r.int(0...1000))") }
            queryTerms.append(q)
        }
        // Warm-up pass (fills the weight cache), then time each query.
        var sink = 0
        for q in queryTerms { sink &+= try index.nearest(to: q, limit: limit, minimumSimilarity: minimum).count }
        // Wall time, and the thread's CPU time: on a shared machine a query that
        // is preempted shows in the first but not in the second.
        var latencies: [Double] = []
        var cpu: [Double] = []
        latencies.reserveCapacity(queries)
        cpu.reserveCapacity(queries)
        for q in queryTerms {
            let c0 = threadCPUSeconds()
            let t0 = monotonicSeconds()
            let result = try index.nearest(to: q, limit: limit, minimumSimilarity: minimum)
            latencies.append(monotonicSeconds() - t0)
            cpu.append(threadCPUSeconds() - c0)
            sink &+= result.count
        }
        blackHole &+= sink
        latencies.sort()
        cpu.sort()
        func percentile(_ xs: [Double], _ p: Int) -> Double { xs[min(xs.count - 1, xs.count * p / 100)] }
        let p50 = percentile(latencies, 50)
        let p99 = percentile(latencies, 99)
        return "bench=similar patterns=\(size) queries=\(queries) limit=\(limit) min_similarity=\(minimum) p50_us=\(fixed(p50 * 1e6, 1)) "
            + "p99_us=\(fixed(p99 * 1e6, 1)) max_us=\(fixed(latencies.last! * 1e6, 1)) "
            + "cpu_p50_us=\(fixed(percentile(cpu, 50) * 1e6, 1)) cpu_p99_us=\(fixed(percentile(cpu, 99) * 1e6, 1)) "
            + "build_s=\(fixed(buildSeconds, 2))"
    }
}

/// CPU seconds used by the calling thread.
func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}
