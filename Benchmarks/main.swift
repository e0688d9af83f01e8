#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `vigil-bench NAME [options]`: throughput benchmarks, one `bench=NAME key=value ...`
/// line per run. Start-up and input loading are excluded from every timing.
let benchmarks: [String: (BenchArguments) async throws -> String] = [
    "parse": ParseBenchmark.run,
    "classify": ClassifyBenchmark.run,
    "sha256": SHA256Benchmark.run,
    "signature": SignatureBenchmark.run,
    "similar": SimilarBenchmark.run,
    "score": ScoreBenchmark.run,
    "decide": DecideBenchmark.run,
]

let argv = Array(CommandLine.arguments.dropFirst())
guard let name = argv.first, let bench = benchmarks[name] else {
    let names = benchmarks.keys.sorted().joined(separator: "|")
    writeStandardError("usage: vigil-bench <\(names)> [--corpus FILE] [--iterations N] [...]\n")
    exit(2)
}
do {
    let args = try BenchArguments(Array(argv.dropFirst()))
    print(try await bench(args))
} catch {
    writeStandardError("vigil-bench \(name): \(error)\n")
    exit(2)
}

func writeStandardError(_ s: String) {
    var bytes = Array(s.utf8)
    _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
}
