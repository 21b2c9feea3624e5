#!/bin/sh
# Regenerates plugins/proto/policyv1 from policy.proto. Deterministic: the code generators
# are the versions pinned as tools in go.mod, and protoc is the one named in the generated
# header (3.21.12 from Debian's protobuf-compiler).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
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
