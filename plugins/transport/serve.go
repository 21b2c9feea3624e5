package transport

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"time"

	"github.com/hashicorp/go-hclog"
	"github.com/hashicorp/go-plugin"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/shegong/shegong/plugins/sdk"
)

// EnvLogLevel sets the plugin's log level (trace, debug, info, warn, error); default info.
// Plugins inherit the host's environment, so the server's setting reaches them.
const EnvLogLevel = "SHEGONG_PLUGIN_LOG_LEVEL"

// Serve runs policy as a region plugin and does not return. Call it from main:
//
//	func main() { transport.Serve(myregion.New()) }
//
// Run by hand (without the host's handshake cookie) it prints a short explanation and exits.
// It logs JSON to stderr, which the host turns into its own structured log, and exits by
// itself when the host process is gone.
func Serve(policy sdk.Policy) { ServeFeatures(policy, Features) }

// EnvGOMAXPROCS is Go's own variable. A plugin process whose host does not set it runs with
// GOMAXPROCS=1: a server runs a process per region, and one call at a time per process is
// the common case, so more threads per plugin only compete for the host's cores.
const EnvGOMAXPROCS = "GOMAXPROCS"

// ServeFeatures is Serve announcing and serving only the listed optional protocol features
// (a subset of Features): with none it is a plugin of protocol revision 1.0, as a host
// meets in plugins built with an older SDK.
func ServeFeatures(policy sdk.Policy, features []string) {
	if os.Getenv(EnvGOMAXPROCS) == "" {
		runtime.GOMAXPROCS(1)
	}
	logger := hclog.New(&hclog.LoggerOptions{
		Level:      hclog.LevelFromString(os.Getenv(EnvLogLevel)),
		Output:     os.Stderr,
		JSONFormat: true,
	})
	if logger.GetLevel() == hclog.NoLevel {
		logger.SetLevel(hclog.Info)
	}
	go watchHost(logger, os.Getppid(), 200*time.Millisecond)
	flushTraces := startTracing(logger)
	plugin.Serve(&plugin.ServeConfig{
		HandshakeConfig: Handshake,
		VersionedPlugins: map[int]plugin.PluginSet{
			sdk.ProtocolVersion: {PluginName: &GRPCPlugin{Impl: policy, Logger: logger, Features: features}},
		},
		GRPCServer: func(opts []grpc.ServerOption) *grpc.Server {
			return grpc.NewServer(append(opts, serverOptions(logger)...)...)
		},
		Logger: logger,
	})
	flushTraces()
	os.Exit(0)
}

// watchHost exits the plugin when its parent changes, i.e. the host died and the plugin was
// re-parented. This backs up the host's Pdeathsig (Linux only, and tied to the forking
// thread) and covers hosts on other systems. Polling getppid is one cheap syscall; stdin is
// not usable as a signal because go-plugin hands the host's own stdin to the plugin.
func watchHost(logger hclog.Logger, parent int, every time.Duration) {
	for range time.Tick(every) {
		if os.Getppid() != parent {
			logger.Error("host process is gone; exiting", "parent", parent)
			os.Exit(3)
		}
	}
}

// recoverUnary turns a panic anywhere in a call (rules are already guarded by sdk.InProcess;
// this also covers conversion code) into an Internal error for that call.
func recoverUnary(logger Logger) grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (resp any, err error) {
		defer func() {
			if v := recover(); v != nil {
				logger.Error("panic in plugin call", "method", info.FullMethod, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
				err = status.Errorf(codes.Internal, "%s: plugin panicked: %v", info.FullMethod, v)
			}
		}()
		return handler(ctx, req)
	}
}
