// Package regions lists the region policies built into the shegong binary. The server serves
// each as a real plugin process by re-executing itself in plugin mode; tests and the
// in-process mode call them directly.
package regions

import (
	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/regions/hunan"
	"github.com/shegong/shegong/regions/shenzhen"
	"github.com/shegong/shegong/regions/sichuan"
	"github.com/shegong/shegong/regions/yunnan"
	"github.com/shegong/shegong/regions/zhuzhou"
)

// Builtin returns a constructor for every built-in region, keyed by region code.
func Builtin() map[string]func() sdk.Policy {
	return map[string]func() sdk.Policy{
		// one line per region, e.g. "shenzhen": shenzhen.New,
		"hunan":    hunan.New,
		"shenzhen": shenzhen.New,
		"sichuan":  sichuan.New,
		"yunnan":   yunnan.New,
		"zhuzhou":  zhuzhou.New,
	}
}

// FromRuleset returns, for the built-in regions whose Go rules read all their data from the
// Ruleset they are given, a constructor over an edited copy of the region's ruleset.yaml:
// `shegong policy test regions/<code>` evaluates the directory's ruleset.yaml with it, so policy
// staff can try a changed value or a declared rule without rebuilding.
func FromRuleset() map[string]func(*sdk.Ruleset) sdk.Policy {
	return map[string]func(*sdk.Ruleset) sdk.Policy{
		"hunan":   hunan.NewFrom,
		"zhuzhou": zhuzhou.NewFrom,
	}
}
