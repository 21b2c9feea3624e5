package host

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os/exec"

	"github.com/shegong/shegong/plugins/sdk"
)

// Region returns one region's plugin as an sdk.Policy (an sdk.Evaluator), without its ancestors: each call goes
// through the host's supervision (deadlines, unavailability, batch splitting), and Describe
// answers from the cached description. The conformance kit checks plugins through it.
func (h *Host) Region(region string) (sdk.Policy, error) {
	s := h.slot(region)
	if s == nil {
		return nil, fmt.Errorf("region %q: %w", region, ErrUnknownRegion)
	}
	return &regionPolicy{h: h, s: s}, nil
}

type regionPolicy struct {
	h *Host
	s *slot
}

func (r *regionPolicy) Describe(context.Context) (*sdk.Description, error) {
	d, _, err := r.h.Describe(r.s.region())
	return d, err
}

func (r *regionPolicy) Budget(ctx context.Context, asOf sdk.Date, projects []sdk.ProjectSpec) ([]sdk.BudgetResult, error) {
	out, _, err := callChunked(ctx, r.h, r.s, methodBudget, projects, func(ctx context.Context, p sdk.Policy, part []sdk.ProjectSpec) ([]sdk.BudgetResult, error) {
		return p.Budget(ctx, asOf, part)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (r *regionPolicy) Staffing(ctx context.Context, asOf sdk.Date, subjects []sdk.Subject) ([]sdk.StaffingResult, error) {
	out, _, err := callChunked(ctx, r.h, r.s, methodStaffing, subjects, func(ctx context.Context, p sdk.Policy, part []sdk.Subject) ([]sdk.StaffingResult, error) {
		return p.Staffing(ctx, asOf, part)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Evaluates is true: the host evaluates with Evaluate when the plugin serves it and with
// Budget and Staffing when it does not.
func (r *regionPolicy) Evaluates() bool { return true }

func (r *regionPolicy) Evaluate(ctx context.Context, asOf sdk.Date, subjects []sdk.Subject, checked *sdk.Checked) ([]sdk.EvaluateResult, error) {
	out, _, err := r.h.evaluateRegion(ctx, r.s, asOf, subjects, func() *sdk.Checked {
		if checked == nil {
			return sdk.ValidateSubjects(asOf, subjects)
		}
		return checked
	}, nil)
	return out, err
}

func (r *regionPolicy) Catalog(ctx context.Context, asOf sdk.Date) (*sdk.CatalogResult, error) {
	out, _, err := r.h.Catalog(ctx, r.s.region(), asOf)
	return out, err
}

// Probe starts the plugin served by cmd once, describes it and stops it: how a tool learns
// which region a binary serves before running it under a Host.
func Probe(ctx context.Context, cmd *exec.Cmd, logger *slog.Logger) (*sdk.Description, error) {
	h, err := New(Config{Logger: logger, Command: func(string) *exec.Cmd { return cmd }})
	if err != nil {
		return nil, err
	}
	defer h.Close()
	in, err := h.launch(ctx, source{builtin: true, name: "probe:" + cmd.Path}, freshDescribe)
	if err != nil {
		var p *permanentError
		if errors.As(err, &p) {
			return nil, p.err
		}
		return nil, err
	}
	defer in.stop(true)
	return in.desc, nil
}
