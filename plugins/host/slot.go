package host

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/shegong/shegong/plugins/sdk"
)

// slot is one region's place in the host: the instance serving it now, its supervisor and
// its status. Calls take the current instance under a read lock and hold it (inflight)
// until they return, so a swap never cuts a call off.
type slot struct {
	h   *Host
	src source

	mu       sync.RWMutex
	cur      *instance
	last     *sdk.Description // last known description, kept while down (for the chain)
	state    State
	restarts int
	lastErr  string

	// fallback is the built-in version of the region an external plugin serves, if there is
	// one; onFallback says why it serves instead ("" while the external plugin does).
	fallback   *source
	onFallback string

	newPolicy func() sdk.Policy // in-process slots only
	reloads   chan reloadRequest
	firstDone chan struct{} // closed after the first launch attempt
	firstOnce sync.Once
}

type reloadRequest struct {
	ctx   context.Context
	reply chan error
}

func newSlot(h *Host, src source) *slot {
	return &slot{h: h, src: src, state: StateStarting, reloads: make(chan reloadRequest), firstDone: make(chan struct{})}
}

func (s *slot) region() string { return s.src.region }

// active is the source restarts launch: the slot's own plugin, or its built-in fallback
// while that serves.
func (s *slot) active() source {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.onFallback != "" {
		return *s.fallback
	}
	return s.src
}

// fallBack switches the slot to its built-in version when err refused its external plugin
// and there is one; it returns that source, or nil when the slot has to wait for a reload.
func (s *slot) fallBack(err error) *source {
	var p *permanentError
	if s.fallback == nil || !errors.As(err, &p) || !p.external {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.onFallback = fmt.Sprintf("内置版本代为服务 / the built-in version serves: %v", err)
	return s.fallback
}

// acquire returns the serving instance with a hold on it, or fails fast when the region is
// down. The caller must call in.inflight.Done().
func (s *slot) acquire() (*instance, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	in := s.cur
	if in != nil && !in.down.Load() && in.suspended.Load() {
		return nil, &UnavailableError{Region: s.region(), Cause: errors.New("plugin ran past a call deadline; suspended until it answers a health check")}
	}
	if in == nil || in.down.Load() {
		cause := fmt.Sprintf("plugin is %s", s.state)
		if s.lastErr != "" {
			cause += ": " + s.lastErr
		}
		return nil, &UnavailableError{Region: s.region(), Cause: errors.New(cause)}
	}
	in.inflight.Add(1)
	return in, nil
}

func (s *slot) description() *sdk.Description {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.last
}

// install makes in the serving instance and retires the previous one once its in-flight
// calls have finished.
func (s *slot) install(in *instance) {
	s.mu.Lock()
	old := s.cur
	s.cur, s.last, s.state, s.lastErr = in, in.desc, StateReady, ""
	if !in.ref.Builtin {
		s.onFallback = "" // the external plugin serves (again)
	}
	s.mu.Unlock()
	s.firstOnce.Do(func() { close(s.firstDone) })
	if in.installed != nil {
		in.installed <- nil
	}
	if old != nil {
		old.down.Store(true)
		s.h.background(func() {
			old.inflight.Wait()
			old.stop(true)
		})
	}
}

// takeDown removes in from service after it crashed or hung.
func (s *slot) takeDown(in *instance, cause error) {
	s.mu.Lock()
	if s.cur == in {
		s.cur = nil
	}
	s.state, s.lastErr = StateRestarting, cause.Error()
	s.restarts++
	s.mu.Unlock()
	in.stop(false)
}

func (s *slot) setFailed(err error, state State) {
	s.mu.Lock()
	s.state, s.lastErr = state, err.Error()
	s.mu.Unlock()
	s.firstOnce.Do(func() { close(s.firstDone) })
}

func (s *slot) status() PluginStatus {
	s.mu.RLock()
	defer s.mu.RUnlock()
	st := PluginStatus{
		Region: s.region(), Name: s.src.name, State: s.state, Restarts: s.restarts,
		LastError: s.lastErr, Builtin: s.src.builtin, Path: s.src.path, Fallback: s.onFallback,
	}
	if s.onFallback != "" {
		st.Name, st.Builtin = s.fallback.name, true
	}
	if s.last != nil {
		st.Version, st.RulesetHash = s.last.PluginVersion, s.last.RulesetHash
	}
	if s.cur != nil {
		st.PID = s.cur.pid()
	}
	return st
}

// supervise keeps the region served until ctx ends: it watches the running instance,
// restarts a crashed or hung one with exponential backoff, and performs reloads. first is
// an instance already launched (external plugins are launched during discovery).
func (s *slot) supervise(ctx context.Context, first *instance) {
	log := s.h.log.With("region", s.region(), "plugin", s.src.name)
	backoff := s.h.cfg.BackoffMin
	in := first
	var err error
	if in == nil {
		in, err = s.h.launch(ctx, s.src, cachedDescribe)
	}
	for {
		if ctx.Err() != nil {
			if in != nil {
				in.stop(true)
			}
			s.stop()
			return
		}
		if err != nil {
			in = nil
			if isPermanent(err) {
				if fb := s.fallBack(err); fb != nil {
					log.Error("plugin refused; its built-in version serves the region instead", "error", err)
					in, err = s.h.launch(ctx, *fb, cachedDescribe)
					continue
				}
				log.Error("plugin refused", "error", err)
				s.setFailed(err, StateFailed)
				in, err = s.waitForReload(ctx)
				continue
			}
			log.Warn("plugin failed to start; retrying", "error", err, "backoff", backoff)
			s.setFailed(err, StateRestarting)
			var reload *reloadRequest
			if reload = s.sleep(ctx, backoff); reload != nil {
				in, err = s.reloadNow(ctx, *reload, nil)
				continue
			}
			backoff = min(2*backoff, s.h.cfg.BackoffMax)
			in, err = s.h.launch(ctx, s.active(), cachedDescribe)
			continue
		}

		s.install(in)
		stopPing := make(chan struct{})
		go s.h.pingLoop(in, stopPing)
		cause, next := s.watch(ctx, in)
		close(stopPing)
		if next != nil { // reloaded: the new instance is already installed
			in = next
			continue
		}
		if ctx.Err() != nil {
			continue
		}
		if time.Since(in.started) >= s.h.cfg.StableAfter {
			backoff = s.h.cfg.BackoffMin
		}
		log.Error("plugin down; restarting", "cause", cause, "pid", in.pid(), "backoff", backoff)
		s.takeDown(in, cause)
		in = nil
		if reload := s.sleep(ctx, backoff); reload != nil {
			in, err = s.reloadNow(ctx, *reload, nil)
			continue
		}
		backoff = min(2*backoff, s.h.cfg.BackoffMax)
		in, err = s.h.launch(ctx, s.active(), cachedDescribe)
	}
}

// watch waits until in exits, turns unhealthy, is replaced by a reload, or ctx ends.
func (s *slot) watch(ctx context.Context, in *instance) (cause error, next *instance) {
	for {
		select {
		case <-ctx.Done():
			return ctx.Err(), nil
		case <-in.exited():
			return errors.New("plugin process exited"), nil
		case err := <-in.unhealthy:
			return err, nil
		case req := <-s.reloads:
			next, err := s.reloadNow(ctx, req, in)
			if err == nil {
				return nil, next
			}
		}
	}
}

// reloadNow launches a new instance for a reload request. A failure is answered at once
// (the current instance, if any, keeps serving); success is answered by install, so that
// Reload returns only once the new instance serves.
func (s *slot) reloadNow(ctx context.Context, req reloadRequest, cur *instance) (*instance, error) {
	lctx, cancel := context.WithCancel(ctx)
	stop := context.AfterFunc(req.ctx, cancel)
	next, err := s.h.launch(lctx, s.src, freshDescribe)
	stop()
	cancel()
	if err != nil {
		req.reply <- err
	} else {
		next.installed = req.reply
	}
	if err != nil && cur != nil {
		s.h.log.Warn("reload failed; previous plugin keeps serving", "region", s.region(), "error", err)
		return nil, err
	}
	if err == nil {
		s.h.log.Info("plugin reloaded", "region", s.region(), "version", next.desc.PluginVersion, "pid", next.pid())
	}
	return next, err
}

// sleep waits for d, returning early with a reload request if one arrives.
func (s *slot) sleep(ctx context.Context, d time.Duration) *reloadRequest {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	case req := <-s.reloads:
		return &req
	}
	return nil
}

func (s *slot) waitForReload(ctx context.Context) (*instance, error) {
	select {
	case <-ctx.Done():
		return nil, ctx.Err()
	case req := <-s.reloads:
		return s.reloadNow(ctx, req, nil)
	}
}

func (s *slot) stop() {
	s.mu.Lock()
	cur := s.cur
	s.cur, s.state = nil, StateStopped
	s.mu.Unlock()
	s.firstOnce.Do(func() { close(s.firstDone) })
	if cur != nil {
		cur.stop(true) // the server is stopping: let the plugin exit by itself
	}
}

// reload asks the supervisor for a new instance and waits for the outcome.
func (s *slot) reload(ctx context.Context) error {
	if s.newPolicy != nil {
		return s.reloadInProcess(ctx)
	}
	req := reloadRequest{ctx: ctx, reply: make(chan error, 1)}
	select {
	case s.reloads <- req:
	case <-ctx.Done():
		return ctx.Err()
	case <-s.h.ctx.Done():
		return errors.New("host is closed")
	}
	select {
	case err := <-req.reply:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}
