package host

import (
	"context"
	"errors"
	"fmt"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/shegong/shegong/plugins/sdk"
)

// call runs fn against the region's current instance under the caller's deadline capped by
// CallTimeout, and classifies a failure: the caller's own cancellation and bad arguments
// pass through; a gone, hung or unreachable plugin becomes *UnavailableError and is
// reported to its supervisor.
func (h *Host) call(ctx context.Context, s *slot, fn func(context.Context, sdk.Policy) error) (PluginRef, error) {
	in, err := s.acquire()
	if err != nil {
		return PluginRef{}, err
	}
	defer in.inflight.Done()
	cctx, cancel := context.WithTimeout(ctx, h.cfg.CallTimeout)
	defer cancel()
	err = fn(cctx, in.policy)
	if err == nil {
		return in.ref, nil
	}
	return in.ref, h.classify(ctx, cctx, s, in, err)
}

func (h *Host) classify(ctx, cctx context.Context, s *slot, in *instance, err error) error {
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
	if in.hasExited() || in.down.Load() {
		return &UnavailableError{Region: region, Cause: fmt.Errorf("plugin process exited during the call: %w", err)}
	}
	if timedOut {
		hung := fmt.Errorf("plugin did not answer within %s", h.cfg.CallTimeout)
		in.reportUnhealthy(hung)
		return &UnavailableError{Region: region, Cause: hung}
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
// into (it is no later than the host's CallTimeout cap).
func callerDeadlineBinds(ctx, cctx context.Context) bool {
	mine, ok := ctx.Deadline()
	capped, _ := cctx.Deadline()
	return ok && !mine.After(capped)
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
