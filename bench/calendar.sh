#!/usr/bin/env bash
# Runs the WorkCalendar benchmark in release mode from the package root and prints the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release -j 1 --product calendar-bench >/dev/null
swift run -c release -j 1 --skip-build calendar-bench
