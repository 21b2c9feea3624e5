#!/bin/sh
# Benchmarks the policy path end to end (internal/bench), each with real plugin processes and in
# process, -count 5, and prints medians, plugin/in-process ratios, and what batching saves:
#   Batch10000x5    evaluate.Batch of 10,000 project scenarios × 5 regions (-benchtime 3x)
#   CompareSingle   evaluate.Compare of one scenario × 5 regions
#   HTTPEvaluate    GraphQL evaluate (Zhuzhou → Hunan chain) over loopback HTTP to a real server
#   HTTPCompare     GraphQL compare across the five regions over loopback HTTP
# The whole run takes about two minutes on two cores.
# Usage: scripts/bench-policy.sh [extra go test flags]
set -eu
cd "$(dirname "$0")/.."
out=$(mktemp)
trap 'rm -f "$out"' EXIT
go test -run '^$' -bench '^BenchmarkBatch10000x5$' -benchtime 3x -benchmem -count 5 "$@" ./internal/bench | tee "$out"
go test -run '^$' -bench '^Benchmark(CompareSingle|HTTPEvaluate|HTTPCompare)$' -benchtime 1s -benchmem -count 5 "$@" ./internal/bench | tee -a "$out"
echo
awk '
/^Benchmark/ {
	name = $1; sub(/-[0-9]+$/, "", name)
	for (i = 2; i <= NF; i++) {
		if ($(i) == "ns/op") ns[name] = ns[name] " " $(i-1)
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
	printf "%-16s %12s %12s %7s %14s %14s\n", "benchmark", "plugin", "inprocess", "ratio", "plugin allocs", "inproc allocs"
	split("BenchmarkBatch10000x5 BenchmarkCompareSingle BenchmarkHTTPEvaluate BenchmarkHTTPCompare", names, " ")
	for (k = 1; k <= 4; k++) {
		b = names[k]; p = median(ns[b "/plugin"]); q = median(ns[b "/inprocess"])
		short = b; sub(/^Benchmark/, "", short)
		printf "%-16s %12s %12s %6.1fx %14d %14d\n", short, human(p), human(q), (q > 0 ? p / q : 0), median(al[b "/plugin"]), median(al[b "/inprocess"])
	}
	print "(medians of 5 runs; ratio = plugin / inprocess)"
	print ""
	printf "%-34s %12s %12s\n", "per scenario × 5 regions", "plugin", "inprocess"
	bp = median(per["BenchmarkBatch10000x5/plugin"]); bq = median(per["BenchmarkBatch10000x5/inprocess"])
	sp = median(ns["BenchmarkCompareSingle/plugin"]); sq = median(ns["BenchmarkCompareSingle/inprocess"])
	printf "%-34s %12s %12s\n", "in a batch of 10,000", human(bp), human(bq)
	printf "%-34s %12s %12s\n", "alone (CompareSingle)", human(sp), human(sq)
	printf "%-34s %11.1fx %11.1fx\n", "single / batch", (bp > 0 ? sp / bp : 0), (bq > 0 ? sq / bq : 0)
	printf "%-34s %12.0f %12.0f\n", "scenarios per second in a batch", (bp > 0 ? 1e9 / bp : 0), (bq > 0 ? 1e9 / bq : 0)
}' "$out"
