package transport

import (
	"context"

	"github.com/hashicorp/go-plugin"
	"google.golang.org/grpc"

	"github.com/shegong/shegong/plugins/proto/policyv1"
	"github.com/shegong/shegong/plugins/sdk"
)

// FeatureEvaluate is the protocol feature (revision 1.1) of a plugin that serves Evaluate.
const FeatureEvaluate = "evaluate"

// Features lists the optional parts of the protocol this transport serves; Serve announces
// them in the plugin's Ping answer.
var Features = []string{FeatureEvaluate, FeatureReform}

// PluginName is the name under which a region plugin dispenses its Policy.
const PluginName = "policy"

// MaxMessageBytes bounds one gRPC message in either direction. The default 4 MiB is too
// small for a batch of thousands of subjects with cited findings; the host splits batches
// so that a response stays well below this.
const MaxMessageBytes = 64 << 20

// windowBytes is the HTTP/2 flow-control window of a plugin connection and of each call on
// it, fixed on both sides. gRPC otherwise estimates the bandwidth-delay product: it sends a
// ping with a call's data and the other process must wake to acknowledge it, one more wake-up
// of each process per call, for a loopback connection that has no delay to estimate. 16 MiB
// is the largest window the estimate would grow to; the window is a credit, not a buffer.
const windowBytes = 16 << 20

// DialOptions are the host's gRPC options for a connection to a plugin process.
func DialOptions() []grpc.DialOption {
	return []grpc.DialOption{
		grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(MaxMessageBytes), grpc.MaxCallSendMsgSize(MaxMessageBytes)),
		grpc.WithInitialWindowSize(windowBytes),
		grpc.WithInitialConnWindowSize(windowBytes),
		// The write buffer is released between writes: five idle connections hold none.
		grpc.WithSharedWriteBuffer(true),
		TraceClientCalls(),
	}
}

// serverOptions are the plugin's gRPC server options, the counterpart of DialOptions.
func serverOptions(logger Logger) []grpc.ServerOption {
	return []grpc.ServerOption{
		grpc.MaxRecvMsgSize(MaxMessageBytes),
		grpc.MaxSendMsgSize(MaxMessageBytes),
		grpc.InitialWindowSize(windowBytes),
		grpc.InitialConnWindowSize(windowBytes),
		grpc.SharedWriteBuffer(true),
		grpc.ChainUnaryInterceptor(recoverUnary(logger)),
		traceServerCalls(),
	}
}

// Handshake is the go-plugin handshake shared by the host and every region plugin. The
// cookie is not a security measure: it stops a plugin binary from being run by hand or by
// another go-plugin host by mistake. ProtocolVersion is negotiated through PluginMap.
var Handshake = plugin.HandshakeConfig{
	MagicCookieKey:   "SHEGONG_PLUGIN",
	MagicCookieValue: "7d0c3b6e2f5a4c1e9b8d06a1f4e2c9b3-region-policy",
}

// PluginMap is the set of plugins a host asks for, keyed by protocol version. A future
// protocol v2 is added as a new key so that hosts and plugins of different ages negotiate
// the newest version both speak.
var PluginMap = map[int]plugin.PluginSet{
	sdk.ProtocolVersion: {PluginName: &GRPCPlugin{}},
}

// GRPCPlugin adapts a Policy to go-plugin's gRPC transport. Region authors do not use it
// directly: Serve builds it, and the host dispenses a *RemotePolicy from it.
type GRPCPlugin struct {
	plugin.NetRPCUnsupportedPlugin
	// Impl is the served policy (plugin side only).
	Impl sdk.Policy
	// Logger receives panics and call errors on the plugin side; nil discards them.
	Logger Logger
	// Features are the optional protocol parts served and announced (plugin side); Serve
	// sets Features, all this transport serves.
	Features []string
}

// Logger is the small logging surface the plugin side needs (hclog satisfies it).
type Logger interface {
	Error(msg string, args ...any)
	Warn(msg string, args ...any)
	Info(msg string, args ...any)
}

// GRPCServer registers the policy service (plugin side).
func (p *GRPCPlugin) GRPCServer(_ *plugin.GRPCBroker, s *grpc.Server) error {
	impl := sdk.InProcess(p.Impl)
	policyv1.RegisterRegionPolicyServer(s, &policyServer{impl: impl, log: p.Logger, features: servedFeatures(impl, p.Features)})
	return nil
}

// GRPCClient returns a *RemotePolicy talking to the plugin (host side).
func (p *GRPCPlugin) GRPCClient(_ context.Context, _ *plugin.GRPCBroker, c *grpc.ClientConn) (any, error) {
	return &RemotePolicy{client: policyv1.NewRegionPolicyClient(c)}, nil
}
