#!/bin/bash
# The GTD corpus under ../shared is for measuring the extractor only:
# no source file, table, comment or unit-test row may carry its wording.
# A run of ten words shared with any summary flags the line.  The
# hand-written sets under tests/data/extract are written apart from the
# corpus and are left out (plain news phrases such as "were killed and two
# others were wounded when" recur there by nature).
. "$top_srcdir/tests/lib.sh"

GTD="$SHARED_DIR/corpus/gtd/incidents-dev.jsonl"
[ -r "$GTD" ] || skip_all "GTD dev corpus not found under $SHARED_DIR"

"$PYTHON3" - "$GTD" "$top_srcdir" >"$TMPD/hits" <<'PY'
import json, os, re, sys

RUN = 10
gtd, top = sys.argv[1], sys.argv[2]
words = lambda s: re.findall(r"[a-z0-9]+", s.lower())
runs = set()
for line in open(gtd, encoding="utf-8"):
    w = words(json.loads(line).get("summary") or "")
    runs.update(" ".join(w[i:i + RUN]) for i in range(len(w) - RUN + 1))
for d in ("common", "feeds", "extract", "config", "rules", "alert",
          "daemon", "cli", "data", "tests/unit", "tests/e2e", "fuzz",
          "bench", "tools", "doc"):
    for root, dirs, files in os.walk(os.path.join(top, d)):
        if "corpus" in root.split(os.sep):
            continue
        for name in files:
            if not name.endswith((".c", ".h", ".sh", ".tsv", ".md", ".py",
                                  ".json", ".txt")) or \
                    name.endswith("_data.c"):
                continue
            path = os.path.join(root, name)
            for n, line in enumerate(open(path, encoding="utf-8",
                                          errors="replace"), 1):
                w = words(line)
                if any(" ".join(w[i:i + RUN]) in runs
                       for i in range(len(w) - RUN + 1)):
                    print("%s:%d: %s" % (os.path.relpath(path, top), n,
                                         line.strip()[:120]))
PY
ok $? "the scan runs"
[ -s "$TMPD/hits" ] && sed 's/^/# /' "$TMPD/hits"
is "$(wc -l <"$TMPD/hits")" 0 "no line shares a ten-word run with the GTD corpus"

done_testing
