#!/bin/bash
# The manual against the code: every config key and every rule field the
# parsers know is documented in feedwatch.conf(5), and the configuration
# examples there and in rules.d/README are accepted by --check-config, so
# what a user copies from the manual works; every option that feedwatch's
# and feedwatchd's --help name is in feedwatch(1) and feedwatchd(8).
. "$top_srcdir/tests/lib.sh"

[ -x "$FEEDWATCHD" ] || skip_all "feedwatchd not built"
MAN5=$top_srcdir/man/feedwatch.conf.5

# Keys: the rows of the key tables in config/config.c.
keys=$(grep -o '^	{ "[a-z_]*", K_' "$top_srcdir/config/config.c" |
	sed 's/.*"\(.*\)".*/\1/' | sort -u)
[ -n "$keys" ]
ok $? "found the config key tables"
missing=
for k in $keys; do
	grep -Eq "^\.(It|Cm) .*\<Cm $k\>|^\.It Cm ([a-z_]+ , )*$k\>" "$MAN5" ||
		missing="$missing $k"
done
is "${missing# }" "" "every config key is described in feedwatch.conf(5)"

# Rule fields: the field table of rules/rule.c.
fields=$(sed -n '/^static const struct field fields\[\]/,/^};/p' \
	"$top_srcdir/rules/rule.c" | grep -o '^	{ "[a-z_]*"' |
	sed 's/.*"\(.*\)"/\1/')
[ -n "$fields" ]
ok $? "found the rule field table"
missing=
for f in $fields; do
	grep -Eq "^\.It Li ([a-z_]+ , )*$f( ,| Ta)" "$MAN5" ||
		missing="$missing $f"
done
is "${missing# }" "" "every rule field is described in feedwatch.conf(5)"

# The literal blocks of EXAMPLES that are configuration (not shell), in
# order, make one file.
awk '/^\.Sh EXAMPLES/ { ex = 1; next } /^\.Sh / { ex = 0 }
	ex && /^\.Bd -literal/ { bd = 1; first = 1; next }
	bd && /^\.Ed/ { bd = 0; if (!skip) print ""; skip = 0; next }
	bd { if (first && /^\$/) skip = 1; first = 0
	     if (!skip) { gsub(/\\e/, "\\"); gsub(/\\\(em/, "-"); print } }' \
	"$MAN5" >"$TMPD/examples.conf"
grep -q '^\[rule ' "$TMPD/examples.conf"
ok $? "feedwatch.conf(5) has rule examples"
printf 'whsec_c2VjcmV0\n' >"$TMPD/ops.secret"
sed -i -e "s|/etc/feedwatch/ops.secret|$TMPD/ops.secret|" \
	-e "s|/var/lib/feedwatch/state.db|$TMPD/state.db|" \
	-e "s|/etc/feedwatch/rules.d/|$TMPD/rules.d/|" "$TMPD/examples.conf"
"$FEEDWATCHD" --check-config -c "$TMPD/examples.conf" >"$TMPD/out" 2>&1
rc=$?
ok $rc "the examples of feedwatch.conf(5) pass --check-config"
[ $rc -eq 0 ] || sed 's/^/#   /' "$TMPD/out"

# rules.d/README: its indented [rule] blocks, with the outputs they name.
mkdir -p "$TMPD/readme"
sed -n 's/^    //p' "$top_srcdir/systemd/rules.d/README" |
	awk '/^\[rule / { r = 1 } r && /^(feedwatch|systemctl)/ { r = 0 } r' \
	>"$TMPD/readme/rules.conf"
grep -q '^\[rule ' "$TMPD/readme/rules.conf"
ok $? "rules.d/README has an example rule file"
cat >"$TMPD/readme/feedwatch.conf" <<EOF
[daemon]
state = $TMPD/readme/state.db
[output "ops"]
type = stdout
include = rules.conf
EOF
"$FEEDWATCHD" --check-config -c "$TMPD/readme/feedwatch.conf" >"$TMPD/out" 2>&1
rc=$?
ok $rc "the example of rules.d/README passes --check-config"
[ $rc -eq 0 ] || sed 's/^/#   /' "$TMPD/out"

# Options: each one a usage line names is in the man page, in that
# subcommand's synopsis.
if [ -x "$FEEDWATCH" ]; then
	missing=
	for cmd in extract import-opml parse status test; do
		syn=$(awk -v c="$cmd" '/^\.Sh SYNOPSIS/ { s = 1; next } /^\.Sh / { s = 0 }
			s && /^\.Nm/ { in_c = 0 } s && $0 == ".Cm " c { in_c = 1 }
			in_c' "$top_srcdir/man/feedwatch.1")
		for opt in $("$FEEDWATCH" "$cmd" --help | grep -o -- '\[-[-a-z]*' |
		    tr -d '['); do
			printf '%s\n' "$syn" | grep -q -- "Fl ${opt#-}\>" ||
				missing="$missing $cmd:$opt"
		done
	done
	is "${missing# }" "" "every option of feedwatch CMD --help is in the synopsis of feedwatch(1)"
fi
missing=
for opt in $("$FEEDWATCHD" --help | grep -o -- '--[a-z-]*' | sort -u); do
	grep -q -- "^\.It Fl \(.*Fl \)\{0,1\}${opt#-}\>" "$top_srcdir/man/feedwatchd.8" ||
		missing="$missing $opt"
done
is "${missing# }" "" "every option of feedwatchd --help is described in feedwatchd(8)"

done_testing
