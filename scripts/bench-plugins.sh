#!/bin/sh
# Benchmarks one Budget call and one batch of 1,000 projects, and the same through Evaluate
# (protocol 1.1: budget and staffing rules in one call), through a real plugin process
# against the same policy in process, and prints medians and ratios. The rounds interleave the
# two: each round runs every benchmark once through the plugin and once in process, so a
# noisy moment of the shared machine hits both; the paired ratio is the median of the
# per-round ratios.
# Usage: scripts/bench-plugins.sh [rounds (default 5)]
set -eu
cd "$(dirname "$0")/.."
rounds=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go test -c -o "$work/host.test" ./plugins/host
r=1
while [ "$r" -le "$rounds" ]; do
	(cd plugins/host && "$work/host.test" -test.run '^$' -test.bench '^Benchmark(Budget|Evaluate)(Single|Batch1000)$' -test.benchmem -test.count 1) |
		awk -v round="$r" '/^Benchmark/ { print round, $0 }' | tee -a "$work/out"
	r=$((r + 1))
done
echo
awk '
{
	round = $1; name = $2; sub(/-[0-9]+$/, "", name)
	for (i = 3; i <= NF; i++) {
		if ($(i) == "ns/op") { ns[name] = ns[name] " " $(i-1); byRound[round, name] = $(i-1) }
		if ($(i) == "allocs/op") al[name] = al[name] " " $(i-1)
	}
	rounds[round] = 1
}
function median(list,   a, n, i, j, t) {
	n = split(list, a, " ")
	if (n == 0) return 0
	for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
	return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
function human(ns) {
	if (ns >= 1e6) return sprintf("%.2f ms", ns / 1e6)
	if (ns >= 1e3) return sprintf("%.1f µs", ns / 1e3)
	return sprintf("%d ns", ns)
}
END {
	printf "%-18s %14s %14s %8s %8s %16s %16s\n", "benchmark", "plugin", "inprocess", "ratio", "paired", "plugin allocs", "inproc allocs"
	split("BenchmarkBudgetSingle BenchmarkBudgetBatch1000 BenchmarkEvaluateSingle BenchmarkEvaluateBatch1000", names, " ")
	for (k = 1; k <= 4; k++) {
		b = names[k]; p = median(ns[b "/plugin"]); q = median(ns[b "/inprocess"])
		paired = ""
		for (r in rounds) if (byRound[r, b "/inprocess"] > 0) paired = paired " " byRound[r, b "/plugin"] / byRound[r, b "/inprocess"]
		short = b; sub(/^Benchmark/, "", short)
		printf "%-18s %14s %14s %7.1fx %7.1fx %16d %16d\n", short, human(p), human(q), (q > 0 ? p / q : 0), median(paired), median(al[b "/plugin"]), median(al[b "/inprocess"])
	}
	print "(medians of the interleaved rounds; ratio = median plugin / median inprocess, paired = median of the per-round ratios)"
}' "$work/out"
