// Command zhuzhou-plugin serves Zhuzhou's policy as a shegong region plugin.
package main

import (
	"github.com/shegong/shegong/plugins/transport"
	"github.com/shegong/shegong/regions/zhuzhou"
)

func main() { transport.Serve(zhuzhou.New()) }
