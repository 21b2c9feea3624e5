// Command yunnan-plugin serves Yunnan's policy as a shegong region plugin.
package main

import (
	"github.com/shegong/shegong/plugins/transport"
	"github.com/shegong/shegong/regions/yunnan"
)

func main() { transport.Serve(yunnan.New()) }
