#!/usr/bin/env bash
# Catalogue search over HTTP: a release build serving ≥ 8,000 procedures (the shared data
# copied with provincial-variant codes), measured with wrk on this machine.
# Prints the in-process search figures first (bench/search.sh), then wrk's.
# Needs wrk (apt-get install wrk). Usage: bench/catalog-http.sh [copies=17] [seconds=20]
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-17}
seconds=${2:-20}
shared=${MINHBACH_SHARED:-.}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

echo "== in-process search"
bash bench/search.sh

echo "== building the release server"
swift build -c release --product minhbach >/dev/null
bin=.build/release/minhbach
export MINHBACH_DB=$work/bench.sqlite LOG_LEVEL=error

"$bin" procedures import "$shared/data/tthc" >/dev/null 2>&1
"$bin" procedures export --format json > "$work/base.json" 2>/dev/null
python3 - "$work/base.json" "$work/copies.json" "$copies" <<'PY'
import json, sys
base = json.load(open(sys.argv[1]))
copies = int(sys.argv[3])
out = []
for n in range(1, copies):
    for p in base:
        q = dict(p)
        q["code"] = f"{p['code'].split('.')[0]}.{p['code'].split('.')[1]}.000.00.{n:02d}.H41"
        q["source"] = f"bench-copy-{n}"
        out.append(q)
json.dump(out, open(sys.argv[2], "w"), ensure_ascii=False)
PY
"$bin" procedures import "$work/copies.json" >/dev/null 2>&1
count=$(python3 -c "import json;print(len(json.load(open('$work/base.json'))) * $copies)")
echo "procedures in the database: $count"

PORT=18080 "$bin" serve >/dev/null 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -sf http://127.0.0.1:18080/healthz >/dev/null && break; sleep 0.2; done
curl -sf "http://127.0.0.1:18080/api/v1/procedures?q=dang+ky+khai+sinh" >/dev/null   # builds the index

cat > "$work/queries.lua" <<'LUA'
local queries = {"dang+ky+khai+sinh", "khai+tu", "ket+hon", "chung+thuc+ban+sao", "cap+ban+sao+trich+luc",
  "dang+ky+lai+khai+sinh", "xac+nhan+tinh+trang+hon+nhan", "nuoi+con+nuoi", "giam+ho", "thay+doi+cai+chinh+ho+tich"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/procedures?q=" .. queries[(i % #queries) + 1])
end
LUA
echo "== wrk: 2 threads, 64 connections, ${seconds}s, 10 rotating queries"
wrk -t2 -c64 -d"${seconds}s" --latency -s "$work/queries.lua" http://127.0.0.1:18080/
echo "== wrk: cheapest endpoint (/healthz) for comparison"
wrk -t2 -c64 -d10s http://127.0.0.1:18080/healthz | grep -E "Requests/sec|Latency"
