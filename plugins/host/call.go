package host

import (
	"context"
	"errors"
	"fmt"
	"time"

	"go.opentelemetry.io/otel/attribute"
	otelcodes "go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/shegong/shegong/internal/tracing"
	"github.com/shegong/shegong/plugins/sdk"
)

// callPlugin runs fn against the region's current instance under a deadline of its own
// (Config.CallDeadline for n subjects, or the caller's deadline if that is sooner), and
// classifies a failure: the caller's own cancellation and bad arguments pass through; a
// gone, hung or unreachable plugin becomes *UnavailableError and is reported to its
// supervisor. For an in-process policy fn runs in its own goroutine, so the deadline holds
// even for a policy that ignores its context (an abandoned call's result is dropped); a
// plugin process's call runs on the caller's goroutine, since gRPC ends it at the deadline.
func callPlugin[T any](ctx context.Context, h *Host, s *slot, method string, n int, fn func(context.Context, sdk.Policy) (T, error)) (_ T, _ PluginRef, err error) {
	// A call within a traced request gets a span, whose context the gRPC client carries into
	// the plugin process; the policy sync at start and health checks are not traced.
	if trace.SpanFromContext(ctx).IsRecording() {
		var span trace.Span
		ctx, span = tracing.Tracer().Start(ctx, "plugin "+method, trace.WithAttributes(
			attribute.String(AttrRegion, s.region()), attribute.String(AttrMethod, method), attribute.Int(AttrItems, n)))
		defer func() {
			outcome := callOutcome(err)
			span.SetAttributes(attribute.String(AttrOutcome, outcome))
			if err != nil {
				span.SetStatus(otelcodes.Error, outcome) // the outcome, not the error's text
			}
			span.End()
		}()
	}
	if observe := h.cfg.ObserveCall; observe != nil {
		start := time.Now()
		defer func() { observe(s.region(), method, callOutcome(err), time.Since(start)) }()
	}
	var zero T
	in, err := s.acquire()
	if err != nil {
		return zero, PluginRef{}, err
	}
	defer in.inflight.Done()
	limit := h.cfg.CallDeadline(n)
	cctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	var out T
	if in.remote != nil {
		out, err = fn(cctx, in.policy)
	} else {
		out, err = aside(cctx, in.policy, fn)
	}
	if err == nil {
		return out, in.ref, nil
	}
	return zero, in.ref, h.classify(ctx, cctx, s, in, limit, err)
}

// aside runs fn in its own goroutine and returns when it does or when ctx ends, whichever is
// first; an abandoned call's result is dropped.
func aside[T any](ctx context.Context, p sdk.Policy, fn func(context.Context, sdk.Policy) (T, error)) (T, error) {
	type result struct {
		out T
		err error
	}
	done := make(chan result, 1) // buffered: an abandoned call still finishes its send
	go func() {
		out, err := fn(ctx, p)
		done <- result{out, err}
	}()
	select {
	case r := <-done:
		return r.out, r.err
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}

// Attributes of a plugin call's span: what was asked of which region, never the subjects.
const (
	AttrRegion  = "shegong.region"
	AttrMethod  = "shegong.plugin.method"
	AttrItems   = "shegong.plugin.items" // subjects or projects in the call
	AttrOutcome = "shegong.plugin.outcome"
)

// Methods of a plugin call, as Config.ObserveCall names them.
const (
	methodBudget   = "Budget"
	methodStaffing = "Staffing"
	methodCatalog  = "Catalog"
	methodEvaluate = "Evaluate"
)

// Outcomes of a plugin call (Config.ObserveCall).
const (
	OutcomeOK          = "ok"
	OutcomeUnavailable = "unavailable"  // the plugin is down, hung, or missed its deadline
	OutcomeBadArgument = "bad_argument" // the plugin refused the arguments
	OutcomeCanceled    = "canceled"     // the caller gave up (cancelled, or its own deadline)
	OutcomeError       = "error"        // any other failure
)

// callOutcome classifies a callPlugin error for Config.ObserveCall.
func callOutcome(err error) string {
	var argErr *sdk.ArgumentError
	switch {
	case err == nil:
		return OutcomeOK
	case errors.Is(err, ErrPluginUnavailable):
		return OutcomeUnavailable
	case errors.As(err, &argErr):
		return OutcomeBadArgument
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return OutcomeCanceled
	}
	return OutcomeError
}

func (h *Host) classify(ctx, cctx context.Context, s *slot, in *instance, limit time.Duration, err error) error {
	region := s.region()
	var argErr *sdk.ArgumentError
	if errors.As(err, &argErr) {
		return fmt.Errorf("region %s: %w", region, err)
	}
	// The server side sees the deadline too and may report it before the local timer
	// fires, so whose deadline ran out is decided by which one binds, not by ctx.Err alone.
	timedOut := errors.Is(cctx.Err(), context.DeadlineExceeded) || status.Code(err) == codes.DeadlineExceeded
	if cerr := ctx.Err(); cerr != nil {
		return fmt.Errorf("region %s: %w", region, cerr)
	}
	if timedOut && callerDeadlineBinds(ctx, cctx) {
		return fmt.Errorf("region %s: %w", region, context.DeadlineExceeded)
	}
	if in.hasExited() {
		return &UnavailableError{Region: region, Cause: fmt.Errorf("plugin process exited during the call: %w", err)}
	}
	if timedOut {
		late := fmt.Errorf("plugin did not answer within %s", limit)
		if !in.down.Load() { // a retired or killed instance takes no more calls anyway
			h.suspend(in, region, late)
		}
		return &UnavailableError{Region: region, Cause: late}
	}
	if in.down.Load() {
		return &UnavailableError{Region: region, Cause: fmt.Errorf("plugin process exited during the call: %w", err)}
	}
	switch status.Code(err) {
	case codes.Unavailable, codes.Canceled, codes.Aborted:
		// The connection broke: usually the process just died and exited will fire; if it
		// is still there, a ping decides whether it is hung.
		h.background(func() { h.checkAlive(in) })
		return &UnavailableError{Region: region, Cause: err}
	}
	return fmt.Errorf("region %s: %w", region, err)
}

// callerDeadlineBinds reports whether the caller's own deadline is the one the call ran
// into (it is no later than the host's per-call deadline).
func callerDeadlineBinds(ctx, cctx context.Context) bool {
	mine, ok := ctx.Deadline()
	capped, _ := cctx.Deadline()
	return ok && !mine.After(capped)
}

// suspend takes in out of service after a call ran past its deadline: later calls fail fast
// instead of each waiting for the deadline, while one health check decides. A plugin
// process that answers it serves again (the call was slow, the process is not hung); one
// that does not is reported unhealthy, and its supervisor replaces it. An in-process
// policy has nothing to replace, so it is checked again every PingInterval until it answers.
func (h *Host) suspend(in *instance, region string, cause error) {
	if !in.suspended.CompareAndSwap(false, true) {
		return
	}
	h.log.Warn("plugin call ran past its deadline; region suspended until a health check answers",
		"region", region, "pid", in.pid(), "cause", cause)
	h.background(func() {
		for {
			err := h.probe(in)
			if err == nil {
				in.suspended.Store(false)
				h.log.Info("suspended plugin answered its health check; serving again", "region", region, "pid", in.pid())
				return
			}
			if h.ctx.Err() != nil || in.down.Load() {
				return
			}
			if in.remote != nil {
				in.reportUnhealthy(fmt.Errorf("%w, and no answer to a health check: %w", cause, err))
				return
			}
			select {
			case <-h.ctx.Done():
				return
			case <-in.stopped:
				return
			case <-time.After(h.cfg.PingInterval):
			}
		}
	})
}

// probe is one health check of in within PingTimeout: a Ping to a process, a Describe in
// process (run aside, since a hung policy may ignore its context).
func (h *Host) probe(in *instance) error {
	ctx, cancel := context.WithTimeout(h.ctx, h.cfg.PingTimeout)
	defer cancel()
	if in.remote != nil {
		_, err := in.remote.Ping(ctx)
		return err
	}
	done := make(chan error, 1)
	go func() {
		_, err := in.policy.Describe(ctx)
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// checkAlive pings in once and reports it unhealthy if it does not answer.
func (h *Host) checkAlive(in *instance) {
	if in.remote == nil || in.down.Load() {
		return
	}
	ctx, cancel := context.WithTimeout(h.ctx, h.cfg.PingTimeout)
	defer cancel()
	if _, err := in.remote.Ping(ctx); err != nil && h.ctx.Err() == nil {
		in.reportUnhealthy(fmt.Errorf("ping failed: %w", err))
	}
}

// pingLoop health-checks in until stop is closed. Two failed pings in a row mark it hung:
// one can be a scheduling hiccup on a loaded machine.
func (h *Host) pingLoop(in *instance, stop <-chan struct{}) {
	if in.remote == nil {
		return
	}
	t := time.NewTicker(h.cfg.PingInterval)
	defer t.Stop()
	failures := 0
	for {
		select {
		case <-stop:
			return
		case <-in.stopped:
			return
		case <-t.C:
		}
		ctx, cancel := context.WithTimeout(h.ctx, h.cfg.PingTimeout)
		_, err := in.remote.Ping(ctx)
		cancel()
		if err == nil {
			failures = 0
			continue
		}
		if h.ctx.Err() != nil || in.down.Load() {
			return
		}
		if failures++; failures >= 2 {
			in.reportUnhealthy(fmt.Errorf("no answer to %d pings: %w", failures, err))
			return
		}
	}
}
