#!/usr/bin/env bash
# Before/after figures for a change, measured in one run on the same machine and data:
#   1. the public dossier lookup over HTTP (bench/dossier-lookup.sh, this tree's script for both
#      servers), each server on its own database generated with the same count and seed;
#   2. the search index (search-bench: build, queries, updates) of both revisions.
# The earlier revision is built in release mode in a git worktree beside this one.
#
# Usage: bench/before-after.sh REV [count=100000] [seconds=10]
# env:   BEFORE_DIR=path   a worktree of REV to reuse (created when missing; its .build is kept)
#        BENCH_ROUNDS=3    rounds of the lookup benchmark per server
#        WORK_DIR=path     where the databases go (default: a temp folder, removed at the end)
#        BEFORE_BIN, BEFORE_SEARCH_BIN, AFTER_BIN, AFTER_SEARCH_BIN
#                          release binaries already built (minhbach, search-bench): no build then
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:?usage: bench/before-after.sh REV [count] [seconds]}
count=${2:-100000}
seconds=${3:-10}
here=$(pwd)
before=${BEFORE_DIR:-$here/../minhbach-before-$(git rev-parse --short "$rev")}
work=${WORK_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/minhbach-before-after.XXXXXX")}
[ -n "${WORK_DIR:-}" ] || trap 'rm -rf "$work"' EXIT

if [ ! -d "$before" ]; then
  echo "== worktree of $rev at $before"
  git worktree add --detach "$before" "$rev" >/dev/null
fi
build() { # dir
  echo "== building the release server and search-bench in $1"
  (cd "$1" && timeout 3600 swift build -c release --product minhbach >"$work/build.log" 2>&1 &&
    timeout 3600 swift build -c release --product search-bench >>"$work/build.log" 2>&1) ||
    { tail -n 40 "$work/build.log"; exit 1; }
}
[ -n "${BEFORE_BIN:-}" ] && [ -n "${BEFORE_SEARCH_BIN:-}" ] || build "$before"
[ -n "${AFTER_BIN:-}" ] && [ -n "${AFTER_SEARCH_BIN:-}" ] || build "$here"
before_bin=${BEFORE_BIN:-$before/.build/release/minhbach}
before_search=${BEFORE_SEARCH_BIN:-$before/.build/release/search-bench}
after_bin=${AFTER_BIN:-$here/.build/release/minhbach}
after_search=${AFTER_SEARCH_BIN:-$here/.build/release/search-bench}

# Earlier revisions read the shipped data from ../shared; point both at the same data.
data_root=${MINHBACH_SHARED:-$here}
for side in before after; do
  bin=$([ "$side" = before ] && echo "$before_bin" || echo "$after_bin")
  echo
  echo "######## lookup, $side ($bin)"
  MINHBACH_SHARED=$data_root BENCH_DB="$work/$side.sqlite" BENCH_BIN="$bin" \
    bench/dossier-lookup.sh "$count" "$seconds" | sed -n '/== summary/,$p'
done
for side in before after; do
  bin=$([ "$side" = before ] && echo "$before_search" || echo "$after_search")
  echo
  echo "######## search, $side ($bin)"
  MINHBACH_SHARED=$data_root "$bin"
done
