#!/usr/bin/env bash
# API contract checks: schemathesis against a running server's OpenAPI document, twice.
#   1. without credentials: every operation must answer as documented (a protected one with its
#      documented 401/403 JSON error), never with a 5xx;
#   2. as the demo admin, with "Authorization: Bearer <token>" from POST /api/v1/session
#      (the session operations themselves are left out so the run cannot sign itself out).
# Checks: not_a_server_error and response_schema_conformance. JUnit reports go to REPORT_DIR.
#
# usage: e2e/api/run.sh BASE_URL REPORT_DIR
# env:   MINHBACH_DEMO_PASSWORD (default minhbach-demo), PYTHON and SCHEMATHESIS (the venv's),
#        MINHBACH_API_EXAMPLES (cases per operation, default 25), MINHBACH_API_SEED,
#        MINHBACH_API_SECONDS (time cap per run, default 80)
set -euo pipefail

base=${1:?usage: e2e/api/run.sh BASE_URL REPORT_DIR}
reports=${2:?usage: e2e/api/run.sh BASE_URL REPORT_DIR}
absolute() { # command -> its absolute path (symlinks kept: a venv's python must stay the venv's)
  local found
  found=$(command -v "$1") || { echo "not found: $1" >&2; return 1; }
  case $found in /*) echo "$found" ;; *) echo "$PWD/$found" ;; esac
}
python=$(absolute "${PYTHON:-python3}")
schemathesis=$(absolute "${SCHEMATHESIS:-schemathesis}")
limit=${MINHBACH_API_SECONDS:-80}
mkdir -p "$reports"
reports=$(cd "$reports" && pwd)
cd "$reports" # schemathesis and hypothesis keep state (.schemathesis, .hypothesis) in the working folder

checks=not_a_server_error,response_schema_conformance
common=(
  --checks "$checks"
  --max-examples "${MINHBACH_API_EXAMPLES:-25}"
  --seed "${MINHBACH_API_SEED:-20240210}"
  --workers 2
  --request-timeout 15
  --generation-database none
  --no-color
  --report junit
)

run() { # name, extra schemathesis arguments...
  local name=$1 rc=0
  shift
  echo "-- schemathesis: $name"
  timeout --kill-after=10 "$limit" "$schemathesis" run "$base/api/v1/openapi.json" "${common[@]}" \
    --report-junit-path "$reports/api-$name.xml" "$@" || rc=$?
  if [ "$rc" -eq 124 ]; then
    echo "schemathesis ($name) did not finish within ${limit}s"
  fi
  return "$rc"
}

# The admin's token first: fuzzing the sign-in anonymously must not get in its way (say, by a
# lock-out after failed attempts). The password goes through the environment, not argv.
token=$(MINHBACH_DEMO_PASSWORD=${MINHBACH_DEMO_PASSWORD:-minhbach-demo} "$python" - "$base" <<'PY'
import json, os, sys, urllib.error, urllib.request

request = urllib.request.Request(
    sys.argv[1] + "/api/v1/session", method="POST",
    data=json.dumps({"username": "admin", "password": os.environ["MINHBACH_DEMO_PASSWORD"]}).encode(),
    headers={"Content-Type": "application/json", "Accept": "application/json"})
try:
    with urllib.request.urlopen(request, timeout=15) as response:
        print(json.load(response)["token"])
except (urllib.error.URLError, ValueError, KeyError) as error:
    sys.exit(f"POST /api/v1/session as admin gave no token: {error}")
PY
) || token=""

status=0
run anonymous || status=1

if [ -n "$token" ]; then
  run admin -H "Authorization: Bearer $token" --exclude-path-regex '^(/api/v1)?/session$' || status=1
else
  echo "-- schemathesis: admin: skipped, could not sign in through the API"
  status=1
fi
exit "$status"
