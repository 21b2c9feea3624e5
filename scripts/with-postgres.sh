#!/usr/bin/env bash
# Runs a command with SHEGONG_TEST_POSTGRES_URL pointing at a PostgreSQL
# server the tests may create databases on:
#   1. SHEGONG_TEST_POSTGRES_URL if already set;
#   2. a server on 127.0.0.1:5432 accepting user postgres without a password
#      (WITH_POSTGRES_SKIP_LOCAL=1 skips this step, to exercise the next);
#   3. a throwaway cluster from the installed initdb/pg_ctl (stopped on exit);
#   4. the same after `apt-get install -y postgresql`.
# Under CI=true a missing PostgreSQL is an error, never a skip.
#
# Usage: scripts/with-postgres.sh go test ./...
set -euo pipefail

log() { echo "with-postgres: $*" >&2; }

run() {
	log "using ${SHEGONG_TEST_POSTGRES_URL%%\?*}"
	export SHEGONG_TEST_POSTGRES_URL
	"$@"
}

if [[ -n "${SHEGONG_TEST_POSTGRES_URL:-}" ]]; then
	run "$@"
	exit
fi

local_url="postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
can_connect() {
	if command -v psql >/dev/null; then
		PGCONNECT_TIMEOUT=3 psql "$1" -qAtc 'select 1' >/dev/null 2>&1
	else
		# Without psql we can only see that something listens; the tests report auth problems.
		(exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null
	fi
}
if [[ -z ${WITH_POSTGRES_SKIP_LOCAL:-} ]] && can_connect "$local_url"; then
	SHEGONG_TEST_POSTGRES_URL=$local_url
	run "$@"
	exit
fi

find_bin() {
	local name=$1 p
	if p=$(command -v "$name" 2>/dev/null); then echo "$p"; return; fi
	p=$(ls -d /usr/lib/postgresql/*/bin/"$name" 2>/dev/null | sort -V | tail -n1 || true)
	[[ -n $p ]] && echo "$p"
}

initdb=$(find_bin initdb || true)
if [[ -z $initdb ]] && command -v apt-get >/dev/null && [[ $(id -u) == 0 ]]; then
	log "no PostgreSQL found; installing it with apt-get"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2 ||
		{ apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2; } || true
	initdb=$(find_bin initdb || true)
fi
if [[ -z $initdb ]]; then
	if [[ ${CI:-} == true ]]; then
		log "PostgreSQL is required under CI=true but none was found or installable"
		exit 1
	fi
	log "no PostgreSQL available; PostgreSQL tests will be skipped"
	"$@"
	exit
fi
pg_ctl=$(dirname "$initdb")/pg_ctl
[[ -x $pg_ctl ]] || pg_ctl=$(find_bin pg_ctl)

# initdb refuses to run as root: run the cluster as an unprivileged user.
as_user=()
dir=$(mktemp -d -t shegong-pg.XXXXXX)
if [[ $(id -u) == 0 ]]; then
	user=postgres
	id "$user" >/dev/null 2>&1 || user=nobody
	chown "$user" "$dir"
	chmod 700 "$dir"
	as_user=(runuser -u "$user" --)
	command -v runuser >/dev/null || as_user=(su "$user" -s /bin/sh -c)
fi
as() {
	if [[ ${as_user[0]:-} == su ]]; then "${as_user[@]}" "$(printf '%q ' "$@")"; else "${as_user[@]}" "$@"; fi
}

port=
for p in $(seq 55432 55532); do
	if ! (exec 3<>/dev/tcp/127.0.0.1/"$p") 2>/dev/null; then port=$p; break; fi
done
[[ -n $port ]] || { log "no free port"; exit 1; }

cleanup() {
	as "$pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
	rm -rf "$dir"
}
trap cleanup EXIT INT TERM

log "starting a throwaway cluster in $dir on port $port"
as "$initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 ||
	{ cat "$dir/initdb.log" >&2; exit 1; }
as "$pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
	-o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null ||
	{ cat "$dir/server.log" >&2; exit 1; }

SHEGONG_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
run "$@"
