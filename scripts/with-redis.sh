#!/usr/bin/env bash
# Runs a command with SHEGONG_TEST_REDIS_URL pointing at a Redis server the tests may write
# to (each test uses keys of its own prefix):
#   1. SHEGONG_TEST_REDIS_URL if already set;
#   2. a server on 127.0.0.1:6379 that answers PING
#      (WITH_REDIS_SKIP_LOCAL=1 skips this step, to exercise the next);
#   3. a throwaway redis-server on a free port, without persistence (stopped on exit);
#   4. the same after `apt-get install -y redis-server`.
# Under CI=true a missing Redis is an error, never a skip.
#
# Usage: scripts/with-redis.sh go test ./...
set -euo pipefail

log() { echo "with-redis: $*" >&2; }

run() {
	log "using $SHEGONG_TEST_REDIS_URL"
	export SHEGONG_TEST_REDIS_URL
	"$@"
}

if [[ -n "${SHEGONG_TEST_REDIS_URL:-}" ]]; then
	run "$@"
	exit
fi

# answers_ping PORT: a Redis on 127.0.0.1:PORT answers PING (in bash alone: redis-cli may be
# missing where the server is not).
answers_ping() {
	local reply
	{ exec 3<>/dev/tcp/127.0.0.1/"$1"; } 2>/dev/null || return 1
	printf 'PING\r\n' >&3
	IFS= read -r -t 2 reply <&3 || true
	exec 3>&- 3<&-
	[[ $reply == +PONG* ]]
}

if [[ -z ${WITH_REDIS_SKIP_LOCAL:-} ]] && answers_ping 6379; then
	SHEGONG_TEST_REDIS_URL="redis://127.0.0.1:6379/0"
	run "$@"
	exit
fi

server=$(command -v redis-server || true)
if [[ -z $server ]] && command -v apt-get >/dev/null && [[ $(id -u) == 0 ]]; then
	log "no Redis found; installing it with apt-get"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q redis-server >&2 ||
		{ apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q redis-server >&2; } || true
	server=$(command -v redis-server || true)
fi
if [[ -z $server ]]; then
	if [[ ${CI:-} == true ]]; then
		log "Redis is required under CI=true but none was found or installable"
		exit 1
	fi
	log "no Redis available; Redis tests will be skipped"
	"$@"
	exit
fi

port=
for p in $(seq 56379 56479); do
	if ! (exec 3<>/dev/tcp/127.0.0.1/"$p") 2>/dev/null; then port=$p; break; fi
done
[[ -n $port ]] || { log "no free port"; exit 1; }

dir=$(mktemp -d -t shegong-redis.XXXXXX)
pid=
cleanup() {
	[[ -n $pid ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
	rm -rf "$dir"
}
trap cleanup EXIT INT TERM

log "starting a throwaway redis-server on port $port"
# No persistence: rate-limit buckets are worth nothing after a restart.
"$server" --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$dir" \
	--logfile "$dir/redis.log" --daemonize no &
pid=$!
for _ in $(seq 100); do
	answers_ping "$port" && break
	kill -0 "$pid" 2>/dev/null || { cat "$dir/redis.log" >&2; exit 1; }
	sleep 0.1
done
answers_ping "$port" || { log "redis-server did not answer on port $port"; cat "$dir/redis.log" >&2; exit 1; }

SHEGONG_TEST_REDIS_URL="redis://127.0.0.1:$port/0"
run "$@"
