package shenzhen

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/shegong/shegong/plugins/plugintest"
	"github.com/shegong/shegong/plugins/policytest"
	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/sources"
)

func TestCases(t *testing.T) {
	policytest.RunCases(t, "testdata/cases.yaml", New())
}

func TestSources(t *testing.T) {
	policytest.CheckSources(t, New())
}

func TestConformance(t *testing.T) { plugintest.Run(t, New) }

// TestAllRulesListed enforces the listing policy of ruleset.yaml: every SZ-2020 provision of the
// registry (sources/registry.yaml) is listed — "no" provisions too, as NOT_MODELLED with the
// not-machine-checkable reason unless their data is catalogued. (CheckSources already requires
// yes/partial provisions.)
func TestAllRulesListed(t *testing.T) {
	reg, err := sources.Load()
	if err != nil {
		t.Fatal(err)
	}
	doc, ok := reg.Document("SZ-2020")
	if !ok {
		t.Fatal("SZ-2020 is not in the registry")
	}
	d, _ := New().Describe(context.Background())
	listed := map[string]sdk.Rule{}
	for _, r := range d.Rules {
		listed[r.ID] = r
	}
	for _, r := range doc.Rules {
		got, ok := listed[r.ID]
		if !ok {
			t.Errorf("%s (%s) is not listed in ruleset.yaml", r.ID, r.Checkable)
			continue
		}
		if r.Checkable == sources.No && got.Status == sdk.RuleNotModelled && !strings.Contains(got.Reason, "not machine-checkable") {
			t.Errorf("%s: a \"no\" rule left NOT_MODELLED must give the not-machine-checkable reason, got %q", r.ID, got.Reason)
		}
	}
	if len(doc.Rules) != len(d.Rules) {
		t.Errorf("the registry has %d SZ-2020 rules, ruleset.yaml lists %d", len(doc.Rules), len(d.Rules))
	}
}

// TestModelledRulesProduceFindings checks that every MODELLED rule that applies to a subject
// is produced by Budget or Staffing for some subject (the catalog and effective-period rules
// are modelled as data and are exempt).
func TestModelledRulesProduceFindings(t *testing.T) {
	ctx := context.Background()
	p := sdk.InProcess(New())
	d, _ := p.Describe(ctx)
	one := 1
	pr := sdk.ProjectSpec{Domain: "社会救助", Headcount: 1, ProfessionalPosts: &one, SupervisedWorkers: &one}
	seen := map[string]bool{}
	asOf := sdk.MustDate("2024-01-01")
	b, err := p.Budget(ctx, asOf, []sdk.ProjectSpec{pr})
	if err != nil {
		t.Fatal(err)
	}
	s, err := p.Staffing(ctx, asOf, []sdk.Subject{{Project: &pr}, {Worker: &sdk.WorkerSpec{}},
		{Government: &sdk.GovernmentSpec{Level: sdk.LevelCounty}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range b[0].Findings {
		seen[f.RuleID] = true
	}
	for _, r := range s {
		for _, f := range r.Findings {
			seen[f.RuleID] = true
		}
	}
	exempt := map[string]bool{"SZ-GOV-EFFECTIVE-PERIOD": true, "SZ-CATALOG-HIGH-RISK-DOMAINS": true}
	for _, r := range d.Rules {
		if r.Status == sdk.RuleModelled && !exempt[r.ID] && !seen[r.ID] {
			t.Errorf("MODELLED rule %s produced no finding", r.ID)
		}
	}
	// A PARTIAL rule checks what the data allows (since 1.4.1 SZ-GOV-BUYER-WHO-USES and
	// SZ-GOV-PROJECT-LIBRARY), so it may produce findings too; NOT_MODELLED ones never do.
	for id := range seen {
		if st := listedStatus(d, id); st != sdk.RuleModelled && st != sdk.RulePartial {
			t.Errorf("rule %s produces findings but is %s", id, st)
		}
	}
}

// TestGovernmentFindings checks that a government gets a finding only from the rules whose
// applies_to names government, and one from each rule that does (no noise from the project,
// worker and organisation rules), at every level.
func TestGovernmentFindings(t *testing.T) {
	ctx := context.Background()
	p := sdk.InProcess(New())
	d, _ := p.Describe(ctx)
	want := map[string]bool{}
	for _, r := range d.Rules {
		if r.Status == sdk.RuleModelled && slices.Contains(r.AppliesTo, sdk.SubjectGovernment) && r.ID != "SZ-GOV-EFFECTIVE-PERIOD" {
			want[r.ID] = true
		}
	}
	std := sdk.Yuan(163000)
	for _, level := range sdk.GovernmentLevels {
		for _, asOf := range []sdk.Date{sdk.MustDate("2020-11-11"), sdk.MustDate("2023-06-01"), sdk.MustDate("2025-11-12")} {
			out, err := p.Staffing(ctx, asOf, []sdk.Subject{{Government: &sdk.GovernmentSpec{Level: level, PackageStandard: &std}}})
			if err != nil || len(out) != 1 || out[0].Invalid != nil {
				t.Fatalf("%s %s: %v %+v", level, asOf, err, out)
			}
			got := map[string]bool{}
			for _, f := range out[0].Findings {
				if !want[f.RuleID] || got[f.RuleID] {
					t.Errorf("%s %s: unexpected or repeated finding %s %s", level, asOf, f.RuleID, f.Status)
				}
				got[f.RuleID] = true
				if f.MessageZh == "" || f.MessageEn == "" {
					t.Errorf("%s %s: finding %s lacks a message", level, asOf, f.RuleID)
				}
			}
			if len(got) != len(want) {
				t.Errorf("%s %s: got findings for %v, want %v", level, asOf, got, want)
			}
		}
	}
}

func listedStatus(d *sdk.Description, id string) sdk.RuleStatus {
	for _, r := range d.Rules {
		if r.ID == id {
			return r.Status
		}
	}
	return ""
}

// TestBatch checks one result per subject, in order, with an invalid subject in the middle.
func TestBatch(t *testing.T) {
	ctx := context.Background()
	p := New()
	asOf := sdk.MustDate("2023-06-01")
	out, err := p.Budget(ctx, asOf, []sdk.ProjectSpec{
		{Domain: "社会救助", Headcount: 1},
		{Domain: "不存在", Headcount: 1},
		{Domain: "精神卫生", Headcount: 2},
	})
	if err != nil || len(out) != 3 {
		t.Fatalf("got %d results, err %v", len(out), err)
	}
	if out[1].Invalid == nil || out[1].Invalid.Field != "project.domain" || len(out[1].Invalid.Accepted) == 0 {
		t.Errorf("project 1: want Invalid project.domain with accepted terms, got %+v", out[1].Invalid)
	}
	if got := *out[0].Requirement.MinimumTotal; got != sdk.Yuan(163000) {
		t.Errorf("project 0 floor %s", got)
	}
	if got := *out[2].Requirement.MinimumTotal; got != sdk.Yuan(338000) {
		t.Errorf("project 2 floor %s", got)
	}
	for _, r := range out {
		for _, f := range r.Findings {
			if f.MessageZh == "" || f.MessageEn == "" || f.Citation.Quote == "" {
				t.Errorf("finding %s %s lacks a message or citation", f.RuleID, f.Status)
			}
		}
	}
}

func TestYuanZh(t *testing.T) {
	for in, want := range map[sdk.Fen]string{0: "0.00", 1: "0.01", 100000: "1,000.00", 1200000: "12,000.00", 16300000000: "163,000,000.00", -123456: "-1,234.56"} {
		if got := yuanZh(in); got != want {
			t.Errorf("yuanZh(%d) = %q, want %q", in, got, want)
		}
	}
}
