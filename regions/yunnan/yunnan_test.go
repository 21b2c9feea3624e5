package yunnan

import (
	"context"
	"slices"
	"strings"
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
	rs := ruleset()
	if v, _, ok := rs.Money("YN.funding.community_worker_subsidy_month", sdk.MustDate("2019-01-01")); !ok || v != sdk.Yuan(2000) {
		t.Errorf("community worker subsidy = %s, %v", v, ok)
	}
	for day, want := range map[string]int64{"2016-06-01": 2500000, "2017-06-01": 2500000, "2018-06-01": 6000000} {
		if v, _, ok := rs.Money("YN.funding.lottery_sw_year", sdk.MustDate(day)); !ok || v != sdk.Yuan(want) {
			t.Errorf("lottery funds on %s = %s, %v; want %d", day, v, ok, want)
		}
	}
	// A deadline does not end the target: it is still there to fail against in 2021.
	if n, _, ok := rs.Int("YN.target.sw_personnel", sdk.MustDate("2021-01-01")); !ok || n != 70000 {
		t.Errorf("the 2020 target on 2021-01-01 = %d, %v; want 70000 still in force", n, ok)
	}
	if n, _, _ := rs.Int("YN.target.sw_personnel", sdk.MustDate("2020-12-31")); n != 70000 {
		t.Errorf("personnel target = %d", n)
	}
	c, err := New().Catalog(context.Background(), sdk.MustDate("2019-01-01"))
	if err != nil || len(c.PilotSites) != 3 {
		t.Fatalf("pilot sites: %v %+v", err, c)
	}
}

// TestParameterTerms: the Go tables that read the reply's own names (党组织组建方式, 社会组织类别,
// 登记管理机关) cover every item the parameters list, so a rule never meets a term it cannot place.
func TestParameterTerms(t *testing.T) {
	day := sdk.MustDate("2019-06-01")
	modes, ok := ruleset().Param(paramPartyModes, day)
	if !ok {
		t.Fatal("party modes not in force")
	}
	for _, item := range sdk.SplitItems(modes.Value) {
		if codes := modeCodes([]string{item}); len(codes) != 1 {
			t.Errorf("party mode %q maps to %v", item, codes)
		}
	}
	cats, _ := ruleset().Param(paramDirectCategories, day)
	for _, item := range sdk.SplitItems(cats.Value) {
		found := false
		for _, zh := range categoryZh {
			found = found || zh == item
		}
		if !found {
			t.Errorf("category %q has no input code", item)
		}
	}
	if !slices.Contains(sdk.SplitItems(cats.Value), categoryZh[sdk.CategoryCommunityService]) {
		t.Error("the community-service category must be among the direct-registration categories")
	}
	auth, _ := ruleset().Param(paramRegAuthority, day)
	if authorityLevel[auth.Value] != sdk.LevelCounty {
		t.Errorf("registration authority %q reads as %q", auth.Value, authorityLevel[auth.Value])
	}
	for _, code := range sdk.PartyOrganizationModes {
		if partyModeZh[code] == "" {
			t.Errorf("party mode %s has no Chinese name", code)
		}
	}
	for _, code := range sdk.OrganizationCategories {
		if categoryZh[code] == "" {
			t.Errorf("category %s has no Chinese name", code)
		}
	}
}

// TestDeadlines: the dated deadlines are the reply's, in force from their start with no end.
func TestDeadlines(t *testing.T) {
	for id, want := range map[string]string{
		paramCatalogProvince: "2017-07-31", paramCatalogPrefecture: "2018-03-31",
	} {
		if d, _, ok := ruleset().Date(id, sdk.MustDate("2016-01-01")); !ok || d.String() != want {
			t.Errorf("%s on 2016-01-01 = %s, %v; want %s", id, d, ok, want)
		}
		// The deadline is the day to finish by, not the end of the rule.
		if d, _, ok := ruleset().Date(id, sdk.MustDate("2018-08-07")); !ok || d.String() != want {
			t.Errorf("%s on the reply's date = %s, %v; want %s still in force", id, d, ok, want)
		}
	}
	for _, id := range []string{paramPartyDeadline, paramTalentDeadline} {
		if d, _, ok := ruleset().Date(id, sdk.MustDate("2020-12-31")); !ok || d.String() != "2020-12-31" {
			t.Errorf("%s = %s, %v", id, d, ok)
		}
	}
}

// TestStationsAndWorkersUnregulated: the reply sets no rule a station's or a worker's data can
// carry, so they get no finding.
func TestStationsAndWorkersUnregulated(t *testing.T) {
	age := 30
	res, err := New().Staffing(context.Background(), sdk.MustDate("2019-06-01"), []sdk.Subject{
		{Station: &sdk.StationSpec{Township: "某街道"}},
		{Worker: &sdk.WorkerSpec{Age: &age, Certificate: sdk.CertificateAssistant}},
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range res {
		if r.Invalid != nil || len(r.Findings) != 0 {
			t.Errorf("subject %d: %+v", i, r)
		}
	}
}

// TestPublishedItems: the publication duty (六(三)) lists the reply's three items from the reply's
// day, binds governments only, and stays PARTIAL: the reply gives no deadline or frequency and
// the data cannot show that every inspected organisation's reports were included.
func TestPublishedItems(t *testing.T) {
	p, ok := ruleset().Param(paramPublishedItems, sdk.MustDate("2018-08-07"))
	if want := []string{"年检结论", "年度工作报告", "财务审计报告"}; !ok || !slices.Equal(sdk.SplitItems(p.Value), want) {
		t.Errorf("published items = %q, %v; want %v", p.Value, ok, want)
	}
	if _, ok := ruleset().Param(paramPublishedItems, sdk.MustDate("2018-08-06")); ok {
		t.Error("the published items must not be in force before the reply")
	}
	r := ruleset().Rule(RuleInspectionPublication)
	if r.Status != sdk.RulePartial || !slices.Equal(r.AppliesTo, []sdk.SubjectKind{sdk.SubjectGovernment}) {
		t.Errorf("rule %s: status %s, applies to %v; want PARTIAL on government", r.ID, r.Status, r.AppliesTo)
	}
	for _, s := range []string{"未规定期限和频次", "no deadline or frequency", "所有参检社工机构"} {
		if !strings.Contains(r.Reason, s) {
			t.Errorf("rule %s: reason lacks %q: %s", r.ID, s, r.Reason)
		}
	}
}
