// Command testregion-plugin serves the test region as an external plugin. Build variants with
// -ldflags "-X main.regionCode=shenzhen -X main.version=2.0.0" to pose as a built-in region
// or as a newer version.
package main

import (
	"github.com/shegong/shegong/plugins/examples/testregion"
	"github.com/shegong/shegong/plugins/sdk"
)

var (
	regionCode = "testregion"
	version    = "1.0.0"
	parent     = ""
)

func main() {
	sdk.Serve(testregion.New(testregion.Options{Code: regionCode, Version: version, Parent: parent}))
}
