/// Kernel modules: `modprobe`, `rmmod`, `insmod`, `depmod`, `kmod`.
///
/// Listing and dry runs only read (`lsmod` and `modinfo` are diagnostics). Loading or
/// unloading a module changes the running kernel: a critical write (unloading a network or
/// storage driver takes its devices away). Force-unloading a module in use can crash the
/// kernel, and `insmod` of a file outside the installed module trees loads arbitrary code
/// into the kernel: both are blocked.
extension ServicesFamily {
    static let moduleTrees = ["/lib/modules/", "/usr/lib/modules/"]

    static let kernel = CatalogFamily(
        syntaxes: [
            .reviewed(["modprobe"], .services, "loads kernel modules", valueOptions: ["-C", "--config", "-d", "--dirname", "-S", "--set-version"],
                      fallback: .criticalWrite),
            .reviewed(["rmmod"], .services, "unloads a kernel module", fallback: .criticalWrite),
            .reviewed(["insmod"], .services, "loads a kernel module from a file", fallback: .criticalWrite),
            .reviewed(["depmod"], .services, "rebuilds the kernel module dependency lists", valueOptions: ["-b", "--basedir", "-C", "--config", "-E", "-F", "-o"],
                      fallback: .safeWrite),
            .reviewed(["kmod"], .services, "manages kernel modules"),
        ],
        rules: [
            CatalogRule(
                id: "services.modprobe.read", commands: ["modprobe"],
                when: .any([
                    .shortFlag("n"),
                    .option(["--dry-run", "-c", "--showconfig", "--show-config", "--show-depends", "-D", "--show-modversions", "--dump-modversions",
                             "--show-exports", "-V", "--version", "-h", "--help"]),
                ]),
                effect: .readOnly, message: "shows what would be loaded, the module configuration or a module's dependencies",
                examples: ["modprobe -n -v nvme", "modprobe --show-depends e1000e", "modprobe -c"], counterexamples: ["modprobe br_netfilter"]),
            CatalogRule(
                id: "services.modprobe.remove", commands: ["modprobe"], when: .any([.shortFlag("r"), .option(["--remove", "--remove-dependencies"])]),
                unless: .any([.shortFlag("n"), .option(["--dry-run"])]),
                effect: .criticalWrite, message: "unloads kernel modules: the devices they drive stop working",
                examples: ["modprobe -r e1000e", "modprobe --remove nvme"], counterexamples: ["modprobe -n -r e1000e"]),
            CatalogRule(
                id: "services.rmmod.force", commands: ["rmmod", "modprobe"], when: .any([.shortFlag("f"), .option(["--force"])]),
                unless: .any([.shortFlag("n"), .option(["--dry-run"])]),
                effect: .block, message: "forces a module in or out of a running kernel: a module in use unloaded by force can crash the kernel",
                examples: ["rmmod -f nvme", "rmmod --force e1000e", "modprobe -rf nvme"], counterexamples: ["rmmod e1000e"]),
            CatalogRule(
                id: "services.insmod.foreign", commands: ["insmod"], when: .positional(0, .not(.prefix(moduleTrees))),
                effect: .block, message: "loads kernel code from a file outside the installed module trees",
                examples: ["insmod /tmp/x.ko", "insmod ./rootkit.ko", "insmod \"$M\""],
                counterexamples: ["insmod /lib/modules/6.1.0/kernel/drivers/net/dummy.ko"]),
            CatalogRule(
                id: "services.depmod.dry-run", commands: ["depmod"], when: .any([.shortFlag("n"), .option(["--dry-run", "-V", "--version", "-h", "--help"])]),
                effect: .readOnly, message: "prints the dependency lists instead of writing them",
                examples: ["depmod -n", "depmod --dry-run -a"], counterexamples: ["depmod -a"]),
            CatalogRule(
                id: "services.kmod.list", commands: ["kmod"], subcommands: [["list"], ["static-nodes"]],
                unless: .option(["-o", "--output"]),
                effect: .readOnly, message: "lists loaded modules or the static device nodes",
                examples: ["kmod list", "kmod static-nodes --format=devname"], counterexamples: ["kmod static-nodes -o /tmp/x"]),
        ])
}
