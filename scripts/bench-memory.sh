#!/bin/sh
# Measures start-up and memory of a real server with its five real plugin processes
# (internal/membench): the time from `shegong serve` to /readyz 200, the resident memory of the
# server and its plugins once ready, the server's peak and settled memory around a compareBatch
# of 10,000 project scenarios × 5 regions with every finding, and around the CSV export of the
# same scenarios (plain and gzipped). Every round starts a fresh server on one SQLite database
# prepared beforehand (token and demo data), and the script prints the medians.
#
# The server is built as it is deployed: shegong and shegong-regions side by side (`make
# binaries`), so its five region processes run the small regions binary.
#
# Given a second binary (an earlier build of shegong, e.g. of main), every round measures it
# too, interleaved (before, then this checkout), each on its own database, and the medians of
# both are printed side by side. The baseline must serve compareBatchSummary (main does since
# 2026-12-06). Put the baseline's own shegong-regions beside it to measure it
# as deployed (`make binaries BIN=/tmp/main` in a checkout of main): a server without one
# re-executes itself for its regions.
#
# With -ready, each round measures only the start and the memory once ready (seconds a round
# instead of minutes).
# Usage: scripts/bench-memory.sh [-ready] [rounds (default 5)] [baseline shegong binary]
set -eu
cd "$(dirname "$0")/.."
only=
if [ "${1:-}" = "-ready" ]; then
	only=-ready-only
	shift
fi
rounds=${1:-5}
baseline=${2:-}
# The binaries go under bin/ of the checkout, not /tmp: the server runs shegong-regions only
# from a directory no other user can write to (/tmp is), and re-executes itself otherwise.
# membench prints regions_binary 1 when the server did use it.
mkdir -p bin
work=$(mktemp -d "$PWD/bin/bench-memory.XXXXXX")
trap 'rm -rf "$work"' EXIT
make --no-print-directory binaries BIN="$work"
go build -o "$work/membench" ./internal/membench
r=1
while [ "$r" -le "$rounds" ]; do
	if [ -n "$baseline" ]; then
		"$work/membench" -shegong "$baseline" -database "$work/before.db" -summary $only |
			awk -v round="$r" '{ print round, "before", $0 }' | tee -a "$work/out"
	fi
	"$work/membench" -shegong "$work/shegong" -database "$work/after.db" -summary $only |
		awk -v round="$r" '{ print round, "after", $0 }' | tee -a "$work/out"
	r=$((r + 1))
done
echo
awk '
{ key = $3; v[$2, key] = v[$2, key] " " $4; if (!(key in seen)) { seen[key] = 1; order[++n] = key } }
function median(list,   a, k, i, j, t) {
	k = split(list, a, " ")
	for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
	return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
}
END {
	printf "%-24s %14s %14s\n", "measure", "before", "after"
	for (i = 1; i <= n; i++) {
		k = order[i]
		b = (("before", k) in v) ? sprintf("%14.1f", median(v["before", k])) : sprintf("%14s", "-")
		a = (("after", k) in v) ? sprintf("%14.1f", median(v["after", k])) : sprintf("%14s", "-")
		printf "%-24s %s %s\n", k, b, a
	}
	print "(medians over the rounds; _ms milliseconds, _mib MiB of resident memory (pss: proportional; anon: heap,"
	print " stacks and runtime, each process its own; file: pages of the binaries, shared),"
	print " _bytes response bytes; csv_gzip_bytes < 0: the server did not compress, its plain size)"
}' "$work/out"
