package hunan

import (
	"testing"

	"github.com/shegong/shegong/plugins/plugintest"
	"github.com/shegong/shegong/plugins/policytest"
)

func TestCases(t *testing.T) { policytest.RunCases(t, "testdata/cases.yaml", New()) }

// TestSources checks every rule id against policy_rules.yaml (and that every HN rule marked
// machine_checkable yes/partial is listed), and every quote against the seed text.
func TestSources(t *testing.T) { policytest.CheckSources(t, New()) }

// TestConformance runs the plugin conformance kit.
func TestConformance(t *testing.T) { plugintest.Run(t, New) }
