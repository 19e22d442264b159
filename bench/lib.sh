# shellcheck shell=bash disable=SC2034
# bench/lib.sh: shell shared by bench/compare and bench/soak (sourced).
#
# bench_init NAME        top, out (bench/out/NAME, emptied), PY
# bench_build [DIR]      build: a build directory with feedwatchd and feedwatch
# bench_need CMD...      every CMD (or python3 module "py:MODULE") present,
#                        else the Debian packages to install and exit 2;
#                        BENCH_INSTALL=1 as root installs them instead
# nginx_start ROOT       private nginx serving ROOT on 127.0.0.1:$NGINX_PORT,
#                        access log $NGINX_LOG; stopped by nginx_stop
# bench_machine          date, kernel, CPU model: one Markdown line each
# calc EXPR              floating-point arithmetic (awk)

bench_init() {
	top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
	out=$top/bench/out/$1
	# The system interpreter: python3-feedparser is a Debian package, and
	# a python3 earlier in PATH (pyenv, a venv) would not see it.
	PY=${PYTHON3:-/usr/bin/python3}
	rm -rf "$out"
	mkdir -p "$out"
}

bench_build() {
	local c
	for c in "${1:-}" "${FEEDWATCH_BUILD:-}" "$top/build-bench" "$top/build"; do
		if [ -n "$c" ] && [ -x "$c/feedwatchd" ] && [ -x "$c/feedwatch" ]; then
			build=$(cd "$c" && pwd)
			return 0
		fi
	done
	echo "bench: no build directory with feedwatchd and feedwatch;" \
		"pass one as argument or set FEEDWATCH_BUILD" >&2
	exit 2
}

# Debian package of each command the benches use.
bench_pkg() {
	case $1 in
	sfeed | sfeed_update) echo sfeed ;;
	newsboat) echo newsboat ;;
	nginx) echo nginx ;;
	curl) echo curl ;;
	/usr/bin/time) echo time ;;
	/usr/bin/python3) echo python3 ;;
	py:*) echo "python3-${1#py:}" ;;
	*) echo "$1" ;;
	esac
}

bench_have() {
	case $1 in
	py:*) "$PY" -c "import ${1#py:}" 2>/dev/null ;;
	/*) [ -x "$1" ] ;;
	*) command -v "$1" >/dev/null ;;
	esac
}

bench_need() {
	local c missing=()
	for c in "$@"; do
		bench_have "$c" || missing+=("$(bench_pkg "$c")")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	# Several commands come from one package.
	mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
	if [ "${BENCH_INSTALL:-0}" = 1 ] && [ "$(id -u)" -eq 0 ]; then
		echo "bench: installing ${missing[*]}" >&2
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >&2
		for c in "$@"; do
			bench_have "$c" || { echo "bench: $c still missing" >&2; exit 2; }
		done
		return 0
	fi
	echo "bench: missing Debian packages: ${missing[*]}" >&2
	echo "bench: install them with: apt-get install ${missing[*]}" \
		"(or run as root with BENCH_INSTALL=1)" >&2
	exit 2
}

bench_free_port() {
	"$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# nginx_start ROOT [CONNECTIONS]: one worker, so its CPU stays out of the
# way of what is measured; files get ETag and Last-Modified.  The access
# log records what the benches count: time, status, URI and the
# validators the client sent ("-" when it sent none).
nginx_start() {
	local root=$1 conns=${2:-4096} d=$out/nginx
	mkdir -p "$d/logs" "$d/tmp"
	NGINX_PORT=$(bench_free_port)
	NGINX_LOG=$d/logs/access.log
	cat >"$d/nginx.conf" <<EOF
# Private nginx of a bench run: nginx -p $d -c $d/nginx.conf
worker_processes 1;
worker_rlimit_nofile $((conns * 2 + 64));
pid $d/nginx.pid;
error_log $d/logs/error.log warn;
$([ "$(id -u)" -eq 0 ] && echo "user $(id -un) $(id -gn);")
events { worker_connections $conns; }
http {
	log_format bench '\$msec \$status \$request_uri "\$http_if_none_match" "\$http_if_modified_since" \$body_bytes_sent';
	access_log $NGINX_LOG bench;
	client_body_temp_path $d/tmp/body;
	proxy_temp_path $d/tmp/proxy;
	fastcgi_temp_path $d/tmp/fastcgi;
	uwsgi_temp_path $d/tmp/uwsgi;
	scgi_temp_path $d/tmp/scgi;
	types { application/rss+xml xml; }
	keepalive_requests 1000000;
	server {
		listen 127.0.0.1:$NGINX_PORT backlog=4096;
		root $root;
	}
}
EOF
	nginx -e "$d/logs/error.log" -p "$d" -c "$d/nginx.conf" || {
		echo "bench: nginx did not start; see $d/logs/error.log" >&2
		exit 3
	}
	for _ in $(seq 100); do
		curl -s -o /dev/null "http://127.0.0.1:$NGINX_PORT/" && break
		sleep 0.1
	done
	: >"$NGINX_LOG"
}

nginx_stop() {
	local pidf=$out/nginx/nginx.pid
	[ -f "$pidf" ] && kill "$(cat "$pidf")" 2>/dev/null || true
}

bench_machine() {
	local cpu
	cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)
	printf -- '- date: %s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
	printf -- '- machine: `%s`, %s (%d CPUs), %s MB RAM\n' "$(uname -srm)" \
		"${cpu:-unknown CPU}" "$(nproc)" \
		"$(awk '/^MemTotal/ { printf "%d", $2 / 1024 }' /proc/meminfo)"
	# Other work on the machine skews every figure: say how busy it was.
	printf -- '- load average (1, 5, 15 min) at the end: %s\n' \
		"$(cut -d' ' -f1-3 /proc/loadavg)"
}

# OFMT: the default %.6g would print a time of day as 1.79561e+09.
calc() { awk -v OFMT=%.6f "BEGIN { print $* }"; }
