private typealias Rules = RuleVocabulary

/// Disks: checking and resizing file systems, tuning, drive firmware and
/// sanitising, encryption, loop devices.
extension DisksFamily {
    static let extCheckers = ["e2fsck", "fsck.ext2", "fsck.ext3", "fsck.ext4"]
    static let otherCheckers = [
        "fsck", "fsck.xfs", "fsck.vfat", "fsck.fat", "fsck.msdos", "dosfsck", "fsck.exfat", "fsck.f2fs", "fsck.minix", "fsck.cramfs",
        "fsck.jfs", "fsck.reiserfs", "reiserfsck", "fsck.nilfs2", "fsck.hfsplus", "fsck.btrfs", "xfs_repair",
    ]
    /// `-n`: check only, answer "no" to every repair (e2fsck, dosfsck, xfs_repair);
    /// `fsck -N`: only show what would run.
    static let checkOnly: ArgCondition = .anyArgument(.equals(
        Rules.clusters("n", companions: "fv") + Rules.clusters("N", companions: "AV")))

    static let maintenance = CatalogFamily(syntaxes: maintenanceSyntaxes, rules: checkRules + driveRules + deviceRules)

    static let maintenanceSyntaxes: [CommandSyntax] = [
        .reviewed(extCheckers, .disks, "checks and repairs an ext file system",
                  valueOptions: ["-b", "-B", "-C", "-E", "-j", "-l", "-L", "-z"], fallback: .criticalWrite),
        .reviewed(otherCheckers, .disks, "checks and repairs a file system",
                  valueOptions: ["-t", "-m", "-l", "-r", "-c", "-o"], fallback: .criticalWrite),
        .reviewed(["btrfsck"], .disks, "checks a btrfs file system", valueOptions: ["-s", "--super", "-b", "--subvol-extents", "--mode"], fallback: .readOnly),
        .reviewed(["resize2fs"], .disks, "resizes an ext file system", valueOptions: ["-d", "-S", "-z"], fallback: .criticalWrite),
        .reviewed(["xfs_growfs"], .disks, "grows an XFS file system", valueOptions: ["-D", "-L", "-m", "-R", "-e", "-t"], fallback: .safeWrite),
        .reviewed(["tune2fs"], .disks, "changes ext file-system parameters",
                  valueOptions: ["-c", "-C", "-e", "-E", "-g", "-i", "-I", "-J", "-L", "-m", "-M", "-o", "-O", "-Q", "-r", "-T", "-u", "-U", "-z"],
                  fallback: .criticalWrite),
        .reviewed(["e2label", "xfs_admin"], .disks, "shows or changes file-system labels", valueOptions: ["-L", "-U", "-c", "-r", "-O"], fallback: .criticalWrite),
        .reviewed(["debugfs"], .disks, "reads or edits raw ext file-system structures, bypassing permissions",
                  valueOptions: ["-R", "-f", "-b", "-s", "-d", "-z"]),
        .reviewed(["blkdiscard"], .disks, "discards every block of a device", valueOptions: ["-o", "--offset", "-l", "--length", "-p", "--step"], fallback: .block),
        .reviewed(["hdparm"], .disks, "reads or changes ATA drive settings", fallback: .criticalWrite),
        .reviewed(["nvme"], .disks, "manages NVMe drives",
                  valueOptions: ["-n", "--namespace-id", "-o", "--output-format", "-s", "--ses", "-l", "--lbaf", "-a", "--sanact", "-f", "--feature-id"]),
        .reviewed(["cryptsetup"], .disks, "manages encrypted volumes",
                  valueOptions: ["--type", "-c", "--cipher", "-h", "--hash", "-s", "--key-size", "-d", "--key-file", "-S", "--key-slot", "-l", "--keyfile-size",
                                 "--keyfile-offset", "-i", "--iter-time", "--pbkdf", "--header", "--label", "--subsystem", "--offset", "-o", "--skip", "-p", "--size",
                                 "-b", "--uuid", "--sector-size", "--integrity", "--token-id", "-T", "--tries", "-t", "--timeout", "--volume-key-file",
                                 "--master-key-file", "--header-backup-file", "--json-file", "--new-keyfile", "--new-key-slot", "--resilience", "--hotzone-size",
                                 "--device-size", "--reduce-device-size", "--pbkdf-memory", "--pbkdf-parallel", "--priority"]),
        .reviewed(["losetup"], .disks, "sets up loop devices",
                  valueOptions: ["-o", "--offset", "--sizelimit", "-b", "--sector-size", "-j", "--associated", "-O", "--output"], fallback: .safeWrite),
        .reviewed(["partprobe", "kpartx"], .disks, "tells the kernel about partition-table changes", fallback: .safeWrite),
        .reviewed(["blockdev"], .disks, "reads or sets block-device parameters", fallback: .safeWrite),
        .reviewed(["badblocks"], .disks, "scans a device for bad blocks",
                  valueOptions: ["-b", "-c", "-d", "-e", "-i", "-o", "-p", "-t"], fallback: .readOnly),
        .reviewed(["zerofree"], .disks, "zeroes the free blocks of an unmounted ext file system", valueOptions: ["-f"], fallback: .criticalWrite),
        .reviewed(["sg_format", "sg_sanitize"], .disks, "low-level formats or sanitises SCSI drives",
                  valueOptions: ["-s", "--size", "-f", "--fmtpinfo", "-P", "--pattern", "-T", "--timeout"]),
        .reviewed(["efibootmgr"], .disks, "shows or changes UEFI boot entries",
                  valueOptions: ["-b", "--bootnum", "-d", "--disk", "-p", "--part", "-l", "--loader", "-L", "--label", "-o", "--bootorder",
                                 "-n", "--bootnext", "-t", "--timeout"], fallback: .readOnly),
    ]

    // MARK: Checking and resizing

    static let checkRules: [CatalogRule] = [
        CatalogRule(
            id: "disks.fsck.check-only", commands: extCheckers + otherCheckers, when: checkOnly,
            effect: .readOnly, message: "checks without repairing (`-n` answers no to every fix; `fsck -N` only shows what would run)",
            examples: ["fsck -n /dev/sdb1", "e2fsck -fn /dev/vg0/data", "xfs_repair -n /dev/sdc1", "fsck.vfat -n /dev/sda1", "fsck -N /dev/sda1"],
            counterexamples: ["e2fsck -fy /dev/sdb1", "e2fsck -Ejournal_only /dev/sdb1"]),
        CatalogRule(
            id: "disks.fsck.repair", commands: extCheckers + otherCheckers, unless: .any([checkOnly, Rules.helpOrVersion]),
            effect: .criticalWrite, message: "repairs a file system in place; on a mounted file system this corrupts it",
            examples: ["fsck -y /dev/sdb1", "e2fsck -f -p /dev/sda1", "xfs_repair /dev/sdc1", "fsck -A"], counterexamples: ["e2fsck -n /dev/sdb1"]),
        CatalogRule(
            id: "disks.xfs_repair.zero-log", commands: ["xfs_repair"], when: .option(["-L"]),
            effect: .criticalWrite, message: "`xfs_repair -L` zeroes the metadata log, discarding its unreplayed changes",
            examples: ["xfs_repair -L /dev/sdc1"], counterexamples: ["xfs_repair -n /dev/sdc1"]),
        CatalogRule(
            id: "disks.btrfsck.repair", commands: ["btrfsck"],
            when: .option(["--repair", "--init-csum-tree", "--init-extent-tree", "--clear-space-cache", "--clear-ino-cache"]),
            effect: .criticalWrite, message: "`--repair` rewrites btrfs metadata; its own manual warns it can make damage worse",
            examples: ["btrfsck --repair /dev/sdb"], counterexamples: ["btrfsck /dev/sdb", "btrfsck --readonly /dev/sdb"]),
        CatalogRule(
            id: "disks.resize2fs.print", commands: ["resize2fs"], when: .option(["-P"]),
            effect: .readOnly, message: "prints the minimum size; nothing is resized",
            examples: ["resize2fs -P /dev/sda1"], counterexamples: ["resize2fs /dev/sda1"]),
        CatalogRule(
            id: "disks.resize2fs.resize", commands: ["resize2fs"], unless: .any([.option(["-P"]), Rules.helpOrVersion]),
            effect: .criticalWrite, message: "resizes an ext file system (shrinking loses data past the new end)",
            examples: ["resize2fs /dev/nvme0n1p1", "resize2fs -f /dev/vg0/data 20G"], counterexamples: ["resize2fs -P /dev/sda1"]),
        CatalogRule(
            id: "disks.xfs_growfs.info", commands: ["xfs_growfs"], when: .option(["-n"]),
            effect: .readOnly, message: "`-n` prints the geometry without growing",
            examples: ["xfs_growfs -n /data"], counterexamples: ["xfs_growfs /data"]),
        CatalogRule(
            id: "disks.tune2fs.list", commands: ["tune2fs"], when: .option(["-l"]),
            unless: .anyArgument(.prefix(["-c", "-C", "-e", "-E", "-f", "-g", "-i", "-I", "-j", "-J", "-L", "-m", "-M", "-o", "-O", "-Q", "-r", "-T", "-u", "-U", "-z"])),
            effect: .readOnly, message: "lists the superblock's parameters",
            examples: ["tune2fs -l /dev/sda1", "tune2fs -l /dev/sda1 | grep -i 'mount count'"], counterexamples: ["tune2fs -l -c 0 /dev/sda1"]),
        CatalogRule(
            id: "disks.tune2fs.change", commands: ["tune2fs"],
            when: .anyArgument(.prefix(["-c", "-C", "-e", "-E", "-f", "-g", "-i", "-I", "-j", "-J", "-L", "-m", "-M", "-o", "-O", "-Q", "-r", "-T", "-u", "-U", "-z"])),
            effect: .criticalWrite, message: "changes ext file-system features or parameters",
            examples: ["tune2fs -m 1 /dev/sda1", "tune2fs -O ^has_journal /dev/sdb1", "tune2fs -l -c 0 /dev/sda1"], counterexamples: ["tune2fs -l /dev/sda1"]),
        CatalogRule(
            id: "disks.label.show", commands: ["e2label", "xfs_admin"],
            when: .any([.all([.positionalCount(0...1), .not(.option(["-L", "-U", "-c", "-j", "-p", "-O", "-e"]))]), .option(["-l", "-u"])]),
            unless: .option(["-L", "-U", "-c", "-j", "-p", "-O", "-e"]),
            effect: .readOnly, message: "shows a file system's label or UUID",
            examples: ["e2label /dev/sda1", "xfs_admin -l /dev/sdb1", "xfs_admin -u /dev/sdb1"], counterexamples: ["e2label /dev/sda1 data", "xfs_admin -L data /dev/sdb1"]),
        CatalogRule(
            id: "disks.debugfs.write", commands: ["debugfs"], when: .option(["-w"]),
            effect: .criticalWrite, message: "`debugfs -w` edits raw file-system structures",
            examples: ["debugfs -w -R 'clri <12>' /dev/sdb1"], counterexamples: ["debugfs -R stats /dev/sdb1"]),
        CatalogRule(
            id: "disks.tools.version", commands: maintenanceSyntaxes.flatMap(\.names) + volumeSyntaxes.flatMap(\.names) + ["wipefs", "fdisk", "sfdisk", "parted", "sgdisk", "mount", "umount", "swapon"],
            when: Rules.helpOrVersion,
            effect: .readOnly, message: "prints the version or help",
            examples: ["cryptsetup --version", "nvme --help", "fdisk -V"], counterexamples: ["cryptsetup status data"]),
        CatalogRule(
            id: "disks.zerofree.dry-run", commands: ["zerofree"], when: .option(["-n"]),
            effect: .readOnly, message: "`-n` only counts the blocks",
            examples: ["zerofree -n /dev/sdb1"], counterexamples: ["zerofree -v /dev/sdb1"]),
    ]

    // MARK: Drives

    static let hdparmDestroys: [String] = [
        "--security-erase", "--security-erase-enhanced", "--trim-sector-ranges", "--trim-sector-ranges-stdin", "--write-sector",
        "--make-bad-sector", "--fwdownload", "--fwdownload-mode3", "--fwdownload-mode3-max", "--fwdownload-mode7", "--security-set-pass",
        "--dco-restore", "--dco-setmax", "--yes-i-know-what-i-am-doing", "--please-destroy-my-drive", "-N",
    ]

    static let driveRules: [CatalogRule] = [
        CatalogRule(
            id: "disks.blkdiscard.discard", commands: ["blkdiscard"], unless: Rules.helpOrVersion,
            effect: .block, message: "discards (erases) every block of a device",
            examples: ["blkdiscard /dev/nvme0n1", "blkdiscard -f /dev/sdb", "blkdiscard -o 0 -l 1G /dev/sdc"], counterexamples: ["blkdiscard --version"]),
        CatalogRule(
            id: "disks.hdparm.read", commands: ["hdparm"],
            when: .anyArgument(.prefix(["-I", "-i", "-g", "-C", "-t", "-T", "-H", "-v"])),
            unless: .anyArgument(.prefix(["-a", "-A", "-b", "-B", "-c", "-d", "-D", "-E", "-f", "-F", "-J", "-k", "-K", "-L", "-m", "-M", "-n", "-N", "-p", "-P",
                                          "-q", "-Q", "-r", "-R", "-s", "-S", "-u", "-U", "-w", "-W", "-x", "-X", "-y", "-Y", "-z", "-Z",
                                          "--dco-freeze", "--dco-restore", "--dco-setmax", "--drq", "--fwdownload", "--idle", "--make-bad", "--repair-sector",
                                          "--security", "--set-sector-size", "--trim", "--write-sector", "--yes-i-know", "--please-destroy", "--user-master"])),
            effect: .readOnly, message: "reads drive identification, settings or timings",
            examples: ["hdparm -I /dev/sda", "hdparm -tT /dev/sda", "hdparm -C /dev/sdb", "hdparm -tT --direct /dev/sda"], counterexamples: ["hdparm -W0 /dev/sda"]),
        CatalogRule(
            id: "disks.hdparm.destroy", commands: ["hdparm"], when: .option(hdparmDestroys),
            effect: .block, message: "erases the drive, writes raw sectors or firmware, or locks the drive with a password",
            examples: ["hdparm --user-master u --security-erase pass /dev/sda", "hdparm --trim-sector-ranges 0:8 /dev/sda", "hdparm --yes-i-know-what-i-am-doing --fwdownload fw.bin /dev/sda"],
            counterexamples: ["hdparm -I /dev/sda"]),
        CatalogRule(
            id: "disks.nvme.read", commands: ["nvme"],
            subcommands: ["list", "list-subsys", "list-ns", "list-ctrl", "id-ctrl", "id-ns", "id-ns-granularity", "id-nvmset", "id-uuid", "id-iocs", "id-domain",
                          "smart-log", "error-log", "fw-log", "get-log", "effects-log", "sanitize-log", "self-test-log", "endurance-log", "persistent-event-log",
                          "supported-log-pages", "get-feature", "get-property", "show-regs", "show-topology", "version", "help", "primary-ctrl-caps",
                          "ns-descs", "list-secondary", "resv-report", "nvm-id-ctrl", "lba-status"].map { [$0] },
            effect: .readOnly, message: "reads NVMe controller, namespace or log information",
            examples: ["nvme list", "nvme smart-log /dev/nvme0", "nvme id-ctrl -H /dev/nvme0", "nvme sanitize-log /dev/nvme0"], counterexamples: ["nvme format /dev/nvme0n1"]),
        CatalogRule(
            id: "disks.nvme.destroy", commands: ["nvme"],
            subcommands: [["format"], ["sanitize"], ["delete-ns"], ["write"], ["write-zeroes"], ["write-uncor"], ["dsm"], ["admin-passthru"], ["io-passthru"], ["security-send"]],
            effect: .block, message: "formats, sanitises, deletes a namespace, writes raw blocks or sends a raw command to an NVMe drive",
            examples: ["nvme format /dev/nvme0n1", "nvme format /dev/nvme0n1 --ses=1", "nvme sanitize /dev/nvme0 -a 2", "nvme delete-ns /dev/nvme0 -n 1", "nvme admin-passthru /dev/nvme0 --opcode=0x80"],
            counterexamples: ["nvme list", "nvme sanitize-log /dev/nvme0"]),
        CatalogRule(
            id: "disks.nvme.change", commands: ["nvme"],
            subcommands: [["create-ns"], ["attach-ns"], ["detach-ns"], ["fw-download"], ["fw-commit"], ["fw-activate"], ["set-feature"], ["set-property"],
                          ["reset"], ["subsystem-reset"], ["ns-rescan"], ["virt-mgmt"], ["device-self-test"], ["flush"], ["resv-acquire"], ["resv-register"], ["resv-release"]],
            effect: .criticalWrite, message: "changes NVMe namespaces, firmware, features or resets the controller",
            examples: ["nvme fw-commit /dev/nvme0 -s 1 -a 1", "nvme detach-ns /dev/nvme0 -n 1 -c 0", "nvme reset /dev/nvme0"], counterexamples: ["nvme list"]),
        CatalogRule(
            id: "disks.smartctl.test", commands: ["smartctl"], when: .option(["-t", "--test", "-X", "--abort"]),
            effect: .safeWrite, message: "starts or aborts a drive self-test",
            examples: ["smartctl -t long /dev/sda", "smartctl --test=short /dev/nvme0"], counterexamples: ["smartctl -a /dev/sda"]),
        CatalogRule(
            id: "disks.smartctl.settings", commands: ["smartctl"], when: .option(["-s", "--smart", "-o", "--offlineauto", "-S", "--saveauto", "--set"]),
            effect: .safeWrite, message: "changes SMART or drive settings (`--set` can freeze security or change the write cache)",
            examples: ["smartctl -s on /dev/sda", "smartctl --set=wcache,off /dev/sda"], counterexamples: ["smartctl -H /dev/sda"]),
        CatalogRule(
            id: "disks.sg_format.format", commands: ["sg_format", "sg_sanitize"],
            when: .option(["-F", "--format"]),
            effect: .block, message: "low-level formats a drive, erasing it",
            examples: ["sg_format --format /dev/sg1", "sg_format -F -s 4096 /dev/sg2"], counterexamples: ["sg_format /dev/sg1"]),
        CatalogRule(
            id: "disks.sg_sanitize.sanitize", commands: ["sg_sanitize"], unless: Rules.helpOrVersion,
            effect: .block, message: "sanitises a drive: block erase, crypto erase or overwrite of every block",
            examples: ["sg_sanitize --block /dev/sg2", "sg_sanitize -O -P 0x00 /dev/sg1"], counterexamples: ["sg_sanitize --help"]),
        CatalogRule(
            id: "disks.badblocks.destructive", commands: ["badblocks"], when: .shortFlag("w"),
            effect: .block, message: "`badblocks -w` overwrites every block of the device with test patterns",
            examples: ["badblocks -wsv /dev/sdb"], counterexamples: ["badblocks -sv /dev/sdb"]),
        CatalogRule(
            id: "disks.badblocks.read-write", commands: ["badblocks"], when: .shortFlag("n"), unless: .shortFlag("w"),
            effect: .criticalWrite, message: "`badblocks -n` rewrites every block in place (data survives only if nothing else writes)",
            examples: ["badblocks -nsv /dev/sdb"], counterexamples: ["badblocks -v /dev/sdb"]),
        CatalogRule(
            id: "disks.efibootmgr.change", commands: ["efibootmgr"],
            when: .any([.anyArgument(.prefix(["-c", "-C", "-B", "-o", "-O", "-n", "-N", "-a", "-A", "-D", "-t", "-T", "-w"])),
                        .option(["--create", "--create-only", "--delete-bootnum", "--bootorder", "--bootnext", "--active", "--inactive", "--timeout",
                                 "--write-signature", "--delete-bootorder", "--delete-bootnext", "--delete-timeout", "--remove-dups"])]),
            effect: .criticalWrite, message: "changes UEFI boot entries or boot order: a wrong entry leaves the host unbootable",
            examples: ["efibootmgr -o 0001,0002", "efibootmgr -b 0003 -B", "efibootmgr --bootnext 0004"], counterexamples: ["efibootmgr -v", "efibootmgr"]),
    ]

    // MARK: Encryption and loop devices

    static let deviceRules: [CatalogRule] = [
        CatalogRule(
            id: "disks.cryptsetup.read", commands: ["cryptsetup"],
            subcommands: [["status"], ["luksDump"], ["isLuks"], ["luksUUID"], ["tcryptDump"], ["bitlkDump"], ["fvault2Dump"], ["benchmark"]],
            unless: .option(["--uuid", "--dump-master-key", "--dump-volume-key", "--master-key-file", "--volume-key-file"]),
            effect: .readOnly, message: "shows the state or header of an encrypted volume",
            examples: ["cryptsetup status cryptroot", "cryptsetup luksDump /dev/sda3", "cryptsetup isLuks /dev/sdb1"],
            counterexamples: ["cryptsetup luksFormat /dev/sdb1", "cryptsetup luksDump --dump-volume-key /dev/sda3"]),
        CatalogRule(
            id: "disks.cryptsetup.dump-key", commands: ["cryptsetup"], subcommands: [["luksDump"]],
            when: .option(["--dump-master-key", "--dump-volume-key", "--master-key-file", "--volume-key-file"]),
            effect: RuleEffect(risk: .readOnly, verdict: .review), message: "prints or saves the volume key: whoever has it can decrypt the disk",
            examples: ["cryptsetup luksDump --dump-volume-key /dev/sda3"], counterexamples: ["cryptsetup luksDump /dev/sda3"]),
        CatalogRule(
            id: "disks.cryptsetup.open", commands: ["cryptsetup"],
            subcommands: [["open"], ["luksOpen"], ["close"], ["luksClose"], ["remove"], ["plainOpen"], ["loopaesOpen"], ["tcryptOpen"], ["bitlkOpen"], ["luksResume"], ["luksHeaderBackup"]],
            effect: .safeWrite, message: "opens or closes an encrypted volume",
            examples: ["cryptsetup open /dev/sdb1 data", "cryptsetup luksClose data"], counterexamples: ["cryptsetup status data"]),
        CatalogRule(
            id: "disks.cryptsetup.keys", commands: ["cryptsetup"],
            subcommands: [["luksAddKey"], ["luksChangeKey"], ["luksRemoveKey"], ["luksKillSlot"], ["luksSuspend"], ["resize"], ["reencrypt"], ["refresh"],
                          ["config"], ["token"], ["repair"], ["luksConvertKey"], ["convert"]],
            effect: .criticalWrite, message: "changes the keys, header or size of an encrypted volume (removing the last key makes the data unrecoverable)",
            examples: ["cryptsetup luksAddKey /dev/sdb1", "cryptsetup luksKillSlot /dev/sdb1 1", "cryptsetup resize data"], counterexamples: ["cryptsetup luksDump /dev/sdb1"]),
        CatalogRule(
            id: "disks.cryptsetup.set-uuid", commands: ["cryptsetup"], subcommands: [["luksUUID"]], when: .option(["--uuid"]),
            effect: .criticalWrite, message: "changes the UUID of an encrypted volume (boot configuration may stop finding it)",
            examples: ["cryptsetup luksUUID --uuid 0b1e-77 /dev/sdb1"], counterexamples: ["cryptsetup luksUUID /dev/sdb1"]),
        CatalogRule(
            id: "disks.cryptsetup.destroy", commands: ["cryptsetup"],
            subcommands: [["luksFormat"], ["format"], ["erase"], ["luksErase"], ["luksHeaderRestore"]],
            effect: .block, message: "formats an encrypted volume or erases/replaces its key slots: the data becomes unrecoverable",
            examples: ["cryptsetup luksFormat /dev/sdb1", "cryptsetup -q luksFormat --type luks2 /dev/sdc", "cryptsetup erase /dev/sdb1", "cryptsetup luksHeaderRestore /dev/sdb1 --header-backup-file h.img"],
            counterexamples: ["cryptsetup luksHeaderBackup /dev/sdb1 --header-backup-file h.img"]),
        CatalogRule(
            id: "disks.losetup.list", commands: ["losetup"], when: .positionalCount(0...0),
            unless: .option(["-d", "--detach", "-D", "--detach-all", "-c", "--set-capacity"]),
            effect: .readOnly, message: "lists loop devices (or the first free one)",
            examples: ["losetup", "losetup -a", "losetup -l", "losetup -j disk.img", "losetup -f"], counterexamples: ["losetup -D", "losetup -fP disk.img"]),
        CatalogRule(
            id: "disks.losetup.detach-all", commands: ["losetup"], when: .option(["-D", "--detach-all"]),
            effect: .criticalWrite, message: "detaches every loop device (snaps and images mounted from them break)",
            examples: ["losetup -D"], counterexamples: ["losetup -d /dev/loop3"]),
        CatalogRule(
            id: "disks.partprobe.dry-run", commands: ["partprobe"], when: .option(["-d", "--dry-run", "-h", "--help", "-v", "--version"]),
            effect: .readOnly, message: "`--dry-run` does not tell the kernel anything",
            examples: ["partprobe -d /dev/sdb"], counterexamples: ["partprobe /dev/sdb"]),
        CatalogRule(
            id: "disks.kpartx.list", commands: ["kpartx"], when: .option(["-l"]), unless: .option(["-a", "-d", "-u"]),
            effect: .readOnly, message: "lists the partition mappings that would be added",
            examples: ["kpartx -l disk.img"], counterexamples: ["kpartx -av disk.img"]),
        CatalogRule(
            id: "disks.blockdev.read", commands: ["blockdev"], when: .anyArgument(.prefix(["--get", "--report"])),
            unless: .anyArgument(.prefix(["--set", "--flushbufs", "--rereadpt"])),
            effect: .readOnly, message: "reads block-device parameters",
            examples: ["blockdev --getsize64 /dev/sda", "blockdev --report"], counterexamples: ["blockdev --setro /dev/sda"]),
        CatalogRule(
            id: "disks.blockdev.read-only-flag", commands: ["blockdev"], when: .option(["--setro", "--setrw"]),
            effect: .criticalWrite, message: "makes a block device read-only or writable",
            examples: ["blockdev --setro /dev/sdb"], counterexamples: ["blockdev --getro /dev/sdb"]),
    ]
}
