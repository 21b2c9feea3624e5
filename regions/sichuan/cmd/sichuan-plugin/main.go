// Command sichuan-plugin serves Sichuan's policy as a shegong region plugin.
package main

import (
	"github.com/shegong/shegong/plugins/transport"
	"github.com/shegong/shegong/regions/sichuan"
)

func main() { transport.Serve(sichuan.New()) }
