package sdk

import (
	"slices"
	"strings"
	"testing"
)

func TestMissingItems(t *testing.T) {
	req := []string{"组织机构", "年报公告", "财务收支"}
	for _, c := range []struct {
		name string
		have []string
		want []string
	}{
		{"all, other order, extras", []string{"财务收支", "其他", "组织机构", "年报公告"}, nil},
		{"surrounding spaces ignored", []string{" 组织机构", "年报公告 ", "\t财务收支"}, nil},
		{"one missing keeps required order", []string{"财务收支", "组织机构"}, []string{"年报公告"}},
		{"none given", nil, req},
		{"near names do not count", []string{"组织机构情况", "年报", "财务"}, req},
	} {
		if got := MissingItems(req, c.have); !slices.Equal(got, c.want) {
			t.Errorf("%s: MissingItems = %v, want %v", c.name, got, c.want)
		}
	}
	if got := SplitItems(" 理事会、 监事会、、"); !slices.Equal(got, []string{"理事会", "监事会"}) {
		t.Errorf("SplitItems = %v", got)
	}
}

func TestDisclosureFinding(t *testing.T) {
	rs, err := LoadRuleset([]byte(strings.Replace(minimalRuleset(""), "parameters:\n", `  - {id: T-DISCLOSE, concept: reporting.disclosure, category: reporting, applies_to: [organization], status: MODELLED, document: T-1, clause: 二, quote: 公开甲、乙}
parameters:
  - {id: T.items, rule: T-DISCLOSE, kind: TEXT, unit: items, values: [{from: 2020-01-01, value: 甲、乙}]}
`, 1)))
	if err != nil {
		t.Fatal(err)
	}
	in := MustDate("2020-06-01")
	for _, c := range []struct {
		name      string
		asOf      Date
		disclosed []string
		status    FindingStatus
		actual    string
		remedy    string
	}{
		{"all disclosed", in, []string{"乙", "甲"}, StatusPass, "甲、乙", ""},
		{"one missing", in, []string{"甲"}, StatusFail, "甲", "须公开:乙"},
		{"nothing disclosed", in, []string{}, StatusFail, "无 / none", "须公开:甲、乙"},
		{"not given", in, nil, StatusInsufficientInput, "", ""},
		{"outside validity", MustDate("2021-01-01"), []string{"甲", "乙"}, StatusNotInForce, "as of 2021-01-01", ""},
	} {
		f := rs.DisclosureFinding(c.asOf, "T-DISCLOSE", "T.items", c.disclosed)
		if f.Status != c.status || f.Actual != c.actual || !strings.Contains(f.Remedy, c.remedy) || (c.remedy == "") != (f.Remedy == "") {
			t.Errorf("%s: got %s actual %q remedy %q", c.name, f.Status, f.Actual, f.Remedy)
		}
		if c.status != StatusNotInForce && f.Required != "甲、乙" {
			t.Errorf("%s: required %q", c.name, f.Required)
		}
	}
}

func TestValidateSubjectDisclosures(t *testing.T) {
	for _, c := range []struct {
		name  string
		items []string
		field string
	}{
		{"not given", nil, ""},
		{"nothing disclosed", []string{}, ""},
		{"two", []string{"年报公告", "财务收支"}, ""},
		{"blank item", []string{"年报公告", "  "}, "organization.disclosures[1]"},
		{"overlong item", []string{strings.Repeat("报", MaxItemRunes+1)}, "organization.disclosures[0]"},
		{"too many", make([]string, MaxDisclosures+1), "organization.disclosures"},
	} {
		e := ValidateSubject(Subject{Organization: &OrganizationSpec{Disclosures: c.items}})
		got := ""
		if e != nil {
			got = e.Field
		}
		if got != c.field {
			t.Errorf("%s: got field %q, want %q", c.name, got, c.field)
		}
	}
}
