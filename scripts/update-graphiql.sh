#!/usr/bin/env bash
# Refreshes the GraphiQL files that graph/graphiql embeds, from the npm registry, at the versions
# pinned below (see the package doc of graph/graphiql). Change a version, run this script, check
# the page (go test ./graph/graphiql/ runs it in Chromium), commit static/ with the new version.
#
# Usage: scripts/update-graphiql.sh
set -euo pipefail

GRAPHIQL=3.8.3 # the last 3.x: 4.x and later ship no UMD build
REACT=18.3.1   # the last React that ships UMD builds (19 has none)

cd "$(dirname "$0")/.."
dest=graph/graphiql/static
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# unpack NAME VERSION: the package's files under $tmp/NAME.
unpack() {
	mkdir -p "$tmp/$1"
	(cd "$tmp" && npm pack --silent "$1@$2" >/dev/null)
	tar -xzf "$tmp/$1-$2.tgz" -C "$tmp/$1" --strip-components=1
}
unpack graphiql "$GRAPHIQL"
unpack react "$REACT"
unpack react-dom "$REACT"

rm -rf "$dest/graphiql" "$dest/react" "$dest/react-dom"
mkdir -p "$dest/graphiql" "$dest/react" "$dest/react-dom"
cp "$tmp/graphiql/graphiql.min.js" "$tmp/graphiql/graphiql.min.css" "$tmp/graphiql/LICENSE" "$dest/graphiql/"
cp "$tmp/react/umd/react.production.min.js" "$tmp/react/LICENSE" "$dest/react/"
cp "$tmp/react-dom/umd/react-dom.production.min.js" "$tmp/react-dom/LICENSE" "$dest/react-dom/"
# Source maps are left out: browsers ask for them only with the developer tools open.
sed -i '/^\/\/# sourceMappingURL=/d; s|/\*# sourceMappingURL=[^*]*\*/||' \
	"$dest/graphiql/graphiql.min.js" "$dest/graphiql/graphiql.min.css"

printf 'graphiql %s\nreact %s\nreact-dom %s\n' "$GRAPHIQL" "$REACT" "$REACT" >"$dest/VERSIONS"
echo "update-graphiql: $dest now holds graphiql $GRAPHIQL, react and react-dom $REACT"
