/// Realistic incident tickets for tests and benchmarks: a few fault families,
/// each written the way monitoring tools and on-call engineers write them, with
/// every volatile part (pod names, IPs, timestamps, UUIDs, ids, counts) drawn
/// from the generator, so the same seed gives the same tickets.
public enum IncidentTickets {
    static let podAlphabet = Array("bcdfghjklmnpqrstvwxz2456789")
    static let hexDigits = Array("0123456789abcdef")

    static func podHash(_ r: inout SplitMix64, _ n: Int) -> String {
        String((0..<n).map { _ in r.pick(podAlphabet) })
    }
    static func hex(_ r: inout SplitMix64, _ n: Int) -> String {
        String((0..<n).map { _ in r.pick(hexDigits) })
    }
    static func ipv4(_ r: inout SplitMix64) -> String {
        "\(r.int(1...223)).\(r.int(0...255)).\(r.int(0...255)).\(r.int(1...254))"
    }
    static func ipv6(_ r: inout SplitMix64) -> String {
        r.chance(0.5) ? "fe80::\(hex(&r, 4)):\(hex(&r, 4))" : "2001:db8:\(hex(&r, 3))::\(r.int(1...99))"
    }
    static func uuid(_ r: inout SplitMix64) -> String {
        "\(hex(&r, 8))-\(hex(&r, 4))-4\(hex(&r, 3))-a\(hex(&r, 3))-\(hex(&r, 12))"
    }
    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    static func timestamp(_ r: inout SplitMix64) -> String {
        let (y, mo, d) = (r.int(2022...2026), r.int(1...12), r.int(1...28))
        let (h, mi, s) = (r.int(0...23), r.int(0...59), r.int(0...59))
        switch r.int(0..<4) {
        case 0: return "\(y)-\(two(mo))-\(two(d))T\(two(h)):\(two(mi)):\(two(s)).\(r.int(100...999))Z"
        case 1: return "\(y)-\(two(mo))-\(two(d)) \(two(h)):\(two(mi)):\(two(s)),\(r.int(100...999))"
        case 2: return "\(r.pick(["Jan", "Feb", "Mar", "Apr", "May", "Jun"])) \(d) \(two(h)):\(two(mi)):\(two(s))"
        default: return "\(y)-\(two(mo))-\(two(d))T\(two(h)):\(two(mi)):\(two(s))+02:00"
        }
    }
    static func pod(_ r: inout SplitMix64, _ name: String) -> String {
        "\(name)-\(podHash(&r, r.int(8...10)))-\(podHash(&r, 5))"
    }
    static func node(_ r: inout SplitMix64) -> String {
        "ip-\(r.int(10...192))-\(r.int(0...255))-\(r.int(0...255))-\(r.int(1...254)).ec2.internal"
    }

    /// The fault families; every ticket of a family is about the same fault.
    public static let families = ["vlan", "crashloop", "replication", "disk", "certificate"]

    /// A random ticket of `family` (one of `families`).
    public static func ticket(_ family: String, _ r: inout SplitMix64) -> (title: String, description: String) {
        switch family {
        case "vlan":
            let vlan = r.int(2...4094)
            return (
                "VLAN \(vlan) connectivity timeout from \(ipv4(&r))",
                """
                Hosts on VLAN \(vlan) lost connectivity to gateway \(ipv4(&r)) at \(timestamp(&r)). \
                Ping timeout after \(r.int(1...30))s, \(r.int(2...100))% packet loss on switch port Gi1/0/\(r.int(1...48)). \
                IPv6 neighbour \(ipv6(&r)) unreachable too. Ticket \(uuid(&r)).
                """
            )
        case "crashloop":
            let p = pod(&r, "payments-api")
            return (
                "Pod \(p) CrashLoopBackOff",
                """
                \(timestamp(&r)) kubelet on node \(node(&r)): Back-off restarting failed container api in pod \(p) \
                (namespace payments). Restarted \(r.int(3...60)) times. Last state: OOMKilled, exit code 137, \
                memory limit \(r.int(256...4096))Mi. Container id containerd://\(hex(&r, 64)). Pod IP \(ipv4(&r)).
                """
            )
        case "replication":
            let replica = "orders-db-replica-\(r.int(0...9))"
            return (
                "PostgreSQL replication lag on \(replica)",
                """
                Replica \(replica) is \(r.int(30...9000)) seconds behind primary \(ipv4(&r)):5432 since \(timestamp(&r)). \
                WAL receiver stalled at LSN \(hex(&r, 2).uppercased())/\(hex(&r, 8).uppercased()); \
                WAL directory /var/lib/postgresql/\(r.int(12...16))/main/pg_wal is filling up. \
                Replication slot replica_\(r.int(1...9)) inactive. Request id \(uuid(&r)).
                """
            )
        case "disk":
            return (
                "Disk usage \(r.int(85...99))% on /dev/nvme0n1p1 at \(node(&r))",
                """
                Filesystem /var/log is \(r.int(85...99))% full (\(r.int(10...500))G of \(r.int(500...900))G) on \
                \(node(&r)) at \(timestamp(&r)). Largest file /var/log/nginx/access.log.\(r.int(1...9)) \
                grew \(r.int(1...50))G in \(r.int(1...12))h. Inode usage \(r.int(1...90))%. Alert \(hex(&r, 12)).
                """
            )
        default:
            return (
                "TLS certificate for api.example.com expires in \(r.int(1...14)) days",
                """
                Certificate serial 0x\(hex(&r, 16)) for api.example.com (ingress \(pod(&r, "ingress-nginx-controller"))) \
                expires \(timestamp(&r)). cert-manager renewal failed: ACME challenge \(uuid(&r)) timed out \
                from \(ipv4(&r)) after \(r.int(30...300))s.
                """
            )
        }
    }

    /// The incident category of `family`.
    public static func category(_ family: String) -> String {
        switch family {
        case "vlan": "network"
        case "crashloop": "kubernetes"
        case "replication": "database"
        case "disk": "storage"
        default: "security"
        }
    }
}
