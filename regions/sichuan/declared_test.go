package sichuan

import (
	"context"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/shegong/shegong/plugins/policytest"
	"github.com/shegong/shegong/plugins/sdk"
)

// TestDeclaredChecksMatchGo runs 40,000 random projects through the Go rule the declared check
// of SC-CONTRACT-PROJECT-SPEC replaced (kept below as it was) and through the policy, and
// requires the same finding, word for word.
func TestDeclaredChecksMatchGo(t *testing.T) {
	pol := New()
	rng := rand.New(rand.NewPCG(16, 2026))
	var need []string
	for _, p := range ruleset().Description().Parameters {
		if p.ID == paramSpecItems {
			need = append(need, sdk.SplitItems(p.Value)...)
		}
	}
	seen := map[sdk.FindingStatus]int{}
	for i := range 40000 {
		asOf := sdk.MustDate("2017-06-01").AddDate(0, 0, rng.IntN(365*12))
		pr := sdk.ProjectSpec{Domain: "社会救助", Headcount: 2}
		switch rng.IntN(8) {
		case 0:
		case 1:
			pr.Specification = []string{}
		default:
			for _, it := range need {
				switch rng.IntN(5) {
				case 0:
				case 1:
					pr.Specification = append(pr.Specification, it+" ")
				case 2:
					pr.Specification = append(pr.Specification, "具体"+it)
				default:
					pr.Specification = append(pr.Specification, it)
				}
			}
		}
		want := policytest.OldListFinding(ruleset(), asOf, RuleProjectSpec, paramSpecItems, pr.Specification, sdk.ItemList{
			Path: "project.specification", NameZh: "项目已明确的内容", NameEn: "project specification", VerbZh: "明确", VerbEn: "specify"})
		out, err := pol.Staffing(context.Background(), asOf, []sdk.Subject{{Project: &pr}})
		if err != nil || len(out) != 1 || out[0].Invalid != nil {
			t.Fatalf("project %d: %v %+v", i, err, out)
		}
		j := slices.IndexFunc(out[0].Findings, func(f sdk.Finding) bool { return f.RuleID == RuleProjectSpec })
		if j < 0 || !reflect.DeepEqual(want, out[0].Findings[j]) {
			t.Fatalf("project %+v on %s:\n go:       %+v\n declared: %+v", pr, asOf, want, out[0].Findings)
		}
		seen[want.Status]++
	}
	for _, st := range []sdk.FindingStatus{sdk.StatusPass, sdk.StatusFail, sdk.StatusInsufficientInput, sdk.StatusNotInForce} {
		if seen[st] == 0 {
			t.Errorf("no random project gave %s", st)
		}
	}
}
