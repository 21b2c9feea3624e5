package zhuzhou

import (
	"context"
	"slices"
	"testing"

	"github.com/shegong/shegong/plugins/sdk"
)

// TestNamedItemsMap: every item of the TEXT parameters whose items are named as the document
// names them maps to a subject fact or sdk value, on every dated value (the mappings panic on
// an unknown name, which would be a data error in ruleset.yaml).
func TestNamedItemsMap(t *testing.T) {
	d, err := New().Describe(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	mappers := map[string]func(string){
		paramProcDefault:    func(s string) { methodOf(s) },
		paramProcExceptions: func(s string) { exceptionOf(s) },
		paramBodies:         func(s string) { bodyFact(sdk.OrganizationSpec{}, s) },
	}
	seen := map[string]bool{}
	for _, p := range d.Parameters {
		m, ok := mappers[p.ID]
		if !ok {
			continue
		}
		seen[p.ID] = true
		items := sdk.SplitItems(p.Value)
		if len(items) == 0 {
			t.Errorf("%s (from %s): no items", p.ID, p.Validity.From)
		}
		for _, it := range items {
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("%s (from %s): item %q: %v", p.ID, p.Validity.From, it, r)
					}
				}()
				m(it)
			}()
		}
	}
	for id := range mappers {
		if !seen[id] {
			t.Errorf("parameter %s not found", id)
		}
	}
}

// TestGovernmentDispatch: a government subject reaches Zhuzhou's staffing rules and gets the
// four 2020 targets, Zhuzhou's alone (no chain here).
func TestGovernmentDispatch(t *testing.T) {
	n := 40
	yes := true
	out, err := New().Staffing(context.Background(), sdk.MustDate("2020-06-01"),
		[]sdk.Subject{{Government: &sdk.GovernmentSpec{Level: sdk.LevelCity, Name: "株洲市",
			PrivateSocialWorkOrganizations: &n, HasIncubator: &yes, HasIndustryAssociation: &yes}}})
	if err != nil || len(out) != 1 || out[0].Invalid != nil {
		t.Fatalf("%v %+v", err, out)
	}
	got := map[string]sdk.FindingStatus{}
	for _, f := range out[0].Findings {
		got[f.RuleID] = f.Status
	}
	want := map[string]sdk.FindingStatus{
		RuleOrgsCity40: sdk.StatusPass, RuleIncubators2020: sdk.StatusPass, RuleIndustryAssoc: sdk.StatusPass,
		RuleOrgsPerCounty3: sdk.StatusNotApplicable,
	}
	if len(got) != len(want) {
		t.Errorf("findings %v, want %v", got, want)
	}
	for id, st := range want {
		if got[id] != st {
			t.Errorf("%s: %s, want %s", id, got[id], st)
		}
	}
	if sdk.Overall(out[0].Findings) != sdk.Compliant {
		t.Errorf("overall %s, want COMPLIANT", sdk.Overall(out[0].Findings))
	}
}

// TestTargetRulesApplyToGovernment: the target rules name government in applies_to, the
// organisation and project rules their subject kinds.
func TestTargetRulesApplyToGovernment(t *testing.T) {
	d, err := New().Describe(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]sdk.SubjectKind{
		RuleIncubators2020: sdk.SubjectGovernment, RuleOrgsPerCounty3: sdk.SubjectGovernment,
		RuleOrgsCity40: sdk.SubjectGovernment, RuleIndustryAssoc: sdk.SubjectGovernment,
		RuleRegConditions: sdk.SubjectOrganization, RuleOpenTender: sdk.SubjectProject,
	}
	// PARTIAL rules (checked in part; the reason says what is not).
	partial := map[string]bool{RuleRegConditions: true}
	for _, r := range d.Rules {
		if k, ok := want[r.ID]; ok {
			st := sdk.RuleModelled
			if partial[r.ID] {
				st = sdk.RulePartial
			}
			if r.Status != st || !slices.Contains(r.AppliesTo, k) {
				t.Errorf("%s: status %s applies_to %v, want %s for %s", r.ID, r.Status, r.AppliesTo, st, k)
			}
			delete(want, r.ID)
		}
	}
	if len(want) > 0 {
		t.Errorf("rules not found: %v", want)
	}
}

// TestRegDirectNotModelled: ZZ-ORG-REG-DIRECT could never fail (the registration level is
// validated as input and 可直接 is a permission), so it is NOT_MODELLED and yields no finding.
func TestRegDirectNotModelled(t *testing.T) {
	d, err := New().Describe(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range d.Rules {
		if r.ID == "ZZ-ORG-REG-DIRECT" {
			found = true
			if r.Status != sdk.RuleNotModelled || r.Reason == "" {
				t.Errorf("ZZ-ORG-REG-DIRECT: status %s reason %q, want NOT_MODELLED with a reason", r.Status, r.Reason)
			}
		}
	}
	if !found {
		t.Error("ZZ-ORG-REG-DIRECT not listed")
	}
}
