#!/usr/bin/env bash
# Soak (issue 20): a release build on SQLite with the demo data and 20,000 generated dossiers,
# under a mixed load for a long time (bench/lib/mixed_load.py): citizens looking up dossiers by
# the API and the page and searching the catalogue, officers opening their lists, feedback
# submitted at a steady 2 a second, and GET /healthz/live in the same mix as the reference (the
# framework's floor, measured in the same run under the same load). Prints errors, p50/p99 per
# route and the server's resident memory after the warm-up, every minute and at the end.
# Targets: 0 errors (5xx, refused connections, timeouts), no other unexpected answer, resident
# memory growth after warm-up <= 10%.
#
# The warm-up is 5 minutes by default: the lookups draw at random from 10,000 codes, and the
# lookup cache (an entry per code looked up, docs/ARCHITECTURE.md) holds 99% of them only after
# about 46,000 draws (the coupon collector's n·ln n), some 5 minutes at this load. Growth before
# that is the cache filling, as designed; growth after it is what the target is about. The
# growth over the second half of the run is printed too: a leak shows there.
#
# Usage: bench/soak.sh [minutes=10]          (30 for the record)
# env:   BENCH_BIN=path    use this minhbach binary instead of building .build/release/minhbach
#        SOAK_WARMUP=300   seconds of warm-up;  SOAK_READERS=12   concurrent readers
#        SOAK_FEEDBACK=2   feedback submissions a second
#        SOAK_DOSSIERS=20000 generated dossiers;  BENCH_STRICT=1  exit 1 when a target is missed
# Needs python3 with requests (pip install requests). Everything listens on 127.0.0.1; the EXIT
# trap stops the server and deletes the temp folder.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib/bench.sh
source bench/lib/bench.sh
minutes=${1:-10}
readers=${SOAK_READERS:-12}
warmup=${SOAK_WARMUP:-300}
feedback=${SOAK_FEEDBACK:-2}
dossiers=${SOAK_DOSSIERS:-20000}
unset DATABASE_URL # this benchmark is about the default SQLite set-up

work=$(mktemp -d "${TMPDIR:-/tmp}/minhbach-soak.XXXXXX")
server=""
cleanup() {
  stop_pid "$server"
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

python3 -c 'import requests' 2>/dev/null || { echo "python3 with requests is needed: pip install requests"; exit 1; }
release_binary "$work" || exit 1
bin=$BIN
export LOG_LEVEL=error MINHBACH_DB=$work/soak.sqlite MINHBACH_UPLOADS=$work/uploads

echo "== demo data, then $dossiers generated dossiers"
timeout 900 "$bin" demo --no-serve >"$work/demo.log" 2>&1 || { tail -n 20 "$work/demo.log"; exit 1; }
timeout 1800 "$bin" demo-data dossiers --count "$dossiers" --seed 7 --codes-out "$work/codes" >>"$work/demo.log" 2>&1 ||
  { tail -n 20 "$work/demo.log"; exit 1; }

port=$(bench_free_port)
# The load generator tells the server its clients' addresses (the feedback form limits per address).
HOST=127.0.0.1 PORT=$port MINHBACH_TRUST_PROXY=1 "$bin" serve </dev/null >"$work/server.log" 2>&1 &
server=$!
base=http://127.0.0.1:$port
wait_http "$base/healthz/live" "$server" 120 || { echo "the server did not start; its log:"; cat "$work/server.log"; exit 1; }

echo "== $minutes minute(s) of mixed load after ${warmup}s of warm-up: $readers readers, $feedback feedback submissions a second"
python3 bench/lib/mixed_load.py --base "$base" --seconds $((minutes * 60)) --warmup "$warmup" --codes "$work/codes" \
  --readers "$readers" --feedback-per-second "$feedback" --pid "$server" --json "$work/result.json"
if ! kill -0 "$server" 2>/dev/null; then
  echo "FAIL: the server stopped during the run; the end of its log:"
  tail -n 40 "$work/server.log"
  exit 1
fi

read -r errors unexpected growth late < <(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
print(sum(x["errors"] for x in r["routes"]), sum(x["unexpected"] for x in r["routes"]),
      "%.1f" % list(r["growth_percent"].values())[0], "%.1f" % list(r["late_growth_percent"].values())[0])
' "$work/result.json")
failed=0
check() { # name verdict
  printf '%-52s %s\n' "$1" "$2"
  [ "$2" = PASS ] || failed=1
}
echo
echo "== summary: $bin on SQLite, $(nproc) cores shared by the load generator and the server, $minutes min"
check "errors (5xx, no answer): $errors, target 0" "$([ "$errors" -eq 0 ] && echo PASS || echo FAIL)"
check "other unexpected answers: $unexpected, target 0" "$([ "$unexpected" -eq 0 ] && echo PASS || echo FAIL)"
check "resident memory growth after warm-up: ${growth}%, target <= 10%" "$(awk -v g="$growth" 'BEGIN { print (g <= 10 ? "PASS" : "FAIL") }')"
echo "(growth over the second half of the run: ${late}%)"
[ "$failed" -eq 0 ] || [ "${BENCH_STRICT:-0}" != 1 ] || exit 1
