package zhuzhou

import (
	"context"
	"testing"

	"github.com/shegong/shegong/plugins/plugintest"
	"github.com/shegong/shegong/plugins/policytest"
	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/regions/hunan"
)

// TestCases runs the cases with the region chain zhuzhou → hunan, as the host does.
func TestCases(t *testing.T) { policytest.RunCases(t, "testdata/cases.yaml", New(), hunan.New()) }

func TestSources(t *testing.T) { policytest.CheckSources(t, New()) }

func TestParentIsHunan(t *testing.T) {
	d, err := New().Describe(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if d.Region.Parent != "hunan" {
		t.Errorf("parent = %q, want hunan", d.Region.Parent)
	}
}

// TestConformance runs the plugin conformance kit.
func TestConformance(t *testing.T) { plugintest.Run(t, New) }

// TestOwnTerms: Zhuzhou's own catalog terms are accepted as project domains by Zhuzhou itself
// (the chain passes a shared code to Hunan, which does not know them).
func TestOwnTerms(t *testing.T) {
	p := New()
	for _, term := range []string{"城乡基层社会救助", "养老助残", "婚姻家庭", "ZZ-DOM-07", "DOM-CA-ADMIN"} {
		out, err := p.Budget(context.Background(), sdk.MustDate("2023-06-01"), []sdk.ProjectSpec{{Domain: term, Headcount: 1}})
		if err != nil || len(out) != 1 || out[0].Invalid != nil {
			t.Errorf("%s: %v %+v", term, err, out)
		}
	}
}
