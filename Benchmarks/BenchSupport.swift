#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `--key value` options of a benchmark.
struct BenchArguments {
    var values: [String: String] = [:]

    init(_ args: [String]) throws {
        var i = 0
        while i < args.count {
            let a = args[i]
            guard a.hasPrefix("--"), i + 1 < args.count else { throw BenchError("unexpected argument '\(a)'") }
            values[String(a.dropFirst(2))] = args[i + 1]
            i += 2
        }
    }

    func string(_ key: String) throws -> String {
        guard let v = values[key] else { throw BenchError("missing --\(key)") }
        return v
    }

    func int(_ key: String, default d: Int) throws -> Int {
        guard let v = values[key] else { return d }
        guard let n = Int(v), n > 0 else { throw BenchError("--\(key) must be a positive integer") }
        return n
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

/// A file of one command per line, loaded before timing.
struct Corpus {
    let bytes: [UInt8]
    let lines: [Range<Int>]

    init(path: String) throws {
        guard let f = fopen(path, "rb") else { throw BenchError("cannot open \(path)") }
        defer { fclose(f) }
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = fread(&chunk, 1, chunk.count, f)
            if n <= 0 { break }
            data.append(contentsOf: chunk[0..<n])
        }
        if data.last == 0x0A { data.removeLast() }
        var lines: [Range<Int>] = []
        var start = 0
        for (i, b) in data.enumerated() where b == 0x0A {
            lines.append(start..<i)
            start = i + 1
        }
        lines.append(start..<data.count)
        self.bytes = data
        self.lines = lines
    }

    /// Bytes in all lines, newlines excluded.
    var lineBytes: Int { lines.reduce(0) { $0 + $1.count } }
}

/// Seconds on a monotonic clock.
func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

/// Runs `body` once to warm up, then `iterations` timed times; returns the
/// per-iteration durations in seconds. `body` returns a value that is summed
/// into a black hole so the optimiser cannot drop the work.
func timeIterations(_ iterations: Int, _ body: () -> Int) -> [Double] {
    blackHole &+= body()
    var times: [Double] = []
    for _ in 0..<iterations {
        let t0 = monotonicSeconds()
        blackHole &+= body()
        times.append(monotonicSeconds() - t0)
    }
    return times
}

nonisolated(unsafe) var blackHole = 0

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    if s.isEmpty { return 0 }
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// `value` with `digits` decimals.
func fixed(_ value: Double, _ digits: Int = 1) -> String {
    var p = 1.0
    for _ in 0..<digits { p *= 10 }
    let r = (value * p).rounded() / p
    return digits == 0 ? String(Int(r)) : String(r)
}
