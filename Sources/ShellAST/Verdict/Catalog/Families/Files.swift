/// Files and directories: deleting, moving, copying, permissions, raw writes.
enum FilesFamily {
    static let family = CatalogFamily(
        syntaxes: [
            .reviewed(["rm", "unlink"], .files, "deletes files", fallback: .criticalWrite),
            .reviewed(["rmdir"], .files, "removes empty directories", fallback: .safeWrite),
            .reviewed(["mv"], .files, "moves or renames files", valueOptions: ["-t", "--target-directory", "-S", "--suffix", "--backup"], fallback: .safeWrite),
            .reviewed(["cp"], .files, "copies files", valueOptions: ["-t", "--target-directory", "-S", "--suffix", "--backup", "--reflink", "--sparse", "--preserve"], fallback: .safeWrite),
            .reviewed(["ln"], .files, "creates links", valueOptions: ["-t", "--target-directory", "-S", "--suffix"], fallback: .safeWrite),
            .reviewed(["mkdir", "touch", "mkfifo", "mknod", "mktemp"], .files, "creates files or directories", valueOptions: ["-m", "--mode", "-d", "--date", "-r", "--reference", "-t", "-p", "--tmpdir"], fallback: .safeWrite),
            .reviewed(["chmod", "chown", "chgrp", "chattr", "setfacl", "setcap", "chcon", "restorecon"], .files, "changes ownership or permissions", valueOptions: ["--reference", "--from", "-m", "-M", "-x", "-X", "--set", "--set-file", "-t", "-u", "-r", "-l"], fallback: .safeWrite),
            .reviewed(["truncate"], .files, "truncates files", valueOptions: ["-s", "--size", "-r", "--reference"], fallback: .criticalWrite),
            .reviewed(["shred", "wipe", "srm"], .files, "overwrites files to destroy their contents", valueOptions: ["-n", "--iterations", "-s", "--size", "--random-source"], fallback: .criticalWrite),
            .reviewed(["dd"], .files, "copies raw data", fallback: .safeWrite),
            .reviewed(["tee"], .files, "writes its input to files", fallback: .safeWrite),
            .reviewed(["install"], .files, "copies files and sets attributes", valueOptions: ["-m", "--mode", "-o", "--owner", "-g", "--group", "-t", "--target-directory", "-S", "--suffix"], fallback: .safeWrite),
            .reviewed(["tar", "bsdtar"], .files, "creates or extracts archives", valueOptions: ["-f", "--file", "-C", "--directory", "-T", "--files-from", "-X", "--exclude-from", "--exclude", "-I", "--use-compress-program", "--checkpoint-action", "--to-command", "-F", "--info-script", "--owner", "--group", "--mode", "--transform", "--xform", "-b", "--blocking-factor", "-g", "--listed-incremental", "-N", "--newer", "-L", "--tape-length", "-V", "--label"], fallback: .safeWrite),
            .reviewed(["zip", "unzip", "gzip", "gunzip", "bzip2", "bunzip2", "xz", "unxz", "zstd", "unzstd", "lz4", "7z", "7za", "rar", "unrar", "compress", "uncompress", "pigz", "pbzip2", "lzma", "unlzma", "cpio", "ar"], .files, "compresses or extracts files", valueOptions: ["-d", "-o", "-x", "-i", "-P", "-p"], fallback: .safeWrite),
            .reviewed(["rsync"], .files, "copies files, possibly to other hosts", valueOptions: ["-e", "--rsh", "--rsync-path", "--exclude", "--include", "--exclude-from", "--include-from", "--files-from", "--filter", "-f", "--backup-dir", "--suffix", "--log-file", "--temp-dir", "-T", "--compare-dest", "--link-dest", "--copy-dest", "--chmod", "--chown", "--password-file", "--port", "--timeout", "--bwlimit", "--max-size", "--min-size", "--partial-dir", "-B", "--block-size"], fallback: .safeWrite),
            .reviewed(["scp", "sftp"], .network, "copies files between hosts", valueOptions: ["-P", "-i", "-o", "-F", "-S", "-c", "-l", "-J", "-D", "-X", "-b", "-B", "-R", "-s"], fallback: .safeWrite),
            .reviewed(["patch"], .files, "patches files", valueOptions: ["-p", "-i", "--input", "-o", "--output", "-d", "--directory", "-B", "--prefix", "-r", "--reject-file", "-z", "--suffix"], fallback: .safeWrite),
            .reviewed(["split"], .files, "splits files", valueOptions: ["-b", "-l", "-n", "-a", "--additional-suffix", "-C", "-t"], fallback: .safeWrite),
            .reviewed(["sync", "fstrim"], .files, "flushes or trims file systems", fallback: .safeWrite),
        ],
        rules: [
            CatalogRule(
                id: "files.rm", commands: ["rm", "unlink"], effect: .criticalWrite, message: "deletes files",
                examples: ["rm /tmp/app.lock", "rm -f build.log"]),
            CatalogRule(
                id: "files.rm.recursive", commands: ["rm"], when: .any([.shortFlag("r"), .shortFlag("R"), .option(["--recursive"])]),
                effect: .criticalWrite, message: "deletes directory trees",
                examples: ["rm -rf /tmp/build", "rm -r old-dir"], counterexamples: ["rm file.txt"]),
            CatalogRule(
                id: "files.rm.catastrophic-target", commands: ["rm"],
                when: .anyPositional(.catastrophicPath),
                effect: .block, message: "deletes the root, a top-level system directory or a home directory",
                examples: ["rm -rf /", "rm -rf /*", "rm -rf ~", "rm -rf /etc", "rm -rf /usr/bin", "rm -rf \"$DIR\"/*", "rm -rf ~/"],
                counterexamples: ["rm -rf /tmp/x", "rm -rf \"${DIR:?}\"/cache", "rm -rf ./build"]),
            CatalogRule(
                id: "files.rm.no-preserve-root", commands: ["rm"], when: .option(["--no-preserve-root"]),
                effect: .block, message: "`--no-preserve-root` disables the guard against deleting `/`",
                examples: ["rm -rf --no-preserve-root /"], counterexamples: ["rm -rf /tmp/x"]),
            CatalogRule(
                id: "files.rm.protected", commands: ["rm", "unlink"],
                when: .any([.anyPositional(.path(.protectedFile)), .anyPositional(.path(.blockDevice))]),
                effect: .block, message: "deletes an account, privilege, boot or device file",
                examples: ["rm /etc/passwd", "rm -f /etc/shadow", "rm /boot/vmlinuz", "rm /etc/sudoers"], counterexamples: ["rm /tmp/passwd"]),
            CatalogRule(
                id: "files.rm.credentials-dir", commands: ["rm", "shred", "srm"],
                when: .any([.anyPositional(.suffix(["/.ssh", "/.ssh/", "/.gnupg", "/.gnupg/"])), .anyPositional(.equals([".ssh", ".ssh/", ".gnupg", ".gnupg/"]))]),
                effect: .block, message: "deletes an SSH or GnuPG directory: its keys and `authorized_keys` (remote logins stop working)",
                examples: ["rm -rf ~/.ssh", "rm -rf /root/.ssh/", "rm -r /home/deploy/.ssh", "rm -rf .gnupg"],
                counterexamples: ["rm ~/.ssh/known_hosts", "rm -rf ~/.ssh_backup", "rm -rf /tmp/x"]),
            CatalogRule(
                id: "files.rm.system-glob", commands: ["rm"],
                when: .all([.any([.shortFlag("r"), .shortFlag("R"), .option(["--recursive"])]), .anyPositional(.path(.systemFile))]),
                effect: .criticalWrite, message: "deletes inside a system directory",
                examples: ["rm -rf /etc/nginx/conf.d", "rm -r /var/lib/docker/tmp"]),
            CatalogRule(
                id: "files.mv.system", commands: ["mv"],
                // The sources only: a system tree as the destination is a directory `mv` moves
                // files into (judged as writes to the paths inside it).
                when: RuleVocabulary.anySource(.catastrophicPath),
                effect: .block, message: "moves the root, a system tree or a home directory away",
                examples: ["mv /etc /tmp/etc", "mv /usr/bin /tmp/", "mv ~ /tmp/home", "mv -t /tmp /etc", "mv \"$D\"/* /tmp/old/", "mv a /etc /tmp/x"],
                counterexamples: ["mv a.txt b.txt", "mv notes.txt ~/", "mv x \"$d/y\"", "mv /usr/bin/openssl /root/"]),
            CatalogRule(
                id: "files.mv.protected", commands: ["mv", "cp", "ln", "install"],
                when: .anyPositional(.path(.protectedFile)),
                effect: .block, message: "replaces or moves an account, privilege or boot file",
                examples: ["mv /tmp/passwd /etc/passwd", "cp evil /etc/shadow", "ln -sf /tmp/x /etc/sudoers", "cp key /root/.ssh/authorized_keys"],
                counterexamples: ["cp /etc/hosts /tmp/hosts.bak"]),
            CatalogRule(
                id: "files.mv.system-file", commands: ["mv", "cp", "ln", "install"],
                when: .all([.positionalCount(2...Int.max), .anyPositional(.path(.systemFile))]),
                effect: .criticalWrite, message: "writes into a system directory",
                examples: ["cp app.conf /etc/nginx/conf.d/", "install -m 755 tool /usr/local/bin/tool"]),
            CatalogRule(
                id: "files.chmod.recursive-system", commands: ["chmod", "chown", "chgrp", "chattr", "setfacl"],
                when: .any([.anyPositional(.catastrophicPath), .all([.any([.shortFlag("R"), .option(["--recursive"])]), .anyPositional(.path(.systemFile))])]),
                effect: .block, message: "changes ownership or permissions of a whole system tree",
                examples: ["chmod -R 777 /", "chown -R nobody /etc", "chmod 000 /usr/bin", "chattr -R +i /"], counterexamples: ["chmod 644 app.conf", "chown app:app /srv/app/data"]),
            CatalogRule(
                id: "files.chmod.protected", commands: ["chmod", "chown", "chgrp", "chattr", "setfacl", "setcap"],
                when: .anyPositional(.path(.protectedFile)),
                effect: .block, message: "changes permissions of an account, privilege or boot file",
                examples: ["chmod 777 /etc/shadow", "chown user /etc/sudoers"], counterexamples: ["chmod +x run.sh"]),
            CatalogRule(
                id: "files.chmod.setuid", commands: ["chmod"],
                when: .anyArgument(.setsPrivilegeBits),
                effect: .criticalWrite, message: "sets the set-user-ID or set-group-ID bit",
                examples: ["chmod u+s /usr/local/bin/tool", "chmod 4755 tool", "chmod 02755 shared", "chmod a+xs tool", "chmod u=rwxs,go=rx tool"],
                counterexamples: ["chmod 755 tool", "chmod +x run.sh", "chmod u-s tool", "chmod o+s tool", "chmod 1777 /tmp/x"]),
            CatalogRule(
                id: "files.chmod.setuid-runner", commands: ["chmod"],
                when: .all([.anyArgument(.setsPrivilegeBits), .anyPositional(.commandRunnerProgram)]),
                effect: .block, message: "gives a shell, an interpreter or a program with a shell escape the set-user-ID bit: anyone who runs it gets root",
                examples: ["chmod u+s /bin/bash", "chmod 4755 /usr/bin/python3", "chmod +s /usr/bin/find", "chmod 6755 /bin/sh", "chmod u+s /usr/bin/python3.12"],
                counterexamples: ["chmod u+s /usr/local/bin/tool", "chmod 755 /bin/bash", "chmod u+s /usr/bin/sudo"]),
            CatalogRule(
                id: "files.install.setuid", commands: ["install"], when: .optionValue(["-m", "--mode"], .setsPrivilegeBits),
                effect: .criticalWrite, message: "installs a file with the set-user-ID or set-group-ID bit",
                examples: ["install -m 4755 tool /usr/local/bin/tool", "install --mode=u+s tool /opt/bin/"], counterexamples: ["install -m 755 tool /usr/local/bin/"]),
            CatalogRule(
                id: "files.install.setuid-runner", commands: ["install"],
                when: .all([.optionValue(["-m", "--mode"], .setsPrivilegeBits), .anyPositional(.commandRunnerProgram)]),
                effect: .block, message: "installs a copy of a shell, an interpreter or a program with a shell escape with the set-user-ID bit",
                examples: ["install -m 4755 /bin/bash /tmp/x", "install -m u+s /usr/bin/python3 /var/tmp/py"],
                counterexamples: ["install -m 755 /bin/bash /tmp/x", "install -m 4755 tool /usr/local/bin/tool"]),
            CatalogRule(
                id: "files.setcap.runner", commands: ["setcap"],
                when: .all([
                    .any([
                        .positional(0, .containsCaseInsensitive(["cap_setuid", "cap_setgid", "cap_sys_admin", "cap_dac_override", "cap_dac_read_search",
                                                                 "cap_sys_ptrace", "cap_sys_module", "cap_chown", "cap_fowner", "all=", "all+"])),
                        .positional(0, .prefix(["="])),
                    ]),
                    .anyPositional(.commandRunnerProgram),
                ]),
                effect: .block, message: "gives a shell, an interpreter or a program with a shell escape a capability that leads to root",
                examples: ["setcap cap_setuid+ep /usr/bin/python3", "setcap cap_dac_read_search=ep /usr/bin/tar", "setcap =ep /bin/bash",
                           "setcap all=eip /usr/bin/perl"],
                counterexamples: ["setcap cap_net_bind_service=+ep /usr/bin/node", "setcap cap_setuid+ep /usr/local/bin/tool", "setcap -r /usr/bin/python3"]),
            CatalogRule(
                id: "files.chmod.system", commands: ["chmod", "chown", "chgrp", "chattr", "setfacl", "setcap"],
                when: .anyPositional(.path(.systemFile)),
                effect: .criticalWrite, message: "changes permissions inside a system directory",
                examples: ["chmod 600 /etc/ssl/private/key.pem"]),
            CatalogRule(
                id: "files.truncate.system", commands: ["truncate", "shred", "wipe", "srm"],
                when: .any([.anyPositional(.path(.protectedFile)), .anyPositional(.path(.blockDevice)), .anyPositional(.catastrophicPath)]),
                effect: .block, message: "destroys a system file or a disk",
                examples: ["shred -n 3 /dev/sda", "truncate -s 0 /etc/passwd", "shred /etc/shadow"], counterexamples: ["truncate -s 0 app.log"]),
            CatalogRule(
                id: "files.dd.device", commands: ["dd"],
                when: .any([.anyArgument(.prefix(["of=/dev/sd", "of=/dev/nvme", "of=/dev/hd", "of=/dev/vd", "of=/dev/xvd", "of=/dev/mmcblk", "of=/dev/dm-", "of=/dev/md", "of=/dev/mapper/", "of=/dev/disk/", "of=/dev/loop", "of=/dev/mem", "of=/dev/kmem", "of=/dev/port", "of=/boot/", "of=/etc/passwd", "of=/etc/shadow"]))]),
                effect: .block, message: "`dd` writes raw data over a disk or system file",
                examples: ["dd if=/dev/zero of=/dev/sda bs=1M", "dd if=image.iso of=/dev/nvme0n1"], counterexamples: ["dd if=/dev/sda of=disk.img", "dd if=/dev/zero of=/tmp/file bs=1M count=10"]),
            CatalogRule(
                id: "files.dd.read", commands: ["dd"], when: .not(.anyArgument(.prefix(["of="]))),
                effect: .readOnly, message: "`dd` without `of=` writes to standard output",
                examples: ["dd if=/dev/sda bs=512 count=1"], counterexamples: ["dd if=a of=b"]),
            CatalogRule(
                id: "files.tee.protected", commands: ["tee"],
                when: .any([.anyPositional(.path(.protectedFile)), .anyPositional(.path(.blockDevice)), .anyPositional(.path(.systemTree))]),
                effect: .block, message: "`tee` overwrites an account, privilege, boot or device file",
                examples: ["echo x | tee /etc/passwd", "tee -a /etc/sudoers", "tee /dev/sda"], counterexamples: ["tee out.log"]),
            CatalogRule(
                id: "files.tee.system", commands: ["tee"], when: .anyPositional(.path(.systemFile)),
                effect: .criticalWrite, message: "`tee` writes to a system file",
                examples: ["echo 1 | tee /proc/sys/net/ipv4/ip_forward", "tee /etc/hosts"]),
            CatalogRule(
                id: "files.tee.process-substitution", commands: ["tee"], when: .allPositionals(.processSubstitution),
                effect: .readOnly, message: "`tee` only feeds process substitutions (their commands are judged)",
                examples: ["echo x | tee >(grep x)", "ls | tee >(wc -l) >(sort)"], counterexamples: ["tee out.txt", "tee >(wc -l) out.txt"]),
            CatalogRule(
                id: "files.tee.harmless-device", commands: ["tee"], when: .allPositionals(.path(.harmlessDevice)),
                effect: .readOnly, message: "`tee` only copies to `/dev/null`, `/dev/stderr` or the terminal",
                examples: ["false | tee /dev/null", "echo x | tee /dev/stderr"], counterexamples: ["tee /dev/null out.txt"]),
            CatalogRule(
                id: "files.tee.stdout-only", commands: ["tee"], when: .positionalCount(0...0),
                effect: .readOnly, message: "`tee` without files only copies to standard output",
                examples: ["echo hi | tee"], counterexamples: ["tee out.txt"]),
            CatalogRule(
                id: "files.tar.list", commands: ["tar", "bsdtar"],
                // Old-style keys without a dash count too (`tar tf a.tar`, `tar tzvf a.tgz`; corpus review).
                when: .any([
                    .shortFlag("t"), .option(["--list", "--diff", "--compare", "-d"]),
                    .argument(0, .all([.contains(["t"]), .not(.prefix(["-"])), .not(.contains(["x", "c", "r", "u", "A", "/", "."]))])),
                ]),
                unless: .any([.shortFlag("x"), .shortFlag("c"), .option(["--extract", "--create", "--get", "--append", "--update", "--delete"])]),
                effect: .readOnly, message: "lists an archive",
                examples: ["tar -tzf backup.tgz", "tar --list -f a.tar", "tar tf nginx-1.0.0.tar.gz", "tar ztvf a.tgz"],
                counterexamples: ["tar -xzf backup.tgz", "tar xtf a.tar", "tar cf t.tar dir"]),
            CatalogRule(
                id: "files.tar.extract-root", commands: ["tar", "bsdtar"],
                // Old-style keys without a dash count too (`tar xf a.tar -C /`).
                when: .all([
                    .any([
                        .shortFlag("x"), .option(["--extract", "--get"]),
                        .argument(0, .all([.contains(["x"]), .not(.prefix(["-"])), .not(.contains(["/", "."]))])),
                    ]),
                    .optionValue(["-C", "--directory"], .catastrophicPath),
                ]),
                effect: .block, message: "extracts an archive over the root or a system tree",
                examples: ["tar -xzf rootfs.tgz -C /", "tar -xf a.tar --directory=/etc", "tar xf a.tar -C /", "tar xzvf rootfs.tgz -C /usr"],
                counterexamples: ["tar -xzf a.tgz -C /tmp/x", "tar xf a.tar -C /tmp/x", "tar cf x.tar -C / etc"]),
            CatalogRule(
                id: "files.tar.exec-hook", commands: ["tar", "bsdtar"],
                when: .option(["--checkpoint-action", "--to-command", "-I", "--use-compress-program", "--rsh-command", "--info-script", "-F", "--new-volume-script"]),
                effect: .review, message: "`tar` runs a command given in its options (judged too)",
                examples: ["tar -cf a.tar --checkpoint=1 --checkpoint-action=exec=sh x.sh dir", "tar -I 'zstd -19' -cf a.tar.zst dir"], counterexamples: ["tar -czf a.tgz dir"]),
            // Read-only modes of archive and compression tools (corpus review, `Docs/Verdicts.md`).
            CatalogRule(
                id: "files.unzip.list", commands: ["unzip"],
                when: .any([.shortFlag("l"), .shortFlag("t"), .shortFlag("Z"), .shortFlag("v"), .shortFlag("p"), .shortFlag("c")]),
                unless: .any([.option(["-d"]), .shortFlag("f"), .shortFlag("u")]),
                effect: .readOnly, message: "lists, tests or prints an archive's contents; nothing is extracted to disk",
                examples: ["unzip -l bundle.zip", "unzip -tq bundle.zip", "unzip -p bundle.zip META-INF/MANIFEST.MF"],
                counterexamples: ["unzip bundle.zip", "unzip -o bundle.zip -d /srv/app", "unzip -l bundle.zip -d /tmp/x"]),
            CatalogRule(
                id: "files.compressed.read", commands: ["gzip", "gunzip", "pigz", "bzip2", "bunzip2", "xz", "unxz", "lzma", "unlzma", "zstd", "unzstd"],
                when: .any([.option(["--list", "--test", "--stdout", "--to-stdout"]), .shortFlag("l"), .shortFlag("t"), .shortFlag("c")]),
                unless: .option(["-o", "--output", "--rm"]),
                effect: .readOnly, message: "lists or tests compressed files, or decompresses to standard output; no file is written",
                examples: ["gzip -l app.log.gz", "gunzip -c app.log.gz", "gzip -dc app.log.gz", "xz -t backup.tar.xz", "zstd -l dump.zst", "bzip2 -tv a.bz2"],
                counterexamples: ["gzip app.log", "gunzip app.log.gz", "zstd -c -o out.zst in", "zstd -c --rm in"]),
            CatalogRule(
                id: "files.mktemp.dry-run", commands: ["mktemp"], when: .any([.option(["--dry-run"]), .shortFlag("u")]),
                effect: .readOnly, message: "`mktemp -u` only prints an unused name; nothing is created",
                examples: ["mktemp -u", "mktemp -u -t 'XXXXXX'", "mktemp -qu"], counterexamples: ["mktemp", "mktemp -d"]),
            CatalogRule(
                id: "files.rsync.delete", commands: ["rsync"],
                when: .option(["--delete", "--delete-before", "--delete-during", "--delete-delay", "--delete-after", "--delete-excluded", "--remove-source-files", "--del"]),
                effect: .criticalWrite, message: "`rsync --delete` removes files from the destination",
                examples: ["rsync -a --delete src/ dst/"], counterexamples: ["rsync -a src/ dst/"]),
            CatalogRule(
                id: "files.rsync.exec", commands: ["rsync"], when: .option(["-e", "--rsh", "--rsync-path"]),
                effect: .review, message: "`rsync` runs a command given in its options (judged too)",
                examples: ["rsync -e 'ssh -p 2222' a host:/b"], counterexamples: ["rsync -a a b"]),
            CatalogRule(
                id: "files.remote-destination", commands: ["rsync", "scp"], when: .analyzer(.remoteDestination),
                effect: .block, message: "copies local files to another host: an exfiltration shape",
                examples: ["scp /etc/app.conf backup@10.0.0.5:/srv/", "rsync -a /var/lib/data/ user@host:/backup/"],
                counterexamples: ["scp host:/var/log/app.log .", "rsync -a src/ dst/"]),
        ])
}
