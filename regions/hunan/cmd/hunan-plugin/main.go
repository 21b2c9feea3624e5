// Command hunan-plugin serves Hunan's policy as a shegong region plugin.
package main

import (
	"github.com/shegong/shegong/plugins/transport"
	"github.com/shegong/shegong/regions/hunan"
)

func main() { transport.Serve(hunan.New()) }
