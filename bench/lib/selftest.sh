#!/usr/bin/env bash
# Checks the benchmark plumbing without the Swift binary: the parsing of wrk's output (samples
# below and live runs), the private nginx of bench/dossier-lookup.sh, and the throwaway PostgreSQL
# cluster of bench/dossier-report.sh. Needs nginx, wrk and PostgreSQL installed; root as for those.
# Usage: bench/lib/selftest.sh      (prints "selftest: N passed, N failed"; exit 1 on a failure)
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=bench/lib/bench.sh
source bench/lib/bench.sh
PYTHON=${PYTHON:-python3}
# shellcheck source=scripts/lib/services.sh
source scripts/lib/services.sh
work=$(mktemp -d "${TMPDIR:-/tmp}/minhbach-selftest.XXXXXX")
chmod 711 "$work"
cleanup() { nginx_stop; postgres_stop; rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

passed=0
failed=0
check() { # name expected actual
  if [ "$2" = "$3" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $1: expected '$2', got '$3'"
  fi
}

echo "== parsing"
check "to_ms us" 0.636 "$(to_ms 635.91us)"
check "to_ms ms" 5.000 "$(to_ms 5.00ms)"
check "to_ms s with a trailing space" 1420.000 "$(to_ms '1.42s ')"
check "to_ms m" 90000.000 "$(to_ms 1.50m)"
check "to_ms unknown unit" "?" "$(to_ms 3.0parsecs || true)"
check "median odd" 162.9 "$(median 162.9 276.1 106.2 351.6 152.9)"
check "median even" 2.5 "$(median 4 1 2 3)"
check "ratio" 0.400 "$(ratio 4000 10000)"
check "at_least edge" PASS "$(at_least 0.400 0.4)"
check "at_least below" FAIL "$(at_least 0.399 0.4)"
check "below" PASS "$(below 9.99 10)"
check "below edge" FAIL "$(below 10.000 10)"

cat >"$work/sample-ok" <<'WRK'
Running 20s test @ http://127.0.0.1:41234/
  2 threads and 64 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   635.91us    0.89ms  12.92ms   93.69%
    Req/Sec    56.20k     8.07k   62.00k    86.54%
  Latency Distribution
     50%  250.00us
     75%  491.00us
     90%  700.00us
     99%  890.00us
  1122120 requests in 20.00s, 124.02MB read
Requests/sec:  56105.84
Transfer/sec:      6.20MB
WRK
cat >"$work/sample-bad" <<'WRK'
Running 20s test @ http://127.0.0.1:41234/
  2 threads and 64 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   114.86ms  242.16ms   1.99s    92.21%
    Req/Sec   400.36    266.53   848.00     52.46%
  Latency Distribution
     50%   43.96ms
     75%   44.44ms
     90%  218.38ms
     99%    1.42s 
  2433 requests in 3.09s, 531.01KB read
  Socket errors: connect 0, read 3, write 0, timeout 17
  Non-2xx or 3xx responses: 12
Requests/sec:    787.55
Transfer/sec:    171.89KB
WRK
check "rps" 56105.84 "$(wrk_rps "$work/sample-ok")"
check "p99 us" 0.890 "$(wrk_p99_ms "$work/sample-ok")"
check "requests" 1122120 "$(wrk_requests "$work/sample-ok")"
check "no errors" 0 "$(wrk_bad "$work/sample-ok")"
check "rps small" 787.55 "$(wrk_rps "$work/sample-bad")"
check "p99 s" 1420.000 "$(wrk_p99_ms "$work/sample-bad")"
check "errors" 32 "$(wrk_bad "$work/sample-bad")"
printf 'Running 1s test\n' >"$work/sample-empty"
check "rps missing" fail "$(wrk_rps "$work/sample-empty" || echo fail)"
check "p99 missing" fail "$(wrk_p99_ms "$work/sample-empty" || echo fail)"

echo "== nginx on 127.0.0.1 with a private config"
head -c 312 /dev/urandom | base64 -w 0 | head -c 312 >"$work/lookup.json"
port=$(bench_free_port)
nginx_start "$work/nginx" "$port" "$work/lookup.json" "$(nproc)"
check "nginx serves the file's size" 312 "$(curl -s -o /dev/null -w '%{size_download}' "http://127.0.0.1:$port/lookup.json")"
check "nginx content type" application/json "$(curl -s -o /dev/null -w '%{content_type}' "http://127.0.0.1:$port/lookup.json")"
check "nginx listens on loopback only" "127.0.0.1:$port" "$(ss -Hltn "sport = :$port" | awk '{ print $4 }' | sort -u)"
check "nginx workers" "$(nproc)" "$(pgrep -c -P "$NGINX_PID")"
check "no access log" "" "$(find "$work/nginx" -name 'access*')"
echo /lookup.json >"$work/one.paths"
echo /missing.json >"$work/missing.paths"
wrk -t2 -c64 -d2s --latency -s bench/lib/wrk-paths.lua "http://127.0.0.1:$port/" -- "$work/one.paths" >"$work/live-ok"
wrk -t2 -c8 -d1s --latency -s bench/lib/wrk-paths.lua "http://127.0.0.1:$port/" -- "$work/missing.paths" >"$work/live-404"
cat "$work/live-ok"
rps=$(wrk_rps "$work/live-ok")
check "live rps is a number > 0" PASS "$(at_least "$rps" 1)"
check "live p99 parsed" PASS "$(below "$(wrk_p99_ms "$work/live-ok")" 100000)"
check "live no errors" 0 "$(wrk_bad "$work/live-ok")"
check "live 404s counted" "$(wrk_requests "$work/live-404")" "$(wrk_bad "$work/live-404")"
master=$NGINX_PID
nginx_stop
check "nginx stopped" gone "$(kill -0 "$master" 2>/dev/null && echo running || echo gone)"
check "nginx port closed" "" "$(ss -Hltn "sport = :$port")"

echo "== PostgreSQL cluster (scripts/lib/services.sh)"
postgres_start
check "postgres answers" 1 "$("$PG_BIN/psql" -X -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c 'SELECT 1')"
"$PG_BIN/psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c 'CREATE DATABASE minhbach_bench'
check "database created" minhbach_bench "$("$PG_BIN/psql" -X -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d minhbach_bench -c 'SELECT current_database()')"
check "postgres on loopback only" "127.0.0.1:$PG_PORT" "$(ss -Hltn "sport = :$PG_PORT" | awk '{ print $4 }' | sort -u)"
dir=$PG_DIR
postgres_stop
check "cluster folder removed" gone "$([ -e "$dir" ] && echo present || echo gone)"
check "postgres port closed" "" "$(ss -Hltn "sport = :$PG_PORT")"

echo "selftest: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
