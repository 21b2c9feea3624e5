package hunan

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/shegong/shegong/plugins/sdk"
)

// TestDeclaredChecksMatchGo runs 40,000 random subjects through the Go rules the ruleset's
// declared checks replaced (kept below as they were) and through the policy, and requires the
// same finding, word for word, for every replaced rule — or none from both.
func TestDeclaredChecksMatchGo(t *testing.T) {
	pol := New()
	rng := rand.New(rand.NewPCG(16, 2026))
	const n = 40000
	compared := map[string]int{}
	for i := range n {
		asOf := sdk.MustDate("2017-06-01").AddDate(0, 0, rng.IntN(365*9))
		s := randomSubject(rng)
		want := oldFindings(asOf, s)
		out, err := pol.Staffing(context.Background(), asOf, []sdk.Subject{s})
		if err != nil || len(out) != 1 {
			t.Fatalf("subject %d: %v", i, err)
		}
		if out[0].Invalid != nil {
			t.Fatalf("subject %d is invalid (%s): the generator must make valid subjects", i, out[0].Invalid.Field)
		}
		for _, id := range declaredRules {
			w, wok := want[id]
			var g sdk.Finding
			var gok bool
			for _, f := range out[0].Findings {
				if f.RuleID == id {
					g, gok = f, true
				}
			}
			if wok != gok || !reflect.DeepEqual(w, g) {
				t.Fatalf("subject %d on %s, rule %s:\n go:       %v %+v\n declared: %v %+v", i, asOf, id, wok, w, gok, g)
			}
			if wok {
				compared[id+" "+string(w.Status)]++
			}
		}
	}
	// Every rule must have been seen passing, failing, missing input and out of force, so the
	// comparison covers each path of each check.
	for _, id := range declaredRules {
		for _, st := range []sdk.FindingStatus{sdk.StatusPass, sdk.StatusFail, sdk.StatusInsufficientInput, sdk.StatusNotInForce} {
			if compared[id+" "+string(st)] == 0 {
				t.Errorf("rule %s: no random subject gave %s", id, st)
			}
		}
	}
}

// declaredRules are the rules of ruleset.yaml with a declared check that were written in Go.
var declaredRules = []string{RuleHardware, RuleSignage, RuleStationSystems, RuleRequiredClauses, RuleContractorDisclose}

func pick(rng *rand.Rand, items []string) []string {
	switch rng.IntN(8) {
	case 0:
		return nil
	case 1:
		return []string{}
	}
	var out []string
	for _, it := range items {
		switch rng.IntN(6) {
		case 0:
		case 1:
			out = append(out, " "+it+" ")
		case 2:
			out = append(out, it+"等")
		default:
			out = append(out, it)
		}
	}
	if rng.IntN(3) == 0 {
		out = append(out, "其他")
	}
	slices.Reverse(out[:rng.IntN(len(out)+1)])
	return out
}

func items(id string) []string {
	var out []string
	for _, p := range ruleset.Description().Parameters {
		if p.ID == id {
			for _, it := range sdk.SplitItems(p.Value) {
				if !slices.Contains(out, it) {
					out = append(out, it)
				}
			}
		}
	}
	return out
}

func randomSubject(rng *rand.Rand) sdk.Subject {
	switch rng.IntN(3) {
	case 0:
		facilities := append(items(paramFacilities), items(paramSignForms)...)
		return sdk.Subject{Station: &sdk.StationSpec{Township: "某镇", Facilities: pick(rng, facilities),
			Systems: pick(rng, items(paramStationSystems))}}
	case 1:
		return sdk.Subject{Organization: &sdk.OrganizationSpec{FullTimeStaff: 3, Disclosures: pick(rng, items(paramDisclosureItems))}}
	}
	programme := []string{sdk.ProgrammeStation, "", sdk.ProgrammeStation}[rng.IntN(3)]
	return sdk.Subject{Project: &sdk.ProjectSpec{Domain: "社会救助", Headcount: 2, Programme: programme,
		ContractClauses: pick(rng, items(paramRequiredClauses))}}
}

// oldFindings are the findings of the replaced Go rules for s, as the policy gave them.
func oldFindings(asOf sdk.Date, s sdk.Subject) map[string]sdk.Finding {
	rs := ruleset
	out := map[string]sdk.Finding{}
	add := func(f sdk.Finding) { out[f.RuleID] = rs.UnsureStart(f, asOf) }
	switch {
	case s.Station != nil:
		add(oldFacilities(rs, asOf, *s.Station, RuleHardware, paramFacilities, "设施设备", "facilities"))
		add(oldFacilities(rs, asOf, *s.Station, RuleSignage, paramSignForms, "标牌", "plaques"))
		add(oldListFinding(rs, asOf, RuleStationSystems, paramStationSystems, s.Station.Systems, sdk.ItemList{
			Path: "station.systems", NameZh: "站点制度与档案", NameEn: "station systems and records", VerbZh: "建立", VerbEn: "have"}))
	case s.Organization != nil:
		f := oldListFinding(rs, asOf, RuleContractorDisclose, paramDisclosureItems, s.Organization.Disclosures, sdk.ItemList{
			Path: "organization.disclosures", NameZh: "已公开信息", NameEn: "disclosed items", VerbZh: "公开", VerbEn: "disclose"})
		if f.Status != sdk.StatusNotInForce {
			f.MessageZh += ";本条约束承接社工站项目的承接主体"
			f.MessageEn += "; the rule binds organisations contracted for station projects"
		}
		add(f)
	case s.Project != nil && s.Project.Programme == sdk.ProgrammeStation:
		add(oldListFinding(rs, asOf, RuleRequiredClauses, paramRequiredClauses, s.Project.ContractClauses, sdk.ItemList{
			Path: "project.contractClauses", NameZh: "服务协议载明的内容", NameEn: "agreement clauses", VerbZh: "载明", VerbEn: "state"}))
	}
	return out
}

// oldFacilities is the Go rule HN-STATION-HARDWARE and -SIGNAGE were.
func oldFacilities(rs *sdk.Ruleset, asOf sdk.Date, st sdk.StationSpec, ruleID, paramID, whatZh, whatEn string) sdk.Finding {
	prm, ok := rs.Param(paramID, asOf)
	if !rs.InForce(ruleID, asOf) || !ok {
		return rs.NotInForce(ruleID, asOf)
	}
	need := list(prm.Value)
	if len(st.Facilities) == 0 {
		f := rs.Insufficient(ruleID, "站点设施清单(station.facilities)", "station facilities list (station.facilities)")
		f.Required = strings.Join(need, "、")
		return f
	}
	have := map[string]bool{}
	for _, s := range st.Facilities {
		have[strings.TrimSpace(s)] = true
	}
	var missing []string
	for _, n := range need {
		if !have[n] {
			missing = append(missing, n)
		}
	}
	f := rs.Finding(ruleID, sdk.StatusPass)
	f.Required = strings.Join(need, "、")
	var got []string
	for _, n := range need {
		if have[n] {
			got = append(got, n)
		}
	}
	f.Actual = strings.Join(got, "、")
	if len(missing) > 0 {
		f.Status = sdk.StatusFail
		f.Remedy = fmt.Sprintf("需配备:%s / %d missing %s: %s", strings.Join(missing, "、"), len(missing), whatEn, strings.Join(missing, ", "))
		f.MessageZh = fmt.Sprintf("站点缺少%s:%s", whatZh, strings.Join(missing, "、"))
		f.MessageEn = fmt.Sprintf("the station lacks %d required %s: %s", len(missing), whatEn, strings.Join(missing, ", "))
		return f
	}
	f.MessageZh = "站点" + whatZh + "齐全"
	f.MessageEn = "the station has all required " + whatEn
	return f
}

// oldListFinding is sdk.Ruleset.ListFinding as it was before the declared list_contains check.
func oldListFinding(rs *sdk.Ruleset, asOf sdk.Date, ruleID, paramID string, have []string, l sdk.ItemList) sdk.Finding {
	prm, ok := rs.Param(paramID, asOf)
	if !rs.InForce(ruleID, asOf) || !ok {
		return rs.NotInForce(ruleID, asOf)
	}
	need := sdk.SplitItems(prm.Value)
	required := strings.Join(need, "、")
	if have == nil {
		f := rs.Insufficient(ruleID, l.NameZh+"("+l.Path+")", l.NameEn+" ("+l.Path+")")
		f.Required = required
		return f
	}
	missing := sdk.MissingItems(need, have)
	var done []string
	for _, n := range need {
		if !slices.Contains(missing, n) {
			done = append(done, n)
		}
	}
	f := rs.Finding(ruleID, sdk.StatusPass)
	f.Required = required
	f.Actual = strings.Join(done, "、")
	if f.Actual == "" {
		f.Actual = "无 / none"
	}
	if len(missing) > 0 {
		f.Status = sdk.StatusFail
		f.Remedy = fmt.Sprintf("须%s:%s / must %s %d more item(s): %s", l.VerbZh, strings.Join(missing, "、"), l.VerbEn, len(missing), strings.Join(missing, ", "))
		f.MessageZh = fmt.Sprintf("应%s的 %d 项中有 %d 项未%s:%s", l.VerbZh, len(need), len(missing), l.VerbZh, strings.Join(missing, "、"))
		f.MessageEn = fmt.Sprintf("%d of the %d items to %s are missing: %s", len(missing), len(need), l.VerbEn, strings.Join(missing, ", "))
		return f
	}
	f.MessageZh = fmt.Sprintf("应%s的 %d 项均已%s", l.VerbZh, len(need), l.VerbZh)
	f.MessageEn = fmt.Sprintf("all %d items to %s are there", len(need), l.VerbEn)
	return f
}
