package e2e

import (
	"strings"
	"testing"

	"github.com/shegong/shegong/internal/apptest"
	"github.com/shegong/shegong/internal/testdb"
)

// TestReform: over real HTTP with the regions as real plugin processes, evaluate and compare
// under a reform. A Shenzhen project of exactly 163,000 yuan per person-year passes the package
// floor at baseline, fails under SZ.budget.package_min = 170000.00 with the reformed floor in its
// messages, and passes again under a reform that ends before asOf; Sichuan, whose plugin does
// not offer reforms, answers REFORM_UNSUPPORTED beside Shenzhen; a bad override is
// BAD_USER_INPUT naming its field.
func TestReform(t *testing.T) {
	for _, k := range testdb.Kinds {
		t.Run(string(k), func(t *testing.T) {
			t.Parallel()
			s := apptest.Start(t, apptest.Options{Kind: k, FastRestart: true})
			t.Run("Evaluate", func(t *testing.T) { reformEvaluate(t, s) })
			t.Run("Compare", func(t *testing.T) { reformCompare(t, s) })
			t.Run("Refused", func(t *testing.T) { reformRefused(t, s) })
		})
	}
}

type reformedEvaluation struct {
	Region   string
	Status   string
	Findings []struct {
		RuleID, Status, MessageZh, MessageEn string
		Required, Remedy                     *string
	}
	Reform []struct {
		Parameter, Value string
		From, To         *string
	}
	ReformHash *string
	Error      *struct{ Code, Region, Message string }
}

const reformedFields = `region status findings { ruleId status required remedy messageZh messageEn }
	reform { parameter value from to } reformHash error { code region message }`

func evaluateUnder(t *testing.T, s *apptest.Server, yuan string, reform []map[string]any) reformedEvaluation {
	t.Helper()
	var out struct{ Evaluate reformedEvaluation }
	s.GQL.MustData(t, `query($s: SubjectInput!, $r: [ParameterOverrideInput!]) {
		evaluate(region: "shenzhen", subject: $s, asOf: "2024-06-01", reform: $r) { `+reformedFields+` } }`,
		map[string]any{"s": project1("社会救助", [2]string{"LABOR", yuan}), "r": reform}, &out)
	return out.Evaluate
}

func packageFloor(t *testing.T, ev reformedEvaluation) (status, required, remedy, zh, en string) {
	t.Helper()
	for _, f := range ev.Findings {
		if f.RuleID == "SZ-BUDGET-PACKAGE-MIN" {
			return f.Status, str(f.Required), str(f.Remedy), f.MessageZh, f.MessageEn
		}
	}
	t.Fatalf("no SZ-BUDGET-PACKAGE-MIN finding: %+v", ev)
	return
}

func reformEvaluate(t *testing.T, s *apptest.Server) {
	base := evaluateUnder(t, s, "163000.00", nil)
	if st, req, _, _, _ := packageFloor(t, base); st != "PASS" || req != ">= 163000.00" || base.Reform != nil || base.ReformHash != nil {
		t.Errorf("baseline: %s %s, reform %+v %v", st, req, base.Reform, base.ReformHash)
	}
	reform := []map[string]any{{"parameter": "SZ.budget.package_min", "value": "170000.00"}}
	ev := evaluateUnder(t, s, "163000.00", reform)
	st, req, remedy, zh, en := packageFloor(t, ev)
	if st != "FAIL" || ev.Status != "NON_COMPLIANT" || req != ">= 170000.00" ||
		!strings.Contains(remedy, "7,000.00 元") || !strings.Contains(remedy, "下限 170,000.00 元/人/年") || !strings.Contains(zh, "170,000.00 元/人/年") || !strings.Contains(en, "170000.00 yuan/person/year") {
		t.Errorf("under the reform: %s %s %q %q %q", st, req, remedy, zh, en)
	}
	if len(ev.Reform) != 1 || ev.Reform[0].Parameter != "SZ.budget.package_min" || ev.Reform[0].Value != "170000.00" ||
		ev.Reform[0].From != nil || ev.Reform[0].To != nil || len(str(ev.ReformHash)) != 64 {
		t.Errorf("reform stamp: %+v %v", ev.Reform, ev.ReformHash)
	}
	// Both sides of the reformed floor and the floor itself (不低于: inclusive).
	for yuan, want := range map[string]string{"169999.99": "FAIL", "170000.00": "PASS", "170000.01": "PASS"} {
		if st, _, _, _, _ := packageFloor(t, evaluateUnder(t, s, yuan, reform)); st != want {
			t.Errorf("%s under the reform: %s, want %s", yuan, st, want)
		}
	}
	// One reform written another way: the same hash, as given in the stamp.
	same := evaluateUnder(t, s, "163000.00", []map[string]any{{"parameter": "SZ.budget.package_min", "value": "170000"}})
	if str(same.ReformHash) != str(ev.ReformHash) || same.Reform[0].Value != "170000" {
		t.Errorf("170000 and 170000.00: %v %v, %+v", same.ReformHash, ev.ReformHash, same.Reform)
	}
	// A reform that ended before asOf leaves the floor of the day.
	ended := evaluateUnder(t, s, "163000.00", []map[string]any{{"parameter": "SZ.budget.package_min", "value": "170000.00", "to": "2024-05-31"}})
	if st, req, _, _, _ := packageFloor(t, ended); st != "PASS" || req != ">= 163000.00" || str(ended.ReformHash) == str(ev.ReformHash) || str(ended.Reform[0].To) != "2024-05-31" {
		t.Errorf("a reform ended the day before asOf: %s %s %+v", st, req, ended.Reform)
	}
	if st, _, _, _, _ := packageFloor(t, evaluateUnder(t, s, "163000.00", []map[string]any{{"parameter": "SZ.budget.package_min", "value": "170000.00", "to": "2024-06-01"}})); st != "FAIL" {
		t.Errorf("a reform ending on asOf: %s, want FAIL", st)
	}
}

func reformCompare(t *testing.T, s *apptest.Server) {
	var out struct{ Compare []reformedEvaluation }
	s.GQL.MustData(t, `query($s: SubjectInput!, $r: [ParameterOverrideInput!]) {
		compare(subject: $s, regions: ["shenzhen", "sichuan", "hunan"], asOf: "2024-06-01", reform: $r) { `+reformedFields+` } }`,
		map[string]any{"s": project1("社会救助", [2]string{"LABOR", "163000.00"}), "r": []map[string]any{
			{"parameter": "SZ.budget.package_min", "value": "170000.00"},
			{"parameter": "SC.pilot.counties_per_prefecture", "value": "2"},
		}}, &out)
	if len(out.Compare) != 3 {
		t.Fatalf("compare: %+v", out.Compare)
	}
	sz, sc, hn := out.Compare[0], out.Compare[1], out.Compare[2]
	if st, _, _, _, _ := packageFloor(t, sz); st != "FAIL" || sz.Error != nil {
		t.Errorf("shenzhen under the reform: %s %+v", st, sz.Error)
	}
	if sc.Error == nil || sc.Error.Code != "REFORM_UNSUPPORTED" || sc.Error.Region != "sichuan" || len(sc.Findings) != 0 || sc.Status != "INCOMPLETE" {
		t.Errorf("sichuan, whose plugin offers no reform: %+v", sc)
	}
	// Hunan's parameters are not reformed: its plugin answers as always.
	if hn.Error != nil || len(hn.Findings) == 0 || str(hn.ReformHash) != str(sz.ReformHash) || len(hn.Reform) != 2 {
		t.Errorf("hunan, untouched by the reform: %+v", hn)
	}
}

func reformRefused(t *testing.T, s *apptest.Server) {
	const q = `query($r: [ParameterOverrideInput!]) { evaluate(region: "shenzhen", subject: {project: {domain: "社会救助", headcount: 1}}, asOf: "2024-06-01", reform: $r) { status } }`
	floor := func(value string, window ...string) map[string]any {
		o := map[string]any{"parameter": "SZ.budget.package_min", "value": value}
		if len(window) == 2 {
			o["from"], o["to"] = window[0], window[1]
		}
		return o
	}
	for _, c := range []struct {
		name   string
		reform []map[string]any
		field  string
	}{
		{"unknown parameter", []map[string]any{{"parameter": "SZ.budget.no_such", "value": "1"}}, "reform[0].parameter"},
		{"not money", []map[string]any{floor("17万")}, "reform[0].value"},
		{"three decimals", []map[string]any{floor("170000.001")}, "reform[0].value"},
		{"negative", []map[string]any{floor("-1")}, "reform[0].value"},
		{"a share above 100%", []map[string]any{floor("170000"), {"parameter": "SZ.budget.labor_share_min", "value": "120%"}}, "reform[1].value"},
		{"a share as a number", []map[string]any{{"parameter": "SZ.budget.labor_share_min", "value": "85"}}, "reform[0].value"},
		{"to before from", []map[string]any{floor("170000", "2024-06-02", "2024-06-01")}, "reform[0].to"},
		{"before the parameter", []map[string]any{floor("170000", "2019-01-01", "2020-11-11")}, "reform[0].to"},
		{"after the parameter", []map[string]any{floor("170000", "2025-11-12", "2026-01-01")}, "reform[0].from"},
		{"overlapping", []map[string]any{floor("170000", "2024-01-01", "2024-06-30"), floor("180000", "2024-06-30", "2024-12-31")}, "reform[1].from"},
	} {
		e := expectError(t, s.GQL.Do(t, q, map[string]any{"r": c.reform}), "BAD_USER_INPUT", c.field)
		for _, o := range c.reform {
			if v := o["value"].(string); len(v) > 1 && strings.Contains(e.Message, v) {
				t.Errorf("%s: the message echoes the value: %s", c.name, e.Message)
			}
		}
	}
	r := s.GQL.Do(t, `query($r: [ParameterOverrideInput!]) { compare(subject: {project: {domain: "社会救助", headcount: 1}}, asOf: "2024-06-01", reform: $r) { region } }`,
		map[string]any{"r": []map[string]any{floor("abc")}})
	expectError(t, r, "BAD_USER_INPUT", "reform[0].value")
	// Adjacent windows do not overlap: the last day of one, the first of the other.
	r = s.GQL.Do(t, q, map[string]any{"r": []map[string]any{floor("170000", "2024-01-01", "2024-06-30"), floor("180000", "2024-07-01", "2024-12-31")}})
	if len(r.Errors) > 0 {
		t.Errorf("adjacent windows refused: %s", r.ErrorString())
	}
}
