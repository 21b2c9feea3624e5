package host

import (
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/shegong/shegong/plugins/sdk"
)

// PluginModeArg is the hidden first argument that makes the shegong binary serve one
// built-in region as a plugin: `shegong __plugin <region>`.
const PluginModeArg = "__plugin"

// Config configures a Host. Only Builtin and PluginDir usually need setting.
type Config struct {
	// Builtin lists the built-in region codes, each served by a process started with Command.
	Builtin []string
	// Command returns the command serving one built-in region. Default: this executable
	// re-executed as `<exe> __plugin <region>`.
	Command func(region string) *exec.Cmd
	// PluginDir holds external plugin binaries; "" for none.
	PluginDir string
	// LockFile lists the SHA-256 of every external plugin; default <PluginDir>/plugins.lock.
	LockFile string
	// Logger receives the host's and the plugins' logs; default slog.Default().
	Logger *slog.Logger
	// ObserveCall, when set, is told of every plugin call once it ended: the region, the
	// method (Budget, Staffing, Catalog), the outcome (one of the Outcome* constants) and how
	// long it took. Server metrics count calls through it.
	ObserveCall func(region, method, outcome string, d time.Duration)

	StartTimeout time.Duration // launch to handshake and Describe; default 10s
	// CallTimeout is the deadline of one call to a plugin that carries no subjects (Catalog),
	// and the base of every call's deadline, whatever the caller's own deadline: a region
	// whose plugin does not answer in time answers PLUGIN_UNAVAILABLE while the other
	// regions answer at once. Default 500ms.
	CallTimeout time.Duration
	// CallTimeoutPerSubject is added to CallTimeout for each subject a call carries, so a
	// large batch chunk gets the time its size needs. Default 1ms (a 2000-subject chunk:
	// 2.5s).
	CallTimeoutPerSubject time.Duration
	PingInterval          time.Duration // health check period; default 1s
	PingTimeout           time.Duration // a ping slower than this counts as failed; default 2s
	BackoffMin            time.Duration // first restart delay; default 100ms, doubling
	BackoffMax            time.Duration // default 30s
	StableAfter           time.Duration // a plugin up this long resets the backoff; default 10s
	// BatchSize is the most subjects sent in one call; larger batches are split. Default 2000,
	// at most sdk.MaxBatch; it keeps a response well under transport.MaxMessageBytes.
	BatchSize int
}

// Default per-call deadlines (Config.CallTimeout, Config.CallTimeoutPerSubject). A subject
// takes about 0.2 ms in a plugin on an idle 2-core machine; the per-subject allowance is
// 25 times that, so a 2,000-subject chunk still fits on a machine busy with other work (a
// chunk took over 2.5 s under a load average of 9), while a single evaluate keeps a deadline
// well under a second.
const (
	DefaultCallTimeout           = 500 * time.Millisecond
	DefaultCallTimeoutPerSubject = 5 * time.Millisecond
)

// CallDeadline is the deadline of one call to a plugin carrying n subjects.
func (c *Config) CallDeadline(n int) time.Duration {
	return c.CallTimeout + time.Duration(n)*c.CallTimeoutPerSubject
}

func (c *Config) setDefaults() error {
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.Command == nil {
		exe, err := os.Executable()
		if err != nil {
			return fmt.Errorf("find own executable for built-in plugins: %w", err)
		}
		c.Command = func(region string) *exec.Cmd { return exec.Command(exe, PluginModeArg, region) }
	}
	if c.LockFile == "" && c.PluginDir != "" {
		c.LockFile = filepath.Join(c.PluginDir, LockFileName)
	}
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&c.StartTimeout, 10*time.Second)
	def(&c.CallTimeout, DefaultCallTimeout)
	def(&c.CallTimeoutPerSubject, DefaultCallTimeoutPerSubject)
	def(&c.PingInterval, time.Second)
	def(&c.PingTimeout, 2*time.Second)
	def(&c.BackoffMin, 100*time.Millisecond)
	def(&c.BackoffMax, 30*time.Second)
	def(&c.StableAfter, 10*time.Second)
	if c.BatchSize <= 0 || c.BatchSize > sdk.MaxBatch {
		c.BatchSize = min(2000, sdk.MaxBatch)
	}
	seen := map[string]bool{}
	for _, r := range c.Builtin {
		if r == "" || seen[r] {
			return fmt.Errorf("built-in regions: empty or duplicate code %q", r)
		}
		seen[r] = true
	}
	return nil
}
