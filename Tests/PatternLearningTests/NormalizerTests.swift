import PatternLearning
import Testing
import VigilTestKit

@Suite struct NormalizerTests {
    let n = TicketNormalizer.standard

    @Test(arguments: [
        ("payments-api-7d9f8b6c5-x2x7q", ["payments-api"]),
        ("web-0 web-12", ["web", "web"]),
        ("fluentd-x7k2p", ["fluentd"]),
        ("backup-28374650-bx7kq", ["backup"]),
        ("10.0.3.7 10.0.3.7:5432 10.0.0.0/16", []),
        ("fe80::1ff:fe23:4567:890a 2001:db8::1 [2001:db8::1]:443", []),
        ("2024-05-01T12:34:56.789Z 2024-05-01 12:34:56,789 May 1 12:34:56 +02:00", []),
        ("550e8400-e29b-41d4-a716-446655440000", []),
        ("request 550E8400-E29B-41D4-A716-446655440000 failed", ["request", "failed"]),
        ("pvc-550e8400-e29b-41d4-a716-446655440000", ["pvc"]),
        ("0x7ffd1234 3f4e5d6c7b8a commit a1b2c3d", ["commit"]),
        ("/var/lib/postgresql/14/main", ["var/lib/postgresql/#/main"]),
        ("/var/log/app/2024/05/01/app.log", ["var/log/app/#/app.log"]),
        ("timeout after 500ms, retry in 3s (attempt 2/5)", ["timeout", "retry", "attempt"]),
        ("HTTP 503 errors, v1.2.3 and 1.2.3", ["http", "errors"]),
        ("ip-10-0-1-23.ec2.internal", ["ip-#.ec2.internal"]),
        ("Café naïve", ["café", "naïve"]),
        ("deadbeef cafe", ["deadbeef", "cafe"]),
        ("k8s ec2 log4j http2 sha256", ["k8s", "ec2", "log4j", "http2", "sha256"]),
        ("TIMEOUT Timeout timeout.", ["timeout", "timeout", "timeout"]),
        ("the of and a I -- ... :: //", []),
        ("Gi1/0/24 eth0", ["gi1", "eth0"]),
    ])
    func masking(text: String, expected: [String]) {
        #expect(n.terms(in: text) == expected, "\(text)")
    }

    @Test func keyTermsAreTopKSortedAndDistinct() throws {
        let k3 = try TicketNormalizer(maxTerms: 3)
        // Title terms count double: vlan 2+2, timeout 2+1, connectivity 2, gateway 1+1+1 … ties by byte order.
        let terms = try k3.keyTerms(
            title: "VLAN connectivity timeout",
            description: "vlan gateway timeout gateway unreachable gateway packet")
        #expect(terms == ["gateway", "timeout", "vlan"])
    }

    @Test func titleWeightCounts() throws {
        let k1 = try TicketNormalizer(maxTerms: 1, titleWeight: 3)
        #expect(try k1.keyTerms(title: "replication", description: "disk disk") == ["replication"])
        let equal = try TicketNormalizer(maxTerms: 1, titleWeight: 1)
        #expect(try equal.keyTerms(title: "replication", description: "disk disk") == ["disk"])
    }

    @Test func extraStopWords() throws {
        let custom = try TicketNormalizer(extraStopWords: ["Alert"])
        #expect(try custom.keyTerms(title: "ALERT disk full", description: "") == ["disk", "full"])
    }

    @Test(arguments: ["", "   ", "12 34 10.0.0.1", "the and of", "550e8400-e29b-41d4-a716-446655440000"])
    func noKeyTerms(title: String) {
        #expect { try n.keyTerms(title: title, description: "") } throws: {
            ($0 as? PatternLearningError)?.code == .noKeyTerms
        }
    }

    @Test func tooLargeInputIsRejected() throws {
        let small = try TicketNormalizer(maxInputBytes: 100)
        #expect { try small.keyTerms(title: String(repeating: "a", count: 101), description: "") } throws: {
            ($0 as? PatternLearningError)?.field == "title"
        }
        #expect { try small.keyTerms(title: "disk", description: String(repeating: "b ", count: 60)) } throws: {
            ($0 as? PatternLearningError)?.field == "description"
        }
    }

    @Test(arguments: [(0, "maxTerms"), (65, "maxTerms")])
    func badConfiguration(k: Int, field: String) {
        #expect { try TicketNormalizer(maxTerms: k) } throws: { ($0 as? PatternLearningError)?.field == field }
        #expect { try TicketNormalizer(titleWeight: 0) } throws: { ($0 as? PatternLearningError)?.field == "titleWeight" }
    }

    /// Tickets about the same fault, differing in pod names, IPs, timestamps,
    /// UUIDs and counts, share one signature; different faults do not.
    @Test(arguments: seeds)
    func sameFaultSameSignature(seed: UInt64) throws {
        var r = SplitMix64(seed: seed)
        var signatures: [String: PatternSignature] = [:]
        for _ in 0..<60 {
            for family in IncidentTickets.families {
                let t = IncidentTickets.ticket(family, &r)
                let sig = try PatternSignature(category: IncidentTickets.category(family), title: t.title, description: t.description)
                if let first = signatures[family] {
                    #expect(sig == first, "seed \(seed): \(family) split: \(sig.terms) vs \(first.terms)\n\(t.title)\n\(t.description)")
                } else {
                    signatures[family] = sig
                }
            }
        }
        #expect(Set(signatures.values.map(\.hash)).count == IncidentTickets.families.count, "seed \(seed): families collided")
    }

    /// Random text, including non-ASCII and control bytes: never a crash, and
    /// whatever comes out is a valid, sorted, distinct term list of at most k.
    @Test(arguments: seeds)
    func arbitraryTextIsHandled(seed: UInt64) throws {
        var r = SplitMix64(seed: seed)
        let pieces = [
            "disk", "DISK", "-", ".", ":", "/", "//", "10.0.0.1", "ü", "日本", "😀", "\t", "\n", "\u{0}", "0x", "ff",
            "a1b2c3", "x2x7q", "-bx7kq", "the", "web-0", "550e8400", "::", "v1.2", "%", "\"", "'", "[", "]", "é",
        ]
        for _ in 0..<400 {
            let text = (0..<r.int(0...40)).map { _ in r.pick(pieces) }.joined(separator: r.chance(0.5) ? " " : "")
            let k = r.int(1...8)
            let normalizer = try TicketNormalizer(maxTerms: k)
            do {
                let terms = try normalizer.keyTerms(title: text, description: text)
                #expect(!terms.isEmpty && terms.count <= k, "seed \(seed): \(terms)")
                #expect(terms == terms.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }, "seed \(seed)")
                #expect(Set(terms).count == terms.count, "seed \(seed)")
                _ = try PatternSignature(category: "network", terms: terms)
            } catch {
                #expect(error.code == .noKeyTerms, "seed \(seed): \(error)")
            }
        }
    }
}
