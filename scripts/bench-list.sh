#!/usr/bin/env bash
# Benchmarks issue 15's list page — projects(first: 50) with contractor, region and ten budget
# lines each, 8 concurrent clients over loopback HTTP — on PostgreSQL with 10,000 projects and
# 60,000 budget lines, against shegong and against PostGraphile 5 on the same database, with
# the same client (internal/bench BenchmarkListProjects). Rounds alternate shegong and
# PostGraphile; it prints each round, then the median requests/s and p50 of each and the
# median of the per-round ratios shegong / PostGraphile.
#
# It needs a PostgreSQL (as scripts/with-postgres.sh finds one), seeds the database
# shegong_bench_list once (about 30 s; kept for later runs) and installs pinned Node and
# PostGraphile from npm into ${XDG_CACHE_HOME:-~/.cache}/shegong/bench-list. A run takes about
# two minutes.
# Usage: scripts/bench-list.sh [rounds (default 5)] [requests per round (default 300)]
# SHEGONG_BENCH_LIST_NO_POSTGRAPHILE=1 measures shegong alone.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
requests=${2:-300}
node_version=22.23.3        # PostGraphile 5 needs Node >= 22
postgraphile_version=5.1.5
port=5688

if [[ -z ${SHEGONG_TEST_POSTGRES_URL:-} ]]; then
	exec scripts/with-postgres.sh "$0" "$@"
fi
admin=$SHEGONG_TEST_POSTGRES_URL
db=shegong_bench_list
db_url=$(python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/" + sys.argv[2])))' "$admin" "$db")
if [[ -z $(psql "$admin" -qAtc "SELECT 1 FROM pg_database WHERE datname = '$db'") ]]; then
	psql "$admin" -qc "CREATE DATABASE $db"
fi

work=$(mktemp -d)
pgl_pid=
cleanup() {
	[[ -n $pgl_pid ]] && kill "$pgl_pid" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT
go test -c -o "$work/bench.test" ./internal/bench
export SHEGONG_BENCH_LIST_DATABASE=$db_url
# The first shegong round seeds the database when it has fewer than 10,000 projects; do it
# before PostGraphile reads the schema.
echo "bench-list: preparing $db (seeds 10,000 projects on first use)"
(cd internal/bench && "$work/bench.test" -test.run '^$' -test.bench '^BenchmarkListProjects$' -test.benchtime 1x >/dev/null)

with_postgraphile=1
[[ -n ${SHEGONG_BENCH_LIST_NO_POSTGRAPHILE:-} ]] && with_postgraphile=
if [[ -n $with_postgraphile ]]; then
	pgl=${XDG_CACHE_HOME:-$HOME/.cache}/shegong/bench-list
	if [[ ! -x $pgl/node_modules/.bin/node || ! -f $pgl/node_modules/postgraphile/package.json ]] ||
		! grep -q "\"version\": \"$postgraphile_version\"" "$pgl/node_modules/postgraphile/package.json"; then
		echo "bench-list: installing node@$node_version and postgraphile@$postgraphile_version into $pgl"
		mkdir -p "$pgl"
		echo '{"private": true}' >"$pgl/package.json"
		npm install --prefix "$pgl" --no-audit --no-fund --save-exact "node@$node_version" "postgraphile@$postgraphile_version" >/dev/null
	fi
	GRAPHILE_ENV=production "$pgl/node_modules/.bin/node" "$pgl/node_modules/postgraphile/dist/cli-run.js" \
		-P postgraphile/presets/amber -c "$db_url" -s public -n 127.0.0.1 -p "$port" >"$work/postgraphile.log" 2>&1 &
	pgl_pid=$!
	for _ in $(seq 100); do
		grep -q "Server listening" "$work/postgraphile.log" && break
		kill -0 "$pgl_pid" 2>/dev/null || { cat "$work/postgraphile.log"; exit 1; }
		sleep 0.2
	done
fi
# The same page in PostGraphile's names: ent's foreign-key columns name its relations.
pgl_query='{ allProjects(first: 50, orderBy: PRIMARY_KEY_ASC) {
	pageInfo { hasNextPage endCursor }
	edges { node {
		name headcount startsOn
		regionByRegionProjects { code nameZh }
		organizationByOrganizationProjects { name unifiedSocialCreditCode }
		budgetLinesByProjectBudgetLines(first: 10, orderBy: PRIMARY_KEY_ASC) { edges { node { category amount } } }
	} }
} }'

run() { # name [env…]: one round of one server
	local name=$1
	shift
	(cd internal/bench && env "$@" "$work/bench.test" -test.run '^$' -test.bench '^BenchmarkListProjects$' \
		-test.benchtime "${requests}x" | awk -v name="$name" -v round="$r" '/^BenchmarkListProjects/ {
			for (i = 2; i <= NF; i++) { if ($(i) == "req/s") rps = $(i-1); if ($(i) == "p50-ms") p50 = $(i-1) }
			printf "%s %s %s %s\n", round, name, rps, p50 }')
}
for r in $(seq "$rounds"); do
	run shegong | tee -a "$work/rounds"
	if [[ -n $with_postgraphile ]]; then
		run postgraphile SHEGONG_BENCH_LIST_URL="http://127.0.0.1:$port/graphql" SHEGONG_BENCH_LIST_QUERY="$pgl_query" | tee -a "$work/rounds"
	fi
done
echo
awk '
function median(list,   a, n, i, j, t) {
	n = split(list, a, " ")
	for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
	return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
{ rps[$2] = rps[$2] " " $3; p50[$2] = p50[$2] " " $4; by[$1, $2] = $3; rounds[$1] = 1 }
END {
	printf "%-14s %10s %10s\n", "server", "req/s", "p50 ms"
	for (s in rps) printf "%-14s %10.1f %10.1f\n", s, median(rps[s]), median(p50[s])
	for (r in rounds) if ((r, "postgraphile") in by && by[r, "postgraphile"] > 0) ratios = ratios " " by[r, "shegong"] / by[r, "postgraphile"]
	if (ratios != "") printf "shegong / PostGraphile requests/s: %.2fx (median of the per-round ratios)\n", median(ratios)
	print "(medians of the rounds; 8 clients, 50 projects with region, contractor and 10 budget lines each)"
}' "$work/rounds"
