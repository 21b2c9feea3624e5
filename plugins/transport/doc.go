// Package transport carries a region's sdk.Policy between processes: the go-plugin
// handshake and plugin set, the gRPC server a plugin process runs (Serve) and the client the
// host dispenses (RemotePolicy), the conversion between the SDK's plain Go types and the
// protocol's generated types (plugins/proto/policyv1), the compact findings tables of an
// Evaluate answer, and the trace context that crosses with an evaluation call.
//
// A region author writes rules against plugins/sdk only and touches this package once, in
// the plugin's main:
//
//	func main() { transport.Serve(myregion.New()) }
//
// The host (plugins/host) uses the rest. The dependency runs one way: transport imports sdk,
// never the reverse, so an author's rules and tests never link gRPC or protobuf.
package transport
