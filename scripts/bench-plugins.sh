#!/bin/sh
# Benchmarks one Budget call and one batch of 1,000 projects through a real plugin process
# against the same policy in process, -count 5, and prints medians and ratios.
# Usage: scripts/bench-plugins.sh [extra go test flags]
set -eu
cd "$(dirname "$0")/.."
out=$(mktemp)
trap 'rm -f "$out"' EXIT
go test -run '^$' -bench '^BenchmarkBudget(Single|Batch1000)$' -benchmem -count 5 "$@" ./plugins/host | tee "$out"
echo
awk '
/^BenchmarkBudget/ {
	name = $1; sub(/-[0-9]+$/, "", name)
	for (i = 2; i <= NF; i++) {
		if ($(i) == "ns/op") ns[name] = ns[name] " " $(i-1)
		if ($(i) == "allocs/op") al[name] = al[name] " " $(i-1)
	}
}
function median(list,   a, n, i, j, t) {
	n = split(list, a, " ")
	for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
	return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
function human(ns) {
	if (ns >= 1e6) return sprintf("%.2f ms", ns / 1e6)
	if (ns >= 1e3) return sprintf("%.1f µs", ns / 1e3)
	return sprintf("%d ns", ns)
}
END {
	printf "%-18s %14s %14s %8s %16s %16s\n", "benchmark", "plugin", "inprocess", "ratio", "plugin allocs", "inproc allocs"
	split("BenchmarkBudgetSingle BenchmarkBudgetBatch1000", names, " ")
	for (k = 1; k <= 2; k++) {
		b = names[k]; p = median(ns[b "/plugin"]); q = median(ns[b "/inprocess"])
		short = b; sub(/^Benchmark/, "", short)
		printf "%-18s %14s %14s %7.1fx %16d %16d\n", short, human(p), human(q), (q > 0 ? p / q : 0), median(al[b "/plugin"]), median(al[b "/inprocess"])
	}
	print "(medians of 5 runs; ratio = plugin / inprocess)"
}' "$out"
