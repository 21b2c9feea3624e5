// Command testregion-plugin serves the test region as an external plugin. Build variants with
// -ldflags "-X main.regionCode=shenzhen -X main.version=2.0.0" to pose as a built-in region
// or as a newer version. Two more variables build deliberately broken plugins for the host's
// refusal tests:
//
//	-X main.protocol=2         speak protocol version 2 in the handshake (the host speaks 1)
//	-X main.failDescribe=true  answer the handshake and Ping, but fail every Describe
package main

import (
	"fmt"
	"os"
	"strconv"

	"github.com/hashicorp/go-plugin"

	"github.com/shegong/shegong/plugins/examples/testregion"
	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/plugins/transport"
)

var (
	regionCode   = "testregion"
	version      = "1.0.0"
	parent       = ""
	protocol     = "" // "": sdk.ProtocolVersion (-X can only set variables initialised to a constant)
	failDescribe = "false"
)

func main() {
	policy := testregion.New(testregion.Options{Code: regionCode, Version: version, Parent: parent, FailDescribe: failDescribe == "true"})
	v, err := sdk.ProtocolVersion, error(nil)
	if protocol != "" {
		v, err = strconv.Atoi(protocol)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "testregion-plugin: bad protocol %q: %v\n", protocol, err)
		os.Exit(2)
	}
	if v == sdk.ProtocolVersion {
		transport.Serve(policy)
		return
	}
	// transport.Serve only speaks the SDK's protocol; a plugin from another protocol generation
	// is imitated by offering the same service under another version number, which is
	// what a host sees in the handshake of such a plugin.
	plugin.Serve(&plugin.ServeConfig{
		HandshakeConfig:  transport.Handshake,
		VersionedPlugins: map[int]plugin.PluginSet{v: {transport.PluginName: &transport.GRPCPlugin{Impl: policy}}},
		GRPCServer:       plugin.DefaultGRPCServer,
	})
}
