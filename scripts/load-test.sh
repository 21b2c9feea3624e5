#!/usr/bin/env bash
# Load test of plugin isolation (not part of `make test`): builds shegong and
# internal/loadtest, starts a real server on 127.0.0.1 (free port, --rate 0,
# --max-in-flight-per-client 0, a temporary SQLite database with the demo data), holds a
# mixed load of list queries, evaluate and compare per region and organisation updates with
# an admin token from `shegong token create`, SIGKILLs one region's plugin a third into the
# run and SIGSTOPs another's half-way (SIGCONT at the end), then prints requests, failures
# by region and p50/p99/max latency per kind. Exits 1 if a region that was not attacked
# failed, or if any request was slower than the plugin call deadline plus 100 ms. Stops by
# itself.
#
# Usage: scripts/load-test.sh [-duration 30s] [-workers 8] [-rate 200] [-kill shenzhen]
#                             [-stop yunnan] [-database postgres://…/empty_db]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
go build -o "$bin/shegong" ./cmd/shegong
go build -o "$bin/loadtest" ./internal/loadtest
"$bin/loadtest" -shegong "$bin/shegong" "$@"
