package sichuan

import (
	"testing"

	"github.com/shegong/shegong/plugins/plugintest"
	"github.com/shegong/shegong/plugins/policytest"
)

func TestCases(t *testing.T) { policytest.RunCases(t, "testdata/cases.yaml", New()) }

func TestSources(t *testing.T) { policytest.CheckSources(t, New()) }

// TestConformance runs the plugin conformance kit.
func TestConformance(t *testing.T) { plugintest.Run(t, New) }

// TestParameterWords checks that every dated value of the parameters written in the notice's
// words maps to the sdk (levels and delivery modes): an unmapped word would panic at run time.
func TestParameterWords(t *testing.T) {
	d := ruleset().Description()
	for _, p := range d.Parameters {
		switch p.ID {
		case paramCatalogLevels, paramGrassrootsLevels:
			codes, _ := levels(p)
			if len(codes) == 0 {
				t.Errorf("%s from %s: no level", p.ID, p.Validity.From)
			}
		case paramDeliveryModes:
			methods, posts, _ := modes(p)
			if len(methods) == 0 || !posts {
				t.Errorf("%s from %s: want tender/comparison methods and posts, got %v, %v", p.ID, p.Validity.From, methods, posts)
			}
		}
	}
}
