private typealias Rules = RuleVocabulary

/// Disks and file systems: formatting, partitioning, mounting, swap.
/// Checking, resizing and drive firmware are in `Disks+Maintenance.swift`;
/// volume managers, RAID, ZFS and btrfs in `Disks+Volumes.swift`.
///
/// Writing a new file system, partition table or signature wipe over a device is
/// `block`: the data it held is gone, and the gate cannot know which disk a name
/// points at on the target host. The same tools aimed at an image file are
/// critical writes a human reviews.
enum DisksFamily {
    static let extFormatters = ["mke2fs", "mkfs.ext2", "mkfs.ext3", "mkfs.ext4", "mkfs.ext4dev"]
    static let otherFormatters = [
        "mkfs", "mkfs.btrfs", "mkfs.vfat", "mkfs.fat", "mkfs.msdos", "mkdosfs", "mkfs.exfat", "mkexfatfs", "mkfs.ntfs", "mkntfs",
        "mkfs.f2fs", "mkfs.minix", "mkfs.cramfs", "mkfs.bfs", "mkfs.jfs", "mkfs.reiserfs", "mkreiserfs", "mkfs.udf", "mkudffs",
        "mkfs.nilfs2", "mkfs.hfsplus", "mkfs.gfs2", "mkfs.ocfs2", "mkfs.erofs", "mkfs.bcachefs", "mkswap",
    ]

    static let family = CatalogFamily(syntaxes: syntaxes, rules: formatRules + partitionRules + mountRules)

    static let syntaxes: [CommandSyntax] = [
        .reviewed(extFormatters, .disks, "creates an ext file system, destroying what the target held",
                  valueOptions: ["-b", "-C", "-d", "-E", "-e", "-G", "-g", "-i", "-I", "-J", "-L", "-l", "-m", "-M", "-N", "-o", "-O", "-r", "-t", "-T", "-U", "-z"],
                  fallback: .criticalWrite),
        .reviewed(["mkfs.xfs"], .disks, "creates an XFS file system, destroying what the target held",
                  valueOptions: ["-b", "-d", "-i", "-l", "-L", "-m", "-n", "-p", "-r", "-s", "-c"], fallback: .criticalWrite),
        .reviewed(otherFormatters, .disks, "creates a file system or swap area, destroying what the target held",
                  valueOptions: ["-t", "--type", "-L", "--label", "-U", "--uuid", "-d", "--data", "-m", "--metadata", "-O", "--features",
                                 "-r", "--rootdir", "--csum", "--checksum", "--nodesize", "--sectorsize", "-F", "-S", "-i", "-R", "-D",
                                 "-p", "--pagesize", "-e", "--endianness", "--offset", "--size", "--cluster-size", "--sector-size"],
                  fallback: .criticalWrite),
        .reviewed(["wipefs"], .disks, "lists or erases file-system signatures",
                  valueOptions: ["-O", "--output", "-o", "--offset", "-t", "--types"], fallback: .criticalWrite),
        .reviewed(["fdisk", "gdisk"], .disks, "lists or edits partition tables",
                  valueOptions: ["-b", "--sector-size", "-o", "--output", "-t", "--type", "-w", "--wipe", "-W", "--wipe-partitions", "-C", "--cylinders", "-H", "--heads", "-S", "--sectors"],
                  fallback: .criticalWrite),
        .reviewed(["cfdisk", "cgdisk"], .disks, "edits partition tables interactively", fallback: .criticalWrite),
        .reviewed(["sfdisk"], .disks, "lists or writes partition tables",
                  valueOptions: ["-N", "--partno", "-O", "--backup-file", "-o", "--output", "-X", "--label", "-Y", "--label-nested", "-w", "--wipe", "-W", "--wipe-partitions", "--sector-size"],
                  fallback: .criticalWrite),
        .reviewed(["parted"], .disks, "lists or edits partition tables", valueOptions: ["-a", "--align"], fallback: .criticalWrite),
        .reviewed(["sgdisk"], .disks, "lists or edits GPT partition tables",
                  valueOptions: ["-a", "-A", "-b", "-c", "-d", "-i", "-l", "-n", "-r", "-R", "-t", "-u", "-U", "-h", "-T"], fallback: .criticalWrite),
        .reviewed(["growpart"], .disks, "grows a partition to fill the disk", valueOptions: ["-u", "--update", "--free-percent"], fallback: .criticalWrite),
        .reviewed(["mount"], .disks, "mounts file systems",
                  valueOptions: ["-t", "--types", "-o", "--options", "-O", "--test-opts", "-L", "--label", "-U", "--uuid", "-T", "--fstab", "-N", "--namespace",
                                 "--source", "--target", "--target-prefix", "--options-mode", "--options-source", "--map-users", "--map-groups"],
                  fallback: .safeWrite),
        .reviewed(["umount"], .disks, "unmounts file systems", valueOptions: ["-t", "--types", "-O", "--test-opts", "-N", "--namespace"], fallback: .safeWrite),
        .reviewed(["swapon"], .disks, "enables swap space", valueOptions: ["-p", "--priority", "-o", "--options", "-L", "-U"], fallback: .safeWrite),
        .reviewed(["swapoff"], .disks, "disables swap space, moving its pages into memory", valueOptions: ["-L", "-U"], fallback: .criticalWrite),
    ]

    // MARK: Formatting

    static let formatRules: [CatalogRule] = [
        CatalogRule(
            id: "disks.mkfs.device", commands: otherFormatters, when: Rules.deviceTarget,
            effect: .block, message: "formats a disk, partition or volume: everything it held is destroyed",
            examples: ["mkfs -t ext4 /dev/sdb1", "mkfs.vfat -n BOOT /dev/sdc1", "mkswap /dev/sda2", "mkfs.btrfs -f /dev/vg0/data", "mkfs.ntfs -f \"$DISK\""],
            counterexamples: ["mkswap /swapfile", "mkfs.vfat -C floppy.img 1440"]),
        CatalogRule(
            id: "disks.mke2fs.device", commands: extFormatters, when: Rules.deviceTarget, unless: .anyArgument(.equals(["-n", "-Fn", "-nF", "-qn", "-nq"])),
            effect: .block, message: "formats a disk, partition or volume with ext2/3/4: everything it held is destroyed",
            examples: ["mkfs.ext4 /dev/sdb1", "mke2fs -t ext4 -L data /dev/nvme1n1", "mkfs.ext4 -Lmain /dev/mapper/vg-lv", "sudo mkfs.ext4 -F $DEV"],
            counterexamples: ["mkfs.ext4 -n /dev/sdb1", "mkfs.ext4 disk.img"]),
        CatalogRule(
            id: "disks.mkfs.xfs.device", commands: ["mkfs.xfs"], when: Rules.deviceTarget, unless: .anyArgument(.equals(["-N"])),
            effect: .block, message: "formats a disk, partition or volume with XFS: everything it held is destroyed",
            examples: ["mkfs.xfs -f /dev/sdb", "mkfs.xfs -L data /dev/vg0/lv_data"], counterexamples: ["mkfs.xfs -N /dev/sdb"]),
        CatalogRule(
            id: "disks.mke2fs.dry-run", commands: extFormatters, when: .anyArgument(.equals(["-n", "-Fn", "-nF", "-qn", "-nq"])),
            effect: .readOnly, message: "`-n` only shows what would be created; nothing is written",
            examples: ["mkfs.ext4 -n /dev/sdb1", "mke2fs -n -b 4096 /dev/sdc"], counterexamples: ["mkfs.ext4 -Lnew /dev/sdb1"]),
        CatalogRule(
            id: "disks.mkfs.xfs.dry-run", commands: ["mkfs.xfs"], when: .anyArgument(.equals(["-N"])),
            effect: .readOnly, message: "`-N` only prints the parameters; nothing is written",
            examples: ["mkfs.xfs -N /dev/sdb"], counterexamples: ["mkfs.xfs -f /dev/sdb"]),
        CatalogRule(
            id: "disks.mkfs.version", commands: extFormatters + otherFormatters + ["mkfs.xfs"], when: Rules.helpOrVersion,
            effect: .readOnly, message: "prints the version or help",
            examples: ["mkfs.ext4 -V", "mkswap --version"], counterexamples: ["mkfs.ext4 -V /dev/sdb1"]),
        CatalogRule(
            id: "disks.wipefs.list", commands: ["wipefs"],
            when: .not(.any([.shortFlag("a"), .shortFlag("o"), .option(["--all", "--offset"])])),
            effect: .readOnly, message: "lists the signatures found; nothing is erased without `-a` or `-o`",
            examples: ["wipefs /dev/sdb", "wipefs --no-headings /dev/sdb1"], counterexamples: ["wipefs -a /dev/sdb", "wipefs -o0x438 /dev/sdb1"]),
        CatalogRule(
            id: "disks.wipefs.erase", commands: ["wipefs"], when: .any([.shortFlag("a"), .shortFlag("o"), .option(["--all", "--offset"])]),
            unless: .anyArgument(.equals(["-n", "--no-act", "-an", "-na", "-fn", "-nf", "-afn", "-anf", "-fan", "-fna", "-naf", "-nfa"])),
            effect: .criticalWrite, message: "erases file-system, RAID or partition-table signatures",
            examples: ["wipefs -a disk.img"], counterexamples: ["wipefs -n -a /dev/sdb", "wipefs /dev/sdb"]),
        CatalogRule(
            id: "disks.wipefs.device", commands: ["wipefs"],
            when: .all([.any([.shortFlag("a"), .shortFlag("o"), .option(["--all", "--offset"])]), Rules.deviceTarget]),
            unless: .anyArgument(.equals(["-n", "--no-act", "-an", "-na", "-fn", "-nf", "-afn", "-anf", "-fan", "-fna", "-naf", "-nfa"])),
            effect: .block, message: "erases the signatures of a disk or partition: its file systems, RAID members or partition table become unreadable",
            examples: ["wipefs -a /dev/sdb", "wipefs --all --force /dev/nvme0n1", "wipefs -af \"$DEV\"", "wipefs -a -tntfs /dev/sdb1", "wipefs -o0x438 /dev/sdb1"],
            counterexamples: ["wipefs -an /dev/sdb", "wipefs --no-act --all /dev/sdb"]),
    ]

    // MARK: Partition tables

    static let partedCommands = [
        "align-check", "disk_set", "disk_toggle", "help", "mklabel", "mktable", "mkpart", "name", "print", "quit", "rescue",
        "resizepart", "rm", "select", "set", "toggle", "type", "unit", "version",
    ]
    static func partedWords(_ words: [String]) -> [String] {
        words.flatMap { Rules.abbreviations($0, among: partedCommands) }
    }
    static let sgdiskDestroys: ArgCondition = .any([
        .anyArgument(.prefix(["-Z", "-z", "-o", "-g", "-m", "-d", "-l", "-R"])),
        .option(["--zap-all", "--zap", "--clear", "--mbrtogpt", "--gpttombr", "--delete", "--load-backup", "--replicate"]),
    ])
    static let sgdiskEdits: ArgCondition = .any([
        .anyArgument(.prefix(["-n", "-t", "-c", "-A", "-e", "-G", "-U", "-u", "-s", "-r", "-h", "-x", "-X", "-j", "-k", "-M", "-N", "-T"])),
        .option(["--new", "--typecode", "--change-name", "--attributes", "--move-second-header", "--randomize-guids", "--disk-guid",
                 "--partition-guid", "--sort", "--transpose", "--hybrid", "--largest-new", "--move-main-table", "--change-type"]),
    ])
    static let sgdiskPretend: ArgCondition = .any([.anyArgument(.prefix(["-P"])), .option(["--pretend"])])
    static let sfdiskWriteCommands: ArgCondition = .option(["--delete", "--relocate", "-r", "--reorder", "-A", "--activate", "--move-data", "-a", "--append", "-N", "--partno"])
    static let sfdiskReads: ArgCondition = .all([
        .any([.anyArgument(.equals(["-l", "-d", "-J", "-s", "-g", "-F", "-T", "-V", "-lu", "-ul"])),
              .option(["--list", "--dump", "--json", "--show-size", "--show-geometry", "--list-free", "--list-types", "--verify", "--version", "--help", "-v", "-h"])]),
        .not(sfdiskWriteCommands),
    ])
    static let sfdiskPartitionAttributes: ArgCondition = .option(["--part-type", "--part-label", "--part-uuid", "--part-attrs"])

    /// `fdisk -l`/`-x` spelled exactly: a letter inside an attached value (`-Lalways`) is not a list request.
    static let fdiskList: ArgCondition = .any([
        .anyArgument(.equals(["-l", "-x", "-lu", "-ul", "-lx", "-xl", "-xu", "-ux", "-s"])),
        .option(["--list", "--list-details", "--getsz", "-V", "--version", "-h", "--help"]),
    ])

    static let partitionRules: [CatalogRule] = [
        CatalogRule(
            id: "disks.fdisk.list", commands: ["fdisk", "gdisk"], when: fdiskList,
            effect: .readOnly, message: "lists partition tables",
            examples: ["fdisk -l", "fdisk -l /dev/sda", "sudo fdisk -lu /dev/nvme0n1", "gdisk -l /dev/sdb", "/usr/sbin/fdisk --list"],
            counterexamples: ["fdisk /dev/sda", "fdisk -Lalways /dev/sdb"]),
        CatalogRule(
            id: "disks.fdisk.edit", commands: ["fdisk", "gdisk"], when: .any([Rules.deviceTarget, .positionalCount(0...0)]), unless: fdiskList,
            effect: .block, message: "edits a disk's partition table (interactively or from a script on standard input); a wrong answer destroys the disk's partitions",
            examples: ["fdisk /dev/sdb", "echo -e 'o\\nn\\np\\n1\\n\\n\\nw' | fdisk /dev/sdb", "gdisk /dev/nvme0n1", "fdisk -w always $DISK", "fdisk -Lalways /dev/sdb"],
            counterexamples: ["fdisk -l /dev/sdb", "fdisk disk.img"]),
        CatalogRule(
            id: "disks.cfdisk.read-only", commands: ["cfdisk"], when: .option(["-r", "--read-only", "-h", "--help", "-V", "--version"]),
            effect: .readOnly, message: "shows the partition table without writing",
            examples: ["cfdisk -r /dev/sda"], counterexamples: ["cfdisk /dev/sda"]),
        CatalogRule(
            id: "disks.cfdisk.edit", commands: ["cfdisk", "cgdisk"], when: .any([Rules.deviceTarget, .positionalCount(0...0)]),
            unless: .option(["-r", "--read-only", "-h", "--help", "-V", "--version"]),
            effect: .block, message: "opens an interactive partition editor on a disk",
            examples: ["cfdisk /dev/sda", "cgdisk /dev/sdb", "cfdisk"], counterexamples: ["cfdisk -r /dev/sda", "cfdisk disk.img"]),
        CatalogRule(
            id: "disks.sfdisk.list", commands: ["sfdisk"],
            when: .any([sfdiskReads, .all([sfdiskPartitionAttributes, .positionalCount(0...2)])]),
            effect: .readOnly, message: "lists, dumps or verifies partition tables",
            examples: ["sfdisk -l /dev/sda", "sfdisk -d /dev/sda", "sfdisk --json /dev/nvme0n1", "sfdisk --part-type /dev/sda 1"],
            counterexamples: ["sfdisk /dev/sdb", "sfdisk --delete /dev/sdb 2"]),
        CatalogRule(
            id: "disks.sfdisk.dry-run", commands: ["sfdisk"], when: .anyArgument(.equals(["-n", "--no-act"])),
            effect: .readOnly, message: "`--no-act` does everything except writing the table",
            examples: ["sfdisk --no-act /dev/sdb < layout.sfdisk"], counterexamples: ["sfdisk /dev/sdb < layout.sfdisk"]),
        CatalogRule(
            id: "disks.sfdisk.write", commands: ["sfdisk"], when: Rules.deviceTarget,
            unless: .any([sfdiskReads, .anyArgument(.equals(["-n", "--no-act"])), sfdiskPartitionAttributes]),
            effect: .block, message: "writes or deletes a disk's partition table",
            examples: ["sfdisk /dev/sdb < layout.sfdisk", "sfdisk --delete /dev/sdb", "sfdisk -N 2 /dev/sda", "sfdisk --delete -l /dev/sdb 1", "sfdisk -Xgpt /dev/sdb < layout.sfdisk"],
            counterexamples: ["sfdisk -d /dev/sdb", "sfdisk -n /dev/sdb"]),
        CatalogRule(
            id: "disks.sfdisk.attributes", commands: ["sfdisk"], when: .all([sfdiskPartitionAttributes, .positionalCount(3...Int.max)]),
            unless: .anyArgument(.equals(["-n", "--no-act"])),
            effect: .criticalWrite, message: "changes a partition's type, label, UUID or attributes",
            examples: ["sfdisk --part-type /dev/sda 1 83", "sfdisk --part-label /dev/sda 2 data"], counterexamples: ["sfdisk --part-type /dev/sda 1"]),
        CatalogRule(
            id: "disks.parted.read", commands: ["parted"],
            when: .any([.option(["-l", "--list", "-v", "--version", "-h", "--help"]),
                        .positional(1, .equals(partedWords(["print", "unit", "align-check", "help", "version", "quit"])))]),
            effect: .readOnly, message: "prints partition tables",
            examples: ["parted -l", "parted /dev/sda print", "parted -s /dev/sda unit MiB print free", "parted -m /dev/nvme0n1 p"],
            counterexamples: ["parted /dev/sda rm 2"]),
        CatalogRule(
            id: "disks.parted.destroy", commands: ["parted"], when: .anyPositional(.equals(partedWords(["mklabel", "mktable", "rm"]))),
            effect: .block, message: "replaces a disk's partition table or deletes a partition",
            examples: ["parted -s /dev/sdb mklabel gpt", "parted /dev/sda rm 2", "parted /dev/sda print mktable msdos", "parted -s /dev/sdc mkl gpt"],
            counterexamples: ["parted /dev/sda print"]),
        CatalogRule(
            id: "disks.parted.edit", commands: ["parted"],
            when: .anyPositional(.equals(partedWords(["mkpart", "resizepart", "rescue", "name", "set", "toggle", "disk_set", "disk_toggle", "type"]))),
            effect: .criticalWrite, message: "creates, resizes, renames or flags partitions",
            examples: ["parted -s /dev/sdb mkpart primary ext4 1MiB 100%", "parted /dev/sda resizepart 2 100%", "parted /dev/sda set 1 boot on"],
            counterexamples: ["parted /dev/sda print"]),
        CatalogRule(
            id: "disks.parted.interactive", commands: ["parted"], when: .positionalCount(0...1),
            unless: .option(["-l", "--list", "-v", "--version", "-h", "--help"]),
            effect: .block, message: "opens an interactive partition editor on a disk; what it will do is not known",
            examples: ["parted /dev/sda", "parted"], counterexamples: ["parted -l", "parted /dev/sda print"]),
        CatalogRule(
            id: "disks.sgdisk.read", commands: ["sgdisk"], when: .not(.any([sgdiskDestroys, sgdiskEdits])),
            effect: .readOnly, message: "prints or verifies a GPT partition table",
            examples: ["sgdisk -p /dev/sda", "sgdisk --print /dev/nvme0n1", "sgdisk -i 1 /dev/sda", "sgdisk -v /dev/sda"],
            counterexamples: ["sgdisk --zap-all /dev/sda"]),
        CatalogRule(
            id: "disks.sgdisk.destroy", commands: ["sgdisk"], when: sgdiskDestroys, unless: sgdiskPretend,
            effect: .block, message: "erases, converts, replaces or deletes from a disk's partition table",
            examples: ["sgdisk --zap-all /dev/sda", "sgdisk -Z /dev/sdb", "sgdisk -o /dev/sdb", "sgdisk -d 2 /dev/sda", "sgdisk -R /dev/sdb /dev/sda", "sgdisk -l backup.gpt /dev/sda"],
            counterexamples: ["sgdisk -P --zap-all /dev/sda", "sgdisk -p /dev/sda"]),
        CatalogRule(
            id: "disks.sgdisk.edit", commands: ["sgdisk"], when: sgdiskEdits, unless: sgdiskPretend,
            effect: .criticalWrite, message: "creates, retypes, renames or moves GPT partitions",
            examples: ["sgdisk -n 1:0:+512M -t 1:ef00 /dev/sdb", "sgdisk -e /dev/sda", "sgdisk -c 1:root /dev/sda"], counterexamples: ["sgdisk -P -n 1:0:0 /dev/sdb"]),
        CatalogRule(
            id: "disks.growpart.dry-run", commands: ["growpart"], when: .option(["-N", "--dry-run", "-h", "--help"]),
            effect: .readOnly, message: "`--dry-run` only shows the change",
            examples: ["growpart -N /dev/sda 1"], counterexamples: ["growpart /dev/sda 1"]),
        CatalogRule(
            id: "disks.growpart.grow", commands: ["growpart"], unless: .option(["-N", "--dry-run", "-h", "--help"]),
            effect: .criticalWrite, message: "rewrites the partition table to grow a partition",
            examples: ["growpart /dev/nvme0n1 1", "sudo growpart /dev/xvda 1"], counterexamples: ["growpart --dry-run /dev/sda 1"]),
    ]

    // MARK: Mounting and swap

    /// Directories a mount must never cover: mounting over them replaces the system.
    static let coreDirectories: [String] = {
        let dirs = ["/", "/etc", "/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/boot", "/proc", "/sys", "/dev", "/root", "/run",
                    "/usr/bin", "/usr/sbin", "/usr/lib", "/usr/lib64", "/usr/local/bin", "/usr/local/sbin", "/etc/ssh", "/etc/systemd",
                    "/etc/pam.d", "/etc/sudoers.d", "/etc/cron.d", "/var", "/var/lib", "/var/spool/cron", "/sys/fs/cgroup"]
        return dirs + dirs.dropFirst().map { $0 + "/" } + ["//", "/."]
    }()
    static let remount: ArgCondition = .optionValue(["-o", "--options"], .contains(["remount"]))
    static let umountAll: ArgCondition = .any([.shortFlag("a"), .option(["--all"])])

    static let mountRules: [CatalogRule] = [
        CatalogRule(
            id: "disks.mount.list", commands: ["mount"],
            when: .all([.positionalCount(0...0), .not(.any([.shortFlag("a"), .option(["--all", "--source", "--target", "-L", "--label", "-U", "--uuid"])]))]),
            effect: .readOnly, message: "lists mounted file systems",
            examples: ["mount", "mount -l", "mount -t ext4", "mount | grep /data", "/usr/bin/mount -l -t xfs"], counterexamples: ["mount -a", "mount /dev/sdb1 /mnt", "mount -L DATA"]),
        CatalogRule(
            id: "disks.mount.mount", commands: ["mount"], when: .any([.positionalCount(1...Int.max), .option(["--source", "--target", "-L", "--label", "-U", "--uuid"])]),
            effect: .safeWrite, message: "mounts a file system",
            examples: ["mount /dev/sdb1 /mnt/data", "mount -o loop image.iso /mnt/iso", "mount /data"], counterexamples: ["mount"]),
        CatalogRule(
            id: "disks.mount.all", commands: ["mount"], when: .any([.shortFlag("a"), .option(["--all"])]),
            effect: .safeWrite, message: "mounts every file system listed in /etc/fstab",
            examples: ["mount -a", "sudo mount -av"], counterexamples: ["mount -l"]),
        CatalogRule(
            id: "disks.mount.remount", commands: ["mount"],
            when: .any([remount, .option(["--move", "-M", "--make-shared", "--make-slave", "--make-private", "--make-unbindable", "--make-rshared", "--make-rslave", "--make-rprivate", "--make-runbindable"])]),
            effect: .criticalWrite, message: "remounts (e.g. read-only), moves or changes the propagation of a mounted file system",
            examples: ["mount -o remount,ro /", "mount -o remount,rw /", "mount --make-rprivate /"], counterexamples: ["mount -o ro /dev/sdb1 /mnt"]),
        CatalogRule(
            id: "disks.mount.over-system", commands: ["mount"],
            when: .any([.positional(1, .equals(coreDirectories)), .positional(1, .path(.protectedFile)),
                        .optionValue(["--target"], .equals(coreDirectories)), .optionValue(["--target"], .path(.protectedFile))]),
            unless: remount,
            effect: .block, message: "mounts over a system directory or an account file, replacing what the system runs or trusts",
            examples: ["mount --bind /tmp/fake /etc/passwd", "mount -t tmpfs tmpfs /etc", "mount /dev/sdb1 /usr/bin", "mount --bind /tmp/x /etc/ssh/", "mount --target /boot /dev/sdc1"],
            counterexamples: ["mount /dev/sdb1 /mnt/data", "mount --bind /srv/a /srv/b", "mount -o remount,rw /dev/sda1 /"]),
        CatalogRule(
            id: "disks.umount", commands: ["umount"], unless: .option(["-h", "--help", "-V", "--version"]),
            effect: .safeWrite, message: "unmounts a file system",
            examples: ["umount /mnt/data", "umount /dev/sdb1"]),
        CatalogRule(
            id: "disks.umount.lazy-force", commands: ["umount"], when: .any([.shortFlag("l"), .shortFlag("f"), .shortFlag("R"), .option(["--lazy", "--force", "--recursive"])]),
            effect: .criticalWrite, message: "detaches a busy file system lazily, by force or recursively: processes using it lose it",
            examples: ["umount -l /mnt/nfs", "umount -f /mnt/nfs", "umount -R /mnt/chroot"], counterexamples: ["umount /mnt/data"]),
        CatalogRule(
            id: "disks.umount.all-of-type", commands: ["umount"], when: .all([umountAll, .option(["-t", "--types", "-O", "--test-opts"])]),
            effect: .criticalWrite, message: "unmounts every file system of the given type",
            examples: ["umount -a -t nfs"], counterexamples: ["umount /mnt/nfs"]),
        CatalogRule(
            id: "disks.umount.all", commands: ["umount"], when: umountAll, unless: .option(["-t", "--types", "-O", "--test-opts"]),
            effect: .block, message: "unmounts every file system: services lose their data directories",
            examples: ["umount -a", "umount -af"], counterexamples: ["umount -a -t cifs"]),
        CatalogRule(
            id: "disks.umount.system", commands: ["umount"], when: .anyPositional(.equals(coreDirectories)),
            effect: .block, message: "unmounts the root or a system file system",
            examples: ["umount /", "umount -l /", "umount /usr", "umount -f /var/"], counterexamples: ["umount /mnt/data", "umount /boot/efi"]),
        CatalogRule(
            id: "disks.swapon.show", commands: ["swapon"],
            when: .all([.positionalCount(0...0), .not(.any([.shortFlag("a"), .option(["--all", "-L", "-U"])]))]),
            effect: .readOnly, message: "shows swap areas in use",
            examples: ["swapon --show", "swapon -s", "swapon"], counterexamples: ["swapon -a", "swapon /swapfile", "swapon -L swap0"]),
        CatalogRule(
            id: "disks.swapon.enable", commands: ["swapon"], when: .any([.positionalCount(1...Int.max), .shortFlag("a"), .option(["--all", "-L", "-U"])]),
            effect: .safeWrite, message: "enables swap space",
            examples: ["swapon /swapfile", "swapon -a"], counterexamples: ["swapon --show"]),
        CatalogRule(
            id: "disks.swapoff", commands: ["swapoff"], unless: Rules.helpOrVersion,
            effect: .criticalWrite, message: "disables swap: under memory pressure the kernel's OOM killer ends processes",
            examples: ["swapoff -a", "swapoff /swapfile", "swapoff /dev/sda2"], counterexamples: ["swapoff --version"]),
    ]
}
