package main

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/shegong/shegong/plugins/host"
)

// TestMain lets the test binary serve built-in regions as plugin processes: a host started by
// a test (compare's default --plugins process) re-executes os.Executable() — this test binary —
// as `<exe> __plugin <region>`, exactly as the real binary re-executes itself.
//
// With runMainEnv set it is the shegong command itself (main, with this process's arguments),
// so tests run the real command line as a separate process: exit status, stdout and stderr.
func TestMain(m *testing.M) {
	if os.Getenv(runMainEnv) == "1" {
		main()
		os.Exit(0)
	}
	if len(os.Args) > 1 && os.Args[1] == host.PluginModeArg {
		if err := runPluginMode(context.Background(), os.Args[2:]); err != nil {
			fmt.Fprintln(os.Stderr, "plugin mode:", err)
			os.Exit(2)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}
