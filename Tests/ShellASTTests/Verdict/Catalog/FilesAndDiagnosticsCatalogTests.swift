import Testing
@testable import ShellAST

/// Verdict table for the files and diagnostics families, from the corpus review of
/// issue 3 (`Docs/Verdicts.md`): each row is a sampled false negative or false alarm
/// (or a false block seen beside the sample) and the neighbours its fix must keep right.
@Suite struct FilesAndDiagnosticsCatalogTests {
    /// Sampled `allow` results that wrote files: now reviewed.
    @Test(arguments: [
        VerdictCase("gpg --symmetric doc.txt", .review, "diagnostics.gpg.write"),
        VerdictCase("gpg -c doc.txt", .review, "diagnostics.gpg.write"),
        VerdictCase("gpg -ea -r ops report.txt", .review, "diagnostics.gpg.write"),
        VerdictCase("gpg doc.txt.gpg", .review, "diagnostics.gpg.default"),
        VerdictCase("gpg --armor --export-secret-keys ops@example.com", .review, "diagnostics.gpg.export-secret"),
        VerdictCase("xxd -revert -postscript input_file output_file", .review, "diagnostics.xxd.output"),
        VerdictCase("xxd -r hex.txt /etc/passwd", .block, "files.write-protected"),
        VerdictCase("pg_test_fsync --filename path/to/file", .review, "databases.pg_test_fsync.write"),
        VerdictCase("pg_test_fsync -f /dev/sda", .block, "files.write-block-device"),
        VerdictCase("uv tree --no-dev", .review, "packages.uv.tree-locks"),
        VerdictCase("mlr -I --csv sort -f name data.csv", .review, "diagnostics.mlr.in-place"),
        VerdictCase("mlr --icsv put -q 'tee > $a.\".csv\", $*' in.csv", .review, "diagnostics.mlr.writes-files"),
        VerdictCase("mlr -n put 'end { print system(\"id\") }'", .review, "diagnostics.mlr.runs-commands"),
        VerdictCase("mlr --prepipe 'gunzip' --icsv cat in.csv.gz", .review, "diagnostics.mlr.runs-commands"),
        // From the redrawn sample.
        VerdictCase("history -c", .review, "shell.history.change"),
        VerdictCase("history -d 12", .review, "shell.history.change"),
        VerdictCase("fc -s", .review, "shell.fc.runs"),
        VerdictCase("hash -p /tmp/x/ls ls", .review, "shell.hash.path"),
        VerdictCase("enable -f ./mybuiltin.so mybuiltin", .review, "shell.enable.load"),
        VerdictCase("bind -x '\"\\C-l\": clear'", .review, "shell.bind.runs"),
    ])
    func falseNegativesNowReviewed(_ c: VerdictCase) {
        expectVerdict(c)
    }

    /// Sampled `review` results that only read: now allowed.
    @Test(arguments: [
        VerdictCase("unzip -l some-jars-and-textfiles.zip | tr '[:blank:]' \\\\t | cut -f 5 | grep jar", .allow, "files.unzip.list"),
        VerdictCase("gzip -l $i", .allow, "files.compressed.read"),
        VerdictCase("gunzip -c app.log.gz | wc -l", .allow, "files.compressed.read"),
        VerdictCase("fn=$(mktemp -u -t 'XXXXXX')", .allow, "files.mktemp.dry-run"),
        VerdictCase("find /tmp -maxdepth 1 -name \"$USER.*\"", .allow, "diagnostics.find.default"),
        VerdictCase("find /usr /bin /sbin /opt -name \"$1*\" -type f -ls", .allow, "diagnostics.find.default"),
        VerdictCase("find . -newermt \"$(date +%F)\" -type f", .allow, "diagnostics.find.default"),
        VerdictCase("gpg --verify SHA256SUMS.sig SHA256SUMS", .allow, "diagnostics.gpg.read"),
        VerdictCase("uv tree --frozen", .allow, "packages.uv.tree"),
        VerdictCase("find -name 'file_*' -follow -type f -exec zcat {} \\; | agrep -dEOE 'grep'", .allow, "diagnostics.agrep.default"),
        VerdictCase("colrm 3 < table.txt", .allow, "diagnostics.colrm.default"),
        VerdictCase("fincore /var/lib/postgresql/data/base/1/1259", .allow, "diagnostics.fincore.default"),
        VerdictCase("zcmp a.gz b.gz", .allow, "diagnostics.zcmp.default"),
        VerdictCase("sesearch --allow --target type_name --verbose", .allow, "diagnostics.sesearch.default"),
        // From the redrawn sample.
        VerdictCase("tar tf nginx-1.0.0.tar.gz | xargs dirname | sort | uniq", .allow, "files.tar.list"),
        VerdictCase("false | tee /dev/null", .allow, "files.tee.harmless-device"),
        VerdictCase("objdump -x `which tail`", .allow, "diagnostics.objdump.default"),
        VerdictCase("readelf -d /usr/bin/python3 | grep NEEDED", .allow, "diagnostics.readelf.default"),
        VerdictCase("findfs LABEL=data", .allow, "diagnostics.findfs.default"),
        VerdictCase("selinuxenabled && echo on", .allow, "diagnostics.selinuxenabled.default"),
        VerdictCase("systemd-path", .allow, "diagnostics.systemd-path.default"),
        VerdictCase("sudo semanage boolean --list", .allow, "files.semanage.list"),
        VerdictCase("fc -l", .allow, "shell.fc.default"),
        VerdictCase("history 20", .allow, "shell.history.default"),
        VerdictCase("sudo aureport --syscall", .allow, "diagnostics.aureport.default"),
        VerdictCase("ausearch -m avc -ts recent", .allow, "diagnostics.ausearch.default"),
    ])
    func falseAlarmsNowAllowed(_ c: VerdictCase) {
        expectVerdict(c)
    }

    /// Neighbours of those fixes that must keep their verdict.
    @Test(arguments: [
        VerdictCase("unzip bundle.zip", .review, "files.unzip.default"),
        VerdictCase("unzip -l bundle.zip -d /tmp/x", .review, "files.unzip.default"),
        VerdictCase("gzip app.log", .review, "files.gzip.default"),
        VerdictCase("gzip -c app.log > /etc/passwd", .block, "files.write-protected"),
        VerdictCase("zstd -c -o out.zst in", .review, "files.zstd.default"),
        VerdictCase("mktemp -d", .review, "files.mktemp.default"),
        VerdictCase("find \"$dir\" -maxdepth 1 -type f", .review, "diagnostics.find.dynamic-expression"),
        VerdictCase("find . -name $pattern", .review, "diagnostics.find.dynamic-expression"),
        VerdictCase("find . -name \"$@\"", .review, "diagnostics.find.dynamic-expression"),
        VerdictCase("find . -name \"${names[@]}\"", .review, "diagnostics.find.dynamic-expression"),
        VerdictCase("find . -name x${IFS}-delete", .block, "obfuscation.ifs"),
        VerdictCase("find / -name \"$x\" -delete", .block, "diagnostics.find.delete-root"),
        VerdictCase("xxd -l 64 -s 0x200 disk.img", .allow, "diagnostics.xxd.default"),
        VerdictCase("mlr --icsv filter '$x > 5' in.csv", .allow, "diagnostics.mlr.default"),
        VerdictCase("IFS=: ls", .review, "env.loader-variable"),
        VerdictCase("tar xtf a.tar", .review, "files.tar.default"),
        VerdictCase("echo x | tee /dev/null out.txt", .review, "files.tee.default"),
        VerdictCase("semanage port -a -t http_port_t -p tcp 8081", .review, "files.semanage.default"),
        VerdictCase("IFS=$'\\n'; for f in $(ls); do echo \"$f\"; done", .review, "env.loader-variable"),
    ])
    func neighboursKeepTheirVerdict(_ c: VerdictCase) {
        expectVerdict(c)
    }

    /// `cp`, `mv`, `ln`, `install` into a system-tree directory write the paths the sources get
    /// there (seen in the sampled `block` results: `mv -i "$f" "$(dirname "$f")/…"`,
    /// `ln -s … /usr/bin/`); a source that is a system tree, or whose name is not known, still blocks.
    @Test(arguments: [
        VerdictCase("cp notes.txt ~/", .review, "files.write"),
        VerdictCase("mv notes.txt ~", .review, "files.write"),
        VerdictCase("sudo cp app.conf /etc/", .review, "files.write-system"),
        VerdictCase("sudo install -m 755 tool /usr/bin/", .review, "files.write-system"),
        VerdictCase("ln -s /opt/app/bin/tool /usr/local/", .review, "files.write-system"),
        VerdictCase("sudo cp -a include/gtest /usr/include", .review, "files.write-system"),
        VerdictCase("mv /usr/bin/openssl /root/", .review, "files.write-system"),
        VerdictCase("scp backup@host:/var/log/app.log ~/", .review, "files.write"),
        VerdictCase("find . -depth -name '* *' | while IFS= read -r f ; do mv -i \"$f\" \"$(dirname \"$f\")/$(basename \"$f\"|tr ' ' _)\" ; done",
                    .review, "files.mv.default"),
        VerdictCase("cp passwd /etc", .block, "files.write-protected"),
        VerdictCase("cp authorized_keys ~/.ssh/", .block, "files.write-protected"),
        VerdictCase("cp -r etc /", .block, "files.write-protected"),
        VerdictCase("cp -r rootfs/. /", .block, "files.write-protected"),
        VerdictCase("cp -rs /mnt/usr/lib /usr/", .block, "files.write-protected"),
        VerdictCase("cp -T x /etc", .block, "files.write-protected"),
        VerdictCase("sudo ln -f -s $javaUsrLib/jdk1*/bin/* /usr/bin/", .block, "files.write-protected"),
        VerdictCase("rsync -a src/ /etc/", .block, "files.write-protected"),
        VerdictCase("mv /etc /tmp/etc", .block, "files.mv.system"),
        VerdictCase("mv -t /tmp /etc", .block, "files.mv.system"),
        VerdictCase("mv $d/* .", .block, "files.mv.system"),
    ])
    func copiesIntoSystemDirectories(_ c: VerdictCase) {
        expectVerdict(c)
    }
}
