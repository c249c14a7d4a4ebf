#!/usr/bin/env bash
# Form II.06a over a year (issue 7): `minhbach dossiers report` for the busiest full year of the
# generated data (2025; the generator spreads dossiers over 2024–2026), repeated 5 times in one
# process, on a SQLite database of one million dossiers and then on a throwaway PostgreSQL cluster
# loaded with the same count and seed. Prints every run and the total row, then the median of the
# runs of each database against the target, under 300 ms, with PASS or FAIL.
#
# Usage: bench/dossier-report.sh [count=1000000]
# env:   BENCH_DB=path       reuse (or create and keep) the SQLite database there, with its sample
#                            codes in path.codes, so bench/dossier-lookup.sh can reuse it too
#        BENCH_BIN=path      use this minhbach binary instead of building .build/release/minhbach
#        BENCH_SEED=1  BENCH_YEAR=2025  BENCH_REPEAT=5
#        BENCH_PG=0          skip PostgreSQL
#        BENCH_PG_SETTINGS="shared_buffers=1GB work_mem=64MB"   ALTER SYSTEM before the report
#                            (default: the stock settings, as in scripts/test's cluster)
#        BENCH_PG_ANALYZE=0  skip VACUUM ANALYZE after the bulk load (default: run it; autovacuum
#                            would have done it on a live server, and without it the planner works
#                            from no statistics)
#        BENCH_STRICT=1      exit 1 when a target is missed
# The PostgreSQL cluster is scripts/lib/services.sh's: initdb into a temp folder, 127.0.0.1 and a
# free port only, trust auth, fsync off. Root: the cluster then runs as the postgres user (created
# if missing), and PostgreSQL is installed with apt-get when no initdb is found; not root: initdb
# must be installed, and the cluster runs as you. Bounded: build and each generation are limited
# to an hour, each report to 10 minutes; the EXIT trap stops the cluster and deletes the temp files.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
# shellcheck source=bench/lib/bench.sh
source bench/lib/bench.sh
PYTHON=${PYTHON:-python3} # services.sh's free_port
# shellcheck source=scripts/lib/services.sh
source scripts/lib/services.sh
count=${1:-1000000}
seed=${BENCH_SEED:-1}
year=${BENCH_YEAR:-2025}
repeat=${BENCH_REPEAT:-5}
target_ms=300
unset DATABASE_URL # set below for the PostgreSQL part only; for the SQLite part it would win

work=$(mktemp -d "${TMPDIR:-/tmp}/minhbach-report.XXXXXX")
cleanup() {
  postgres_stop
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

release_binary "$work" || exit 1
bin=$BIN
export LOG_LEVEL=error

report() { # label -> runs the report with the environment given, prints it, keeps it in $work/report.label
  echo "== $1: dossiers report --from $year-01-01 --to $year-12-31 --repeat $repeat"
  timeout 600 "$bin" dossiers report --from "$year-01-01" --to "$year-12-31" --repeat "$repeat" |
    tee "$work/report.$1"
}

runs_ms() { # report output file -> the milliseconds of each "run N: 123.4 ms" line, one a line
  local t
  sed -nE 's/^[[:space:]]*run[[:space:]]+[0-9]+:[[:space:]]*([0-9.]+[[:space:]]*[a-zµ]+).*/\1/p' "$1" |
    while IFS= read -r t; do to_ms "$t"; done
}

total_line() { # report output file -> its total row (the last line other than "run N:" ones naming a total)
  grep -Ev '^[[:space:]]*run[[:space:]]+[0-9]+:' "$1" | grep -i total | tail -n 1 || true
}

# --- SQLite --------------------------------------------------------------------------------------

db=${BENCH_DB:-$work/dossiers.sqlite}
if [ -s "$db" ]; then
  echo "== SQLite: reusing $db (the count argument is ignored)"
  sqlite_label="the dossiers of $db"
else
  echo "== SQLite: generating $count dossiers (seed $seed) into $db"
  MINHBACH_DB=$db timeout 3600 "$bin" demo-data dossiers --count "$count" --seed "$seed" --codes-out "$db.codes"
  sqlite_label="$count dossiers"
fi
MINHBACH_DB=$db report sqlite

# --- PostgreSQL ----------------------------------------------------------------------------------

pg_status=""
if [ "${BENCH_PG:-1}" = 0 ]; then
  pg_status="skipped (BENCH_PG=0)"
elif ! pg_bin >/dev/null && ! { [ "$(id -u)" -eq 0 ] && need_packages initdb postgresql && pg_bin >/dev/null; }; then
  pg_status="skipped (no PostgreSQL: apt-get install -y postgresql)"
elif ! postgres_start; then
  pg_status="FAILED: the throwaway cluster did not start (see above)"
else
  psql_run() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"; }
  psql_run -d postgres -c "CREATE DATABASE minhbach_bench"
  if [ -n "${BENCH_PG_SETTINGS:-}" ]; then
    for setting in $BENCH_PG_SETTINGS; do
      psql_run -d postgres -c "ALTER SYSTEM SET ${setting%%=*} = '${setting#*=}'"
    done
    # pg_ctl restart keeps the command-line options of the first start (postmaster.opts).
    (cd "$PG_DIR" && as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -w -t 60 restart >/dev/null)
  fi
  pg_version=$("$PG_BIN/postgres" --version | awk '{ print $3 }')
  pg_settings=$(psql_run -d postgres -At -c "SELECT string_agg(name || '=' || current_setting(name), ' ' ORDER BY name)
    FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'effective_cache_size', 'max_parallel_workers_per_gather')")
  echo "PostgreSQL $pg_version on 127.0.0.1:$PG_PORT: $pg_settings"
  url=postgres://postgres@127.0.0.1:$PG_PORT/minhbach_bench
  echo "== PostgreSQL: generating $count dossiers (seed $seed)"
  DATABASE_URL=$url timeout 3600 "$bin" demo-data dossiers --count "$count" --seed "$seed"
  if [ "${BENCH_PG_ANALYZE:-1}" != 0 ]; then
    echo "VACUUM ANALYZE after the bulk load"
    psql_run -d minhbach_bench -c "VACUUM ANALYZE"
  fi
  DATABASE_URL=$url report postgresql
fi

# --- summary -------------------------------------------------------------------------------------

failed=0
line() { # label report-file
  local runs median verdict
  mapfile -t runs < <(runs_ms "$2")
  if [ "${#runs[@]}" -eq 0 ]; then
    printf '%-11s %-48s %10s  %-7s %s\n' "$1" "no 'run N: … ms' lines in the output" - "< $target_ms" FAIL
    failed=1
    return
  fi
  median=$(median "${runs[@]}")
  verdict=$(below "$median" "$target_ms")
  [ "$verdict" = PASS ] || failed=1
  printf '%-11s %-48s %10s  %-7s %s\n' "$1" "$(printf '%.1f ' "${runs[@]}")" "$median" "< $target_ms" "$verdict"
}
echo
echo "== summary: form II.06a for $year, $repeat runs in one process each, release build, $(nproc) cores"
echo "   SQLite: $sqlite_label; PostgreSQL: ${pg_status:-$count dossiers, seed $seed, PostgreSQL $pg_version, $pg_settings}"
printf '%-11s %-48s %10s  %-7s %s\n' database "runs (ms)" "median ms" target verdict
line SQLite "$work/report.sqlite"
if [ -z "$pg_status" ]; then
  line PostgreSQL "$work/report.postgresql"
  if [ "$(total_line "$work/report.sqlite")" = "$(total_line "$work/report.postgresql")" ]; then
    echo "the total rows of both databases agree"
  else
    echo "note: the total rows differ (same count and seed; different data, or a difference in the report):"
    echo "  SQLite:     $(total_line "$work/report.sqlite")"
    echo "  PostgreSQL: $(total_line "$work/report.postgresql")"
  fi
else
  echo "PostgreSQL  $pg_status"
  [[ "$pg_status" != FAILED* ]] || failed=1
fi
if [ "$failed" -eq 0 ]; then echo "all targets met"; else echo "some targets missed"; fi
[ "${BENCH_STRICT:-0}" != 1 ] || [ "$failed" -eq 0 ]
