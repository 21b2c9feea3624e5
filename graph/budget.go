package graph

import (
	"context"

	"github.com/shegong/shegong/graph/limits"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/evaluate"
)

// EvaluationBudget refuses an operation whose policy fields together ask for more subject ×
// region evaluations than the caller's role may (evaluate.Budget), before any plugin is
// asked: aliases of compare, compareBatch or compareBatchSummary add up.
func (r *Resolver) EvaluationBudget() limits.Budget {
	one := func(map[string]any) int { return 1 }
	batch := func(args map[string]any) int {
		return limits.MulCapped(limits.Count(args["scenarios"]), r.regionCount(args["regions"]))
	}
	return limits.Budget{
		Name: "evaluations", NameZh: "评估",
		Limit: func(ctx context.Context) int { return evaluate.Budget(auth.ViewerOf(ctx).Role) },
		Cost: map[string]func(map[string]any) int{
			"evaluate":            one,
			"compare":             func(args map[string]any) int { return r.regionCount(args["regions"]) },
			"compareBatch":        batch,
			"compareBatchSummary": batch,
			"assessProject":       one,
			"assessStation":       one,
			"assessOrganization":  one,
		},
	}
}

// regionCount is how many regions a regions argument names: every loaded region when it is
// omitted.
func (r *Resolver) regionCount(regions any) int {
	if n := limits.Count(regions); n > 0 || r.cfg.Evaluator == nil {
		return n
	}
	return len(r.cfg.Evaluator.Regions())
}
