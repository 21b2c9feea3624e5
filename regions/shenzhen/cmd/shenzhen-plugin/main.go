// Command shenzhen-plugin serves the Shenzhen policy as a standalone shegong plugin process.
package main

import (
	"github.com/shegong/shegong/plugins/transport"
	"github.com/shegong/shegong/regions/shenzhen"
)

func main() { transport.Serve(shenzhen.New()) }
