private typealias Rules = RuleVocabulary

/// Disks: LVM, software RAID, device mapper, ZFS and btrfs. Destroying a volume,
/// pool, array or subvolume, or writing new metadata over devices, is `block`.
extension DisksFamily {
    static let lvmReaders = ["lvscan", "vgscan", "pvscan", "lvmdiskscan", "lvmconfig", "vgck"]
    static let lvmWriters = [
        "lvcreate", "lvextend", "lvresize", "lvreduce", "lvremove", "lvchange", "lvrename", "lvconvert", "vgcreate", "vgextend", "vgreduce",
        "vgremove", "vgchange", "vgrename", "vgcfgrestore", "vgcfgbackup", "vgimport", "vgexport", "vgsplit", "vgmerge", "vgmknodes",
        "pvcreate", "pvremove", "pvmove", "pvresize", "pvchange",
    ]
    /// `-t`/`--test`: LVM runs the command without updating metadata.
    static let lvmTest: ArgCondition = .option(["-t", "--test"])
    static let lvmValueOptions: Set<String> = [
        "-L", "--size", "-l", "--extents", "-n", "--name", "-i", "--stripes", "-I", "--stripesize", "-m", "--mirrors", "--type", "-V", "--virtualsize",
        "-c", "--chunksize", "--thinpool", "--cachepool", "--poolmetadatasize", "--addtag", "--deltag", "--config", "--profile", "--commandprofile",
        "-a", "--activate", "-p", "--permission", "-Z", "--zero", "-W", "--wipesignatures", "-S", "--select", "-o", "--options", "-O", "--sort",
        "--reportformat", "--units", "-s", "--physicalextentsize", "--metadatatype", "-M", "--alloc", "--setautoactivation", "--uuid", "-f", "--file",
    ]

    static let zpoolCommands = ["list", "status", "iostat", "get", "history", "events", "version", "help", "wait"]

    static let btrfsGroups = ["balance", "check", "device", "filesystem", "inspect-internal", "property", "qgroup", "quota", "receive", "replace", "rescue", "restore", "scrub", "send", "subvolume", "help", "version"]
    static let btrfsFilesystem = ["df", "du", "show", "sync", "defragment", "resize", "label", "usage", "mkswapfile"]
    static let btrfsSubvolume = ["create", "delete", "list", "snapshot", "get-default", "set-default", "find-new", "show", "sync"]
    static let btrfsDevice = ["add", "delete", "remove", "ready", "scan", "stats", "usage"]
    static let btrfsBalance = ["start", "pause", "cancel", "resume", "status"]
    static let btrfsProperty = ["get", "set", "list"]

    static let volumes = CatalogFamily(syntaxes: volumeSyntaxes, rules: lvmRules + raidRules + zfsRules + btrfsRules)

    static let volumeSyntaxes: [CommandSyntax] = [
        .readOnly(lvmReaders, "scans or checks LVM metadata", category: .disks),
        .reviewed(lvmWriters, .disks, "changes LVM volumes", valueOptions: lvmValueOptions, fallback: .criticalWrite),
        .reviewed(["lvm"], .disks, "runs an LVM command", valueOptions: lvmValueOptions),
        .reviewed(["mdadm"], .disks, "manages software RAID arrays",
                  valueOptions: ["-l", "--level", "-n", "--raid-devices", "-x", "--spare-devices", "-c", "--chunk", "-b", "--bitmap", "-e", "--metadata",
                                 "-N", "--name", "-u", "--uuid", "-z", "--size", "-p", "--layout", "--homehost", "--config", "--backup-file", "-k", "--consistency-policy"]),
        .reviewed(["dmsetup"], .disks, "manages device-mapper devices", valueOptions: ["-j", "--major", "-m", "--minor", "-u", "--uuid", "-o", "--options", "--table", "-O", "--sort"]),
        .reviewed(["zpool"], .disks, "manages ZFS pools", valueOptions: ["-o", "-O", "-R", "-d", "-m", "-t", "-T"]),
        .reviewed(["zfs"], .disks, "manages ZFS datasets", valueOptions: ["-o", "-O", "-t", "-s", "-S", "-V", "-b", "-x", "-c", "-m"]),
        .reviewed(["btrfs"], .disks, "manages btrfs file systems", valueOptions: ["-t", "--tbytes", "--format"]),
    ]

    // MARK: LVM

    static let lvmRules: [CatalogRule] = [
        // Corpus review (`Docs/Verdicts.md`): `lvmconfig --file` writes the configuration it prints.
        CatalogRule(
            id: "disks.lvmconfig.file", commands: ["lvmconfig"], when: .option(["-f", "--file"]),
            effect: .safeWrite, message: "`lvmconfig --file` writes the configuration to a file",
            examples: ["lvmconfig --typeconfig current --file path/to/output.conf"], counterexamples: ["lvmconfig --mergedconfig --validate"]),
        CatalogRule(
            id: "disks.lvm.test", commands: lvmWriters, when: lvmTest,
            effect: .readOnly, message: "`--test` runs without updating LVM metadata",
            examples: ["lvremove --test vg0/old", "lvreduce -t -L 10G vg0/data"], counterexamples: ["lvremove vg0/old"]),
        CatalogRule(
            id: "disks.lvm.grow", commands: ["lvcreate", "lvextend", "pvresize", "vgcfgbackup", "vgmknodes"], unless: .any([lvmTest, Rules.helpOrVersion]),
            effect: .safeWrite, message: "creates or grows a logical volume",
            examples: ["lvcreate -L 10G -n data vg0", "lvextend -r -l +100%FREE vg0/data", "lvcreate -s -L 1G -n snap vg0/data", "pvresize /dev/sdb"],
            counterexamples: ["lvextend --test -L +1G vg0/data"]),
        CatalogRule(
            id: "disks.lvm.change", commands: ["lvresize", "lvchange", "lvrename", "lvconvert", "vgextend", "vgreduce", "vgchange", "vgrename",
                                              "vgcfgrestore", "vgimport", "vgexport", "vgsplit", "vgmerge", "pvmove", "pvchange"],
            unless: .any([lvmTest, Rules.helpOrVersion]),
            effect: .criticalWrite, message: "resizes, deactivates, renames, converts or moves LVM volumes and groups",
            examples: ["lvresize -L 20G vg0/data", "vgchange -an vg0", "pvmove /dev/sdb", "vgextend vg0 /dev/sdc", "lvconvert --merge vg0/snap"],
            counterexamples: ["vgchange --test -an vg0"]),
        CatalogRule(
            id: "disks.lvm.reduce", commands: ["lvreduce"], when: .option(["-r", "--resizefs"]), unless: lvmTest,
            effect: .criticalWrite, message: "shrinks a file system and its logical volume",
            examples: ["lvreduce -r -L 10G vg0/data"], counterexamples: ["lvreduce -L 10G vg0/data"]),
        CatalogRule(
            id: "disks.lvm.reduce-without-fs", commands: ["lvreduce"], unless: .any([.option(["-r", "--resizefs"]), lvmTest, Rules.helpOrVersion]),
            effect: .block, message: "shrinks a logical volume under its file system: the data past the new end is lost",
            examples: ["lvreduce -L 10G vg0/data", "lvreduce -f -l -50%LV vg0/data"], counterexamples: ["lvreduce --resizefs -L 10G vg0/data"]),
        CatalogRule(
            id: "disks.lvm.destroy", commands: ["lvremove", "vgremove", "pvremove", "pvcreate", "vgcreate"], unless: .any([lvmTest, Rules.helpOrVersion]),
            effect: .block, message: "removes a logical volume, volume group or physical volume, or writes new LVM metadata over devices",
            examples: ["lvremove -f vg0/data", "lvremove vg0", "vgremove -ff vg0", "pvremove /dev/sdb", "pvcreate /dev/sdc", "vgcreate vg1 /dev/sdd", "/usr/sbin/lvremove -y /dev/vg0/old"],
            counterexamples: ["lvremove -t vg0/data"]),
        CatalogRule(
            id: "disks.lvm.remove-missing", commands: ["vgreduce"], when: .option(["--removemissing"]), unless: lvmTest,
            effect: .block, message: "`vgreduce --removemissing` drops the volumes that lived on missing disks",
            examples: ["vgreduce --removemissing --force vg0"], counterexamples: ["vgreduce vg0 /dev/sdc"]),
        CatalogRule(
            id: "disks.lvm.shell-read", commands: ["lvm"],
            subcommands: ["lvs", "vgs", "pvs", "lvdisplay", "vgdisplay", "pvdisplay", "lvscan", "vgscan", "pvscan", "version", "help", "dumpconfig",
                          "config", "fullreport", "segtypes", "formats", "devtypes", "lvmconfig", "systemid", "tags"].map { [$0] },
            effect: .readOnly, message: "reports LVM state",
            examples: ["lvm lvs", "lvm version", "lvm pvs -o +pv_used"], counterexamples: ["lvm lvremove vg0/data"]),
        CatalogRule(
            id: "disks.lvm.shell-destroy", commands: ["lvm"], subcommands: [["lvremove"], ["vgremove"], ["pvremove"], ["pvcreate"], ["vgcreate"], ["lvreduce"]],
            unless: lvmTest,
            effect: .block, message: "removes or overwrites LVM volumes, groups or devices",
            examples: ["lvm lvremove -f vg0/data", "lvm pvcreate /dev/sdb"], counterexamples: ["lvm lvs"]),
    ]

    // MARK: RAID and device mapper

    static let mdadmRead: ArgCondition = .any([
        .anyArgument(.prefix(["-D", "-E", "-Q", "-X"])),
        .option(["--detail", "--examine", "--query", "--detail-platform", "--examine-bitmap", "--examine-badblocks", "--wait", "-W", "--version", "-V", "--help"]),
    ])
    static let mdadmDestroy: ArgCondition = .any([.anyArgument(.prefix(["-C", "-B"])), .option(["--create", "--build", "--zero-superblock", "--kill-subarray"])])
    static let mdadmChange: ArgCondition = .option([
        "-S", "--stop", "-r", "--remove", "-f", "--fail", "--set-faulty", "-a", "--add", "--re-add", "--add-spare", "--replace", "--with", "-G", "--grow",
        "-o", "--readonly", "--update", "--force", "--action",
    ])

    static let raidRules: [CatalogRule] = [
        CatalogRule(
            id: "disks.mdadm.read", commands: ["mdadm"], when: mdadmRead, unless: .any([mdadmDestroy, mdadmChange]),
            effect: .readOnly, message: "shows RAID arrays or member superblocks",
            examples: ["mdadm --detail /dev/md0", "mdadm -D /dev/md0", "mdadm --examine /dev/sda1", "mdadm --detail --scan", "mdadm -Ds"],
            counterexamples: ["mdadm --stop /dev/md0"]),
        CatalogRule(
            id: "disks.mdadm.assemble", commands: ["mdadm"],
            when: .any([.anyArgument(.prefix(["-A", "-I", "-R", "-w", "-F"])), .option(["--assemble", "--incremental", "--run", "--readwrite", "--monitor", "--follow"])]),
            unless: .any([mdadmDestroy, mdadmChange]),
            effect: .safeWrite, message: "assembles, starts or monitors RAID arrays",
            examples: ["mdadm --assemble --scan", "mdadm --monitor --scan --daemonise"], counterexamples: ["mdadm --detail /dev/md0"]),
        CatalogRule(
            id: "disks.mdadm.change", commands: ["mdadm"], when: mdadmChange,
            effect: .criticalWrite, message: "stops an array, fails, removes or adds members, or reshapes it (adding a member overwrites that device)",
            examples: ["mdadm --stop /dev/md0", "mdadm /dev/md0 --fail /dev/sdb1 --remove /dev/sdb1", "mdadm --manage /dev/md0 --add /dev/sdc1", "mdadm --grow /dev/md0 --raid-devices=4"],
            counterexamples: ["mdadm --detail /dev/md0"]),
        CatalogRule(
            id: "disks.mdadm.destroy", commands: ["mdadm"], when: mdadmDestroy,
            effect: .block, message: "creates an array over devices or erases RAID superblocks: what the members held is lost",
            examples: ["mdadm --zero-superblock /dev/sdb1", "mdadm --create /dev/md0 --level=1 --raid-devices=2 /dev/sda1 /dev/sdb1", "mdadm -C /dev/md1 -l 5 -n 3 /dev/sd[bcd]"],
            counterexamples: ["mdadm --examine /dev/sdb1"]),
        CatalogRule(
            id: "disks.dmsetup.read", commands: ["dmsetup"],
            subcommands: ["ls", "status", "info", "table", "deps", "targets", "version", "help", "splitname", "udevcookies", "measure", "wait"].map { [$0] },
            effect: .readOnly, message: "shows device-mapper devices",
            examples: ["dmsetup ls", "dmsetup status", "dmsetup table vg0-data"], counterexamples: ["dmsetup remove_all"]),
        CatalogRule(
            id: "disks.dmsetup.change", commands: ["dmsetup"],
            subcommands: ["create", "load", "reload", "resume", "suspend", "rename", "message", "remove", "clear", "mknodes", "udevcomplete", "udevcomplete_all",
                          "udevflags", "setgeometry"].map { [$0] },
            effect: .criticalWrite, message: "creates, suspends, reloads or removes device-mapper devices",
            examples: ["dmsetup suspend vg0-data", "dmsetup remove vg0-old"], counterexamples: ["dmsetup ls"]),
        CatalogRule(
            id: "disks.dmsetup.destroy", commands: ["dmsetup"],
            subcommands: [["remove_all"], ["wipe_table"]],
            effect: .block, message: "removes every device-mapper device or replaces a table with one that fails all I/O",
            examples: ["dmsetup remove_all", "dmsetup wipe_table vg0-data"], counterexamples: ["dmsetup ls"]),
        CatalogRule(
            id: "disks.dmsetup.force-remove", commands: ["dmsetup"], subcommands: [["remove"]], when: .option(["-f", "--force"]),
            effect: .block, message: "`dmsetup remove --force` replaces an open device's table with an error target",
            examples: ["dmsetup remove --force vg0-data"], counterexamples: ["dmsetup remove vg0-data"]),
    ]

    // MARK: ZFS

    static let zfsDestroyDryRun: ArgCondition = .anyArgument(.equals(Rules.clusters("n", companions: "vrR")))

    static let zfsRules: [CatalogRule] = [
        CatalogRule(
            id: "disks.zpool.read", commands: ["zpool"], subcommands: zpoolCommands.map { [$0] },
            unless: .option(["-c"]),
            effect: .readOnly, message: "reports ZFS pool state (`-c` runs helper scripts or clears events, so it is judged apart)",
            examples: ["zpool list", "zpool status -x", "zpool iostat -v 5 3", "zpool get all tank", "zpool history tank", "zpool events -v"],
            counterexamples: ["zpool destroy tank", "zpool events -c"]),
        CatalogRule(
            id: "disks.zpool.scan", commands: ["zpool"], subcommands: [["import"], ["upgrade"]], when: .positionalCount(0...0),
            unless: .option(["-a", "-F", "-X", "-T"]),
            effect: .readOnly, message: "lists pools that can be imported or upgraded",
            examples: ["zpool import", "zpool import -d /dev/disk/by-id", "zpool upgrade -v"], counterexamples: ["zpool import tank", "zpool upgrade -a"]),
        CatalogRule(
            id: "disks.zpool.import", commands: ["zpool"], subcommands: [["import"]], when: .any([.positionalCount(1...Int.max), .option(["-a"])]),
            effect: .safeWrite, message: "imports a pool",
            examples: ["zpool import tank", "zpool import -a"], counterexamples: ["zpool import"]),
        CatalogRule(
            id: "disks.zpool.maintain", commands: ["zpool"],
            subcommands: [["scrub"], ["trim"], ["clear"], ["online"], ["resilver"], ["initialize"], ["sync"], ["checkpoint"], ["set"], ["reopen"]],
            effect: .safeWrite, message: "scrubs, trims, clears errors, imports or sets properties of a pool",
            examples: ["zpool scrub tank", "zpool clear tank", "zpool set autotrim=on tank"], counterexamples: ["zpool status tank"]),
        CatalogRule(
            id: "disks.zpool.clear-events", commands: ["zpool"], subcommands: [["events"]], when: .option(["-c"]),
            effect: .safeWrite, message: "clears the pool event log",
            examples: ["zpool events -c"], counterexamples: ["zpool events -v"]),
        CatalogRule(
            id: "disks.zpool.change", commands: ["zpool"],
            subcommands: [["offline"], ["export"], ["attach"], ["detach"], ["replace"], ["add"], ["remove"], ["split"], ["reguid"], ["upgrade"]],
            unless: .all([.positionalCount(0...0), .not(.option(["-a"]))]),
            effect: .criticalWrite, message: "takes devices offline, exports, reshapes or upgrades a pool (some of these cannot be undone)",
            examples: ["zpool offline tank sdb", "zpool export tank", "zpool replace tank sdb sdc", "zpool add tank mirror sdd sde", "zpool upgrade -a"],
            counterexamples: ["zpool upgrade", "zpool status"]),
        CatalogRule(
            id: "disks.zpool.rewind", commands: ["zpool"], subcommands: [["import"]], when: .option(["-F", "-X", "-T"]),
            effect: .criticalWrite, message: "`zpool import -F/-X` rewinds the pool, discarding its last transactions",
            examples: ["zpool import -F tank"], counterexamples: ["zpool import tank"]),
        CatalogRule(
            id: "disks.zpool.destroy", commands: ["zpool"], subcommands: [["destroy"], ["labelclear"], ["create"]],
            effect: .block, message: "destroys a pool, clears a device's ZFS label or creates a pool over devices",
            examples: ["zpool destroy tank", "zpool destroy -f tank", "zpool labelclear -f /dev/sdb", "zpool create tank mirror sdb sdc"],
            counterexamples: ["zpool list"]),
        CatalogRule(
            id: "disks.zfs.read", commands: ["zfs"],
            subcommands: ["list", "get", "userspace", "groupspace", "projectspace", "holds", "diff", "version", "help", "send", "wait"].map { [$0] },
            effect: .readOnly, message: "reports ZFS datasets (a send stream only reads)",
            examples: ["zfs list -t snapshot", "zfs get compressratio tank/data", "zfs send tank/data@s1"], counterexamples: ["zfs destroy tank/data"]),
        CatalogRule(
            id: "disks.zfs.upgrade-list", commands: ["zfs"], subcommands: [["upgrade"]], when: .positionalCount(0...0), unless: .option(["-a"]),
            effect: .readOnly, message: "lists file systems that can be upgraded",
            examples: ["zfs upgrade", "zfs upgrade -v"], counterexamples: ["zfs upgrade -a"]),
        CatalogRule(
            id: "disks.zfs.write", commands: ["zfs"],
            subcommands: ["snapshot", "snap", "create", "clone", "set", "inherit", "mount", "unmount", "umount", "share", "unshare", "hold", "release",
                          "bookmark", "redact", "project"].map { [$0] },
            effect: .safeWrite, message: "creates snapshots or datasets, sets properties or mounts datasets",
            examples: ["zfs snapshot tank/data@before-upgrade", "zfs set compression=lz4 tank/data", "zfs create tank/logs"], counterexamples: ["zfs list"]),
        CatalogRule(
            id: "disks.zfs.change", commands: ["zfs"],
            subcommands: ["rename", "promote", "receive", "recv", "allow", "unallow", "load-key", "unload-key", "change-key", "jail", "unjail"].map { [$0] },
            effect: .criticalWrite, message: "renames, promotes, receives over, or changes keys or delegation of datasets",
            examples: ["zfs rename tank/a tank/b", "zfs recv -F tank/data", "zfs allow bob create tank"], counterexamples: ["zfs get all tank"]),
        CatalogRule(
            id: "disks.zfs.upgrade", commands: ["zfs"], subcommands: [["upgrade"]], when: .any([.positionalCount(1...Int.max), .option(["-a"])]),
            effect: .criticalWrite, message: "upgrades datasets to a newer on-disk version (older software can no longer read them)",
            examples: ["zfs upgrade -a", "zfs upgrade tank/data"], counterexamples: ["zfs upgrade -v"]),
        CatalogRule(
            id: "disks.zfs.program", commands: ["zfs"], subcommands: [["program"]], unless: .option(["-n"]),
            effect: .review, message: "runs a ZFS channel program (Lua) whose effect is not analysed",
            examples: ["zfs program tank cleanup.lua"], counterexamples: ["zfs program -n tank report.lua"]),
        CatalogRule(
            id: "disks.zfs.destroy-dry-run", commands: ["zfs"], subcommands: [["destroy"]], when: zfsDestroyDryRun,
            effect: .readOnly, message: "`zfs destroy -n` only reports what would be destroyed",
            examples: ["zfs destroy -nv tank/data@%", "zfs destroy -n -r tank/old"], counterexamples: ["zfs destroy tank/old"]),
        CatalogRule(
            id: "disks.zfs.destroy-snapshot", commands: ["zfs"], subcommands: [["destroy"]],
            when: .all([.positionalCount(1...1), .anyPositional(.contains(["@"]))]),
            unless: .any([zfsDestroyDryRun, .shortFlag("r"), .shortFlag("R")]),
            effect: .criticalWrite, message: "destroys a snapshot (its data is gone unless another snapshot holds it)",
            examples: ["zfs destroy tank/data@2024-01-01"], counterexamples: ["zfs destroy -r tank/data@old", "zfs destroy tank/data"]),
        CatalogRule(
            id: "disks.zfs.destroy", commands: ["zfs"], subcommands: [["destroy"]],
            unless: .any([zfsDestroyDryRun, .all([.positionalCount(1...1), .anyPositional(.contains(["@"])), .not(.any([.shortFlag("r"), .shortFlag("R")]))])]),
            effect: .block, message: "destroys a dataset or volume (recursively with `-r`/`-R`)",
            examples: ["zfs destroy tank/data", "zfs destroy -r tank", "zfs destroy -R tank/data@base", "zfs destroy -f $DS"], counterexamples: ["zfs destroy -nv tank/data"]),
        CatalogRule(
            id: "disks.zfs.rollback", commands: ["zfs"], subcommands: [["rollback"]],
            effect: .block, message: "rolls a dataset back, discarding everything written since the snapshot (and later snapshots with `-r`)",
            examples: ["zfs rollback tank/data@before", "zfs rollback -r tank/data@before"], counterexamples: ["zfs snapshot tank/data@before"]),
    ]

    // MARK: btrfs

    static func btrfs(_ group: String, _ siblings: [String], _ commands: [String]) -> [[String]] {
        Rules.abbreviated(group, among: btrfsGroups, commands, among: siblings)
    }

    static let btrfsRules: [CatalogRule] = [
        CatalogRule(
            id: "disks.btrfs.read", commands: ["btrfs"],
            subcommands: btrfs("filesystem", btrfsFilesystem, ["df", "du", "show", "usage"]) + btrfs("subvolume", btrfsSubvolume, ["list", "show", "get-default", "find-new"])
                + btrfs("device", btrfsDevice, ["stats", "usage", "ready"]) + btrfs("balance", btrfsBalance, ["status"]) + btrfs("property", btrfsProperty, ["get", "list"])
                + btrfs("scrub", ["start", "cancel", "resume", "status", "limit"], ["status"]) + btrfs("replace", ["start", "status", "cancel"], ["status"])
                + btrfs("qgroup", ["assign", "remove", "create", "destroy", "show", "limit", "clear-stale"], ["show"])
                + Rules.abbreviations("inspect-internal", among: btrfsGroups).map { [$0] } + [["version"], ["help"]],
            unless: .option(["-z", "--reset"]),
            effect: .readOnly, message: "reports btrfs file systems, subvolumes and devices",
            examples: ["btrfs filesystem show", "btrfs fi df /", "btrfs filesystem usage -T /data", "btrfs sub list /", "btrfs device stats /data", "btrfs scrub status /"],
            counterexamples: ["btrfs subvolume delete /data/snap", "btrfs device stats -z /data"]),
        CatalogRule(
            id: "disks.btrfs.check", commands: ["btrfs"], subcommands: Rules.abbreviations("check", among: btrfsGroups).map { [$0] },
            unless: .option(["--repair", "--init-csum-tree", "--init-extent-tree", "--clear-space-cache", "--clear-ino-cache"]),
            effect: .readOnly, message: "checks a btrfs file system read-only",
            examples: ["btrfs check /dev/sdb", "btrfs check --readonly /dev/sdb"], counterexamples: ["btrfs check --repair /dev/sdb"]),
        CatalogRule(
            id: "disks.btrfs.write", commands: ["btrfs"],
            subcommands: btrfs("subvolume", btrfsSubvolume, ["create", "snapshot", "sync"]) + btrfs("filesystem", btrfsFilesystem, ["sync", "defragment", "label", "mkswapfile"])
                + btrfs("balance", btrfsBalance, ["pause", "cancel", "resume"]) + btrfs("scrub", ["start", "cancel", "resume", "status", "limit"], ["start", "cancel", "resume", "limit"])
                + btrfs("device", btrfsDevice, ["scan"]) + Rules.abbreviations("receive", among: btrfsGroups).map { [$0] }
                + Rules.abbreviations("restore", among: btrfsGroups).map { [$0] } + btrfs("quota", ["enable", "disable", "rescan", "status"], ["rescan", "enable"])
                + btrfs("qgroup", ["assign", "remove", "create", "destroy", "show", "limit", "clear-stale"], ["assign", "create", "limit"]),
            effect: .safeWrite, message: "creates subvolumes or snapshots, scrubs, defragments or receives data",
            examples: ["btrfs subvolume snapshot -r / /.snapshots/pre", "btrfs scrub start /", "btrfs fi defragment -r /var/log", "btrfs balance cancel /"],
            counterexamples: ["btrfs fi show"]),
        CatalogRule(
            id: "disks.btrfs.change", commands: ["btrfs"],
            subcommands: btrfs("balance", btrfsBalance, ["start"]) + Rules.abbreviations("balance", among: btrfsGroups).map { [$0, "/"] }
                + btrfs("device", btrfsDevice, ["add", "delete", "remove"]) + btrfs("filesystem", btrfsFilesystem, ["resize"])
                + Rules.abbreviations("replace", among: btrfsGroups).map { [$0, "start"] } + btrfs("subvolume", btrfsSubvolume, ["set-default"])
                + btrfs("property", btrfsProperty, ["set"]) + Rules.abbreviations("rescue", among: btrfsGroups).map { [$0] }
                + btrfs("quota", ["enable", "disable", "rescan", "status"], ["disable"])
                + btrfs("qgroup", ["assign", "remove", "create", "destroy", "show", "limit", "clear-stale"], ["remove", "destroy", "clear-stale"]),
            effect: .criticalWrite, message: "rebalances, resizes, adds or removes devices, or changes the default subvolume or properties",
            examples: ["btrfs balance start -dusage=50 /", "btrfs device remove /dev/sdc /data", "btrfs filesystem resize -10g /data", "btrfs property set /snap ro false", "btrfs rescue zero-log /dev/sdb"],
            counterexamples: ["btrfs balance status /"]),
        CatalogRule(
            id: "disks.btrfs.repair", commands: ["btrfs"], subcommands: Rules.abbreviations("check", among: btrfsGroups).map { [$0] },
            when: .option(["--repair", "--init-csum-tree", "--init-extent-tree", "--clear-space-cache", "--clear-ino-cache"]),
            effect: .criticalWrite, message: "`btrfs check --repair` rewrites metadata; its manual warns it can make damage worse",
            examples: ["btrfs check --repair /dev/sdb"], counterexamples: ["btrfs check /dev/sdb"]),
        CatalogRule(
            id: "disks.btrfs.delete-subvolume", commands: ["btrfs"], subcommands: btrfs("subvolume", btrfsSubvolume, ["delete"]),
            effect: .block, message: "deletes btrfs subvolumes and everything in them",
            examples: ["btrfs subvolume delete /data/vol1", "btrfs sub del -c /.snapshots/42/snapshot", "btrfs su d /home"], counterexamples: ["btrfs subvolume list /"]),
        CatalogRule(
            id: "disks.btrfs.reset-stats", commands: ["btrfs"], subcommands: btrfs("device", btrfsDevice, ["stats"]), when: .option(["-z", "--reset"]),
            effect: .safeWrite, message: "resets the device error counters",
            examples: ["btrfs device stats -z /data"], counterexamples: ["btrfs device stats /data"]),
    ]
}
