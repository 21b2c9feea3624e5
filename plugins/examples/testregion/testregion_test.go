package testregion_test

import (
	"testing"

	"github.com/shegong/shegong/plugins/examples/testregion"
	"github.com/shegong/shegong/plugins/plugintest"
	"github.com/shegong/shegong/plugins/sdk"
)

func TestConformance(t *testing.T) {
	plugintest.Run(t, func() sdk.Policy { return testregion.New(testregion.Options{}) })
}
