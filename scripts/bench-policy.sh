#!/bin/sh
# Benchmarks the policy path end to end (internal/bench), each with real plugin processes and in
# process, and prints medians, plugin/in-process ratios, and what batching saves:
#   Batch10000x5    evaluate.Batch of 10,000 project scenarios × 5 regions (-benchtime 3x)
#   CompareSingle   evaluate.Compare of one scenario × 5 regions
#   HTTPEvaluate    GraphQL evaluate (Zhuzhou → Hunan chain) over loopback HTTP to a real server
#   HTTPCompare     GraphQL compare across the five regions over loopback HTTP
# The rounds interleave the two: each round runs every benchmark once with plugin processes and
# once in process, so a noisy moment of the shared machine hits both; the paired ratio is the
# median of the per-round ratios. Five rounds take about two minutes on two cores.
# Usage: scripts/bench-policy.sh [rounds (default 5)]
set -eu
cd "$(dirname "$0")/.."
rounds=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=$work/out
go test -c -o "$work/bench.test" ./internal/bench
r=1
while [ "$r" -le "$rounds" ]; do
	(
		cd internal/bench
		"$work/bench.test" -test.run '^$' -test.bench '^BenchmarkBatch10000x5$' -test.benchtime 3x -test.benchmem -test.count 1
		"$work/bench.test" -test.run '^$' -test.bench '^Benchmark(CompareSingle|HTTPEvaluate|HTTPCompare)$' -test.benchtime 1s -test.benchmem -test.count 1
	) | awk -v round="$r" '/^Benchmark/ { print round, $0 }' | tee -a "$out"
	r=$((r + 1))
done
echo
awk '
{
	round = $1; name = $2; sub(/-[0-9]+$/, "", name)
	rounds[round] = 1
	for (i = 3; i <= NF; i++) {
		if ($(i) == "ns/op") { ns[name] = ns[name] " " $(i-1); byRound[round, name] = $(i-1) }
		if ($(i) == "ns/scenario") per[name] = per[name] " " $(i-1)
		if ($(i) == "allocs/op") al[name] = al[name] " " $(i-1)
	}
}
function median(list,   a, n, i, j, t) {
	n = split(list, a, " ")
	if (n == 0) return 0
	for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
	return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
function human(ns) {
	if (ns >= 1e9) return sprintf("%.2f s", ns / 1e9)
	if (ns >= 1e6) return sprintf("%.2f ms", ns / 1e6)
	if (ns >= 1e3) return sprintf("%.1f µs", ns / 1e3)
	return sprintf("%d ns", ns)
}
END {
	printf "%-16s %12s %12s %7s %7s %14s %14s\n", "benchmark", "plugin", "inprocess", "ratio", "paired", "plugin allocs", "inproc allocs"
	split("BenchmarkBatch10000x5 BenchmarkCompareSingle BenchmarkHTTPEvaluate BenchmarkHTTPCompare", names, " ")
	for (k = 1; k <= 4; k++) {
		b = names[k]; p = median(ns[b "/plugin"]); q = median(ns[b "/inprocess"])
		paired = ""
		for (r in rounds) if (byRound[r, b "/inprocess"] > 0) paired = paired " " byRound[r, b "/plugin"] / byRound[r, b "/inprocess"]
		short = b; sub(/^Benchmark/, "", short)
		printf "%-16s %12s %12s %6.1fx %6.1fx %14d %14d\n", short, human(p), human(q), (q > 0 ? p / q : 0), median(paired), median(al[b "/plugin"]), median(al[b "/inprocess"])
	}
	print "(medians of the interleaved rounds; ratio = median plugin / median inprocess, paired = median of the per-round ratios)"
	print ""
	printf "%-34s %12s %12s\n", "per scenario × 5 regions", "plugin", "inprocess"
	bp = median(per["BenchmarkBatch10000x5/plugin"]); bq = median(per["BenchmarkBatch10000x5/inprocess"])
	sp = median(ns["BenchmarkCompareSingle/plugin"]); sq = median(ns["BenchmarkCompareSingle/inprocess"])
	printf "%-34s %12s %12s\n", "in a batch of 10,000", human(bp), human(bq)
	printf "%-34s %12s %12s\n", "alone (CompareSingle)", human(sp), human(sq)
	printf "%-34s %11.1fx %11.1fx\n", "single / batch", (bp > 0 ? sp / bp : 0), (bq > 0 ? sq / bq : 0)
	printf "%-34s %12.0f %12.0f\n", "scenarios per second in a batch", (bp > 0 ? 1e9 / bp : 0), (bq > 0 ? 1e9 / bq : 0)
}' "$out"
