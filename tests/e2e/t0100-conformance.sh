#!/bin/bash
# The feedparser conformance corpus through `feedwatch parse`: every file
# parsed (each under a timeout), every Expect line checked where our output
# has an equivalent; one TAP test per folder against the floor in
# tests/conformance-floors.tsv, so a regression fails.  See
# tests/conformance.py for how Expect forms are translated and counted.
. "$top_srcdir/tests/lib.sh"

corpus=$SHARED_DIR/corpus/feedparser
[ -f "$corpus/INDEX.tsv" ] || skip_all "no feedparser corpus at $corpus"
[ -x "$FEEDWATCH" ] || skip_all "feedwatch not built"
[ "$PYTHON3" != no ] && command -v "$PYTHON3" >/dev/null ||
	skip_all "python3 not found"

# Under the sanitizers every process is several times slower.
timeout=${FW_CONFORMANCE_TIMEOUT:-20}
exec "$PYTHON3" "$top_srcdir/tests/conformance.py" --tap \
	--feedwatch "$FEEDWATCH" --corpus "$corpus" --timeout "$timeout" \
	--floors "$top_srcdir/tests/conformance-floors.tsv"
