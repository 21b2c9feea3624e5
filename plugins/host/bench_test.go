package host

import (
	"context"
	"testing"

	"github.com/shegong/shegong/plugins/sdk"
)

// The same test policy through a real plugin process and in process: the difference is the
// cost of the protocol (conversion, gRPC, the process boundary) per call and per subject.
func BenchmarkBudgetSingle(b *testing.B)    { benchBudget(b, 1) }
func BenchmarkBudgetBatch1000(b *testing.B) { benchBudget(b, 1000) }

// Evaluate (protocol 1.1) does Budget's and Staffing's work in one call per region.
func BenchmarkEvaluateSingle(b *testing.B)    { benchEvaluate(b, 1) }
func BenchmarkEvaluateBatch1000(b *testing.B) { benchEvaluate(b, 1000) }

func benchBudget(b *testing.B, n int) {
	ps := projects(n, "DOM-MENTAL")
	b.Run("plugin", func(b *testing.B) {
		runBudget(b, startHost(b, Config{Builtin: []string{"alpha"}}), ps)
	})
	b.Run("inprocess", func(b *testing.B) {
		h, err := NewInProcess(map[string]func() sdk.Policy{"alpha": newTestPolicy("alpha")}, testLogger(b))
		if err != nil {
			b.Fatal(err)
		}
		defer h.Close()
		runBudget(b, h, ps)
	})
}

func benchEvaluate(b *testing.B, n int) {
	ps := projects(n, "DOM-MENTAL")
	subjects := make([]sdk.Subject, n)
	for i := range ps {
		subjects[i] = sdk.Subject{Project: &ps[i]}
	}
	run := func(b *testing.B, h *Host) {
		ctx := context.Background()
		b.ReportAllocs()
		for b.Loop() {
			out, err := h.EvaluateRegions(ctx, []string{"alpha"}, asOf, subjects)
			if err != nil || len(out[0].Errors) > 0 || len(out[0].Results) != n {
				b.Fatalf("EvaluateRegions: %v %+v", err, out[0].Errors)
			}
		}
	}
	b.Run("plugin", func(b *testing.B) { run(b, startHost(b, Config{Builtin: []string{"alpha"}})) })
	b.Run("inprocess", func(b *testing.B) {
		h, err := NewInProcess(map[string]func() sdk.Policy{"alpha": newTestPolicy("alpha")}, testLogger(b))
		if err != nil {
			b.Fatal(err)
		}
		defer h.Close()
		run(b, h)
	})
}

func runBudget(b *testing.B, h *Host, ps []sdk.ProjectSpec) {
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		out, err := h.Budget(ctx, "alpha", asOf, ps)
		if err != nil || len(out.Errors) > 0 || len(out.Results) != len(ps) {
			b.Fatalf("Budget: %v %+v", err, out.Errors)
		}
	}
}
