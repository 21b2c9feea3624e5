package app_test

import (
	"os"
	"testing"

	"github.com/shegong/shegong/internal/apptest"
)

// TestMain lets this test binary serve a region when the server under test re-executes it as
// a plugin (`<test binary> __plugin <region>`), exactly as `shegong serve` re-executes itself.
func TestMain(m *testing.M) {
	apptest.MaybeServePlugin()
	os.Exit(m.Run())
}
