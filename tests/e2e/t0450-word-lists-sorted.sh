#!/bin/bash
# tok_in_sorted() and the place reader's tok_in_search() search their
# word lists by bisection (and token.h screens words by the list's first
# bytes and lengths): a list out of strcmp() order, or with a capital,
# silently loses words.  Every list that extract/*.c passes to either, or
# to a helper that hands it on (frame.c's wordset_init(), place.c's
# noun_after()), is read from the source and must be sorted, lowercase and
# without duplicates; a helper's own parameter is checked at its callers,
# and any other list that cannot be found fails, so none goes unchecked.
. "$top_srcdir/tests/lib.sh"

"$PYTHON3" - "$top_srcdir/extract" >"$TMPD/out" <<'PY'
import glob, os, re, sys

# The searches, and the helpers that hand a list on to one: function and
# the index of its list argument.
SEARCHES = {"tok_in_sorted": 2, "tok_in_search": 2, "wordset_init": 1,
            "noun_after": 2}
calls = re.compile(r"\b(%s)\s*\(" % "|".join(SEARCHES))
array = re.compile(r"const\s+char\s*\*\s*const\s+(\w+)\s*\[\s*\w*\s*\]"
                   r"\s*=\s*\{(.*?)\};", re.S)


def split_args(args):
    parts, depth, cur = [], 0, ""
    for ch in args:
        if ch == "," and depth == 0:
            parts.append(cur.strip())
            cur = ""
            continue
        depth += {"(": 1, ")": -1}.get(ch, 0)
        cur += ch
    return parts + [cur.strip()]


nlists = 0
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.[ch]"))):
    # comments out, lines kept, so that line numbers hold
    src = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"),
                 open(path, encoding="utf-8").read(), flags=re.S)
    lists = {m.group(1): re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(2))
             for m in array.finditer(src)}
    for m in calls.finditer(src):
        depth, i = 1, m.end()
        while depth and i < len(src):
            depth += {"(": 1, ")": -1}.get(src[i], 0)
            i += 1
        args = split_args(src[m.end():i - 1])
        if any("const char *const *" in a for a in args):
            continue                    # a definition or a prototype
        line = src.count("\n", 0, m.start()) + 1
        where = "%s:%d" % (os.path.basename(path), line)
        arg = args[SEARCHES[m.group(1)]]
        if arg in lists:
            names = [arg]
        else:
            # a variable set from lists: "units = running ? a : b"
            set_from = re.search(r"\b%s\s*=\s*([^;]*);" % re.escape(arg),
                                 src)
            names = [w for w in re.findall(r"\w+", set_from.group(1))
                     if w in lists] if set_from else []
            if not names:
                # a helper's own parameter: its callers are checked
                if re.search(r"\bconst char \*const \*%s\b" %
                             re.escape(arg.split("->")[-1]), src) or \
                        "->" in arg:
                    continue
                print("not ok %s: list not found: %r" % (where, arg))
                continue
        for name in names:
            words = lists[name]
            nlists += 1
            keys = [w.encode("utf-8") for w in words]
            if keys != sorted(keys):
                bad = [a for a, b in zip(words, words[1:])
                       if a.encode() > b.encode()]
                print("not ok %s: %s out of order at %s" % (where, name,
                                                          bad[:3]))
            if len(set(words)) != len(words):
                print("not ok %s: %s has duplicates" % (where, name))
            if any(w != w.lower() for w in words):
                print("not ok %s: %s has capitals" % (where, name))
print("checked %d lists" % nlists)
PY
ok $? "the scan runs"
grep '^not ok' "$TMPD/out" | sed 's/^/# /'
n=$(sed -n 's/^checked \([0-9]*\) lists$/\1/p' "$TMPD/out")
"$PYTHON3" -c "import sys; sys.exit(not int('${n:-0}') >= 200)"
ok $? "the calls of tok_in_sorted() and tok_in_search() are found (${n:-0})"
is "$(grep -c "^not ok" "$TMPD/out")" 0 "every list they search is sorted, lowercase, without duplicates"

done_testing
