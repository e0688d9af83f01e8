import PatternLearning
import VigilTestKit

/// `vigil-bench signature [--tickets N] [--iterations N]`: signatures (normalise
/// + SHA-256) of N realistic generated tickets (fixed seed), median of the runs.
enum SignatureBenchmark {
    static func run(_ args: BenchArguments) throws -> String {
        let count = try args.int("tickets", default: 20_000)
        let iterations = try args.int("iterations", default: 7)
        var r = SplitMix64(seed: 0x5EED_0004)
        var tickets: [(category: String, title: String, description: String)] = []
        tickets.reserveCapacity(count)
        var bytes = 0
        for _ in 0..<count {
            let family = r.pick(IncidentTickets.families)
            let t = IncidentTickets.ticket(family, &r)
            tickets.append((IncidentTickets.category(family), t.title, t.description))
            bytes += t.title.utf8.count + t.description.utf8.count
        }
        let normalizer = TicketNormalizer.standard
        var distinct = Set<SHA256Digest>()
        for t in tickets {
            distinct.insert(try PatternSignature(
                category: t.category, title: t.title, description: t.description, normalizer: normalizer).hash)
        }
        let times = timeIterations(iterations) {
            var sink = 0
            for t in tickets {
                if let s = try? PatternSignature(
                    category: t.category, title: t.title, description: t.description, normalizer: normalizer)
                {
                    sink &+= Int(truncatingIfNeeded: s.hash.hashValue)
                }
            }
            return sink
        }
        let t = median(times)
        return "bench=signature tickets=\(count) distinct=\(distinct.count) tickets_per_s=\(fixed(Double(count) / t, 0)) "
            + "mb_per_s=\(fixed(Double(bytes) / t / 1e6, 2)) us_per_ticket=\(fixed(t / Double(count) * 1e6, 2))"
    }
}
