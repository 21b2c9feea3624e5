#!/usr/bin/env bash
# Prints "sha256  path" for every file under the given paths, minus the
# excluded ones: scripts/hash-generated.sh PATH... -- EXCLUDE...
set -euo pipefail
cd "$(dirname "$0")/.."
paths=() excludes=()
while (($#)); do
	if [[ $1 == -- ]]; then shift; excludes=("$@"); break; fi
	paths+=("$1"); shift
done
find "${paths[@]}" -type f 2>/dev/null | LC_ALL=C sort | while read -r f; do
	for x in "${excludes[@]}"; do
		[[ $f == "$x" || $f == "$x"/* ]] && continue 2
	done
	sha256sum "$f"
done
