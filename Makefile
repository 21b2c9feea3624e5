# shegong — developer tasks. `make test` is what CI runs (.ci/run).
SHELL := /usr/bin/env bash
.SHELLFLAGS := -euo pipefail -c
GO ?= go

# Files and directories written by code generation; check-generated hashes
# them before and after regenerating. Append new generated outputs here.
GENERATED := plugins/proto/policyv1 ent graph/ent.graphql graph/generated graph/model graph/*.resolvers.go schema.graphql \
	web/src/gql graph/explore/dist
GENERATED_EXCLUDE := ent/schema ent/entc.go ent/generate.go

.PHONY: all migration generate generate-ent generate-gql generate-proto generate-web check-generated lint test test-go test-fuzz-graphql build binaries clean

all: build

## build: compile every package, and the two binaries of a deployment into $(BIN) (see binaries)
build: binaries
	$(GO) build ./...

# BIN is where `make binaries` writes shegong and shegong-regions.
BIN ?= bin

## binaries: shegong and shegong-regions side by side in $(BIN) (default bin/), as they are
## deployed: the server runs its built-in regions' plugin processes from shegong-regions when
## it lies beside it, built from the same regions (internal/regionbinary).
# shegong-regions is linked statically (no cgo, which it does not need): five processes then
# map no C library and start without the dynamic loader.
binaries:
	$(GO) build -o $(BIN)/ ./cmd/shegong
	CGO_ENABLED=0 $(GO) build -o $(BIN)/ ./cmd/shegong-regions

## generate: regenerate everything (protobuf, ent, gqlgen, schema.graphql, the /explore page)
generate: generate-proto generate-ent generate-gql generate-web

# generate-proto regenerates plugins/proto/policyv1 from plugins/proto/policy.proto with
# protoc and the protoc-gen-go / protoc-gen-go-grpc versions pinned in go.mod.
generate-proto:
	$(GO) generate ./plugins/proto

generate-ent:
	cd ent && $(GO) run -mod=mod entc.go

generate-gql: generate-ent
	$(GO) tool gqlgen generate
	# Marshal list elements and nested fields without a goroutine each (see graph/inlinemarshal).
	$(GO) run ./graph/inlinemarshal graph/generated/generated.go
	# Parse the schema when first needed, not in every plugin process (see graph/lazyschema).
	$(GO) run ./graph/lazyschema graph/generated/generated.go
	# schema.graphql: the whole executable schema in one file, for clients and for review.
	$(GO) run ./graph/printschema -o schema.graphql

# generate-web rebuilds the workbench page (web/, served at /explore/) into graph/explore/dist,
# its typed GraphQL operations (web/src/gql) from schema.graphql included, with the npm versions
# pinned in web/package-lock.json. Needs Node.js 20.19 or later with npm.
generate-web: generate-gql
	@command -v npm >/dev/null || { echo "generate-web: npm not found: install Node.js (20.19 or later) and npm to build web/, the /explore page (Debian: apt-get install nodejs npm)" >&2; exit 1; }
	cd web && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build

## check-generated: fail if regenerating changes any generated file.
## Hashes before/after, so it also works with uncommitted local work.
check-generated:
	@before=$$(scripts/hash-generated.sh $(GENERATED) -- $(GENERATED_EXCLUDE)); \
	$(MAKE) --no-print-directory generate >/dev/null; \
	after=$$(scripts/hash-generated.sh $(GENERATED) -- $(GENERATED_EXCLUDE)); \
	if [[ "$$before" != "$$after" ]]; then \
		echo "check-generated: generated code is out of date; run 'make generate' and commit the result:"; \
		diff <(echo "$$before") <(echo "$$after") || true; \
		exit 1; \
	fi; \
	echo "check-generated: generated code is up to date"

## migration: write the next versioned PostgreSQL migration (ent/migrate/migrations) for what
## changed in ent/schema, and update atlas.sum: make migration name=add_worker_email. Atlas replays
## the committed files on a scratch database of the PostgreSQL that scripts/with-postgres.sh finds.
## TestMigrationDirectoryIsCurrent (internal/storage) fails while a schema change has no file.
migration:
	@[[ -n "$(name)" ]] || { echo "usage: make migration name=what_it_does (lower-case snake_case)" >&2; exit 2; }
	scripts/with-postgres.sh $(GO) run ./internal/storage/newmigration -name '$(name)'

## lint: gofmt and go vet
lint:
	@unformatted=$$(gofmt -l $$(git ls-files --cached --others --exclude-standard '*.go' | grep -v '^vendor/')); \
	if [[ -n "$$unformatted" ]]; then echo "gofmt needed on:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...

## test: lint, check generated code, run all tests on SQLite and PostgreSQL (and in Chromium, with Redis)
test: lint check-generated test-go

test-go:
	# with-chromium: the GraphiQL page is tested in a real headless Chromium (graph/graphiql);
	# with-redis: rate limits shared by replicas are tested against a real Redis.
	scripts/with-chromium.sh scripts/with-postgres.sh scripts/with-redis.sh $(GO) test -count=1 ./...
	# The plugin host supervises processes from many goroutines: run it under the race detector too.
	$(GO) test -race -count=1 ./plugins/host/...
	$(MAKE) --no-print-directory test-fuzz-subject
	$(MAKE) --no-print-directory test-fuzz-graphql

# The fuzz targets run for a number of executions (about 20 s each on 2 cores), not a duration:
# Go 1.26's fuzz coordinator can fail a duration-bounded run with "context deadline exceeded" at
# its end on a busy machine, with no crasher (go.dev/issue/75804, fixed in Go 1.27).
FUZZ_SUBJECT_EXECS ?= 300000
FUZZ_GRAPHQL_EXECS ?= 40000

## test-fuzz-subject: fuzz the subject input (protocol conversion and input check) for a bounded
## number of executions on the committed corpus (plugins/transport/testdata/fuzz/FuzzSubject); a
## crasher lands there.
.PHONY: test-fuzz-subject
test-fuzz-subject:
	$(GO) test -run '^$$' -fuzz '^FuzzSubject$$' -fuzztime=$(FUZZ_SUBJECT_EXECS)x ./plugins/transport

## test-fuzz-graphql: fuzz the GraphQL handler for a bounded number of executions on its committed corpus
## (graph/server/testdata/fuzz/FuzzGraphQLHandler); a crasher is written there: fix it, commit it.
test-fuzz-graphql:
	$(GO) test ./graph/server -run '^$$' -fuzz '^FuzzGraphQLHandler$$' -fuzztime=$(FUZZ_GRAPHQL_EXECS)x -fuzzminimizetime=5s

clean:
	rm -f shegong.db shegong.db-wal shegong.db-shm
