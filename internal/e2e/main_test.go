// Package e2e tests the policy API end to end: GraphQL over real HTTP against a server whose
// five regions run as real plugin processes (this test binary, re-executed), on SQLite and on
// PostgreSQL. One server per database kind is shared by the subtests, which run in order
// (the plugin kill and the reload come last).
package e2e

import (
	"os"
	"testing"

	"github.com/shegong/shegong/internal/apptest"
)

func TestMain(m *testing.M) {
	apptest.MaybeServePlugin()
	os.Exit(m.Run())
}
