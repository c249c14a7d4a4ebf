#!/usr/bin/env bash
# Builds search-bench in release mode and prints index build, query latency and update figures.
# Usage: bench/search.sh [--query "dang ky khai sinh"]   (data: $MINHBACH_SHARED, default: the repository's data/)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release -j 1 --product search-bench >/dev/null
swift run -c release -j 1 --skip-build search-bench "$@"
