// Package host discovers, launches, supervises and calls region policy plugins.
//
// Built-in regions run as the server's own executable re-executed in plugin mode; external
// plugins are binaries in a plugin directory, each checked against a SHA-256 lock file. Every
// region runs in its own process; a crashed or hung one fails fast with *UnavailableError
// for that region only and is restarted with backoff, and Reload swaps in a new process
// without dropping calls. An in-process Host (NewInProcess) offers the same API over plain
// Policy values for tests and benchmarks.
package host

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"slices"
	"sync"

	"github.com/shegong/shegong/plugins/sdk"
)

// Host routes policy calls to region plugins.
type Host struct {
	cfg Config
	log *slog.Logger

	ctx    context.Context // the host's lifetime
	cancel context.CancelFunc
	wg     sync.WaitGroup // supervisors and retiring instances

	mu        sync.RWMutex
	slots     map[string]*slot // by region code
	refused   []PluginStatus   // external binaries that were not loaded
	descCache map[descKey]*sdk.Description
	started   bool

	mislabelled sync.Map // "region@version" of plugins already warned about mislabelled findings
}

// New returns a host for cfg; Start launches the plugins.
func New(cfg Config) (*Host, error) {
	if err := cfg.setDefaults(); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	return &Host{
		cfg: cfg, log: cfg.Logger, ctx: ctx, cancel: cancel,
		slots: map[string]*slot{}, descCache: map[descKey]*sdk.Description{},
	}, nil
}

// Start discovers and launches every plugin and returns once each has either started or
// failed its first attempt (failures are in Status and the log; they do not fail Start).
// External plugins are launched first: one whose region matches a built-in replaces it.
// Start returns an error only for an unreadable plugin directory or when ctx ends first.
func (h *Host) Start(ctx context.Context) error {
	h.mu.Lock()
	if h.started {
		h.mu.Unlock()
		return errors.New("host already started")
	}
	h.started = true
	h.mu.Unlock()

	var files []string
	if h.cfg.PluginDir != "" {
		var err error
		if files, err = PluginFiles(h.cfg.PluginDir, h.cfg.LockFile); err != nil {
			return err
		}
	}
	type launched struct {
		src source
		in  *instance
		err error
	}
	results := make([]launched, len(files))
	var wg sync.WaitGroup
	for i, f := range files {
		src := source{path: filepath.Join(h.cfg.PluginDir, f), name: f}
		wg.Go(func() {
			in, err := h.launch(h.ctx, src, cachedDescribe)
			results[i] = launched{src, in, err}
		})
	}
	wg.Wait()

	h.mu.Lock()
	for _, r := range results {
		if r.err != nil {
			h.log.Error("plugin refused", "plugin", r.src.name, "path", r.src.path, "error", r.err)
			h.refused = append(h.refused, PluginStatus{Name: r.src.name, Path: r.src.path, State: StateFailed, LastError: r.err.Error()})
			continue
		}
		code := r.in.desc.Region.Code
		if other, dup := h.slots[code]; dup {
			err := &RefusedError{Path: r.src.path, Reason: fmt.Sprintf("region %q is already served by %s", code, other.src.name)}
			h.log.Error("plugin refused", "plugin", r.src.name, "error", err)
			h.refused = append(h.refused, PluginStatus{Region: code, Name: r.src.name, Path: r.src.path, State: StateFailed, LastError: err.Error()})
			r.in.stop(false)
			continue
		}
		if slices.Contains(h.cfg.Builtin, code) {
			h.log.Info("external plugin replaces built-in region", "region", code, "plugin", r.src.name)
		}
		r.src.region = code
		s := newSlot(h, r.src)
		if slices.Contains(h.cfg.Builtin, code) {
			fb := builtinSource(code)
			s.fallback = &fb
		}
		h.slots[code] = s
		h.wg.Go(func() { s.supervise(h.ctx, r.in) })
	}
	for _, code := range h.cfg.Builtin {
		if _, replaced := h.slots[code]; replaced {
			continue
		}
		s := newSlot(h, builtinSource(code))
		h.slots[code] = s
		h.wg.Go(func() { s.supervise(h.ctx, nil) })
	}
	all := make([]*slot, 0, len(h.slots))
	for _, s := range h.slots {
		all = append(all, s)
	}
	h.mu.Unlock()

	for _, s := range all {
		select {
		case <-s.firstDone:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// Close stops every plugin process and waits for them to be gone.
func (h *Host) Close() error {
	h.cancel()
	h.wg.Wait()
	return nil
}

// background runs f for the life of the host; Close waits for it.
func (h *Host) background(f func()) { h.wg.Go(f) }

func (h *Host) slot(region string) *slot {
	h.mu.RLock()
	defer h.mu.RUnlock()
	return h.slots[region]
}

// Regions returns the codes of every region with a plugin, sorted.
func (h *Host) Regions() []string {
	h.mu.RLock()
	defer h.mu.RUnlock()
	out := make([]string, 0, len(h.slots))
	for r := range h.slots {
		out = append(out, r)
	}
	slices.Sort(out)
	return out
}

// Status reports every plugin, by region, then refused binaries by file name.
func (h *Host) Status() []PluginStatus {
	var out []PluginStatus
	for _, r := range h.Regions() {
		if s := h.slot(r); s != nil {
			out = append(out, s.status())
		}
	}
	h.mu.RLock()
	out = append(out, h.refused...)
	h.mu.RUnlock()
	return out
}

// Ready reports whether every region's plugin is serving (refused external binaries that
// serve no region do not count).
func (h *Host) Ready() bool {
	for _, r := range h.Regions() {
		if s := h.slot(r); s == nil || s.status().State != StateReady {
			return false
		}
	}
	return true
}

// Describe returns the region's description (cached per plugin version; no plugin call)
// and the plugin that gave it. It answers from the last known description while the
// plugin restarts.
func (h *Host) Describe(region string) (*sdk.Description, PluginRef, error) {
	s := h.slot(region)
	if s == nil {
		return nil, PluginRef{}, fmt.Errorf("describe %q: %w", region, ErrUnknownRegion)
	}
	d := s.description()
	if d == nil {
		// Not described yet: acquire says why. The plugin may have come up between the two
		// reads, and then acquire holds it; that hold must be released at once, or the
		// instance could never retire (a reload or Close would wait for it forever).
		in, err := s.acquire()
		if err != nil {
			return nil, PluginRef{}, err
		}
		in.inflight.Done()
		return in.desc, in.ref, nil
	}
	return d, PluginRef{Region: region, Version: d.PluginVersion, RulesetHash: d.RulesetHash, Builtin: s.active().builtin}, nil
}

// Reload replaces the region's plugin with a freshly started one (re-reading the binary and
// the lock file for external plugins) and checks it with Describe, even when it reports the
// version already cached (restarts after a crash reuse that cache; a reload does not). It
// returns once the new plugin serves; calls in flight on the old one finish on it first.
// On error the old plugin keeps serving.
func (h *Host) Reload(ctx context.Context, region string) error {
	s := h.slot(region)
	if s == nil {
		return fmt.Errorf("reload %q: %w", region, ErrUnknownRegion)
	}
	if err := s.reload(ctx); err != nil {
		return fmt.Errorf("reload %s: %w", region, err)
	}
	return nil
}
