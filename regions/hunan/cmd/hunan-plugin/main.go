// Command hunan-plugin serves Hunan's policy as a shegong region plugin.
package main

import (
	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/regions/hunan"
)

func main() { sdk.Serve(hunan.New()) }
