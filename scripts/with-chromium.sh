#!/usr/bin/env bash
# Runs a command with Debian's chromium installed, for the browser tests of GraphiQL
# (graph/graphiql) and the workbench (graph/explore): installs it with apt-get when it is
# missing and this is root. Under CI=true a chromium that cannot be installed is an error;
# elsewhere the browser tests skip themselves.
#
# Usage: scripts/with-chromium.sh go test ./...
set -euo pipefail

log() { echo "with-chromium: $*" >&2; }

have() { command -v chromium >/dev/null || command -v chromium-browser >/dev/null; }

if ! have && command -v apt-get >/dev/null && [[ $(id -u) == 0 ]]; then
	log "no chromium found; installing it with apt-get"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >&2 ||
		{ apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >&2; } || true
fi
# The screenshots of the browser tests (graph/explore) show Chinese text: without a CJK font
# Chromium draws boxes. A missing font is no error: the tests read the page's text, not pixels.
if have && command -v fc-list >/dev/null && [[ -z $(fc-list :lang=zh 2>/dev/null) ]] &&
	command -v apt-get >/dev/null && [[ $(id -u) == 0 ]]; then
	log "no Chinese font found; installing fonts-wqy-microhei with apt-get"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q fonts-wqy-microhei >&2 || true
fi
if ! have; then
	if [[ ${CI:-} == true ]]; then
		log "chromium is required under CI=true but is not installed and could not be installed"
		exit 1
	fi
	log "chromium is not installed; the browser test will be skipped"
fi
exec "$@"
