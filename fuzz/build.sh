#!/bin/sh
# Build every fuzz/fuzz_*.c as a libFuzzer binary with ASan and UBSan.
#
# usage: fuzz/build.sh OUT_DIR [CONFIG_DIR]
#
# Each target names the project sources it needs in a comment line,
# resolved against the project root (shell globs allowed):
#     /* fuzz-sources: feeds/date.c common/*.c */
# and, when it needs more than the usual system libraries, pkg-config
# module names or raw linker arguments:
#     /* fuzz-libs: libxml-2.0 -lev */
# Sources are compiled directly with the fuzzing flags rather than taken
# from the libfw*.a of a normal build, so coverage instrumentation reaches
# the code under test.  CONFIG_DIR holds the configured config.h (make fuzz
# passes the build tree); without it an empty config.h is used, enough for
# the pure modules.  CC defaults to clang; FUZZ_CFLAGS adds flags.
#
# A target is rebuilt only when its binary is missing or older than its
# source, a source it names, a project header, config.h, this script or
# the flags of the last build; FUZZ_REBUILD=1 rebuilds everything.
set -u

usage() { echo "usage: $0 OUT_DIR [CONFIG_DIR]" >&2; exit 2; }
if [ $# -lt 1 ] || [ $# -gt 2 ]; then usage; fi

root=$(cd "$(dirname "$0")/.." && pwd)
out=$1
cfgdir=${2:-}
cc=${FUZZ_CC:-clang}

if ! command -v "$cc" >/dev/null 2>&1; then
	echo "fuzz/build.sh: $cc not found: install clang (apt-get install clang)" >&2
	exit 1
fi
mkdir -p "$out" || exit 1
out=$(cd "$out" && pwd)
if [ -z "$cfgdir" ] || [ ! -f "$cfgdir/config.h" ]; then
	cfgdir=$out/include
	mkdir -p "$cfgdir"
	[ -f "$cfgdir/config.h" ] || : > "$cfgdir/config.h"
fi

# The system libraries the project uses; those pkg-config does not know
# are left out and a target that needs them fails to link, saying so.
pkgs="libxml-2.0 jansson libcrypto libpcre2-8 sqlite3 libcurl"
sys_cflags='' sys_libs=''
for p in $pkgs; do
	if pkg-config --exists "$p" 2>/dev/null; then
		sys_cflags="$sys_cflags $(pkg-config --cflags "$p")"
		sys_libs="$sys_libs $(pkg-config --libs "$p")"
	fi
done

san="-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined"
cflags="-g -O1 -fno-omit-frame-pointer $san -D_GNU_SOURCE \
	-DFUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION -I$root -I$cfgdir \
	-Wall -Wextra -Wno-unused-parameter $sys_cflags ${FUZZ_CFLAGS:-}"

# The value of a "/* KEY: ... */" comment line in file $2.
directive() {
	sed -n "s|^[[:space:]]*/\*[[:space:]]*$1:[[:space:]]*\(.*[^[:space:]]\)[[:space:]]*\*/.*|\1|p" "$2" |
	    tr '\n' ' '
}

# Headers any target may include, for the up-to-date check.
hdr_dirs=
for d in common feeds config rules extract alert daemon cli; do
	[ -d "$root/$d" ] && hdr_dirs="$hdr_dirs $root/$d"
done

# True when $1 (a binary) is at least as new as every file in $2..
# and was built with the flags in $1.flags.
up_to_date() {
	bin=$1; shift
	[ "${FUZZ_REBUILD:-0}" = 1 ] && return 1
	[ -x "$bin" ] && [ -f "$bin.flags" ] || return 1
	[ "$(cat "$bin.flags")" = "$cc $cflags" ] || return 1
	for f in "$@"; do
		[ "$f" -nt "$bin" ] && return 1
	done
	# shellcheck disable=SC2086
	[ -z "$(find $hdr_dirs -name '*.h' -newer "$bin" 2>/dev/null | head -n 1)" ]
}

built=0 failed=0 kept=0
for src in "$root"/fuzz/fuzz_*.c; do
	[ -f "$src" ] || continue
	name=$(basename "$src" .c)
	# Expand the globs relative to the root, as paths from the root.
	files=$(cd "$root" && for pat in $(directive fuzz-sources "$src"); do
		for f in $pat; do
			[ -f "$f" ] && printf '%s ' "$root/$f" ||
			    echo "fuzz/build.sh: $name: no source $f" >&2
		done
	done)
	extra=
	for l in $(directive fuzz-libs "$src"); do
		case $l in
		-*)	extra="$extra $l" ;;
		*)	if ! pkg-config --exists "$l" 2>/dev/null; then
				echo "fuzz/build.sh: $name: pkg-config knows no $l" >&2
				continue
			fi
			extra="$extra $(pkg-config --cflags --libs "$l")" ;;
		esac
	done
	# shellcheck disable=SC2086
	if up_to_date "$out/$name" "$src" $files "$0" "$cfgdir/config.h"; then
		kept=$((kept + 1))
		continue
	fi
	echo "  FUZZ     $name"
	rm -f "$out/$name.flags"
	# shellcheck disable=SC2086
	if $cc $cflags -o "$out/$name" "$src" $files $sys_libs $extra -lm \
	    2>"$out/$name.build.log"; then
		built=$((built + 1))
		printf '%s\n' "$cc $cflags" >"$out/$name.flags"
	else
		failed=$((failed + 1))
		echo "fuzz/build.sh: $name failed to build:" >&2
		sed 's/^/    /' "$out/$name.build.log" | tail -n 30 >&2
	fi
done
echo "fuzz/build.sh: $built built, $kept up to date, $failed failed, in $out"
[ "$failed" -eq 0 ]
