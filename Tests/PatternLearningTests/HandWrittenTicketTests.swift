import PatternLearning
import Testing

/// Pairs of tickets written by hand about the same fault, as different tools and
/// people would report it at different times, on different pods, nodes and IPs.
@Suite struct HandWrittenTicketTests {
    static let pairs: [(category: String, a: (String, String), b: (String, String))] = [
        (
            "kubernetes",
            (
                "Pod payments-api-sc2szkcbtf-g59xt CrashLoopBackOff",
                """
                2024-08-25T19:06:38.480Z kubelet on node ip-172-175-240-191.ec2.internal: Back-off restarting \
                failed container api in pod payments-api-sc2szkcbtf-g59xt (namespace payments). Restarted 10 times. \
                Last state: OOMKilled, exit code 137, memory limit 935Mi. Container id \
                containerd://bc61f91dd04b9a77fa0de62a921f679bbf7331635389170a016ab98e3d8d4383. Pod IP 181.59.73.225.
                """
            ),
            (
                "Pod payments-api-7d9f8b6c5-x2x7q CrashLoopBackOff",
                """
                Jun 3 04:11:52 kubelet on node ip-10-0-1-23.ec2.internal: Back-off restarting failed container api \
                in pod payments-api-7d9f8b6c5-x2x7q (namespace payments). Restarted 47 times. Last state: OOMKilled, \
                exit code 137, memory limit 2048Mi. Container id containerd://0a9e. Pod IP 10.2.7.19.
                """
            )
        ),
        (
            "network",
            (
                "VLAN 120 connectivity timeout",
                "Since 2025-03-02 08:15 UTC hosts 10.20.0.11 and 10.20.0.14 time out on VLAN 120; timeout after 30s."
            ),
            (
                "VLAN 7 connectivity timeout",
                "Since May 4 23:41:09 hosts fe80::a00:27ff:fe4e:66a1 and 192.168.7.5 time out on VLAN 7; timeout after 5000ms."
            )
        ),
        (
            "database",
            (
                "Replication lag on orders-db-replica-2",
                """
                orders-db-replica-2 is 1465 seconds behind 10.0.4.4:5432, WAL directory \
                /var/lib/postgresql/14/main/pg_wal filling, request 6a5de414-bd62-4f14-a562-66a17f1263ba.
                """
            ),
            (
                "Replication lag on orders-db-replica-0",
                """
                orders-db-replica-0 is 88 seconds behind 10.0.9.17:5432, WAL directory \
                /var/lib/postgresql/16/main/pg_wal filling, request 0b7a3c9e-8f1d-4c2b-9a6e-1f2d3c4b5a6e.
                """
            )
        ),
    ]

    @Test(arguments: 0..<pairs.count)
    func sameFault(index: Int) throws {
        let p = Self.pairs[index]
        let a = try PatternSignature(category: p.category, title: p.a.0, description: p.a.1)
        let b = try PatternSignature(category: p.category, title: p.b.0, description: p.b.1)
        #expect(a == b, "\(a.terms) vs \(b.terms)")
    }

    @Test func documentedExample() throws {
        let p = Self.pairs[0]
        let a = try PatternSignature(category: p.category, title: p.a.0, description: p.a.1)
        #expect(a.terms == ["api", "back-off", "container", "crashloopbackoff", "payments-api", "pod"])
    }

    @Test func differentFaultsDiffer() throws {
        let sigs = try Self.pairs.map { try PatternSignature(category: $0.category, title: $0.a.0, description: $0.a.1) }
        #expect(Set(sigs.map(\.hash)).count == sigs.count)
        // Same words, other category: another pattern.
        let moved = try PatternSignature(category: "storage", terms: sigs[0].terms)
        #expect(moved.hash != sigs[0].hash)
    }

    /// Reworded tickets need not share a signature, but the similarity index
    /// still finds the earlier one as the closest pattern.
    @Test func rewordedTicketIsStillSimilar() throws {
        let normalizer = TicketNormalizer.standard
        let first = try PatternSignature(category: "network", title: Self.pairs[1].a.0, description: Self.pairs[1].a.1)
        let reworded = try normalizer.keyTerms(
            title: "Connectivity timeout on VLAN 7",
            description: "fe80::a00:27ff:fe4e:66a1 and 192.168.7.5 report connectivity timeout (VLAN 7) at 23:41:09.")
        var index = SimilarityIndex()
        index.insert(first)
        for other in Self.pairs where other.category != "network" {
            index.insert(try PatternSignature(category: other.category, title: other.a.0, description: other.a.1))
        }
        let top = try index.nearest(to: reworded, limit: 1)
        #expect(top.first?.key == first.hash)
        #expect((top.first?.similarity ?? 0) >= 0.45, "\(reworded) vs \(first.terms)")
    }
}
