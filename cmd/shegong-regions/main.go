// Command shegong-regions serves one built-in region as a plugin process for a shegong server:
// `shegong-regions <region>`. It links only the regions and the plugin SDK, not the server (no
// ent, gqlgen, Atlas or HTTP stack), so each of a server's five region processes starts faster
// and touches far fewer pages than the server binary re-executed in plugin mode would. The
// server uses it when it lies beside the server binary and was built from the same regions
// (internal/regionbinary); otherwise the server re-executes itself.
//
// `shegong-regions describe` prints, one JSON object per line, each built-in region's code,
// plugin version and ruleset hash: the server compares them with its own before using this
// binary, so a stale copy left beside a newer server is never used.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"

	"github.com/shegong/shegong/plugins/transport"
	"github.com/shegong/shegong/regions"
)

const usage = `Usage: shegong-regions <region> | describe

  <region>  serve one built-in region as a plugin process (started by a shegong server)
  describe  print each built-in region's code, plugin version and ruleset hash as JSON lines

Built-in regions: %v
`

func main() {
	builtin := regions.Builtin()
	codes := make([]string, 0, len(builtin))
	for code := range builtin {
		codes = append(codes, code)
	}
	slices.Sort(codes)
	if len(os.Args) != 2 || os.Args[1] == "-h" || os.Args[1] == "--help" || os.Args[1] == "help" {
		fmt.Fprintf(os.Stderr, usage, codes)
		os.Exit(2)
	}
	if os.Args[1] == "describe" {
		ids, err := regions.Identities(context.Background())
		if err != nil {
			fmt.Fprintln(os.Stderr, "shegong-regions describe:", err)
			os.Exit(1)
		}
		enc := json.NewEncoder(os.Stdout)
		for _, id := range ids {
			_ = enc.Encode(id)
		}
		return
	}
	newPolicy, ok := builtin[os.Args[1]]
	if !ok {
		fmt.Fprintf(os.Stderr, "shegong-regions: no built-in region %q\n\n"+usage, os.Args[1], codes)
		os.Exit(2)
	}
	transport.Serve(newPolicy())
}
