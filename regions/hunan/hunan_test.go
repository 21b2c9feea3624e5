package hunan

import (
	"testing"

	"github.com/shegong/shegong/plugins/plugintest"
	"github.com/shegong/shegong/plugins/policytest"
)

func TestCases(t *testing.T) { policytest.RunCases(t, "testdata/cases.yaml", New()) }

// TestSources checks every rule id against sources/registry.yaml (and that every HN rule marked
// checkable yes/partial is listed), and every quote against the document text.
func TestSources(t *testing.T) { policytest.CheckSources(t, New()) }

// TestConformance runs the plugin conformance kit.
func TestConformance(t *testing.T) { plugintest.Run(t, New) }
