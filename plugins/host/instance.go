package host

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hashicorp/go-hclog"
	"github.com/hashicorp/go-plugin"

	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/plugins/transport"
)

// source is where a region's plugin comes from.
type source struct {
	builtin bool
	region  string // expected region; "" for an external binary not yet described
	path    string // external binary
	name    string // "builtin:<region>" or the file name
}

func builtinSource(region string) source {
	return source{builtin: true, region: region, name: "builtin:" + region}
}

// instance is one running plugin process, or one in-process policy, serving a region.
type instance struct {
	policy  sdk.Policy
	remote  *transport.RemotePolicy // nil in process
	client  *plugin.Client          // nil in process
	proc    *procRunner             // nil in process
	desc    *sdk.Description
	ref     PluginRef
	started time.Time

	inflight  sync.WaitGroup // calls holding this instance; a retired instance stops after them
	down      atomic.Bool    // no new calls
	suspended atomic.Bool    // a call ran past its deadline; no new calls until a health check answers
	unhealthy chan error     // a ping or a call found it hung or gone (buffered, first wins)
	stopOnce  sync.Once
	stopped   chan struct{}
	installed chan<- error // a Reload waiting for this instance to serve (buffered)
}

func newInstance(p sdk.Policy, d *sdk.Description, builtin bool) *instance {
	return &instance{
		policy: p, desc: d, started: time.Now(),
		ref:       PluginRef{Region: d.Region.Code, Version: d.PluginVersion, RulesetHash: d.RulesetHash, Builtin: builtin},
		unhealthy: make(chan error, 1),
		stopped:   make(chan struct{}),
	}
}

func (in *instance) pid() int {
	if in.proc == nil {
		return 0
	}
	return in.proc.pid
}

// exited is closed when the process has exited; nil (never) in process.
func (in *instance) exited() <-chan struct{} {
	if in.proc == nil {
		return nil
	}
	return in.proc.exited
}

func (in *instance) hasExited() bool {
	select {
	case <-in.exited():
		return true
	default:
		return false
	}
}

func (in *instance) reportUnhealthy(err error) {
	select {
	case in.unhealthy <- err:
	default:
	}
}

// stop ends the instance. graceful asks the plugin to shut down first (used after reload,
// once in-flight calls are done); otherwise the process group is killed at once.
func (in *instance) stop(graceful bool) {
	in.stopOnce.Do(func() {
		in.down.Store(true)
		defer close(in.stopped)
		if in.client == nil {
			return
		}
		if !graceful {
			_ = in.proc.Kill(context.Background())
		}
		done := make(chan struct{})
		go func() { in.client.Kill(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			// A frozen plugin can block go-plugin's graceful shutdown; killing the group
			// ends it and lets Kill finish.
			_ = in.proc.Kill(context.Background())
			<-done
		}
		_ = in.proc.Kill(context.Background()) // anything left in the group
	})
}

// permanentError marks a launch failure that retrying cannot fix (bad checksum, wrong
// region, incompatible protocol, untrusted path): the slot serves the region's built-in
// version if an external plugin was refused and there is one, or waits for Reload.
type permanentError struct {
	err      error
	external bool // an external plugin binary was refused
}

func (e *permanentError) Error() string { return e.err.Error() }
func (e *permanentError) Unwrap() error { return e.err }

func isPermanent(err error) bool {
	var p *permanentError
	return errors.As(err, &p)
}

type descKey struct{ region, version, hash string }

// describeMode says whether launch may reuse a cached description.
type describeMode int

const (
	// cachedDescribe reuses the description of a version described before (restarts after
	// a crash: the same binary, and Describe of a large ruleset is the slow part of a start).
	cachedDescribe describeMode = iota
	// freshDescribe always asks the new process (reload: the operator asked for the plugin
	// to be checked, and a rebuilt binary may keep its version string).
	freshDescribe
)

// launch starts a plugin process, completes the handshake, and describes it. The returned
// error names the binary and says why; it is a *permanentError when retrying cannot help.
func (h *Host) launch(ctx context.Context, src source, mode describeMode) (*instance, error) {
	refuse := func(reason string, err error) error {
		path := src.path
		if src.builtin {
			path = src.name
		}
		return &permanentError{err: &RefusedError{Path: path, Reason: reason, Err: err}, external: !src.builtin}
	}
	var cmd *exec.Cmd
	var secure *plugin.SecureConfig
	if src.builtin {
		cmd = h.cfg.Command(src.region)
	} else {
		if err := h.checkPluginTrusted(src.path); err != nil {
			return nil, refuse(err.Error(), nil)
		}
		lock, err := ReadLockFile(h.cfg.LockFile)
		if err != nil {
			return nil, refuse("cannot read lock file", err)
		}
		want, ok := lock[filepath.Base(src.path)]
		if !ok {
			return nil, refuse(fmt.Sprintf("not listed in lock file %s (run `shegong plugin lock`)", h.cfg.LockFile), nil)
		}
		sum, _ := hex.DecodeString(want)
		// A fresh SecureConfig per launch: the file is hashed right before exec, so a
		// binary swapped after locking is caught at every start, not just the first.
		secure = &plugin.SecureConfig{Checksum: sum, Hash: sha256.New()}
		cmd = exec.Command(src.path)
	}
	var proc *procRunner
	logger := h.log.With("plugin", src.name)
	// go-plugin names its own lines (and the plugin's, as logger=<name>), so its logger
	// gets the host's logger without the extra attribute.
	pluginLog := newHCLog(h.log, hclog.Trace)
	client := plugin.NewClient(&plugin.ClientConfig{
		HandshakeConfig:  transport.Handshake,
		VersionedPlugins: transport.PluginMap,
		AllowedProtocols: []plugin.Protocol{plugin.ProtocolGRPC},
		Logger:           pluginLog,
		StartTimeout:     h.cfg.StartTimeout,
		RunnerFunc:       runnerFunc(src.name, cmd, secure, &proc),
		GRPCDialOptions:  transport.DialOptions(),
	})
	fail := func(err error) (*instance, error) {
		client.Kill()
		return nil, err
	}
	rpc, err := client.Client()
	// go-plugin has no typed error for a protocol mismatch, so the version the plugin
	// offered is read from its handshake line (recorded by the runner) instead of
	// matching the wording of go-plugin's message.
	offered, announced := 0, false
	if proc != nil {
		offered, announced = proc.stdout.appProtocol()
	}
	switch {
	case errors.Is(err, plugin.ErrChecksumsDoNotMatch):
		return fail(refuse("checksum does not match lock file "+h.cfg.LockFile, nil))
	case err != nil && announced && offered != sdk.ProtocolVersion:
		return fail(refuse(fmt.Sprintf("incompatible protocol version: plugin speaks protocol %d, host speaks %d", offered, sdk.ProtocolVersion), err))
	case err != nil && !src.builtin:
		return fail(refuse("handshake failed", err))
	case err != nil:
		return fail(fmt.Errorf("start %s: %w", src.name, err))
	}
	if v := client.NegotiatedVersion(); v != sdk.ProtocolVersion {
		return fail(refuse(fmt.Sprintf("speaks protocol %d, want %d", v, sdk.ProtocolVersion), nil))
	}
	raw, err := rpc.Dispense(transport.PluginName)
	if err != nil {
		return fail(refuse("dispense policy", err))
	}
	remote, ok := raw.(*transport.RemotePolicy)
	if !ok {
		return fail(refuse(fmt.Sprintf("dispensed %T, want *transport.RemotePolicy", raw), nil))
	}
	sctx, cancel := context.WithTimeout(ctx, h.cfg.StartTimeout)
	defer cancel()
	desc, err := h.describe(sctx, remote, mode)
	if err != nil {
		if src.builtin {
			return fail(fmt.Errorf("%s: %w", src.name, err))
		}
		return fail(refuse("describe failed", err))
	}
	if err := checkDescription(desc, src.region); err != nil {
		return fail(refuse("describe", err))
	}
	in := newInstance(remote, desc, src.builtin)
	in.remote, in.client, in.proc = remote, client, proc
	logger.Info("plugin started", "region", desc.Region.Code, "version", desc.PluginVersion, "pid", proc.pid)
	return in, nil
}

// describe pings the plugin for its identity and, in cachedDescribe mode, reuses the cached
// Description when that version was described before; otherwise it fetches the description
// in full and caches it.
func (h *Host) describe(ctx context.Context, remote *transport.RemotePolicy, mode describeMode) (*sdk.Description, error) {
	info, err := remote.Ping(ctx)
	if err != nil {
		return nil, fmt.Errorf("ping: %w", err)
	}
	if mode == cachedDescribe {
		key := descKey{info.Region, info.PluginVersion, info.RulesetHash}
		h.mu.RLock()
		d := h.descCache[key]
		h.mu.RUnlock()
		if d != nil {
			return d, nil
		}
	}
	d, err := remote.Describe(ctx) // its errors already say "Describe: …"
	if err != nil {
		return nil, err
	}
	h.mu.Lock()
	h.descCache[descKey{d.Region.Code, d.PluginVersion, d.RulesetHash}] = d
	h.mu.Unlock()
	return d, nil
}

func checkDescription(d *sdk.Description, want string) error {
	switch {
	case d.Region.Code == "":
		return errors.New("no region code")
	case want != "" && d.Region.Code != want:
		return fmt.Errorf("claims region %q, expected %q", d.Region.Code, want)
	case d.ProtocolVersion != sdk.ProtocolVersion:
		return fmt.Errorf("built for protocol %d, host speaks %d", d.ProtocolVersion, sdk.ProtocolVersion)
	case d.Region.Parent == d.Region.Code:
		return errors.New("region is its own parent")
	}
	return nil
}
