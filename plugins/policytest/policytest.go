// Package policytest runs a region's policy test cases and citation cross-check under `go test`:
// thin *testing.T wrappers over plugins/policycases, kept apart so that production binaries,
// which read cases and subjects through policycases, never link package testing.
package policytest

import (
	"context"
	"testing"

	"github.com/shegong/shegong/plugins/policycases"
	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/sources"
)

// RunCases runs the case file as subtests of t, one per case; a failed case reports its
// differences and what the chain produced.
func RunCases(t *testing.T, path string, chain ...sdk.Policy) {
	t.Helper()
	rep, err := policycases.RunFile(context.Background(), path, chain...)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Cases) == 0 {
		t.Fatalf("%s: no cases", path)
	}
	for _, c := range rep.Cases {
		t.Run(c.Name, func(t *testing.T) {
			if c.Passed {
				return
			}
			t.Error(c.Detail())
		})
	}
}

// CheckSources reports, as errors of t, every problem policycases.CheckSourcesIn finds in the
// region's claims against the project's sources (sources/registry.yaml and the document texts).
func CheckSources(t *testing.T, p sdk.Policy) {
	t.Helper()
	reg, err := sources.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range policycases.CheckSourcesIn(context.Background(), p, reg) {
		t.Error(e)
	}
}
