// Package proto holds the region policy protocol definition (policy.proto); the generated
// Go code lives in policyv1. Regenerate with `go generate ./plugins/proto` (or
// `make generate-proto`).
package proto

//go:generate sh gen.sh
