#!/usr/bin/env bash
# Corpus agreement: which lines of one-command-per-line corpora does Vigil's
# parser accept, compared with mvdan/sh (`shfmt -ln bash`) and GNU bash
# (`bash -O extglob -n`)?
#
# Usage (from anywhere):  Scripts/corpus-agreement.sh [CORPUS ...]
#   default corpora: ../shared/corpus/nl2bash.cm ../shared/corpus/tldr.cm
#   (relative to the package root)
#
# For each corpus it prints: lines, our accepts/rejects, the peers' accepts,
# mvdan-accepts-we-reject (must be 0), bash-rejects-we-accept (must be 0), and
# every remaining disagreement with line number, text and both messages.
# Exit status: 0 when both must-be-zero counts are 0 for every corpus, 1 when
# not, 2 on a usage or tool error.
#
# Lines go to `vigil parse --jsonl` as JSON strings. JSON cannot carry invalid
# UTF-8, so such lines are counted and reported, not sent (they get a
# placeholder request to keep the line numbers aligned); the Swift test
# CorpusAgreementTests parses every line from raw bytes, those included.
#
# Environment: VIGIL_BIN (a prebuilt vigil; skips the release build),
#              KEEP_WORK=1 (keep the temporary directory and print its path).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
if (($# == 0)); then
  set -- ../shared/corpus/nl2bash.cm ../shared/corpus/tldr.cm
fi
for tool in bash shfmt python3 awk xargs; do
  command -v "$tool" >/dev/null || { echo "corpus-agreement: $tool is required" >&2; exit 2; }
done
for corpus; do
  [[ -f $corpus ]] || { echo "corpus-agreement: no such corpus file: $corpus" >&2; exit 2; }
done

if [[ -n ${VIGIL_BIN:-} ]]; then
  vigil=$VIGIL_BIN
else
  swift build -c release --product vigil >&2
  vigil=$(swift build -c release --show-bin-path)/vigil
fi

work=$(mktemp -d -t vigil-agree.XXXXXX)
if [[ ${KEEP_WORK:-0} == 1 ]]; then
  echo "work directory: $work" >&2
else
  trap 'rm -rf "$work"' EXIT
fi
bash_ref=$root/../shared/bench/peers/bash_ref.sh

status=0
for corpus in "$@"; do
  tag=$(basename "$corpus"); tag=${tag%.*}
  d=$work/$tag
  mkdir -p "$d/lines"

  # 1. Vigil: one JSON request per line, invalid UTF-8 replaced by a placeholder.
  python3 - "$corpus" "$d/requests.jsonl" "$d/invalid-utf8.txt" <<'PY'
import json, sys
corpus, out, invalid = sys.argv[1:4]
data = open(corpus, "rb").read()
lines = data.split(b"\n")
if lines and lines[-1] == b"":
    lines.pop()
with open(out, "w", encoding="ascii") as o, open(invalid, "w") as bad:
    for n, raw in enumerate(lines, 1):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            bad.write("%d\n" % n)
            o.write('{"invalid_utf8": %d}\n' % n)
            continue
        o.write(json.dumps({"command": text}) + "\n")
PY
  "$vigil" parse --jsonl < "$d/requests.jsonl" > "$d/vigil.jsonl"

  # 2. GNU bash: the peers' reference script (one `bash -O extglob -n` per line).
  bash "$bash_ref" "$corpus" "$d/bash.fails" > "$d/bash.summary"

  # 3. mvdan/sh: one file per line, many files per shfmt process; shfmt reports
  #    each file's parse error as `FILE:LINE:COL: message` on standard error.
  awk -v d="$d/lines" '{f=sprintf("%s/l%06d.sh",d,NR); print > f; close(f)}' "$corpus"
  ( cd "$d/lines" && ls | xargs -P "$(nproc)" -n 500 sh -c 'shfmt -ln bash "$@" >/dev/null 2>>"../shfmt.$$.err" || true' _ )
  cat "$d"/shfmt.*.err 2>/dev/null > "$d/shfmt.err" || true

  python3 - "$corpus" "$d" <<'PY' || status=1
import json, re, sys
corpus, d = sys.argv[1:3]
tag = corpus.rsplit("/", 1)[-1].rsplit(".", 1)[0]
raw = open(corpus, "rb").read().split(b"\n")
if raw and raw[-1] == b"":
    raw.pop()
lines = [l.decode("utf-8", "replace") for l in raw]
n = len(lines)
invalid = {int(x) for x in open(d + "/invalid-utf8.txt")}

ours = {}
for i, l in enumerate(open(d + "/vigil.jsonl", encoding="utf-8"), 1):
    r = json.loads(l)
    if i not in invalid:
        ours[i] = None if r["ok"] else r["error"]
if len(ours) + len(invalid) != n:
    sys.exit("vigil answered %d lines for %d" % (len(ours) + len(invalid), n))

bash = {}
for l in open(d + "/bash.fails", encoding="utf-8", errors="replace"):
    k, _, msg = l.rstrip("\n").partition("\t")
    bash[int(k)] = msg

mvdan = {}
pat = re.compile(r"^l(\d{6})\.sh:(.*)$")
for l in open(d + "/shfmt.err", encoding="utf-8", errors="replace"):
    m = pat.match(l.rstrip("\n"))
    if m:
        mvdan.setdefault(int(m.group(1)), m.group(2))

def ourmsg(e):
    return "%d:%d%s %s" % (e["line"], e["column"], " [incomplete]" if e["incomplete"] else "", e["message"])

compared = [i for i in range(1, n + 1) if i not in invalid]
we_reject = [i for i in compared if ours[i] is not None]
mvdan_ok_we_reject = [i for i in we_reject if i not in mvdan]
bash_rej_we_accept = [i for i in compared if ours[i] is None and i in bash]
we_reject_bash_ok = [i for i in we_reject if i not in bash and i in mvdan]
we_accept_mvdan_rej = [i for i in compared if ours[i] is None and i in mvdan and i not in bash]

print("corpus=%s lines=%d compared=%d invalid_utf8=%d" % (tag, n, len(compared), len(invalid)))
print("  vigil parse:         accepts=%d rejects=%d" % (len(compared) - len(we_reject), len(we_reject)))
print("  mvdan (shfmt -ln bash): accepts=%d rejects=%d" % (n - len(mvdan), len(mvdan)))
print("  bash -O extglob -n:  accepts=%d rejects=%d" % (n - len(bash), len(bash)))
print("  mvdan-accepts-we-reject=%d (must be 0)" % len(mvdan_ok_we_reject))
print("  bash-rejects-we-accept=%d (must be 0)" % len(bash_rej_we_accept))
print("  we-reject-bash-accepts=%d (mvdan rejects them too)" % len(we_reject_bash_ok))
print("  we-accept-mvdan-rejects=%d (bash accepts them too)" % len(we_accept_mvdan_rej))
if invalid:
    print("  invalid UTF-8 lines not sent through JSON: %s" % ", ".join("L%d" % i for i in sorted(invalid)))

import subprocess

def bash_says(i):
    """bash's verdict; for a line it accepts, also what it printed (warnings,
    and `[[ ]]` errors that leave -n's exit status 0)."""
    if i in bash:
        return bash[i]
    r = subprocess.run(["bash", "-O", "extglob", "-n", "%s/lines/l%06d.sh" % (d, i)], capture_output=True)
    err = r.stderr.decode("utf-8", "replace").strip().split("\n")[0]
    err = re.sub(r"^\S*l\d{6}\.sh: ", "", err)
    return "accepts (exit 0)" + ("; prints: " + err if err else "")

def show(title, ids):
    if not ids:
        return
    print("\n  -- %s (%d):" % (title, len(ids)))
    for i in ids:
        print("    L%d: %s" % (i, lines[i - 1]))
        print("        vigil: %s" % ("accepts" if ours[i] is None else ourmsg(ours[i])))
        print("        bash:  %s" % bash_says(i))
        print("        mvdan: %s" % mvdan.get(i, "accepts"))

show("mvdan accepts, we reject", mvdan_ok_we_reject)
show("bash rejects, we accept", bash_rej_we_accept)
show("we reject, bash accepts (mvdan rejects)", we_reject_bash_ok)
show("we accept, mvdan rejects (bash accepts)", we_accept_mvdan_rej)
print()
sys.exit(1 if mvdan_ok_we_reject or bash_rej_we_accept else 0)
PY
done
exit $status
