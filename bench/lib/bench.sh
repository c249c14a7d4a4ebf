# shellcheck shell=bash
# Helpers for the HTTP and report benchmarks (sourced by bench/dossier-lookup.sh and
# bench/dossier-report.sh; bench/lib/selftest.sh checks them without the Swift binary):
# parsing wrk's output, medians, a private loopback nginx, waiting for a URL.

export LC_NUMERIC=C # decimal points for printf, awk and sort -g whatever the locale

# --- figures -------------------------------------------------------------------------------------

to_ms() { # "635.91us" | "1.20ms" | "2.00s" | "1.50m" | "12.3 ms" -> milliseconds, 3 decimals
  awk -v t="$1" 'BEGIN {
    gsub(/[ \t]/, "", t)
    if (!match(t, /^[0-9]+(\.[0-9]+)?/)) { print "?"; exit 1 }
    n = substr(t, 1, RLENGTH); u = substr(t, RLENGTH + 1)
    if (u == "us" || u == "µs") f = 0.001
    else if (u == "ms") f = 1
    else if (u == "s") f = 1000
    else if (u == "m") f = 60000
    else if (u == "h") f = 3600000
    else if (u == "ns") f = 0.000001
    else { print "?"; exit 1 }
    printf "%.3f\n", n * f
  }'
}

wrk_rps() { # wrk output file -> requests per second ("Requests/sec: 112198.84")
  awk '/^Requests\/sec:/ { print $2; found = 1 } END { if (!found) exit 1 }' "$1"
}

wrk_p99_ms() { # wrk --latency output file -> the 99th percentile in ms (from "     99%    5.00ms")
  local raw
  raw=$(awk '/Latency Distribution/ { d = 1; next } d && $1 == "99%" { print $2; exit }' "$1")
  [ -n "$raw" ] || return 1
  to_ms "$raw"
}

wrk_requests() { # wrk output file -> the number of requests completed ("1122120 requests in 10.00s")
  awk '$2 == "requests" && $3 == "in" { print $1; exit }' "$1"
}

wrk_bad() { # wrk output file -> socket errors + non-2xx/3xx responses (0 when wrk printed none)
  awk '
    /Socket errors:/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) { sub(",", "", $i); n += $i } }
    /Non-2xx or 3xx responses:/ { n += $NF }
    END { print n + 0 }' "$1"
}

median() { # numbers (arguments) -> their median
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) exit 1
    if (NR % 2) printf "%.2f\n", v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f\n", a / b; else print "0" }'; }
at_least() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a >= b) }' && echo PASS || echo FAIL; }
below() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }' && echo PASS || echo FAIL; }

# --- processes and ports ------------------------------------------------------------------------

bench_free_port() { # -> a TCP port on 127.0.0.1 that nobody listens on now
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

wait_http() { # url pid seconds -> 0 once the URL answers 2xx; 1 if pid died or time ran out
  local url=$1 pid=$2 deadline=$((SECONDS + $3))
  until curl -sf -o /dev/null --max-time 2 "$url"; do
    kill -0 "$pid" 2>/dev/null || return 1
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.2
  done
}

stop_pid() { # pid -> TERM, wait up to 10 s, then KILL; only the process we started
  local pid=$1 _
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

need_packages() { # command package... -> installs with apt-get when the command is missing (root)
  local cmd=$1
  shift
  command -v "$cmd" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "$cmd is missing and I cannot install it (not root, or no apt-get): apt-get install -y $*" >&2
    return 1
  fi
  echo "installing $* with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null ||
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; }
}

nginx_package() { # -> nginx-light where the distribution still has that flavour (Debian ≤ 12), else nginx
  local candidate
  candidate=$(apt-cache policy nginx-light 2>/dev/null | awk '/Candidate:/ { print $2 }')
  if [ -n "$candidate" ] && [ "$candidate" != "(none)" ]; then echo nginx-light; else echo nginx; fi
}

release_binary() { # work-dir -> BIN: $BENCH_BIN (made absolute), or this tree's release build,
  # built now (its log in work-dir/build.log; an hour at most)
  if [ -n "${BENCH_BIN:-}" ]; then
    BIN=$(cd "$(dirname "$BENCH_BIN")" && pwd)/$(basename "$BENCH_BIN")
    return 0
  fi
  echo "== building the release server"
  timeout 3600 swift build -c release --product minhbach >"$1/build.log" 2>&1 ||
    { tail -n 40 "$1/build.log"; return 1; }
  BIN=$(pwd)/.build/release/minhbach
}

# --- nginx ---------------------------------------------------------------------------------------

NGINX_PID=""

nginx_start() { # dir port file workers -> NGINX_PID; nginx on 127.0.0.1:port serving file as /<its name>
  local dir=$1 port=$2 file=$3 workers=$4
  mkdir -p "$dir/www"
  cp "$file" "$dir/www/"
  nginx_user "$dir" || return 1
  if [ "$(id -u)" -eq 0 ]; then
    # The workers only need to read the file: let them through the folders.
    chmod 755 "$dir" "$dir/www"
    chmod 644 "$dir/www/"*
    if ! runuser -u "$NGINX_USER" -- test -r "$dir/www/$(basename "$file")" 2>/dev/null; then
      echo "nginx's workers ($NGINX_USER) cannot reach $dir/www: put the work folder under /tmp (TMPDIR)" >&2
      return 1
    fi
  fi
  nginx_run "$dir" "$port" "$workers" "root $dir/www;" "/$(basename "$file")"
}

nginx_proxy_start() { # dir port workers upstream... -> NGINX_PID; nginx on 127.0.0.1:port passing
  # every request to the upstreams (host:port) in turn, over kept-alive connections, with the
  # client's address in X-Forwarded-For (the app trusts it with MINHBACH_TRUST_PROXY=1).
  local dir=$1 port=$2 workers=$3 servers="" upstream
  shift 3
  for upstream in "$@"; do servers="$servers server $upstream;"; done
  nginx_user "$dir" || return 1
  nginx_run "$dir" "$port" "$workers" "location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection \"\";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_buffering off;
    }" /healthz/live "upstream app {$servers keepalive 64; }"
}

NGINX_USER=""
nginx_user() { # dir -> NGINX_USER and the config's user line when we are root (workers drop to it)
  # www-data is the package's user; nginx's built-in default group "nobody" does not exist on Debian.
  NGINX_USER=""
  [ "$(id -u)" -eq 0 ] || return 0
  NGINX_USER=www-data
  id www-data >/dev/null 2>&1 || NGINX_USER=nobody
}

nginx_run() { # dir port workers server-body probe-path [http-extra] -> NGINX_PID
  # Everything private to dir: config, pid, error log, temp paths; no access log. Started in the
  # foreground (daemon off) in the background of this shell, so the master's pid is ours to stop.
  local dir=$1 port=$2 workers=$3 body=$4 probe=$5 extra=${6:-} user_line=""
  mkdir -p "$dir/tmp"
  if [ -n "$NGINX_USER" ]; then
    user_line="user $NGINX_USER;"
    [ "$NGINX_USER" != nobody ] || user_line="user nobody nogroup;"
  fi
  cat >"$dir/nginx.conf" <<CONF
$user_line
worker_processes $workers;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/json;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_timeout 65;
  keepalive_requests 1000000;  # like the Swift server, never close a kept-alive connection mid-run
  client_body_temp_path $dir/tmp/body;
  proxy_temp_path $dir/tmp/proxy;
  fastcgi_temp_path $dir/tmp/fastcgi;
  uwsgi_temp_path $dir/tmp/uwsgi;
  scgi_temp_path $dir/tmp/scgi;
  $extra
  server {
    listen 127.0.0.1:$port;
    server_name _;
    $body
  }
}
CONF
  # -e: the error log before the config is read (the compiled-in one may not be writable).
  nginx -t -q -e "$dir/error.log" -p "$dir" -c "$dir/nginx.conf" || { cat "$dir/error.log" >&2; return 1; }
  nginx -e "$dir/error.log" -p "$dir" -c "$dir/nginx.conf" </dev/null >"$dir/nginx.out" 2>&1 &
  NGINX_PID=$!
  if ! wait_http "http://127.0.0.1:$port$probe" "$NGINX_PID" 20; then
    echo "nginx did not answer $probe; its output and error log:" >&2
    cat "$dir/nginx.out" "$dir/error.log" >&2
    return 1
  fi
}

nginx_stop() { # the master shuts its workers down on TERM
  stop_pid "$NGINX_PID"
  NGINX_PID=""
}
