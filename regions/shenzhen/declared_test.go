package shenzhen

import (
	"context"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/shegong/shegong/plugins/policytest"
	"github.com/shegong/shegong/plugins/sdk"
)

// TestDeclaredChecksMatchGo runs 40,000 random organisations and projects through the Go rules
// the ruleset's declared checks replaced (kept below as they were) and through the policy, and
// requires the same finding, word for word, for every replaced rule.
func TestDeclaredChecksMatchGo(t *testing.T) {
	pol := New()
	rng := rand.New(rand.NewPCG(16, 2029))
	items := func(id string) []string {
		for _, p := range ruleset().Description().Parameters {
			if p.ID == id {
				return sdk.SplitItems(p.Value)
			}
		}
		t.Fatalf("no parameter %s", id)
		return nil
	}
	list := func(need []string) []string {
		switch rng.IntN(8) {
		case 0:
			return nil
		case 1:
			return []string{}
		}
		out := []string{}
		for _, it := range need {
			switch rng.IntN(6) {
			case 0:
			case 1:
				out = append(out, " "+it)
			case 2:
				out = append(out, it+"情况")
			default:
				out = append(out, it)
			}
		}
		return out
	}
	pay, design := items(paramPayDisclosureItems), items(paramProjectDesignList)
	compared := map[string]int{}
	for i := range 40000 {
		asOf := sdk.MustDate("2019-06-01").AddDate(0, 0, rng.IntN(365*8))
		var s sdk.Subject
		var id string
		var want sdk.Finding
		if rng.IntN(2) == 0 {
			o := sdk.OrganizationSpec{FullTimeStaff: rng.IntN(10), Disclosures: list(pay)}
			s, id, want = sdk.Subject{Organization: &o}, ruleOrgPayDisclosure, oldPayDisclosure(asOf, o)
		} else {
			pr := sdk.ProjectSpec{Domain: "社会福利", Headcount: 1 + rng.IntN(5), Specification: list(design)}
			s, id, want = sdk.Subject{Project: &pr}, ruleProjectDesign, oldProjectDesign(asOf, pr)
		}
		out, err := pol.Staffing(context.Background(), asOf, []sdk.Subject{s})
		if err != nil || len(out) != 1 || out[0].Invalid != nil {
			t.Fatalf("subject %d: %v %+v", i, err, out)
		}
		j := slices.IndexFunc(out[0].Findings, func(f sdk.Finding) bool { return f.RuleID == id })
		if j < 0 || !reflect.DeepEqual(want, out[0].Findings[j]) {
			t.Fatalf("subject %d on %s, rule %s:\n go:       %+v\n declared: %+v", i, asOf, id, want, out[0].Findings)
		}
		compared[id+" "+string(want.Status)]++
	}
	for _, id := range []string{ruleOrgPayDisclosure, ruleProjectDesign} {
		for _, st := range []sdk.FindingStatus{sdk.StatusPass, sdk.StatusFail, sdk.StatusInsufficientInput, sdk.StatusNotInForce} {
			if compared[id+" "+string(st)] == 0 {
				t.Errorf("rule %s: no random subject gave %s", id, st)
			}
		}
	}
}

// The Go rules SZ-REPORT-ORG-PAY-DISCLOSURE and SZ-GOV-PROJECT-DESIGN were, before list_contains.

// oldPayDisclosure checks clause 十六: an organisation holding government contracts discloses its
// pay policy, the three tiers' annual pay totals and its projects' acceptance and
// performance-evaluation results. Whether it holds such contracts is not in the data, so the
// finding presumes it does and says the rule binds contractors only.
func oldPayDisclosure(asOf sdk.Date, o sdk.OrganizationSpec) sdk.Finding {
	f := policytest.OldListFinding(ruleset(), asOf, ruleOrgPayDisclosure, paramPayDisclosureItems, o.Disclosures, sdk.ItemList{
		Path: "organization.disclosures", NameZh: "已公开信息", NameEn: "disclosed items", VerbZh: "公开", VerbEn: "disclose"})
	if f.Status != sdk.StatusNotInForce {
		f.MessageZh += ";本条仅约束承接政府购买服务的社会工作服务机构,须在业务主管单位指定的信息平台公开"
		f.MessageEn += "; the rule binds only organisations holding government service contracts, which disclose on the platform their supervising unit designates"
	}
	return f
}

// oldProjectDesign checks clause 十三: the purchaser surveys needs and sets the project's posts,
// grades, service standards and assessment indicators. Every item of
// SZ.governance.project_design_items must be among project.specification (exact names).
func oldProjectDesign(asOf sdk.Date, pr sdk.ProjectSpec) sdk.Finding {
	f := policytest.OldListFinding(ruleset(), asOf, ruleProjectDesign, paramProjectDesignList, pr.Specification, sdk.ItemList{
		Path: "project.specification", NameZh: "项目设计已明确的内容", NameEn: "items the project design states",
		VerbZh: "明确", VerbEn: "state"})
	if f.Status == sdk.StatusFail || f.Status == sdk.StatusPass {
		f.MessageZh += "(购买主体应开展需求调查,科学设置岗位数量、职级设置、服务标准和考核指标)"
		f.MessageEn += " (the purchaser surveys needs and sets post numbers, grades, service standards and assessment indicators)"
	}
	return f
}
