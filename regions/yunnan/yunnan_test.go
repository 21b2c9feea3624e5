package yunnan

import (
	"context"
	"testing"

	"github.com/shegong/shegong/plugins/plugintest"
	"github.com/shegong/shegong/plugins/policytest"
	"github.com/shegong/shegong/plugins/sdk"
)

func TestCases(t *testing.T) { policytest.RunCases(t, "testdata/cases.yaml", New()) }

func TestSources(t *testing.T) { policytest.CheckSources(t, New()) }

// TestConformance runs the plugin conformance kit.
func TestConformance(t *testing.T) { plugintest.Run(t, New) }

// TestFacts: the researcher-facing figures are exact and dated.
func TestFacts(t *testing.T) {
	rs := ruleset
	if v, _, ok := rs.Money("YN.funding.community_worker_subsidy_month", sdk.MustDate("2019-01-01")); !ok || v != sdk.Yuan(2000) {
		t.Errorf("community worker subsidy = %s, %v", v, ok)
	}
	for day, want := range map[string]int64{"2016-06-01": 2500000, "2017-06-01": 2500000, "2018-06-01": 6000000} {
		if v, _, ok := rs.Money("YN.funding.lottery_sw_year", sdk.MustDate(day)); !ok || v != sdk.Yuan(want) {
			t.Errorf("lottery funds on %s = %s, %v; want %d", day, v, ok, want)
		}
	}
	if _, _, ok := rs.Int("YN.target.sw_personnel", sdk.MustDate("2021-01-01")); ok {
		t.Error("the 2020 target must not be in force in 2021")
	}
	if n, _, _ := rs.Int("YN.target.sw_personnel", sdk.MustDate("2020-12-31")); n != 70000 {
		t.Errorf("personnel target = %d", n)
	}
	c, err := New().Catalog(context.Background(), sdk.MustDate("2019-01-01"))
	if err != nil || len(c.PilotSites) != 3 {
		t.Fatalf("pilot sites: %v %+v", err, c)
	}
}
