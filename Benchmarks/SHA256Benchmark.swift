#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PatternLearning

/// `vigil-bench sha256 --file PATH [--iterations N]`: hash the file's bytes
/// (loaded before timing) N times; report the median throughput and the digest,
/// which must equal `sha256sum PATH`.
enum SHA256Benchmark {
    static func run(_ args: BenchArguments) throws -> String {
        let bytes = try readFile(args.string("file"))
        let iterations = try args.int("iterations", default: 5)
        var digest = SHA256Digest(hex: String(repeating: "0", count: 64))!
        let times = bytes.withUnsafeBytes { buf in
            timeIterations(iterations) {
                digest = SHA256.hash(bytes: buf)
                return Int(truncatingIfNeeded: digest.hashValue)
            }
        }
        let t = median(times)
        return "bench=sha256 bytes=\(bytes.count) mb_per_s=\(fixed(Double(bytes.count) / t / 1e6, 1)) digest=\(digest.hex)"
    }

    /// The whole file, read in 1 MiB chunks.
    static func readFile(_ path: String) throws -> [UInt8] {
        guard let f = fopen(path, "rb") else { throw BenchError("cannot open \(path)") }
        defer { fclose(f) }
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = fread(&chunk, 1, chunk.count, f)
            if n <= 0 { break }
            data.append(contentsOf: chunk[0..<n])
        }
        guard ferror(f) == 0 else { throw BenchError("cannot read \(path)") }
        return data
    }
}
