#!/usr/bin/env bash
# Scale-out (issue 20): two instances of the release build on one PostgreSQL, behind nginx.
#   1. Coherence (bench/lib/coherence.py): a dossier's stage changed through instance A, seen by
#      B's public lookup; a procedure renamed through A, found by B's catalogue search; each
#      delay printed against the stated one.
#   2. A mixed load on both instances at once (bench/lib/mixed_load.py): lookups, searches, staff
#      pages, feedback, and desk officers receiving dossiers on A and on B. Then, from the
#      database: every acknowledged receipt stored, dossier codes unique and gap-free per agency
#      and day, feedback codes unique and gap-free per day, and no 5xx under the load.
#   3. Throughput of one instance vs two behind the same nginx: wrk on the public lookup by code,
#      nginx with upstream {A} then {A, B}, in alternating rounds, printed side by side.
#
# Usage: bench/scale-out.sh [load-seconds=120] [wrk-seconds=20]
# env:   BENCH_BIN=path   use this minhbach binary instead of building .build/release/minhbach
#        BENCH_ROUNDS=2   rounds of the one/two comparison;  BENCH_STRICT=1  exit 1 on a FAIL
# Needs PostgreSQL's server binaries (initdb, pg_ctl), nginx, wrk and python3 with requests; as
# root it installs the missing ones with apt-get. A throwaway cluster in a temp folder; everything
# on 127.0.0.1; the EXIT trap stops all it started and deletes the folder.
#
# On this machine's two cores the two instances, PostgreSQL, nginx and the load generator share
# the same CPUs, so two instances cannot be faster than one here: the comparison shows what the
# second instance costs (coordination through the database) rather than what it adds on a
# second machine.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib/bench.sh
source bench/lib/bench.sh
PYTHON=python3
# shellcheck source=scripts/lib/services.sh
source scripts/lib/services.sh
load_seconds=${1:-120}
seconds=${2:-20}
rounds=${BENCH_ROUNDS:-2}
workers=$(nproc)

work=$(mktemp -d "${TMPDIR:-/tmp}/minhbach-scale.XXXXXX")
chmod 711 "$work"
server_a="" server_b=""
cleanup() {
  stop_pid "$server_a"
  stop_pid "$server_b"
  nginx_stop
  postgres_stop
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

need_packages wrk wrk
need_packages nginx "$(nginx_package)"
pg_bin >/dev/null || need_packages psql postgresql
python3 -c 'import requests' 2>/dev/null || { echo "python3 with requests is needed: pip install requests"; exit 1; }
release_binary "$work" || exit 1
bin=$BIN

postgres_start || exit 1
"$PG_BIN/psql" -q "postgres://postgres@127.0.0.1:$PG_PORT/postgres" -c "CREATE DATABASE scaleout"
export DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/scaleout"
export LOG_LEVEL=error MINHBACH_TRUST_PROXY=1 MINHBACH_UPLOADS=$work/uploads
psql_at() { "$PG_BIN/psql" "$DATABASE_URL" -At -F ' ' -c "$1"; }

echo "== demo data and 20,000 generated dossiers on PostgreSQL"
timeout 900 "$bin" demo --no-serve >"$work/demo.log" 2>&1 || { tail -n 20 "$work/demo.log"; exit 1; }
timeout 1800 "$bin" demo-data dossiers --count 20000 --seed 11 --codes-out "$work/codes" >>"$work/demo.log" 2>&1 ||
  { tail -n 20 "$work/demo.log"; exit 1; }

port_a=$(bench_free_port)
HOST=127.0.0.1 PORT=$port_a "$bin" serve </dev/null >"$work/a.log" 2>&1 &
server_a=$!
port_b=$(bench_free_port)
HOST=127.0.0.1 PORT=$port_b "$bin" serve </dev/null >"$work/b.log" 2>&1 &
server_b=$!
a=http://127.0.0.1:$port_a
b=http://127.0.0.1:$port_b
wait_http "$a/healthz/live" "$server_a" 120 || { echo "instance A did not start:"; cat "$work/a.log"; exit 1; }
wait_http "$b/healthz/live" "$server_b" 120 || { echo "instance B did not start:"; cat "$work/b.log"; exit 1; }

failed=0
echo
echo "== 1. coherence across the instances"
python3 bench/lib/coherence.py "$a" "$b" || failed=1

echo
echo "== 2. mixed load for ${load_seconds}s on both instances, desk receptions on each"
python3 bench/lib/mixed_load.py --base "$a" --base "$b" --seconds "$load_seconds" --warmup 10 --codes "$work/codes" \
  --readers 8 --feedback-per-second 2 --desks 2 --pid "$server_a" --pid "$server_b" --json "$work/load.json"
python3 - "$work/load.json" >"$work/acknowledged" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
for code in r["feedback_acknowledged"]:
    print("feedback", code)
for entry in r["dossiers_acknowledged"]:
    print("dossier", entry.split()[1])
PY
received_a=$(python3 -c 'import json,sys; print(sum(1 for e in json.load(open(sys.argv[1]))["dossiers_acknowledged"] if e.startswith(sys.argv[2] + " ")))' "$work/load.json" "$a")
received_b=$(python3 -c 'import json,sys; print(sum(1 for e in json.load(open(sys.argv[1]))["dossiers_acknowledged"] if e.startswith(sys.argv[2] + " ")))' "$work/load.json" "$b")
errors=$(python3 -c 'import json,sys; print(sum(x["errors"] for x in json.load(open(sys.argv[1]))["routes"]))' "$work/load.json")
psql_at "SELECT 'dossier', lower(id) FROM dossiers UNION ALL SELECT 'feedback', code FROM feedback_cases" | sort >"$work/stored"
missing=$(sort "$work/acknowledged" | comm -23 - "$work/stored" | wc -l)
dossier_gaps=$(psql_at "SELECT count(*) FROM (SELECT agency_code, code_day FROM dossiers GROUP BY agency_code, code_day
  HAVING count(*) <> max(sequence) OR count(DISTINCT sequence) <> count(*) OR min(sequence) <> 1) g")
feedback_gaps=$(psql_at "SELECT count(*) FROM (SELECT code_day FROM feedback_cases GROUP BY code_day
  HAVING count(*) <> max(sequence) OR count(DISTINCT sequence) <> count(*) OR min(sequence) <> 1) g")
duplicates=$(psql_at "SELECT (SELECT count(*) - count(DISTINCT code) FROM dossiers) + (SELECT count(*) - count(DISTINCT code) FROM feedback_cases)")
verdict() { [ "$1" -eq 0 ] && echo PASS || { failed=1; echo FAIL; }; }
echo "receptions acknowledged: $received_a on A, $received_b on B; feedback acknowledged: $(grep -c '^feedback' "$work/acknowledged" || true)"
printf '%-60s %s\n' "acknowledged but not stored: $missing" "$(verdict "$missing")"
printf '%-60s %s\n' "duplicate codes: $duplicates" "$(verdict "$duplicates")"
printf '%-60s %s\n' "dossier (agency, day) sequences with a gap: $dossier_gaps" "$(verdict "$dossier_gaps")"
printf '%-60s %s\n' "feedback day sequences with a gap: $feedback_gaps" "$(verdict "$feedback_gaps")"
printf '%-60s %s\n' "errors under load (5xx, no answer): $errors" "$(verdict "$errors")"
[ "$received_a" -gt 0 ] && [ "$received_b" -gt 0 ] || { echo "FAIL: no reception on one of the instances"; failed=1; }

echo
echo "== 3. throughput: one instance vs two behind nginx ($workers worker(s)), wrk -t2 -c64 -d${seconds}s on the lookup by code"
awk 'NF { print "/api/v1/dossiers/lookup?code=" $1 }' "$work/codes" >"$work/code.paths"
lua=bench/lib/wrk-paths.lua
declare -a one_rps two_rps one_p99 two_p99
for round in $(seq 1 "$rounds"); do
  for setup in one two; do
    nginx_port=$(bench_free_port)
    if [ "$setup" = one ]; then
      nginx_proxy_start "$work/nginx-$setup-$round" "$nginx_port" "$workers" "127.0.0.1:$port_a"
    else
      nginx_proxy_start "$work/nginx-$setup-$round" "$nginx_port" "$workers" "127.0.0.1:$port_a" "127.0.0.1:$port_b"
    fi
    timeout 70 wrk -t2 -c64 -d3s -s "$lua" "http://127.0.0.1:$nginx_port/" -- "$work/code.paths" >/dev/null
    out=$work/wrk.$setup.$round
    timeout $((seconds + 60)) wrk -t2 -c64 -d"${seconds}s" --latency -s "$lua" "http://127.0.0.1:$nginx_port/" -- "$work/code.paths" >"$out"
    nginx_stop
    bad=$(wrk_bad "$out")
    [ "$bad" -eq 0 ] || { echo "FAIL: $bad bad answers through nginx ($setup, round $round)"; failed=1; }
    if [ "$setup" = one ]; then
      one_rps+=("$(wrk_rps "$out")") one_p99+=("$(wrk_p99_ms "$out")")
    else
      two_rps+=("$(wrk_rps "$out")") two_p99+=("$(wrk_p99_ms "$out")")
    fi
  done
done
printf '%-28s %12s %10s   %s\n' setup "req/s" "p99 ms" "each round: req/s | p99 ms"
printf '%-28s %12.1f %10.2f   %s| %s\n' "nginx -> A" "$(median "${one_rps[@]}")" "$(median "${one_p99[@]}")" \
  "$(printf '%.0f ' "${one_rps[@]}")" "$(printf '%.2f ' "${one_p99[@]}")"
printf '%-28s %12.1f %10.2f   %s| %s\n' "nginx -> A, B" "$(median "${two_rps[@]}")" "$(median "${two_p99[@]}")" \
  "$(printf '%.0f ' "${two_rps[@]}")" "$(printf '%.2f ' "${two_p99[@]}")"
echo "two / one: $(ratio "$(median "${two_rps[@]}")" "$(median "${one_rps[@]}")")×"

echo
if [ "$failed" -eq 0 ]; then echo "== scale-out: PASS"; else echo "== scale-out: FAIL"; fi
[ "$failed" -eq 0 ] || [ "${BENCH_STRICT:-0}" != 1 ] || exit 1
