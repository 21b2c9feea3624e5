// Command zhuzhou-plugin serves Zhuzhou's policy as a shegong region plugin.
package main

import (
	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/regions/zhuzhou"
)

func main() { sdk.Serve(zhuzhou.New()) }
