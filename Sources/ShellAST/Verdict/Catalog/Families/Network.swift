/// Networking: interfaces, addresses, routes, link settings, connection managers, host name.
///
/// Taking an interface down, flushing its addresses or deleting routes is a critical write
/// (review): on the management interface it cuts the operator off, recoverable only from a
/// console, but it is also how a secondary interface is bounced, and only a human knows which
/// interface carries the session. Changes that disconnect every interface by design
/// (`ip route flush all`, `ifdown -a`, `nmcli networking off`) are blocked.
enum Network {
    /// A word and every abbreviation of it down to `minimum` letters (`ip` and `nmcli` accept
    /// any unambiguous prefix: `ip a s`, `nmcli c s`).
    static func prefixes(_ word: String, minimum: Int = 1) -> [String] {
        guard word.count > minimum else { return [word] }
        return (minimum...word.count).map { String(word.prefix($0)) }
    }

    static let ipAddr = ["a", "ad", "add", "addr", "addre", "addres", "address"]
    static let ipLink = prefixes("link")
    static let ipRoute = prefixes("route")
    static let ipOthers = ["ru", "rul", "rule", "n", "ne", "nei", "neigh", "neighbor", "neighbour", "maddr", "maddress", "mroute",
                           "tunnel", "tun", "tuntap", "ntable", "netconf", "nexthop", "nh", "vrf", "mptcp", "stats", "token",
                           "tcp_metrics", "tcpmetrics", "l2tp", "fou", "macsec", "sr", "ila", "ioam"]
    /// Verbs that only show (for every object but `link`, where `s` means `set`).
    static let ipReadVerbs = ["show", "sh", "s", "list", "lst", "ls", "l", "get", "g", "save", "showdump", "help"]
    static let ipLinkReadVerbs = ["show", "sh", "list", "lst", "ls", "l", "help", "xstats", "afstats"]
    static let ipLinkSetVerbs = ["set", "s", "se", "change", "ch", "chg"]

    static let nmcliGeneral = prefixes("general"), nmcliNetworking = prefixes("networking"), nmcliRadio = prefixes("radio")
    static let nmcliConnection = prefixes("connection"), nmcliDevice = prefixes("device"), nmcliMonitor = prefixes("monitor")

    static let family = CatalogFamily(
        syntaxes: [
            .reviewed(["ip"], .network, "changes network configuration (addresses, links, routes, rules)",
                      valueOptions: ["-n", "-netns", "-b", "-batch", "-f", "-family", "-rc", "-rcvbuf", "-l", "-loops"], fallback: .criticalWrite),
            .reviewed(["ifconfig"], .network, "changes an interface's settings", fallback: .criticalWrite),
            .reviewed(["route"], .network, "shows the routing table", valueOptions: ["-A", "--family"], fallback: .readOnly),
            .reviewed(["ifup", "ifdown", "ifreload"], .network, "brings interfaces up or down",
                      valueOptions: ["-i", "--interfaces", "-X", "--exclude", "-o", "--allow", "-S", "--state-dir"], fallback: .criticalWrite),
            .readOnly(["ifquery"], "shows interface configuration", category: .network, valueOptions: ["-i", "--interfaces", "-X", "--exclude", "--allow"]),
            .reviewed(["hostname"], .network, "shows the host name", valueOptions: ["-F", "--file"], fallback: .readOnly),
            .reviewed(["nmcli"], .network, "changes NetworkManager connections or devices",
                      valueOptions: ["-f", "--fields", "-g", "--get-values", "-m", "--mode", "-c", "--colors", "-e", "--escape", "-w", "--wait"],
                      fallback: .criticalWrite),
            .reviewed(["networkctl"], .network, "changes systemd-networkd links", fallback: .criticalWrite),
            .reviewed(["netplan"], .network, "changes the netplan network configuration", valueOptions: ["--root-dir", "--timeout", "--state"], fallback: .criticalWrite),
            .reviewed(["tc"], .network, "changes traffic control (queues, shaping, filters)",
                      valueOptions: ["-b", "-batch", "-n", "-netns", "-o"], fallback: .criticalWrite),
            .reviewed(["ethtool"], .network, "changes network device settings", fallback: .review),
            .reviewed(["iw"], .network, "changes wireless device settings", fallback: .review),
            .reviewed(["iwconfig"], .network, "shows wireless settings", fallback: .readOnly),
            .readOnly(["iwlist"], "scans or shows wireless networks", category: .network),
            .reviewed(["bridge"], .network, "changes bridge ports, forwarding or VLAN tables", valueOptions: ["-n", "-netns", "-b", "-batch"], fallback: .criticalWrite),
            .reviewed(["brctl"], .network, "changes Ethernet bridges", fallback: .criticalWrite),
            .reviewed(["dhclient"], .network, "requests or releases a DHCP lease: the address, routes and DNS may change",
                      valueOptions: ["-cf", "-lf", "-pf", "-sf", "-p", "-s", "-e", "-H", "-F", "-V", "-timeout"], fallback: .criticalWrite),
            .reviewed(["dhcpcd"], .network, "requests or releases a DHCP lease: the address, routes and DNS may change",
                      valueOptions: ["-f", "--config", "-h", "--hostname", "-t", "--timeout", "-e", "--env", "-s", "--inform"], fallback: .criticalWrite),
            .reviewed(["rfkill"], .network, "blocks or unblocks radios", fallback: .criticalWrite),
        ],
        rules: [
            // ip
            CatalogRule(
                id: "network.ip.show", commands: ["ip"], subcommands: (ipAddr + ipRoute + ipOthers).map { [$0] },
                when: .any([.positionalCount(0...0), .positional(0, .equals(ipReadVerbs))]),
                effect: .readOnly, message: "shows addresses, routes, rules or neighbours",
                examples: ["ip addr show", "ip a", "ip -br a s", "ip route", "ip r get 8.8.8.8", "ip -6 route show table all", "ip rule list", "ip neigh show dev eth0"],
                counterexamples: ["ip addr add 10.0.0.5/24 dev eth0", "ip route del default"]),
            CatalogRule(
                id: "network.ip.link-show", commands: ["ip"], subcommands: ipLink.map { [$0] },
                when: .any([.positionalCount(0...0), .positional(0, .equals(ipLinkReadVerbs))]),
                effect: .readOnly, message: "shows network interfaces",
                examples: ["ip link show", "ip -s link", "ip -d link show dev eth0", "ip l", "ip -j link list"],
                counterexamples: ["ip link set eth0 down", "ip l s eth0 up"]),
            CatalogRule(
                id: "network.ip.monitor", commands: ["ip"],
                subcommands: [["monitor"], ["mon"], ["mo"], ["xfrm", "monitor"], ["netns", "list"], ["netns", "ls"], ["netns", "identify"], ["netns", "pids"], ["netns", "list-id"], ["netns", "monitor"], ["help"]],
                effect: .readOnly, message: "watches or lists network state",
                examples: ["ip monitor all", "ip netns list", "ip netns identify 1234", "ip help"], counterexamples: ["ip netns add blue"]),
            CatalogRule(
                id: "network.ip.netns-exec", commands: ["ip"], subcommands: [["netns", "exec"]], when: .positionalCount(1...Int.max),
                effect: .readOnly, message: "runs a command inside a network namespace (the command is judged on its own)",
                examples: ["ip netns exec blue ip addr", "ip -all netns exec ip link"], counterexamples: ["ip netns add blue", "ip netns list"]),
            CatalogRule(
                id: "network.ip.netns-show", commands: ["ip"], subcommands: [["netns"]], when: .positionalCount(0...0),
                effect: .readOnly, message: "lists network namespaces",
                examples: ["ip netns"], counterexamples: ["ip netns delete blue"]),
            CatalogRule(
                id: "network.ip.xfrm-show", commands: ["ip"], subcommands: [["xfrm", "state"], ["xfrm", "policy"]],
                when: .any([.positionalCount(0...0), .positional(0, .equals(["list", "show", "ls", "get", "count"]))]),
                effect: .readOnly, message: "shows IPsec state or policies",
                examples: ["ip xfrm state list", "ip xfrm policy"], counterexamples: ["ip xfrm state flush"]),
            CatalogRule(
                id: "network.ip.usage", commands: ["ip"], when: .all([.positionalCount(0...0), .not(.option(["-b", "-batch"]))]),
                effect: .readOnly, message: "prints usage or the version",
                examples: ["ip -V", "ip"], counterexamples: ["ip link add br0 type bridge"]),
            CatalogRule(
                id: "network.ip.link-down", commands: ["ip"], subcommands: ipLink.flatMap { o in ipLinkSetVerbs.map { [o, $0] } },
                when: .anyPositional(.equals(["down"])),
                effect: .criticalWrite, message: "takes a network interface down: on the management interface this cuts the session, recoverable only from a console",
                examples: ["ip link set eth0 down", "ip link set dev ens3 down", "ip l s eth0 down", "sudo ip link set eth1 down"],
                counterexamples: ["ip link set eth0 up", "ip link show eth0"]),
            CatalogRule(
                id: "network.ip.link-delete", commands: ["ip"], subcommands: ipLink.flatMap { o in ["delete", "del", "d", "de", "dele"].map { [o, $0] } },
                effect: .criticalWrite, message: "deletes a network interface",
                examples: ["ip link delete veth0", "ip link del br0"], counterexamples: ["ip link show br0"]),
            CatalogRule(
                id: "network.ip.addr-flush", commands: ["ip"], subcommands: ipAddr.flatMap { o in ["flush", "f", "fl", "flu", "flus"].map { [o, $0] } },
                effect: .criticalWrite, message: "removes every address from an interface: on the management interface this cuts the session",
                examples: ["ip addr flush dev eth0", "ip a f dev eth1"], counterexamples: ["ip addr show dev eth0"]),
            CatalogRule(
                id: "network.ip.route-change", commands: ["ip"],
                subcommands: ipRoute.flatMap { o in ["del", "delete", "d", "de", "replace", "change", "flush", "f", "fl", "add", "append", "prepend"].map { [o, $0] } },
                unless: .anyPositional(.equals(["cache"])),
                effect: .criticalWrite, message: "changes the routing table: losing the default route cuts remote access",
                examples: ["ip route del default", "ip route add 10.1.0.0/16 via 10.0.0.1", "ip route replace default via 192.168.1.1", "ip route flush dev eth1"],
                counterexamples: ["ip route show", "ip route flush cache"]),
            CatalogRule(
                id: "network.ip.route-flush-cache", commands: ["ip"], subcommands: ipRoute.flatMap { o in ["flush", "f", "fl"].map { [o, $0] } },
                when: .anyPositional(.equals(["cache"])),
                effect: .safeWrite, message: "flushes the route cache (rebuilt on demand)",
                examples: ["ip route flush cache"], counterexamples: ["ip route flush table main"]),
            CatalogRule(
                id: "network.ip.route-flush-all", commands: ["ip"], subcommands: ipRoute.flatMap { o in ["flush", "f", "fl", "flu", "flus"].map { [o, $0] } },
                when: .any([
                    .anyPositional(.equals(["all", "any", "default", "0/0", "0.0.0.0/0", "::/0"])),
                    .all([.anyPositional(.equals(["table"])), .anyPositional(.equals(["main", "all", "254", "0"]))]),
                ]),
                effect: .block, message: "flushes the whole routing table: the host drops off the network until someone reaches its console",
                examples: ["ip route flush all", "ip -4 route flush table main", "ip route flush table all", "sudo ip r f all"],
                counterexamples: ["ip route flush dev eth1", "ip route flush cache"]),
            CatalogRule(
                id: "network.ip.netns-change", commands: ["ip"],
                subcommands: [["netns", "add"], ["netns", "delete"], ["netns", "del"], ["netns", "attach"], ["netns", "set"]],
                effect: .criticalWrite, message: "creates or deletes network namespaces",
                examples: ["ip netns add blue", "ip -all netns delete"], counterexamples: ["ip netns list"]),
            CatalogRule(
                id: "network.ip.batch", commands: ["ip", "tc", "bridge"], when: .option(["-b", "-batch"]),
                effect: .review, message: "runs commands from a batch file, which is not analysed",
                examples: ["ip -b cmds.txt", "tc -batch rules.tc", "ip -force -batch -"], counterexamples: ["ip addr"]),
            // ifconfig, route, ifup/ifdown, hostname
            CatalogRule(
                id: "network.ifconfig.show", commands: ["ifconfig"], when: .positionalCount(0...1),
                effect: .readOnly, message: "shows interfaces",
                examples: ["ifconfig", "ifconfig -a", "ifconfig eth0", "/sbin/ifconfig -s"], counterexamples: ["ifconfig eth0 down"]),
            CatalogRule(
                id: "network.ifconfig.down", commands: ["ifconfig"], when: .anyPositional(.equals(["down"])),
                effect: .criticalWrite, message: "takes a network interface down: on the management interface this cuts the session",
                examples: ["ifconfig eth0 down"], counterexamples: ["ifconfig eth0 up", "ifconfig eth0"]),
            CatalogRule(
                id: "network.route.change", commands: ["route"], when: .positional(0, .equals(["add", "del", "delete", "change", "replace"])),
                effect: .criticalWrite, message: "changes the routing table: losing the default route cuts remote access",
                examples: ["route add default gw 10.0.0.1", "route del -net 10.2.0.0 netmask 255.255.0.0", "route delete default"],
                counterexamples: ["route -n", "route"]),
            CatalogRule(
                id: "network.route.flush", commands: ["route"], when: .positional(0, .equals(["flush"])),
                effect: .block, message: "flushes the whole routing table: the host drops off the network",
                examples: ["route flush", "route -n flush"], counterexamples: ["route -n"]),
            CatalogRule(
                id: "network.ifdown.all", commands: ["ifdown"], when: .any([.option(["-a", "--all"]), .shortFlag("a")]),
                unless: .option(["-n", "--no-act"]),
                effect: .block, message: "takes every interface down: the host drops off the network",
                examples: ["ifdown -a", "sudo ifdown --all"], counterexamples: ["ifdown eth1", "ifdown -a -n"]),
            CatalogRule(
                id: "network.ifup.dry-run", commands: ["ifup", "ifdown", "ifreload"], when: .any([.option(["-n", "--no-act"]), .option(["-V", "--version", "-h", "--help"])]),
                effect: .readOnly, message: "only prints what would be done",
                examples: ["ifup -n eth0", "ifdown --no-act eth0"], counterexamples: ["ifup eth0"]),
            CatalogRule(
                id: "network.hostname.set", commands: ["hostname"], when: .any([.positionalCount(1...Int.max), .option(["-F", "--file"])]),
                effect: .criticalWrite, message: "changes the host name",
                examples: ["hostname web-02", "hostname -F /etc/hostname", "sudo hostname -b db1"], counterexamples: ["hostname", "hostname -f", "hostname -I"]),
            // nmcli
            CatalogRule(
                id: "network.nmcli.status", commands: ["nmcli"],
                when: .any([.positionalCount(0...0), .positional(0, .equals(nmcliMonitor)), .positional(0, .equals(["help"]))]),
                effect: .readOnly, message: "shows NetworkManager status",
                examples: ["nmcli", "nmcli -v", "nmcli monitor"], counterexamples: ["nmcli networking off"]),
            CatalogRule(
                id: "network.nmcli.show", commands: ["nmcli"],
                subcommands: (nmcliGeneral + nmcliNetworking + nmcliRadio + nmcliConnection + nmcliDevice).map { [$0] },
                when: .any([
                    .positionalCount(0...0),
                    .all([.positionalCount(1...1), .positional(0, .equals(prefixes("status") + prefixes("permissions") + prefixes("hostname") + prefixes("logging") + prefixes("connectivity") + ["all", "wifi", "wwan"]))]),
                    .positional(0, .equals(prefixes("show", minimum: 1) + prefixes("status", minimum: 2) + prefixes("connectivity") + ["lldp", "help"])),
                    .all([.positional(0, .equals(["wifi"])), .any([.positionalCount(1...1), .positional(1, .equals(prefixes("list")))])]),
                ]),
                effect: .readOnly, message: "shows connections, devices or radio state",
                examples: ["nmcli general status", "nmcli g", "nmcli connection show", "nmcli c s", "nmcli -t -f NAME,DEVICE con show --active", "nmcli device status", "nmcli d", "nmcli dev show eth0", "nmcli device wifi list", "nmcli radio", "nmcli networking connectivity"],
                counterexamples: ["nmcli connection up office", "nmcli radio wifi off", "nmcli general hostname web-2"]),
            CatalogRule(
                id: "network.nmcli.secrets", commands: ["nmcli"], when: .any([.option(["-s", "--show-secrets"]), .shortFlag("s")]),
                effect: .review, message: "prints connection secrets (Wi-Fi and VPN passwords)",
                examples: ["nmcli -s connection show office", "nmcli --show-secrets c s wifi1"], counterexamples: ["nmcli connection show"]),
            CatalogRule(
                id: "network.nmcli.disconnect", commands: ["nmcli"],
                subcommands: nmcliConnection.flatMap { o in ["down", "delete", "modify", "mod", "del", "de"].map { [o, $0] } }
                    + nmcliDevice.flatMap { o in ["disconnect", "delete", "down", "set", "modify", "dis"].map { [o, $0] } },
                effect: .criticalWrite, message: "takes down, deletes or changes a connection: on the management connection this cuts the session",
                examples: ["nmcli connection down 'Wired connection 1'", "nmcli con modify eth0 ipv4.addresses 10.0.0.9/24", "nmcli device disconnect eth0", "nmcli c delete old"],
                counterexamples: ["nmcli connection show", "nmcli connection up office"]),
            CatalogRule(
                id: "network.nmcli.networking-off", commands: ["nmcli"], subcommands: nmcliNetworking.map { [$0, "off"] },
                effect: .block, message: "turns off all networking: the host drops off the network",
                examples: ["nmcli networking off", "sudo nmcli n off"], counterexamples: ["nmcli networking on", "nmcli networking"]),
            CatalogRule(
                id: "network.networkctl.show", commands: ["networkctl"],
                when: .any([.positionalCount(0...0), .positional(0, .equals(["list", "status", "lldp", "label", "cat", "help"]))]),
                effect: .readOnly, message: "shows systemd-networkd links",
                examples: ["networkctl", "networkctl status eth0", "networkctl list"], counterexamples: ["networkctl down eth0", "networkctl reconfigure eth0"]),
            CatalogRule(
                id: "network.netplan.show", commands: ["netplan"],
                when: .any([.positional(0, .equals(["get", "info", "status", "help"])), .option(["--help", "-h"])]),
                effect: .readOnly, message: "shows the netplan configuration",
                examples: ["netplan get", "netplan status --all"], counterexamples: ["netplan apply"]),
            CatalogRule(
                id: "network.netplan.generate", commands: ["netplan"], subcommands: [["generate"]],
                effect: .safeWrite, message: "generates backend configuration files (applied at the next boot or `netplan apply`)",
                examples: ["netplan generate"], counterexamples: ["netplan try"]),
            // tc
            CatalogRule(
                id: "network.tc.show", commands: ["tc"],
                subcommands: ["qdisc", "qd", "q", "class", "cl", "c", "filter", "fi", "f", "action", "actions", "a", "chain"].map { [$0] },
                when: .any([.positionalCount(0...0), .positional(0, .equals(["show", "list", "ls", "lst", "get", "help"]))]),
                effect: .readOnly, message: "shows traffic-control queues, classes or filters",
                examples: ["tc qdisc show", "tc -s qdisc ls dev eth0", "tc class show dev eth0", "tc filter show dev eth0 ingress", "tc -s -d qdisc"],
                counterexamples: ["tc qdisc del dev eth0 root"]),
            CatalogRule(
                id: "network.tc.monitor", commands: ["tc"], subcommands: [["monitor"], ["mon"], ["help"]], effect: .readOnly, message: "watches traffic-control events",
                examples: ["tc monitor"], counterexamples: ["tc qdisc add dev eth0 root fq"]),
            CatalogRule(
                id: "network.tc.blackhole", commands: ["tc"],
                when: .all([.anyPositional(.equals(["loss", "drop"])), .anyPositional(.equals(["100%", "100"]))]),
                effect: .block, message: "drops every packet on the interface: the host drops off the network",
                examples: ["tc qdisc add dev eth0 root netem loss 100%"], counterexamples: ["tc qdisc add dev eth0 root netem delay 100ms"]),
            // ethtool, wireless, bridges
            CatalogRule(
                id: "network.ethtool.show", commands: ["ethtool"],
                when: .any([
                    .all([.positionalCount(1...1), .not(.anyArgument(.prefix(["-"])))]),
                    .option(["-i", "--driver", "-S", "--statistics", "-k", "--show-features", "--show-offload", "-g", "--show-ring", "-a", "--show-pause",
                             "-c", "--show-coalesce", "-l", "--show-channels", "-m", "--dump-module-eeprom", "--module-info", "-T", "--show-time-stamping",
                             "-P", "--show-permaddr", "-d", "--register-dump", "-e", "--eeprom-dump", "--show-eee", "--show-fec", "-n", "-u",
                             "--show-nfc", "--show-ntuple", "-x", "--show-rxfh-indir", "--show-rxfh", "--show-priv-flags", "-h", "--help", "--version",
                             "--phy-statistics", "--show-tunnels", "--show-pse", "--show-mm", "--show-plca", "--get-plca-cfg", "--json"]),
                ]),
                effect: .readOnly, message: "shows network device settings and statistics",
                examples: ["ethtool eth0", "ethtool -S eth0", "ethtool -i ens3", "ethtool -k eth0", "ethtool --json -g eth0"], counterexamples: ["ethtool -s eth0 speed 100"]),
            CatalogRule(
                id: "network.ethtool.change", commands: ["ethtool"],
                when: .option(["-s", "--change", "-K", "--features", "--offload", "-G", "--set-ring", "-A", "--pause", "-C", "--coalesce", "-E", "--change-eeprom",
                               "-f", "--flash", "--reset", "-L", "--set-channels", "-N", "-U", "--config-nfc", "--config-ntuple", "-X", "--set-rxfh-indir",
                               "--rxfh", "--set-priv-flags", "--set-eee", "--set-fec", "-r", "--negotiate", "-W", "--set-dump", "-t", "--test", "--cable-test",
                               "--cable-test-tdr", "--set-phy-tunable", "--set-module", "--set-pse", "--set-mm", "--set-plca-cfg"]),
                effect: .criticalWrite, message: "changes link settings, offloads, rings or firmware, or runs a self-test: the link may drop",
                examples: ["ethtool -s eth0 speed 1000 duplex full autoneg off", "ethtool -K eth0 tso off", "ethtool -G eth0 rx 4096", "ethtool --reset eth0 all", "ethtool -f eth0 fw.bin"],
                counterexamples: ["ethtool -S eth0"]),
            CatalogRule(
                id: "network.ethtool.identify", commands: ["ethtool"], when: .option(["-p", "--identify"]),
                effect: .safeWrite, message: "blinks the port's LED to identify it",
                examples: ["ethtool -p eth0 10"], counterexamples: ["ethtool eth0"]),
            CatalogRule(
                id: "network.iw.show", commands: ["iw"],
                when: .any([.positionalCount(0...1), .anyPositional(.equals(["info", "link", "list", "dump", "scan", "get", "event", "survey", "features", "commands", "help", "show"]))]),
                unless: .anyPositional(.equals(["set", "connect", "disconnect", "add", "del", "join", "leave", "start", "stop", "offchannel", "switch"])),
                effect: .readOnly, message: "shows wireless devices, links or scan results",
                examples: ["iw dev", "iw list", "iw dev wlan0 link", "iw dev wlan0 station dump", "iw reg get"], counterexamples: ["iw dev wlan0 set power_save off", "iw reg set US"]),
            CatalogRule(
                id: "network.iwconfig.set", commands: ["iwconfig"], when: .positionalCount(2...Int.max),
                effect: .criticalWrite, message: "changes wireless settings (network, key, power, channel)",
                examples: ["iwconfig wlan0 essid office", "iwconfig wlan0 txpower off"], counterexamples: ["iwconfig", "iwconfig wlan0"]),
            CatalogRule(
                id: "network.bridge.show", commands: ["bridge"], subcommands: ["link", "fdb", "mdb", "vlan", "vni", "l", "f", "m", "v"].map { [$0] },
                when: .any([.positionalCount(0...0), .positional(0, .equals(["show", "list", "ls", "lst", "s", "get", "help"]))]),
                effect: .readOnly, message: "shows bridge ports, forwarding or VLAN tables",
                examples: ["bridge link", "bridge fdb show br0", "bridge -d vlan show"], counterexamples: ["bridge fdb del 00:11:22:33:44:55 dev eth0"]),
            CatalogRule(
                id: "network.bridge.monitor", commands: ["bridge"], subcommands: [["monitor"], ["help"]],
                effect: .readOnly, message: "watches bridge events", examples: ["bridge monitor fdb"], counterexamples: ["bridge vlan add vid 10 dev eth0"]),
            CatalogRule(
                id: "network.brctl.show", commands: ["brctl"], when: .any([.positionalCount(0...0), .positional(0, .equals(["show", "showmacs", "showstp"]))]),
                effect: .readOnly, message: "shows Ethernet bridges", examples: ["brctl show", "brctl showmacs br0"], counterexamples: ["brctl delbr br0"]),
            // DHCP, radios
            CatalogRule(
                id: "network.dhclient.release", commands: ["dhclient", "dhcpcd"],
                when: .option(["-r", "-x", "-k", "--release", "--exit"]),
                effect: .criticalWrite, message: "releases the DHCP lease or stops the client: the interface loses its address",
                examples: ["dhclient -r eth0", "dhclient -x", "dhcpcd -k eth0"], counterexamples: ["dhclient --version"]),
            CatalogRule(
                id: "network.dhclient.show", commands: ["dhclient", "dhcpcd"],
                when: .option(["--version", "-U", "--dumplease", "-T", "--test", "-V", "--variables", "--help"]),
                effect: .readOnly, message: "shows the lease, version or what the client would do",
                examples: ["dhclient --version", "dhcpcd -U eth0", "dhcpcd --test eth0"], counterexamples: ["dhclient eth0"]),
            CatalogRule(
                id: "network.rfkill.show", commands: ["rfkill"], when: .any([.positionalCount(0...0), .positional(0, .equals(["list", "event", "help"]))]),
                effect: .readOnly, message: "lists radios", examples: ["rfkill", "rfkill list"], counterexamples: ["rfkill block wifi"]),
            // Rules on diagnostics programs that can change state.
            CatalogRule(
                id: "network.ss.kill", commands: ["ss"], when: .any([.option(["--kill"]), .shortFlag("K")]),
                effect: .criticalWrite, message: "`ss -K` forcibly closes the sockets it lists",
                examples: ["ss -K dst 10.0.0.5", "ss -tK state established '( dport = :5432 )'"], counterexamples: ["ss -tlnp", "ss -s"]),
            CatalogRule(
                id: "network.arp.change", commands: ["arp"],
                when: .any([.option(["-d", "--delete", "-s", "--set", "-f", "--file"]), .shortFlag("d"), .shortFlag("s"), .shortFlag("f")]),
                effect: .criticalWrite, message: "adds or deletes ARP cache entries",
                examples: ["arp -d 10.0.0.1", "arp -s 10.0.0.9 00:11:22:33:44:55"], counterexamples: ["arp -an", "arp -e"]),
            CatalogRule(
                id: "network.arping.unsolicited", commands: ["arping"], when: .any([.option(["-U", "-A"]), .shortFlag("U"), .shortFlag("A")]),
                effect: .criticalWrite, message: "announces an address with unsolicited ARP: it can take over another host's IP",
                examples: ["arping -U -I eth0 10.0.0.5", "arping -A -c 3 10.0.0.5"], counterexamples: ["arping -c 3 10.0.0.1"]),
            CatalogRule(
                id: "network.ping.flood", commands: ["ping", "ping6"], when: .any([.option(["-f", "--flood"]), .shortFlag("f")]),
                effect: .review, message: "`ping -f` floods the target with packets",
                examples: ["ping -f 10.0.0.1", "sudo ping -fc 1000 db1"], counterexamples: ["ping -c 4 10.0.0.1"]),
            CatalogRule(
                id: "network.resolvectl.set", commands: ["resolvectl"],
                subcommands: ["dns", "domain", "default-route", "llmnr", "mdns", "dnssec", "dnsovertls", "nta"].map { [$0] },
                when: .positionalCount(2...Int.max),
                effect: .criticalWrite, message: "changes an interface's DNS settings",
                examples: ["resolvectl dns eth0 1.1.1.1", "resolvectl domain eth0 corp.example"], counterexamples: ["resolvectl dns", "resolvectl status"]),
            CatalogRule(
                id: "network.resolvectl.revert", commands: ["resolvectl"], subcommands: [["revert"], ["flush-caches"], ["reset-statistics"], ["reset-server-features"], ["log-level"]],
                effect: .safeWrite, message: "resets DNS settings or caches",
                examples: ["resolvectl flush-caches", "resolvectl revert eth0"], counterexamples: ["resolvectl query example.com"]),
        ])
}
