#!/bin/sh
# Regenerates plugins/proto/policyv1 from policy.proto. Deterministic: the code generators
# are the versions pinned as tools in go.mod, and protoc is the one named in the generated
# header (3.21.12 from Debian's protobuf-compiler).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
if ! command -v protoc >/dev/null 2>&1; then
  # A fresh machine has no protoc: install the Debian package the generated header names.
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "gen.sh: protoc not found; installing Debian's protobuf-compiler" >&2
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq protobuf-compiler >/dev/null
  else
    echo "gen.sh: protoc not found; install protobuf-compiler 3.21.x (Debian: apt-get install protobuf-compiler)" >&2
    exit 1
  fi
fi
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
go build -o "$bin/protoc-gen-go" google.golang.org/protobuf/cmd/protoc-gen-go
go build -o "$bin/protoc-gen-go-grpc" google.golang.org/grpc/cmd/protoc-gen-go-grpc
protoc -I . \
  --plugin=protoc-gen-go="$bin/protoc-gen-go" \
  --plugin=protoc-gen-go-grpc="$bin/protoc-gen-go-grpc" \
  --go_out=. --go_opt=module=github.com/shegong/shegong \
  --go-grpc_out=. --go-grpc_opt=module=github.com/shegong/shegong \
  plugins/proto/policy.proto
