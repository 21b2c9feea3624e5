// Command shenzhen-plugin serves the Shenzhen policy as a standalone shegong plugin process.
package main

import (
	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/regions/shenzhen"
)

func main() { sdk.Serve(shenzhen.New()) }
